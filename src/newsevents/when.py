"""The ``when`` stage: temporal expressions with TIMEX3 type and value, anchored at publication.

In:  a parsed ``Doc`` with DATE/TIME entities and ``doc._.published`` (``datetime.date`` or None).
Out: ``doc._.times``, a list of :class:`TimeMention` whose ``value`` is a TIMEX3 value
     (``2024-12-17``, ``2024-W50``, ``2024-10``, ``2024``, ``P3D``, ``PT24H``, ``PAST_REF`` ...)
     or None when the expression could not be normalised.

This module finds the expressions and their extents (spaCy's DATE/TIME entities, corrected the
way TimeML marks them, plus the vague words spaCy does not tag, such as "now" and "recently"),
decides whether each one's clause looks to the future, and keeps the narrative reference (the
last specific date mentioned) for "that day" or "a year earlier". The values themselves come
from :func:`newsevents.timex.normalise`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .dateline import headline_line_end
from .extensions import ENTITIES, PARSE, assigns, register_extensions, token_table
from .modality import headline_infinitive
from .timex import DAY_PARTS, WEEKDAYS, granularity, is_holiday, normalise
from .words import FUTURE_AUX as WILL
from .words import PAST_FUTURE_AUX

# "will" and "would" both put a date ahead: "talks would open on Monday".
FUTURE_AUX = WILL | PAST_FUTURE_AUX
# A verb whose infinitive complement is still to come: "plans to meet on Tuesday".
# So is what one is asked or told to do: "called on supporters to rally on Monday".
FUTURE_HEADS = {"plan", "expect", "schedule", "set", "due", "intend", "hope", "aim", "prepare",
                "want", "promise", "vow", "threaten", "propose", "agree", "decide", "seek",
                "try", "going", "likely", "able", "need", "ready",
                "urge", "call", "ask", "appeal", "invite", "order", "press", "encourage",
                "instruct"}
# Verbs whose own date lies ahead even in the past tense: "planned a rally on Saturday".
PLAN_VERBS = {"plan", "schedule", "intend", "slate", "expect"}
# Verbs whose "for" date is the day they set something for: "called a strike for Friday".
SETTING_VERBS = {"call", "set", "schedule", "announce", "fix", "slate", "plan", "book"}
# Words between a date and its verb that put the date ahead: "payable Dec. 1", "until May".
FUTURE_CUES = {"payable", "effective", "due", "until", "till", "through", "by", "starting",
               "beginning", "upcoming", "scheduled", "slated", "expected", "planned"}
# Present-tense verbs that describe a state or a report, not a scheduled event; and verbs
# whose past form is their present form ("hurt"), which the tagger often reads as present.
STATIVE = {"be", "have", "say", "tell", "report", "show", "remain", "know", "mean", "seem",
           "include", "hurt", "cut", "put", "hit", "cost", "let", "shut", "spread", "quit",
           "beat", "bid", "cast", "burst", "split", "set", "upset"}
# Vague expressions spaCy's NER does not tag, but TimeML marks (first token, whole phrase).
UNTAGGED = (("now",), ("currently",), ("recently",), ("nowadays",), ("lately",),
            ("the", "future"), ("these", "days"), ("at", "present"), ("daily",),
            ("every", "day"), ("each", "day"), ("every", "week"), ("every", "month"),
            ("every", "year"), ("each", "year"))
# Compiled once here rather than through re's shared cache, which drops long patterns.
YEAR_LIST = re.compile(r"\d{4}(, \d{4})+")  # "1994, 1995"
# Words that have a value of their own even where no rule resolves them
WHOLE = re.compile(r"(\w+\.? \d{1,2}|\d{1,2}:\d\d|\d{1,2} [ap]\.?m\.?|now|today|yesterday|"
                   r"tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                   r"\w+ (?:last|this|next) (?:week|month|year))")
# A cheap test before asking the normaliser whether an entity names a holiday.
HOLIDAY_WORDS = re.compile(r"christmas|easter|thanksgiving|halloween|year's|day\b|good friday",
                           re.I)
# "a year earlier", "the year-ago quarter": a comparison, not a move of the narrative's time.
COMPARISON = re.compile(r"\byear[- ](ago|earlier|before)\b|\bcomparable\b", re.I)
_UNTAGGED_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _words in UNTAGGED:
    _UNTAGGED_BY_FIRST.setdefault(_words[0], []).append(_words)
# Words before or after spaCy's span that TimeML leaves outside the expression.
OUTER_LEFT = {"just", "only", "barely", "merely", "sometime", "as", "long"}
NOT_TIMEX = re.compile(r"(\d+|[a-z]+(-[a-z]+)?)[ -](year|month|week|day)s?[ -]olds?|"
                       r"\d{1,3}|\d{5,}|\d{1,3}s|aged? \d+|\d+ years? old|\d+ years? of age|"
                       r"quarterly|annual|(semi|bi)-?annual|annualized|seasonal|"
                       r"[a-z]+ (?:day|week|month|year)s? old", re.I)
# Any day will do to ask whether some words have a value of their own.
_ANY_DAY = date(2000, 6, 15)


@dataclass
class TimeMention:
    """A temporal expression: token span ``[start, end)``, character offsets, text, TIMEX3
    type and value (None when it could not be normalised)."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    type: str
    value: str | None


# --------------------------------------------------------------------------------------------
# Spans


def _untagged(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """Spans of the vague words and sets spaCy leaves untagged, outside any entity."""
    found = []
    for i, lower in enumerate(token_table(doc).lower):
        phrases = _UNTAGGED_BY_FIRST.get(lower)
        if not phrases or i in taken:
            continue
        token = doc[i]
        for words in phrases:
            end = token.i + len(words)
            if end > len(doc) or any(i in taken for i in range(token.i, end)):
                continue
            if any(doc[token.i + k].lower_ != word for k, word in enumerate(words)):
                continue
            if words == ("now",) and _discourse_now(token) or _not_a_time(doc, token, end):
                continue
            found.append((token.i, end, "DATE"))
            break
    return found


def _not_a_time(doc: Doc, token: Token, end: int) -> bool:
    """"the Communist Party daily" (a newspaper), "average daily volume", "the future of":
    the word is a noun or a quantity's attribute here, not a time."""
    if token.lower_ == "daily":
        return token.pos_ in ("NOUN", "PROPN") or token.i > 0 and doc[token.i - 1].lower_ in (
            "average", "the", "a")
    if token.lower_ == "the":
        return end < len(doc) and doc[end].lower_ == "of" or doc[end - 1].dep_ in (
            "nsubj", "nsubjpass")
    return False


def _discourse_now(token: Token) -> bool:
    """"Now, ..." opening a sentence, or "now that": a connective, not a time."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if after is not None and after.lower_ == "that":
        return True
    return token.is_sent_start and after is not None and after.is_punct


def _split(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut where TimeML sees two expressions: "1991 to 1997", "between 1982 and 1992",
    "the quarter ended Sept. 30", "1994, 1995 and 1996"."""
    words = [t.lower_ for t in doc[start:end]]
    for i, word in enumerate(words):
        if word in ("to", "and", "through", "-", "ended", "ending", "until", "or", "&") \
                and 0 < i < len(words) - 1:
            left = (start + (1 if words[0] in ("between", "from") else 0), start + i)
            right = (start + i + 1, end)
            if left[0] >= left[1] or right[0] >= right[1]:
                continue
            if _is_whole(doc, *left) and _is_whole(doc, *right):
                parts = [left] if doc[left[1] - 1].lower_ != "," else [(left[0], left[1] - 1)]
                return _split_commas(doc, parts[0]) + _split(doc, *right)
    return [(start, end)]


def _split_commas(doc: Doc, span: tuple[int, int]) -> list[tuple[int, int]]:
    """"1994, 1995" -> two years; other commas ("Dec. 17, 2024") stay."""
    text = doc[span[0]:span[1]].text
    if YEAR_LIST.fullmatch(text):
        return [(t.i, t.i + 1) for t in doc[span[0]:span[1]] if t.like_num]
    return [span]


def _is_whole(doc: Doc, start: int, end: int) -> bool:
    """True when the words alone have a value (so cutting there loses nothing)."""
    text = doc[start:end].text
    return normalise(text, _ANY_DAY)[1] is not None or bool(WHOLE.fullmatch(text.lower()))


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """TimeML's extent: no possessive "'s", trailing punctuation, or hedge words in front."""
    while end > start + 1 and (doc[end - 1].lower_ in ("'s", "'", "’s") or
                               doc[end - 1].is_punct and doc[end - 1].text != "."):
        end -= 1
    while start < end - 1 and doc[start].lower_ in OUTER_LEFT and _is_whole(doc, start + 1,
                                                                            end):
        start += 1
    return _core(doc, start, end)


def _core(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """When spaCy's span has no value but a part of it has ("coup d'etat last year", "April
    month"), the longest such part: the rest is a neighbouring word, not the expression."""
    if end - start < 2 or _is_whole(doc, start, end):
        return start, end
    for size in range(end - start - 1, 0, -1):
        # prefer keeping the end (modifiers come first), then the start, then the middle
        firsts = [end - size, start] + list(range(start + 1, end - size))
        for first in dict.fromkeys(firsts):
            if not doc[first].is_punct and _is_whole(doc, first, first + size):
                return first, first + size
    return start, end


def _extend(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """"Friday" + "night" -> "Friday night": a part of the day after a day belongs to it."""
    if start > 0 and doc[start - 1].lower_ in ("this", "last", "next") and doc[
            start].lower_ in ("year", "month", "week", "weekend", "quarter"):
        start -= 1  # spaCy sometimes leaves "This" out of "This year"
    last = doc[end - 1].lower_
    if end < len(doc) and doc[end].lower_ in DAY_PARTS and (
            last in WEEKDAYS or last in ("yesterday", "today", "tomorrow")):
        return start, end + 1
    return start, end


def _merge(spans: list[tuple[int, int, str]], doc: Doc) -> list[tuple[int, int, str]]:
    """Join a day and a clock time or part of day that spaCy tagged separately
    ("Friday" "morning", "10 p.m." "Wednesday") when only a space or "at" lies between."""
    merged: list[tuple[int, int, str]] = []
    for span in sorted(spans):
        if merged:
            prev = merged[-1]
            gap = [t.lower_ for t in doc[prev[1]:span[0]]] if span[0] - prev[1] <= 1 else None
            kinds = {prev[2], span[2]}
            if gap in ([], ["at"], [","]) and kinds == {"DATE", "TIME"} and _day_and_time(
                    doc, prev, span):
                merged[-1] = (prev[0], span[1], "TIME")
                continue
        merged.append(span)
    return merged


def _day_and_time(doc: Doc, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    day, clock = (a, b) if a[2] == "DATE" else (b, a)
    value = normalise(doc[day[0]:day[1]].text, _ANY_DAY)[1]
    return value is not None and granularity(value) == "day" and len(doc[clock[0]:clock[1]]) <= 4


def _is_holiday(ent: Span) -> bool:
    """"Thanksgiving Day" tagged as an EVENT is still a date."""
    return ent.label_ in ("EVENT", "FAC", "ORG", "PERSON", "GPE") and bool(
        HOLIDAY_WORDS.search(ent.text)) and is_holiday(ent.text)


def spans(doc: Doc) -> list[tuple[int, int, str]]:
    """Token spans (start, end, spaCy label) of the temporal expressions, in text order."""
    found: list[tuple[int, int, str]] = []
    ents = doc.ents  # (each read makes every entity's Span anew)
    for ent in ents:
        if ent.label_ not in ("DATE", "TIME") and not _is_holiday(ent):
            continue
        for start, end in _split(doc, ent.start, ent.end):
            start, end = _extend(doc, *_trim(doc, start, end))
            if not NOT_TIMEX.fullmatch(doc[start:end].text):
                found.append((start, end, ent.label_ if ent.label_ == "TIME" else "DATE"))
    taken = {i for s, e, _ in found for i in range(s, e)} | {
        i for ent in ents for i in range(ent.start, ent.end)}
    return _merge(found + _untagged(doc, taken), doc)


# --------------------------------------------------------------------------------------------
# Tense


def _governor(span: Span) -> Token | None:
    """The verb (or predicate adjective, "due") the expression hangs from."""
    node = span.root
    for _ in range(6):
        if node.head.i == node.i:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
        if node.pos_ in ("VERB", "AUX") or node.lower_ in ("due", "likely", "set"):
            return node
    return None


def tense(span: Span) -> bool | None:
    """True when the expression's clause speaks of the future, False when it is plainly past,
    None when it cannot tell.

    Future: "will"/"would"/"'ll", "is going to", a headline's "X to do", a plan or
    expectation ("plans to meet",
    "is scheduled for"), a date that is "payable", "effective" or a limit ("until March 6"),
    or the present tense of a scheduled event ("the summit opens Tuesday").
    Past: a past-tense or perfect verb ("met", "has met", "was met")."""
    node = span.root
    setter = node.head.head
    if node.head.lower_ == "for" and node.dep_ == "pobj" and (
            setter.pos_ == "NOUN" or setter.lemma_.lower() in SETTING_VERBS):
        # what an act is set for lies ahead: "a general strike for Wednesday", "called a
        # strike for Friday"
        return True
    for _ in range(3):
        if node.head.i == node.i:
            break
        node = node.head
        if node.lower_ in FUTURE_CUES:
            return True
        if node.pos_ in ("VERB", "AUX"):
            break
    verb = _governor(span)
    if verb is None:
        return None
    for step in range(3):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        heads = FUTURE_HEADS if step else PLAN_VERBS  # "agreed in June" is past; "agreed to"
        if any(a.lower_ in FUTURE_AUX for a in auxes) or verb.lemma_.lower() in heads \
                or headline_infinitive(verb):  # "Hamas to free hostages on Saturday"
            return True
        if not any(a.lower_ == "to" for a in auxes) or verb.head.i == verb.i:
            break
        verb = verb.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return False
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        if _in_the_headline(verb):
            return False  # a headline tells what has happened in the present tense
        return verb.lemma_.lower() not in STATIVE
    if verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True
    return None


def _in_the_headline(verb: Token) -> bool:
    """Whether ``verb`` is in the article's headline line ("Defence minister resigns on
    Monday" over a report filed on Wednesday: the Monday before)."""
    end = headline_line_end(verb.doc)
    return end is not None and verb.i < end


# --------------------------------------------------------------------------------------------
# The component


def _specific(value: str | None) -> bool:
    """True for a value that can anchor "that day" or "a year earlier": a calendar date."""
    return value is not None and granularity(value) is not None


@Language.factory("newsevents_when", requires=[*PARSE, *ENTITIES],
                  assigns=assigns("newsevents_when"))
def make_when(nlp: Language, name: str) -> WhenComponent:
    """The when stage (no settings: TIMEX3 values follow from the text and the date)."""
    return WhenComponent()


class WhenComponent:
    """spaCy component: find and normalise temporal expressions against ``doc._.published``."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        anchor = doc._.published
        reference: str | None = None
        times = []
        for start, end, label in spans(doc):
            span = doc[start:end]
            kind, value = normalise(span.text, anchor, tense(span), reference)
            if label == "TIME" and kind == "DATE" and value is None:
                kind = "TIME"
            if _specific(value) and kind in ("DATE", "TIME") and not COMPARISON.search(
                    span.text):
                reference = value
            times.append(TimeMention(start, end, span.start_char, span.end_char, span.text,
                                     kind, value))
        doc._.times = times
        return doc
