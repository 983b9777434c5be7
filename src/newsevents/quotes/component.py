"""The ``quotes`` stage as a spaCy component: every quotation of a Doc, in text order."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import PARSE, assigns, doc_attrs, register_extensions
from .cues import REPORTING
from .direct import continue_quotes, direct_quotes, is_standalone
from .indirect import cue_above, indirect_quotes, outermost, phrase_head
from .parse import TEXT_KEY, QuoteMention, char_tokens, doc_text, is_cue, is_title
from .stretches import Quoted, quoted_stretches
from .transcripts import transcript_turns


def find_quotes(doc: Doc) -> tuple[list[QuoteMention], set[int]]:
    """All quotations of a parsed Doc in text order (reported speech nested in reported
    speech stands under the outer one), and the token indices of every verb of saying that
    introduces reported content, nested ones included."""
    quoted = Quoted(quoted_stretches(doc_text(doc)))
    turns = transcript_turns(doc)
    standalone, partial = [], {}
    for stretch in quoted.stretches:
        span = char_tokens(doc, stretch.start, stretch.end)
        if span is None or len(span) == 0:
            continue
        if any(t.start_char < stretch.end and stretch.start < t.end_char for t in turns):
            continue  # a transcript quoted whole: its turns are the quotations
        if is_standalone(doc, stretch):
            standalone.append(stretch)
            continue
        cue = cue_above(phrase_head(span), quoted)
        if cue is not None and not is_title(doc_text(doc)[stretch.start:stretch.end]):
            whole = char_tokens(doc, stretch.mark, stretch.outer_end(doc_text(doc)))
            partial.setdefault(cue.i, []).append(whole if whole else span)
    direct = direct_quotes(doc, quoted, standalone) + turns
    indirect = indirect_quotes(doc, quoted, direct, partial)
    marks = {s.start: s for s in standalone}
    cues = {q.cue.i for q in direct + indirect
            if q.cue is not None and is_cue(q.cue, REPORTING)}
    quotes = sorted(direct + outermost(indirect), key=lambda q: q.start_char)
    quotes = continue_quotes(doc, quotes, marks)
    doc.user_data.pop(TEXT_KEY, None)
    return quotes, cues


@Language.factory("newsevents_quotes", requires=[*PARSE, *doc_attrs("actors", "actor_at")],
                  assigns=assigns("newsevents_quotes"))
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    """The quotes stage (no settings: the conventions are news writing's)."""
    return QuotesComponent()


class QuotesComponent:
    """spaCy component: find quotations and their speakers."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes, doc._.speech_cues = find_quotes(doc)
        return doc
