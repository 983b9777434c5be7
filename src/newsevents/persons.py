"""Resolving mentions of persons against the knowledge base (used by the ``actors`` stage).

In:  a parsed ``Doc``, the article's date, and spans the actors stage found.
Out: :class:`~newsevents.actor_types.ActorInfo` for the person meant, with the office held on the
     article's date, or None when no person in the knowledge base fits well enough.

Paths, from surest to least sure:

- exact: a full name or alias ("Volodymyr Zelensky", "Zelenskiy") by phrase matcher;
- title: "the German chancellor", "Germany's foreign minister", "NATO's secretary general"
  -> whoever held that office on the article's date;
- fuzzy: a PERSON entity within ``full_name_min_score`` of a known full name, its surname
  starting with the same letter ("Olaf Solz", "Georgia Meloni"); a lone surname must score
  ``surname_min_score`` and belong to someone in office on that date (see
  :class:`PersonSettings`, which the ``actors`` stage's config sets);
- run together: a token that is a known surname glued to a short word ("Macronthe").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

import numpy
from rapidfuzz import fuzz, process
from spacy.attrs import ENT_TYPE, IS_TITLE, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from .actor_types import ActorInfo, ActorMention, mention_of
from .cache import phrase_keys
from .dateline import headline_line_end
from .extensions import TokenTable, token_table
from .kb import PARTICLES, KnowledgeBase, Person, normal_title, unaccented
from .words import PLACE_PREPS


@dataclass(frozen=True)
class PersonSettings:
    """How close a misspelt name must be to a known one (rapidfuzz ratio, 0-100, on
    lower-cased text). Set so that one dropped, doubled or swapped letter in a name of ten or
    more letters links ("Olaf Solz" 90, "Georgia Meloni" 93), and distinct real names do not
    ("Olaf Schulze" 87 with a surname at 62, "Baden" 80 from "Biden");
    tests/test_persons.py pins the near misses that must stay apart."""

    full_name_min_score: float = 88.0
    # the surname alone must be close too: "Schulze" is not "Scholz"
    surname_part_min_score: float = 75.0
    surname_min_score: float = 88.0  # a lone surname, which has less to go on
    # shorter surnames ("Li", "Sall") are matched only exactly: one letter off is another name
    min_surname_length: int = 5


# Distinct misspelt names whose nearest known names a resolver remembers: names recur from
# article to article, and a fuzzy search scans every known name.
FUZZY_CACHE_SIZE = 4096
GLUED_WORDS = ("the", "and", "said", "has", "had", "was", "who", "on", "in", "to", "of",
               "at", "for", "with", "says", "will", "is")


def person_info(person: Person, day: date | None) -> ActorInfo:
    """The person as an actor on ``day``: country and sector from the office then held."""
    office = person.office_on(day)
    if office is None:
        return ActorInfo(key=f"person:{person.key}", name=person.name, kind="person",
                         country=person.country, wikidata=person.wikidata)
    in_office = day is None or office.held_on(day)
    country = "IGO" if office.igo else office.country
    return ActorInfo(key=f"person:{person.key}", name=person.name, kind="person",
                     country=country if in_office else person.country,
                     sector=office.sector if in_office else "ELI",
                     wikidata=person.wikidata,
                     office=office.name if in_office else f"former {office.name}",
                     igo=office.igo if in_office else None)


class PersonResolver:
    """Finds persons of the knowledge base in a Doc."""

    def __init__(self, nlp: Language, kb: KnowledgeBase,
                 settings: PersonSettings | None = None):
        self.kb = kb
        self.settings = settings or PersonSettings()
        min_length = self.settings.min_surname_length
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Every name and alias as the pipeline's tokenizer splits it (cached: 0.3 s a run).
        keys = phrase_keys(nlp, list(kb.names()), "phrases-persons")
        self.matcher.add("PERSON", [lower for _, lower in keys])
        self.full_names = sorted({n.lower() for n in kb.names() if " " in n})
        self._full_names_by_length: dict[int, list[str]] = {}
        for name in self.full_names:
            self._full_names_by_length.setdefault(len(name), []).append(name)
        self.surnames = sorted(s for s in kb.by_surname if len(s) >= min_length)
        self.titles = {title for title, _ in kb.by_title}
        glued = "|".join(GLUED_WORDS)
        self._glued = re.compile(rf"([A-Z][a-z\u00C0-\u017F-]{{{min_length - 1},}}?)"
                                 rf"({glued})$")
        self._nearest_full_name = lru_cache(FUZZY_CACHE_SIZE)(self._search_full_names)
        self._full_names_near = lru_cache(None)(self._full_names_of_near_length)
        self._nearest_surnames = lru_cache(FUZZY_CACHE_SIZE)(self._search_surnames)

    def _search_full_names(self, text: str) -> tuple[str, float] | None:
        """The known full name nearest to ``text`` (lower case) with its score, if any is
        within ``full_name_min_score``; of equal scores, the first in alphabetical order (as
        a search of the whole sorted list gives).

        Only names of a near length are searched: ``fuzz.ratio`` is
        ``100 * (1 - distance / (len(a) + len(b)))`` with a distance of at least the
        difference of the lengths, so a name whose length differs more cannot score enough."""
        found = process.extract(text, self._full_names_near(len(text)), scorer=fuzz.ratio,
                                score_cutoff=self.settings.full_name_min_score, limit=None)
        if not found:
            return None
        best = max(score for _, score, _ in found)
        return min(name for name, score, _ in found if score == best), best

    def _full_names_of_near_length(self, length: int) -> list[str]:
        """The full names whose length lets them score ``full_name_min_score`` against a
        text of ``length`` characters."""
        cutoff = self.settings.full_name_min_score
        return [name for n, names in self._full_names_by_length.items()
                if 100 * (1 - abs(n - length) / (n + length)) >= cutoff for name in names]

    def _search_surnames(self, text: str) -> tuple[str, ...]:
        """The (at most five) known surnames within ``surname_min_score`` of ``text`` (lower
        case), nearest first."""
        matches = process.extract(text, self.surnames, scorer=fuzz.ratio,
                                  score_cutoff=self.settings.surname_min_score, limit=5)
        return tuple(name for name, _, _ in matches)

    def exact(self, doc: Doc) -> list[ActorMention]:
        day = doc._.published
        out = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            person = self.kb.by_name.get(span.text.lower())
            if person is not None and _looks_like_name(span) and not _a_given_name(span):
                out.append(mention_of(span, replace(person_info(person, day),
                                                  via="knowledge base name or alias")))
        return out

    def fuzzy(self, span: Span) -> ActorInfo | None:
        """A PERSON entity that is a misspelling of a known name."""
        text = " ".join(t.text for t in span if t.pos_ == "PROPN" or t.is_title).lower()
        if not text:
            return None
        day = span.doc._.published
        if " " in text:
            found = self._nearest_full_name(text)
            if found is None or not _same_surname(found[0], text,
                                                  self.settings.surname_part_min_score):
                return None
            return replace(person_info(self.kb.by_name[found[0]], day),
                           via=f"fuzzy match of '{found[0]}' ({found[1]:.0f})")
        return self.surname(text, day)

    def surname(self, text: str, day: date | None, in_office_only: bool = False
                ) -> ActorInfo | None:
        """A lone surname: the one person of that (nearly) name in office on ``day``, or,
        unless ``in_office_only``, the one person of that distinctive surname."""
        known = self.kb.by_surname.get(text.lower(), [])
        exact = [p for p in known if self.kb.in_office(p, day)]
        min_length = self.settings.min_surname_length
        if not exact and len(known) == 1 and len(text) >= min_length and not in_office_only:
            exact = known  # a distinctive surname of someone out of office ("Merkel" in 2024)
        if exact or len(text) < min_length:
            candidates = exact
        else:
            candidates = [p for name in self._nearest_surnames(text.lower())
                          if name[:2] == text.lower()[:2]
                          for p in self.kb.by_surname[name] if self.kb.in_office(p, day)]
        if len({p.key for p in candidates}) != 1:
            return None
        return replace(person_info(candidates[0], day), via=f"surname '{text}'")

    def by_title(self, title: str, where: str | None, day: date | None) -> ActorInfo | None:
        """"the German chancellor": who held that office of ``where`` on ``day``."""
        if where is None or normal_title(title) not in self.titles:
            return None
        holders = self.kb.holders(title, where, day)
        if len(holders) != 1:
            return None
        return replace(person_info(holders[0], day),
                       via=f"{title} of {where} on {day or 'the latest date'}")

    def lone_surnames(self, doc: Doc, taken: set[int]) -> list[ActorMention]:
        """A proper noun NER missed that is exactly the surname of the one person of that
        name in office on the article's date ("Scholz and Biden talked")."""
        day = doc._.published
        out = []
        table = token_table(doc)
        for i, (text, pos) in enumerate(zip(table.text, table.pos, strict=True)):
            if i in taken or pos != "PROPN" or text.lower() not in self.kb.by_surname \
                    or not text[:1].isupper() or _named_place(doc[i]) \
                    or doc[i].ent_type_ in ("DATE", "TIME") or _word_of_a_longer_name(table, i):
                continue  # (not "in May 2015", whatever the knowledge base holds)
            # NER did not call it a person: only someone in office now is worth the guess
            # ("signed the bill in Austin" is no former defence secretary)
            info = self.surname(text, day, in_office_only=True)
            if info is not None:
                out.append(mention_of(doc[i:i + 1], info))
        return out

    def unlabelled_names(self, doc: Doc, taken: set[int]) -> list[ActorMention]:
        """Two to four capitalised proper nouns NER gave no label that are a misspelling of
        a known full name: "Emanuel Makron told reporters ..." (NER labels the name when it
        is spelt right or follows a title)."""
        out = []
        for run in _unlabelled_proper_nouns(doc, taken):
            info = self.fuzzy(run)
            if info is not None:
                out.append(mention_of(run, info))
        return out

    def run_together(self, doc: Doc, taken: set[int]) -> list[ActorMention]:
        """"Macronthe": a known surname glued to the next word by a bad conversion."""
        day = doc._.published
        out = []
        for i, text in enumerate(token_table(doc).text):
            if i in taken or not text[:1].isupper():
                continue
            match = self._glued.match(text)
            if match is None or match[1].lower() not in self.kb.by_surname:
                continue
            token = doc[i]
            if token.is_stop:
                continue
            info = self.surname(match[1], day)
            if info is None:
                continue
            start = token.i
            if start > 0 and start - 1 not in taken \
                    and _first_name_of(info.name, doc[start - 1].text):
                start -= 1  # "Pedro Sanchezthe": the first name is the same person's
            out.append(ActorMention(start, token.i + 1, doc[start].idx,
                                    token.idx + len(match[1]),
                                    doc.text[doc[start].idx:token.idx + len(match[1])], info))
        return out


def _first_name_of(name: str, word: str) -> bool:
    """Whether ``word`` is the first word of the full ``name``, accents aside ("Pedro" of
    "Pedro Sánchez")."""
    first = name.split()[0]
    return len(name.split()) > 1 and unaccented(first).lower() == unaccented(word).lower()


def _word_of_a_longer_name(table: TokenTable, i: int) -> bool:
    """The proper noun at ``i`` is the first word of a longer name ("La Paz", "Santa Cruz"):
    the parser hangs it on the proper noun after it. A surname alone stands alone."""
    return table.dep[i] == "compound" and i + 1 < len(table.pos) \
        and table.pos[i + 1] == "PROPN" and table.head[i] > i


def _named_place(token: Token) -> bool:
    """NER called the word a place and a preposition of place comes before it ("in Austin")."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") and token.i > 0 \
        and token.doc[token.i - 1].lower_ in PLACE_PREPS


def _unlabelled_proper_nouns(doc: Doc, taken: set[int]) -> Iterator[Span]:
    """Runs of two to four capitalised proper nouns outside every entity and mention."""
    # one array read and its tests on the whole column, instead of a Token object (or a
    # Python row) per word: this runs on every article
    columns = doc.to_array([POS, ENT_TYPE, IS_TITLE]).reshape(len(doc), 3)
    inside = (columns[:, 0] == PROPN) & (columns[:, 1] == 0) & (columns[:, 2] != 0)
    start = end = -1  # the run [start, end) being read
    for i in [*(i for i in numpy.flatnonzero(inside).tolist() if i not in taken), -1]:
        if i == end:
            end += 1
            continue
        if 2 <= end - start <= 4:
            yield doc[start:end]
        start, end = i, i + 1


# Arabic articles a surname may carry joined ("al-Burhan") where a translation writes them
# apart ("Al Burhan") or drops them: no part of the comparison.
SURNAME_ARTICLES = ("al-", "el-")


def _same_surname(known: str, seen: str, min_score: float) -> bool:
    """The surnames of two full names start alike and score at least ``min_score`` (an
    Arabic article joined to either is no part of it: "al-Burhan" is "Al Burhan")."""
    known_surname, seen_surname = _bare_surname(known), _bare_surname(seen)
    return known_surname[:1] == seen_surname[:1] and \
        fuzz.ratio(known_surname, seen_surname) >= min_score


def _bare_surname(name: str) -> str:
    """The last word of ``name`` without a joined Arabic article."""
    surname = name.split()[-1]
    for article in SURNAME_ARTICLES:
        surname = surname.removeprefix(article)
    return surname


def _a_given_name(span: Span) -> bool:
    """A one-word name (a monarch's "Guillaume", a pope's "Francis") followed by another
    capitalised name is someone else's given name: "Guillaume Faury" is no grand duke."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc):
        return False
    headline_end = headline_line_end(doc)
    if headline_end is not None and span.start < headline_end:
        return False  # a headline capitalises its verbs: "Lula Meets Milei"
    after = doc[span.end]
    return after.is_title and after.pos_ == "PROPN" and after.is_alpha


def _looks_like_name(span: Span) -> bool:
    """Aliases match case-insensitively; a name in running text is still capitalised."""
    return all(t.text[:1].isupper() or not t.is_alpha or t.lower_ in PARTICLES for t in span)

