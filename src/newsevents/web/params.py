"""Query parameters shared by the API and the pages: the filters of ``newsevents query``
(same names), the quad class, and paging.

Values come as strings, checked here so that the API and the pages refuse the same things
with the same words (WebError W400); an empty value (what an empty form field sends) means
no condition.
"""

from __future__ import annotations

import inspect
from dataclasses import fields
from datetime import date
from typing import Annotated, Any

from fastapi import Query

from ..errors import WebError
from ..store.query import MODALITIES, EventFilter
from ..store.views import EVENT_TYPES, QUADS, Selection

MAX_LIMIT = 1000
MAX_OFFSET = 10_000_000

Text = str | None


def _clean(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def parse_day(value: str | None, name: str) -> date | None:
    value = _clean(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise WebError(f"{name}: not a date in YYYY-MM-DD form: {value[:40]!r}",
                       "W400", 400) from None


def _choice(value: str | None, name: str, choices: tuple[str, ...]) -> str | None:
    value = _clean(value)
    if value is not None and value.lower() not in choices:
        raise WebError(f"{name}: {value[:40]!r} is not one of {', '.join(choices)}",
                       "W400", 400)
    return value.lower() if value else None


def _types(value: str | None) -> str | None:
    value = _clean(value)
    if value is None:
        return None
    types = [t.strip().upper() for t in value.split(",") if t.strip()]
    unknown = [t for t in types if t not in EVENT_TYPES]
    if unknown:
        raise WebError(f"event: not a PLOVER event type: {', '.join(unknown)[:60]} (one of "
                       f"{', '.join(EVENT_TYPES)})", "W400", 400)
    return ",".join(types) or None


async def selection(
    event: Annotated[Text, Query(description="PLOVER type(s), comma-separated",
                                 examples=["ASSAULT,COERCE"])] = None,
    mode: Annotated[Text, Query(description="PLOVER mode (aerial, ...)")] = None,
    modality: Annotated[Text, Query(description=" | ".join(MODALITIES))] = None,
    actor: Annotated[Text, Query(description="name (words of it), Wikidata id or ISO "
                                             "alpha-3 country of the actor")] = None,
    recipient: Annotated[Text, Query(description="the same, of the recipient")] = None,
    sector: Annotated[Text, Query(description="PLOVER sector of either side")] = None,
    country: Annotated[Text, Query(description="ISO alpha-3 country of either side")] = None,
    since: Annotated[Text, Query(description="events on or after (YYYY-MM-DD)")] = None,
    until: Annotated[Text, Query(description="events on or before (YYYY-MM-DD)")] = None,
    place: Annotated[Text, Query(description="place name or GeoNames id")] = None,
    text: Annotated[Text, Query(description="words all in the evidence sentence")] = None,
    article: Annotated[Text, Query(description="events of one stored article (its id)")
                       ] = None,
    quad: Annotated[Text, Query(description=" | ".join(QUADS))] = None,
    actor_name: Annotated[Text, Query(description="the actor's name exactly as stored "
                                                  "(with actor=RUS: its country too)")] = None,
    recipient_name: Annotated[Text, Query(description="the same, of the recipient")] = None,
    party: Annotated[Text, Query(description="a name exactly as stored, of the actor or "
                                             "the recipient")] = None,
    party_country: Annotated[Text, Query(description="with party: the country of that side "
                                                     "(none: a side without one)")] = None,
) -> Selection:
    """The events a request selects."""
    return make_selection(event=event, mode=mode, modality=modality, actor=actor,
                          recipient=recipient, sector=sector, country=country, since=since,
                          until=until, place=place, text=text, article=article, quad=quad,
                          actor_name=actor_name, recipient_name=recipient_name, party=party,
                          party_country=party_country)


def make_selection(event: Text = None, mode: Text = None, modality: Text = None,
                   actor: Text = None, recipient: Text = None, sector: Text = None,
                   country: Text = None, since: Text = None, until: Text = None,
                   place: Text = None, text: Text = None, article: Text = None,
                   quad: Text = None, actor_name: Text = None,
                   recipient_name: Text = None, party: Text = None,
                   party_country: Text = None) -> Selection:
    """The events that these parameter values select (WebError W400 for a bad one)."""
    since_day, until_day = parse_day(since, "since"), parse_day(until, "until")
    if _clean(party_country) and not _clean(party):
        raise WebError("party_country: only with party (the name of that side)", "W400", 400)
    flt = EventFilter(
        event=_types(event), mode=_clean(mode), modality=_choice(modality, "modality",
                                                                   MODALITIES),
        actor=_clean(actor), recipient=_clean(recipient), sector=_clean(sector),
        country=_clean(country), since=since_day.isoformat() if since_day else None,
        until=until_day.isoformat() if until_day else None, place=_clean(place),
        text=_clean(text), article=_clean(article), actor_name=_clean(actor_name),
        recipient_name=_clean(recipient_name), party=_clean(party),
        party_country=_clean(party_country))
    return Selection(flt, _choice(quad, "quad", QUADS))


# The parameters of :func:`selection` (and :func:`make_selection`), by name.
SELECTION_PARAMS = tuple(inspect.signature(make_selection).parameters)


def selection_params(sel: Selection) -> dict[str, Any]:
    """The query parameters that give this selection back (for links)."""
    params = {f.name: getattr(sel.filter, f.name) for f in fields(sel.filter)
              if getattr(sel.filter, f.name)}
    if sel.quad:
        params["quad"] = sel.quad
    return params


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise WebError(f"limit: between 1 and {MAX_LIMIT}, not {limit}", "W400", 400)
    if not 0 <= offset <= MAX_OFFSET:
        raise WebError(f"offset: between 0 and {MAX_OFFSET:,}, not {offset}", "W400", 400)
