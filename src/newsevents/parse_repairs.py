"""Repairs of the small model's parse that every stage after the parser should see, made
once by the first of them (the ``actors`` stage). Each repair moves a token to the head the
sentence gives it, for a construction the model often gets wrong."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .extensions import forget_token_table
from .modality import STATEMENT_VERBS

TIME_LABELS = ("DATE", "TIME")


def repair(doc: Doc) -> None:
    """Apply every repair of this module to ``doc`` (its token table is read anew after)."""
    if _reattach_report_times(doc):
        forget_token_table(doc)


def _reattach_report_times(doc: Doc) -> bool:
    """"Lai said on Wednesday he would defend ...": a time between a verb of saying and the
    subject of what it reports dates the saying; the model hangs it on the reported verb,
    which then seems to happen on Wednesday."""
    repaired = False
    for ent in doc.ents:
        if ent.label_ not in TIME_LABELS:
            continue
        phrase = _time_phrase(ent.root)
        verb = phrase.head
        reporter = verb.head
        if verb.dep_ != "ccomp" or reporter.lemma_.lower() not in STATEMENT_VERBS \
                or not reporter.i < phrase.i < verb.i:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and phrase.i < subject.left_edge.i:
            phrase.head = reporter
            repaired = True
    return repaired


def _time_phrase(root: Token) -> Token:
    """The preposition that opens a time's phrase ("on Wednesday"), or the time itself
    ("said Wednesday he would")."""
    return root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
