"""Coded-article records (Contract 2, as ``CodedArticle.to_dict()`` gives them) to table rows,
and back.

``record_rows(record, ...)`` returns, for each table of :data:`schema.RECORD_TABLES`, the rows
that one record adds, as dicts keyed by column name. ``rebuild_record(tables)`` does the
reverse from the rows of one article: the record it returns equals the one that was stored.

Record fields with no column of their own go into the row's ``extra`` (JSON), so fields that
a newer coder adds survive the round trip before the schema gives them a column.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

from .schema import (
    ARTICLES,
    ENTITIES,
    EVENT_ACTORS,
    EVENT_ROWS,
    EVENTS,
    MENTIONS,
    PLACES,
    QUOTES,
    TIMES,
)

Row = dict[str, Any]

# Record field -> column, where the names differ.
_OFFSET_COLUMNS = {"start": "start_char", "end": "end_char"}


def text_hash(text: str) -> str:
    """The hash by which the same article text is recognised under another id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_uid(article_id: str, event_id: str) -> str:
    """A store-wide event id: short, URL-safe and the same on every run for the same event."""
    digest = hashlib.sha1(f"{article_id}\x1f{event_id}".encode()).hexdigest()
    return digest[:16]


def first_day(value: str | None) -> date | None:
    """The first day of a TIMEX3 date value: "2024-12-17", "2024-W50" (its Monday),
    "2024-10", "2024", "2024-12-17T10:00"; None for values that name no day (durations,
    "PRESENT_REF", "XXXX-12", out-of-range days)."""
    if not value:
        return None
    head = value[:10]
    try:
        if len(head) >= 10 and head[4] == "-" and head[7] == "-":
            return date.fromisoformat(head)
        if len(value) >= 8 and value[4:6] == "-W":
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        if len(value) == 7 and value[4] == "-":
            return date(int(value[:4]), int(value[5:7]), 1)
        if len(value) == 4:
            return date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def _split(obj: dict[str, Any], columns: tuple[str, ...], rename: dict[str, str]) -> Row:
    """The row of one record object: its fields under their column names, the others in
    ``extra``."""
    row: Row = {}
    extra: dict[str, Any] = {}
    for key, value in obj.items():
        column = rename.get(key, key)
        if column in columns and column != "extra":
            row[column] = value
        else:
            extra[key] = value
    row["extra"] = json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None
    return row


def _rows(items: list[dict[str, Any]], table_columns: tuple[str, ...], article_id: str,
          rename: dict[str, str] | None = None) -> list[Row]:
    rows = []
    for n, item in enumerate(items):
        row = _split(item, table_columns, rename or _OFFSET_COLUMNS)
        row.update(article_id=article_id, n=n)
        rows.append(row)
    return rows


def record_rows(record: dict[str, Any], *, input: str | None, line: int | None,
                coder_version: str, coded_at: datetime) -> dict[str, list[Row]]:
    """Every row one coded-article record adds to the store, by table name."""
    article = record["article"]
    article_id = article["id"]
    row = _split(article, ARTICLES.column_names, {})
    row.update(text_hash=text_hash(article["text"]), input=input, line=line,
               publication_date=first_day((article.get("published") or "")[:10]),
               n_events=len(record["events"]), record_version=record["schema_version"],
               coder_version=coder_version, coded_at=coded_at)
    out: dict[str, list[Row]] = {ARTICLES.name: [row]}
    out[ENTITIES.name] = _rows(
        [{k: v for k, v in e.items() if k != "mentions"} for e in record["entities"]],
        ENTITIES.column_names, article_id)
    out[MENTIONS.name] = [
        {**m, "entity_id": e["id"]}
        for e in record["entities"]
        for m in _rows(e["mentions"], MENTIONS.column_names, article_id)]
    out[PLACES.name] = _rows(record["places"], PLACES.column_names, article_id)
    out[TIMES.name] = _rows(record["times"], TIMES.column_names, article_id)
    out[QUOTES.name] = _rows(
        [_flat_quote(q) for q in record["quotes"]], QUOTES.column_names, article_id)
    out[EVENTS.name], out[EVENT_ACTORS.name] = _event_rows(record, article_id)
    out[EVENT_ROWS.name] = flat_rows(record, coder_version, row["publication_date"])
    return out


def _flat_quote(quote: dict[str, Any]) -> dict[str, Any]:
    flat = dict(quote)
    span = flat.pop("cue_span", None)
    flat["cue_start"], flat["cue_end"] = span if span is not None else (None, None)
    return flat


def _event_rows(record: dict[str, Any], article_id: str) -> tuple[list[Row], list[Row]]:
    text = record["article"]["text"]
    events: list[Row] = []
    actors: list[Row] = []
    for n, event in enumerate(record["events"]):
        uid = event_uid(article_id, event["id"])
        flat = {k: v for k, v in event.items() if k not in ("actor", "recipient")}
        flat["context"] = ";".join(flat["context"])
        flat["trigger_start"], flat["trigger_end"] = flat.pop("trigger")
        flat["sentence_start"], flat["sentence_end"] = flat.pop("sentence")
        row = _split(flat, EVENTS.column_names, {})
        start, end = row["sentence_start"], row["sentence_end"]
        row.update(event_id=uid, article_id=article_id, n=n,
                   event_date=first_day(event.get("date")),
                   sentence_text=" ".join(text[start:end].split()))
        events.append(row)
        for role in ("actor", "recipient"):
            for m, ref in enumerate(event[role]):
                ref_row = _split(ref, EVENT_ACTORS.column_names, {})
                ref_row.update(article_id=article_id, event_id=uid, role=role, n=m)
                actors.append(ref_row)
    return events, actors


def flat_rows(record: dict[str, Any], coder_version: str,
              publication_date: date | None) -> list[Row]:
    """The rows of the flat event table for one record: one per (event, actor, recipient),
    an event without actors or recipients once with those columns empty."""
    article = record["article"]
    entities = {e["id"]: e for e in record["entities"]}
    places = {p["id"]: p for p in record["places"]}
    text = article["text"]
    rows = []
    for n, event in enumerate(record["events"]):
        start, end = event["sentence"]
        place = places.get(event["event_loc"]) or {}
        base = {
            "event_id": event_uid(article["id"], event["id"]), "article_id": article["id"],
            "event_date": first_day(event.get("date")), "event_type": event["event"],
            "event_mode": event["mode"], "contexts": ";".join(event["context"]),
            "quad_code": event["quad"], "cameo": event["cameo"],
            "modality": event["modality"], "confidence": event["confidence"],
            "placename": place.get("name"), "raw_placename": place.get("text"),
            "geonames_id": place.get("geonameid"), "feature_type": place.get("feature_code"),
            "place_country": place.get("country_code"), "latitude": place.get("lat"),
            "longitude": place.get("lon"), "event_text": event["event_text"],
            "sentence": " ".join(text[start:end].split()),
            "publication_date": publication_date, "source": article.get("source"),
            "url": article.get("url"), "language": article.get("language"),
            "version": coder_version, "cluster_id": None, "event_date_timex": event.get("date"),
            "event_local_id": event["id"], "title": article.get("title"), "event_n": n,
        }
        for a, actor in _indexed(event["actor"]):
            for r, recipient in _indexed(event["recipient"]):
                row = dict(base, actor_n=a, recipient_n=r)
                row.update(_side("actor", actor, entities))
                row.update(_side("recipient", recipient, entities))
                rows.append(row)
    return rows


def _indexed(refs: list[dict[str, Any]]) -> list[tuple[int | None, dict[str, Any] | None]]:
    return list(enumerate(refs)) if refs else [(None, None)]


def _side(role: str, ref: dict[str, Any] | None, entities: dict[str, Any]) -> Row:
    if ref is None:
        return {}
    entity = entities.get(ref["entity"]) or {}
    return {f"{role}_name": ref.get("name"), f"{role}_name_raw": ref.get("text"),
            f"{role}_country": ref.get("country"), f"{role}_sector": ref.get("sector"),
            f"{role}_title": entity.get("office"), f"{role}_wikidata": ref.get("wikidata"),
            f"{role}_igo": ref.get("igo"), f"{role}_kind": entity.get("kind")}


# --- back from rows --------------------------------------------------------------------------


def _join(row: Row, fields: tuple[str, ...], rename: dict[str, str] | None = None
          ) -> dict[str, Any]:
    """The record object of a row: the named fields (record name -> column), then ``extra``."""
    rename = rename or {}
    obj = {field: row[rename.get(field, field)] for field in fields}
    if row.get("extra"):
        obj.update(json.loads(row["extra"]))
    return obj


_ENTITY_FIELDS = ("id", "name", "wikidata", "kind", "country", "sector", "office", "igo")
_PLACE_FIELDS = ("id", "text", "start", "end", "name", "geonameid", "lat", "lon",
                 "country_code", "feature_code")
_TIME_FIELDS = ("id", "text", "start", "end", "type", "value")
_QUOTE_FIELDS = ("id", "text", "start", "end", "direct", "speaker", "speaker_text", "cue")
_REF_FIELDS = ("entity", "text", "name", "wikidata", "country", "sector", "igo", "kb_id")
_EVENT_FIELDS = ("id", "event", "mode", "context", "cameo", "quad", "modality", "date")


def rebuild_record(rows: dict[str, list[Row]]) -> dict[str, Any]:
    """The coded-article record of one article from its rows (each list in ``n`` order)."""
    (article,) = rows[ARTICLES.name]
    mentions: dict[str, list[dict[str, Any]]] = {}
    for m in rows[MENTIONS.name]:
        mentions.setdefault(m["entity_id"], []).append(
            _join(m, ("text", "start", "end"), _OFFSET_COLUMNS))
    entities = []
    for e in rows[ENTITIES.name]:
        entity = _join(e, _ENTITY_FIELDS)
        entity["mentions"] = mentions.get(e["id"], [])
        entity["kb_id"] = e["kb_id"]
        entities.append(entity)
    return {
        "schema_version": article["record_version"],
        "article": _join(article, ("id", "title", "published", "url", "source", "language",
                                   "text")),
        "entities": entities,
        "places": [_join(p, _PLACE_FIELDS, _OFFSET_COLUMNS) for p in rows[PLACES.name]],
        "times": [_join(t, _TIME_FIELDS, _OFFSET_COLUMNS) for t in rows[TIMES.name]],
        "quotes": [_quote(q) for q in rows[QUOTES.name]],
        "events": _events(rows[EVENTS.name], rows[EVENT_ACTORS.name]),
    }


def _quote(row: Row) -> dict[str, Any]:
    quote = _join(row, _QUOTE_FIELDS, _OFFSET_COLUMNS)
    quote["cue_span"] = (None if row["cue_start"] is None
                         else [row["cue_start"], row["cue_end"]])
    return quote


def _events(events: list[Row], refs: list[Row]) -> list[dict[str, Any]]:
    by_event: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for ref in refs:
        obj = _join(ref, _REF_FIELDS)
        if obj.get("igo") is None:  # as ActorRef.to_dict: igo only when there is one
            obj.pop("igo", None)
        by_event.setdefault((ref["event_id"], ref["role"]), []).append(obj)
    out = []
    for row in events:
        event = _join(row, _EVENT_FIELDS)
        event["context"] = row["context"].split(";") if row["context"] else []
        event["actor"] = by_event.get((row["event_id"], "actor"), [])
        event["recipient"] = by_event.get((row["event_id"], "recipient"), [])
        event["event_loc"] = row["event_loc"]
        event["event_text"] = row["event_text"]
        event["trigger"] = [row["trigger_start"], row["trigger_end"]]
        event["sentence"] = [row["sentence_start"], row["sentence_end"]]
        event["confidence"] = row["confidence"]
        out.append(event)
    return out
