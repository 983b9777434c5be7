"""The ``quotes`` stage: who said what.

In:  a parsed ``Doc`` with ``doc._.actors``.
Out: ``doc._.quotes``, a list of :class:`QuoteMention`: direct quotations (straight or curly
     double quotes, possibly over several sentences) and indirect speech ("X said that ...",
     "according to X"), each with content offsets, the cue verb and the speaker (an index into
     ``doc._.actors`` or None), and ``doc._.speech_cues``, the token indices of cue verbs, which
     the event stage reads to tell reported speech from reported deeds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

CUE_LEMMAS = {
    "say", "tell", "add", "state", "announce", "explain", "insist", "stress", "note", "claim",
    "declare", "write", "argue", "assert", "summarise", "summarize", "remark", "comment",
    "reply", "respond", "quote", "report", "confirm", "acknowledge", "suggest", "emphasise",
    "emphasize", "recall", "predict", "estimate", "believe", "think", "describe", "tweet",
    "post", "admit", "concede", "maintain", "contend", "observe", "point", "underline",
}
PERSONAL_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person"}
_QUOTE = re.compile(r"\"([^\"]{3,}?)\"|“([^”]{3,}?)”")


@dataclass
class QuoteMention:
    start_char: int
    end_char: int
    text: str
    direct: bool
    cue: Token | None
    speaker: int | None  # index into doc._.actors
    speaker_text: str | None


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ == "conj":
        return _subject(verb.head)
    return None


def _speaker(doc: Doc, token: Token | None) -> tuple[int | None, str | None]:
    """The actor a speaker token refers to; pronouns go to the latest person before them."""
    if token is None:
        return None, None
    actor_at = doc._.actor_at or {}
    if token.i in actor_at:
        mention = doc._.actors[actor_at[token.i]]
        return actor_at[token.i], mention.text
    if token.lower_ in PERSONAL_PRONOUNS:
        for n in range(len(doc._.actors) - 1, -1, -1):
            mention = doc._.actors[n]
            if mention.end <= token.i and mention.info.kind == "person":
                return n, token.text
        return None, token.text
    for t in token.subtree:  # "a spokesman for the ministry": the head noun's phrase
        if t.i in actor_at:
            return actor_at[t.i], " ".join(x.text for x in token.subtree)
    return None, " ".join(x.text for x in token.subtree)


def _cue_near(sentences: list[Span], start: int, end: int) -> Token | None:
    """The speech verb outside the quotation in the sentences that hold its ends: first the
    nearest one after the closing mark ("...," she said), then the nearest one before it."""
    around = [s for s in sentences if s.end_char >= start - 1 and s.start_char <= end + 1]
    tokens = [t for s in around for t in s if not start - 1 <= t.idx <= end]
    cues = [t for t in tokens if t.lemma_ in CUE_LEMMAS and t.pos_ == "VERB"]
    after = [t for t in cues if t.idx > end]
    before = [t for t in cues if t.idx < start]
    if after:
        return after[0]
    return before[-1] if before else None


def _direct_quotes(doc: Doc) -> list[QuoteMention]:
    out = []
    sentences = list(doc.sents)
    for match in _QUOTE.finditer(doc.text):
        group = 1 if match.group(1) is not None else 2
        start, end = match.start(group), match.end(group)
        if len(match.group(group).split()) < 3:
            continue  # a scare-quoted word or a title, not a quotation
        cue = _cue_near(sentences, match.start(), match.end())
        speaker, speaker_text = _speaker(doc, _subject(cue) if cue is not None else None)
        out.append(QuoteMention(start, end, doc.text[start:end], True, cue, speaker, speaker_text))
    return out


def _inside(quotes: list[QuoteMention], char: int) -> bool:
    return any(q.start_char <= char < q.end_char for q in quotes)


def _indirect_quotes(doc: Doc, direct: list[QuoteMention]) -> list[QuoteMention]:
    out = []
    for token in doc:
        if _inside(direct, token.idx):
            continue
        if token.lemma_ in CUE_LEMMAS and token.pos_ == "VERB":
            comps = [c for c in token.children if c.dep_ == "ccomp"]
            if comps and not any(_inside(direct, c.idx) for c in comps):
                subtree = [t.i for t in comps[0].subtree]
                content = doc[min(subtree) : max(subtree) + 1]
                speaker, speaker_text = _speaker(doc, _subject(token))
                out.append(QuoteMention(content.start_char, content.end_char, content.text,
                                        False, token, speaker, speaker_text))
        elif token.lower_ == "according" and doc[token.i + 1 : token.i + 2].text == "to":
            source = next((c for c in token.nbor(1).children if c.dep_ == "pobj"), None)
            sent = token.sent
            if source is None:
                continue
            rest = [t for t in sent if t.i < token.i or t.i > max(x.i for x in source.subtree)]
            rest = [t for t in rest if not t.is_punct] or list(sent)
            span = doc[rest[0].i : rest[-1].i + 1]
            speaker, speaker_text = _speaker(doc, source)
            out.append(QuoteMention(span.start_char, span.end_char, span.text, False, token,
                                    speaker, speaker_text))
    return out


def set_quote_extensions() -> None:
    for name in ("quotes", "speech_cues"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.factory("newsevents_quotes")
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent()


class QuotesComponent:
    """spaCy component: find quotations and their speakers."""

    def __init__(self) -> None:
        set_quote_extensions()

    def __call__(self, doc: Doc) -> Doc:
        direct = _direct_quotes(doc)
        quotes = sorted(direct + _indirect_quotes(doc, direct), key=lambda q: q.start_char)
        doc._.quotes = quotes
        doc._.speech_cues = {q.cue.i for q in quotes if q.cue is not None}
        return doc
