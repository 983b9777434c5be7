"""Reading the parse for quotations: cues, their subjects and speakers, the per-Doc cache
of its text and the sentence lookup that the other modules share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..extensions import sentence_bounds, token_table
from ..words import KIN_WORDS
from .cues import CUES, RELATIVE, SUBJECTS
from .stretches import Quoted


@dataclass
class QuoteMention:
    """A quotation: content offsets and text, whether it is in quotation marks (``direct``),
    the cue token, the speaker (an index into ``doc._.actors``) and the words naming it."""

    start_char: int
    end_char: int
    text: str
    direct: bool
    cue: Token | None
    speaker: int | None  # index into doc._.actors
    speaker_text: str | None


def is_cue(token: Token, lemmas: frozenset[str] = CUES) -> bool:
    """A verb whose lemma is one of ``lemmas`` (the verbs of saying by default)."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lemmas


def subject_of(verb: Token, quoted: Quoted, depth: int = 0) -> Token | None:
    """Who does the verb: its subject outside quotation marks, else the subject of the verb
    it hangs from ("began by saying", "stood up and said"), never across a reported clause."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    outside = [c for c in subjects if quoted.at(c.idx) is None]
    if outside or subjects:
        return (outside or subjects)[0]
    if depth < 3 and verb.dep_ in ("conj", "xcomp", "pcomp", "prep", "advcl", "advmod", "oprd",
                                   "acomp") and verb.head.i != verb.i:
        return subject_of(verb.head, quoted, depth + 1)
    if verb.dep_ in ("relcl", "acl"):  # "X, who said ..." / "a man saying ..."
        return verb.head
    if verb.dep_ == "compound" and verb.head.pos_ == "PROPN":  # "Said Ellis: ..."
        return verb.head
    return None


def inverted_subject(verb: Token, quoted: Quoted) -> Token | None:
    """'"...," said Jane Doe': a noun after the verb, when the parser missed the subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    inverted = before is not None and is_mark(before)  # '"...?" asked the girl': the asker
    hearer = verb.lemma_.lower() in ("tell", "ask", "urge", "warn", "remind", "assure") \
        and not inverted
    for child in verb.rights:
        if child.pos_ in ("PROPN", "NOUN", "PRON") and quoted.at(child.idx) is None \
                and child.dep_ in ("dobj", "attr", "nsubj", "appos", "dep") \
                and child.ent_type_ not in ("DATE", "TIME") \
                and not (hearer and child.dep_ == "dobj"):  # "told reporters": the hearer
            return child
    return None


def speaker_token(verb: Token, quoted: Quoted) -> Token | None:
    """The token that names who said what the cue introduces (for a colon: the noun
    before it)."""
    if verb.text == ":":
        return verb.doc[verb.i - 1]
    if verb.lower_ == "according" and verb.i + 1 < len(verb.doc):  # 'According to X, "..."'
        return next((c for c in verb.doc[verb.i + 1].children if c.dep_ == "pobj"), None)
    subject = subject_of(verb, quoted)
    if subject is not None and subject.lower_ in RELATIVE and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "Smith, who said ...": Smith
    if subject is None or quoted.at(subject.idx) is not None:
        subject = inverted_subject(verb, quoted) or name_after(verb, quoted) \
            or _clause_opening(verb, quoted)
    return subject


def _clause_opening(verb: Token, quoted: Quoted) -> Token | None:
    """'Marc Lee, the head of the league, forcefully told ...' parsed without a subject: the
    noun opening the sentence, when no other verb stands between it and the cue."""
    before = [t for t in sentence_of(verb) if t.i < verb.i and quoted.at(t.idx) is None]
    nouns = [t for t in before if t.pos_ in ("PROPN", "NOUN", "PRON")]
    if not nouns or any(t.pos_ == "VERB" and t.i > nouns[0].i for t in before):
        return None
    return nouns[0]


def name_after(verb: Token, quoted: Quoted) -> Token | None:
    """'"...," said Robin Lee, joking': a name right after the verb, whatever the parser
    made of it; the last word of the name."""
    doc, i = verb.doc, verb.i + 1
    while i < len(doc) and doc[i].pos_ in ("DET", "PROPN") and quoted.at(doc[i].idx) is None \
            and doc[i].ent_type_ not in ("DATE", "TIME"):
        i += 1
    last = doc[i - 1]
    return last if i > verb.i + 1 and last.pos_ == "PROPN" else None


def speaker_of(doc: Doc, token: Token | None) -> tuple[int | None, str | None]:
    """The actor a speaker phrase refers to (the phrase's head, else a person in apposition,
    else the first actor inside the phrase), and the phrase's text."""
    if token is None:
        return None, None
    actor_at = doc._.actor_at or {}
    if token.i in actor_at:
        n = actor_at[token.i]
        person = _apposed_person(doc, token)
        if doc._.actors[n].info.kind == "agent" and person is not None:
            return person, doc._.actors[person].text
        return n, doc._.actors[n].text
    phrase = [t for t in token.subtree if not t.is_space]
    while len(phrase) > 1 and phrase[-1].is_punct:  # 'Jane Doe.' / 'the minister,'
        phrase.pop()
    while len(phrase) > 1 and phrase[0].is_punct:
        phrase.pop(0)
    shown = phrase[:12]
    text = doc_text(doc)[shown[0].idx:shown[-1].idx + len(shown[-1])] if shown else token.text
    person = _apposed_person(doc, token)
    if person is not None:
        return person, text
    if token.lemma_.lower() in KIN_WORDS:
        return None, text  # "the son of the president said": not the president
    for t in phrase:
        if t.i in actor_at:
            return actor_at[t.i], text
    return None, text


def _apposed_person(doc: Doc, token: Token) -> int | None:
    """'the minister, Jane Doe,': the person named in apposition to a title."""
    actor_at = doc._.actor_at or {}
    for child in token.children:
        if child.dep_ == "appos" and child.i in actor_at:
            n = actor_at[child.i]
            if doc._.actors[n].info.kind == "person":
                return n
    return None


# the per-Doc cache of the text while the stage runs
TEXT_KEY = "newsevents_quotes_text"


def doc_text(doc: Doc) -> str:
    """The Doc's text; ``Doc.text`` makes a Token per word on every call, this reads the
    token table once and keeps the text while the stage runs."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = token_table(doc).doc_text()
    return text


def sentence_of(token: Token) -> Span:
    """The token's sentence; ``Token.sent`` walks the Doc on every call, this looks it up in
    the sentence starts of the token table (``Doc.sents`` would make a Span per sentence)."""
    return Span(token.doc, *sentence_bounds(token.doc, token.i))


def char_tokens(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering characters ``[start, end)``."""
    return doc.char_span(start, end, alignment_mode="expand")


# --------------------------------------------------------------------------------------------
# Direct quotations


def is_mark(token: Token) -> bool:
    """A quotation mark, straight, curly or typewriter."""
    return token.is_quote or token.text in ("’", "‘", "''", "``")


#: Short words a title leaves in lower case ("Songs of the Harbour", "Boys of the Summer").
TITLE_LOWER = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at",
                         "to", "for", "by", "with", "from", "as", "is", "vs", "de", "la"})


def is_title(text: str) -> bool:
    """Every word capitalised but the short ones: the name of a work, a show or a slogan
    ("The Quiet Orchard", "Build the Future Together"), not a quotation."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    long = [w for w in words if w.lower() not in TITLE_LOWER]
    return bool(long) and all(w[0].isupper() for w in long)
