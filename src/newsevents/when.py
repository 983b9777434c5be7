"""The ``when`` stage: temporal expressions with TIMEX3 type and value, anchored at publication.

In:  a parsed ``Doc`` with DATE/TIME entities and ``doc._.published`` (``datetime.date`` or None).
Out: ``doc._.times``, a list of :class:`TimeMention` whose ``value`` is a TIMEX3 value
     (``2024-12-17``, ``2024-W50``, ``2024-10``, ``2024``, ``P3D``, ``PT24H``, ``PAST_REF`` ...)
     or None when the expression could not be normalised.

This is the core's normaliser: explicit dates, relative days, weeks, months and years, weekdays
and simple durations. Expressions are past-oriented unless their clause is in the future tense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Span

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve"])}
NUMBERS.update({"a": 1, "an": 1, "a thousand": 1000, "thousand": 1000, "hundred": 100,
                "a hundred": 100, "dozen": 12, "a dozen": 12})
# TIMEX3 writes an unspecified count as X: "several weeks" is PXW, "years" PXY.
VAGUE_COUNTS = {"several", "a few", "few", "some", "many", "a couple of", "couple of",
                "a number of", "recent", "the past few", "the last few", "the next few"}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9),
           "winter": ("WI", 12)}
SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
             "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4}
UNITS = {"second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
         "week": ("", "W"), "month": ("", "M"), "year": ("", "Y"), "decade": ("", "DE")}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
VAGUE = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "recently": "PAST_REF",
         "the past": "PAST_REF", "the future": "FUTURE_REF", "recent years": "PAST_REF",
         "recent weeks": "PAST_REF", "recent months": "PAST_REF", "recent days": "PAST_REF",
         "coming days": "FUTURE_REF", "the coming days": "FUTURE_REF",
         "the coming weeks": "FUTURE_REF", "coming weeks": "FUTURE_REF"}

_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?,? ?(\d{4})?")
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? ?(\d{4})?")
_MONTH_YEAR = re.compile(r"(?:early |mid-|mid |late |the end of |end of )?([a-z]+),? (\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_UNIT = r"(second|minute|hour|day|week|month|year|decade)"
_DURATION = re.compile(
    r"(?:the (?:past|last|next) )?([a-z0-9,. ]+?)[ -]" + _UNIT + r"s?(?: ago| later| earlier)?$")
_WEEKDAY = re.compile(r"(?:on |last |this |next )?(monday|tuesday|wednesday|thursday|friday|"
                      r"saturday|sunday)(?: morning| afternoon| evening| night)?")


@dataclass
class TimeMention:
    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    type: str
    value: str | None


def _number(text: str) -> int | None:
    text = text.strip().replace(",", "")
    if text.isdigit():
        return int(text)
    return NUMBERS.get(text)


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _month_near(month: int, anchor: date, future: bool) -> int:
    """Year of a month named without one: the nearest such month on the clause's side."""
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def _relative(text: str, anchor: date, future: bool) -> tuple[str, str] | None:
    words = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}
    if text in words:
        return "DATE", (anchor + timedelta(days=words[text])).isoformat()
    match = re.fullmatch(r"(last|this|next|past|coming) (week|month|year|weekend)", text)
    if match:
        step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[match[1]]
        unit = match[2]
        if unit in ("week", "weekend"):
            return "DATE", _iso_week(anchor + timedelta(weeks=step))
        if unit == "month":
            shifted = _shift_months(anchor, step)
            return "DATE", f"{shifted.year}-{shifted.month:02d}"
        return "DATE", str(anchor.year + step)
    match = _WEEKDAY.fullmatch(text)
    if match:
        delta = WEEKDAYS[match[1]] - anchor.weekday()
        if text.startswith("next") or (future and not text.startswith("last")):
            delta = delta % 7 or 7
        else:
            delta = -((-delta) % 7 or (0 if delta == 0 else 7))
        return "DATE", (anchor + timedelta(days=delta)).isoformat()
    match = re.fullmatch(r"([a-z0-9 ]+?) (day|week|month|year)s? (ago|earlier)", text)
    if match and _number(match[1]) is not None:
        n = -(_number(match[1]) or 0)
        if match[2] == "day":
            return "DATE", (anchor + timedelta(days=n)).isoformat()
        if match[2] == "week":
            return "DATE", _iso_week(anchor + timedelta(weeks=n))
        if match[2] == "month":
            shifted = _shift_months(anchor, n)
            return "DATE", f"{shifted.year}-{shifted.month:02d}"
        return "DATE", str(anchor.year + n)
    if text in ("earlier this year", "this year"):
        return "DATE", str(anchor.year)
    if text in ("earlier this month", "this month"):
        return "DATE", f"{anchor.year}-{anchor.month:02d}"
    return None


def _explicit(text: str, anchor: date | None, future: bool) -> tuple[str, str] | None:
    if m := _ISO.fullmatch(text):
        return "DATE", m[0]
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        m = pattern.fullmatch(text)
        if not m:
            continue
        day, month_name, year = (m[1], m[2], m[3]) if order == "dmy" else (m[2], m[1], m[3])
        month = MONTHS.get(month_name)
        if month is None:
            continue
        if year is None and anchor is None:
            return None
        y = int(year) if year else _month_near(month, anchor, future)  # type: ignore[arg-type]
        try:
            return "DATE", date(y, month, int(day)).isoformat()
        except ValueError:
            return None
    if (m := _MONTH_YEAR.fullmatch(text)) and m[1] in MONTHS:
        return "DATE", f"{m[2]}-{MONTHS[m[1]]:02d}"
    m = re.fullmatch(r"(?:in |early |mid-|late |the end of |end of )*([a-z]+)", text)
    if m and m[1] in MONTHS and len(m[1]) > 3 and anchor is not None:
        return "DATE", f"{_month_near(MONTHS[m[1]], anchor, future)}-{MONTHS[m[1]]:02d}"
    if m := re.fullmatch(r"(?:in |early |late |mid-)?(\d{4})", text):
        return "DATE", m[1]
    return None


def _duration(text: str) -> tuple[str, str] | None:
    m = _DURATION.fullmatch(text)
    if not m or text.endswith(("ago", "earlier")):
        return None
    n = _number(m[1])
    if n is None:
        return None
    prefix, letter = UNITS[m[2]]
    if letter == "DE":
        return "DURATION", f"P{n * 10}Y"
    return "DURATION", f"P{prefix}{n}{letter}"


def _clean(text: str) -> str:
    """Lower case, single spaces, and no leading "the"/"on"/"since" (except in "the past",
    "the coming", which mean something of their own)."""
    low = " ".join(text.lower().replace("’", "'").split())
    if not low.startswith(("the past", "the coming", "the next few", "the last few")):
        low = low.removeprefix("the ")
    return low.removeprefix("on ").removeprefix("since ")


def _set(low: str) -> tuple[str, str] | None:
    """"daily", "every week", "every Monday" -> TIMEX3 SET values."""
    if low in SET_WORDS:
        return "SET", SET_WORDS[low]
    m = re.fullmatch(r"(?:every|each) (day|week|month|year|monday|tuesday|wednesday|thursday|"
                     r"friday|saturday|sunday)", low)
    if not m:
        return None
    if m[1] in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[m[1]] + 1}"
    return "SET", f"P1{UNITS[m[1]][1]}"


def _vague_duration(low: str) -> tuple[str, str] | None:
    """"several weeks", "years", "the past few months" -> PXW, PXY, PXM."""
    m = re.fullmatch(r"(?:(.+?) )?(day|week|month|year|decade)s", low)
    if not m or (m[1] is not None and m[1] not in VAGUE_COUNTS):
        return None
    letter = UNITS[m[2]][1]
    return "DURATION", "PXDE" if letter == "DE" else f"PX{letter}"


def _season(low: str, anchor: date | None, future: bool) -> tuple[str, str] | None:
    """"last fall", "this summer", "spring 2023" -> 2022-FA, 2024-SU, 2023-SP."""
    m = re.fullmatch(r"(?:(last|this|next|early|late) )?(spring|summer|fall|autumn|winter)"
                     r"(?: of)?(?: (\d{4}))?", low)
    if not m or (m[3] is None and anchor is None):
        return None
    code, start = SEASONS[m[2]]
    if m[3]:
        return "DATE", f"{m[3]}-{code}"
    assert anchor is not None
    year = anchor.year
    if m[1] == "last" or (m[1] in (None, "early", "late") and not future):
        year = anchor.year if start + 2 < anchor.month else anchor.year - 1
    elif m[1] == "next" or future:
        year = anchor.year if start > anchor.month else anchor.year + 1
    return "DATE", f"{year}-{code}"


def _weekend_or_quarter(low: str, anchor: date | None) -> tuple[str, str] | None:
    if anchor is not None:
        m = re.fullmatch(r"(?:(last|this|next|past|coming) )?weekend", low)
        if m:
            step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(m[1] or "this", 0)
            return "DATE", _iso_week(anchor + timedelta(weeks=step)) + "-WE"
    m = re.fullmatch(r"(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of (\d{4}))?",
                     low)
    if m and (m[2] or anchor is not None):
        year = m[2] or (anchor.year if anchor is not None else "")
        return "DATE", f"{year}-Q{QUARTERS[m[1]]}"
    return None


def _last_month(low: str, anchor: date | None) -> tuple[str, str] | None:
    """"last November": the most recent November before the anchor's month."""
    m = re.fullmatch(r"last ([a-z]+)", low)
    if not m or anchor is None or m[1] not in MONTHS or len(m[1]) <= 3:
        return None
    month = MONTHS[m[1]]
    year = anchor.year if month < anchor.month else anchor.year - 1
    return "DATE", f"{year}-{month:02d}"


def normalise(text: str, anchor: date | None, future: bool = False) -> tuple[str, str | None]:
    """TIMEX3 (type, value) for one expression; value None when it cannot be resolved."""
    low = _clean(text)
    if low in VAGUE:
        return VAGUE[low], VAGUE[low]
    found = (_set(low) or _duration(low) or _vague_duration(low)
             or _season(low, anchor, future) or _weekend_or_quarter(low, anchor)
             or _last_month(low, anchor)
             or (_relative(low, anchor, future) if anchor is not None else None)
             or _explicit(low, anchor, future))
    return found or ("DATE", None)


def _is_future(span: Span) -> bool:
    verb = span.root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.lower_ in FUTURE_AUX for c in verb.children if c.dep_ == "aux")


def set_time_extensions() -> None:
    for name in ("times", "published"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.factory("newsevents_when")
def make_when(nlp: Language, name: str) -> WhenComponent:
    return WhenComponent()


class WhenComponent:
    """spaCy component: normalise DATE/TIME entities against ``doc._.published``."""

    def __init__(self) -> None:
        set_time_extensions()

    def __call__(self, doc: Doc) -> Doc:
        anchor = doc._.published
        times = []
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            kind, value = normalise(ent.text, anchor, _is_future(ent))
            if ent.label_ == "TIME" and kind == "DATE" and value is None:
                kind = "TIME"
            times.append(TimeMention(ent.start, ent.end, ent.start_char, ent.end_char,
                                     ent.text, kind, value))
        doc._.times = times
        return doc
