"""Writers for coded articles: JSON array, JSON Lines, CSV (one row per event) and a table.

Every writer takes an iterable of :class:`CodedArticle` and a text stream, and writes as the
records arrive, so a long run shows results as it goes (the JSON array too).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from .record import ActorRef, CodedArticle

FORMATS = ("table", "json", "jsonl", "csv")
CSV_COLUMNS = [
    "article_id", "published", "event_id", "event", "mode", "context", "cameo", "quad",
    "modality", "date", "actor", "actor_country", "actor_sector", "actor_wikidata",
    "recipient", "recipient_country", "recipient_sector", "recipient_wikidata",
    "event_loc", "place", "event_text", "trigger_start", "trigger_end", "sentence_start",
    "sentence_end", "confidence", "sentence_text",
]


def _dumps(record: CodedArticle) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False)


def write_jsonl(records: Iterable[CodedArticle], out: TextIO) -> None:
    for record in records:
        out.write(_dumps(record) + "\n")
        out.flush()


def write_json(records: Iterable[CodedArticle], out: TextIO) -> None:
    out.write("[")
    for n, record in enumerate(records):
        out.write(("," if n else "") + "\n" + _dumps(record))
        out.flush()
    out.write("\n]\n")


def _join(refs: list[ActorRef], field: str) -> str:
    return "; ".join(str(getattr(r, field) or "") for r in refs)


def event_rows(record: CodedArticle) -> Iterable[dict[str, Any]]:
    """One flat row per event, for CSV and for tables."""
    places = {p.id: p.name for p in record.places}
    text = record.article.text
    for event in record.events:
        yield {
            "article_id": record.article.id, "published": record.article.published,
            "event_id": event.id, "event": event.event, "mode": event.mode or "",
            "context": "; ".join(event.context), "cameo": event.cameo, "quad": event.quad,
            "modality": event.modality, "date": event.date or "",
            "actor": _join(event.actor, "name"), "actor_country": _join(event.actor, "country"),
            "actor_sector": _join(event.actor, "sector"),
            "actor_wikidata": _join(event.actor, "wikidata"),
            "recipient": _join(event.recipient, "name"),
            "recipient_country": _join(event.recipient, "country"),
            "recipient_sector": _join(event.recipient, "sector"),
            "recipient_wikidata": _join(event.recipient, "wikidata"),
            "event_loc": event.event_loc or "", "place": places.get(event.event_loc or "", ""),
            "event_text": event.event_text, "trigger_start": event.trigger[0],
            "trigger_end": event.trigger[1], "sentence_start": event.sentence[0],
            "sentence_end": event.sentence[1], "confidence": round(event.confidence, 3),
            "sentence_text": " ".join(text[event.sentence[0]:event.sentence[1]].split()),
        }


def write_csv(records: Iterable[CodedArticle], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerows(event_rows(record))
        out.flush()


def _actor_cell(refs: list[ActorRef]) -> str:
    return "; ".join(f"{r.name} [{'/'.join(x for x in (r.country, r.sector) if x)}]"
                     if r.country or r.sector else r.name for r in refs)


def write_table(records: Iterable[CodedArticle], out: TextIO, width: int | None = None) -> None:
    """A readable table per article: what happened, who to whom, how sure, and the words."""
    console = Console(file=out, width=width or 160, highlight=False)
    for record in records:
        article = record.article
        title = article.title or article.id
        table = Table(title=f"{title} ({article.published or 'no date'}): "
                            f"{len(record.events)} events", title_justify="left",
                      show_lines=False, expand=False)
        for column in ("id", "event", "mode", "modality", "actor", "recipient", "date",
                       "where", "conf", "text"):
            table.add_column(column, overflow="fold")
        places = {p.id: p.name for p in record.places}
        for event in record.events:
            table.add_row(event.id, event.event, event.mode or "", event.modality,
                          _actor_cell(event.actor), _actor_cell(event.recipient),
                          event.date or "", places.get(event.event_loc or "", ""),
                          f"{event.confidence:.2f}", event.event_text)
        console.print(table)


def write(records: Iterable[CodedArticle], fmt: str, out: TextIO) -> None:
    writers = {"json": write_json, "jsonl": write_jsonl, "csv": write_csv, "table": write_table}
    writers[fmt](records, out)
