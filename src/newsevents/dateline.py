"""Datelines: "KYIV, March 4 (Reuters) -" opens a wire report and is not part of its first
sentence. Used by the ``nlp`` stage (to start a sentence after it) and by ``actors`` (the
article's country)."""

from __future__ import annotations

from spacy.tokens import Doc

from .words import DASHES

MAX_DATELINE_TOKENS = 14


def dateline_end(doc: Doc, start: int = 0) -> int | None:
    """Index of the first word after a dateline that opens at token ``start``, if any: an
    upper-case place name, then a dash within a few tokens; or a capitalised place name
    whose dateline closes with the agency in brackets ("Khartoum (Reuters) -"), as web
    copies of wire reports print it. Without the brackets a capitalised word before a dash
    is as likely the subject of an aside ("Sudan's army - the stronger side - ...")."""
    first = doc[start] if start < len(doc) else None
    if first is None or not (first.is_alpha and len(first) > 2
                             and (first.is_upper or first.is_title)):
        return None
    for token in doc[start + 1 : start + MAX_DATELINE_TOKENS]:
        if token.text in DASHES and token.i + 1 < len(doc):
            if first.is_upper or doc[token.i - 1].text == ")":
                return token.i + 1
            return None
    return None
