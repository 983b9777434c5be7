"""Interview transcripts: paragraphs opening with 'NAME:' are turns of speech, the colon
their cue, when an article has two or more speakers so named.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .parse import QuoteMention, char_tokens, doc_text
from .stretches import trim_end

_TURN = re.compile(r"^[ \t]*(?:[\"“]|''|``)?([A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,2})"
                   r"(:)[ \t]+(?=\S)", re.MULTILINE)


def _names_a_speaker(doc: Doc, match: re.Match[str]) -> bool:
    """'PENCE:' or 'Mike Pence:' opening a turn, not 'Iowa:' opening a list or 'Update:'."""
    name = char_tokens(doc, match.start(1), match.end(1))
    if match.group(1).isupper() or name is None:
        return match.group(1).isupper()
    return any(t.ent_type_ == "PERSON" for t in name)


def transcript_turns(doc: Doc) -> list[QuoteMention]:
    """Interview transcripts: 'NAME: text' paragraphs, when an article has two or more."""
    turns = [m for m in _TURN.finditer(doc_text(doc)) if _names_a_speaker(doc, m)]
    if len({m.group(1) for m in turns}) < 2:
        return []
    out = []
    actor_at = doc._.actor_at or {}
    for m in turns:
        line_end = doc_text(doc).find("\n", m.end())
        end = trim_end(doc_text(doc), m.end(), len(doc_text(doc)) if line_end < 0 else line_end)
        name, colon = char_tokens(doc, m.start(1), m.end(1)), char_tokens(doc, m.start(2), m.end(2))
        speaker = next((actor_at[t.i] for t in name if t.i in actor_at), None) if name else None
        name_text = m.group(1) if len(m.group(1)) > 1 else None  # "Q:" and "A:" name nobody
        out.append(QuoteMention(m.end(), end, doc_text(doc)[m.end():end], True,
                                colon[0] if colon else None, speaker, name_text))
    return out


# --------------------------------------------------------------------------------------------
# Partial quotations and indirect speech
