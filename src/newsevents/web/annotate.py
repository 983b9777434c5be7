"""An article's text with its annotations, as safe HTML, and what the page lists beside it.

:func:`annotate` takes a coded-article record (Contract 2) and returns the text cut at every
boundary of an annotation (actor mentions, places, times, quotations and their cues, event
triggers and the sentences events are coded from). Each piece of text is escaped on its
own and, where annotations cover it, wrapped in one ``<span>`` whose classes say their kinds
and whose ``data-ids`` lists their ids (``E2 Q1 S3``), so a script can light up everything
one event refers to with a ``[data-ids~="E2"]`` selector. Nothing of the record is ever
written unescaped: the text, tooltips and ids all go through :func:`markupsafe.escape`, and
class names come from a fixed list, so an article containing ``<script>`` shows those
characters and runs nothing. The text keeps its offsets' characters exactly (the page shows
it with ``white-space: pre-wrap``).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from ..store.rows import event_uid

ENTITY_KINDS = ("person", "organization", "state", "agent")
QUAD_LABELS = {"verbal_cooperation": "verbal cooperation",
               "material_cooperation": "material cooperation",
               "verbal_conflict": "verbal conflict", "material_conflict": "material conflict"}


@dataclass
class Span:
    """One annotation: ``[start, end)`` of the text, its kind (``actor``, ``place``,
    ``time``, ``quote``, ``cue``, ``trigger``, ``sentence``), a CSS class naming its
    subkind, its id and its tooltip."""

    start: int
    end: int
    kind: str
    css: str
    id: str
    title: str


@dataclass
class EventView:
    """An event as the page lists it, with the ids it refers to in the text."""

    id: str
    uid: str
    event: str
    mode: str | None
    modality: str
    quad: str
    date: str | None
    actors: list[str]
    recipients: list[str]
    place: str | None
    trigger_text: str
    confidence: float
    sentence_id: str | None
    actor_ids: list[str] = field(default_factory=list)
    recipient_ids: list[str] = field(default_factory=list)
    place_id: str | None = None
    time_ids: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    cameo: str | None = None


@dataclass
class Annotated:
    """The annotated text (safe HTML) and the lists the page shows beside it."""

    html: Markup
    events: list[EventView]
    entities: list[dict[str, Any]]
    places: list[dict[str, Any]]
    times: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    counts: dict[str, int]


def _side(ref: dict[str, Any]) -> str:
    tags = "/".join(x for x in (ref.get("country"), ref.get("sector")) if x)
    name = ref.get("name") or ref.get("text") or "?"
    return f"{name} [{tags}]" if tags else name


def _valid(start: Any, end: Any, length: int) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length


def _entity_spans(record: dict[str, Any], length: int) -> list[Span]:
    spans = []
    for entity in record.get("entities", []):
        kind = entity.get("kind") if entity.get("kind") in ENTITY_KINDS else "agent"
        details = " · ".join(str(x) for x in (
            kind, "/".join(x for x in (entity.get("country"), entity.get("sector")) if x),
            entity.get("office"), entity.get("wikidata")) if x)
        for mention in entity.get("mentions", []):
            if _valid(mention.get("start"), mention.get("end"), length):
                spans.append(Span(mention["start"], mention["end"], "actor", f"a-{kind}",
                                  entity["id"], f"{entity.get('name')} ({details}) "
                                                f"{entity['id']}"))
    return spans


def _place_spans(record: dict[str, Any], length: int) -> list[Span]:
    spans = []
    for place in record.get("places", []):
        if not _valid(place.get("start"), place.get("end"), length):
            continue
        where = " · ".join(str(x) for x in (
            place.get("country_code"), place.get("feature_code"),
            f"{place['lat']:.2f}, {place['lon']:.2f}" if place.get("lat") is not None
            and place.get("lon") is not None else None,
            f"GeoNames {place['geonameid']}" if place.get("geonameid") else None) if x)
        spans.append(Span(place["start"], place["end"], "place", "place", place["id"],
                          f"{place.get('name')} ({where}) {place['id']}"))
    return spans


def _time_spans(record: dict[str, Any], length: int) -> list[Span]:
    return [Span(t["start"], t["end"], "time", "time", t["id"],
                 f"{t.get('type')} {t.get('value') or '(no value)'} {t['id']}")
            for t in record.get("times", []) if _valid(t.get("start"), t.get("end"), length)]


def _quote_spans(record: dict[str, Any], length: int, names: dict[str, str]) -> list[Span]:
    spans = []
    for quote in record.get("quotes", []):
        speaker = names.get(quote.get("speaker") or "", quote.get("speaker_text") or "unknown")
        kind = "direct" if quote.get("direct") else "indirect"
        title = f"{kind} quote of {speaker} ({quote.get('cue') or 'no cue'}) {quote['id']}"
        if _valid(quote.get("start"), quote.get("end"), length):
            spans.append(Span(quote["start"], quote["end"], "quote", f"q-{kind}",
                              quote["id"], title))
        cue = quote.get("cue_span")
        if cue and len(cue) == 2 and _valid(cue[0], cue[1], length):
            spans.append(Span(cue[0], cue[1], "cue", "cue", quote["id"], f"cue: {title}"))
    return spans


def _event_spans(record: dict[str, Any], length: int,
                 sentences: dict[tuple[int, int], str]) -> list[Span]:
    spans = []
    for event in record.get("events", []):
        trigger = event.get("trigger") or ()
        if len(trigger) == 2 and _valid(trigger[0], trigger[1], length):
            what = " ".join(x for x in (event.get("event"), event.get("mode"),
                                        event.get("modality")) if x)
            spans.append(Span(trigger[0], trigger[1], "trigger", "trigger", event["id"],
                              f"{what} {event['id']}"))
    for (start, end), sid in sentences.items():
        if _valid(start, end, length):
            spans.append(Span(start, end, "sentence", "sentence", sid, ""))
    return spans


def _sentence_ids(record: dict[str, Any]) -> dict[tuple[int, int], str]:
    """An id (``S1``, ``S2``, ...) for each distinct sentence an event is coded from."""
    ids: dict[tuple[int, int], str] = {}
    for event in record.get("events", []):
        sentence = event.get("sentence") or ()
        if len(sentence) == 2:
            ids.setdefault((sentence[0], sentence[1]), f"S{len(ids) + 1}")
    return ids


def render(text: str, spans: list[Span]) -> Markup:
    """The text with every piece escaped, and each stretch that annotations cover in one
    span listing their classes, ids and tooltips."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starts = sorted(range(len(spans)), key=lambda i: spans[i].start)
    active: dict[int, Span] = {}
    ending: list[tuple[int, int]] = []  # (end, index) of active spans
    out: list[str] = []
    next_start = 0
    for left, right in zip(cuts, cuts[1:], strict=False):
        while ending and ending[0][0] <= left:
            active.pop(heapq.heappop(ending)[1], None)
        while next_start < len(starts) and spans[starts[next_start]].start <= left:
            index = starts[next_start]
            active[index] = spans[index]
            heapq.heappush(ending, (spans[index].end, index))
            next_start += 1
        out.append(_piece(text[left:right], list(active.values())))
    return Markup("".join(out))


def _piece(text: str, covering: list[Span]) -> str:
    if not covering:
        return str(escape(text))
    classes = " ".join(sorted({"ann", *(f"k-{s.kind}" for s in covering),
                               *(s.css for s in covering)}))
    ids = " ".join(dict.fromkeys(s.id for s in covering))
    title = "\n".join(dict.fromkeys(s.title for s in covering if s.title))
    return (f'<span class="{escape(classes)}" data-ids="{escape(ids)}" '
            f'title="{escape(title)}">{escape(text)}</span>')


def _event_view(record: dict[str, Any], event: dict[str, Any],
                sentences: dict[tuple[int, int], str]) -> EventView:
    article_id = record["article"]["id"]
    places = {p["id"]: p for p in record.get("places", [])}
    sentence = tuple(event.get("sentence") or ())
    place = places.get(event.get("event_loc") or "")
    return EventView(
        id=event["id"], uid=event_uid(article_id, event["id"]), event=event.get("event", ""),
        mode=event.get("mode"), modality=event.get("modality", ""),
        quad=event.get("quad", ""), date=event.get("date"),
        actors=[_side(a) for a in event.get("actor", [])],
        recipients=[_side(r) for r in event.get("recipient", [])],
        place=place.get("name") if place else None,
        trigger_text=event.get("event_text", ""), confidence=event.get("confidence", 0.0),
        sentence_id=sentences.get(sentence),  # type: ignore[arg-type]
        actor_ids=[a["entity"] for a in event.get("actor", []) if a.get("entity")],
        recipient_ids=[r["entity"] for r in event.get("recipient", []) if r.get("entity")],
        place_id=event.get("event_loc"), time_ids=_event_times(record, event),
        context=list(event.get("context") or []), cameo=event.get("cameo"))


def _event_times(record: dict[str, Any], event: dict[str, Any]) -> list[str]:
    """The time expressions of the event's sentence that give its date."""
    sentence = event.get("sentence") or ()
    day = event.get("date")
    if len(sentence) != 2 or not day:
        return []
    found = []
    for time in record.get("times", []):
        value = time.get("value") or ""
        inside = sentence[0] <= time.get("start", -1) and time.get("end", 1 << 60) <= sentence[1]
        if inside and (value == day or (time.get("type") == "TIME" and value[:10] == day)):
            found.append(time["id"])
    return found


def annotate(record: dict[str, Any]) -> Annotated:
    """The annotated text of a coded-article record and the lists beside it."""
    text = record["article"]["text"]
    names = {e["id"]: e.get("name") or e["id"] for e in record.get("entities", [])}
    sentences = _sentence_ids(record)
    length = len(text)
    spans = (_entity_spans(record, length) + _place_spans(record, length)
             + _time_spans(record, length) + _quote_spans(record, length, names)
             + _event_spans(record, length, sentences))
    events = [_event_view(record, e, sentences) for e in record.get("events", [])]
    quotes = [dict(q, speaker_name=names.get(q.get("speaker") or "")) for q in
              record.get("quotes", [])]
    counts = {"entities": len(record.get("entities", [])),
              "places": len(record.get("places", [])), "times": len(record.get("times", [])),
              "quotes": len(quotes), "events": len(events)}
    return Annotated(render(text, spans), events, record.get("entities", []),
                     record.get("places", []), record.get("times", []), quotes, counts)
