"""Repairs of the small model's parse that every stage after the parser should see, made
once by the first of them (the ``actors`` stage). Each repair moves a token to the head the
sentence gives it, for a construction the model often gets wrong."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .extensions import TokenTable, entities, token_table
from .modality import STATEMENT_VERBS

TIME_LABELS = ("DATE", "TIME")


def repair(doc: Doc) -> None:
    """Apply every repair of this module to ``doc`` (its token table's heads are read anew
    after: a repair gives tokens new heads and changes nothing else the table holds)."""
    words = token_table(doc)  # (a Token only for the candidates)
    repaired = [_reattach_stranded_conjuncts(doc, words), _reattach_alleged_results(doc, words),
                _reattach_report_times(doc)]
    if any(repaired):
        words.reread_heads(doc)


def _reattach_report_times(doc: Doc) -> bool:
    """"Lai said on Wednesday he would defend ...": a time between a verb of saying and the
    subject of what it reports dates the saying; the model hangs it on the reported verb,
    which then seems to happen on Wednesday."""
    repaired = False
    for ent in entities(doc):
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


# Verbs of saying and asking: co-ordinated after a reported clause, they are the reporter's
# own next act ("warned that famine had spread and urged both sides to ..."), not reported.
SPEAKERS_NEXT_ACTS = {"urge", "call", "ask", "appeal", "demand", "add", "say", "warn", "vow",
                      "pledge", "promise", "insist", "deny", "reject", "condemn", "accuse",
                      "welcome", "announce", "express", "voice", "tell"}


def _reattach_stranded_conjuncts(doc: Doc, words: TokenTable) -> bool:
    """Repair a parse the small model often gets wrong: a finite verb co-ordinated after a
    clause it cannot belong to hangs on that clause's head instead. "vowed to liberate the
    country and called on fighters to surrender": a past tense is no conjunct of an
    infinitive; "warned that famine had spread and urged both sides": a verb of saying after
    a reported clause is the speaker's. Without the repair the second act takes the first's
    modality (a promise, a report) and loses its doer."""
    repaired = False
    dep, tag, pos = words.dep, words.tag, words.pos
    for i in range(len(dep)):
        if dep[i] != "conj" or tag[i] != "VBD" or pos[i] != "VERB":
            continue
        token = doc[i]
        if any(c.dep_ in ("nsubj", "csubj", "nsubjpass") for c in token.children):
            continue
        # up as many clauses as it cannot belong to: "said Lebanon did not want to be
        # dragged into a war and urged the UN to ..." is said's conjunct, not want's
        while (head := token.head).head.i != head.i:
            # (a passive infinitive too: "to be dragged")
            infinitive = head.dep_ == "xcomp" and head.tag_ in ("VB", "VBN") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
            reported = head.dep_ == "ccomp" and token.lemma_.lower() in SPEAKERS_NEXT_ACTS \
                and head.head.pos_ == "VERB"
            if not (infinitive or reported):
                break
            token.head = head.head
            repaired = True
    return repaired


# Verbs that blame someone for an act named by a gerund after "of" or "for"
BLAMING_VERBS = {"accuse", "blame", "charge", "condemn", "criticise", "criticize", "denounce",
                 "fault", "suspect"}


def _reattach_alleged_results(doc: Doc, words: TokenTable) -> bool:
    """Repair: a participle after a comma that tells a result ("injuring one sailor",
    "killing two nurses") hung on a verb of blaming is the result of the act blamed on
    someone: "Manila accused the coast guard of ramming a boat, injuring a sailor" tells no
    injury done by Manila. It is hung on the blamed act's gerund, whose doer and
    modality it then shares."""
    repaired = False
    dep, tag = words.dep, words.tag
    for i in range(1, len(dep)):
        if dep[i] != "advcl" or tag[i] != "VBG" or words.text[i - 1] != ",":
            continue
        token = doc[i]
        head = token.head
        if head.lemma_.lower() not in BLAMING_VERBS or head.i > i:
            continue
        blamed = next((g for prep in head.children if prep.dep_ == "prep"
                       and prep.lower_ in ("of", "for") and prep.i < i
                       for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
        if blamed is not None:
            token.head = blamed
            repaired = True
    return repaired
