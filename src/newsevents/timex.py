"""TIMEX3 values for single temporal expressions: the normaliser behind the ``when`` stage.

In:  the text of one expression (``"two days ago"``, ``"Dec. 17"``, ``"the 1990s"``), the
     anchor date (the publication date), whether its clause looks to the future, and the
     reference value (the last specific date the text mentioned, for "that day", "a year
     earlier", "the next day").
Out: ``(type, value)``: type ``DATE``, ``TIME``, ``DURATION``, ``SET`` or one of
     ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``; value a TIMEX3 value (``2024-12-17``,
     ``2024-W50``, ``2024-10``, ``2024-Q3``, ``2024``, ``199``, ``2024-12-17T15:00``, ``P3D``,
     ``PT24H``, ``XXXX-WXX-1``) or None when the expression cannot be resolved.

Conventions (TimeML 1.2.1 / TIMEX3):

* weeks are ISO weeks written with two digits (``2024-W01``); decades drop the last digit
  (``199``), centuries the last two (``19``);
* an expression without a year (``"March"``, ``"Tuesday"``) is placed on the clause's side of
  the anchor: the most recent one for a past or present clause, the next one for a future
  clause; the anchor's own day or month counts as both;
* anaphoric expressions ("that day", "the next day", "a year earlier") count from the
  reference value, falling back to the anchor; "ago" always counts from the anchor;
* an expression spaCy tags that no rule knows keeps its type with the value None.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

Value = tuple[str, str | None]

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
# (TIMEX3 has no dawn or dusk: "Thursday dawn" in Syrian and Iranian wire English is that
# morning, dusk that evening)
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "dawn": "MO",
             "dusk": "EV"}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9),
           "winter": ("WI", 12)}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "final": 4, "last": 4}
# Unit words and their TIMEX3 letters; DE, CE, Q, FN and MI are rewritten by duration().
UNITS = {"second": "S", "minute": "MI", "hour": "H", "day": "D", "week": "W", "fortnight": "FN",
         "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
         "centurie": "CE"}
SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
             "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "every day": "P1D",
             "each day": "P1D", "every year": "P1Y", "each year": "P1Y", "every night": "P1D",
             "day after day": "P1D", "year after year": "P1Y", "biweekly": "P2W"}
# TIMEX3 writes an unspecified count as X: "several weeks" is PXW, "years" PXY.
VAGUE_COUNTS = {"several", "a few", "few", "some", "many", "a couple of", "couple of",
                "a number of", "recent", "the past few", "the last few", "the next few",
                "the past several", "the last several", "the next several", "past", "coming",
                "the coming", "the next", "the past", "the last", "the", "those", "these",
                "the first few", "a couple", "numerous", "countless", "various", "more"}
VAGUE = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "right now": "PRESENT_REF",
         "just now": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
         "these days": "PRESENT_REF", "nowadays": "PRESENT_REF", "at the moment": "PRESENT_REF",
         "at this time": "PRESENT_REF", "this time": "PRESENT_REF", "the present": "PRESENT_REF",
         "present": "PRESENT_REF", "current": "PRESENT_REF", "today's": "PRESENT_REF",
         "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
         "past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
         "once": "PAST_REF", "earlier": "PAST_REF", "recent": "PAST_REF",
         "recent years": "PAST_REF", "recent weeks": "PAST_REF", "recent months": "PAST_REF",
         "recent days": "PAST_REF", "past years": "PAST_REF", "years past": "PAST_REF",
         "some time ago": "PAST_REF", "long ago": "PAST_REF", "a while ago": "PAST_REF",
         "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF",
         "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
         "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
         "the coming days": "FUTURE_REF", "coming days": "FUTURE_REF",
         "the coming weeks": "FUTURE_REF", "coming weeks": "FUTURE_REF",
         "coming months": "FUTURE_REF", "the coming months": "FUTURE_REF",
         "coming years": "FUTURE_REF", "the coming years": "FUTURE_REF",
         "a later date": "FUTURE_REF", "later": "FUTURE_REF", "in the future": "FUTURE_REF",
         "the days ahead": "FUTURE_REF", "the weeks ahead": "FUTURE_REF",
         "the months ahead": "FUTURE_REF", "the years ahead": "FUTURE_REF"}
# Words before an expression that narrow or hedge it without changing its value.
MODIFIERS = ("on", "in", "at", "since", "by", "until", "till", "from", "during", "for",
             "within", "through", "throughout", "about", "around", "approximately", "roughly",
             "nearly", "almost", "more than", "less than", "fewer than", "at least", "at most",
             "over", "under", "only", "just", "barely", "up to", "as long as", "as much as",
             "as many as", "no more than", "no less than", "well over", "a full", "fully",
             "another", "an additional", "some", "the better part of", "a total of",
             "as early as", "as late as", "sometime", "sometime in", "earlier", "later",
             "some time in", "roughly", "a mere", "a little more than", "little more than",
             "shortly after", "shortly before", "right", "exactly", "precisely", "all",
             "the entire", "an entire", "the whole", "a whole", "past", "beyond", "after",
             "before", "each of", "both", "of", "then")
DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                "seventies": 70, "eighties": 80, "nineties": 90}
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SMALL = {**{w: i for i, w in enumerate(_ONES)}, **_TENS, "a": 1, "an": 1, "a single": 1,
          "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
          "half a": 0.5, "half an": 0.5, "a half": 0.5, "one-half": 0.5}
_FRACTIONS = {"a half": 0.5, "one half": 0.5, "half": 0.5, "1/2": 0.5, "a quarter": 0.25,
              "1/4": 0.25, "three quarters": 0.75, "3/4": 0.75}


def number(text: str) -> float | None:
    """The number a count spells: "24", "1,000", "twenty-four", "a thousand", "two and a half",
    "5 1/2", "2.5", "half a"; None when it is not one."""
    text = text.strip().replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text) if "." in text else int(text)
    if text in _SMALL:
        return _SMALL[text]
    m = re.fullmatch(r"(.+?)(?: and |-| )(a half|one half|half|1/2|a quarter|1/4|three quarters|"
                     r"3/4)", text)
    if m and (whole := number(m[1])) is not None:
        return whole + _FRACTIONS[m[2]]
    m = re.fullmatch(r"(.+?)[ -](hundred|thousand|million)", text)
    if m and (head := number(m[1])) is not None:
        return head * {"hundred": 100, "thousand": 1000, "million": 1_000_000}[m[2]]
    if text in ("hundred", "thousand"):
        return {"hundred": 100, "thousand": 1000}[text]
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -]"
                     r"(one|two|three|four|five|six|seven|eight|nine)", text)
    if m:
        return _TENS[m[1]] + _ONES.index(m[2])
    return None


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    j = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * j) // 451
    month, day = divmod(h + j - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (n < 0: from the end) given weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = shift_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def holiday(name: str, year: int) -> str | None:
    """The date of a holiday widely named in English-language news, or None."""
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
             "valentine's day": (2, 14), "halloween": (10, 31), "boxing day": (12, 26),
             "veterans day": (11, 11), "bastille day": (7, 14)}
    if name in fixed:
        return date(year, *fixed[name]).isoformat()
    computed = {
        "easter": lambda: _easter(year), "easter sunday": lambda: _easter(year),
        "good friday": lambda: _easter(year) - timedelta(days=2),
        "thanksgiving": lambda: _nth_weekday(year, 11, 3, 4),
        "thanksgiving day": lambda: _nth_weekday(year, 11, 3, 4),
        "labor day": lambda: _nth_weekday(year, 9, 0, 1),
        "memorial day": lambda: _nth_weekday(year, 5, 0, -1),
        "election day": lambda: _nth_weekday(year, 11, 0, 1) + timedelta(days=1),
    }
    return computed[name]().isoformat() if name in computed else None


_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|" \
         r"june|july|august|september|october|november|december)\.?"
_WEEKDAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_UNIT = r"(second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie)"
_PART = r"(morning|afternoon|evening|night|dawn|dusk)"

@dataclass(frozen=True)
class Context:
    """What an expression is resolved against: anchor date, tense, narrative reference."""

    anchor: date | None
    future: bool | None = None
    reference: str | None = None

    @property
    def base(self) -> str | None:
        """The reference value, or the anchor's day when the text has mentioned no date."""
        if self.reference:
            return self.reference
        return self.anchor.isoformat() if self.anchor else None


# --------------------------------------------------------------------------------------------
# Values and calendar arithmetic


def iso_week(day: date) -> str:
    """``2024-W51`` for a day in ISO week 51 of ISO year 2024 (week numbers zero-padded)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def shift_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@lru_cache(maxsize=4096)  # a few values per article, tested again and again
def granularity(value: str) -> str | None:
    """``day``, ``week``, ``month``, ``quarter``, ``half``, ``season``, ``year`` or None."""
    patterns = (("day", r"\d{4}-\d\d-\d\d(T.*)?"), ("week", r"\d{4}-W\d\d(-WE)?"),
                ("month", r"\d{4}-\d\d"), ("quarter", r"\d{4}-Q\d"), ("half", r"\d{4}-H\d"),
                ("season", r"\d{4}-(SP|SU|FA|WI)"), ("year", r"\d{4}"))
    return next((name for name, rx in patterns if re.fullmatch(rx, value)), None)


_PERIOD_END_MONTH = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def last_day(value: str) -> date | None:
    """The last day a TIMEX3 date value can mean, at its own granularity: "2024-10" ->
    2024-10-31, "2024-W50" -> that week's Sunday, "2024-Q3" -> 2024-09-30, "199"
    (the 1990s) -> 1999-12-31, "19" (the 20th century) -> 1999-12-31; None for anything else."""
    kind = granularity(value)
    try:
        if kind == "day":
            return date.fromisoformat(value[:10])
        if kind == "week":
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 7)
        if kind == "month":
            return _month_end(int(value[:4]), int(value[5:7]))
        if kind in ("quarter", "half"):
            return _month_end(int(value[:4]), _PERIOD_END_MONTH.get(value[5:7], 12))
        if kind in ("season", "year"):
            return date(int(value[:4]), 12, 31)
        if re.fullmatch(r"\d{2,3}", value):  # a decade or a century
            span = 10 ** (4 - len(value))
            return date(int(value) * span + span - 1, 12, 31)
    except ValueError:
        return None
    return None


def first_day(value: str) -> date | None:
    """The first day a TIMEX3 day, week or month value can mean: "2024-10" -> 2024-10-01,
    "2024-W50" -> that week's Monday; None for anything else (coarser periods say too little
    to place an event before or after a given day)."""
    kind = granularity(value)
    try:
        if kind == "day":
            return date.fromisoformat(value[:10])
        if kind == "week":
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        if kind == "month":
            return date(int(value[:4]), int(value[5:7]), 1)
    except ValueError:
        return None
    return None


def shift(value: str, n: int, unit: str) -> str | None:
    """``value`` moved ``n`` units (day, week, month, quarter, year) at its own granularity,
    or at the unit's when the unit is finer (a day moved by weeks stays a day)."""
    kind = granularity(value)
    year = int(value[:4])
    if kind == "day":
        day = date.fromisoformat(value[:10])
        if unit == "year":
            return _safe_day(year + n, day.month, day.day)
        if unit == "month":
            return _safe_day(shift_months(day, n).year, shift_months(day, n).month, day.day)
        return (day + timedelta(days=n * {"week": 7, "quarter": 91}.get(unit, 1))).isoformat()
    if kind == "week":
        monday = date.fromisocalendar(year, int(value[6:8]), 1)
        weeks = {"year": 52, "month": 4, "quarter": 13}.get(unit, 1) * n
        return iso_week(monday + timedelta(weeks=weeks if unit != "day" else 0))
    if kind == "month":
        months = {"year": 12, "quarter": 3, "month": 1}.get(unit, 0) * n
        moved = shift_months(date(year, int(value[5:7]), 1), months)
        return f"{moved.year}-{moved.month:02d}"
    if kind == "quarter":
        index = year * 4 + int(value[6]) - 1 + n * {"year": 4, "quarter": 1}.get(unit, 0)
        return f"{index // 4}-Q{index % 4 + 1}"
    if kind in ("half", "season"):
        return f"{year + n * (unit == 'year')}{value[4:]}"
    if kind == "year":
        return str(year + n) if unit == "year" else None
    return None


def _safe_day(year: int, month: int, day: int) -> str:
    """ISO date, with 29 February moved to the 28th in a year without it."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return date(year, month, 28).isoformat()


def at_unit(day: date, unit: str) -> str:
    """``day`` written at the granularity of ``unit``."""
    if unit == "day":
        return day.isoformat()
    if unit in ("week", "fortnight"):
        return iso_week(day)
    if unit == "month":
        return f"{day.year}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if unit == "decade":
        return str(day.year)[:3]
    if unit == "century":
        return str(day.year)[:2]
    return str(day.year)


def move(day: date, n: int, unit: str) -> date:
    """``day`` moved by ``n`` units (months and longer land on the first of the month)."""
    if unit in ("second", "minute", "hour"):
        return day
    if unit in ("day", "week", "fortnight"):
        return day + timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit])
    months = n * {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return shift_months(day, months)


def year_near(month: int, anchor: date, future: bool | None, day: int = 15) -> int:
    """Year of a month (and day) named without one: the nearest such month on the clause's
    side, or the nearest either way when the tense is unknown ("payable Dec. 1")."""
    if future is None:
        years = (anchor.year - 1, anchor.year, anchor.year + 1)
        return min(years, key=lambda y: abs((date(y, month, max(1, min(day, 28)))
                                             - anchor).days))
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def weekday_near(weekday: int, anchor: date, future: bool) -> date:
    """The weekday nearest the anchor on the clause's side; the anchor's own weekday is the
    anchor's day in both directions (a report saying "on Wednesday" on a Wednesday)."""
    delta = weekday - anchor.weekday()
    return anchor + timedelta(days=delta % 7 if future else -((-delta) % 7))


def duration(n: float, unit: str) -> str:
    """TIMEX3 duration of ``n`` units; a fraction goes into the next smaller unit
    (2.5 years -> P2Y6M, 5.5 hours -> PT5H30M)."""
    unit = UNITS[unit]
    scale = {"DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3), "FN": ("D", 14)}
    if unit in scale:
        unit, factor = scale[unit][0], scale[unit][1]
        n *= factor
    time = "T" if unit in ("H", "MI", "S") else ""
    letter = "M" if unit == "MI" else unit
    whole, fraction = int(n), n - int(n)
    if not fraction:
        return f"P{time}{whole}{letter}"
    smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60),
               "MI": ("S", 60)}.get(unit)
    if smaller is None or not (fraction * smaller[1]).is_integer():
        return f"P{time}{n:g}{letter}"
    sub = f"{int(fraction * smaller[1])}{smaller[0]}"
    if unit == "D":  # days then hours: P1DT12H
        return f"P{whole}DT{sub}" if whole else f"PT{sub}"
    head = f"{whole}{letter}" if whole else ""
    return f"P{time}{head}{sub}"


# --------------------------------------------------------------------------------------------
# Cleaning


def _spelled_year(m: re.Match[str]) -> str:
    """"nineteen ninety-six" -> "1996" (as transcripts of broadcasts write years)."""
    return str(int(number(m[1]) or 0) * 100 + int(number(m[2]) or 0))


# The patterns of clean(), compiled once: the re module's own cache of compiled patterns is
# shared with every other library and, when full, drops these long ones to compile them again.
_POSSESSIVE = re.compile(r"'s$|s'$")
_OR_SO = re.compile(r" or so$")
_ABBREVIATED_END = re.compile(r"\b[ap]\.m\.$|\b[a-z]{3,4}\.$")
_SPELLED_YEAR = re.compile(
    r"\b(eighteen|nineteen|twenty) ((?:ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|"
    r"nine))?)\b")
_MONTH_WORD = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ORDINAL_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DAY_TO = r" ?(?:and|to|through|till|until|-|–|&) ?\d{1,2}(?:st|nd|rd|th)?"
# Two days of one month ("March 10 and 11", "10-12 March, 2024"): the first carries the value.
_RANGE_START = r"^(?:between |from )?"
_DAYS_AFTER_MONTH = re.compile(rf"{_RANGE_START}({_MONTH_WORD}) {_ORDINAL_DAY}{_DAY_TO}\b")
_DAYS_BEFORE_MONTH = re.compile(rf"{_RANGE_START}{_ORDINAL_DAY}{_DAY_TO} ({_MONTH_WORD})(?=\W|$)")
_SPELLED_2000S = re.compile(r"\btwo thousand(?: and)?(?: (one|two|three|four|five|six|seven|"
                            r"eight|nine|ten))?\b")


def clean(text: str) -> str:
    """Lower case, single spaces, no possessive, no leading preposition or modifier ("about",
    "nearly", "earlier" before a day): what is left carries the value."""
    low = " ".join(text.lower().replace("’", "'").replace("`", "'").split())
    low = _POSSESSIVE.sub("", low).rstrip(",;:")
    low = _OR_SO.sub("", low)
    if low.endswith(".") and not _ABBREVIATED_END.search(low):
        low = low[:-1]
    low = _SPELLED_YEAR.sub(_spelled_year, low)
    low = _SPELLED_2000S.sub(lambda m: str(2000 + int(number(m[1] or "zero") or 0)), low)
    changed = True
    while changed:
        changed = False
        for word in MODIFIERS:
            if low.startswith(word + " ") and len(low) > len(word) + 1:
                low = low[len(word) + 1:]
                changed = True
    low = _DAYS_AFTER_MONTH.sub(lambda m: f"{m[1]} {m[3]}", low)
    return _DAYS_BEFORE_MONTH.sub(lambda m: f"{m[1]} {m[2]}", low)


# --------------------------------------------------------------------------------------------
# Rules: each takes the cleaned text and the context and returns (type, value) or None


def _vague(low: str, ctx: Context) -> Value | None:
    kind = VAGUE.get(low.removeprefix("the ")) or VAGUE.get(low)
    return (kind, kind) if kind else None


def _set(low: str, ctx: Context) -> Value | None:
    """"daily", "every week", "every two years", "every Monday", "each morning"."""
    if low in SET_WORDS:
        return "SET", SET_WORDS[low]
    m = re.fullmatch(rf"(?:every|each|per|a|an) (?:(other|\S+) )?{_UNIT}s?", low)
    if m and (m[1] is None or number(m[1]) or m[1] == "other") and low.split()[0] != "a":
        n = 2 if m[1] == "other" else int(number(m[1]) or 1) if m[1] else 1
        return "SET", duration(n, m[2])
    m = re.fullmatch(rf"(?:every|each) {_WEEKDAY}(?: {_PART})?", low)
    if m:
        part = f"T{DAY_PARTS[m[2]]}" if m[2] else ""
        return "SET", f"XXXX-WXX-{WEEKDAYS[m[1]] + 1}{part}"
    m = re.fullmatch(rf"(?:on )?{_WEEKDAY}(s?)(?: {_PART}(s?))?", low)  # "Tuesday nights"
    if m and (m[2] or m[4]):
        part = f"T{DAY_PARTS[m[3]]}" if m[3] else ""
        return "SET", f"XXXX-WXX-{WEEKDAYS[m[1]] + 1}{part}"
    m = re.fullmatch(rf"(?:every|each) {_PART}", low)
    if m:
        return "SET", f"XXXX-XX-XXT{DAY_PARTS[m[1]]}"
    return None


def _reference_day(ctx: Context) -> date | None:
    """The day the narrative last named, else the anchor; for a past clause never a day
    after the anchor ("Barnier resigns on Thursday. Macron, who returned earlier in the
    day, ...", filed on Wednesday: the return was on Wednesday)."""
    base = ctx.base
    if base and granularity(base) == "day":
        day = date.fromisoformat(base[:10])
        if ctx.future is False and ctx.anchor is not None and day > ctx.anchor:
            return ctx.anchor
        return day
    return ctx.anchor


def _anaphoric(low: str, ctx: Context) -> Value | None:
    """"that day", "the same day", "the next day", "the previous week", "that year",
    "the following month": resolved against the last date the text mentioned."""
    m = re.fullmatch(r"(?:that|the same|the|this same) (day|week|month|year|morning|afternoon|"
                     r"evening|night)", low)
    if m and low != "the day" or low in ("the same day", "same day", "the day"):
        unit = m[1] if m else "day"
        day = _reference_day(ctx)
        if day is None:
            return None
        if unit in DAY_PARTS:
            return "TIME", f"{day.isoformat()}T{DAY_PARTS[unit]}"
        if unit == "year" and ctx.base:
            return "DATE", ctx.base[:4]
        return "DATE", at_unit(day, unit)
    m = re.fullmatch(r"(?:the )?(next|following|previous|preceding) (day|week|month|year)|"
                     r"the (day|week|month|year) (before|after)", low)
    if not m:
        return None
    step = -1 if (m[1] or m[4]) in ("previous", "preceding", "before") else 1
    unit = m[2] or m[3]
    day = _reference_day(ctx)
    if day is None:
        return None
    return "DATE", at_unit(move(day, step, unit), unit)


def _counted(low: str, ctx: Context) -> Value | None:
    """"two days ago" (from the anchor), "a year earlier", "three weeks later" (from the
    reference); a year's shift keeps a reporting period's granularity ("a year ago" after
    "the third quarter" is the year-ago quarter)."""
    if low in ("year-ago", "year-earlier", "year-before"):  # "year-earlier results"
        low = "a year earlier"
    m = re.fullmatch(rf"(.+?)[ -]{_UNIT}s?(?: or so)? (ago|earlier|later|before|after|"
                     r"from now|hence|previously|back)", low)
    if not m or ctx.anchor is None:
        return None
    if m[1] in VAGUE_COUNTS:
        return ("DATE", "PAST_REF") if m[3] in ("ago", "earlier", "before", "back") else (
            "DATE", "FUTURE_REF")
    n = number(m[1])
    if n is None or n != int(n):
        return None
    unit, step = m[2], int(n) * (-1 if m[3] in ("ago", "earlier", "before", "back",
                                               "previously") else 1)
    from_anchor = m[3] in ("ago", "from now", "hence", "back")
    base = ctx.reference
    if unit == "year" and base and granularity(base) in ("quarter", "half"):
        return "DATE", shift(base, step, "year")
    if from_anchor or not base or granularity(base) is None:
        return "DATE", at_unit(move(ctx.anchor, step, unit), unit)
    if unit == "year" and granularity(base) in ("day", "month", "year"):
        return "DATE", shift(base[:10], step, "year")
    if unit in ("day", "week", "fortnight") and granularity(base) in ("week", "month"):
        # "Last month bandits freed ... Two weeks later the gang attacked": counted from
        # the month or week the text named, told at its granularity (which week of it the
        # count lands in cannot be told), not from the story's day
        start = first_day(base)
        if start is not None:
            return "DATE", at_unit(move(start, step, unit), granularity(base))
    return "DATE", at_unit(move(_reference_day(ctx) or ctx.anchor, step, unit), unit)


def _duration(low: str, ctx: Context) -> Value | None:
    """"24 hours", "a thousand days", "two and a half years", "the past three years",
    "18-month", "the first nine months", "two to three weeks" (the lower bound)."""
    m = re.fullmatch(rf"(?:(?:the|its|their) )?(?:(?:past|last|next|first|final|coming|"
                     rf"previous|preceding|following|latest|remaining|initial|entire|whole) )?"
                     rf"(.+?)[ -]{_UNIT}s?(?:[ -](?:long|old|period|span|term|stretch))?", low)
    if not m:
        return None
    count = re.sub(r"^(.+?) (?:to|or|and|-) .+$", r"\1", m[1]) if " and a half" not in m[1] \
        else m[1]
    n = number(count)
    if n is None:
        return None
    return "DURATION", duration(n, m[2])


def _vague_duration(low: str, ctx: Context) -> Value | None:
    """"several weeks", "years", "the past few months", "recent quarters" -> PXW, PXY, PXM."""
    m = re.fullmatch(rf"(?:(.+?) )?{_UNIT}s", low)
    if not m or (m[1] is not None and m[1] not in VAGUE_COUNTS):
        return None
    letter = UNITS[m[2]]
    letter = {"DE": "DE", "CE": "CE", "Q": "M", "FN": "W", "MI": "M"}.get(letter, letter)
    time = "T" if m[2] in ("hour", "minute", "second") else ""
    return "DURATION", f"P{time}X{letter}"


def _quarter(low: str, ctx: Context) -> Value | None:
    """"the third quarter", "third-quarter", "Q3 2024", "the latest quarter", "the first half",
    "the year-ago quarter", "the quarter" (the reporting quarter the text is about)."""
    low = re.sub(r"^(?:the|its|their|a|an|this|that|his|her|our) ", "", low)
    m = re.fullmatch(r"(?:(?:this|last|next) year ?'?s? )?(?:fiscal )?(first|second|third|"
                     r"fourth|1st|2nd|3rd|4th|final|last)[ -](quarter|half)(?: of (?:fiscal )?"
                     r"(\d{4}))?|q([1-4])(?: (\d{4}))?|(\d{4}) (first|second|third|fourth)"
                     r"[ -]quarter", low)
    if m:
        which = m[1] or m[7] or (None if m[4] is None else f"{m[4]}")
        part = m[2] or "quarter"
        n = QUARTERS.get(which, int(which) if which and which.isdigit() else 4)
        if part == "half":
            n = min(n, 2)
        year = m[3] or m[5] or m[6] or _period_year(low, n, part, ctx)
        code = "Q" if part == "quarter" else "H"
        return ("DATE", f"{year}-{code}{n}") if year else None
    low = re.sub(r"^last year ?'?s? ", "year-ago ", low)
    m = re.fullmatch(r"(?:(latest|current|recent|most recent|past|previous|year-ago|"
                     r"year-earlier|comparable|same|comparable year-ago|comparable "
                     r"year-earlier) )?(quarter|period)", low)
    if not m or ctx.anchor is None:
        return None
    reference = ctx.reference if ctx.reference and granularity(ctx.reference) == "quarter" \
        else None
    current = f"{ctx.anchor.year}-Q{(ctx.anchor.month - 1) // 3 + 1}"
    last_done = shift(current, -1, "quarter") or current
    if m[1] and m[1].startswith(("year-ago", "year-earlier", "comparable", "same")):
        return "DATE", shift(reference or last_done, -1, "year")
    if m[1] in ("latest", "recent", "most recent", "past"):
        return "DATE", last_done
    if m[1] == "previous":
        return "DATE", shift(reference or last_done, -1, "quarter")
    if m[1] == "current":
        return "DATE", current
    if m[2] == "period" and reference is None:
        return None
    return "DATE", reference or last_done


def _period_year(low: str, n: int, part: str, ctx: Context) -> int | None:
    """Year of a quarter or half named without one: this year, last year, or the nearest
    finished one in a past clause (a November report's "fourth quarter" is still ahead)."""
    if ctx.anchor is None:
        return None
    if low.startswith("last year"):
        return ctx.anchor.year - 1
    if low.startswith("next year"):
        return ctx.anchor.year + 1
    return ctx.anchor.year


def _day_word(low: str, ctx: Context) -> Value | None:
    """"yesterday", "today", "tomorrow", "tonight", "this morning", "yesterday afternoon"."""
    if ctx.anchor is None:
        return None
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1,
               "this": 0, "the day before yesterday": -2, "the day after tomorrow": 2}
    low = re.sub(r"^(?:early|late) (?=today|tonight|yesterday|tomorrow)", "", low)
    m = re.fullmatch(r"(today|tonight|yesterday|tomorrow|last night|this|the day before "
                     rf"yesterday|the day after tomorrow)(?: {_PART})?", low)
    if not m or (m[1] == "this" and m.lastindex != 2):
        return None
    day = (ctx.anchor + timedelta(days=offsets[m[1]])).isoformat()
    part = m[2] if m.lastindex == 2 else ("night" if m[1] == "last night" else None)
    if part:
        return "TIME", f"{day}T{DAY_PARTS[part]}"
    return "DATE", day


def _day_of_month(low: str, ctx: Context) -> Value | None:
    """"the 15th of this month", "the 3rd of last month", "the 20th of next month": the
    state-media and translated way of dating a day (Arabic "15 of the current month")."""
    m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)? of (this|last|next|the current|the "
                     r"previous|the past|the coming|the next|the same) month", low)
    if not m or ctx.anchor is None:
        return None
    step = {"last": -1, "the previous": -1, "the past": -1, "next": 1, "the coming": 1,
            "the next": 1}.get(m[2], 0)
    month = move(ctx.anchor, step, "month")
    return "DATE", _day_value(month.year, month.month, int(m[1]))


def _unit_relative(low: str, ctx: Context) -> Value | None:
    """"last week", "this month", "next year", "earlier this year", "late last year",
    "the end of the year", "the past year" (a duration, as TimeML has it)."""
    if ctx.anchor is None:
        return None
    if m := re.fullmatch(r"(?:the )?past (year|month|week|decade|century)", low):
        return "DURATION", duration(1, m[1])
    m = re.fullmatch(r"(?:(?:early|late|mid|the end of|end of|the beginning of|the start of|"
                     r"the middle of|the rest of|the remainder of|the first half of|the second "
                     r"half of)[ -])?(last|this|next|past|coming|the|the current|the previous|"
                     r"the coming|the next|the last|the full|the whole|the entire) "
                     r"(?:fiscal |calendar )?(week|month|year|decade|century|quarter)", low)
    if not m:
        return None
    step = {"last": -1, "past": -1, "the previous": -1, "the last": -1, "next": 1, "coming": 1,
            "the coming": 1, "the next": 1}.get(m[1], 0)
    unit = m[2]
    if unit == "quarter":
        current = f"{ctx.anchor.year}-Q{(ctx.anchor.month - 1) // 3 + 1}"
        return "DATE", shift(current, step, "quarter")
    if unit == "decade":
        return "DATE", str(ctx.anchor.year + 10 * step)[:3]
    return "DATE", at_unit(move(ctx.anchor, step, unit), unit)


def _weekday(low: str, ctx: Context) -> Value | None:
    """"Tuesday", "last Friday", "next Monday", "Tuesday night", "the day Friday"."""
    m = re.fullmatch(rf"(?:(last|this|next|this past|this coming|early|late|the day|the "
                     rf"previous|the following|the next) )?{_WEEKDAY}(?:,)?"
                     rf"(?: {_PART}| (?:early|late) {_PART})?", low)
    if not m or ctx.anchor is None:
        return None
    weekday = WEEKDAYS[m[2]]
    if m[1] and m[1].startswith("the ") and m[1] != "the day":
        day = _reference_day(ctx) or ctx.anchor  # "the previous Friday": before the story's day
        ahead = m[1] != "the previous"
        step = timedelta(days=1 if ahead else -1)
        return "DATE", weekday_near(weekday, day + step, ahead).isoformat()
    if m[1] in ("last", "this past"):
        day = weekday_near(weekday, ctx.anchor - timedelta(days=1), False)
    elif m[1] in ("next", "this coming"):
        day = weekday_near(weekday, ctx.anchor + timedelta(days=1), True)
    else:
        day = weekday_near(weekday, ctx.anchor, ctx.future)
    part = m[3] or m[4]
    if part:
        return "TIME", f"{day.isoformat()}T{DAY_PARTS[part]}"
    return "DATE", day.isoformat()


def _clock(low: str, ctx: Context) -> Value | None:
    """"3 p.m.", "10:35 a.m.", "noon", "midnight", "15:00", "3 p.m. Wednesday",
    "Wednesday at 3 p.m.": a TIME on the day given, else the reference day."""
    m = re.fullmatch(r"(?:(.+?),? (?:at )?)?(\d{1,2})(?:[:.](\d\d))? ?([ap])\.?m\.?"
                     r"(?: [a-z]{2,4}t)?(?:,? (.+))?|(?:(.+?) (?:at )?)?(noon|midnight|midday)"
                     r"(?: (.+))?|(?:(.+?) (?:at )?)?(\d\d):(\d\d)(?: [a-z]{2,4}t)?", low)
    if not m:
        return None
    if m[7]:
        hour, minute, day_text = (12 if m[7] != "midnight" else 24), 0, m[6] or m[8]
    elif m[10]:
        hour, minute, day_text = int(m[10]), int(m[11]), m[9]
    else:
        hour, minute, day_text = int(m[2]) % 12 + 12 * (m[4] == "p"), int(m[3] or 0), m[1] or m[5]
    if hour > 24 or minute > 59:
        return None
    day = _reference_day(ctx) if ctx.reference else ctx.anchor
    if day_text:
        found = normalise_clean(day_text, ctx)
        if found[1] is None or granularity(found[1]) != "day":
            return None
        day = date.fromisoformat(found[1][:10])
    if day is None:
        return None
    return "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}"


def _day_part(low: str, ctx: Context) -> Value | None:
    """"morning", "the afternoon", "mid-afternoon": a part of the reference day;
    "mid-afternoon yesterday", "the night of Oct. 23": a part of the day named."""
    m = re.fullmatch(rf"(?:the |early |late |mid-|mid )?{_PART}(?: of|,)? (.+)", low)
    if m:
        found = normalise_clean(m[2], ctx)
        if found[1] is None or granularity(found[1]) != "day":
            return None
        return "TIME", f"{found[1][:10]}T{DAY_PARTS[m[1]]}"
    m = re.fullmatch(rf"(?:the |early |late |mid-|mid |later in the |earlier in the )?{_PART}",
                     low)
    day = _reference_day(ctx) if ctx.reference else ctx.anchor
    if not m or day is None:
        return None
    return "TIME", f"{day.isoformat()}T{DAY_PARTS[m[1]]}"


def _season(low: str, ctx: Context) -> Value | None:
    """"last fall", "this summer", "spring 2023", "the summer of 1998"."""
    m = re.fullmatch(r"(?:(last|this|next|early|late|mid|the) )?(spring|summer|fall|autumn|"
                     r"winter)(?: of)?(?: (\d{4}))?", low)
    if not m or (m[3] is None and ctx.anchor is None):
        return None
    code, start = SEASONS[m[2]]
    if m[3]:
        return "DATE", f"{m[3]}-{code}"
    anchor = ctx.anchor
    assert anchor is not None
    if m[1] == "last" or (m[1] != "next" and not ctx.future):
        year = anchor.year if start + 2 < anchor.month else anchor.year - 1
        if m[1] in ("this", None, "the", "early", "late", "mid") and start <= anchor.month:
            year = anchor.year
    else:
        year = anchor.year if start >= anchor.month else anchor.year + 1
    return "DATE", f"{year}-{code}"


def _weekend(low: str, ctx: Context) -> Value | None:
    m = re.fullmatch(r"(?:(last|this|next|past|coming|the) )?weekend", low)
    if not m or ctx.anchor is None:
        return None
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(m[1] or "", 0)
    if m[1] in ("the", None):
        # the coming weekend is this ISO week's (weeks start on Monday) until it is Sunday;
        # the weekend past is last week's until it is Saturday
        weekday = ctx.anchor.weekday()
        step = (0 if weekday < 6 else 1) if ctx.future else (0 if weekday >= 5 else -1)
    return "DATE", iso_week(ctx.anchor + timedelta(weeks=step)) + "-WE"


def is_holiday(text: str) -> bool:
    """True when ``text`` names a holiday the normaliser can date ("Thanksgiving Day")."""
    m = re.fullmatch(r"(?:(?:last|this|next) )?(.+?)(?: (\d{4}))?", clean(text))
    return bool(m) and holiday(m[1], 2000) is not None


def _holiday(low: str, ctx: Context) -> Value | None:
    """"Christmas", "Thanksgiving Day", "last Easter", "Christmas 1998"."""
    m = re.fullmatch(r"(?:(last|this|next) )?(.+?)(?: (\d{4}))?", low)
    if not m or holiday(m[2], 2000) is None or (m[3] is None and ctx.anchor is None):
        return None
    if m[3]:
        return "DATE", holiday(m[2], int(m[3]))
    anchor = ctx.anchor
    assert anchor is not None
    this_year = date.fromisoformat(holiday(m[2], anchor.year) or "")
    if m[1] is None and ctx.future is None:  # no tense: the nearest one
        years = (anchor.year - 1, anchor.year, anchor.year + 1)
        return "DATE", holiday(m[2], min(years, key=lambda y: abs(
            (date.fromisoformat(holiday(m[2], y) or "") - anchor).days)))
    future = m[1] == "next" or (m[1] != "last" and ctx.future)
    year = anchor.year
    if future and this_year < anchor:
        year += 1
    elif not future and this_year > anchor:
        year -= 1
    return "DATE", holiday(m[2], year)


def _numeric(low: str, ctx: Context) -> Value | None:
    """"2024-12-17", "12/17/2024", "17.12.2024", "12/17/24", "12/17" (month first when the
    first number can be a month, as in US news; day first otherwise)."""
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:t(\d\d):(\d\d))?", low):
        day = _day_value(int(m[1]), int(m[2]), int(m[3]))
        if day and m[4]:
            return "TIME", f"{day}T{m[4]}:{m[5]}"
        return ("DATE", day) if day else None
    if m := re.fullmatch(r"(\d{4})-(\d\d)", low):
        return ("DATE", low) if 1 <= int(m[2]) <= 12 else None
    m = re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?", low)
    if not m or (m[4] is None and (m[2] != "/" or ctx.anchor is None)):
        return None
    a, b = int(m[1]), int(m[3])
    month, day = (a, b) if m[2] == "/" and a <= 12 else (b, a)
    if m[4] is None:
        assert ctx.anchor is not None
        year = year_near(month, ctx.anchor, ctx.future, day)
    else:
        year = int(m[4]) if len(m[4]) == 4 else _century(int(m[4]), ctx.anchor)
    value = _day_value(year, month, day)
    return ("DATE", value) if value else None


def _century(two_digits: int, anchor: date | None) -> int:
    """A two-digit year in the century that puts it nearest the anchor (or before 2030)."""
    pivot = anchor.year if anchor else 2000
    candidates = [pivot // 100 * 100 + two_digits + k for k in (-100, 0, 100)]
    return min(candidates, key=lambda y: abs(y - pivot))


def _day_value(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_day(low: str, ctx: Context) -> Value | None:
    """"Dec. 17", "December 17, 2024", "17 December 2024", "the 17th of December",
    "Monday, Dec. 16", "Dec. 17 last year"."""
    weekday = rf"(?:{_WEEKDAY},? )?"
    if m := re.fullmatch(rf"(last|this|next) ({_MONTH} \d{{1,2}}(?:st|nd|rd|th)?)", low):
        ahead = m[1] == "next" or (m[1] == "this" and ctx.future)
        return _month_day(m[2], Context(ctx.anchor, ahead, ctx.reference))
    patterns = (rf"{weekday}{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}|'\d\d))?"
                r"(?: (last|this|next) year)?",
                rf"{weekday}(?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH}"
                rf"(?:,? (\d{{4}}))?(?: (last|this|next) year)?")
    for index, pattern in enumerate(patterns):
        m = re.fullmatch(pattern, low)
        if not m:
            continue
        month_name, day_text = (m[2], m[3]) if index == 0 else (m[3], m[2])
        month, day = MONTHS[month_name], int(day_text)
        year = _year_of(m[4], m[5], month, ctx, day)
        if year is None:
            return None
        value = _day_value(year, month, day)
        return ("DATE", value) if value else None
    return None


def _year_of(year: str | None, relative: str | None, month: int, ctx: Context,
             day: int = 15) -> int | None:
    """The year written ("2024", "'98"), said ("last year"), or the one nearest the anchor."""
    if year:
        return int(year) if len(year) == 4 else _century(int(year[1:]), ctx.anchor)
    if ctx.anchor is None:
        return None
    if relative:
        return ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[relative]
    return year_near(month, ctx.anchor, ctx.future, day)


def _month(low: str, ctx: Context) -> Value | None:
    """"October", "early October", "last March", "next January", "October 2024",
    "mid-October of last year", "the end of October"."""
    m = re.fullmatch(r"(?:(last|this|next|this past|this coming)[ -])?(?:(?:early|mid|late|"
                     r"the end of|end of|the beginning of|the start of|the middle of)[ -])?"
                     + _MONTH + r"(?:,? (?:of )?(\d{4}|'\d\d|last year|this year|next year))?",
                     low)
    if not m or (len(m[2]) <= 3 and m[2] != "may" and m[1] is None and m[3] is None):
        return None
    month = MONTHS[m[2]]
    if m[2] == "may" and m[1] is None and m[3] is None and low == "may":
        pass  # the month alone: the caller's span told us it is a date
    anchor = ctx.anchor
    if m[3] and m[3][0].isdigit() or m[3] and m[3][0] == "'":
        year = _year_of(m[3], None, month, ctx)
    elif anchor is None:
        return None
    elif m[3]:
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[m[3].split()[0]]
    elif m[1] in ("last", "this past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif m[1] in ("next", "this coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif m[1] == "this":
        year = anchor.year
    else:
        year = year_near(month, anchor, ctx.future)
    return ("DATE", f"{year}-{month:02d}") if year else None


def _year(low: str, ctx: Context) -> Value | None:
    """"1998", "early 1998", "fiscal 1990", "mid-1990s", "the 1990s", "the '90s",
    "the nineties", "the 20th century", "late last year"."""
    if m := re.fullmatch(r"(?:(?:early|mid|late|the end of|end of|the beginning of|the middle "
                         r"of|the start of|the first half of|the second half of)[ -])?"
                         r"(?:fiscal |fiscal year |fy|calendar |the year |model year )?"
                         r"(\d{4})(?: fiscal year)?", low):
        return ("DATE", m[1]) if 1000 <= int(m[1]) <= 2199 else None
    m = re.fullmatch(r"(?:the )?(?:(?:early|mid|late|last half of the|first half of the|"
                     r"second half of the|end of the|beginning of the)[ -])?(?:the )?"
                     r"(?:(\d{3})0'?s|'(\d)0'?s|(\w+ties))", low)
    if m and (m[1] or m[2] or m[3] in DECADE_WORDS):
        if m[1]:
            return "DATE", m[1]
        two = int(m[2]) * 10 if m[2] else DECADE_WORDS[m[3]]
        return "DATE", str(_century(two, ctx.anchor))[:3]
    m = re.fullmatch(r"(?:(?:the )?(?:early|mid|late)[ -])?(?:the )?(\d{1,2})(?:st|nd|rd|th) "
                     r"century", low)
    if m:
        return "DATE", f"{int(m[1]) - 1:02d}"
    return None


RULES = (_vague, _set, _anaphoric, _counted, _quarter, _day_of_month, _unit_relative,
         _day_word, _duration, _vague_duration, _weekday, _clock, _day_part, _season,
         _weekend, _numeric, _month_day, _month, _year, _holiday)


def normalise_clean(low: str, ctx: Context) -> Value:
    """(type, value) of an already cleaned expression; ("DATE", None) when no rule knows it."""
    for rule in RULES:
        try:
            found = rule(low, ctx)
        except (ValueError, OverflowError):  # "March 0", "February 31", year 99999: no date
            continue
        if found is not None and found[1] is not None:
            return found
    if low.startswith("the "):  # "the Aug. 7, 1998 bombing": the article is not part of it
        return normalise_clean(low[4:], ctx)
    return "DATE", None


# Expressions recur from article to article ("Tuesday", "last week") and a stream has few
# publication dates, while the rules try dozens of patterns in turn: the values are kept.
@lru_cache(maxsize=16384)
def normalise(text: str, anchor: date | None, future: bool | None = None,
              reference: str | None = None) -> Value:
    """TIMEX3 (type, value) of one expression; value None when it cannot be resolved."""
    return normalise_clean(clean(text), Context(anchor, future, reference))
