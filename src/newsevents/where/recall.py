"""Toponyms beyond NER: which words spaCy did not call places are places all the same, on
the evidence the package docstring lists, and the words that tell.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from ..gazetteer import Candidate
from ..words import BEFORE_PLACE, COMPASS, DASHES
from .mentions import PlaceMention
from .ranking import Context, is_broad
from .settings import DEFAULT_SETTINGS, WhereSettings

PLACE_LABELS = {"GPE", "LOC", "FAC"}
MAYBE_LABELS = {"PERSON", "ORG", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}
# Words before a name that only say which part of it ("West Texas", "Southwest Georgia")
# and words after it that say what kind of place it is ("Fargo city", "the Cottonport area").
DIRECTIONS = COMPASS | {"northern", "southern", "eastern", "western", "central", "upstate",
                        "downstate", "downtown", "greater", "metro", "metropolitan", "rural",
                        "suburban"}
KIND_WORDS = {"city", "town", "village", "area", "region", "metro", "province"}
# Words that end the place at the head of an organisation or facility name.
FACILITY_WORDS = {"fire", "police", "sheriff", "sheriff's", "department", "station", "school",
                  "schools", "high", "middle", "elementary", "university", "college",
                  "hospital", "church", "office", "road", "rd", "street", "st", "avenue", "ave",
                  "drive", "boulevard", "highway", "jail", "court", "council", "board", "park",
                  "center", "centre", "library", "airport", "bank", "commission", "chamber",
                  "club", "times", "news", "herald", "post", "tribune", "journal", "gazette",
                  "daily", "register", "detention", "correctional", "medical", "community",
                  "public", "district", "memorial", "mall", "museum", "zoo", "stadium", "hall",
                  "bridge", "health", "emergency", "animal", "humane", "regional",
                  "historical", "chapter", "association", "youth", "county's"}
# Nouns that a town's name modifies: its people and its institutions ("a Bemidji man").
LOCAL_NOUNS = {"man", "men", "woman", "women", "resident", "residents", "native", "natives",
               "teen", "teens", "boy", "girl", "couple", "family", "families", "mayor",
               "officials", "area", "firefighters", "deputies", "voters", "students",
               "homeowners", "businesses", "city", "town", "township", "police"}
STATE_WORDS = {"state", "province"}  # words that say a name is a first-level division
DIVISION_WORDS = {"county", "parish", "township", "borough", "province", "state", "district"}
MAX_RUN = 4  # longest run of capitalised words looked up as a name
MAX_DATELINE_WORDS = 8  # "BEMIDJI, Minn., March 3 --": words between a dateline's place and dash


def accept(span: Span, best: Candidate, qualified: bool, context: Context, source: str,
           settings: WhereSettings = DEFAULT_SETTINGS) -> bool:
    """Whether a word NER did not call a place is one (see the package docstring)."""
    if is_broad(best) or qualified or _after_locative(span) or _inline_dateline(span):
        return True
    big = settings.big_city_population
    if best.feature_class == "P" and best.population >= big and len(span) == 1:
        return True
    if _before_local_noun(span) and best.population >= settings.local_noun_population:
        return True  # "Mankato police", "a Bemidji man", "the Lakeland Police"
    if best.feature_code == "ADM2" and span[-1].lower_ in DIVISION_WORDS:
        return True  # "Teton County": a division word, and the gazetteer has it
    share_c, share_a = context.shares(best, source)
    return share_a >= settings.local_share or (share_c > 0 and context.near(best, source))


def _before_local_noun(span: Span) -> bool:
    """The name modifies a word for a town's people or institutions ("Mankato police")."""
    doc = span.doc
    return span.end < len(doc) and (doc[span.end].lower_ in LOCAL_NOUNS
                                    or doc[span.end].lower_ in FACILITY_WORDS)


def _inline_dateline(span: Span) -> bool:
    """"BEMIDJI -- Bemidji Mayor ...": an upper-case name before a dash, or before a
    comma and a dash a few words on."""
    doc = span.doc
    if not span.text.isupper() or len(span.text) < 3 or span.end >= len(doc):
        return False
    after = doc[span.end : span.end + MAX_DATELINE_WORDS]
    if after[0].text in DASHES:
        return True
    return after[0].text == "," and any(t.text in DASHES for t in after)


def _after_locative(span: Span) -> bool:
    """"in Alexandria", "the mayor of Alexandria" (not "University of Bemidji")."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.lower_ not in BEFORE_PLACE:
        return False
    if before.lower_ == "of":
        return before.i > 0 and not span.doc[before.i - 1].is_title
    return True


def maybe_spans(doc: Doc, taken: set[int]) -> Iterable[Span]:
    """Candidate spans for toponyms NER missed: PERSON/ORG/... entities, the place words that
    open an organisation or facility name, and runs of capitalised proper nouns."""
    for ent in doc.ents:
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        span = _without_determiner(ent)
        facility = has_facility_word(span.text)
        if ent.label_ in MAYBE_LABELS and not facility:
            yield span
        if ent.label_ in ("ORG", "FAC") or (ent.label_ in PLACE_LABELS and facility):
            # "Vermont National Guard", "Lakeland City Public Schools", "the Fairview
            yield from _prefixes(span)  # Township Hall": the place that opens the name
            yield from _after_of(span)  # "University of Dayton"
    in_ents = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    run: list[int] = []
    for token in [*doc, None]:
        if token is not None and token.i not in taken and token.i not in in_ents \
                and token.tag_ in ("NNP", "NNPS") and (token.is_title or token.is_upper) \
                and len(run) < MAX_RUN:
            run.append(token.i)
            continue
        if run:
            yield doc[run[0] : run[-1] + 1]
        run = []


def _without_determiner(span: Span) -> Span:
    if span[0].lower_ == "the" and len(span) > 1:
        return span.doc[span.start + 1 : span.end]
    return span


def _after_of(span: Span) -> Iterable[Span]:
    """"Dayton" in "University of Dayton", "Beaufort County" in "the Board of
    Beaufort County": the words after "of", up to a facility word, longest first."""
    for i, token in enumerate(span[:-1]):
        if token.lower_ == "of":
            rest = span[i + 1 :]
            if rest[0].lower_ == "the":
                rest = rest[1:]
            if len(rest):
                yield from (rest[:end] for end in range(min(len(rest), MAX_RUN), 0, -1)
                            if not rest[end - 1].is_punct
                            and not has_facility_word(rest[:end].text))


def _prefixes(span: Span) -> Iterable[Span]:
    """The leading words of a name, longest first, up to its first facility word ("Pembina
    County" of "Pembina County Sheriff's Department"), each a possible place."""
    stop = next((i for i, t in enumerate(span) if t.lower_ in FACILITY_WORDS), len(span))
    for end in range(min(stop, len(span) - 1, MAX_RUN), 0, -1):
        if span[end - 1].is_punct or span[end - 1].lower_ in DIRECTIONS:
            continue  # "East Bank" does not open with a place called "East"
        if end == 1 and span[0].lower_ in KIND_WORDS | DIVISION_WORDS:
            continue  # nor "City Council" with a place called "City"
        yield span[:end]


def said_state(doc: Doc, mention: PlaceMention,
               candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Only the first-level divisions among ``candidates`` when the text says the name is a
    state or province ("Katsina state", "the state of Katsina"), else all of them."""
    after = doc[mention.end].lower_ if mention.end < len(doc) else ""
    before = doc[max(0, mention.start - 2) : mention.start].text.lower()
    if after in STATE_WORDS or before in {f"{w} of" for w in STATE_WORDS}:
        states = tuple(c for c in candidates if c.feature_code == "ADM1")
        return states or candidates
    return candidates


def is_container(mention: PlaceMention) -> bool:
    """An unresolved facility or organisation name ("the Fairview Fire Station"), whose
    words may open with a place of its own."""
    return mention.lat is None and not mention.adjective and has_facility_word(mention.name)


def has_facility_word(text: str) -> bool:
    """A word of the name ends the place at its head ("Fire", "County's", "School")."""
    return any(w.lower() in FACILITY_WORDS for w in text.split())
