"""The ``events`` stage: clause-level triggers -> PLOVER events with arguments and modality.

In:  a parsed ``Doc`` annotated by the earlier stages: ``doc._.actors`` / ``doc._.actor_at``
     (who), ``doc._.places`` / ``doc._.place_at`` (where), ``doc._.times`` (when),
     ``doc._.quotes`` (who speaks), and ``doc._.published``.
Out: ``doc._.events``, a list of :class:`EventMention`: the trigger token and lexicon entry,
     actor and recipient mention indices, modality, place and time indices and a confidence.

The stage reads annotations only; it never calls the other stages. Triggers come from the
event lexicon (``data/lexicon.yaml``), and so do the facts of each event type that argument
finding reads (whether the object is the doer's own means, whether an "of" phrase is the
doer, whether the event happens where its object is). The rule-based confidence comes from
the fields of :class:`ConfidenceSettings` (the factory's ``confidence`` config); it is one of
the features (:func:`candidate_features`) from which the confidence model
(:mod:`newsevents.confidence`, config ``model_path``) gives each candidate its calibrated
confidence, the probability that a human coder codes it.

Arguments come from the dependency parse: the agent is the subject (or the ``by`` phrase of a
passive, or the controller of an infinitive), the recipient the object, indirect object or a
prepositional object; nominal events take their arguments from possessives, modifiers and
``by``/``between``/``with``/``on`` phrases, or from the light verb that carries them ("held
talks with", "launched strikes on").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .confidence import ConfidenceModel, load_model
from .datafiles import iso3_of
from .dateline import headline_line_end
from .extensions import (
    PARSE,
    TokenTable,
    assigns,
    doc_attrs,
    register_extensions,
    sentence_of,
    token_table,
)
from .lexicon import EventType, Lexicon, Trigger, load_lexicon
from .modality import (
    ALLEGATION_NOUNS,
    COMMITMENT,
    CONDITION_MARKS,
    DENIAL_VERBS,
    HISTORICAL_DAYS,
    OWN_INTENT_NOUNS,
    READINESS,
    STATEMENT_VERBS,
    TIME_MARKS,
    TRANSPARENT,
    acts_as_verb,
    attempted,
    carrier,
    commitment_verb,
    coordinated_head,
    headline_infinitive,
    intended_by,
    kept_from,
    modality_of,
    past_clause,
    purpose_clause,
    said_beside_an_infinitive,
    scheduled_or_asked,
    unhesitating,
    verb_lemmas,
)
from .parse_repairs import SPEAKERS_NEXT_ACTS, attack_nouns
from .quotes.cues import REPORTING
from .timex import first_day, last_day
from .words import (
    CIRCUMSTANCE_PREPS,
    DESTINATION_PREPS,
    DOMESTIC_TITLE_SECTORS,
    EACH_TO_EACH_VERBS,
    EQUIPMENT_NOUNS,
    FUTURE_AUX,
    KIN_WORDS,
    LOCAL_OFFICES,
    LOCATIVE_PREPS,
    MEDIA_NOUNS,
    PAIR_NOUNS,
    PAIR_WORDS,
    PAST_FUTURE_AUX,
    PERSON_PRONOUNS,
    PLACE_NOUNS,
    POSTED_ROLES,
    QUANTITY_NOUNS,
    SECURITY_FORCES,
    SETTLER_NOUNS,
    WATER_WORDS,
    WHEREABOUTS_PREPS,
    names_a_game,
)

# Nouns of a call whose "from" phrase names the caller: "received a call from Macron".
CALL_NOUNS = frozenset({"call", "phone", "telephone"})
RECIPIENT_PREPS = {"with", "to", "against", "on", "at", "toward", "towards", "upon", "into",
                   "onto", "between"}
# Prepositions by which a meeting frames a clause's act in time ("after talks with")
FRAMING_PREPS = {"after", "before", "during", "following"}
# Those of them that name no partner of an act of cooperation (see recipients_of_verb)
SETTING_PREPS_OF_COOPERATION = {"at", "against"}
SUBJECT_DEPS = {"nsubj", "csubj"}
OBJECT_DEPS = {"dobj", "dative", "attr", "oprd", "nsubjpass"}
# Verbs of calling someone, whose infinitive after a person called is the caller's purpose.
PHONING_VERBS = {"call", "phone", "telephone", "ring"}
# Particles of a call that is an appeal or a summons: "called on", "called upon", "called in"
APPEAL_PARTICLES = {"on", "upon", "in", "up", "out", "for"}
# Verbs whose infinitive complement is done by their object: "urged Russia to withdraw".
OBJECT_CONTROL = {"urge", "ask", "call", "press", "order", "force", "persuade", "tell",
                  "allow", "invite", "encourage", "request", "push", "pressure", "help",
                  "authorize", "authorise", "instruct", "appeal", "warn", "accuse", "blame",
                  # "prompted China to call for", "led Russia to withdraw": the object does it
                  "prompt", "cause", "compel", "oblige", "drive", "spur", "lead", "convince",
                  "enable", "permit", "empower", "want", "expect",
                  # "sentenced Dodik for defying the envoy", "praised Kenya for leading":
                  # whom an act is punished, blamed or praised in is its doer
                  "sentence", "jail", "imprison", "convict", "fine", "punish", "arrest",
                  "detain", "charge", "indict", "prosecute", "sue", "criticise", "criticize",
                  "condemn", "rebuke", "reprimand", "praise", "thank", "commend", "reward"}
# Verbs that carry an event noun without adding meaning: "held talks", "launched strikes".
LIGHT_VERBS = {"hold", "launch", "carry", "conduct", "stage", "make", "give", "take", "begin",
               "start", "continue", "resume", "mount", "order", "impose", "sign", "reach",
               "pay", "have", "organise", "organize", "lead", "join", "intensify", "escalate",
               "step", "deliver", "provide", "send", "offer", "announce", "declare", "unleash",
               "perform", "undertake", "stag", "initiate", "host", "attend", "wage",
               "oversee", "supervise",  # "Kim oversaw the test of a missile": his state's
               "extend", "grant", "issue", "file", "lodge", "level", "express", "voice",
               "trade", "exchange",  # "traded accusations", "exchanged fire": each to each
               "keep", "sustain", "maintain",  # "kept up their attacks"
               "renew",  # "renewed their attacks", as "resumed"
               "complete", "finish"}  # "completed the withdrawal": they withdrew
# Verbs by which one has a plan or bid of one's own: the light verbs ("made an attempt",
# "announced a plan") and those that make, pursue or drop one.
AUTHORING_VERBS = LIGHT_VERBS | {"unveil", "hatch", "propose", "draw", "present", "outline",
                                 "renew", "pursue", "abandon", "drop", "shelve", "revive"}
PRONOUNS = {"he", "she", "it", "they"}
# Verbs that report a nominal event as happening: "clashes erupted", "the attack killed five".
OCCURRENCE_VERBS = {"take", "erupt", "break", "occur", "happen", "begin", "start", "end",
                    "resume", "continue", "kill", "injure", "wound", "leave", "destroy", "damage",
                    "hit", "target", "claim", "spread", "escalate", "intensify", "follow",
                    "come", "conclude", "open", "close", "last", "turn", "force", "prompt"}
FIRST_PERSON = {"we", "i", "us", "our", "my"}
# The dependencies of a noun's own modifiers before it: "joint" (amod), "training" (compound).
NOUN_MODIFIER_DEPS = {"amod", "compound", "nmod"}


@dataclass(frozen=True)
class ConfidenceSettings:
    """How sure the stage is of an event: the trigger's weight (how reliably it signals its
    type, from the lexicon) times these factors, as :func:`_confidence` combines them."""

    # The share of the weight a trigger keeps with neither doer nor recipient named; a doer
    # adds the most (who did it is what event data counts), a recipient less: with both, the
    # whole weight (0.55 + 0.3 + 0.15 = 1).
    base: float = 0.55
    actor: float = 0.3
    recipient: float = 0.15
    noun_without_actor: float = 0.85  # "the shelling" says less than "troops shelled"
    unanchored: float = 0.5  # a bare mention of an event noun ("the war"), not reported as
    # happening: scores about 0.2, under the coder's default cut of 0.25
    ceiling: float = 0.99  # no rule is certain
    deverbal: float = 0.8  # a noun spelt like a verb trigger ("the release") is less sure
    announced: float = 0.9  # the verbal event an announcement amounts to ("vowed to strike")
    obligation: float = 0.7  # the trigger weight of "said X must ...", a demand of X
    offered_help: float = 0.6  # of "is ready to contribute to the talks", an intent to help


DEFAULT_CONFIDENCE = ConfidenceSettings()
# The cut for the rule-based confidence alone (no model): bare mentions of an event noun
# ("the war") score about 0.2.
RULE_THRESHOLD = 0.25


@dataclass
class EventMention:
    trigger: Trigger
    token: Token
    sentence: Span
    actors: list[int] = field(default_factory=list)
    recipients: list[int] = field(default_factory=list)
    modality: str = "asserted"
    place: int | None = None
    time: int | None = None
    confidence: float = 0.5
    # A nominal event is anchored when the text reports it as happening (participants, a light
    # verb, a verb of occurrence, its own time or place), not merely names it ("the war").
    anchored: bool = True
    derived: bool = False  # implied by another event (an announced intent, a refusal)
    # its place is where its doers travelled to ("flew to Lusaka for talks"): not their home
    journey: bool = False
    # it happened away from the dateline, which the text does not let stand in for its place
    elsewhere: bool = False
    # a commitment not dated by the time of the act it commits to (see _commitments)
    time_withheld: bool = False
    rule_confidence: float = 0.5  # what :func:`_confidence` gives, one feature of the model
    features: dict[str, float] = field(default_factory=dict)  # what the model read

    @property
    def trigger_chars(self) -> tuple[int, int]:
        modifiers = self.trigger.modifiers
        first = self.token.doc[max(self.token.i - len(modifiers), 0)]
        if modifiers and first.lemma_.lower() != modifiers[0]:  # parted by other words
            first = next((c for c in self.token.lefts if c.lemma_.lower() == modifiers[0]),
                         first)
        return first.idx, self.token.idx + len(self.token.text)


def _objects(token: Token, preps: frozenset[str] | None = None) -> list[Token]:
    """Object-like dependents of a trigger (and the noun a past participle describes), with
    their conjuncts ("troops and tanks") and
    what a quantity counts ("thousands of troops": troops). Objects of prepositions count
    only for the prepositions in ``preps`` (``None``: any), so that "sent warships into the
    waters" is not "sent water"."""
    found = []
    for child in token.children:
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "xcomp" and child.tag_ == "VBG"):
            found.append(child)  # an act named by a gerund is one too: "stopped fighting"
        elif child.dep_ in ("prep", "agent", "prt") and (preps is None or child.lower_ in preps):
            found += [g for g in child.children if g.dep_ == "pobj"]
            if preps is not None:  # "walked out of the talks": "of" under a named particle
                found += [g for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"]
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN") \
            and not _misparsed_main_verb(token):
        # a past participle describing a noun has it as its object: "the statement released
        # by the ministry", "troops deployed to the border"
        found.append(token.head)
    found += [c for t in found for c in t.conjuncts]
    return found + [g for t in found if t.lemma_.lower() in QUANTITY_NOUNS
                    for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]


# Complements that make a verb's object something said of it, not the one it is done to:
# "called the senator a liar", "called the vote illegitimate".
SECOND_COMPLEMENT_DEPS = {"oprd", "acomp", "ccomp"}


def _actor_object(token: Token, kinds: frozenset[str]) -> Token | None:
    """The direct object of ``token`` when it names an actor of one of ``kinds`` and no
    second complement says something of it ("Macron called Putin": Putin; "called the
    president a liar": None)."""
    children = list(token.children)
    if any(c.dep_ in SECOND_COMPLEMENT_DEPS for c in children):
        return None
    actor_at, actors = token.doc._.actor_at or {}, token.doc._.actors or []
    return next((c for c in children if c.dep_ == "dobj" and c.i in actor_at
                 and actors[actor_at[c.i]].info.kind in kinds), None)


def _children_with_deps(token: Token, deps: Container[str],
                        leave_out: Container[int] = ()) -> list[Token]:
    """``[c for c in token.children if c.dep_ in deps and c.i not in leave_out]``, read
    from the token table: a Token only for the children kept (the event stage asks this of
    every trigger, several times)."""
    words = token_table(token.doc)
    dep, doc = words.dep, token.doc
    return [doc[c] for c in words.children[token.i] if dep[c] in deps and c not in leave_out]


def _one_phrase_split_in_two(verb: Token, titles: Container[int]) -> Token | None:
    """The head of a subject the parser split into two subjects side by side, nothing
    between them: "Sudan's paramilitary Rapid Support Forces attacked" has the subjects
    "paramilitary" (with "Sudan's") and "Forces"; the second names who acts."""
    subjects = _children_with_deps(verb, SUBJECT_DEPS, titles)
    if len(subjects) == 2 and subjects[0].right_edge.i + 1 == subjects[1].left_edge.i \
            and _name_ending_a_phrase(subjects[1]) is None:
        return subjects[1]
    return None


def _name_ending_a_phrase(subject: Token) -> Token | None:
    """The subject before ``subject`` when ``subject`` is a name that ends its "of" phrase,
    which the parser made a second subject ("The mother of the missing student Ali Hassan
    urged ...": the mother urged, Hassan is the student); else None."""
    verb = subject.head
    before = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS
                   and c.right_edge.i + 1 == subject.left_edge.i), None)
    if subject.pos_ == "PROPN" and before is not None \
            and any(c.dep_ == "prep" for c in before.children):
        return before
    return None


def _misparsed_main_verb(verb: Token) -> bool:
    """A sentence's main verb the parser took for a participle (see :func:`_misparsed_subject`)."""
    return _misparsed_subject(verb) is not None


# Verbs whose participle names what it describes ("a village called Yaroun"): an object is
# no sign that they are the sentence's main verb
NAMING_VERBS = {"call", "name", "know", "dub", "title", "label", "nickname"}


def _misparsed_subject(verb: Token) -> Token | None:
    """The subject of a sentence's main verb the parser took for a participle describing a
    noun: "Israeli airstrikes killed 25 people" parsed as airstrikes (root) "killed" (acl).
    A past participle with a direct object of its own on a noun that heads the sentence is
    active; so it is when the noun was taken for the subject of the report that follows
    ("Israeli air strikes killed 25 Palestinians, health officials said"), and when it
    hangs on the place of the sentence's head ("UN peacekeepers in the area called on both
    sides to exercise restraint": the peacekeepers call). None when the verb is no such."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return None
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    if has_object and (head.dep_ == "ROOT" or (
            head.dep_ == "nsubj" and head.head.i > verb.i and head.head.lemma_ in TRANSPARENT
            and any(c.dep_ == "nsubj" and c.i > verb.i for c in head.head.children))):
        return head
    prep = head.head
    root = prep.head
    if has_object and head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "with" \
            and root.dep_ == "acl" and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head  # "gunmen armed with rifles killed 70 people": the gunmen kill
    if head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS \
            and root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") and (
                any(c.dep_ == "xcomp" for c in verb.children)
                or (has_object and verb.lemma_.lower() not in NAMING_VERBS)):
        return root
    return None


def _a_date_phrase(child: Token) -> bool:
    """A prepositional phrase whose object is a date or a time ("on Tuesday", "at noon")."""
    return child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                                        for g in child.children)


class _Companions:
    """What a token's trigger entries check their companions against, read once per token
    (a verb has dozens of entries, each with its particle, prepositions or objects)."""

    def __init__(self, token: Token):
        self.token = token
        # (read from the token table: a Token only for a preposition, to see its object)
        words = token_table(token.doc)
        lower, dep, kids = words.lower, words.dep, words.children
        children = kids[token.i]
        # (word, dependency); not a phrase of time, which names no companion: "called
        # President Erdogan on Tuesday" is no "call on"
        self.children = [(lower[c], dep[c]) for c in children
                         if dep[c] != "prep" or not _a_date_phrase(token.doc[c])]
        # "called for the president to resign": the parser makes the preposition the mark
        # of the infinitive clause that is its object
        self.marks = {lower[m] for c in children if dep[c] in ("advcl", "xcomp", "ccomp")
                      for m in kids[c] if dep[m] == "mark" and m < c}
        self._before: dict[int, tuple[str, ...]] = {}
        self._objects_with: dict[frozenset[str], dict[str, Token]] = {}
        self._words_with: dict[tuple[str, ...], frozenset[str]] = {}

    def words_with(self, deps: tuple[str, ...]) -> frozenset[str]:
        """The words of the children whose dependency is one of ``deps``: read once per
        tuple of dependencies, as every entry of the token tests its companions against
        the same few (``particle in words_with(...)`` is ``any(word == particle and dep in
        deps for word, dep in children)``)."""
        found = self._words_with.get(deps)
        if found is None:
            found = self._words_with[deps] = frozenset(word for word, dep in self.children
                                                       if dep in deps)
        return found

    @cached_property
    def lemmas(self) -> dict[str, Token]:
        """The token's objects (:func:`_objects`) by lemma (see :func:`_by_lemma`)."""
        return _by_lemma(_objects(self.token))

    def objects_with(self, preps: frozenset[str]) -> dict[str, Token]:
        """The token's objects by lemma, objects of prepositions only for those in ``preps``
        (``_by_lemma(_objects(token, preps))``): read once per set of prepositions, as a
        verb's entries with objects mostly share theirs (the caller does not change it)."""
        found = self._objects_with.get(preps)
        if found is None:
            found = self._objects_with[preps] = _by_lemma(_objects(self.token, preps))
        return found

    @cached_property
    def subjects(self) -> frozenset[str]:
        """The lemmas of the token's active subject (with its conjuncts and what a quantity
        counts, "thousands of troops"), or of the verb it is a conjunct or complement of
        ("troops began arriving"); of a passive, its "by" agent ("stones were thrown by
        the crowd"); for a relative pronoun, the noun it stands for ("demonstrators, who
        hurled stones")."""
        verb = self.token
        while not any(c.dep_ == "nsubj" for c in verb.children) \
                and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        found = [c for c in verb.children if c.dep_ == "nsubj"] or [
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if verb.dep_ == "relcl" and any(t.tag_ in ("WP", "WDT") for t in found):
            found = [verb.head]
        found += [c for t in found for c in t.conjuncts]
        found += [g for t in found if t.lemma_.lower() in QUANTITY_NOUNS
                  for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
        return frozenset(t.lemma_.lower() for t in found)

    @cached_property
    def left_modifiers(self) -> tuple[str, ...]:
        """The lemmas of the noun's own modifiers before it, in order ("joint", "naval",
        "training" of "joint naval training exercises")."""
        return tuple(c.lemma_.lower() for c in self.token.lefts if c.dep_ in NOUN_MODIFIER_DEPS)

    def before(self, n: int) -> tuple[str, ...]:
        """The lemmas of the ``n`` words before the token (fewer at the start of the Doc)."""
        found = self._before.get(n)
        if found is None:
            token = self.token
            found = self._before[n] = tuple(t.lemma_.lower()
                                            for t in token.doc[max(token.i - n, 0):token.i])
        return found


# Nouns of money charged or paid for something, which their compound names ("fuel taxes",
# "food prices", "water bills"): cutting them cuts no fuel, food or water.
CHARGE_NOUNS = {"tax", "price", "bill", "cost", "rate", "tariff", "subsidy", "levy", "duty",
                "fee", "charge", "toll", "taxis"}  # (the lemmatiser's "taxis" of "taxes")


def _by_lemma(objects: list[Token]) -> dict[str, Token]:
    """Objects by lemma, a hyphenated one by its joined form too ("announced a cease-fire"
    has the object "ceasefire"), and an object by its compound noun ("received the foreign
    minister Sergei Lavrov" has the object "minister", "deployed peacekeeping forces"
    "peacekeeping")."""
    found = {}
    for o in objects:
        found[o.lemma_.lower()] = o
        if o.tag_ == "VBG":  # "stopped fighting": the act's noun, as the lexicon lists it
            found.setdefault(o.lower_, o)
        if o.i >= 2 and o.nbor(-1).text == "-":  # "a cease-fire": "ceasefire"
            found.setdefault(o.nbor(-2).lower_ + o.lemma_.lower(), o)
        # a title of a name, a kind of a noun: "the foreign minister Sergei Lavrov",
        # "peacekeeping forces"; not what a charge or a price is on ("cut fuel taxes"), nor
        # whose or what a report is ("sent the police report to the court")
        if o.lemma_.lower() in CHARGE_NOUNS or o.lemma_.lower() in REPORT_NOUNS:
            continue
        for modifier in o.lefts:
            if modifier.dep_ == "compound" and modifier.pos_ == "NOUN":
                found.setdefault(modifier.lemma_.lower(), o)
    return found


# Verbs whose object is the other side's act, fought off: "repelled an attack by the rebels"
# reports the rebels' attack and the army's fighting, two events, where "launched an attack"
# is one.
COUNTER_VERBS = {"repel", "repulse", "fend", "thwart", "foil"}



RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


def _passive_on_its_noun(verb: Token) -> bool:
    """A passive relative clause whose subject is the relative pronoun, so that the noun it
    describes is done to ("Sonko, who had been sentenced", "the grid, which was struck"); not
    "the ministry, where they were dispersed"); or a passive infinitive with no subject of
    its own ("the first president to be detained")."""
    if verb.dep_ != "relcl":
        return False
    children = list(verb.children)
    return any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_PRONOUNS for c in children) \
        or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children))


# Verbs whose direct object is the doer's instrument: "used force", "employed drones".
INSTRUMENT_VERBS = {"use", "employ", "wield"}

# Verbs of giving whose direct object may be the receiver and "with" the thing given.
GIVING_WITH = {"provide", "supply", "equip", "furnish", "arm", "present", "help", "assist"}


def _matches(trigger: Trigger, token: Token, seen: _Companions) -> Token | None | bool:
    """Whether the trigger's companions are present (``seen``: the token's, read once);
    returns the object token it needs."""
    # (each test of a child's word and dependency is a set look-up, the sets read once per
    # token: a verb has dozens of entries)
    if trigger.particle and trigger.particle not in seen.words_with(("prt", "prep", "advmod")):
        return False
    if trigger.particle and not trigger.object and not trigger.prep \
            and any(dep == "dobj" for _, dep in seen.children) \
            and trigger.particle not in seen.words_with(("prt", "advmod")):
        return False  # "gave a speech in front of": a phrase after an object, no "give in"
    if trigger.prep \
            and seen.words_with(("prep", "prt", "agent", "dative")).isdisjoint(trigger.prep) \
            and not seen.marks & trigger.prep:
        return False
    if trigger.lemma == "call" and trigger.prep & COURTESY_PREPS \
            and (trigger.event == "CONSULT") != _a_courtesy_call(token):
        return False  # "called on the President" visits him; "called on X to act" asks
    modifiers = trigger.modifiers  # "drone strike": the words before the head must match
    if modifiers and (token.i < len(modifiers) or seen.before(len(modifiers)) != modifiers) \
            and not (trigger.pos == "noun" and _in_order(modifiers, seen.left_modifiers)):
        return False
    if trigger.not_prep and not seen.words_with(("prep", "prt")).isdisjoint(trigger.not_prep):
        return False
    if trigger.mode == "weapons" and trigger.prep & AIMING_PREPS \
            and not _fired_into_open_water(token):
        return False  # "fired rockets into northern Israel" is no test
    if trigger.not_object and trigger.not_object & seen.lemmas.keys():
        return False
    if trigger.intransitive and _a_true_object(token):
        return False
    if trigger.thing_object and not _a_thing_object(token):
        return False
    if trigger.object_kind and _actor_object(token, trigger.object_kind) is None:
        return False
    if trigger.subject and not trigger.subject & seen.subjects:
        return False
    if trigger.not_subject and trigger.not_subject & seen.subjects:
        return False
    if trigger.object and token.lemma_.lower() in NAMING_VERBS \
            and any(dep in SECOND_COMPLEMENT_DEPS for _, dep in seen.children):
        return False  # "called the referendum unnecessary" says what it is: no vote called
    if trigger.object:
        companions = trigger.prep | ({trigger.particle} if trigger.particle else set())
        if trigger.lemma in GIVING_WITH:  # "provided the army with rifles"
            companions = companions | {"with"}
        direct = seen.objects_with(frozenset(companions))
        hit = trigger.object & direct.keys()
        return direct[sorted(hit)[0]] if hit else False
    return True


# Prepositions by which a missile is fired somewhere ("into the sea", "toward the Sea of
# Japan"): a test when that is open water, an attack when it is a country or a town.
AIMING_PREPS = frozenset({"into", "toward", "towards"})
# Nouns of open water a test missile falls into ("the sea", "waters off its east coast").
OPEN_WATER = WATER_WORDS | {"water"}


def _fired_into_open_water(token: Token) -> bool:
    """Whether a verb's "into" or "toward" phrase names open water ("fired a missile into
    the sea", "toward the Sea of Japan", "into waters off its coast"), where a test launch
    falls: no town or country it attacks."""
    return any(g.lemma_.lower() in OPEN_WATER for p in token.children
               if p.dep_ == "prep" and p.lower_ in AIMING_PREPS
               for g in p.children if g.dep_ in ("pobj", "dep"))  # (a headline's "dep")


def _missiles_fired_into_open_water(events: list[EventMention], lexicon: Lexicon) -> None:
    """A missile fired or launched at no one into open water is a test, no attack, where
    the lexicon's entry of "fire ... into" did not read it: the parser hung "into sea" on
    the missile ("North Korea fires ballistic missile into sea"), or the verb is "launch"
    ("launched a missile into the sea")."""
    test = next((t for t in lexicon.verbs.get("fire", []) if t.event == "MOBILIZE"
                 and t.prep & AIMING_PREPS), None)
    if test is None:
        return
    for event in events:
        if event.trigger.event != "ASSAULT" or event.trigger.pos != "verb" \
                or event.trigger.lemma not in ("fire", "launch") or event.recipients:
            continue
        missiles = [c for c in event.token.children if c.dep_ == "dobj"
                    and c.lemma_.lower() in test.object]
        # (the phrase on the missile, or on "launch", which the entry of "fire" does not read)
        if missiles and any(_fired_into_open_water(t) for t in (event.token, *missiles)):
            event.trigger = replace(test, lemma=event.trigger.lemma)


# Prepositions of a call paid on someone: "called on the President".
COURTESY_PREPS = frozenset({"on", "upon"})
# Dependencies by which a call on someone says what is asked: "called on Israel to allow".
ASKING_DEPS = frozenset({"xcomp", "ccomp", "advcl"})


def _a_courtesy_call(verb: Token) -> bool:
    """Whether "called on X" is a courtesy call, as South Asian and Gulf state media write
    it ("Field Marshal Munir called on Prime Minister Shehbaz Sharif"): the "on" phrase
    names a person or a one-person office, and the verb asks for nothing (no clause, no
    "for" phrase); "called on Israel to allow aid" and "called on Monday for calm" ask."""
    children = list(verb.children)
    if any(c.dep_ in ASKING_DEPS or (c.dep_ == "prep" and c.lower_ == "for")
           for c in children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in COURTESY_PREPS and any(
        g.dep_ == "pobj" and not any(k.dep_ in ("acl", "relcl") for k in g.children)
        and (g.ent_type_ == "PERSON" or g.lemma_.lower() in COURTESY_HOSTS)
        for g in c.children) for c in children)


# Prepositions of place the tagger takes for adjectives, making their noun an object:
# "gathered outside parliament", "demonstrated outside the embassy".
PLACE_PREPOSITIONS = {"outside", "inside", "near", "opposite", "behind", "beside", "around"}


def _a_true_object(token: Token) -> bool:
    """Whether the verb has a direct object that is no place misparsed as one."""
    return any(c.dep_ == "dobj" and not _a_date_phrase(c)
               and not any(g.dep_ == "amod" and g.lower_ in PLACE_PREPOSITIONS and g.i < c.i
                           for g in c.children)
               for c in token.children)


def _a_thing_object(token: Token) -> bool:
    """Whether the verb has a true direct object (see :func:`_a_true_object`) that names no
    actor and is no person's name: a thing ("returned the fossils"), not "the minister"."""
    actor_at = token.doc._.actor_at or {}
    return _a_true_object(token) and not any(
        c.dep_ == "dobj" and (c.i in actor_at or c.ent_type_ in ("PERSON", "NORP", "GPE"))
        for c in token.children)


def _in_order(words: tuple[str, ...], among: tuple[str, ...]) -> bool:
    """Whether ``words`` occur in ``among`` in this order, other words between allowed: a
    noun's named modifiers may be parted by others ("joint naval training exercises" are
    joint exercises, "joint military training drills" joint military drills)."""
    rest = iter(among)
    return all(word in rest for word in words)


Match = tuple[Trigger, Token | None]  # a trigger and the object it needs, if any

# The copula, which the tagger calls an auxiliary even where it is a clause's own verb: the
# lexicon may list it with a preposition, its object and a subject ("troops were on high
# alert": forces on alert); an auxiliary of another verb ("were stationed") has no children
# and matches nothing.
COPULAS = {"be"}


def _a_copula(token: Token) -> bool:
    """Whether the token is a copula heading its own clause, not another verb's auxiliary."""
    return token.pos_ == "AUX" and token.lemma_.lower() in COPULAS \
        and token.dep_ not in ("aux", "auxpass")


# The parts of speech of the words :func:`may_trigger` can let through.
TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})


def may_trigger(lexicon: Lexicon, pos: str, lemma: str, lower: str) -> bool:
    """Whether :func:`match_trigger` can find any lexicon entry for a token of this part of
    speech, lower-case lemma and lower-case form (a verb, a noun, a verb tagged as a noun):
    read from the token table, so that callers pass over the many tokens that cannot trigger
    without making them. Keep in step with match_trigger."""
    if pos == "VERB" or (pos == "AUX" and lemma in COPULAS):
        return lemma in lexicon.verbs
    if pos == "NOUN":  # a verb tagged as a noun ("bombing"), a noun, a deverbal noun
        return lower.endswith(("ing", "ed")) or lemma in lexicon.nouns \
            or lower in lexicon.nouns or lemma in lexicon.verbs
    return pos == "PROPN" and lemma in lexicon.nouns


def _a_hyphened_description(token: Token) -> bool:
    """A participle joined by a hyphen to who did it, before a noun ("Pakistan-occupied
    Kashmir", "rebel-held Goma", "Israeli-occupied Golan Heights"): a standing state that
    names the place, no act reported."""
    doc = token.doc
    return token.tag_ == "VBN" and 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "-" \
        and doc[token.i + 1].pos_ in ("NOUN", "PROPN")


def _a_word_of_a_name(token: Token, args: ArgumentFinder) -> bool:
    """A verb inside an organisation's name ("the Group to Support Islam and Muslims", "the
    Committee to Protect Journalists") names the body's aim: it is no act. The name is a
    mention of the actors stage, or, where NER found none, capitalised words around "to"
    and the verb ("the Movement to Defend the Republic")."""
    at = args.actor_at.get(token.i)
    if at is not None:
        mention = args.actors[at]
        return mention.info.kind == "organization" and mention.end - mention.start > 2
    doc = token.doc
    headline_end = headline_line_end(doc) or 0  # (a headline capitalises every word)
    return token.is_title and token.i >= max(2, headline_end) \
        and doc[token.i - 1].lower_ == "to" and doc[token.i - 2].is_title \
        and not doc[token.i - 2].is_sent_start


def match_trigger(lexicon: Lexicon, token: Token,
                  deverbal: float = DEFAULT_CONFIDENCE.deverbal) -> Match | None:
    """The most specific lexicon entry that this token triggers, with its object if any
    (``deverbal``: the factor of a noun read as its verb's trigger, see ``_deverbal``)."""
    if token.pos_ == "VERB" or _a_copula(token):
        candidates = lexicon.verbs.get(token.lemma_.lower(), [])
    elif acts_as_verb(token):
        candidates = next((found for lemma in verb_lemmas(token)
                           if (found := lexicon.verbs.get(lemma))), [])
    elif token.pos_ in ("NOUN", "PROPN") and (token.dep_ != "compound" or _an_effort(token)) \
            and token.ent_type_ in ("", "EVENT", "NORP"):  # not "March" the month
        candidates = lexicon.nouns.get(token.lemma_.lower(), [])
        if not candidates and token.pos_ == "NOUN":
            candidates = lexicon.nouns.get(token.lower_, []) or _deverbal(lexicon, token, deverbal)
    else:
        return None
    if not candidates:
        return None
    seen = _Companions(token)
    for trigger in candidates:
        result = _matches(trigger, token, seen)
        if result is not False:
            return trigger, (result if isinstance(result, Token) else None)
    return None


# Nouns of a go-between, whose "between" parties are the ones it acts for, not its doers.
MEDIATION_NOUNS = {"mediation", "facilitation", "arbitration", "good offices"}
# Triggers of a go-between's act, verbs and nouns: those who mediate are no side
MEDIATING_WORDS = MEDIATION_NOUNS | {"mediate", "broker", "facilitate", "arbitrate", "mediator"}
# Nouns by which a "with" phrase names who helped an act along, not whom it was done with:
# "with the help of Turkey", "with the mediation of the UAE".
HELPING_NOUNS = MEDIATION_NOUNS | {"help", "assistance", "support", "backing", "involvement"}
# Nouns that an event noun before them names the kind of: "a mediation effort", "a rescue
# operation" are the mediation and the rescue. Not "process": "the withdrawal process" began
# is a withdrawal, but "the approval process takes years" names no approval.
EFFORT_NOUNS = {"effort", "initiative", "mission", "operation", "bid", "campaign", "drive",
                "attempt"}
# Nouns of a bundle of measures, which their "of" phrase or modifier names: "a package of
# sanctions" is the sanctions, "an aid package" aid; the lexicon reads a bare one as aid
# ("approved a package"), which another named type overrides. (Blocking a package is a
# refusal whatever it holds.)
BUNDLE_NOUNS = {"package", "tranche"}
# ... and the nouns of a batch of measures adopted together ("a new round of sanctions"),
# and the verbs by which those who take them adopt one (not "blocked a package of tariffs")
BATCH_NOUNS = BUNDLE_NOUNS | {"round", "wave", "set", "raft", "series", "batch"}
ADOPTING_VERBS = {"approve", "adopt", "agree", "announce", "impose", "unveil", "pass",
                  "introduce", "endorse", "finalise", "finalize"}
BUNDLED_TYPE = "AID"


def _an_effort(compound: Token) -> bool:
    """A compound word before an effort noun ("mediation" in "a mediation effort")."""
    return compound.dep_ == "compound" and compound.head.lemma_.lower() in EFFORT_NOUNS


def _named_by_its_object(verb: Token, trigger: Trigger, obj: Token | None,
                         named: dict[int, Trigger], lexicon: Lexicon) -> bool:
    """A light verb whose object is an event noun named with its modifiers ("staged joint
    drills", "held a combined exercise") carries that event: the compound says what the
    event is (joint drills are cooperation, drills alone a show of force), not the verb.
    Not where the modifiers do not change what the bare noun is: "signed a peace deal" is
    signing, as "signed a deal" is."""
    noun = named.get(obj.i) if obj is not None else None
    if noun is None or noun.event == trigger.event or verb.lemma_.lower() not in LIGHT_VERBS:
        return False
    bare = {t.event for t in lexicon.nouns.get(noun.head, []) if not t.modifiers}
    return noun.event not in bare or noun.head not in trigger.object


# Verbs that say what measures aim at, read as attacks out of place: "agreed sanctions,
# targeting its gas sector", "imposed tariffs hitting Chinese cars".
AIMING_VERBS = {"target", "hit"}


def _aim_of_measures(verb: Token, trigger: Trigger, kinds_at: dict[int, str]) -> bool:
    """A participle of aiming after a clause whose object is an event of another type (or
    a batch of one: "a package of sanctions") says what that event aims at, no attack of
    its own."""
    if trigger.lemma not in AIMING_VERBS or verb.tag_ != "VBG" \
            or verb.dep_ not in ("advcl", "xcomp", "conj", "acl"):
        return False
    objects = [verb.head] if verb.dep_ == "acl" else [
        c for c in verb.head.children if c.dep_ == "dobj"]
    for obj in objects:
        nouns = [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj")]
        if any(kinds_at.get(n.i, trigger.event) != trigger.event for n in nouns):
            return True
    return False


def _a_contest_by_other_means(obj: Token | None, trigger: Trigger) -> bool:
    """An attack verb whose object is a contest fought by other means ("launched a trade
    war", "waged a legal battle"): no attack (see :data:`FIGURATIVE_CONFLICT`)."""
    return obj is not None and trigger.event == "ASSAULT" and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in FIGURATIVE_CONFLICT
        for c in obj.children)


# Nouns of an operation that surgeons, too, carry out ...
PROCEDURE_NOUNS = {"operation", "procedure"}
# ... and the modifiers that make one of them surgery: "carried out free surgical operations
# for displaced people" (a military medical mission) is no military operation.
MEDICAL_MODIFIERS = {"surgical", "medical", "eye", "cataract", "heart", "cardiac", "dental",
                     "corrective", "reconstructive", "cosmetic", "orthopaedic", "orthopedic"}


def _a_medical_operation(obj: Token | None, trigger: Trigger) -> bool:
    """An attack verb whose object is an operation on patients (see
    :data:`MEDICAL_MODIFIERS`): no attack."""
    return obj is not None and trigger.event == "ASSAULT" \
        and obj.lemma_.lower() in PROCEDURE_NOUNS and any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in MEDICAL_MODIFIERS
            for c in obj.children)


# Nouns of a state's measures on others, whose modifier names the state that takes them
OWNED_MEASURE_NOUNS = {"tariff", "duty", "levy", "sanction", "embargo", "quota"}
# ... of which those whose "of" phrase is their owner ("the tariffs of Trump", "sanctions of
# the EU", as translated copy writes them); an embargo or a blockade "of Cuba" is on Cuba
OWNERS_OF_MEASURES = OWNED_MEASURE_NOUNS - {"embargo", "quota"}
# Nouns of something asked or offered whose "of" phrase is who asks or offers it: "at the
# request of the US side", "at the invitation of President Xi", "the proposal of Egypt".
AUTHORS_OF_NOUNS = {"request", "demand", "appeal", "proposal", "initiative", "suggestion",
                    "invitation"}
# Nouns of traded goods, whose origin is who a tariff or a ban on them is aimed at.
GOODS_NOUNS = {"import", "export", "good", "product", "commodity", "steel", "aluminium",
               "aluminum", "oil", "gas", "crude", "lng", "car", "vehicle", "grain", "wheat",
               "fertiliser", "fertilizer", "coal", "timber", "seafood", "shipment", "cargo",
               "chip", "semiconductor", "item", "merchandise", "produce"}
# The phrases through which a measure names the goods it is on: "tariffs on imports",
# "a ban on exports", "imports of oil".
GOODS_PREPS = {"on", "of", "against", "for"}


def _whose_goods(trigger: Token, args: ArgumentFinder) -> list[int]:
    """The states goods come from, for a measure on them ("imposed tariffs on imports from
    Mexico and Canada", "banned imports of Russian oil"): "from" phrases and modifiers of
    the goods nouns in the trigger's object and its phrases, three steps down."""
    found: list[int] = []
    frontier = [trigger]
    for _ in range(3):
        nouns = [g for node in frontier for c in node.children
                 for g in ((c,) if c.dep_ == "dobj" else c.children if c.dep_ == "prep"
                           and c.lower_ in GOODS_PREPS else ())
                 if g.dep_ in ("dobj", "pobj")]
        for noun in nouns:
            if noun.lemma_.lower() not in GOODS_NOUNS:
                continue
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ == "from":
                    found += args.pobj_actors(child)
                elif child.dep_ in ("amod", "compound", "nmod", "poss") \
                        and child.i in args.actor_at:
                    found.append(args.actor_at[child.i])
        frontier = nouns
    return _unique(found)


# Verbs of replying to an act, whose "with" phrase names the reply: "retaliated with tariffs".
REPLY_VERBS = {"retaliate", "respond", "react", "reply", "answer", "counter"}


def _a_reply_with(noun: Token) -> Token | None:
    """The verb of replying whose "with" phrase ``noun`` heads ("Ottawa would retaliate with
    tariffs"): the noun's act is the reply, by the verb's subject, with its modality."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.lemma_.lower() not in REPLY_VERBS:
        return None
    return prep.head


# Words of a falsehood: what is "provided" with them deceives, no sharing of intelligence.
FALSEHOOD_WORDS = {"false", "fake", "misleading", "fabricated", "inaccurate", "bogus",
                   "forged", "fraudulent", "untrue"}


def _a_falsehood_given(obj: Token | None, trigger: Trigger) -> bool:
    """A cooperation verb whose object is false ("had provided false information when
    entering the country"): deceit, no cooperation."""
    return obj is not None and trigger.event == "COOPERATE" and any(
        c.dep_ == "amod" and c.lower_ in FALSEHOOD_WORDS for c in obj.children)


def _retaliation_in_kind(verb: Token, trigger: Trigger, kinds_at: dict[int, str]) -> bool:
    """An attack verb whose "with" phrase names an act of another type ("would retaliate
    with tariffs", "hit back with sanctions"): that act is the reply, no attack."""
    return trigger.event == "ASSAULT" and any(
        p.dep_ == "prep" and p.lower_ == "with"
        and any(kinds_at.get(g.i, "ASSAULT") != "ASSAULT" for g in p.children if g.dep_ == "pobj")
        for p in verb.children)


def _an_effort_of_another_kind(obj: Token | None, trigger: Trigger,
                               kinds_at: dict[int, str], lexicon: Lexicon) -> bool:
    """The verb's object is an effort noun that a trigger of another type names ("conducted a
    search and rescue operation", "launched a relief operation"): the operation is that act,
    the verb's own reading ("conducted an operation", an assault) is not. Not a noun the
    verb's trigger itself asks for: "ended its mediation efforts" halts the mediation
    (SANCTION 165), as "ended the mediation" does."""
    lemma = obj.lemma_.lower() if obj is not None else ""
    bundle = lemma in BUNDLE_NOUNS and trigger.event == BUNDLED_TYPE
    if obj is None or (lemma not in EFFORT_NOUNS and not bundle):
        return False
    names = [c for c in obj.children if c.dep_ in ("compound", "nmod")]
    if bundle:  # "approved a package of sanctions": no aid package
        names += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
    return any((kinds_at.get(n.i, trigger.event) != trigger.event
                and n.lemma_.lower() not in trigger.object)
               or (bundle and _names_another_type(lexicon, n, trigger))
               for c in names for n in (c, *c.conjuncts))


def _names_another_type(lexicon: Lexicon, noun: Token, trigger: Trigger) -> bool:
    """A modifier that is a noun trigger of the lexicon, only of types other than the
    trigger's ("a sanctions package": the parser gives "sanctions" no trigger of its own)."""
    types = {t.event for t in lexicon.nouns.get(noun.lemma_.lower(), ())}
    return bool(types) and trigger.event not in types


def _deverbal(lexicon: Lexicon, token: Token, factor: float) -> list[Trigger]:
    """A noun spelt like an unconstrained verb trigger names the same act ("the release",
    "their support", "a boycott"); less surely than the verb, so at ``factor`` its weight."""
    return [replace(t, pos="noun", weight=t.weight * factor)
            for t in lexicon.verbs.get(token.lemma_.lower(), [])
            if t.deverbal and not (t.object or t.prep or t.particle or t.modifiers)]


# Offices held by one person, and the people who speak or act for such a person: in "the
# president of Kenya's envoy" the possessive closes "the president of Kenya", whose envoy acts,
# though the parser hangs "Kenya's" on "envoy". Not "the leader of Hamas's delegation", who
# leads it, nor "the wife of Egypt's president".
ONE_PERSON_OFFICES = {"president", "king", "queen", "emir", "chancellor", "premier", "sultan",
                      "governor", "mayor", "pope"}
# Offices one calls on in person: "called on the Prime Minister".
COURTESY_HOSTS = ONE_PERSON_OFFICES | {"minister", "secretary", "chairman", "speaker"}
SUBORDINATE_ROLES = {"envoy", "emissary", "spokesman", "spokeswoman", "spokesperson",
                     "adviser", "advisor", "aide", "representative"}


def _subordinate_of_an_office(token: Token) -> Token | None:
    """The envoy, spokesman or adviser of "the president of Kenya's envoy", for its head
    noun "president"; None for any other phrase."""
    if token.lemma_.lower() not in ONE_PERSON_OFFICES:
        return None
    return next((g for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for g in prep.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in SUBORDINATE_ROLES
                 and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in g.children)), None)


FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def _said_beside_an_order(verb: Token) -> bool:
    """A participle of saying or accusing set off by a comma after the infinitive of an
    order or appeal (:func:`said_beside_an_infinitive`: "ordered the envoy to leave within
    48 hours, accusing Paris of ...", "urged residents to stay indoors, saying the fighting
    could spread"): it is the one who gives the order that speaks, not the one ordered (who
    does the infinitive's acts: "urged residents to flee, taking only their papers")."""
    if verb.tag_ != "VBG":  # (tested first: this runs for every verb whose doer is sought)
        return False
    order = said_beside_an_infinitive(verb)
    return order is not None and order.lemma_.lower() in OBJECT_CONTROL


def _name_has_a_nearer_title(token: Token, name_start: int) -> bool:
    """Whether the person named at the end of ``token``'s "of" phrase (from token
    ``name_start``) is not ``token``: a plural noun names a group, not the one person
    ("Supporters of Imran Khan"), and a common noun right before the name is the name's own
    title ("the lawyer of opposition leader Ahmed Farouk": Farouk is the leader, not the
    lawyer); "Minister of Foreign Affairs of Turkey Hakan Fidan" has a name before his."""
    if token.tag_ == "NNS":
        return True
    before = name_start - 1
    return before > token.i + 1 and token.doc[before].pos_ == "NOUN"


def _stranded_subject(verb: Token, actor_at: dict[int, int]) -> Token | None:
    """The subjects of a clause co-ordinated after ", and" that the parser took for more
    objects of the clause before: in "said the bloc regrets the decision, and Lithuania,
    Latvia and Estonia announced travel bans", "Lithuania" hangs on "decision" as its
    conjunct and "announced" has no subject. Returns the first of them ("Lithuania"), or
    None: only a finite verb without a subject, right after actors in such a list."""
    if verb.dep_ not in ("ccomp", "conj", "ROOT") or verb.i == 0 \
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    first = verb.doc[verb.i - 1]
    if first.dep_ != "conj" or first.i not in actor_at:
        return None
    while first.head.i in actor_at and first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    doc = verb.doc
    if first.dep_ != "conj" or first.head.i in actor_at or first.i < 2 \
            or doc[first.i - 1].lower_ != "and" or doc[first.i - 2].text != ",":
        return None
    return first


class ArgumentFinder:
    """Maps parse tokens to actor mentions, following the grammar of who does what."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.actor_at: dict[int, int] = doc._.actor_at or {}
        self.actors = doc._.actors or []
        self.quotes = doc._.quotes or []
        self.cue_speakers = {q.cue.i: q.speaker for q in self.quotes
                             if q.cue is not None and q.speaker is not None}
        # verb -> the first of the subjects the parser hung on the clause before (see
        # _stranded_subject), and every token of those subjects
        self.stranded: dict[int, Token] = {}
        words = token_table(doc)  # (a Token only for the finite verbs after a conjunct)
        tags, deps = words.tag, words.dep
        for i in range(1, len(tags)):
            if tags[i] in FINITE_TAGS and deps[i - 1] == "conj" and i - 1 in self.actor_at:
                first = _stranded_subject(doc[i], self.actor_at)
                if first is not None:
                    self.stranded[i] = first
        self.stranded_tokens = {t.i for first in self.stranded.values()
                                for t in (first, *first.conjuncts) if t.i > first.head.i}
        # actors_in by token, worked out once per article (a subject is asked for by its
        # verb's events and by the whereabouts): the answer reads only the parse, the
        # mentions' places and kinds, and the quotations, which the event stage leaves as
        # they are
        self._actors_in: dict[int, list[int]] = {}

    def actors_in(self, token: Token | None) -> list[int]:
        """Actor mentions a noun phrase names, with co-ordinated ones ("France and Poland")."""
        if token is None:
            return []
        found = self._actors_in.get(token.i)
        if found is None:
            found = self._actors_in[token.i] = self._actors_in_phrase(token)
        return list(found)  # (a copy: callers may add to it)

    def _actors_in_phrase(self, token: Token) -> list[int]:
        """:meth:`actors_in` of a token, worked out."""
        if token.lower_ == "they" and token.i not in self.actor_at:
            group = self._they_before(token)
            if group:
                return group
        found: list[int] = []
        named = self._named_after_title(token)
        joined = _appositions_after_and(token) if named is not None else []
        if named is not None:
            token = named
        token = _subordinate_of_an_office(token) or token
        for head in [token, *token.conjuncts, *joined]:
            if head.i in self.stranded_tokens and token.i not in self.stranded_tokens:
                continue  # the subjects of the next clause, which the parser hung here
            if head is not token:  # "X and his Argentine counterpart Javier Milei": Milei
                head = self._named_after_title(head) or head
            n = self._actor_of(head)
            if n is not None and n not in found:
                found.append(n)
            found += [m for m in self._listed_modifiers(head) if m not in found]
            found += [m for m in self._states_listed_after(head) if m not in found]
        return found

    def _states_listed_after(self, head: Token) -> list[int]:
        """"The presidents of Kyrgyzstan and Tajikistan signed": a plural role took the
        country of the first state of its "of" phrase; the states listed after it are
        parties too (their actors: the states)."""
        if head.tag_ != "NNS" or head.i not in self.actor_at \
                or self.actors[self.actor_at[head.i]].info.kind != "agent":
            return []
        return [self.actor_at[c.i] for p in head.children if p.dep_ == "prep"
                and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
                for c in g.conjuncts if c.i in self.actor_at
                and self.actors[self.actor_at[c.i]].info.kind == "state"]

    def _listed_modifiers(self, head: Token) -> list[int]:
        """"his French, German and British counterparts": the actors of the co-ordinated
        modifiers after the first (which :meth:`_actor_of` finds); of "Egyptian and Saudi
        officials", an actor itself, the countries its list adds."""
        # the left modifiers and their conjuncts as token indices, from the token table: a
        # Token only for a modifier with conjuncts (a "conj" on its right) to list them
        words = token_table(self.doc)
        dep, kids = words.dep, words.children
        listed = []
        for child in kids[head.i]:
            if child >= head.i or dep[child] not in ("amod", "compound", "nmod"):
                continue
            group = [child]
            if any(k > child and dep[k] == "conj" for k in kids[child]):
                group += [t.i for t in self.doc[child].conjuncts]
            listed += [i for i in group if i in self.actor_at]
        if head.i in self.actor_at:  # only the agents its list adds, not "Riot" or "EU"
            own = self.actor_at[head.i]
            if self.actors[own].info.kind == "person" and head.pos_ == "PROPN":
                return []  # a named person's modifiers are titles ("Minister ... Sergey Lavrov")
            return [n for n in (self.actor_at[i] for i in listed)
                    if n != own and self.actors[n].info.kind == "agent"]
        return [self.actor_at[i] for i in listed[1:]]

    def _named_after_title(self, token: Token) -> Token | None:
        """The name a title noun is followed by, parsed as its appositive ("Presidents Cyril
        Ramaphosa and Hakainde Hichilema", "the interior minister Kipchumba Murkomen"): the
        people named are the doers, not the title. Also set off by a comma ("the envoy,
        former Kenyan president Uhuru Kenyatta, met"): the role says who, the name which."""
        if token.lemma_.lower() in KIN_WORDS:
            # "the son of the president, Muhoozi K.,": the name after the phrase is the son's,
            # whichever noun the parser hangs it on
            owners = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]
            # (set off by a comma: "the family of the jailed activist Omar Haddad" names the
            # activist, whose title the name follows)
            # (or right after the kin word: "his sister Sanaa Seif staged a sit-in")
            return next((c for t in (token, *owners) for c in t.rights
                         if c.dep_ == "appos" and c.i in self.actor_at
                         and (token.doc[c.left_edge.i - 1].text == ","
                              or c.left_edge.i == token.i + 1)
                         and self.actors[self.actor_at[c.i]].info.kind == "person"), None)
        if token.i in self.actor_at and token.i + 1 < len(token.doc) \
                and token.nbor(1).lower_ == "of":
            last = token.right_edge  # "Minister of Foreign Affairs of Turkey Hakan Fidan"
            if last.i in self.actor_at and self._title_before_the_name(token, last):
                return last
        if token.pos_ != "NOUN" and not self._a_capitalised_title(token):
            return None
        for child in token.rights:
            if child.dep_ != "appos" or child.pos_ != "PROPN" or child.i not in self.actor_at:
                continue
            if child.left_edge.i == token.i + 1 or self._person_for_role(token, child):
                return child
        return None

    def _title_before_the_name(self, token: Token, last: Token) -> bool:
        """Whether ``token``, followed by an "of" phrase that ends in ``last`` (a mention),
        is the title of the person named there: a name ("Minister of Foreign Affairs of
        Turkey Hakan Fidan"), not a pronoun (in "a crowd of supporters who gathered to
        welcome him", the right edge of the relative clause), nor a name another title
        claims (:func:`_name_has_a_nearer_title`)."""
        person = self.actors[self.actor_at[last.i]]
        return person.info.kind == "person" and last.pos_ == "PROPN" \
            and not _name_has_a_nearer_title(token, person.start)

    def _a_capitalised_title(self, token: Token) -> bool:
        """A title the tagger took for a name for its capital ("Chile's President Gabriel
        Boric and ..."): a proper noun the actors stage read as a generic actor."""
        if token.pos_ != "PROPN" or token.i not in self.actor_at:
            return False
        mention = self.actors[self.actor_at[token.i]]
        # (an office the knowledge base filled is its holder: "President" as Gabriel Boric;
        # the title may have words before it: "Syria's interim President Ahmed al-Sharaa")
        return mention.info.kind in ("agent", "person") and mention.end - 1 == token.i

    def _person_for_role(self, role: Token, name: Token) -> bool:
        """Whether ``name``, after ``role`` and a comma, is a person and ``role`` a generic
        actor ("the envoy, Uhuru Kenyatta,"), not a thing ("the cruiser, Vincenzo Napolitano,")."""
        gap = name.left_edge.i - role.i
        return (gap == 2 and role.nbor(1).text == "," and role.i in self.actor_at
                and self.actors[self.actor_at[name.i]].info.kind == "person")

    def _actor_of(self, token: Token) -> int | None:
        if token.i in self.actor_at:
            return self.actor_at[token.i]
        if token.lower_ in FIRST_PERSON:
            return self._speaker_at(token.idx)
        if token.lower_ in PRONOUNS:
            reporter = self._reporter(token)
            if reporter is not None or token.lower_ not in ("he", "she"):
                return reporter
            return self._latest(token.i, "person")
        if token.lemma_.lower() in KIN_WORDS:
            return None  # "the son of the president", "his wife": not the president, not him
        if token.lemma_.lower() in EQUIPMENT_NOUNS:
            owner = self._owner_of_equipment(token)
            if owner is not None:
                return owner
        # "the city of Kharkiv", "Ukraine's cities", "Russian troops": look one level down;
        # "Russian drone strikes": two, through the compound
        for child in token.children:
            modifier = child.dep_ in ("poss", "compound", "amod", "appos", "nmod")
            if modifier and child.i in self.actor_at:
                return self.actor_at[child.i]
            if child.dep_ == "compound" and child.i == token.i - 1:
                owner = next((g for g in child.children if g.dep_ in ("amod", "compound")
                              and g.i in self.actor_at), None)
                if owner is not None:
                    return self.actor_at[owner.i]
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.i in self.actor_at:
                        return self.actor_at[pobj.i]
        return None

    def _reporter(self, pronoun: Token) -> int | None:
        """"Russia said it would retaliate": a subject pronoun in a reported clause is the
        reporting subject when that is an actor of a fitting kind."""
        clause = pronoun.head
        if clause.dep_ == "relcl" and clause.head.dep_ == "dobj" and pronoun.dep_ == "nsubj":
            # "seized a tanker, which it accused of smuggling": the subject of the verb
            # whose object the relative clause tells of; "said it had expelled the vessel,
            # which it accused": that subject's reporter
            clause = clause.head.head
            own = self._subject_of_kind(clause, pronoun)
            if own is not None:
                return own
        if clause.dep_ == "conj" and clause.head.dep_ == "ccomp" \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            clause = clause.head  # "said 26 were killed and that it had shot down": a
            # second reported clause
        if pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ not in ("ccomp", "xcomp"):
            return None
        saying = clause.head
        if saying.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in saying.children):
            # "Baghdad condemned the strikes and said it would summon the envoy": the
            # co-ordinated verb's subject is the first verb's
            saying = saying.head
        return self._subject_of_kind(saying, pronoun)

    def _they_before(self, pronoun: Token) -> list[int]:
        """"Abiy and Hassan signed a declaration. They agreed to ...": "they" opening its
        sentence as the subject, with no one reporting it, is the subject before it when that
        names two or more actors (or a plural one). Empty otherwise."""
        if pronoun.dep_ not in SUBJECT_DEPS or self._reporter(pronoun) is not None:
            return []
        table = token_table(self.doc)
        start = table.sentence_start(pronoun.i)
        if pronoun.left_edge.i != start or start == 0:
            return []
        before = self.doc[table.sentence_start(start - 1)].sent.root
        subject = next((c for c in before.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            return []
        found = self.actors_in(subject)
        return found if len(found) > 1 or subject.tag_ in ("NNS", "NNPS") else []

    def _subject_of_kind(self, verb: Token, pronoun: Token) -> int | None:
        """The actor that is ``verb``'s subject, when it is of the kind ``pronoun`` stands
        for (a person for "he" and "she", any other for "it" and "they")."""
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.i in self.actor_at:
                n = self.actor_at[child.i]
                kind = self.actors[n].info.kind
                if (kind == "person") == (pronoun.lower_ in ("he", "she")):
                    return n
        return None

    def _owner_of_equipment(self, noun: Token) -> int | None:
        """"The rebels said their drones struck an airbase", "the army said its artillery
        shelled ...": weapons a possessive pronoun gives to someone act for their owner, the
        subject of the verb that reports their act (or, opening a sentence, of the sentence
        before) when it is an actor ("their" a plural one, "its" a singular one), as a
        pronoun subject does ("Russia said it would")."""
        poss = next((c.lower_ for c in noun.children
                     if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        clause = noun.head
        if poss is None or noun.dep_ not in SUBJECT_DEPS | {"nsubjpass"} or clause.i < noun.i:
            return None
        if clause.dep_ in ("ccomp", "xcomp"):
            owner_clause = clause.head
        elif clause.dep_ == "ROOT" and noun.left_edge.i == noun.sent.start \
                and noun.sent.start > 0:
            # "The Houthis said they attacked a ship. Their drones struck it": the
            # subject of the sentence before
            owner_clause = self.doc[noun.sent.start - 1].sent.root
        else:
            return None
        for child in owner_clause.children:
            if child.dep_ in SUBJECT_DEPS and child.i in self.actor_at:
                # a name's number is unknown ("the Houthis ... their", "Hamas ... its")
                plural = child.tag_ in ("NNS", "NNPS") or bool(child.conjuncts)
                agrees = child.tag_ in ("NNP", "PRP") or plural == (poss == "their")
                return self.actor_at[child.i] if agrees else None
        return None

    def _speaker_at(self, char: int) -> int | None:
        """The speaker of the quotation at ``char``: "we" and "I" are the speaker's, in
        quotation marks or not ("We are ready to attack, the commander said")."""
        for quote in self.quotes:
            if quote.start_char <= char < quote.end_char:
                return quote.speaker
        return None

    def latest_person(self, before: int) -> int | None:
        """The last person named before token ``before`` ("his residence": whose)."""
        return self._latest(before, "person")

    def _latest(self, before: int, kind: str) -> int | None:
        for n in range(len(self.actors) - 1, -1, -1):
            if self.actors[n].end <= before and self.actors[n].info.kind == kind:
                return n
        return None

    def _subjects_joined_as_two(self, verb: Token, titles: Container[int]) -> list[int]:
        """Two subjects joined by "and" that the parser hung on the verb side by side
        instead of as a conjunct ("President X and Prime Minister Y signed"): both do it."""
        subjects = _children_with_deps(verb, SUBJECT_DEPS, titles)
        if len(subjects) < 2 or not any(g.dep_ == "cc" and g.lower_ == "and"
                                        for g in subjects[0].children):
            return []
        found = [n for subject in subjects for n in self.actors_in(subject)]
        return list(dict.fromkeys(found)) if len(found) > 1 else []

    def agent_of(self, verb: Token, depth: int = 0) -> list[int]:
        """Who does what the verb says: subject, passive ``by`` phrase or controller."""
        if depth > 4:
            return []
        if verb.i in self.stranded:
            return self.actors_in(self.stranded[verb.i])
        titles = _titles_of_named_subjects(verb)
        joined = self._subjects_joined_as_two(verb, titles)
        if joined:
            return joined
        split = _one_phrase_split_in_two(verb, titles)
        if split is not None:
            found = self.actors_in(split)
            if found:
                return found
        for child in verb.children:  # a stray dateline may be a second subject: try each
            found = []
            if child.dep_ in SUBJECT_DEPS and child.i not in titles \
                    and _name_ending_a_phrase(child) is None:
                found = self.actors_in(child)
            elif child.dep_ == "agent":
                found = self.pobj_actors(child)
            if found:
                return found
        head = verb.head
        if verb.dep_ in ("advcl", "conj", "xcomp", "pcomp") and (
                _passive_without_subject(verb)
                or any(c.dep_ == "nsubjpass" for c in verb.children)):
            # "said it would retaliate if it is attacked", "entered the town and were
            # attacked": a passive's doer is its "by" phrase or unknown, not the first verb's
            return []
        if verb.dep_ == "advcl" and _named_subject(verb):
            # "recalled its envoy after a raid killed six soldiers", "fired tear gas after
            # stones were thrown": a subordinate clause with a subject of its own that is no
            # actor has an unknown agent, not the main clause's. A co-ordinated one keeps
            # it: "Russian forces shelled the city and a drone hit a hospital".
            return self._cue_speaker(verb)
        if verb.dep_ == "conj" and _named_by_a_name(verb):
            # "Park called off her visit and the North announced a ban": a clause whose
            # subject is a name of its own that is no actor has an unknown doer, not the
            # first clause's (a thing's subject keeps it: "... and a drone hit a hospital")
            return []
        if verb.dep_ == "advcl" and head.lemma_.lower() in TRANSPARENT \
                and verb.lemma_.lower() not in SPEAKERS_NEXT_ACTS:
            # "ships fired water cannon, the military said, injuring three sailors": the
            # participle goes with what is reported, not with who reports it; a speech act
            # with the reporter ("..., his family said, urging London to press for his
            # release")
            reported = [c for c in head.children if c.dep_ == "ccomp"]
            return self.agent_of(reported[0], depth + 1) if reported else []
        keeper = kept_from(verb)
        if keeper is not None:
            # "prevented protesters from storming the embassy": the protesters would
            return self._object_of_control(keeper)
        intent = intended_by(verb)
        if intent is not None:
            return self.intenders(intent, depth)
        if verb.dep_ in ("xcomp", "acl") and head.dep_ == "ROOT" \
                and head.pos_ in ("NOUN", "PROPN") and headline_infinitive(verb):
            return self.actors_in(head)  # "Japanese premier Ishiba to resign": the premier
        if _said_beside_an_order(verb):
            return self.agent_of(head.head, depth + 1)
        # "Sudan is willing to withdraw": through the adjective to the copula's subject.
        if verb.dep_ in ("xcomp", "pcomp", "advcl", "ccomp", "acomp") and head.i != verb.i:
            # "sentenced 12 men to death after convicting them": what the doer did before or
            # after, or by ("by hanging"), is the doer's own, not the object's whom an act is
            # punished for ("sentenced Dodik for defying")
            circumstance = head.dep_ == "prep" and (head.lower_ in CIRCUMSTANCE_PREPS
                                                    or head.lower_ == "by")
            if head.dep_ == "prep":  # "accused X of attacking": prep hangs off the verb
                blamed = _blamed_object(head)
                if blamed is not None:  # or off its object: the object's, or unknown
                    return self.actors_in(blamed)
                head = head.head
            # "pressed the company, threatening to strike": a participle is its subject's
            if head.lemma_.lower() in OBJECT_CONTROL and verb.dep_ != "ccomp" and not (
                    verb.dep_ == "advcl" and verb.tag_ == "VBG") and not circumstance \
                    and not self._phoned_to(head, verb):
                controller = self._object_of_control(head)
                if controller:
                    return controller
                if verb.dep_ == "pcomp" and any(c.dep_ == "dobj" for c in head.children):
                    return []  # "accused them of killing": whoever they are, not the accuser
            if verb.dep_ != "ccomp":
                found = self.agent_of(head, depth + 1)
                return [] if self._disagrees(verb, found) else found
        if verb.dep_ == "conj":
            first = coordinated_head(verb)
            done_to = [c for c in first.children if c.dep_ == "nsubjpass"]
            if done_to:
                # "the pontiff was welcomed by the minister and will meet the president": an
                # active verb joined to a passive shares its subject, not its "by" phrase
                return [n for c in done_to for n in self.actors_in(c)]
            return self.agent_of(first, depth + 1)
        subject = _misparsed_subject(verb)
        if subject is not None:
            return self.actors_in(subject)  # "Israeli airstrikes killed 25 people"
        if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                      for c in verb.children):
            # "the junta's decision to expel", "a plan by Moscow to annex", "a Russian plan
            # to annex": the noun's own doers
            return self.noun_arguments(head, of_is_actor=False)[0]
        if _passive_on_its_noun(verb):
            return []  # "Sonko, who had been sentenced": the noun is done to, by someone else
        if verb.dep_ == "relcl" and head.i not in self.actor_at \
                and head.lemma_.lower() in attack_nouns():
            # "the bombing of a school that killed 20 people": the attack's doers kill,
            # not its target
            return self.noun_arguments(head, of_is_actor=False)[0]
        if (verb.dep_ == "relcl" and not _named_subject(verb)
                and not _personal_pronoun_subject(verb)) or (
                verb.dep_ == "acl" and verb.tag_ == "VBG"):
            # "militants who attacked", "troops firing on"; not "Sudan, where fighting has
            # displaced thousands"
            found = self.actors_in(head)
            if head.dep_ == "conj" and head.i in self.actor_at \
                    and verb.i > 0 and verb.doc[verb.left_edge.i - 1].text == ",":
                # "clashes between the youths and the forces, who fired": the last one named
                found = [self.actor_at[head.i]]
            if not found and _a_text_its_author_speaks_by(head, verb) \
                    and head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
                # "the council adopted a resolution demanding a ceasefire": its authors'
                found = self.agent_of(head.head, depth + 1)
            return found
        return self._cue_speaker(verb)

    def _phoned_to(self, verb: Token, infinitive: Token) -> bool:
        """"Jara called Kast to congratulate him", "called his counterpart to discuss the
        crisis": a call to one person (no "on", no "upon") made to do something, which the
        caller does; not "called the parties to resume talks", "called on Kast to"."""
        if verb.lemma_.lower() not in PHONING_VERBS or infinitive.dep_ not in ("xcomp", "advcl") \
                or any(c.dep_ in ("prep", "prt") and c.lower_ in APPEAL_PARTICLES
                       and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
                       for c in verb.children):
            return False
        person = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if person is None or person.tag_ not in ("NN", "NNP"):
            return False
        at = self.actor_at.get(person.i)
        return (at is not None and self.actors[at].info.kind == "person") \
            or person.lemma_.lower() in ONE_PERSON_OFFICES | {"counterpart"}

    def intenders(self, noun: Token, depth: int) -> list[int]:
        """Whose plan, bid or call the noun is, and so who would do its infinitive: the
        noun's own doers ("Moscow's plan to annex"), or whoever makes, announces or drops
        a noun of their own intent ("launched a bid to seize the port"). Whoever foils,
        uncovers or rejects a plot, or gives an order, is not its doer."""
        own = self.noun_arguments(noun, of_is_actor=False)[0]
        if own or noun.dep_ != "dobj" or noun.lemma_.lower() not in OWN_INTENT_NOUNS \
                or noun.head.lemma_.lower() not in AUTHORING_VERBS:
            return own
        return self.agent_of(noun.head, depth + 1)

    def _disagrees(self, verb: Token, agents: list[int]) -> bool:
        """The clause's own pronoun subject cannot be those agents: "Erdogan threatened
        Sweden ... if it does not extradite": "it" is no person, nor "authorities" or
        "rebels"; "he" is no state."""
        pronoun = next((c.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.pos_ == "PRON"), None)
        kinds = {self.actors[n].info.kind for n in agents}
        if pronoun == "it":
            # ("Italian authorities seized the ship after it disobeyed orders": "it" is
            # no plural group named by a common noun)
            tags = token_table(verb.doc).tag
            return bool(kinds) and (kinds <= {"person"} or all(
                self.actors[n].info.kind == "agent" and tags[self.actors[n].end - 1] == "NNS"
                for n in agents))
        if pronoun in PERSON_PRONOUNS:
            return bool(kinds) and "person" not in kinds and kinds <= {"state", "organization"}
        return False

    def _cue_speaker(self, verb: Token) -> list[int]:
        """'"...," warned Iran's foreign minister': the speaker of the quote the verb cues."""
        speaker = self.cue_speakers.get(verb.i)
        return [speaker] if speaker is not None else []

    def _object_of_control(self, verb: Token) -> list[int]:
        """Who a verb of control ("urged", "accused") bids or blames: its object; in the
        passive its subject ("Kigali was accused of arming"), or the noun its participle
        describes ("the UAE, accused by Sudan of arming the RSF"), never its "by" phrase."""
        for child in verb.children:
            if child.dep_ in ("dobj", "dative"):
                return self.actors_in(child)
            if child.dep_ in ("prep", "prt") and child.lower_ == "on":  # "called on Russia to"
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                found = self.actors_in(pobj)
                if found:  # (not "ordered on Tuesday the administration to")
                    return found
            if child.dep_ == "nsubjpass":
                return self.actors_in(child)
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return self.actors_in(verb.head)
        return []

    def recipients_of_verb(self, verb: Token, consumed: Token | None,
                           own_object: bool = False, meeting: bool = False,
                           for_is_recipient: bool = False) -> list[int]:
        """Who the verb's event is done to: objects and prepositional objects. With
        ``own_object`` the trigger's required object is the actor's own means ("send troops",
        "withdraw forces") rather than its target; for a ``meeting`` "at" says where ("met
        the president at the Vatican"), not with whom; with ``for_is_recipient`` (a fact of
        the type) the object's "for" phrase is who it is for ("voiced support for Kenya")."""
        found: list[int] = []
        preps = RECIPIENT_PREPS - SETTING_PREPS_OF_COOPERATION if meeting else RECIPIENT_PREPS
        for child in verb.children:
            if child.dep_ == "dative" and child.pos_ == "ADP":
                found += self.pobj_actors(child)  # "granted bail to the opposition leader"
            elif child.dep_ in ("dobj", "dative", "nsubjpass"):
                freed = self._whose_release(child)
                found += [n for n in self.actors_in(child) if n not in freed]
                found += self._callers(child)
            elif child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.i > verb.i \
                    and child.i in self.actor_at:
                found.append(self.actor_at[child.i])  # "congratulated Dan": a name the
                # parser took for an adverbial (of time) is the object
            elif _venue_of_a_complaint(verb, child):
                found += self._against_the_venue(child)
            elif child.dep_ in ("prep", "prt") and child.lower_ in preps \
                    and not self._setting_of_the_deed(verb, child):
                found += self.pobj_actors(child)
            elif child.dep_ == "prep" and child.lower_ == "for" and consumed is not None \
                    and consumed.lemma_.lower() in WRIT_NOUNS:
                found += self._beneficiaries(child)  # "issued warrants on Monday for X"
            elif child.dep_ == "acl" and verb.dep_ == "relcl":
                continue
        # "imposed sanctions on Russia", "discussed the crisis with Ukraine": the prep may
        # hang off the object noun rather than the verb.
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i not in self.actor_at]
        if consumed is not None and not (consumed.i in self.actor_at
                                         and consumed.lemma_.lower() in POSTED_ROLES):
            objects = [consumed, *objects]  # not "summoned the ambassador to Iraq"
        for noun in objects:
            for child in noun.children:
                if _venue_of_a_complaint(verb, child):
                    found += self._against_the_venue(child)
                elif child.dep_ == "prep" and child.lower_ in preps:
                    found += self.pobj_actors(child)
                elif child.dep_ == "prep" and child.lower_ == "for" and (
                        for_is_recipient or noun.lemma_.lower() in WRIT_NOUNS):
                    found += self._beneficiaries(child)  # "issued warrants for X": against X
        if consumed is not None and own_object:  # "withdrew its troops": not a recipient
            own = {self.actor_at.get(t.i) for t in _means_listed(consumed)}
            found = [n for n in found if n not in own]
            if consumed.lemma_.lower() in POSTED_ROLES:
                # "recalled its ambassador to (or from, or in) Ethiopia": the state of the post
                found += [n for c in consumed.children if c.dep_ == "prep"
                          and c.lower_ in POST_PREPS for n in self.pobj_actors(c)]
        if (verb.dep_ == "acl" and verb.tag_ == "VBN" and not _misparsed_main_verb(verb)) \
                or _passive_on_its_noun(verb):
            # "protesters arrested by police", "Sonko, who had been sentenced"
            found += self.actors_in(verb.head)
        if verb.dep_ in ("conj", "advcl") and _passive_without_subject(verb):
            # "troops entered the town and were ambushed", "were detained and beaten", "would
            # close the strait if attacked": the first verb's subject
            found += [n for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                      for n in self.actors_in(c)]
        elif verb.dep_ == "pcomp" and _passive_without_subject(verb) \
                and verb.head.dep_ == "prep":
            # "threw stones before being dispersed": the main verb's subject
            found += [n for c in verb.head.head.children if c.dep_ in ("nsubj", "nsubjpass")
                      for n in self.actors_in(c)]
        return _unique(found)

    def _callers(self, obj: Token) -> list[int]:
        """Who made the call a verb's object names: "received a phone call from President
        Macron" is a call with Macron (the actors of the object's "from" phrase); no one
        for any other object."""
        if obj.lemma_ not in CALL_NOUNS:
            return []
        # (on the verb, too, after a time: "received a phone call today from X")
        return [n for p in (*obj.children, *obj.head.children)
                if p.dep_ == "prep" and p.lower_ == "from" for n in self.pobj_actors(p)]

    def _whose_release(self, noun: Token) -> list[int]:
        """Those a release noun's "of" phrase frees ("the release of the fishermen"), who are
        not asked to release anyone; its owner is ("the Houthis' release of the crew")."""
        if noun.lemma_.lower() not in FREEING_NOUNS or noun.i in self.actor_at:
            return []
        return [n for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                for n in self.pobj_actors(p)]

    def _setting_of_the_deed(self, verb: Token, prep: Token) -> bool:
        """"arrested Duterte at Manila's airport", "arrested him on an ICC warrant": once the
        verb has an actor as its object, an "at" or "on" phrase whose noun is no actor but
        only names one among its modifiers says where or on what grounds: no recipient."""
        if prep.lower_ not in ("at", "on") or not any(
                c.dep_ == "dobj" and c.i in self.actor_at for c in verb.children):
            return False
        nouns = [g for g in prep.children if g.dep_ == "pobj"]
        return bool(nouns) and not any(g.i in self.actor_at for g in nouns)

    def _against_the_venue(self, venue: Token) -> list[int]:
        """Whom a complaint filed "with" a body is against, when the parser hangs the
        "against" phrase on the body ("a complaint with the WTO against Canada")."""
        return [n for g in venue.children if g.dep_ == "pobj" for p in g.children
                if p.dep_ == "prep" and p.lower_ == "against" for n in self.pobj_actors(p)]

    def pobj_actors(self, prep: Token) -> list[int]:
        """The actors a prepositional phrase names; not a medium ("declared a coup on
        national television", "appealed on state radio") nor an instrument ("struck the
        positions with drones and helicopters"), nor the place a war is named after ("talks
        on the Ukraine crisis")."""
        # (the objects, their words and dependencies from the token table: a Token only for
        # the objects kept)
        table = token_table(self.doc)
        dep, lemmas, word = table.dep, table.lemma_lower, table.lower[prep.i]
        return [n for g in table.children[prep.i] if dep[g] == "pobj"
                and not (word == "on" and lemmas[g] in MEDIA_NOUNS)
                and not (word == "with" and lemmas[g] in EQUIPMENT_NOUNS)
                # "exchanged prisoners with the mediation of the UAE": a helper, no party
                and not (word == "with" and lemmas[g] in HELPING_NOUNS)
                # "a position on the Ukraine crisis": where a war is, no party to the act
                and (lemmas[g] not in THEATRE_NOUNS
                     or _theatre_of_a_war(self.doc[g], self.actor_at) is None)
                for n in self.actors_in(self.doc[g])]

    def _beneficiaries(self, prep: Token) -> list[int]:
        """Who a "for" phrase names: actors only, not those of an act it names ("a deal
        for the release of the hostages" is not for the hostages)."""
        return [n for g in prep.children if g.dep_ == "pobj" and g.i in self.actor_at
                for n in self.actors_in(g)]

    def noun_arguments(self, noun: Token, of_is_actor: bool, mediated: bool = False,
                       for_is_recipient: bool = False,
                       of_is_object: bool = False) -> tuple[list[int], list[int]]:
        """Actor and recipient of a nominal event from its own modifiers; ``of_is_actor``:
        an "of" phrase names the doer, ``for_is_recipient``: a "for" phrase names who it is
        for ("aid for Sudan"; facts of the event type, see the lexicon); ``mediated``: the
        parties "between" are all recipients ("a mediation between the parties"), not a
        doer and its counterpart ("talks between Israel and Hamas"); ``of_is_object``: the
        trigger's entry names its object by "of" ("a show of force"), neither party."""
        actors: list[int] = []
        recipients: list[int] = []
        theatre = _theatre_of_a_war(noun, self.actor_at)
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i in self.actor_at \
                    and child.i != theatre:
                actors.append(self.actor_at[child.i])
            elif child.dep_ == "prep":
                prep = child.lower_
                pobj_actors = self.pobj_actors(child)
                if prep == "by":
                    actors += pobj_actors
                elif prep in ("between", "among", "amongst"):
                    actors += [] if mediated else pobj_actors[:1]
                    recipients += pobj_actors if mediated else pobj_actors[1:]
                elif prep == "of" and of_is_object:
                    continue
                elif prep == "of":
                    doer = of_is_actor or _movers_of(noun, child) \
                        or noun.lemma_.lower() in OWNERS_OF_MEASURES \
                        or noun.lemma_.lower() in AUTHORS_OF_NOUNS
                    (actors if doer else recipients).extend(pobj_actors)
                elif prep in RECIPIENT_PREPS:
                    recipients += pobj_actors
                elif prep == "for" and for_is_recipient:
                    recipients += self._beneficiaries(child)
        return _unique(actors), _unique(recipients)


# Nouns of a war named after where it is fought: "the Ukraine war", "the Gaza conflict"; and
# of a truce named after where it holds: "the Lebanon ceasefire" is no act of Lebanon's.
THEATRE_NOUNS = {"war", "conflict", "crisis", "insurgency", "fighting", "ceasefire", "truce"}


def _theatre_of_a_war(noun: Token, actor_at: dict[int, int]) -> int | None:
    """The index of the one proper-noun compound of a war's noun ("the Ukraine war"): where
    the war is fought, no side of it ("the Israel-Hamas war" names its two sides)."""
    if noun.lemma_.lower() not in THEATRE_NOUNS:
        return None
    named = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i in actor_at]
    if len(named) != 1 or named[0].pos_ != "PROPN" or named[0].i + 1 != noun.i \
            or any(c.i in actor_at for c in named[0].children):  # "Israel-Hamas"
        return None
    return named[0].i


# Nouns of moving into or onto another's ground, whose "of" phrase is the mover when it
# names forces or craft ("the incursion of coast guard ships", "the advance of rebel
# fighters"), and the ground otherwise ("the invasion of Ukraine").
MOVEMENT_NOUNS = {"incursion", "intrusion", "invasion", "advance", "infiltration",
                  "encroachment", "entry", "push", "approach"}
MOVERS = SECURITY_FORCES | {"ship", "vessel", "boat", "warship", "aircraft", "jet", "warplane",
                            "plane", "helicopter", "drone", "tank", "fighter", "militant",
                            "rebel", "insurgent", "militia", "column", "convoy", "submarine"}


def _movers_of(noun: Token, of: Token) -> bool:
    """``of`` (an "of" phrase of ``noun``) names who moves in a movement noun."""
    return noun.lemma_.lower() in MOVEMENT_NOUNS and any(
        g.dep_ == "pobj" and g.lemma_.lower() in MOVERS for g in of.children)


# Participles by which a noun phrase names who an act is laid at, and their prepositions:
# "an attack blamed on the rebels", "a cyberattack attributed to Iran".
BLAMING = {"blame": "on", "attribute": "to", "pin": "on"}


def _blamed(noun: Token, args: ArgumentFinder) -> list[int]:
    """The actors an event noun's participle lays it at ("a bombing blamed on separatists"):
    the ones a reader is told did it, whoever says so."""
    return [n for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and c.lemma_.lower() in BLAMING for p in c.children
            if p.dep_ == "prep" and p.lower_ == BLAMING[c.lemma_.lower()]
            for n in args.pobj_actors(p)]


def _characterises_what_precedes(noun: Token) -> bool:
    """An event noun set off by a comma in apposition to a noun before it ("promised to
    stop kidnappings, a key demand of the government", "the blast, a suspected suicide
    bombing,") says what that is, no act of its own: its doer and modality would be the
    clause's, which are not its own."""
    doc = noun.doc
    if noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != ",":
        return False
    if noun.dep_ == "appos":
        return noun.head.pos_ == "NOUN" and noun.head.i < noun.i
    # the parser may hang it on the verb as a second object, after the complement it
    # restates ("promised to stop kidnappings, a key demand of ...")
    return noun.dep_ == "dobj" and any(
        c.dep_ in ("dobj", "xcomp", "ccomp") and c.i < noun.i for c in noun.head.children)


def _appositions_after_and(title: Token) -> list[Token]:
    """Appositions of ``title`` after "and" ("President William Ruto and his Ugandan
    counterpart Yoweri Museveni", with both parsed as appositions of "President"): the
    second person of a pair the parser did not join as conjuncts."""
    doc = title.doc
    return [c for c in title.rights if c.dep_ == "appos" and c.left_edge.i > 0
            and doc[c.left_edge.i - 1].lower_ == "and"]


# How a noun hangs on the verb whose participant it is.
VERB_ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "prep", "dative"}


def _participle_head(token: Token) -> Token:
    """The act a participle clause continues ("attacked the post, killing 12": attacked; "...
    the army said, killing 12": what the army said; "shelled the city, killing two and
    wounding five": shelled, for both), or the token itself."""
    if token.dep_ == "conj" and token.tag_ == "VBG" and token.head.dep_ == "advcl" \
            and token.head.tag_ == "VBG":
        token = token.head  # (the participle the parser joined this one to)
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.head.pos_ != "VERB":
        return token
    head = token.head
    if head.lemma_.lower() in TRANSPARENT:
        head = next((c for c in head.children if c.dep_ == "ccomp"), token)
    return head


def _partners_of_what_is_acted_on(noun: Token, args: ArgumentFinder) -> list[int]:
    """The actors a "with" phrase names on the "of" object of an event noun ("the severing
    of ties with Taipei"): the other side of what the act is done to."""
    return [args.actor_at[w.i] for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
            for obj in of.children if obj.dep_ == "pobj"
            for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for w in prep.children if w.dep_ == "pobj" and w.i in args.actor_at]


def _verb_of_the_noun(noun: Token) -> Token:
    """The verb a noun is an argument of, directly ("arrested the men") or through a
    preposition ("fired at the nurses"); the noun itself otherwise."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head
    head = noun.head
    return head if head.pos_ == "VERB" and noun.dep_ in VERB_ARGUMENT_DEPS else noun


def _titles_of_named_subjects(verb: Token) -> set[int]:
    """Subjects that are a title parsed apart from the name it precedes: "Presidents William
    Ruto and Yoweri Museveni met", "Sudan's army chief Abdel Fattah al-Burhan rejected" give
    the verb two subjects, the title noun and the name; the name is the doer."""
    subjects = _children_with_deps(verb, SUBJECT_DEPS)
    if len(subjects) < 2:
        return set()
    return {t.i for t in subjects if t.pos_ == "NOUN" and any(
        n.pos_ == "PROPN" and n.left_edge.i == t.i + 1 for n in subjects)}


# Conjunctions after which a bare past participle is a passive: "will retaliate if attacked".
ELLIPTIC_MARKS = {"if", "when", "unless", "once", "until", "whenever", "though", "although"}


def _blamed_object(prep: Token) -> Token | None:
    """The object of a verb of control that an "of" or "for" phrase hangs on, where the
    parser put it on the object rather than the verb ("accused the rebels of killing",
    "blamed the army for shelling"): the gerund's doer. None elsewhere."""
    noun = prep.head
    if prep.lower_ not in ("of", "for") or noun.dep_ != "dobj" \
            or noun.head.lemma_.lower() not in OBJECT_CONTROL:
        return None
    return noun


def _passive_without_subject(verb: Token) -> bool:
    """A passive verb with no subject of its own: "(were) ambushed", "detained and beaten"
    (a past participle co-ordinated with a passive), "if attacked" (a participle after a
    conjunction: the main clause's subject is the one attacked)."""
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return False
    return any(c.dep_ == "auxpass" for c in children) or (
        verb.tag_ == "VBN" and verb.dep_ == "conj"
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)) or (
        verb.tag_ == "VBN" and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ELLIPTIC_MARKS for c in children)
        and not any(c.dep_ == "aux" for c in children))


def _named_subject(verb: Token) -> bool:
    """The verb has a subject of its own that is a noun, not a pronoun that may stand for
    the main clause's ("it", "which") nor an expletive."""
    return any(child.dep_ in ("nsubj", "nsubjpass", "csubj") and child.pos_ in ("NOUN", "PROPN")
               for child in verb.children)


def _personal_pronoun_subject(verb: Token) -> bool:
    """The verb has a personal pronoun for its subject ("the vessel, which it accused"): a
    relative clause with a subject of its own, whose noun is no doer of it."""
    return any(child.dep_ in ("nsubj", "nsubjpass") and child.tag_ == "PRP"
               for child in verb.children)


def _named_by_a_name(verb: Token) -> bool:
    """The verb's own subject is a proper name ("the North", "Hamas")."""
    return any(child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "PROPN"
               for child in verb.children)


def _unique(items: Iterable[int]) -> list[int]:
    seen: list[int] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


# Nouns that name a standing body or agreement as often as the act of making one: an event
# only when a verb reports it being made, joined or ended ("forged an alliance").
INSTITUTIONS = {"alliance", "coalition", "pact", "treaty", "accord", "agreement", "deal",
                "partnership", "union", "bloc", "league", "federation"}
# Prepositions that turn "agree" into an agreement rather than an opinion.
AGREEMENT_PREPS = {"on", "to", "over", "upon", "about"}
# Auxiliaries by which what is agreed "that ..." is to be done ("agreed that talks would
# resume", "that troops should withdraw"), not a view of what is.
COMMITTING_AUX = FUTURE_AUX | PAST_FUTURE_AUX | {"should", "must", "shall", "to"}


# Texts and measures whose verbs say what they contain, not what anyone does: "the bill
# restricts press freedom", "the new sanctions target the banks". Their verbs of speech stay:
# "the resolution condemns X" is its authors' condemnation.
DOCUMENT_NOUNS = {"agreement", "deal", "accord", "treaty", "pact", "plan", "proposal", "draft",
                  "law", "bill", "resolution", "constitution", "framework", "roadmap",
                  "charter", "memorandum", "decree", "legislation", "measure", "sanction",
                  "regulation", "rule", "policy", "budget", "amendment", "clause", "provision",
                  "text", "document", "ordinance", "tariff", "package"}
# ... of which a resolution is voted by a body, and its verbs of speech are the body's
# ("the resolution condemns the attack"); the others' say what they provide for, which
# nobody asks by them ("the accord calls for the withdrawal of foreign troops": the accord's
# signing is the event, its terms are not acts of asking).
VOICING_DOCUMENTS = {"resolution"}


# Forces of nature, sickness and mishaps: what they kill, destroy or force is a disaster's
# toll, no one's act ("floods killed 40 people", "wildfires forced the evacuation of
# thousands"). "Fire" with a weapon or a source ("artillery fire", "fire from tanks") is
# shooting, and stays.
# The forces of nature among them, whose report tells its toll sentence after sentence
# without naming the cause again ("Floods kill 200. Thousands of houses were destroyed."):
# not fires, crashes or sickness, which may be someone's doing or are no toll of houses and
# lives in a region (see _a_disaster_report).
NATURAL_HAZARDS = {"flood", "flooding", "earthquake", "quake", "tremor", "aftershock", "storm",
                   "hurricane", "typhoon", "cyclone", "tornado", "monsoon", "rain", "rainfall",
                   "downpour", "snowstorm", "blizzard", "heatwave", "drought", "wildfire",
                   "bushfire", "landslide", "mudslide", "landslip", "avalanche", "tsunami",
                   "eruption"}
HAZARD_NOUNS = NATURAL_HAZARDS | {
    "snow", "lightning", "fire", "blaze", "inferno", "volcano", "virus", "disease", "outbreak",
    "epidemic", "pandemic", "cholera", "ebola", "measles", "malaria", "dengue", "influenza",
    "flu", "plague", "covid", "coronavirus", "typhoid", "accident", "crash", "collision",
    "derailment", "stampede", "disaster", "calamity", "collapse", "cave-in", "capsizing",
    "sinking", "shipwreck", "leak", "spill"}
# Mishaps that befall a thing, named with "of": "the collapse of a canopy", "the sinking of a
# ferry".
MISHAP_NOUNS = {"collapse", "cave-in", "capsizing", "sinking", "derailment", "crash"}
# What burns in a fire that is no shooting ("a forest fire", not "artillery fire").
FIRE_KINDS = {"forest", "bush", "brush", "grass", "house", "building", "factory", "kitchen",
              "electrical", "warehouse", "market", "peat", "crop", "hotel", "hospital"}
# Verbs of a mishap: a participle after them reports its toll ("a ferry capsized off the
# coast, killing 30"; "the building collapsed, burying dozens"), unless a weapon is what
# crashed ("a drone crashed into a block of flats, killing three").
MISHAP_VERBS = {"plunge", "crash", "overturn", "collide", "derail", "capsize", "sink",
                "collapse", "skid", "topple", "cave", "veer", "flip"}
WEAPON_NOUNS = {"drone", "missile", "rocket", "shell", "bomb", "mortar", "projectile",
                "grenade", "munition", "warhead", "device"}
CAUSE_DEPS = ("nsubj", "agent", "csubj")
# Road and rail vehicles, and what they run into: a vehicle hitting another or an obstacle is a
# collision ("his motorbike hit a lorry", "the car slammed into a tree"), and one hitting a
# person by the "by" of a passive an accident ("was hit by a bus"); a vehicle driven into a
# crowd is no collision, and stays an act.
VEHICLE_NOUNS = {"car", "bus", "minibus", "truck", "lorry", "van", "motorbike", "motorcycle",
                 "bicycle", "bike", "taxi", "tram", "train", "coach", "tractor", "tanker", "jeep"}
OBSTACLE_NOUNS = VEHICLE_NOUNS | {"tree", "wall", "pole", "barrier", "lamppost", "ditch",
                                  "embankment", "railing", "pylon"}
COLLISION_VERBS = {"hit", "strike", "smash", "slam", "ram", "plough", "plow", "crash", "run"}
# What blows up by mishap: "a gas explosion", "a boiler blast".
MISHAP_BLASTS = {"gas", "boiler", "methane", "firedamp", "dust"}
BLAST_NOUNS = {"explosion", "blast"}
# How a clause of circumstance tells what caused a death: "killed when his car crashed",
# "killed after being hit by a bus".
WHEN_MARKS = {"when", "as", "after"}
# What crashes, sinks or collapses by mishap in such a clause ("when their boat capsized");
# "after the talks collapsed" tells no accident.
MISHAP_THINGS = VEHICLE_NOUNS | {"plane", "aircraft", "airliner", "helicopter", "boat", "ship",
                                 "ferry", "vessel", "building", "bridge", "roof", "house",
                                 "mine", "dam", "tunnel", "scaffolding", "stage", "crane"}


def _a_hazard(noun: Token) -> bool:
    """A noun naming a force of nature or a mishap, not a weapon's fire."""
    if noun.dep_ == "agent":  # "killed by floods": the agent's noun
        noun = next((c for c in noun.children if c.dep_ == "pobj"), noun)
    # (a plural the tagger took for a name keeps its "s"; "measles" is lemmatised "measle")
    word = noun.lemma_.lower() if noun.lower_ not in HAZARD_NOUNS else noun.lower_
    if noun.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in HAZARD_NOUNS
                                    for c in noun.children):
        return True  # a storm's name: "Cyclone Pam", "Hurricane Maria", "Typhoon Haiyan"
    if word not in HAZARD_NOUNS and not (word.endswith("s") and word[:-1] in HAZARD_NOUNS):
        # "the collapse of a canopy that killed 15": the thing a mishap befell
        return noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.pos_ == "NOUN" and noun.head.head.lemma_.lower() in MISHAP_NOUNS
    if word != "fire":
        return True
    return not any((c.dep_ in ("compound", "nmod") and c.lemma_.lower() not in FIRE_KINDS)
                   or (c.dep_ == "prep" and c.lower_ == "from") for c in noun.children)


# Prepositions of what a fight is against: "battled against the flames", "fought with fire".
FOUGHT_PREPS = {"against", "with"}


# Verbs of what a win in a contest gains, after a verb of beating: "beat Alcaraz to win gold",
# "beat the champion to reach the final", "beat the incumbent to win the presidency".
WINNING_VERBS = {"win", "clinch", "retain", "reach", "claim", "advance", "secure"}


def _beaten_in_a_contest(verb: Token, trigger: Trigger) -> bool:
    """A beating done to win something ("Djokovic beats Alcaraz to win Olympic gold", "won
    best actress, beating the favourite"): a contest won, no assault. Not "to win back"
    what was lost ("beat the rebels to win back the town")."""
    if trigger.mode != "beat":
        return False
    if verb.dep_ in ("advcl", "conj") and verb.head.lemma_.lower() in WINNING_VERBS:
        return True  # "won best actress, beating the favourite"
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in WINNING_VERBS
               and not any(g.dep_ == "prt" for g in c.children) for c in verb.children)


# Verbs of fighting, whose object is the other side: a hazard or an ill there is no enemy.
FIGHTING_VERBS = {"fight", "battle", "combat", "tackle", "struggle", "confront"}
# Ills a policy fights, which no one attacks: "the bank battles inflation", "fight poverty".
ILLS_FOUGHT = {"inflation", "deflation", "poverty", "hunger", "unemployment", "corruption",
               "recession", "illiteracy", "obesity", "disinformation", "misinformation",
               "crime", "graft", "fraud", "inequality", "homelessness", "addiction"}


def _fought_against_a_hazard(verb: Token, trigger: Trigger) -> bool:
    """A verb of combat whose object is a force of nature, a sickness or an ill a policy
    fights ("firefighters battled wildfires", "sent planes to help Greece fight the
    blazes", "fighting against the epidemic", "the bank battles inflation"): crews, health
    workers and governments at work, no attack."""
    if trigger.event != "ASSAULT" or trigger.lemma not in FIGHTING_VERBS:
        return False  # (not "opened fire": the fire is the shooters' own)
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in FOUGHT_PREPS
        for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in ILLS_FOUGHT or _a_hazard(o) for o in objects)


def _a_mishap(verb: Token) -> bool:
    """An accident's verb with no object, whose subject is no weapon: "the bus plunged"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in MISHAP_VERBS:
        return False
    return not any(c.dep_ == "dobj" or (c.dep_ == "nsubj" and c.lemma_.lower() in WEAPON_NOUNS)
                   for c in verb.children)


def _a_collision(verb: Token) -> bool:
    """A vehicle running into another or into an obstacle ("his motorbike hit a lorry", "the
    bus slammed into a wall"), or a passive whose "by" is a vehicle ("was hit by a bus")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in COLLISION_VERBS:
        return False
    children = list(verb.children)
    agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if any(a.lemma_.lower() in VEHICLE_NOUNS for a in agents):
        return True
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in VEHICLE_NOUNS for c in children):
        return False
    hit = [c for c in children if c.dep_ == "dobj"]
    hit += [g for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(h.lemma_.lower() in OBSTACLE_NOUNS for h in hit)


def _a_mishap_blast(noun: Token) -> bool:
    """An explosion of gas or of a boiler, no bomb's: "killed in a gas explosion"."""
    return noun.lemma_.lower() in BLAST_NOUNS and any(
        c.dep_ in ("compound", "nmod", "amod") and c.lemma_.lower() in MISHAP_BLASTS
        for c in noun.children)


def _died_in_a_mishap(verb: Token) -> bool:
    """A passive verb of harm ("was killed") whose clause of circumstance tells an accident
    as the cause: "when his car crashed", "when their boat capsized", "when his motorbike
    hit a lorry", "after being hit by a bus"."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "after the convoy crashed, gunmen shot the survivors": an act
    clauses = [c for c in verb.children if c.dep_ == "advcl"
               and any(m.lower_ in WHEN_MARKS for m in c.children if m.dep_ in ("advmod", "mark"))]
    clauses += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in WHEN_MARKS
                for g in c.children if g.dep_ == "pcomp"]
    return any(_a_collision(c) or _in_a_mishap(c) or (_a_mishap(c) and any(
        s.dep_ == "nsubj" and s.lemma_.lower() in MISHAP_THINGS for s in c.children))
               for c in clauses)


def _in_a_mishap(clause: Token) -> bool:
    """A clause whose "in" phrase names an accident or a hazard ("after being run over in a
    traffic accident", "as the roof fell in the storm")."""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        g.dep_ == "pobj" and _a_hazard(g) for g in p.children) for p in clause.children)


# Names of a whole conflict: what one "has killed" or "has displaced" is its running toll,
# background to a report, not an event of it ("the war has displaced six million people";
# "fighting killed 12 people on Tuesday" is one, and stays).
CONFLICT_NOUNS = {"war", "conflict", "insurgency", "violence", "fighting", "crisis", "unrest",
                  "hostility", "bloodshed", "genocide", "occupation", "siege"}


def _a_running_toll(token: Token) -> bool:
    """A perfect-tense verb ("has killed", "have displaced") whose cause is a conflict."""
    if token.pos_ != "VERB" or token.tag_ != "VBN" \
            or not any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children):
        return False
    return any(c.lemma_.lower() in CONFLICT_NOUNS for c in _causes(token))


def _by_nature_or_mishap(token: Token) -> bool:
    """The event's cause is a hazard: the subject or "by" agent of its verb, of the verb a
    participle hangs on ("fire swept through the factory, killing 12"), or of the verb whose
    object a noun is ("floods forced the evacuation"); or a participle that tells a mishap's
    toll ("a bus plunged into a ravine, killing 18")."""
    left = _left_in(token)
    if left is not None:  # "the storm left 12 dead and 40 injured"
        return _by_nature_or_mishap(left)
    if token.tag_ == "VBG" and token.dep_ == "conj" and token.head.tag_ == "VBG" \
            and token.head.dep_ == "advcl":
        return _by_nature_or_mishap(token.head)  # "..., killing 40 and displacing thousands"
    verb = token
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "nsubjpass"):
        verb = token.head
    elif token.tag_ == "VBG" and token.dep_ in ("advcl", "conj", "xcomp", "acl") \
            and not any(c.dep_ in CAUSE_DEPS for c in token.children):
        verb = token.head
        if verb.pos_ in ("NOUN", "PROPN"):  # "A minibus overturned ..., killing seven"
            return _a_hazard(verb) or any(c.dep_ == "acl" and c.i < token.i and _a_mishap(c)
                                          for c in verb.children)
        if _a_mishap(verb):
            return True
    if verb.pos_ == "VERB" and _died_in_a_mishap(verb):
        return True
    return any(_a_hazard(c) or _a_mishap_blast(c) for c in _causes(verb))


# How many sentences open an article: where a report says what it is about.
OPENING_SENTENCES = 2


def _a_disaster_report(doc: Doc, events: list[EventMention]) -> bool:
    """Whether the article reports a natural disaster: its opening sentences (the headline
    and the first of the body) name a force of nature, and no attack in it has a doer."""
    if any(e.trigger.event == "ASSAULT" and e.actors for e in events):
        return False
    return not NATURAL_HAZARDS.isdisjoint(_opening_lemmas(doc))


def _opening_lemmas(doc: Doc) -> list[str]:
    """The lower-case lemmas of the article's :data:`OPENING_SENTENCES` (read from the token
    table's sentence starts and lemmas: no Span per sentence)."""
    words = token_table(doc)
    starts = [*words.sentence_starts, len(doc)]
    return words.lemma_lower[:starts[min(OPENING_SENTENCES, len(starts) - 1)]]


# Words of spaceflight: an article that opens with them reports a launch, whose rocket may
# explode with no one attacking anyone ("Starship explodes minutes after launch").
SPACE_WORDS = frozenset({"spacecraft", "spaceship", "starship", "spaceflight", "liftoff",
                         "booster", "satellite", "orbit", "spacex", "nasa", "astronaut",
                         "launchpad", "cosmodrome", "spaceport"})
# The words of an explosion's event, verb or noun.
EXPLOSION_WORDS = frozenset(BLAST_NOUNS | {"explode", "blow", "detonate"})


def _a_launch_report(doc: Doc, events: list[EventMention], args: ArgumentFinder) -> bool:
    """Whether the article reports a launch of a rocket or a spacecraft: its opening
    sentences name spaceflight, and no state, armed or security side attacks in it."""
    if any(e.trigger.event == "ASSAULT" and any(
            args.actors[n].info.kind == "state" or args.actors[n].info.sector in FORCE_SECTORS
            for n in e.actors) for e in events):
        return False
    return not SPACE_WORDS.isdisjoint(_opening_lemmas(doc))


def _a_failed_launch(event: EventMention) -> bool:
    """An explosion in a launch's report: the rocket's failure, no attack."""
    return event.trigger.event == "ASSAULT" and event.token.lemma_.lower() in EXPLOSION_WORDS


def _a_disasters_emergency(event: EventMention) -> bool:
    """A state of emergency declared in a disaster's report ("Italy declared a state of
    emergency in Sardinia" as fires burn): relief's powers, no repression."""
    if event.trigger.mode != "martial-law":
        return False
    token = event.token
    return token.lemma_.lower() == "emergency" or any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("emergency", "state") for c in token.children)


def _a_disasters_toll(event: EventMention) -> bool:
    """An attack with no doer, killing, wounding or destroying, in a disaster's report: the
    disaster's toll ("thousands of houses were destroyed", "many people had been killed")."""
    return event.trigger.event == "ASSAULT" and not event.actors \
        and event.trigger.mode in (None, "destroy")


# Sectors of actors whose acts are news of politics or force even in a game's report (the
# police who arrest fans, a ministry that fines a club): the others in such a report are
# players, teams and their cities, whose "attacks", "surrenders" and "deals" are the game's.
PUBLIC_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "OPP", "IGO",
                            "SPY", "CRM", "ELI", "NGO"})


# Words of violence that are never a game's play: a bomb at a stadium during a match is an
# attack, whoever the report names.
LETHAL_WORDS = EXPLOSION_WORDS | {"kill", "wound", "injure", "bomb", "bombing", "stab",
                                  "stabbing", "murder", "massacre", "behead", "lynch"}


def _a_game_report(doc: Doc) -> bool:
    """Whether the article reports a sporting game (:func:`words.names_a_game`)."""
    return names_a_game(token_table(doc).lemma_lower)


def _play_of_the_game(event: EventMention, args: ArgumentFinder) -> bool:
    """An event of a game's report with no state, public body or armed, political or
    criminal side among its doers and those it is done to: "Barcelona's defence collapsed
    under relentless attacks", "we surrendered the midfield", "the striker fired home" are
    the game's play. A riot of fans is a riot wherever it is (PROTEST stays), and a killing
    or a bombing is no play (:data:`LETHAL_WORDS`)."""
    if event.trigger.event == "PROTEST" or event.token.lemma_.lower() in LETHAL_WORDS:
        return False
    infos = [args.actors[n].info for n in (*event.actors, *event.recipients)]
    return not any(info.kind in ("state", "igo") or info.sector in PUBLIC_SECTORS
                   or info.office for info in infos)


# Verbs that leave their object in a state: "left 30 dead and hundreds injured".
LEAVING_VERBS = {"leave"}


def _left_in(token: Token) -> Token | None:
    """The verb of leaving whose toll a participle with no auxiliary tells ("[the storm] left
    12 dead and 40 injured", "[the mudslide buried a village,] leaving hundreds injured"),
    which the parser co-ordinates with it, takes for its complement, or hangs on the number
    it leaves ("60 injured"); or the verb such a toll is co-ordinated with; else None. The
    injured are the participle's subject there, not who injured them."""
    if token.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return None
    node = token.head if token.dep_ == "acl" else token
    while node.dep_ == "conj" and node.head.pos_ == "ADJ" and node.head.i != node.i:
        node = node.head  # "leaving 40 people dead and thousands injured": after "dead"
    head = node.head
    if node.dep_ not in ("conj", "ccomp", "oprd", "xcomp", "dobj") or head.i == node.i:
        return None
    if head.lemma_.lower() in LEAVING_VERBS:
        return head
    # "a mudslide buried the town ..., and hundreds injured": the parser hangs the toll, a
    # participle with a subject of its own, on the verb of what caused it
    own_subject = any(c.dep_ == "nsubj" for c in token.children)
    return head if own_subject and token.dep_ == "conj" and head.pos_ == "VERB" else None


def _causes(verb: Token) -> list[Token]:
    """The nouns that say what did what ``verb`` says: its subject or "by" agent; the noun
    a relative clause or a participle describes ("landslides that killed", "a blaze swept
    through"); a co-ordinated verb's first verb's ("destroyed ... and damaged", "the cyclone,
    which killed 200 and destroyed homes"); what a passive without an agent happened in
    ("killed in a crash")."""
    causes = _children_with_deps(verb, CAUSE_DEPS)
    relative = any(c.tag_ in ("WDT", "WP") for c in causes)
    if (verb.dep_ == "relcl" and (relative or not causes)) or (verb.dep_ == "acl" and not causes):
        causes.append(verb.head)
    elif not causes and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        causes = _causes(verb.head)
    if not causes and any(c.dep_ == "auxpass" for c in verb.children):
        # "was killed in an accident": a passive without a "by" names its cause with "in"
        causes = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                  for g in c.children if g.dep_ == "pobj"]
    return causes


# Texts that a body adopts or a leader signs, and that act for them: "a resolution demanding a
# ceasefire" is the demand of the council that adopted it, "an order restricting asylum
# claims" the restriction of the president who signed it.
SPEAKING_TEXTS = {"resolution", "declaration", "communique", "communiqué", "motion", "decree",
                  "order", "law", "bill", "ordinance"}


# Texts that speak for whoever issues them ("issued a statement condemning the attack",
# "sent a letter urging ..."): only with a verb of issuing, as one may reject or read
# another's statement.
ISSUED_TEXTS = {"statement", "letter", "report", "petition", "note"}
ISSUING_VERBS = {"issue", "release", "publish", "put", "post", "send", "sign", "circulate",
                 "make", "deliver", "file", "submit", "write", "adopt", "distribute"}


def _a_text_its_author_speaks_by(noun: Token, verb: Token) -> bool:
    """``noun`` is a text whose words (``verb``) are its author's acts: a resolution or a
    decree (whoever adopts it), a statement or a letter its verb issues, by the participle
    that says what it does ("a statement condemning the raid"; "a statement in which they
    condemned ..." has a subject of its own)."""
    lemma = noun.lemma_.lower()
    return lemma in SPEAKING_TEXTS or (lemma in ISSUED_TEXTS and verb.dep_ == "acl"
                                       and noun.head.lemma_.lower() in ISSUING_VERBS)


def _not_an_act(token: Token, trigger: Trigger) -> bool:
    """Verb triggers that news prose uses for something other than an act: "agree with X
    (that ...)" or "agree that X is Y" without what is agreed on or to is an opinion shared,
    a statement (CAMEO 019), not an agreement ("agreed with Turkey on a truce" stays); a
    participle that describes a noun ("the detained activists", "the disputed islands")
    names a state, not an act, as one with a determiner names those in it ("the accused",
    "the wounded"); a text or measure as the subject ("the agreement calls for")
    says what it contains; "was met with" a response is a reaction, no meeting ("was met by
    the foreign minister" stays one)."""
    if token.dep_ == "amod" or _people_in_a_state(token):
        return True
    children = list(token.children)
    if trigger.lemma in EQUIPPING_VERBS and _equipped(token, children):
        return True  # "gunmen armed with rifles", "the truck was armed with a machine gun"
    if trigger.lemma in STANCE_VERBS and token.dep_ == "acl" and token.tag_ == "VBN" \
            and not any(_a_date_phrase(c) for c in children):
        return True  # "a militia supported by Uganda", "states opposed to the plan"
    if trigger.lemma in ALLIANCE_VERBS and token.dep_ == "acl" and token.tag_ == "VBN":
        return True  # "ministers allied with the vice president"
    subjects = {c.lemma_.lower() for c in children if c.dep_ == "nsubj"}
    if token.dep_ == "acl" and token.tag_ == "VBG":  # "a law targeting charities": the law's
        subjects.add(token.head.lemma_.lower())
    documents = subjects & DOCUMENT_NOUNS
    if documents and not (trigger.speech and documents & VOICING_DOCUMENTS):
        return True  # (a resolution that "condemns" or "calls for" speaks for its authors)
    if trigger.lemma in STRIVING_VERBS and (_striving(token) or _a_dispute(token)):
        return True  # "is fighting to keep control of the house": striving, no combat
    if trigger.lemma in QUARREL_VERBS and trigger.event == "ASSAULT" \
            and _a_political_quarrel(token):
        return True  # "ANC, DA clash over budget": parties quarrel
    if trigger.lemma in ENDANGERING_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in THREATENING_THINGS for c in children):
        return True  # "growing unrest threatens the stability of the country": a danger
    if trigger.lemma in REFUSING and any(c.dep_ == "xcomp" and c.lemma_.lower() in COMMENT_VERBS
                                         for c in children):
        return True  # "refused to comment", "refused to reveal the name": CAMEO 011
    if trigger.lemma in QUESTION_VERBS and _a_question(token):
        return True  # "asked whether the troops would stay": a question, no appeal
    if trigger.lemma in REFLEXIVE_VERBS and _of_itself(token, children):
        return True  # "the marchers dispersed after two hours": they left, no one drove them
    if trigger.lemma in STANCE_VERBS | {"approve"} and _a_poll_share(children):
        return True  # "25 percent of voters approve of the plan": a poll's finding
    if trigger.lemma == "release" and _discharged(token):
        return True  # "five were treated and released": from hospital, not from captivity
    if trigger.lemma == "meet" and any(c.dep_ == "auxpass" for c in children) \
            and not any(c.dep_ == "agent" for c in children):
        return True  # "aggression will be met with a crushing response": a reaction
    if trigger.event == "AGREE" and trigger.lemma == "agree":
        preps = {c.lower_ for c in children if c.dep_ in ("prep", "prt")}
        committed = any(c.dep_ in ("xcomp", "dobj") for c in children)
        if preps & AGREEMENT_PREPS or committed:
            return False
        return "with" in preps or _a_shared_view(children)
    return trigger.quad.endswith("conflict") and _with_a_score(token)


# Verbs that, with no object, tell what their subject did to or for itself: "police
# dispersed the crowd" drives it off, "the crowd dispersed" went home; "the church sheltered
# refugees" gives aid, "the gunmen were sheltering in the city" hid there.
REFLEXIVE_VERBS = {"disperse", "shelter"}
# Nouns of a share of people, which as a subject make a stance a poll's finding: "25 percent
# of voters approve", "sixty per cent of residents support the dam".
SHARE_NOUNS = {"percent", "%", "cent"}


def _a_poll_share(children: list[Token]) -> bool:
    """The verb's subject is a share of people ("40 percent of voters", "most per cent")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in SHARE_NOUNS for c in children)


def _of_itself(verb: Token, children: list[Token]) -> bool:
    """A verb with a subject of its own, no direct object and no passive auxiliary ("the
    marchers dispersed peacefully"); not "police fired tear gas to disperse the crowd", nor
    "the protesters were dispersed by police"."""
    return any(c.dep_ == "nsubj" for c in children) and not _a_true_object(verb) \
        and not any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in children)


def _people_in_a_state(token: Token) -> bool:
    """A past participle with a determiner and no complement of its own names the people in
    the state it says ("the accused was released on bail", "the wounded were taken to
    hospital"), not the act that put them there."""
    if token.tag_ != "VBN" and not token.lower_.endswith("ed"):
        return False
    deps = {c.dep_ for c in token.children}
    return "det" in deps and not deps & {"dobj", "agent", "aux", "auxpass", "nsubj", "prep"}


# Verbs of a standing stance, whose participle on a noun describes it ("a militia supported by
# Uganda", "the states opposed to the plan", "the internationally recognised government"):
# no act, unless a date says when it was taken ("a plan backed by the cabinet on Monday").
STANCE_VERBS = {"support", "back", "oppose", "recognize", "recognise", "favour", "favor"}
# ... and of a standing alliance, whose participle on a noun describes it whatever date
# follows, which is the main verb's ("arrested ministers allied with Machar on Tuesday")
ALLIANCE_VERBS = {"ally", "align"}


# Verbs of fitting out, whose passive or participle without a "by" says what someone or
# something carries ("gunmen armed with rifles", "a truck armed with a machine gun"): no one's
# giving of arms, and no arming of a militia.
EQUIPPING_VERBS = {"arm", "equip"}


def _equipped(token: Token, children: list[Token]) -> bool:
    """A passive or a participle on a noun, without a "by" agent."""
    if any(c.dep_ == "agent" for c in children):
        return False
    return token.dep_ == "acl" or any(c.dep_ == "auxpass" for c in children)


# "Threaten" with a state of affairs as its subject is "endanger", no one's threat: "growing
# unrest threatens the stability of the country", "rising tensions have threatened to
# undermine ties", "the drought threatens the harvest".
ENDANGERING_VERBS = {"threaten"}
THREATENING_THINGS = CONFLICT_NOUNS | HAZARD_NOUNS | {
    "tension", "inflation", "instability", "rise", "shortage", "dispute", "row", "rivalry",
    "standoff", "situation", "problem", "issue", "trend", "debt", "deficit", "recession",
    "uncertainty", "poverty", "corruption", "crime", "scandal", "deadlock", "impasse"}


# Verbs of asking that, with an indirect question, ask what is so, not for an act: "asked
# whether the troops would stay", "asked what the president had told them", "asked about the
# protests, the minister said ..." (a reporter's question is no appeal, CAMEO 02).
QUESTION_VERBS = {"ask", "inquire", "enquire"}
QUESTION_MARKS = {"if", "whether"}
WH_TAGS = {"WP", "WDT", "WRB", "WP$"}


def _a_question(verb: Token) -> bool:
    """A verb of asking with an indirect question ("if", "whether", a wh-word after it: "that's
    why I asked" is no question) or an "about" phrase, and no one asked to act ("asked the
    army to help" is an appeal)."""
    children = list(verb.children)
    if any(c.dep_ == "xcomp" for c in children):
        return False
    if _cues_a_quoted_question(verb, children):
        return True
    for c in children:
        if (c.dep_ == "prep" and c.lower_ == "about") or (c.tag_ in WH_TAGS and c.i > verb.i):
            return True
        if c.dep_ == "ccomp" and (any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS
                                      for m in c.children)
                                  or next(iter(c.subtree)).tag_ in WH_TAGS):
            return True
    return False


def _cues_a_quoted_question(verb: Token, children: list[Token]) -> bool:
    """The verb cues the question just quoted ('"Who will pay?" the mayor asked', '"Why now?",
    asked the minister'): nothing asked for and no one asked, and the words before it, past its
    subject, quotation marks and commas, end in a question mark."""
    if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "for")
           for c in children):
        return False
    subject = {t.i for c in children if c.dep_ == "nsubj" for t in c.subtree}
    doc, j = verb.doc, verb.i - 1
    while j >= 0 and (doc[j].is_punct or doc[j].is_quote or j in subject):
        if doc[j].text == "?":
            return True
        j -= 1
    return False


# Verbs of combat that, with an infinitive, are striving for it: "fighting to keep control",
# "battling to recover from the storm"; unless armed men fight ("rebels are fighting to seize
# the capital", "the brigade is fighting to overthrow the government": combat for an aim).
STRIVING_VERBS = {"fight", "battle"}
ARMED_WORDS = (SECURITY_FORCES - {"police", "policeman", "gendarme", "gendarmerie"}) | {
    "rebel", "militia", "militiaman", "militant", "insurgent", "guerrilla", "fighter",
    "jihadist", "separatist", "paramilitary"}


def _striving(verb: Token) -> bool:
    """A verb of combat with an infinitive complement and a subject that is no armed group."""
    if not any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return not any(t.lemma_.lower() in ARMED_WORDS for s in subjects for t in (s, *s.conjuncts))


# Prepositions of what a dispute is about: "battling with the ministry over pay".
DISPUTE_PREPS = {"over", "about", "regarding", "concerning"}
# Sectors of the actors whose fighting is combat.
ARMED_SECTORS = {"MIL", "REB"}
# Sectors of those who carry out raids, drills and strikes as a branch of a state or group
FORCE_SECTORS = ARMED_SECTORS | {"COP"}


def _a_dispute(verb: Token) -> bool:
    """A verb of combat with a topic of dispute and no armed side ("health workers are
    battling with the ministry over pay", "the unions fought with the board about the
    merger", "experts battle with the government on how fast to reopen"): a quarrel, no
    combat. An armed subject, object or partner keeps it combat ("troops fought with rebels
    over the town")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    partners = [g for p in preps if p.lower_ in ("with", "against") for g in p.children
                if g.dep_ == "pobj"]
    # the topic may hang on the partner: "fought with the board about the merger"
    if not any(p.dep_ == "prep" and (p.lower_ in DISPUTE_PREPS or (
            p.lower_ == "on" and any(g.dep_ == "pcomp" for g in p.children)))
               for p in (*preps, *(c for w in partners for c in w.children))):
        return False
    sides = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")] + partners
    return not any(_armed(t) for side in sides for t in (side, *side.conjuncts))


# Verbs of combat that parties, courts and lawmakers do with words ("the two parties
# clashed over the budget"), and the sectors of those who then quarrel.
QUARREL_VERBS = {"clash"}
POLITICAL_SECTORS = {"PTY", "LEG", "JUD", "OPP"}


def _a_political_quarrel(verb: Token) -> bool:
    """A clash over something ("over", "about") whose sides the text names are all parties,
    lawmakers, courts or the opposition, none a state or an armed group: a quarrel."""
    if not any(c.dep_ in ("prep", "prt") and c.lower_ in DISPUTE_PREPS for c in verb.children):
        return False
    partners = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]
    sides = [c for c in verb.children if c.dep_ == "nsubj"] + partners
    actor_at, actors = verb.doc._.actor_at or {}, verb.doc._.actors or []
    found = [actors[actor_at[t.i]].info for side in sides for t in (side, *side.conjuncts)
             if t.i in actor_at]
    return bool(found) and all(info.kind != "state" and info.sector in POLITICAL_SECTORS
                               for info in found)


def _armed(token: Token) -> bool:
    """The noun names an armed group, by its word or by the actor it mentions."""
    if token.lemma_.lower() in ARMED_WORDS:
        return True
    at = (token.doc._.actor_at or {}).get(token.i)
    actors = token.doc._.actors or []
    return at is not None and actors[at].info.sector in ARMED_SECTORS
# Where patients are released from: a release from care is a discharge, no one's release from
# captivity (RETREAT).
CARE_NOUNS = {"hospital", "clinic", "infirmary", "care"}


def _discharged(verb: Token) -> bool:
    """A release of the treated: "were treated and released", "released from hospital"."""
    if any(t.lemma_.lower() == "treat" for t in verb.conjuncts):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "from"
               and any(g.lemma_.lower() in CARE_NOUNS for g in c.children) for c in verb.children)


def _a_shared_view(children: list[Token]) -> bool:
    """A "that" clause of "agree" that says what is so, not what is to be done: "agreed that
    the crisis was the gravest in a decade" is a view shared, a statement (CAMEO 019);
    "agreed that talks would resume" commits its parties, and stays an agreement."""
    content = [c for c in children if c.dep_ == "ccomp"]
    return bool(content) and all(
        not any(a.dep_ in ("aux", "auxpass") and a.lower_ in COMMITTING_AUX for a in c.children)
        for c in content)


# Verbs of coming together that are a demonstration when a crowd does it ("students gathered
# outside parliament"), a meeting when officials do ("leaders gathered for a summit"); and
# "protest", which a government does by note or summons ("summoned the envoy to protest"),
# a disapproval that the summons or the note codes, not a demonstration.
# Sectors of the press: speaking with reporters or a newspaper's visit is news gathering or a
# statement (CAMEO 01), no consultation between parties (04).
PRESS_SECTORS = {"JRN", "MED"}


def _a_press_contact(event: EventMention, args: ArgumentFinder) -> bool:
    """A meeting or a visit one of whose sides is the press ("speaking with reporters in
    Lagos", "the agency's correspondents visited the town")."""
    return any(args.actors[n].info.sector in PRESS_SECTORS
               for n in (*event.actors, *event.recipients))


# Modifiers of a conference or briefing given to the press ("held a news conference").
PRESS_MODIFIERS = {"press", "news", "media"}


def _a_press_conference(obj: Token | None) -> bool:
    """A meeting verb's object that is a conference for the press ("held a news conference",
    "a press conference was held"): a statement (CAMEO 01), no consultation between parties."""
    return obj is not None and any(c.dep_ in ("compound", "amod") and c.lower_ in PRESS_MODIFIERS
                                   for c in obj.children)


# Verbs of putting a government out of office, which lawmakers do by vote: "lawmakers
# ousted the government in a no-confidence vote" is a parliament's procedure, no coercion.
OUSTING_VERBS = {"oust", "topple", "depose"}  # (the lexicon's COERCE verbs of it)
# Nouns of a vote, the means of an ousting by law: "in a no-confidence vote", "by motion".
VOTE_NOUNS = {"vote", "motion", "ballot", "referendum", "election", "poll", "confidence",
              "impeachment"}
LEGISLATIVE_SECTOR = "LEG"


def _ousted_by_a_vote(verb: Token, trigger: Trigger, actors: list[int],
                      args: ArgumentFinder) -> bool:
    """A government put out of office by lawmakers or by a vote ("parliament ousted the
    cabinet", "toppled the government in a confidence vote"): the work of a legislature,
    no coercion (a coup's "the army ousted the president" stays)."""
    if trigger.event != "COERCE" or trigger.lemma not in OUSTING_VERBS:
        return False
    if actors and all(args.actors[n].info.sector == LEGISLATIVE_SECTOR for n in actors):
        return True
    return any(g.lemma_.lower() in VOTE_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in VOTE_NOUNS for c in g.children)
        for p in verb.children if p.dep_ in ("prep", "agent")
        for g in p.children if g.dep_ == "pobj")


GATHERING_VERBS = {"gather", "assemble", "converge", "congregate"}
OFFICIAL_PROTEST_VERBS = GATHERING_VERBS | {"protest"}
# (lawmakers, LEG, do demonstrate: "opposition deputies protested outside parliament")
OFFICIAL_SECTORS = {"GOV", "MIL", "JUD", "IGO"}


def _officials_gathering(trigger: Trigger, actors: list[int], args: ArgumentFinder) -> bool:
    """A gathering verb or "protest" coded as a demonstration whose doers are all states,
    officeholders or government bodies: officials meet or object, they do not demonstrate."""
    if trigger.event != "PROTEST" or trigger.lemma not in OFFICIAL_PROTEST_VERBS or not actors:
        return False
    infos = [args.actors[n].info for n in actors]
    return all(i.kind == "state" or i.igo or i.office or i.sector in OFFICIAL_SECTORS
               for i in infos)


# Verbs by which participants come to a meeting: "leaders gathered for a summit", "the envoy
# arrived in Doha for talks" (the comers are the meeting's participants).
COMING_VERBS = GATHERING_VERBS | {"convene", "arrive", "travel", "fly", "meet", "come"}


def _come_for(token: Token, trigger: Trigger, verb: Token | None) -> bool:
    """A meeting noun after "for" whose clause's verb is one of coming together."""
    return (verb is not None and trigger.event == "CONSULT" and token.dep_ == "pobj"
            and token.head.lower_ == "for" and verb.lemma_.lower() in COMING_VERBS)


# Verbs of a game as much as of a fight, and a game's score after them: "beat Barcelona
# 3-1", "defeated Ghana 2-0", "crushed the visitors 5-0" report a match, not an attack.
GAME_VERBS = {"beat", "defeat", "crush", "thrash", "rout", "edge", "hammer", "down", "stun",
              "trounce", "overcome", "outplay", "demolish", "batter"}
SCORE = re.compile(r"\b\d{1,3} ?[-–] ?\d{1,3}\b")


# Words of a match, whose sentence reports a game: "beat Barcelona to win the Super Cup".
GAME_NOUNS = {"cup", "final", "semi-final", "semifinal", "quarter-final", "quarterfinal",
              "league", "match", "championship", "tournament", "derby", "playoff", "trophy",
              "medal", "fixture"}


def _with_a_score(verb: Token) -> bool:
    """A game's verb followed within a few words by a score, or in a sentence (or a headline)
    that names a match or a cup."""
    if verb.lemma_.lower() not in GAME_VERBS:
        return False
    sentence = sentence_of(verb)
    window = verb.doc[verb.i + 1 : min(verb.i + 6, sentence.end)]
    return SCORE.search(window.text) is not None \
        or any(t.lemma_.lower() in GAME_NOUNS and t.pos_ in ("NOUN", "PROPN") for t in sentence)


# Prepositions of a time or circumstance beside an act ("gave a speech after the bombing")
# and of what it is about ("lodged a protest over the incursion"): an event they name is not
# the act's doer's. (The rules of topics of statements have their own, wider TOPIC_PREPS.)
ASIDE_PREPS = CIRCUMSTANCE_PREPS | {"over", "about", "regarding", "concerning"}
# ... and nouns of such a time ("on the eve of the summit", "in the wake of the attack").
ASIDE_NOUNS = {"eve", "wake", "aftermath", "anniversary", "run-up", "runup", "day", "week",
               "month", "year", "morning", "afternoon", "evening", "night", "weekend"}
# Nouns of a report or an inquiry about an event, which their doer does not do ("issued a
# statement on the attack").
REPORT_NOUNS = {"statement", "investigation", "inquiry", "probe", "report", "speech",
                "conference", "briefing", "remark", "comment", "question", "interview",
                "letter", "note", "message", "condemnation", "complaint", "account", "review",
                "hearing", "debate", "reaction", "response"}


def _reached_from(verb: Token, noun: Token) -> bool:
    """Whether ``verb`` acts on the nominal event ``noun`` through its object and phrases
    ("held talks", "took part in talks", "provided $150 million in aid", "sent fighters
    on a wave of bombings", "signed a deal on a ceasefire"), not through a phrase of time
    or circumstance ("gave a speech after the bombing", "hosted him on the eve of the
    summit"), of a topic ("lodged a protest over the incursion") or a report's ("launched
    an inquiry into the attack")."""
    node = noun.head
    while node.i != verb.i:
        if node.dep_ == "prep" and node.lower_ in ASIDE_PREPS:
            return False
        if node.pos_ == "NOUN" and (node.lemma_.lower() in REPORT_NOUNS
                                    or node.lemma_.lower() in ASIDE_NOUNS):
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return True


def _a_bundled_measure(noun: Token, verb: Token) -> bool:
    """A measure in the "of" phrase of a bundle that is the verb's object ("approved a
    package of sanctions", "adopted a new round of tariffs")."""
    bundle = noun.head.head
    return noun.dep_ == "pobj" and noun.lemma_.lower() in OWNED_MEASURE_NOUNS \
        and noun.head.lower_ == "of" and bundle.lemma_.lower() in BATCH_NOUNS \
        and bundle.dep_ == "dobj" and bundle.head.i == verb.i \
        and verb.lemma_.lower() in ADOPTING_VERBS


def _talks_framing_an_act(noun: Token, verb: Token) -> bool:
    """The meeting noun is in an "after", "before", "during" or "following" phrase of the
    verb and names whom it was with ("... after talks with Lutnick")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in FRAMING_PREPS and prep.head.i == verb.i \
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause a nominal trigger sits in (through prepositions)."""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _object_place(event: EventMention, kind: EventType, verb: Token,
                  place_at: dict[int, int]) -> int | None:
    """The direct object's place, for events that happen where their object is ("shelled
    Kharkiv", "visited Warsaw"; not "sanctioned Moscow", which names a government)."""
    if not kind.happens_at_object(event.trigger.mode):
        return None
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if child.i in place_at:
            return place_at[child.i]
        # "hosted the envoys in Oslo", "shelled the houses in Kharkiv": where the object is;
        # "shelled the town of Horlivka": the place that names it
        # "launched an offensive on the city of Aleppo": where its target is
        found = _either(_locative(child, place_at), _place_naming(child, place_at),
                        _target_place(child, place_at))
        if found is not None:
            return found
    return _target_place(verb, place_at)  # "launched an offensive on the city of Aleppo"


def _either(*found: int | None) -> int | None:
    """The first of ``found`` that is not None: a place's index may be 0, which ``or``
    would pass over (the article's first place)."""
    return next((f for f in found if f is not None), None)


def _locative(token: Token, place_at: dict[int, int]) -> int | None:
    """A place in a locative phrase ("in", "at", ...) attached to ``token``, or None; the
    place may name the phrase's noun ("in the West Bank city of Jenin": Jenin, "in Nigeria's
    Kaduna state": Kaduna)."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS:
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                if pobj.i in place_at:
                    return place_at[pobj.i]
                named = _place_naming(pobj, place_at)
                if named is not None:
                    return named
    return None


def _place_naming(noun: Token, place_at: dict[int, int]) -> int | None:
    """The place a noun of place is named by: its "of" phrase ("the city of Jenin"), then its
    compound ("Kaduna state", "the West Bank city"; the tagger may take the name for an
    adjective: "the Sagaing region"), then its possessor ("Nigeria's")."""
    if noun.lemma_.lower() not in PLACE_NOUNS:
        return None
    named = next((place_at[g.i] for prep in noun.children
                  if prep.dep_ == "prep" and prep.lower_ == "of"
                  for g in prep.children if g.dep_ == "pobj" and g.i in place_at), None)
    modifier = next((place_at[child.i] for dep in ("compound", "amod", "poss")
                     for child in noun.children if child.dep_ == dep and child.i in place_at),
                    None)
    if named is not None and modifier is not None and _a_country(noun.doc, named) \
            and not _a_country(noun.doc, modifier):
        return modifier  # "the Bryansk region of Russia": "of" says whose region it is
    return named if named is not None else modifier


def _a_country(doc: Doc, place: int) -> bool:
    """Whether the ``place``-th place of the article is a country."""
    places = doc._.places or []
    return place < len(places) and (places[place].feature_code or "").startswith("PCL")


# Nouns for a person's premises: an event "at the residence of X" happens where X is.
PREMISES = {"residence", "home", "house", "office", "offices", "palace", "villa", "compound",
            "headquarters", "embassy", "estate", "hotel", "farm", "mansion", "dacha"}


def _whereabouts(doc: Doc, args: ArgumentFinder, place_at: dict[int, int]) -> dict[str, list]:
    """Where the article places each person: (token index, place index) in text order, from
    clauses whose subject is the person and that name a place ("Rutte arrived in The Hague")."""
    placed: dict[str, list[tuple[int, int]]] = {}
    if not place_at:
        return placed
    deps = token_table(doc).dep  # (a Token only for the subjects)
    for i in range(len(deps)):
        if deps[i] not in SUBJECT_DEPS:
            continue
        token = doc[i]
        # (the clause's place first: most name none, and then the subject's actors, a
        # longer search, do not matter)
        place = _where_it_puts_its_subject(token.head, place_at)
        if place is None:
            continue
        for n in args.actors_in(token):
            mention = args.actors[n]
            if mention.info.kind == "person":
                placed.setdefault(mention.info.key, []).append((token.i, place))
    return placed


MOTION_VERBS = {"arrive", "fly", "travel", "go", "come", "return", "head", "visit", "land"}


def _where_it_puts_its_subject(verb: Token, place_at: dict[int, int]) -> int | None:
    """The place a clause puts its subject in: "was in Paris", "flew to Paris", "visited Paris"."""
    place = _in_clause(verb, place_at)
    if place is not None or verb.lemma_.lower() not in MOTION_VERBS:
        return place
    for child in verb.children:
        if child.dep_ == "dobj" and child.i in place_at:
            return place_at[child.i]
        if child.dep_ == "prep" and child.lower_ in ("to", "into"):
            for pobj in child.children:
                if pobj.i in place_at:
                    return place_at[pobj.i]
    return None


def _left(verb: Token, place_at: dict[int, int]) -> int | None:
    """The place a withdrawal leaves ("pulled out of Bakhmut", "withdrew from the Amhara
    region"): where the withdrawal happens."""
    # (also "out of", whose "of" the parser may hang on the particle)
    heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ == "out")]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found = _either(place_at.get(pobj.i), _place_naming(pobj, place_at))
                    if found is not None:
                        return found
    return None


def _purpose_of_a_journey(noun: Token, place_at: dict[int, int]) -> int | None:
    """The destination of the journey a noun is the purpose of ("flew to Nairobi for talks")."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in MOTION_VERBS:
        return _where_it_puts_its_subject(prep.head, place_at)
    return None


def _premises_place(trigger: Token, args: ArgumentFinder,
                    whereabouts: dict[str, list]) -> int | None:
    """The place of a person whose premises the trigger's clause names, as last placed before
    the trigger (or first placed after it, when the text places them later)."""
    if not whereabouts:
        return None
    verbal = trigger.pos_ in ("VERB", "AUX") or acts_as_verb(trigger)
    verb = trigger if verbal else _clause_verb(trigger) or trigger
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in PREMISES:
                continue
            for owner in _owners(noun):
                owned = ([args.latest_person(owner.i)] if owner.lower_ in ("his", "her")
                         else args.actors_in(owner))
                for n in (n for n in owned if n is not None):
                    seen = whereabouts.get(args.actors[n].info.key, [])
                    before = [p for i, p in seen if i < trigger.i]
                    if seen:
                        return before[-1] if before else seen[0][1]
    return None


def _owners(noun: Token) -> Iterator[Token]:
    """"X's residence", "the residence of X"."""
    for child in noun.children:
        if child.dep_ == "poss":
            yield child
        elif child.dep_ == "prep" and child.lower_ == "of":
            yield from (g for g in child.children if g.dep_ == "pobj")


# Prepositions that attach a place or a time to a verb. "on" only dates: "called on Moscow",
# "sanctions on Iran" name a target, not where the event happened. (The place ones are the
# locative prepositions alone: words.PLACE_PREPS, which the actors stage reads, also has
# "to" and "from", which say where an event goes or comes from, not where it is.)
TIME_PREPS = LOCATIVE_PREPS | {"on", "during", "since", "last"}
# Phrases whose object is another thing or time than the event's own.
NOT_THROUGH_PREPS = {"of", "since", "after", "before", "than", "like", "until"}


# Nouns of an "in" phrase that says why or how, not where: "in solidarity with the people in
# Gaza", "in response to strikes on Kyiv", "in retaliation for a raid in Jenin".
REASON_NOUNS = {"solidarity", "response", "retaliation", "reprisal", "revenge", "protest",
                "support", "memory", "honour", "honor", "defiance", "violation", "breach",
                "accordance", "line", "exchange", "return", "reaction", "sympathy", "tribute"}


def _where_the_parties_meet(noun: Token, place_at: dict[int, int]) -> int | None:
    """"a meeting between Modi and Xi in Kazan": the model hangs the place on the last party
    named; it is where they meet."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("between", "with"):
            continue
        for party in (g for p in prep.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)):
            found = _locative(party, place_at)
            if found is not None:
                return found
    return None


def _a_sale(event: EventMention, args: ArgumentFinder) -> bool:
    """Arms, craft or vehicles a business delivers or provides to no one the text names
    ("the planemaker expects to deliver 770 aircraft"): its trade, no military aid."""
    return event.trigger.event == "AID" and "military" in event.trigger.context \
        and not event.recipients and bool(event.actors) \
        and all(args.actors[n].info.sector == "BUS" for n in event.actors)


# The dependencies by which a noun names whose it is or what kind: "the US proposal".
OWNER_DEPS = {"compound", "amod", "poss", "nmod"}


def _reason_phrase_end(verb: Token, words: TokenTable) -> int:
    """The last token of the verb's phrase of reason ("in solidarity with ..."), or -2."""
    for child in words.children[verb.i]:
        if words.dep[child] == "prep":
            for g in words.children[child]:
                if words.dep[g] == "pobj" and words.lemma_lower[g] in REASON_NOUNS:
                    return verb.doc[g].right_edge.i
    return -2


def _in_clause(verb: Token, table: dict[int, int],
               preps: frozenset[str] = LOCATIVE_PREPS, owners: bool = True) -> int | None:
    """A place (or, with ``TIME_PREPS``, a time) attached to the verb directly or through a
    preposition (not its direct object: "sanctioned Moscow" is not an event in Moscow; see
    ``_object_place``). Without ``owners``, not a noun's own modifiers: the "US" of
    "rejected the US proposal" is whose it is, not where."""
    # the parse as lists of the token table: this runs for every event, twice or more
    words = token_table(verb.doc)
    kids, dep, lower = words.children, words.dep, words.lower
    # "in solidarity with the Palestinians in Gaza": the parser may hang the phrase after a
    # phrase of reason on the verb; it is the reason's
    after_reason = _reason_phrase_end(verb, words) + 1 if preps is LOCATIVE_PREPS else -1
    for child in kids[verb.i]:
        if child == after_reason:
            continue
        # (a conjunct is another participant, or the next clause's subject misparsed)
        if child in table and dep[child] not in ("dobj", "conj") \
                and (owners or dep[child] not in OWNER_DEPS):
            return table[child]
        if dep[child] in ("prep", "npadvmod", "advmod") or dep[child] == "pobj":
            for grandchild in kids[child]:
                if grandchild in table and (dep[child] != "prep" or lower[child] in preps):
                    return table[grandchild]
    if preps is LOCATIVE_PREPS:
        # "met at the State House in Nairobi": a place inside a locative phrase's object;
        # "abducted students from a school in Kaduna": or a "from" phrase's
        for child in kids[verb.i]:
            if dep[child] == "prep" and child != after_reason \
                    and (lower[child] in LOCATIVE_PREPS or lower[child] in ("from", "into")):
                for pobj in kids[child]:
                    if dep[pobj] != "pobj" or words.lemma_lower[pobj] in REASON_NOUNS:
                        continue
                    noun = verb.doc[pobj]
                    # "in the West Bank city of Jenin" (not "from the city", which it left)
                    found = _either(
                        _place_naming(noun, table) if lower[child] != "from" else None,
                        _locative(noun, table),
                        _target_place(noun, table) if lower[child] != "from" else None)
                    if found is not None:
                        return found
    elif preps is TIME_PREPS:
        return _nested_time(verb.i, table, words)
    return None


# Prepositions by which an act names who or what it is done with, to or on, and by which
# such a noun names what it belongs to: where those are is where the act is, when nothing
# closer says ("spoke with students in Dresden", "struck targets belonging to the PKK in
# northern Iraq", "held talks on the sidelines of the summit in Kazan").
PARTNER_PREPS = frozenset({"with", "on", "at", "against", "to", "of"})
# Of a meeting: prepositions of who is met and where ("with", "at"), and the nouns of an
# occasion others hold ("on the sidelines of the summit in Kazan").
MEETING_PREPS = {"with", "at"}
OCCASION_NOUNS = {"sideline", "sidelines", "margin", "margins", "fringe", "fringes"}
# How many nouns deep the search for such a place goes.
PARTNER_DEPTH = 3


# Nouns of setting someone free: "urged the release of the fishermen" asks their captors,
# not the fishermen, who are no recipient of the demand (the captors often go unnamed).
FREEING_NOUNS = {"release", "freedom", "freeing"}


def _sidelines_of_the_occasion_before(events: list[EventMention], fallen_back: set[int]
                                      ) -> None:
    """"He travelled to Bangkok for a regional summit. He met Modi on the sidelines": a
    meeting on the sidelines of no named occasion, placed at the dateline for want of a
    place, is held where the meeting told in its sentence or the one before is."""
    for event in events:
        if event.token.i not in fallen_back or event.trigger.event != "CONSULT" \
                or not _on_unnamed_sidelines(event.token):
            continue
        earliest = _previous_sentence_start(event.sentence)
        before = [e for e in events if e.trigger.event == "CONSULT" and e.place is not None
                  and e.token.i not in fallen_back and earliest <= e.token.i < event.token.i]
        if before:
            event.place = max(before, key=lambda e: e.token.i).place


def _on_unnamed_sidelines(verb: Token) -> bool:
    """Whether ``verb`` has an "on the sidelines" phrase with no "of" phrase naming the
    occasion."""
    return any(g.lemma_.lower() in OCCASION_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in g.children)
        for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")


def _done_where_its_partners_are(event: EventMention) -> bool:
    """Whether an event happens where those it involves are: a material act, or a meeting
    (not a phone call); a statement is made where its speaker is ("accused the rebels in
    Idlib" is said elsewhere)."""
    trigger = event.trigger
    if trigger.quad in VERBAL_QUADS:
        return trigger.event == "CONSULT" and trigger.mode != "phone"
    return True


def _place_of_what_it_involves(token: Token, table: dict[int, int],
                               met: dict[int, int] | None = None) -> int | None:
    """The place of a locative phrase inside the trigger's object or its prepositional
    objects, up to :data:`PARTNER_DEPTH` nouns down, through "of"/"with"/"to"/... phrases
    and participles ("targets belonging to the PKK in northern Iraq"); None if none. For a
    meeting (``met``: the actors by token) only who is met and the occasion count ("spoke
    with students in Dresden", "on the sidelines of the summit in Kazan"), not what is
    discussed ("discussed shipping in the Black Sea")."""
    if met is None:
        frontier = [c for c in token.children
                    if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in PARTNER_PREPS)]
    else:  # (the verb's and, for "held talks on the sidelines of", its noun's phrases)
        heads = [token, *(c for c in token.children if c.dep_ == "dobj" and c.i not in met)]
        frontier = [c for h in heads for c in h.children if (c.dep_ == "dobj" and c.i in met) or (
            c.dep_ == "prep" and (c.lower_ in MEETING_PREPS or any(
                g.lemma_.lower() in OCCASION_NOUNS for g in c.children if g.dep_ == "pobj")))]
    for _ in range(PARTNER_DEPTH):
        nouns = [g for node in frontier
                 for g in (node.children if node.dep_ == "prep" else (node,))
                 if node.dep_ != "prep" or g.dep_ == "pobj"]
        frontier = []
        for noun in nouns:
            found = _either(_locative(noun, table), _place_naming(noun, table))
            if found is not None:
                return found
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ in PARTNER_PREPS:
                    frontier.append(child)
                elif child.dep_ == "acl":
                    frontier += [g for g in child.children if g.dep_ == "dobj"
                                 or (g.dep_ == "prep" and g.lower_ in PARTNER_PREPS)]
    return None


def _target_place(noun: Token, table: dict[int, int]) -> int | None:
    """Where the target of an act named in a locative phrase is: "killed 12 in an attack on
    a village in Plateau state" (the attack is where the village is)."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
            for target in prep.children:
                if target.dep_ == "pobj":
                    # "strikes on the positions of militants in Idlib province": or where
                    # what the target is of is
                    owners = [g for p in target.children if p.dep_ == "prep" and p.lower_ == "of"
                              for g in p.children if g.dep_ == "pobj"]
                    found = _either(table.get(target.i), _place_naming(target, table),
                                    _locative(target, table),
                                    *[_locative(o, table) for o in owners])
                    if found is not None:
                        return found
    return None


def _nested_time(start: int, table: dict[int, int], words: Any, depth: int = 3) -> int | None:
    """A time at the end of a chain of phrases ("a raid on a hideout on Friday", where the
    parser hangs "on Friday" on the hideout): a noun is seldom dated, its event is. Not
    through "of" and the like: "on the anniversary of the massacre in 1989" dates the
    massacre."""
    kids, dep, lower = words.children, words.dep, words.lower
    if depth == 0:
        return None
    for prep in kids[start]:
        if dep[prep] != "prep" or lower[prep] in NOT_THROUGH_PREPS:
            continue
        for pobj in kids[prep]:
            if dep[pobj] != "pobj":
                continue
            if pobj in table and lower[prep] in TIME_PREPS:
                return table[pobj]
            found = _nested_time(pobj, table, words, depth - 1)
            if found is not None:
                return found
    return None


def _not_of_the_other_side(event: EventMention, args: ArgumentFinder) -> None:
    """A generic doer guessed to be of the article's country is not of the state its act
    is done to: "the president is visiting France" in a story that names France most is no
    French president; nor a government a state acts on of that state. Its guess is dropped,
    since the text says what it is not."""
    states = {args.actors[r].info.country for r in event.recipients
              if args.actors[r].info.kind == "state"}
    if event.trigger.event == "SANCTION" or event.trigger.mode in FOREIGN_SIDE_MODES:
        # expelling, deporting or sanctioning is done to another country's people: "the
        # junta expelled French troops" in a story that names only France is no French junta
        states |= {args.actors[r].info.country for r in event.recipients
                   if not args.actors[r].info.country_guessed}
    # ... nor of the state its act comes from or is against: "the junta refused aid from
    # France", "protests against Israel" in a story that names no other state
    states |= _states_from_or_against(event, args)
    # ... nor of the country of the foreigners it acts on ("police arrested two Chinese
    # nationals", "the minister met the French ambassador") or of the forces it fights
    # ("troops clashed with Eritrean soldiers")
    others = FOREIGN_PEOPLE | (SECURITY_FORCES if event.trigger.event == "ASSAULT" else set()) \
        | (LEADING_ROLES if event.trigger.event == "CONSULT" else set())
    states |= {args.actors[r].info.country for r in event.recipients
               if not args.actors[r].info.country_guessed and args.actors[r].info.kind == "agent"
               and args.doc[args.actors[r].end - 1].lemma_.lower() in others}
    _drop_guesses(args, event.actors, states)
    # ... nor is the government a state acts on its own ("Washington imposed sanctions on
    # the regime" in a story that names no other country), nor whom a state attacks ("Israel
    # said it targeted militants", "Israeli strikes killed 20 people" in a story that names
    # Israel most)
    doers = {args.actors[n].info.country for n in event.actors
             if args.actors[n].info.kind == "state" and not args.actors[n].info.country_guessed}
    _drop_guesses(args, [r for r in event.recipients
                         if args.actors[r].info.sector == "GOV"
                         or event.trigger.quad == "material_conflict"], doers)
    if _spying(event.trigger):
        # ... nor are the people a state's spies or hackers spy on its own: "Chinese
        # hackers ... spy on the armed forces" in a story that names China most
        spies = {args.actors[n].info.country for n in event.actors
                 if not args.actors[n].info.country_guessed}
        _drop_guesses(args, event.recipients, spies)


def _spying(trigger: Trigger) -> bool:
    """An act of espionage or a cyber attack ("hacked the accounts", "spy on"), which one
    state's agents do to another's."""
    return trigger.mode == "cyber" or "intelligence" in trigger.context


def _traded_with(event: EventMention, args: ArgumentFinder) -> None:
    """"Russia traded accusations with Ukraine", "exchanged fire with Cambodian troops":
    each side does it to the other, so the side of the "with" phrase is a doer too, as
    "Russia and Ukraine traded accusations" says, not only the one accused."""
    noun = event.token
    if noun.lemma_.lower() in EACH_TO_EACH_VERBS:  # the verb is the trigger: "exchanged fire"
        nodes = (noun, *(c for c in noun.children if c.dep_ == "dobj"))
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in EACH_TO_EACH_VERBS:
        nodes = (noun.head, noun)
    else:
        return
    partners = [n for node in nodes for p in node.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for g in p.children if g.dep_ == "pobj" for n in args.actors_in(g)]
    if partners:
        event.actors = _unique(event.actors + partners)
        event.recipients = [r for r in event.recipients if r not in partners]


def _states_from_or_against(event: EventMention, args: ArgumentFinder) -> set[str]:
    """The countries of the states a "from" or "against" phrase of the trigger, or of its
    object, names ("refused aid from France", "sanctions against Iran")."""
    token = event.token
    # (the phrases from the token table: a Token only for the objects of "from", "against")
    table, doc = token_table(token.doc), token.doc
    dep, lower, kids = table.dep, table.lower, table.children
    heads = [token.i, *(c for c in kids[token.i] if dep[c] == "dobj")]
    return {args.actors[n].info.country for h in heads for p in kids[h]
            if dep[p] == "prep" and lower[p] in ("from", "against")
            for g in kids[p] if dep[g] == "pobj" for n in args.actors_in(doc[g])
            if args.actors[n].info.kind == "state" and not args.actors[n].info.country_guessed}


# People an act of another state's doers is done to: foreigners and envoys.
FOREIGN_PEOPLE = POSTED_ROLES | {"national", "citizen", "diplomat", "delegation", "tourist",
                                 "visitor", "foreigner"}

# Heads of a state's representatives: one meets "the Kenyan leader" from another country.
LEADING_ROLES = {"leader", "president", "minister", "premier", "chancellor", "king",
                 "monarch", "emir", "sultan", "official", "counterpart", "representative"}

# Modes of acts done to another country's people or agents.
FOREIGN_SIDE_MODES = {"expel", "deport"}


def _own_means_of(args: ArgumentFinder, actors: list[int], means: Token) -> None:
    """The forces or envoys a state sends or withdraws ("France will send 200 more troops",
    an own-object act) are its own: a generic one with no country of its own, or only a
    guessed one, takes the country of the doer, when the doers have one country."""
    n = args.actor_at.get(means.i)
    countries = {args.actors[a].info.country for a in actors} - {None, "IGO", "NGO"}
    if n is None or len(countries) != 1:
        return
    info = args.actors[n].info
    if info.kind == "agent" and (info.country is None or info.country_guessed):
        (country,) = countries
        args.actors[n].info = replace(info, country=country, country_guessed=False,
                                      via=f"{info.via}; the means of {country}")


def _drop_guesses(args: ArgumentFinder, participants: list[int], countries: set[str]) -> None:
    """Drop the guessed country of those ``participants`` whose guess is one of
    ``countries``, the other side's."""
    for n in participants:
        mention = args.actors[n]
        info = mention.info
        if info.country_guessed and info.country in countries:
            mention.info = replace(info, country=None, country_guessed=False,
                                   via=f"{info.via}; not {info.country}, the other side")


def _country_filed_from(places: list[Any], dateline: int | None) -> str | None:
    """The country (ISO 3) of the place the report is filed from, if the article has one."""
    if dateline is None or dateline >= len(places) or not places[dateline].country_code:
        return None  # (a Doc built by hand may name places it does not list)
    return iso3_of(places[dateline].country_code)


def _owned_elsewhere(event: EventMention, args: ArgumentFinder, here: str) -> bool:
    """What the event is done to belongs to a state other than the dateline's (``here``),
    so that the place the report is filed from is no stand-in for the event's: "BRUSSELS -
    ... Ukraine's power grid, which was struck by Russian missiles" is no attack in
    Brussels."""
    token = event.token
    targets = [token.head] if token.dep_ == "relcl" else []
    targets += [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    owners = {args.actors[args.actor_at[p.i]].info for t in targets for p in t.children
              if p.dep_ == "poss" and p.i in args.actor_at}
    return any(o.kind == "state" and o.country not in (None, here) for o in owners)


def _hosted_elsewhere(event: EventMention, args: ArgumentFinder, here: str) -> bool:
    """A state or a city hosting a meeting hosts it at home: "Cairo would host the next
    round", in a report filed from Khartoum (``here``: its country), is no meeting in
    Khartoum."""
    if event.trigger.lemma != "host":
        return False
    hosts = [args.actors[n].info for n in event.actors]
    return any(h.kind == "state" or h.key.startswith("city:") for h in hosts) \
        and all(h.country not in (None, here) for h in hosts)


VERBAL_QUADS = ("verbal_cooperation", "verbal_conflict")


def _decided_at_home(event: EventMention, args: ArgumentFinder, here: str) -> bool:
    """A state (or who speaks for one) that speaks (urges, condemns, promises) or imposes
    sanctions does so at home: "The United States urged restraint", in a report filed from
    Addis Ababa (``here``: its country), was said in no place the report names, and surely
    not in Addis Ababa."""
    said_or_decided = event.trigger.quad in VERBAL_QUADS or event.trigger.event == "SANCTION"
    if not said_or_decided or not event.actors:
        return False
    speakers = [args.actors[n].info for n in event.actors]
    return all(_speaks_for_a_state(s) and s.country not in (None, here) for s in speakers)


# Verbs of a state's punishment of its own people: a hanging is done where the state rules.
EXECUTION_VERBS = {"execute", "hang"}


def _enforced_at_home(event: EventMention, args: ArgumentFinder, here: str) -> bool:
    """A state (or its government) that arrests, bans, sentences or executes does so on its
    own ground: "Iran hanged a man", in a report filed from Dubai (``here``: its country),
    is no hanging in Dubai."""
    trigger = event.trigger
    enforcing = trigger.event == "COERCE" or trigger.lemma in EXECUTION_VERBS \
        or (trigger.event == "SANCTION" and trigger.mode == "convict")
    if not enforcing or not event.actors:
        return False
    doers = [args.actors[n].info for n in event.actors]
    return all(_speaks_for_a_state(d) and d.country not in (None, here) for d in doers)


def _speaks_for_a_state(info: Any) -> bool:
    """A state or its government ("the German government"): who speaks for a country, from
    home. Not a person, who travels: the leaders at a summit in Brussels speak there."""
    return info.kind == "state" or (
        info.kind == "agent" and info.sector == "GOV" and not info.country_guessed
        and info.country != "IGO")


def _where_it_was_said(token: Token, speakers: list[int], args: ArgumentFinder,
                       place_at: dict[int, int]) -> int | None:
    """The place of the words that quote a speaker's statement (``speakers``: the event's
    actors, the quote's speaker among them): '"We call on both sides to talk," the spokesman
    told reporters in Washington' calls in Washington; what the others are called on to do
    happens elsewhere."""
    for quote in args.quotes:
        if quote.direct and quote.cue is not None and quote.speaker in speakers \
                and quote.start_char <= token.idx < quote.end_char:
            cue = quote.cue
            place = _in_clause(cue, place_at)
            if place is not None:
                return place
            objects = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
            return next((p for o in objects if (p := _locative(o, place_at)) is not None),
                        None)
    return None


# How many words before a speaker's name may hold the office and its place.
OFFICE_WINDOW = 3


def _speakers_territory(token: Token, args: ArgumentFinder,
                        place_at: dict[int, int]) -> int | None:
    """The place a local official speaks for, when the event is told in that official's
    words and says no place of its own: the town or region named with the office ("Ryazan
    governor Pavel Malkov", "the Kharkiv governor", "the mayor of Kharkiv"). None when the
    speaker holds no such office or the office names no place."""
    doc = token.doc
    for quote in args.quotes:
        if quote.speaker is None or not quote.start_char <= token.idx < quote.end_char:
            continue
        speaker = args.actors[quote.speaker]
        window = range(max(speaker.start - OFFICE_WINDOW, 0), speaker.end)
        office = next((i for i in window if doc[i].lemma_.lower() in LOCAL_OFFICES), None)
        if office is None:
            return None
        return next((place_at[i] for i in window if i in place_at), None) \
            or _of_place(doc[office], place_at)
    return None


def _victims_territory(event: EventMention, args: ArgumentFinder,
                       place_at: dict[int, int]) -> int | None:
    """The town or region of a local official an act of force befalls, when the act says no
    place of its own ("the mayor of Chilpancingo was killed", "the Kherson governor was
    wounded"): where the official serves. None otherwise."""
    if event.trigger.quad != "material_conflict":
        return None
    doc = event.token.doc
    for n in event.recipients:
        mention = args.actors[n]
        office = next((i for i in range(mention.start, mention.end)
                       if doc[i].lemma_.lower() in LOCAL_OFFICES), None)
        if office is None:
            continue
        found = next((place_at[i] for i in range(mention.start, mention.end) if i in place_at),
                     None) or _of_place(doc[office], place_at)
        if found is not None:
            return found
    return None


def _of_place(noun: Token, place_at: dict[int, int]) -> int | None:
    """The place of the noun's "of" phrase ("the mayor of Kharkiv"), or None."""
    return next((place_at[g.i] for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj" and g.i in place_at), None)


# A place read this surely (its 0-1 ``score``) gives its country to the people of the event
# there: a guess below it ("the village of Banjska" read, by a spelling of its name, as
# Bansko in Bulgaria) would give the gunmen a country the story never names.
SURE_PLACE_SCORE = 0.5


def _people_of_the_place(event: EventMention, args: ArgumentFinder,
                         places: list[Any], guessed_only: bool = False) -> None:
    """Generic participants that took the article's country ("people", "protesters", with
    no country of their own), or civilians that took none, take the country where the text
    puts the event: in
    a story that names Israel most, "strikes hit Gaza City, killing 30 people" kills
    Palestinians; a guess from the place beats a guess from the article."""
    place = places[event.place] if event.place is not None and event.place < len(places) \
        else None  # (a Doc built by hand may name places it does not list)
    if place is None or place.adjective or not place.country_code \
            or _surest_score(place, places) < SURE_PLACE_SCORE:
        return
    country = iso3_of(place.country_code)
    # (who travelled to the place came from elsewhere: only those met there are of it)
    for n in {*event.recipients} if event.journey else {*event.actors, *event.recipients}:
        mention = args.actors[n]
        info = mention.info
        if country is None or info.country == country or _office_holder(info):
            continue
        if (info.country_guessed or (_unplaced_civilians(info) and not guessed_only)) \
                and args.doc[mention.end - 1].lemma_.lower() not in SETTLER_NOUNS:
            mention.info = replace(info, country=country, country_guessed=True,
                                   via=f"{info.via}; then {country}, where the event is")


def _dateline_country_named(places: list[Any], dateline: int | None) -> bool:
    """Whether the story names places of its dateline's country besides the dateline (a
    report filed from where it tells of, not from Geneva about Gaza)."""
    if dateline is None or dateline >= len(places) or not places[dateline].country_code:
        return False
    here = places[dateline].country_code
    return any(n != dateline and p.country_code == here and not p.adjective
               for n, p in enumerate(places))


def _surest_score(place: Any, places: list[Any]) -> float:
    """The best score the article gives the place under any of its mentions: "Gaza" in the
    body is as sure as the dateline's "GAZA" that reads it as the same place."""
    return max((p.score or 0.0 for p in places
                if p.geonameid is not None and p.geonameid == place.geonameid),
               default=place.score or 0.0)


def _office_holder(info: Any) -> bool:
    """A named person with a title of state ("Ontario Premier Doug Ford"): he holds his
    office wherever he acts, and a threat to cut power to U.S. states makes him no American."""
    return info.kind == "person" and info.sector in DOMESTIC_TITLE_SECTORS


def _unplaced_civilians(info: Any) -> bool:
    """Civilians the actors stage gave no country ("killing 46 people" in a story of two
    states named as often): people are of the place where the text puts what befell them,
    as those guessed from the article are."""
    return info.country is None and info.kind == "agent" and info.sector == "CVL"


# Nouns of a complaint or a suit, filed "with" the body that hears it: "filed a lawsuit with
# the WTO", "lodged a complaint with the UN" (against whom, an "against" phrase says).
COMPLAINT_NOUNS = {"lawsuit", "suit", "complaint", "case", "petition", "appeal", "grievance",
                   "claim", "challenge", "motion", "request", "application"}


def _venue_of_a_complaint(verb: Token, prep: Token) -> bool:
    """A "with" phrase of a complaint or a suit filed, on the verb or its object: the court or
    body that hears it, no one the complaint is against."""
    if prep.dep_ != "prep" or prep.lower_ != "with":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in COMPLAINT_NOUNS
               for c in verb.children) or prep.head.lemma_.lower() in COMPLAINT_NOUNS


# Verbs whose object is a contest won or lost, not an act reported: "won the fight".
CONTEST_VERBS = {"win", "lose"}
# Verbs that ease or undo a sentence or a conviction that is their object.
EASING_VERBS = {"reduce", "commute", "cut", "shorten", "halve", "lighten", "quash",
                "overturn", "annul", "void", "vacate", "suspend", "waive"}
# Modifiers of a conflict noun that make it a contest fought by other means: "a legal battle".
FIGURATIVE_CONFLICT = {"legal", "court", "courtroom", "custody", "political", "electoral",
                       "diplomatic", "verbal", "bureaucratic", "trade", "tariff", "price",
                       "currency", "culture", "cultural", "ideological", "uphill", "budget",
                       "succession", "leadership", "boardroom", "takeover", "bidding",
                       "extradition", "copyright", "patent", "public", "media", "propaganda",
                       "turf", "tug", "marketing", "advertising", "ad", "sales", "pricing",
                       "charm", "lobbying", "publicity", "subsidy", "talent", "streaming",
                       "ratings"}


# What an attack "with" words or money is made of: "attacked the country with lies and
# propaganda", "with tens of millions of euros" (the words and sums of a campaign, no weapon).
WORDLY_MEANS = {"lie", "propaganda", "disinformation", "misinformation", "money", "euro",
                "dollar", "rouble", "ruble", "criticism", "word", "insult", "accusation",
                "rhetoric", "claim", "argument", "question", "advert", "advertisement",
                "slogan", "bribe", "cash", "fake", "falsehood", "smear", "slur"}


def _attacked_with_words(event: EventMention) -> bool:
    """A verb of attack whose "with" phrase names only words or money ("attacked the country
    with tens of millions of euros, lies and propaganda"): a campaign, no assault."""
    token = event.token
    if event.trigger.event != "ASSAULT" or event.trigger.pos != "verb":
        return False
    means = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
             for g in c.children if g.dep_ == "pobj"]
    means = [*means, *(c for m in means for c in m.conjuncts)]
    # ("tens of millions of euros": the sum's unit)
    named = [_counted(m).lemma_.lower() for m in means]
    return bool(named) and all(n in WORDLY_MEANS for n in named)


def _counted(noun: Token) -> Token:
    """What a quantity noun counts ("tens of millions of euros": euros), or the noun."""
    while noun.lemma_.lower() in QUANTITY_NOUNS or noun.lemma_.lower() == "ten":
        of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is None:
            break
        noun = of
    return noun


def _states_among(actors: list[int], args: ArgumentFinder) -> set[str]:
    """The keys of the states among the actors: a state is no recipient of its own act
    ("Washington eased U.S. sanctions on Venezuelan oil" eases them for Venezuela)."""
    return {args.actors[n].info.key for n in actors if args.actors[n].info.kind == "state"}


def _owners_of_a_measure(obj: Token | None, args: ArgumentFinder) -> list[int]:
    """The states named before a measure the verb acts on ("cut U.S. tariffs on British
    cars", "eased EU sanctions"): whose measure it is, who eases or imposes it, never whom
    it is on."""
    if obj is None or obj.lemma_.lower() not in OWNED_MEASURE_NOUNS:
        return []
    return [args.actor_at[c.i] for c in obj.children
            if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i in args.actor_at
            and args.actors[args.actor_at[c.i]].info.kind == "state"]


def _unsure_modifiers(actors: list[int], noun: Token, args: ArgumentFinder) -> bool:
    """The noun's own doers are all forces named before it ("army, navy and rocket force
    exercises") with no country or only the article's guess: a light verb's subject, who
    carries the act, says more."""
    return all(_modifying(args.actors[n], noun) and (args.actors[n].info.country_guessed
                                                      or not args.actors[n].info.country)
               for n in actors)


def _modifying(mention: Any, noun: Token) -> bool:
    """Armed forces or police named among the words before the noun in its phrase ("navy"
    in "army, navy and rocket force exercises"): the act's own, no target of it (a state
    or a city there may be: "Gaza strikes")."""
    return mention.info.kind != "state" and mention.info.sector in FORCE_SECTORS \
        and noun.left_edge.i <= mention.start and mention.end <= noun.i


# The sector of ordinary people ("voters", "the public"), whose verdict is no court's.
CIVILIAN_SECTOR = "CVL"


# Nouns of the bodies a dispute is taken to when it is fought in law ("took the fight to
# the Supreme Court", "carried the battle to the tribunal").
COURT_NOUNS = {"court", "tribunal", "arbitration", "arbitrator", "judge", "icj", "icc"}


def _taken_to_court(verb: Token) -> bool:
    """The verb has a "to" phrase naming a court: what it takes there is a case."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in COURT_NOUNS for g in c.children)
        for c in verb.children)


def _the_two_sides(events: list[EventMention], args: ArgumentFinder) -> None:
    """"Xi met Albanese in Beijing ... the two sides agreed to resume talks": the doers of
    an act by "the two sides" ("both leaders") are the two parties of the last encounter
    told in its sentence or the two before, when it had exactly two (a sentence of comment
    may come between: "... signed the treaty. X said the deal would open a new page. The
    two countries also agreed ...")."""
    for n, event in enumerate(events):
        if len(event.actors) != 1 or not _a_pair(args.actors[event.actors[0]], args.doc):
            continue
        joined = _pair_named_before(args, args.actors[event.actors[0]].start, event.sentence)
        if joined is not None:  # "Pyongyang and Moscow have not confirmed it, but the two
            # countries signed a treaty": the two its sentence joins before it
            event.actors = joined
            event.recipients = [r for r in event.recipients if r not in joined]
            continue
        before_it = _previous_sentence_start(event.sentence)
        earliest = _previous_sentence_start(args.doc[before_it].sent)
        for before in reversed(events[:n]):
            if before.sentence.start < earliest:
                break
            if before.trigger.head in MEDIATING_WORDS:
                continue  # "talks mediated by Qatar and Turkey": the go-betweens are no sides
            parties = list(dict.fromkeys(before.actors + before.recipients))
            if len(parties) == 2 and not any(_a_pair(args.actors[p], args.doc)
                                             for p in parties):
                event.actors = parties
                event.recipients = [r for r in event.recipients if r not in parties]
                break


def _pair_named_before(args: ArgumentFinder, end: int, sentence: Span) -> list[int] | None:
    """The last two actors the sentence joins by "and" before token ``end`` ("Pyongyang and
    Moscow"), as mention indices; None when it joins none."""
    words = token_table(args.doc)
    found = None
    for i in range(sentence.start, end):
        n = args.actor_at.get(i)
        if n is None or words.dep[i] != "conj":
            continue
        first = args.actor_at.get(words.head[i])
        if first is not None and first != n and not _a_pair(args.actors[first], args.doc):
            found = [first, n]
    return found


def _a_pair(mention: Any, doc: Doc) -> bool:
    """The mention is "the two sides", "both leaders" and the like, or "the sides" alone."""
    root = doc[mention.start:mention.end].root
    if mention.info.kind != "agent" or root.lemma_.lower() not in PAIR_NOUNS:
        return False
    children = [c.lower_ for c in root.children]
    return any(c in PAIR_WORDS for c in children) or (
        root.lemma_.lower() == "side" and root.tag_ == "NNS" and children == ["the"])


def _previous_sentence_start(sentence: Span) -> int:
    """The first token of the sentence before ``sentence`` (its own first, if none)."""
    doc = sentence.doc
    return doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start


class EventFinder:
    """Finds every event in one Doc (one instance per pipeline, reused across docs)."""

    def __init__(self, lexicon: Lexicon, confidence: ConfidenceSettings = DEFAULT_CONFIDENCE,
                 model: ConfidenceModel | None = None):
        self.lexicon = lexicon
        self.types = lexicon.types
        self.confidence = confidence
        self.model = model  # None: the rule-based confidence is the event's confidence
        # the context features the model reads (training sets others to fit a model on them)
        self.context_groups: tuple[str, ...] = model.context if model is not None else ()

    def __call__(self, doc: Doc) -> list[EventMention]:
        args = ArgumentFinder(doc)
        # Only points in time date an event: not "for three days", "every Monday" or "now".
        time_at = {i: n for n, t in enumerate(doc._.times or []) if t.type in ("DATE", "TIME")
                   for i in range(t.start, t.end)}
        place_at = doc._.place_at or {}
        events: list[EventMention] = []
        consumed: set[int] = set()
        negated_objects: set[int] = set()
        verb_events: dict[int, str] = {}
        deverbal = self.confidence.deverbal
        table = token_table(doc)
        # (the parts of speech test first: most words are of no other, and may_trigger is a
        # call per word; a Token only for the words that may trigger)
        matches = [(token, m) for i, (pos, lemma, lower)
                   in enumerate(zip(table.pos, table.lemma_lower, table.lower, strict=True))
                   if pos in TRIGGER_POS and may_trigger(self.lexicon, pos, lemma, lower)
                   and (m := match_trigger(self.lexicon, token := doc[i], deverbal)) is not None]
        named = {t.i: trig for t, (trig, _) in matches if trig.pos == "noun" and trig.modifiers}
        kinds_at = {t.i: trig.event for t, (trig, _) in matches}
        for token, (trigger, obj) in matches:
            if trigger.pos != "verb" or _not_an_act(token, trigger) \
                    or _by_nature_or_mishap(token) or _a_running_toll(token) \
                    or _fought_against_a_hazard(token, trigger) \
                    or _beaten_in_a_contest(token, trigger) \
                    or _a_word_of_a_name(token, args) or _a_hyphened_description(token):
                continue
            if _named_by_its_object(token, trigger, obj, named, self.lexicon) \
                    or _an_effort_of_another_kind(obj, trigger, kinds_at, self.lexicon) \
                    or _aim_of_measures(token, trigger, kinds_at) \
                    or _a_contest_by_other_means(obj, trigger) \
                    or _a_medical_operation(obj, trigger) \
                    or _a_falsehood_given(obj, trigger) \
                    or _retaliation_in_kind(token, trigger, kinds_at) \
                    or _a_stoppage_launched(token, trigger, obj) \
                    or _an_emergency_of_no_order(token, trigger, obj):
                continue
            if obj is not None:
                if trigger.lemma not in COUNTER_VERBS:  # "repelled an attack": two acts
                    consumed.add(obj.i)
                    # "held a fresh round of talks": the talks are the round held
                    consumed.update(g.i for p in obj.children if p.dep_ == "prep"
                                    and p.lower_ == "of" for g in p.children
                                    if g.dep_ == "pobj" and g.lemma_.lower() in trigger.object)
                if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in obj.children):
                    negated_objects.add(token.i)
            event = EventMention(trigger, token, sentence_of(token))
            event.actors = args.agent_of(token)
            if _officials_gathering(trigger, event.actors, args) \
                    or _ousted_by_a_vote(token, trigger, event.actors, args):
                continue
            kind = self.types[trigger.event]
            # "used force", "employed drones": the object is the doer's means, no recipient
            own = kind.object_is_own(trigger.mode) or trigger.lemma in INSTRUMENT_VERBS
            meeting = trigger.event == "CONSULT"
            # an act of cooperation is aimed at no one "at" a place: "signed the pact at the
            # White House" is signed there, as talks are held there; nor at whom what it
            # agrees is aimed ("agreed sanctions against Russia")
            settled = meeting or kind.quad.endswith("_cooperation")
            states = _states_among(event.actors, args)
            owners = _owners_of_a_measure(obj, args)
            event.recipients = [r for r in args.recipients_of_verb(token, obj, own, settled,
                                                                   kind.for_is_recipient)
                                if r not in event.actors and r not in owners
                                and args.actors[r].info.key not in states]
            if not event.actors and owners:
                event.actors = owners  # "a deal that cut U.S. tariffs on British cars"
            if meeting and (_a_press_contact(event, args) or _a_press_conference(obj)):
                continue
            if _a_sale(event, args):
                continue
            if own and obj is not None:
                _own_means_of(args, event.actors, obj)
            self._locate(event, token, place_at, time_at)
            if obj is not None and obj.i in args.actor_at:
                # "received the Brussels team": a participant's modifier says where it is
                # from; only a locative phrase says where it is ("arrested protesters in Minsk")
                if event.place is None:
                    event.place = _locative(obj, place_at)
            elif obj is not None:  # "held talks in Geneva": the place may hang off the noun
                # (and "held Geneva talks" its modifier, when the noun is itself the event)
                self._locate(event, obj, place_at, time_at, described=False,
                             owners=obj.i in kinds_at)
            direct = next((c for c in token.children if c.dep_ == "dobj"), None)
            if event.place is None and obj is None and direct is not None \
                    and direct.i in args.actor_at:
                # "met Xi Jinping in Beijing": the phrase hangs off the one met
                event.place = _locative(direct, place_at)
            if event.place is None:
                event.place = _object_place(event, kind, token, place_at)
            if event.place is None and trigger.mode == "visit":
                event.place = _visited(token, place_at)  # "travelled to Asmara"
                event.journey = event.place is not None
            if event.place is None and trigger.mode == "withdraw" and trigger.event == "RETREAT":
                event.place = _left(token, place_at)  # "withdrew from the Amhara region"
            events.append(event)
            verb_events[token.i] = trigger.event
        for token, (trigger, _) in matches:
            if trigger.pos != "noun" or token.i in consumed:
                continue
            if verb_events.get(token.head.i) == trigger.event \
                    and token.head.lemma_.lower() not in COUNTER_VERBS:
                continue  # "attacked in a raid": the verb already codes it
            reply = _a_reply_with(token)
            if reply is not None and verb_events.get(reply.i) == trigger.event:
                continue  # "retaliated with missile strikes": one attack
            carrier = _verb_of_its_phrase(token)
            if carrier is not None and carrier.i in verb_events:
                # "killed 30 soldiers in an attack on a post on Sunday", "wounded during a
                # raid on Friday": the verb's act happened when and where the noun's did
                # (when its own clause does not say); of one type, they are one event
                verb_event = next(e for e in events if e.token.i == carrier.i)
                self._locate(verb_event, token, place_at, time_at)
                if verb_event.place is None and trigger.mode == "visit":
                    verb_event.place = _visited(token, place_at)  # "during his visit to Kyiv"
                    verb_event.journey = verb_event.place is not None
                if verb_events[carrier.i] == trigger.event:
                    continue
            if _by_nature_or_mishap(token) or _ended(token) or _people_in_a_state(token) \
                    or _characterises_what_precedes(token):
                continue
            if trigger.event == "PROTEST" and token.dep_ == "nsubj" \
                    and verb_events.get(token.head.i) == "ASSAULT":
                continue  # "Israeli strikes hit Gaza": the strikes are the attack's means
            events.append(self._nominal(token, trigger, args, place_at, time_at))
        _strike_sense(events, self.lexicon, args)
        _hunger_strikes(events)
        _missiles_fired_into_open_water(events, self.lexicon)
        _cyber_sense(events, args)
        _raids_of_the_police(events, self.lexicon, args)
        _held_with_partners(events, self.lexicon, args)
        _victims_are_not_condemned(events)
        # each doc._ read makes an object: read once, not once per event
        published = doc._.published
        cues = doc._.speech_cues or set()
        dateline = doc._.dateline_place
        places = doc._.places or []
        here = _country_filed_from(places, dateline)
        whereabouts = _whereabouts(doc, args, place_at)
        placed = {e.token.i: e.place for e in events if e.place is not None}
        reported_from_within = _dateline_country_named(places, dateline)
        fallen_back: set[int] = set()  # the events placed at the dateline for want of any
        for event in events:
            if event.place is None:  # "at the residence of Mark Rutte": where he was placed
                event.place = _premises_place(event.token, args, whereabouts)
            if event.place is None:  # "attacked a post near Timbuktu, killing 12 soldiers"
                event.place = placed.get(_participle_head(event.token).i)
            if event.place is None and event.token.dep_ == "relcl":
                # "In Kisumu, police fired tear gas at nurses who marched to the offices": the
                # scene of the act whose participant the clause describes
                event.place = placed.get(_verb_of_the_noun(event.token.head).i)
            if event.place is None and _done_where_its_partners_are(event):
                event.place = _place_of_what_it_involves(
                    event.token, place_at, args.actor_at if event.trigger.event == "CONSULT"
                    else None)
            reply = _a_reply_with(event.token) if event.trigger.pos == "noun" else None
            event.modality = modality_of(event.token if reply is None else reply, cues)
            if event.token.i in negated_objects:  # "no talks were held"
                event.modality = "negated"
            if _attempted_assault(event):
                event.modality = "asserted"
            if event.modality == "asserted" and (_long_before(event, doc, published)
                                                 or _years_before_its_main_clause(event.token)
                                                 or _remembered(event.token)):
                event.modality = "historical"
            elif event.modality == "asserted" and (_after(event, doc, published)
                                                   or _awaited(event, doc, published)):
                event.modality = "future"  # "the summit on Thursday", filed on a Wednesday
            _summoned_to_its_summoner(event, args, place_at)
            _traded_with(event, args)
            _not_of_the_other_side(event, args)
            if event.trigger.event == "SANCTION" and not event.recipients:
                # "tariffs on imports from Mexico", "banned imports of Russian oil"
                event.recipients = [n for n in _whose_goods(event.token, args)
                                    if n not in event.actors]
            if event.place is None and event.trigger.quad not in VERBAL_QUADS:
                # "Ryazan governor Pavel Malkov said two people were wounded": in Ryazan
                event.place = _speakers_territory(event.token, args, place_at) \
                    or _victims_territory(event, args, place_at)
            if event.place is not None:
                _people_of_the_place(event, args, places)
            if event.place is None and event.trigger.quad in VERBAL_QUADS:
                event.place = _where_it_was_said(event.token, event.actors, args, place_at)
            if event.place is None and event.modality != "historical" \
                    and dateline is not None:
                # (a phone call is made from two places, neither of them the dateline's)
                event.elsewhere = event.trigger.mode == "phone" or (here is not None and (
                    _owned_elsewhere(event, args, here) or _hosted_elsewhere(event, args, here)
                    or _decided_at_home(event, args, here)
                    or _enforced_at_home(event, args, here)))
                if not event.elsewhere:
                    event.place = dateline  # where the report is filed, as a fallback
                    fallen_back.add(event.token.i)
                    if reported_from_within:
                        # "GAZA (Reuters) - An Israeli strike ... killed 20 people": a
                        # report from where the story is tells of the people there (only
                        # a guess is replaced: prisoners exchanged have no one place)
                        _people_of_the_place(event, args, places, guessed_only=True)
            event.confidence = _confidence(event, self.confidence)
        _sidelines_of_the_occasion_before(events, fallen_back)
        events = _merge_attendance(events)
        _enacted_by_decision(events, cues)
        events = _sanctions_adopted(events, cues, args)
        _peacekeeping_deployments(events, self.types)
        _deployments_to_help(events, self.types)
        events = _teams_sent_for_another_act(events)
        events += _commitments(events, self.types, self.confidence, time_at)
        _promised_concessions(events, self.types)
        _options_kept_open(events, self.types)
        events += _refusals(events, self.types, self.confidence)
        events += _obligations(doc, events, args, self.types, self.confidence, time_at)
        events += _offers_to_contribute(doc, events, args, self.types, self.confidence)
        _demands(events)
        _not_asking_against_their_own(events, args)
        _addressees(events)
        if _a_disaster_report(doc, events):
            events = [e for e in events
                      if not (_a_disasters_toll(e) or _a_disasters_emergency(e))]
        if _a_launch_report(doc, events, args):
            events = [e for e in events if not _a_failed_launch(e)]
        if _a_game_report(doc):
            events = [e for e in events if not _play_of_the_game(e, args)]
        events = [e for e in events if not _attacked_with_words(e)]
        conflict_acts = _conflict_acts(events)
        # (not a demand: "warned of weak demand" foresees a market, and a warning of
        # demands would hold nothing over anyone either)
        conflict_words = {e.token.i for e in events if e.trigger.quad in CONFLICT_QUADS
                          and e.trigger.event != "REQUEST"}
        undoing = {e.token.i for e in events if e.trigger.event in UNDOING_TYPES}
        # what is said: speech cues and triggers that are speech acts (praising, rejecting,
        # urging at a meeting is saying something there; a treaty signed at one is the
        # meeting's own outcome, and the meeting stays an event)
        said = cues | {e.token.i for e in events if e.trigger.speech}
        for event in events:
            if _setting_of_a_statement(event, said):
                event.anchored = False  # "speaking at a summit in Lisbon, she said ..."
            if _topic_of_a_statement(event.token) or _denied_allegation(event.token) \
                    or _background_of_a_participant(event) or _a_standing_description(event) \
                    or _a_habit(event) \
                    or _a_forecast(event, conflict_acts, conflict_words) \
                    or _what_is_undone(event, undoing):
                event.anchored = False  # "condolences over an attack that killed 40"
        events.sort(key=lambda e: (e.token.i, e.trigger.event))
        _the_two_sides(events, args)
        self._calibrate(events, args)
        return events

    def _calibrate(self, events: list[EventMention], args: ArgumentFinder) -> None:
        """Keep each event's rule-based confidence as a feature, and give it the model's
        probability that a human coder codes it (when there is a model)."""
        context = CandidateContext.of(events, args, self.context_groups)
        for event in events:
            event.rule_confidence = event.confidence
            event.features = candidate_features(event, context)
            if self.model is not None:
                event.confidence = self.model.confidence(event.features)
        _carried(events)

    def _nominal(self, token: Token, trigger: Trigger, args: ArgumentFinder,
                 place_at: dict[int, int], time_at: dict[int, int]) -> EventMention:
        event = EventMention(trigger, token, sentence_of(token))
        if _an_effort(token):  # "launched a mediation effort between the parties": the
            token = token.head  # phrase's grammar hangs on the effort
        kind = self.types[trigger.event]
        of_is_object = "of" in trigger.prep and bool(trigger.object)
        actors, recipients = args.noun_arguments(token, kind.of_is_actor,
                                                 trigger.head in MEDIATION_NOUNS,
                                                 kind.for_is_recipient, of_is_object)
        verb = _clause_verb(token)
        # a light verb carries the event ("held talks"); so does a verb of commitment, as
        # a promise ("promised concessions to the opposition", see commitment_verb), and
        # coming together for a meeting ("leaders gathered for a summit")
        reached = verb is not None and _reached_from(verb, token)
        carried = reached and token.dep_ in ("dobj", "nsubjpass", "pobj") and (
            verb.lemma_.lower() in LIGHT_VERBS
            or (token.dep_ == "dobj" and verb.lemma_.lower() in COMMITMENT))
        carried = carried or _come_for(token, trigger, verb)
        reply = _a_reply_with(token)
        if reply is not None:  # "would retaliate with tariffs": the tariffs are its act
            verb, carried = reply, True
        being_on = _being_on(token)
        if being_on is not None:  # "Ruto, who is on a visit to Washington"
            verb, carried = being_on, True
        if carried and verb is not None:
            branches = bool(actors) and _unsure_modifiers(actors, token, args)
            if branches:
                # "China's military launched army and navy exercises": the branches named
                # before the noun are the subject's own, which says whose they are
                actors = args.agent_of(verb) or actors
            own = {args.actors[n].info.country for n in actors} - {None}
            actors = actors or args.agent_of(verb)
            # the verb's objects are not the side of the noun's own doers ("protested to
            # Beijing over an incursion of Chinese ships"), nor are its branches
            recipients = recipients or [r for r in args.recipients_of_verb(verb, token)
                                        if args.actors[r].info.country not in own and not (
                                            branches and _modifying(args.actors[r], token))]
        if of_is_object:  # "staged a show of force": the force is what is shown, no party
            shown = {args.actor_at.get(g.i) for c in token.children
                     if c.dep_ == "prep" and c.lower_ == "of" for g in c.children}
            recipients = [r for r in recipients if r not in shown]
            # "the breaking of diplomatic relations with Israel": whom the ties are with
            recipients += [n for n in _partners_of_what_is_acted_on(token, args)
                           if n not in recipients]
        if not actors:  # "a cyberattack blamed on Iranian hackers": who is said to have done it
            actors = [n for n in _blamed(token, args) if n not in recipients]
        if not actors and verb is not None and _a_bundled_measure(token, verb):
            # "ministers approved a 16th package of sanctions against Russia": who adopts
            # the package takes its measures
            actors = [n for n in args.agent_of(verb) if n not in recipients]
        if not actors and recipients and verb is not None and trigger.event == "CONSULT" \
                and _talks_framing_an_act(token, verb):
            # "Ford suspended the surcharge after talks with Lutnick": who acts after talks
            # with someone held them
            actors = [n for n in args.agent_of(verb) if n not in recipients]
        event.actors = actors
        event.recipients = [r for r in recipients if r not in actors]
        self._locate(event, token, place_at, time_at)
        if event.place is None and trigger.mode == "visit":
            event.place = _visited(token, place_at)
            event.journey = event.place is not None
        if event.place is None:  # "flew to Nairobi for talks": the talks are in Nairobi
            event.place = _purpose_of_a_journey(token, place_at)
            event.journey = event.place is not None
        if event.place is None and trigger.event == "CONSULT":
            event.place = _where_the_parties_meet(token, place_at)
        occurs = (verb is not None and token.dep_ in ("nsubj", "nsubjpass")
                  and verb.lemma_.lower() in OCCURRENCE_VERBS)
        event.anchored = bool(carried or occurs or actors or recipients
                              or event.time is not None or event.place is not None)
        if trigger.event == "ASSAULT" and any(
                c.dep_ in ("amod", "compound") and c.lemma_.lower() in FIGURATIVE_CONFLICT
                for c in token.children):
            # "a legal battle with the council", "a custody fight", "a trade war": a contest
            # fought by other means, no attack
            event.anchored = False
        if token.dep_ == "dobj" and trigger.mode == "convict" \
                and token.head.lemma_.lower() in EASING_VERBS:
            # "reduced the sentences of other prisoners", "quashed the conviction": a
            # sentence eased or undone, no sentencing
            event.anchored = False
        if trigger.mode == "convict" and actors \
                and all(args.actors[n].info.sector == CIVILIAN_SECTOR for n in actors):
            # "the British people have delivered a sobering verdict": voters judge, no court
            event.anchored = False
        if trigger.event == "ASSAULT" and token.dep_ == "dobj" and _taken_to_court(token.head):
            # "would take the fight to the Supreme Court": a fight in court, no attack
            event.anchored = False
        if token.dep_ == "dobj" and token.head.lemma_.lower() in CONTEST_VERBS:
            # "won the fight in Perth", "lost the battle for the nomination": the outcome of
            # a contest, not a report of an attack
            event.anchored = False
        if token.lemma_.lower() in INSTITUTIONS and not (carried or occurs):
            # "the NATO alliance", "Iran's nuclear deal": the name of a body or a standing
            # agreement, whose members are no doers; only making or joining one is an event
            event.anchored = False
        if verb is not None and (event.place is None or event.time is None):
            self._locate(event, verb, place_at, time_at)
        return event

    @classmethod
    def _locate(cls, event: EventMention, token: Token, place_at: dict[int, int],
                time_at: dict[int, int], described: bool = True, owners: bool = True) -> None:
        """Place and time from the trigger's clause; a co-ordinated verb shares its first
        verb's ("On Monday troops entered the town and shelled it"), a nominal trigger reads
        its participle ("talks, held last week in Brussels"); a verb's object (``described``
        False) only the place of its participle: "resumed talks suspended since 2019" are
        not resumed in 2019. Without ``owners``, a noun's own modifiers are not where
        ("rejected the US proposal")."""
        if event.place is None:
            event.place = _in_clause(token, place_at, owners=owners)
        if event.place is None and event.trigger.lemma in AIRBORNE_LEMMAS:
            # "airdropped food over northern Gaza", "was shot down over Syria": where it flew
            event.place = _flown_over(token, place_at)
        if event.place is None and token.dep_ == "relcl" and token.head.i in place_at \
                and any(c.lower_ == "where" for c in token.children):
            event.place = place_at[token.head.i]  # "in Syria, where rebels launched ..."
        if event.time is None:
            event.time = _in_clause(token, time_at, TIME_PREPS)
        if event.time is None and token.pos_ == "NOUN":
            # "a general strike for Wednesday": the day it is set for
            event.time = _in_clause(token, time_at, {"for"})
        if event.time is None and _told_after(token):
            # "last week a soldier died after being stabbed": the stabbing came just before
            event.time = _in_clause(token.head.head, time_at, TIME_PREPS)
        if event.place is not None and event.time is not None:
            return
        if token.pos_ in ("NOUN", "PROPN"):
            words = token_table(token.doc)  # (a Token only for a participle)
            for child in words.children[token.i]:
                if words.dep[child] == "acl":
                    # (an object's participle may say where, never when: its own act's time)
                    cls._locate(event, token.doc[child], place_at,
                                time_at if described else {})
        if token.dep_ == "conj" and token.pos_ == "VERB" and token.head.pos_ == "VERB":
            cls._locate(event, token.head, place_at, time_at)
        if event.time is None and token.pos_ == "VERB":
            # "were shot and killed near a museum on Wednesday night": the phrase after
            # two verbs that share their subject dates both (a conjunct with a subject of
            # its own is another clause, and so is one with an auxiliary of its own: "was
            # welcomed at the airport and will meet the president on Wednesday")
            for conj in token.children:
                if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.i > token.i \
                        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass")
                                    for c in conj.children):
                    event.time = _in_clause(conj, time_at, TIME_PREPS)
                    break
        head = _participle_head(token)
        if head.i != token.i:  # "attacked a post near Timbuktu, killing 12 soldiers"
            cls._locate(event, head, place_at, time_at)
        if event.place is None and token.pos_ == "VERB":
            event.place = _subject_place(token, place_at)
        if event.place is None and token.dep_ == "nsubj" \
                and token.head.lemma_.lower() in IMPACT_VERBS:
            event.place = _what_it_hit(token.head, place_at)  # "Israeli strikes hit Tyre"
        if purpose_clause(token) and token.head.pos_ == "VERB":
            # "drove tractors into Brussels to protest": the purpose is pursued where and
            # when the act that serves it goes or is ("will meet next month to discuss")
            head = token.head
            if event.place is None:
                event.place = _either(_in_clause(head, place_at), _destination(head, place_at))
            if event.time is None:
                event.time = _in_clause(head, time_at, TIME_PREPS)


def _told_after(token: Token) -> bool:
    """A verb in a phrase of "after" that hangs on the verb of its clause without a span
    of its own ("died after being stabbed", not "a year after the war"): what led to it."""
    prep = token.head
    return token.dep_ == "pcomp" and prep.lower_ == "after" and prep.dep_ == "prep" \
        and prep.head.pos_ == "VERB" and not any(c.dep_ == "npadvmod" for c in prep.children)


def _means_listed(obj: Token) -> list[Token]:
    """The object and what is listed with it, and what their counts count: "deployed 153
    aircraft and dozens of warships" lists aircraft and warships, all the doer's own."""
    listed = [obj, *obj.conjuncts]
    return listed + [g for t in listed if t.lemma_.lower() in QUANTITY_NOUNS
                     for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"]


# Writs whose "for" phrase names whom they are against: "arrest warrants for the leaders".
WRIT_NOUNS = {"warrant", "indictment", "summons", "subpoena"}
# Prepositions by which a posted role names the state of its post: "its ambassador to Kenya",
# "its envoy in Kabul", "recalled its ambassador from Paris".
POST_PREPS = {"to", "in", "from"}
# Verbs by which an attack named as their subject reaches its target: "strikes hit Tyre".
IMPACT_VERBS = {"hit", "strike", "pound", "rock", "batter", "pummel", "target", "reach"}


def _what_it_hit(verb: Token, place_at: dict[int, int]) -> int | None:
    """The place an attack named as the subject of ``verb`` hit: its object, or where its
    object is ("hit villages in south Lebanon")."""
    for child in verb.children:
        if child.dep_ == "dobj":
            found = _either(place_at.get(child.i), _locative(child, place_at),
                            _place_naming(child, place_at))
            if found is not None:
                return found
    return None


# "Strike" alone is a stoppage of work (PROTEST) or an attack (ASSAULT). A stoppage is one of
# workers ("a teachers' strike", "on strike", "a general strike"); an attack one of a state or
# its forces ("Israeli strikes", "U.S.-led strikes", "an army strike"), or one in a text that
# tells of air, drone or missile strikes ("A drone strike killed a commander. The strike ...").
LABOUR_WORDS = {"worker", "union", "teacher", "driver", "doctor", "nurse", "miner", "employee",
                "staff", "labour", "labor", "general", "national", "nationwide", "student",
                "taxi", "transport", "rail", "railway", "dock", "docker", "port", "pilot",
                "indefinite", "warning", "day", "week", "month", "wage", "pay", "trucker",
                "farmer", "lawyer", "sympathy", "wildcat", "factory", "strike"}
MILITARY_STRIKE_WORDS = {"air", "drone", "missile", "rocket", "artillery", "naval", "military",
                         "coalition", "precision", "retaliatory", "preemptive", "pre-emptive",
                         "surgical", "army", "airstrike", "bombing"}
MILITARY_SECTORS = {"MIL"}


def _strike_sense(events: list[EventMention], lexicon: Lexicon, args: ArgumentFinder) -> None:
    """A bare "strike" coded as a stoppage of work becomes the attack when nothing in its
    phrase speaks of work and its doer or its text is military (see :data:`LABOUR_WORDS`)."""
    strikes = [e for e in events if e.trigger.event == "PROTEST" and e.trigger.lemma == "strike"
               and e.trigger.pos == "noun"]
    if not strikes:
        return
    attack = next((t for t in lexicon.nouns.get("strike", []) if t.event == "ASSAULT"), None)
    if attack is None:
        return
    doc = strikes[0].token.doc
    # (a Token only for the strikes: the table's lemmas pass over the other words)
    military_text = any(_military_strike(doc[i])
                        for i, lemma in enumerate(token_table(doc).lemma_lower)
                        if lemma in ("strike", "airstrike"))
    for event in strikes:
        token = event.token
        if _labour_strike(token):
            continue
        infos = [args.actors[n].info for n in event.actors]
        by_forces = any(i.kind == "state" or i.sector in MILITARY_SECTORS for i in infos)
        if by_forces or military_text or _military_strike(token):
            event.trigger = replace(attack, prep=frozenset(), weight=event.trigger.weight)


def _hunger_strikes(events: list[EventMention]) -> None:
    """A strike gone on, staged or held that is a hunger strike ("went on hunger strike",
    "staged a hunger strike") is one (mode hunger, CAMEO 142), not a stoppage of work: the
    verb's entry names the strike by its head noun, the kind is in the word before it."""
    for event in events:
        if event.trigger.mode != "strike" or event.trigger.pos != "verb":
            continue
        verb = event.token
        strikes = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for p in verb.children if p.dep_ == "prep" for g in p.children
            if g.dep_ == "pobj"]
        if any(s.lemma_.lower() == "strike" and any(
                c.dep_ in ("compound", "amod") and c.lower_ == "hunger" for c in s.children)
               for s in strikes):
            event.trigger = replace(event.trigger, mode="hunger")


# Words that name an attack of any kind, by which a story comes back to the attack it told
# ("the attack", "was targeted", "the raid was carried out by").
GENERIC_ATTACK_LEMMAS = {"attack", "target", "raid", "assault", "hit", "carry", "conduct",
                         "launch"}


# Acts whose victims a condemnation of them names: "condemned the violence against
# protesters" blames whoever was violent, not the protesters.
CONDEMNED_ACTS = {"ASSAULT", "COERCE"}


def _victims_are_not_condemned(events: list[EventMention]) -> None:
    """An accusation whose object is an attack ("condemned the Russian attack on Kyiv",
    "the violence against peaceful protesters") is against its doers: the attack's targets
    are no recipients of the accusation."""
    acts = {e.token.i: e for e in events if e.trigger.pos == "noun"
            and e.trigger.event in CONDEMNED_ACTS}
    if not acts:
        return
    for event in events:
        if event.trigger.event != "ACCUSE" or event.trigger.pos != "verb":
            continue
        for child in event.token.children:
            act = acts.get(child.i) if child.dep_ == "dobj" else None
            if act is not None:
                event.recipients = [r for r in event.recipients
                                    if r not in act.recipients or r in act.actors]


def _summoned_to_its_summoner(event: EventMention, args: ArgumentFinder,
                              place_at: dict[int, int]) -> None:
    """"The ambassador was summoned to the foreign ministry in Berlin": the body one is
    summoned to summons, when the verb names no doer, and is no recipient; where it is,
    the summoning is."""
    token = event.token
    if event.trigger.lemma != "summon" or event.actors or token.pos_ != "VERB":
        return
    body = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj" and g.i in args.actor_at
                 and args.actors[args.actor_at[g.i]].info.sector == "GOV"), None)
    if body is None:
        return
    summoner = args.actor_at[body.i]
    event.actors = [summoner]
    event.recipients = [n for n in event.recipients if n != summoner]
    if event.place is None:
        event.place = _locative(body, place_at)


def _cyber_sense(events: list[EventMention], args: ArgumentFinder) -> None:
    """In a story that tells of a cyber attack and of no violence, the attack it comes back to
    in general words ("The attack left the ministry offline", "its servers were targeted",
    "officials confirmed the attacks") is that cyber attack (COERCE cyber), no assault. A
    story that tells of violence too (killing, bombing, or an attack by armed men) keeps its
    general words as assaults."""
    cyber = next((e.trigger for e in events if e.trigger.mode == "cyber"), None)
    if cyber is None:
        return
    assaults = [e for e in events if e.trigger.event == "ASSAULT"]
    armed = any(args.actors[n].info.sector in ARMED_SECTORS for e in assaults for n in e.actors)
    # (a bare noun the story does not report as happening, "fears of destruction", tells
    # of no violence)
    if armed or any(e.anchored and (e.trigger.lemma not in GENERIC_ATTACK_LEMMAS or e.trigger.mode)
                    for e in assaults):
        return
    for event in (e for e in assaults if e.trigger.lemma in GENERIC_ATTACK_LEMMAS
                  and not e.trigger.mode):
        event.trigger = replace(event.trigger, event=cyber.event, cameo=cyber.cameo,
                                mode=cyber.mode, context=cyber.context, quad=cyber.quad)


# Sectors of law enforcement, whose raid is a search or a seizure (COERCE), not an attack.
POLICE_SECTORS = {"COP"}


def _raids_of_the_police(events: list[EventMention], lexicon: Lexicon,
                         args: ArgumentFinder) -> None:
    """A raid is the police's search or seizure (COERCE, as the noun alone reads), so the
    general attack verbs that tell of one take its type: a raid the police carry out or
    launch ("police launched a raid on the offices", "the raids were carried out by security
    forces"), and "target" whose subject is a coercive noun ("the police raids targeted party
    members", "a crackdown targeting activists"). A raid by soldiers or militants stays an
    attack."""
    raid = next((t for t in lexicon.nouns.get("raid", []) if t.event == "COERCE"
                 and not t.modifiers), None)
    coercive = {e.token.i: e.trigger for e in events
                if e.trigger.event == "COERCE" and e.trigger.pos == "noun"}
    for event in events:
        if event.trigger.event != "ASSAULT" or event.trigger.pos != "verb" or event.trigger.mode:
            continue
        kind = None
        if event.trigger.lemma == "target":
            kind = next((coercive[n.i] for n in _doers_named(event.token) if n.i in coercive),
                        None)
        elif raid is not None and _a_police_raid(event, args):
            kind = raid
        if kind is not None:
            event.trigger = replace(event.trigger, event=kind.event, cameo=kind.cameo,
                                    mode=kind.mode, context=kind.context, quad=kind.quad)


def _doers_named(verb: Token) -> list[Token]:
    """The nouns that name who or what does the verb: its subject, its passive "by" and, for
    a participle on a noun ("a crackdown targeting activists"), that noun."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        doers.append(verb.head)
    return doers


def _a_police_raid(event: EventMention, args: ArgumentFinder) -> bool:
    """A light verb whose object is a plain raid ("launched a raid", "the raids were carried
    out"), done by the police and no armed force."""
    if event.token.lemma_.lower() not in LIGHT_VERBS:
        return False
    raids = [c for c in event.token.children if c.dep_ in ("dobj", "nsubjpass")
             and c.lemma_.lower() == "raid"
             and not any(m.dep_ in ("compound", "amod") for m in c.children)]
    sectors = {args.actors[n].info.sector for n in event.actors}
    return bool(raids) and bool(sectors & POLICE_SECTORS) and not sectors & ARMED_SECTORS


def _joint_forms(lexicon: Lexicon) -> dict[str, Trigger]:
    """Head -> the joint form of a show of force the lexicon names ("joint exercise",
    "joint drill", "joint patrol": COOPERATE), by the head's MOBILIZE noun."""
    shows = {h for h, ts in lexicon.nouns.items() if any(t.event == "MOBILIZE" for t in ts)}
    forms: dict[str, Trigger] = {}
    for head in shows:
        joint = [t for t in lexicon.nouns[head] if t.event == "COOPERATE" and t.modifiers]
        if joint:
            forms[head] = min(joint, key=lambda t: len(t.modifiers))
    return forms


def _held_with_partners(events: list[EventMention], lexicon: Lexicon,
                        args: ArgumentFinder) -> None:
    """Exercises, drills or patrols held with another side are joint ones, military
    cooperation (CAMEO 062), whether or not the text says "joint": "held naval drills with
    the Indian navy", "joined exercises with US forces"; alone they are a show of force."""
    if not any(e.trigger.event == "MOBILIZE" and e.trigger.pos == "noun" for e in events):
        return  # (most articles: no need to read the lexicon's joint forms)
    forms = _joint_forms(lexicon)
    for event in events:
        form = forms.get(event.trigger.head)
        if form is None or event.trigger.event != "MOBILIZE" or event.trigger.pos != "noun":
            continue
        noun = event.token
        nodes = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
        if any(g.i in args.actor_at for node in nodes for c in node.children
               if c.dep_ == "prep" and c.lower_ == "with"
               for g in c.children if g.dep_ == "pobj") or _held_by_several_sides(event, args):
            event.trigger = replace(form, lemma=event.trigger.lemma)  # its words: no "joint"


# Nouns of a side named by whom it stands with: "Britain and its allies held drills".
PARTNER_NOUNS = {"ally", "partner"}


def _held_by_several_sides(event: EventMention, args: ArgumentFinder) -> bool:
    """The doers of the event are the forces of two states or more ("Polish and Lithuanian
    troops held exercises", "Egypt and Saudi Arabia staged drills"), or a side and its
    allies ("Britain and its allies launched naval drills"): what they hold together is
    joint. Countries guessed from the story say nothing of who took part."""
    if len(event.actors) < 2:
        return False
    infos = [args.actors[n].info for n in event.actors]
    countries = {i.country for i in infos if i.country and not i.country_guessed}
    doc = event.token.doc
    return len(countries) >= 2 or any(  # (the mention's last word is its head noun)
        doc[args.actors[n].end - 1].lemma_.lower() in PARTNER_NOUNS for n in event.actors)


def _military_strike(token: Token) -> bool:
    """"airstrike", "a drone strike", "U.S.-led strikes", "coalition strikes"."""
    if token.lemma_.lower() == "airstrike":
        return True
    return any(c.dep_ in ("compound", "amod", "nmod")
               and (c.lemma_.lower() in MILITARY_STRIKE_WORDS or c.lower_.endswith("-led"))
               for c in token.children)


def _a_stoppage_launched(verb: Token, trigger: Trigger, obj: Token | None) -> bool:
    """An attack verb whose object is a stoppage of work ("nurses launched a general strike",
    "dock workers began an indefinite strike"): the strike noun codes the protest that the
    light verb carries, and the verb is no attack of its own."""
    if trigger.event != "ASSAULT" or obj is None or obj.lemma_.lower() != "strike":
        return False
    workers = any(c.dep_ == "nsubj" and c.lemma_.lower() in LABOUR_WORDS for c in verb.children)
    return workers or _labour_strike(obj)


def _labour_strike(token: Token) -> bool:
    """"on strike", "a teachers' strike", "a general strike", "a strike by dock workers"."""
    if token.dep_ == "pobj" and token.head.lower_ == "on":
        return True
    words = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    words += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "of")
              for g in c.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in LABOUR_WORDS for w in words)


# Nouns whose "of" names something that stops or fails rather than happens: "the suspension
# of the ceasefire" is no ceasefire, "a breach of the truce" no truce, "the collapse of the
# talks" no talks (the ending noun, where it is a trigger, codes the event).
ENDING_NOUNS = {"suspension", "end", "collapse", "breakdown", "breach", "violation",
                "termination", "cancellation", "failure", "expiry", "expiration",
                "abandonment", "cancelation", "scrapping", "annulment", "repeal"}


def _ended(noun: Token) -> bool:
    """The noun is the "of" object of a noun of ending or breaking."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" \
        and prep.head.lemma_.lower() in ENDING_NOUNS


# Nouns of a feeling expressed: what they are over or about is the topic of a statement
# (CAMEO 01: condolences, concern, regret), not an event the sentence reports. The act itself
# is reported where it is told, not where someone grieves for it.
FEELING_NOUNS = {"condolence", "concern", "sympathy", "regret", "sorrow", "grief", "outrage",
                 "shock", "pessimism", "optimism", "dismay", "alarm", "solidarity", "anguish",
                 "sadness", "worry", "fear", "horror", "disappointment", "satisfaction"}
# ... and of a claim or a tribute, statements too (CAMEO 015 claim responsibility, 018): "claimed
# responsibility for the bombings that killed 300", "paid tribute to soldiers killed".
STATEMENT_TOPIC_NOUNS = FEELING_NOUNS | {"responsibility", "respect", "tribute", "credit",
                                         "homage"}
TOPIC_PREPS = {"over", "about", "for", "at", "on", "regarding", "following", "after", "to"}
# Adjectives of a stance taken ("is skeptical about", "remains wary of"): what they are about
# is the topic of a statement too (CAMEO 012 pessimistic comment, 013 optimistic comment).
STANCE_ADJECTIVES = {"skeptical", "sceptical", "wary", "doubtful", "pessimistic", "optimistic",
                     "hopeful", "concerned", "worried", "fearful", "alarmed", "dismayed",
                     "disappointed", "suspicious", "uneasy", "upbeat"}


def _topic_of_a_statement(token: Token) -> bool:
    """The token lies in what a stated feeling, claim or tribute is over, about or for
    ("offered condolences over an attack that killed 40", "voiced concern about the
    escalation of hostilities", "claimed responsibility for the blast"), within a few steps
    of it and not inside a clause of its own that reports it ("said that ...")."""
    node = token
    # eight steps: "condolences to the families of farmers who were killed in police firing"
    for _ in range(8):
        head = node.head
        if head.i == node.i or node.dep_ in ("ccomp", "advcl", "parataxis"):
            return False
        # ("to" is a dative when it names whom condolences are sent to)
        if node.dep_ in ("prep", "dative") and _a_topic_prep(node, head) and (
                _a_stance(head) or any(_a_stance(c) for c in head.children
                                        if c.dep_ == "dobj")):
            return True
        node = head
    return False


def _a_topic_prep(prep: Token, head: Token) -> bool:
    """A preposition that gives what a stance is about; "of" only after an adjective ("wary
    of"): after a noun it names whose the stance is ("the concern of the ministry")."""
    return prep.lower_ in TOPIC_PREPS or (prep.lower_ == "of" and head.pos_ == "ADJ")


def _background_of_a_participant(event: EventMention) -> bool:
    """A historical event told in a relative clause or an appositive that describes someone
    ("the former president, who was ousted in a 2019 coup, said ..."): background to the
    sentence, not what it reports."""
    if event.modality != "historical":
        return False
    node = event.token
    for _ in range(3):
        if node.dep_ in ("relcl", "appos", "acl") and node.head.pos_ in ("NOUN", "PROPN"):
            return True
        if node.dep_ not in ("conj", "xcomp", "auxpass", "pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
    return False


PRESENT_TAGS = {"VBZ", "VBP"}
# Adverbs of a habit: in the present tense they tell what is usually done, no event of the
# report ("medical aid is often granted to refugees", "police usually disperse such crowds").
HABITUAL_ADVERBS = {"often", "usually", "generally", "typically", "sometimes", "frequently",
                    "rarely", "seldom", "normally", "commonly"}


def _a_habit(event: EventMention) -> bool:
    """A verb trigger in the simple present (active or passive) with an adverb of habit."""
    token = event.token
    if event.trigger.pos != "verb" or not any(
            c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in token.children):
        return False
    return _simple_present(token)


def _a_standing_description(event: EventMention) -> bool:
    """A verb in the simple present in a relative clause that describes someone: "the
    council, which opposes the move", "a militia that is accused of the killings", "the
    party, which backs the bill" says what they stand for or are known for, not what the
    report tells of ("the rebels, who are shelling the town" and "who shelled" are acts); so
    does an event noun said in the present to be what someone is ("are a target of")."""
    token = event.token
    if event.trigger.pos == "noun" and token.dep_ == "attr" and token.head.lemma_ == "be" \
            and token.head.tag_ in PRESENT_TAGS \
            and not any(c.dep_ == "expl" for c in token.head.children):  # "there are clashes"
        return True  # "journalists are a target of the militias": what they are, no act
    if event.trigger.pos == "noun" and token.dep_ == "dobj" and token.head.dep_ == "relcl" \
            and token.head.head.pos_ in ("NOUN", "PROPN") and _simple_present(token.head):
        return True  # "the law, which carries the death penalty": what the law provides
    if event.trigger.pos != "verb" or token.dep_ != "relcl" \
            or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return _simple_present(token)


def _simple_present(verb: Token) -> bool:
    """A verb in the simple present, active ("opposes") or passive ("is accused")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in PRESENT_TAGS:
        return not auxes
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" \
        and auxes[0].tag_ in PRESENT_TAGS


# Emergencies that impose no order on people: a health, humanitarian or climate emergency
# declared by a government or a health body calls for means, not curbs (CAMEO 1724 is a
# state of emergency or martial law imposed on people); so is an epidemic or a drought
# declared an emergency.
EMERGENCIES_OF_MEANS = {"health", "humanitarian", "climate", "medical", "economic", "energy",
                        "food", "famine", "hunger", "nutrition", "environmental", "water",
                        "drought", "fiscal", "financial", "housing", "sanitary"}


def _an_emergency_of_no_order(token: Token, trigger: Trigger, obj: Token | None) -> bool:
    """A declared or imposed emergency (mode martial-law) that its modifiers make one of
    means ("a public health emergency"), or that a hazard is declared ("declared the
    outbreak an emergency")."""
    if obj is None or trigger.mode != "martial-law" or obj.lemma_.lower() != "emergency":
        return False
    return any(c.dep_ in ("compound", "amod", "nmod")
               and c.lemma_.lower() in EMERGENCIES_OF_MEANS for c in obj.children) \
        or any(c.dep_ == "dobj" and c.i != obj.i and c.lemma_.lower() in HAZARD_NOUNS
               for c in token.children)


# Words of warning: what they warn of is a threat (CAMEO 13, PLOVER's "coercive or forceful
# warnings") only when it is an act against someone ("warned that the ships would be
# attacked", "warned it would retaliate"); a warning that something will happen is a forecast
# or an alert, a statement ("the agency warned that the virus is spreading", "warned that the
# tanks will cost more", "warned citizens not to travel"); so is a warning of what has
# already happened ("warned that dozens of aid workers had been killed"), a report of the
# past (see modality.past_clause).
WARNING_WORDS = {"warn", "caution", "warning"}
CONFLICT_QUADS = ("verbal_conflict", "material_conflict")


def _conflict_acts(events: list[EventMention]) -> set[int]:
    """The token positions of candidate acts of conflict that someone would do: a conflict
    verb, or a conflict noun that is planned ("its planned invasion") or that a verb takes as
    its object ("might resume attacks"), not one that may come about ("may lead to war") nor
    one people get away from ("who fled fighting")."""
    return {e.token.i for e in events if not e.derived and e.trigger.quad in CONFLICT_QUADS
            and not _fled(e.token)
            and (e.trigger.pos == "verb" or e.modality == "future" or (
                e.token.dep_ == "dobj" and e.token.head.lemma_.lower() not in CAUSING_VERBS))}


def _fled(token: Token) -> bool:
    """The object of a verb of fleeing: "fled fighting", "escaped the shelling"."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in FLEEING_VERBS


# Verbs whose object is what people get away from, not an act they undertake: "people who
# fled fighting", "escaped the bombing".
FLEEING_VERBS = {"flee", "fled", "escape", "evade"}
# Acts done in the air, and the preposition of the ground they are done above.
AIRBORNE_LEMMAS = {"airdrop", "drop", "shoot", "down", "intercept", "airlift"}
AIRBORNE_PREPS = frozenset({"over"})


def _flown_over(verb: Token, place_at: dict[int, int]) -> int | None:
    """The place an "over" phrase of an act in the air names, on the verb or on its object
    ("airdropped food over northern Gaza"); None without one."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return next((place_at[g.i] for h in heads for c in h.children
                 if c.dep_ == "prep" and c.lower_ in AIRBORNE_PREPS
                 for g in c.children if g.dep_ == "pobj" and g.i in place_at), None)
# Verbs whose object is what may come of something, not an act anyone undertakes: "could
# trigger a massacre", "risks sparking a war".
CAUSING_VERBS = {"trigger", "cause", "spark", "provoke", "unleash", "precipitate", "ignite",
                 "fuel", "risk", "invite", "bring"}


def _a_forecast(event: EventMention, conflict_acts: set[int],
                conflict_words: set[int]) -> bool:
    """A bare word of warning ("warned", "a warning") addressed to no one, whose content
    clause ("that ...") is in a past tense, or holds no act of conflict and no condition
    ("warned that the consequences would be severe if ..." or "that any attack would be
    answered" is coercive); or one "of" or "about" something that is no act of conflict
    ("aid groups warned of famine": the lexicon's own "warn of" entries read the coercive
    ones, "warned of retaliation")."""
    trigger = event.trigger
    if trigger.event != "THREATEN" or trigger.lemma not in WARNING_WORDS or trigger.object \
            or trigger.prep or event.derived:
        return False
    children = list(event.token.children)
    if any(c.dep_ in ("dobj", "dative") for c in children):
        return False  # "warned Kyiv that ...", "warned the rebels to ...": told to someone
    content = [c for c in children if c.dep_ in ("ccomp", "acl")]
    if not content:
        return _a_warning_of_no_act(children, conflict_words)
    if any(_an_infinitive(c) for c in content):
        return False  # "a final warning to leave the city": told to do, not foreseen
    if all(c.dep_ == "ccomp" and all(map(past_clause, (c, *c.conjuncts))) for c in content):
        return True  # "warned that dozens had been killed": a report of the past
    words = [t for c in content for t in c.subtree]
    # ("any strike on our ports will be answered": "any" makes a condition, as "if" does)
    return not any(t.i in conflict_acts or (t.dep_ == "mark" and t.lower_ in CONDITION_MARKS)
                   or (t.dep_ == "det" and t.lower_ == "any") for t in words)


def _an_infinitive(clause: Token) -> bool:
    """A clause of a bare verb after "to": "(a warning) to stop its raids"."""
    return clause.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to"
                                       for a in clause.children)


# What a warning is "of" or "about": what it foresees ("warned of famine", "warned about
# the risks of the plan").
FORESEEING_PREPS = {"of", "about"}


def _a_warning_of_no_act(children: list[Token], conflict_words: set[int]) -> bool:
    """Children of a word of warning (with no content clause) hold an "of"/"about" phrase
    and none of its nouns, or the nouns they govern, is a candidate act of conflict."""
    topics = [g for c in children if c.dep_ == "prep" and c.lower_ in FORESEEING_PREPS
              for g in c.children if g.dep_ == "pobj"]
    return bool(topics) and not any(t.i in conflict_words
                                    for topic in topics for t in topic.subtree)


# Events that undo an earlier one: lifting, easing, ending, freeing. A participle that tells
# how what they undo came about ("lifted the curfew imposed on Tuesday", "demand the lifting
# of an embargo imposed in 2019") is background to them, not an event of the report; violence
# is reported wherever it is told ("freed the hostages taken by the militia": coders code
# the hostage-taking too).
UNDOING_TYPES = {"CONCEDE", "RETREAT"}
UNDOING_NOUNS = ENDING_NOUNS | {"halt", "lifting", "easing", "removal", "withdrawal"}


def _what_is_undone(event: EventMention, undoing: set[int]) -> bool:
    """A verb trigger that is a past participle describing what an undoing event undoes: the
    object of a CONCEDE or RETREAT trigger, or of a noun of ending or lifting."""
    token = event.token
    if event.trigger.pos != "verb" or token.dep_ != "acl" or token.tag_ != "VBN" \
            or event.trigger.event == "ASSAULT":
        return False
    noun = token.head
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.i in undoing:
        return True
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in ("of", "to", "on") and prep.head.i != prep.i
            and (prep.head.i in undoing or (prep.head.pos_ == "NOUN"
                                             and prep.head.lemma_.lower() in UNDOING_NOUNS)))


def _denied_allegation(token: Token) -> bool:
    """An allegation noun that is what a denial denies."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in ALLEGATION_NOUNS \
        and token.dep_ in ("dobj", "pobj") and token.head.lemma_.lower() in DENIAL_VERBS


def _a_stance(noun: Token) -> bool:
    """A noun of a stated stance: "condolences", "deep concern", "a condolence message", "a
    message of sympathy", "responsibility" (claimed), "tribute" (paid); or an adjective of
    one ("skeptical", "wary")."""
    if noun.pos_ == "ADJ":
        return noun.lower_ in STANCE_ADJECTIVES
    if noun.pos_ != "NOUN":
        return False
    return noun.lemma_.lower() in STATEMENT_TOPIC_NOUNS or any(
        (c.dep_ == "compound" and c.lemma_.lower() in FEELING_NOUNS)
        or (c.dep_ == "prep" and c.lower_ == "of"
            and any(g.lemma_.lower() in FEELING_NOUNS for g in c.children))
        for c in noun.children)


# Prepositions that name a meeting as the setting of what is said there: "at a summit",
# "during his visit", "on the sidelines of the talks", "after talks with".
SETTING_PREPS = CIRCUMSTANCE_PREPS | {"at", "on"}
# Nouns of a part of a meeting through which the setting is named: "on the sidelines of".
SETTING_PARTS = {"sideline", "sidelines", "margin", "margins", "side", "end", "close",
                 "start", "opening", "conclusion"}
# Verbs of speaking that a setting phrase hangs on in "Speaking at the summit, she said".
SPEAKING_VERBS = {"speak", "address", "talk"}


def _setting_of_a_statement(event: EventMention, said: set[int]) -> bool:
    """A meeting noun (CONSULT: "summit", "talks", "visit") named only as where or when
    something was said ("speaking at a summit in Lisbon, she said ...", "told reporters after
    talks with his counterpart that ...", "at the talks, the rebels rejected the plan"): news
    coders code what was said, not the meeting it was said at; an act of cooperation done at
    a meeting ("signed the treaty at a summit") leaves the meeting an event. ``said``:
    positions of the verbs of reported speech and of speech-act triggers; a verb of saying counts
    too where the parse gave it no content clause ("told reporters during a visit to Kabul
    that ...", the clause read as the visit's)."""
    token = event.token
    if event.trigger.event != "CONSULT" or event.trigger.pos != "noun" or event.derived \
            or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.head.lemma_.lower() in SETTING_PARTS and prep.head.dep_ == "pobj" \
            and prep.lower_ == "of":  # "on the sidelines of the summit"
        prep = prep.head.head
    if prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS or prep.head.i == prep.i:
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() in SPEAKING_VERBS and verb.dep_ in ("advcl", "xcomp", "conj"):
        verb = verb.head  # "Speaking at the summit, the chancellor said"
    return verb.i in said or verb.lemma_.lower() in REPORTING


def _destination(verb: Token, place_at: dict[int, int]) -> int | None:
    """The place a verb of movement goes to ("drove tractors into Brussels"), or None."""
    return next((place_at[g.i] for c in verb.children if c.dep_ == "prep"
                 and c.lower_ in DESTINATION_PREPS
                 for g in c.children if g.dep_ == "pobj" and g.i in place_at), None)


def _visited(noun: Token, place_at: dict[int, int]) -> int | None:
    """The place a visit is to ("a visit to Berlin", "travelled to Berlin"): where the visit
    happens."""
    return next((place_at[g.i] for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.i in place_at), None)


BEING_VERBS = {"be", "remain", "stay"}


def _being_on(noun: Token) -> Token | None:
    """The "be" of "X is on a visit (a tour, a mission) to Y", "troops remained on alert":
    X does the noun's act."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "on" and prep.head.lemma_ in BEING_VERBS:
        return prep.head
    return None


def _verb_of_its_phrase(noun: Token) -> Token | None:
    """The verb a noun's prepositional phrase hangs on ("killed ... in an attack")."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("in", "during") \
            and prep.head.pos_ == "VERB":
        return prep.head
    return None


# How many sentences after a meeting is reported an "attended the summit" may refer back to it.
ATTENDANCE_WINDOW = 2
ATTENDANCE_VERBS = {"attend", "join"}
REFERRING_DETS = {"the", "this", "that"}


def _merge_attendance(events: list[EventMention]) -> list[EventMention]:
    """"Regional leaders met in Arusha on Friday. Ruto and Museveni attended the summit":
    who attends a meeting the text has just reported joins its participants, and the
    attendance is that meeting, not a second one. Returns the events less the merged ones."""
    meetings = [e for e in events if e.trigger.event == "CONSULT" and not e.derived
                and e.modality in ("asserted", "historical")
                and e.token.lemma_.lower() not in ATTENDANCE_VERBS]
    kept = []
    for event in events:
        meeting = _attended_meeting(event, meetings)
        if meeting is None:
            kept.append(event)
            continue
        for n in event.actors:
            if n not in meeting.actors and n not in meeting.recipients:
                meeting.actors.append(n)
    return kept


def _attended_meeting(event: EventMention, meetings: list[EventMention]
                      ) -> EventMention | None:
    """The last meeting reported at most ``ATTENDANCE_WINDOW`` sentences before an asserted
    attendance of "the meeting" (a definite object refers back), or None."""
    token = event.token
    if event.trigger.event != "CONSULT" or token.lemma_.lower() not in ATTENDANCE_VERBS \
            or event.modality not in ("asserted", "historical") or not event.actors:
        return None
    meeting_noun = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if meeting_noun is None or not any(d.dep_ == "det" and d.lower_ in REFERRING_DETS
                                       for d in meeting_noun.children):
        return None
    sentences = list(token.doc.sents)
    here = next(n for n, sent in enumerate(sentences) if sent.start <= token.i < sent.end)
    earliest = sentences[max(here - ATTENDANCE_WINDOW, 0)].start
    before = [m for m in meetings if earliest <= m.token.i < token.i]
    if not before:
        return None
    # the first meeting of the latest sentence with one: "met in Arusha to discuss the
    # crisis" is one meeting, reported by its main verb
    last = before[-1].sentence.start
    return next(m for m in before if m.sentence.start == last)


def _carried(events: list[EventMention]) -> None:
    """An act announced, refused or asked for ("vowed to retaliate", "refused to withdraw",
    "urged them to release") stays in the record beside the event that carries it, with its
    own modality: it is as sure as that event (the commitment, the refusal, the appeal)."""
    carriers = [e for e in events if e.modality in ("asserted", "historical")]
    for event in events:
        if event.modality in ("asserted", "historical") or not event.anchored:
            continue
        # the carrier's verb is the event's own token or among its first three heads
        # (read once here, not once per carrier: an article has dozens of candidates)
        governors = {event.token.i, *_heads(event.token, 3)}
        sure = [c.confidence for c in carriers if c is not event and c.token.i in governors]
        if sure:
            event.confidence = max(event.confidence, *sure)


def _subject_place(verb: Token, place_at: dict[int, int]) -> int | None:
    """"Protesters in Tbilisi clashed with police": where the subject is said to be."""
    # (the parse from the token table: this runs for most events, no Token needed)
    words = token_table(verb.doc)
    kids, dep, lower = words.children, words.dep, words.lower
    for subject in kids[verb.i]:
        if dep[subject] not in ("nsubj", "nsubjpass"):
            continue
        for prep in kids[subject]:
            if dep[prep] == "prep" and lower[prep] in WHEREABOUTS_PREPS:
                for pobj in kids[prep]:
                    if dep[pobj] == "pobj" and pobj in place_at:
                        return place_at[pobj]
        if words.lemma_lower[subject] in SEATED_BODIES:
            # "a Paris court jailed ...", "Moscow police detained ...": the town that names
            # a court or a police force is where it acts
            town = next((k for k in kids[subject] if dep[k] == "compound" and k in place_at),
                        None)
            if town is not None:
                return place_at[town]
    return None


# Bodies that act where the town named before them is ("a Paris court", "Lagos police").
SEATED_BODIES = LOCAL_OFFICES | {"court", "tribunal", "police", "prosecutor", "judge"}


# What PLOVER codes when an act is announced rather than done (PLOVER manual, AGREE and
# CONCEDE): a promised or declared retreat is a verbal concession, any other cooperative act
# in the future tense an expression of intent to cooperate. Its CAMEO root is 03 either way:
# CAMEO codes an announced yielding as 035 "express intent to yield", not as the yielding
# (08) itself.
INTENT_OF = {"RETREAT": ("CONCEDE", "03"), "CONCEDE": ("CONCEDE", "03")}
COOPERATIVE_INTENT = ("AGREE", "03")
THREAT = ("THREATEN", "13")
# An appeal's CAMEO root: PLOVER files REQUEST under verbal conflict, but an appeal (02) is a
# statement, and announcing one threatens no one.
APPEAL_ROOT = "02"


def _intent_kind(event: EventMention, verb: Token | None) -> tuple[str, str] | None:
    """The verbal event that announcing ``event`` amounts to, or None."""
    if event.modality != "future":
        return None
    if verb is None and (not event.actors or scheduled_or_asked(event.token)):
        # "talks will resume": a plan nobody is named as committing to; "Putin is expected
        # to visit Beijing", "a deadline for the rebels to disarm": others' expectation or
        # demand, not the actor's own intent
        return None
    if verb is None and event.trigger.pos == "noun" and not _carrier_subject_acts(event):
        return None  # "Qatar will host negotiations between the sides": the sides say nothing
    if verb is None and _provided_by_a_text(event):
        return None  # "under the accord, the two states will support each other": its terms
    if event.trigger.quad.endswith("cooperation"):
        return INTENT_OF.get(event.trigger.event, COOPERATIVE_INTENT)
    if event.trigger.event == "MOBILIZE" and (_sent_to_help(event) or _sent_to_a_state(event)):
        return COOPERATIVE_INTENT  # "will send troops to help train the army": CAMEO 0312
    if verb is not None and verb.lemma_.lower() == "offer":
        return COOPERATIVE_INTENT  # "offered to send troops to help the army": an offer
    if event.trigger.event == "MOBILIZE" and event.trigger.mode == "police":
        return None  # "said it would send police to the border": a security measure to
        # come, which threatens no one (troops sent there still may)
    if event.trigger.event == "REQUEST":
        # "will seek support from", "would call on the council": an appeal to come; "voted
        # to demand that the decree be lifted": a demand, no threat
        return None
    if event.trigger.event == "ACCUSE" and event.trigger.mode == "investigate":
        return None  # "said the UN would investigate the incident": an inquiry, no threat
    if event.trigger.event == "REJECT" and verb is not None:
        return REFUSAL  # "vowed to reject the bill": a rejection stated now, no threat
    if event.trigger.event == "SANCTION" and verb is not None and event.time is not None \
            and verb.lemma_.lower() in DECIDING_VERBS:
        return None  # "announced that relations will be broken tomorrow": a measure decided
        # and dated, held over no one
    # A future conflict act is a threat only when its actor commits to it ("vowed to strike",
    # "said it would retaliate"); "troops will be deployed" alone is a plan, not a threat.
    return THREAT if verb is not None else None


# Verbs by which a measure is made known as decided, not held over someone as a threat.
DECIDING_VERBS = {"announce", "decide", "confirm"}
# Prepositions by which a clause says it tells a text's terms: "under the accord", "in the
# agreement".
TERMS_PREPS = {"under", "in"}


def _provided_by_a_text(event: EventMention) -> bool:
    """A future act whose clause is set "under" or "in" an agreement, a plan or a law ("under
    the pact, the parties will support each other") is what the text provides: the text
    (coded where it is made or signed) commits its parties, their future announces nothing."""
    verb = event.token if event.trigger.pos == "verb" else carrier(event.token)
    return any(c.dep_ == "prep" and c.lower_ in TERMS_PREPS
               and any(g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_NOUNS for g in c.children)
               for c in verb.children)


def _stating(verb: Token) -> Token:
    """The word whose clause states a commitment: for an adjective of readiness, the first of
    co-ordinated ones ("ready and willing to") and its copula ("is ready to"); else the verb."""
    if verb.pos_ != "ADJ":
        return verb
    while verb.dep_ == "conj" and verb.head.pos_ == "ADJ" and verb.head.i != verb.i:
        verb = verb.head
    return verb.head if verb.dep_ == "acomp" else verb


def _carrier_subject_acts(event: EventMention) -> bool:
    """A nominal event's actor is the subject of the verb that carries the noun ("Iran will
    hold talks with X"), not someone else's ("Qatar will host talks between the sides")."""
    node = carrier(event.token)
    actor_at = node.doc._.actor_at or {}
    subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(actor_at.get(s.i) in event.actors for s in subjects)


def _commitments(events: list[EventMention], types: dict[str, EventType],
                 confidence: ConfidenceSettings,
                 time_at: dict[int, int] | None = None) -> list[EventMention]:
    """PLOVER codes an announced act as a verbal event of its own: "vowed to retaliate" is
    THREATEN, "promised to send aid" AGREE, "agreed to withdraw its troops" CONCEDE. The
    announced act stays in the record with its future modality. A commitment made by a
    verb of its own is dated by that verb's clause (``time_at``: token -> time), not by the
    act's: "On Monday the opposition said it would march next Tuesday" commits on Monday."""
    coded = {(e.token.i, e.trigger.event) for e in events}
    derived: list[EventMention] = []
    for event in events:
        verb = _commitment_of(event)
        kind = _intent_kind(event, verb)
        if kind is None and (stated := _stated_possibility(event)) is not None:
            verb, kind = stated, THREAT
        if kind is None and (raised := _raised_possibility(event)) is not None:
            verb, kind = raised, THREAT
        if kind is None and verb is None and _conditional_future(event):
            kind = THREAT
        if verb is None and _serves_another_act(event.token):
            continue  # "will meet to discuss the crisis": the meeting is what is announced
        anchor = verb if verb is not None else event.token
        if kind is None or ((anchor.i, kind[0]) in coded and not _a_promise_of_itself(event, kind)):
            continue
        if verb is not None and any(i == verb.i for i, _ in coded):
            continue  # the verb is a trigger itself ("threatened", "agreed")
        if verb is not None and _someone_else_says(verb, event):
            continue  # "the AU will mediate, diplomats said": the diplomats commit no one
        if verb is not None and any(c.dep_ == "neg" for c in verb.children) \
                and not unhesitating(verb):
            continue  # "I have never said that I would allow it": a commitment denied
        pos = event.trigger.pos if verb is None else "verb"
        intent = _derived(event, anchor, kind, pos, confidence.announced, types, confidence)
        if verb is not None and time_at is not None:
            intent.time = _in_clause(verb, time_at, TIME_PREPS)
            intent.time_withheld = intent.time is None and event.time is not None
        if verb is not None and modality_of(_stating(verb), verb.doc._.speech_cues or set()) \
                == "hypothetical":
            # a commitment only supposed commits no one: "recommended that Germany should be
            # ready to invade", "could help countries willing to send aid"
            intent.modality = "hypothetical"
        if verb is not None and not intent.actors:
            # "Vucic promised that those responsible would be punished": a passive act has no
            # doer of its own; who commits to it is the one who promises
            intent.actors = _named_subjects(verb)
        if event.trigger.event == "MOBILIZE" and kind == THREAT:
            # an announced deployment threatens no one the text names: where the troops go
            # ("would send troops to Estonia", an ally) is no target
            intent.recipients = []
        derived.append(intent)
        coded.add((anchor.i, kind[0]))
    return derived


def _named_subjects(verb: Token) -> list[int]:
    """The actor mentions the verb's subjects (and their conjuncts) name, as indices."""
    actor_at = verb.doc._.actor_at or {}
    return list(dict.fromkeys(actor_at[t.i] for c in verb.children if c.dep_ == "nsubj"
                              for t in (c, *c.conjuncts) if t.i in actor_at))


# Light verbs by which a future names a state of affairs, not an act undertaken: "we will
# have an agreement" predicts.
PREDICTED_VERBS = {"have"}
# Nouns of one's own intent, whose infinitive is the act intended ("its intention to lay
# down arms", "plans to withdraw"), and the verbs by which an actor makes such an intent
# known: announcing it commits to the act as "vowed to" does. Not a decision or a plan that
# others discuss or welcome ("analysts discussed the plan to lift the curfew").
INTENT_NOUNS = {"intention", "intent", "plan", "readiness", "willingness", "commitment",
                "determination", "decision", "pledge", "promise", "resolve"}
ANNOUNCING_VERBS = {"announce", "express", "declare", "reiterate", "confirm", "state",
                    "signal", "voice", "unveil", "outline", "reaffirm", "make", "give"}


def _commitment_of(event: EventMention) -> Token | None:
    """The verb by which the event's actor commits to it (see
    :func:`~newsevents.modality.commitment_verb`), for an event noun also through the light
    verb that carries it: in "vowed to resume their attacks", "vowed to step up its raids"
    the commitment governs "resume", "step", not the noun; and the verb that announces an
    intent whose infinitive the act is ("announced its intention to lay down arms")."""
    verb = commitment_verb(event.token)
    if verb is None and event.trigger.pos == "noun":
        # the noun may modify the carried head: "to resume their bombing campaign"
        token = event.token.head if event.token.dep_ == "compound" else event.token
        node = carrier(token)
        if node.i != token.i and node.lemma_.lower() in LIGHT_VERBS - PREDICTED_VERBS:
            verb = commitment_verb(node)
    return verb if verb is not None else _announced_intent(event.token)


def _announced_intent(token: Token) -> Token | None:
    """The verb announcing the intent noun whose infinitive ``token`` is: "announced plans to
    withdraw", "expressed its readiness to lift the sanctions" -> the verb; else None."""
    intent = token.head
    if token.dep_ != "acl" or intent.lemma_.lower() not in INTENT_NOUNS \
            or intent.dep_ != "dobj" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                 for c in token.children):
        return None
    verb = intent.head
    return verb if verb.lemma_.lower() in ANNOUNCING_VERBS else None


# Purposes of sending forces that make the sending help for the side they go to: "troops to
# help the army", "instructors to train local forces".
HELPING_PURPOSES = {"help", "assist", "train", "support", "advise", "mentor", "equip"}


def _serves_another_act(token: Token) -> bool:
    """The act is the purpose of another ("to discuss" in "will meet to discuss", "train" in
    "sent troops to help train"): announcing that act announces it, so it implies no
    announcement of its own."""
    while token.dep_ == "xcomp" and token.head.i != token.i:
        token = token.head
    return purpose_clause(token)


def _sent_to_help(event: EventMention) -> bool:
    """A deployment whose purpose, an infinitive on the verb or on what is sent, is to help,
    train or advise a side it names ("to train the army", "to help Mali fight the rebels"):
    announcing it is an intent to cooperate militarily (CAMEO 0312), no threat.
    Forces called in "to help with the evacuation" or "to help restore order" help no side:
    they are deployed."""
    token = event.token
    sent = [c for c in token.children if c.dep_ == "dobj"]
    return any(p.lemma_.lower() in HELPING_PURPOSES and _names_whom(p)
               and (_sent_to_a_state(event) or not _helps_its_own(event, p))
               for obj in (sent or [token]) for p in _purposes(token, obj))


def _helps_its_own(event: EventMention, verb: Token) -> bool:
    """The side a verb of helping helps is of the deployer's own country ("Ruto deployed
    the military to support the police"): forces sent at home, no aid to another."""
    actors, actor_at = verb.doc._.actors or [], verb.doc._.actor_at or {}
    # (a country the text gives, not the article's guess for "the government")
    own = {actors[n].info.country for n in event.actors
           if not actors[n].info.country_guessed} - {None, "IGO"}
    helped = [actors[actor_at[c.i]].info for c in verb.children
              if c.dep_ == "dobj" and c.i in actor_at]
    # (forces named with no country, sent by a deployer of none, are its own: a foreign
    # force is named so, "to support the Haitian police")
    return bool(helped) and all(
        info.country in own or (not own and info.country is None
                                and info.sector in FORCE_SECTORS)
        for info in helped)


def _names_whom(verb: Token) -> bool:
    """Whether a verb of helping names whom it helps: its object ("to help the army"), the
    subject of the act it helps with ("to help Mali fight the rebels"), or an actor it works
    with ("to train with Surinamese forces"; not "to help with the evacuation")."""
    actor_at = verb.doc._.actor_at or {}
    return any(c.dep_ == "dobj" or (c.dep_ in ("ccomp", "xcomp")
                                    and any(g.dep_ == "nsubj" for g in c.children))
               or (c.dep_ == "prep" and c.lower_ == "with"
                   and any(g.dep_ == "pobj" and g.i in actor_at for g in c.children))
               for c in verb.children)


def _sent_to_a_state(event: EventMention) -> bool:
    """A deployment "to" a named state, on the verb or on what is sent ("would deploy a
    brigade to Lithuania", "pledged to send troops to Qatar"): forces go to a state as its
    guests or allies, so announcing it is an intent to cooperate militarily (CAMEO 0312,
    0334), no threat; forces sent "into" a state, or to a border or waters, stay a threat."""
    token = event.token
    doc = token.doc
    actor_at, actors = doc._.actor_at or {}, doc._.actors or []
    place_at, places = doc._.place_at or {}, doc._.places or []
    sent = [c for c in token.children if c.dep_ == "dobj"]
    for prep in (c for w in (token, *sent) for c in w.children):
        if prep.dep_ not in ("prep", "dative") or prep.lower_ != "to":
            continue
        for word in (g for g in prep.children if g.dep_ == "pobj"):
            n, p = actor_at.get(word.i), place_at.get(word.i)
            if (n is not None and actors[n].info.kind == "state") or (
                    p is not None and (places[p].feature_code or "").startswith("PCL")):
                return True
    return False


def _a_promise_of_itself(event: EventMention, kind: tuple[str, str]) -> bool:
    """A concession announced in the plain future, with no verb of commitment ("the
    government will lift the curfew", "will make concessions"), is promised by the statement
    that reports it: PLOVER's CONCEDE includes "promises of future concessions", so the
    promise is coded at the concession's own word beside the future act (as "agreed to lift
    the curfew" is). A future that a purpose, a wish or an obligation gives ("seeking to
    abolish", "will have to make concessions") promises nothing."""
    if kind != INTENT_OF.get(event.trigger.event) or kind[0] != event.trigger.event \
            or event.derived:
        return False
    verb = event.token if event.trigger.pos == "verb" else carrier(event.token)
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


# Prepositions by which a verb of commitment takes the act it commits to as a noun: "agreed
# to a ceasefire", "agreed on a prisoner swap".
COMMITTED_PREPS = {"to", "on", "upon"}


def _promised_concessions(events: list[EventMention], types: dict[str, EventType]) -> None:
    """The whole clause decides the type of an agreement: "agreed to release the prisoners",
    "agreed to lift the blockade", "agreed to a ceasefire" promise a concession, which
    PLOVER codes as CONCEDE ("promises of future concessions", PLOVER manual, CONCEDE), not
    as AGREE. An AGREE verb that commits its actor to a future retreat or concession takes
    the type that announcing it amounts to (:data:`INTENT_OF`); "agreed to hold talks",
    "agreed to send aid" stay AGREE."""
    for event in events:
        if event.trigger.event != "AGREE" or event.trigger.pos != "verb" or event.derived:
            continue
        promised = next((e for e in events if e.modality == "future"
                         and e.trigger.event in INTENT_OF
                         and _committed_to(e.token, event.token)), None)
        if promised is None and _yielding(event.token, events):
            event.trigger = replace(event.trigger, event="CONCEDE", cameo=INTENT_OF["CONCEDE"][1],
                                    mode=None, quad=types["CONCEDE"].quad)
        if promised is None:
            continue
        kind, cameo = INTENT_OF[promised.trigger.event]
        event.trigger = replace(event.trigger, event=kind, cameo=cameo, mode=None,
                                quad=types[kind].quad, context=promised.trigger.context)


# Verbs by which one gives up what one does or keeps others from: agreeing to "stop the
# construction of the dam", "freeze the settlements" or "let the observers in" promises a
# concession (CAMEO 08), whatever is stopped or let, as agreeing to lift a ban does.
YIELDING_VERBS = {"stop", "halt", "freeze", "suspend", "cease", "drop", "abandon", "scrap",
                  "shelve", "let", "allow", "permit", "relax", "ease"}


def _yielding(verb: Token, events: list[EventMention]) -> bool:
    """The agreement's infinitive is a verb of yielding, not negated, and no act against
    someone of its own ("agreed to suspend aid to the junta" is a sanction agreed on)."""
    against = {e.token.i for e in events if e.trigger.quad.endswith("conflict")}
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in YIELDING_VERBS and c.i not in against
               and not any(g.dep_ == "neg" for g in c.children) for c in verb.children)


# What not ruling out keeps on the table as a warning ("did not rule out military action",
# "refused to rule out new sanctions"): CAMEO 13, a threat, not a rejection that did not
# happen. Not ruling out talks or a deal threatens nothing.
FORCE_OPTIONS = {"action", "force", "strike", "airstrike", "attack", "intervention", "war",
                 "sanction", "retaliation", "response", "invasion", "operation", "offensive",
                 "escalation", "option", "reprisal", "blockade", "embargo", "expulsion"}


def _options_kept_open(events: list[EventMention], types: dict[str, EventType]) -> None:
    """A negated "rule out" of a use of force or a sanction is a threat, asserted; the
    refusal that negates it ("refused to rule out") is that threat, no rejection."""
    refusals = set()
    for event in events:
        trigger = event.trigger
        if trigger.event != "REJECT" or trigger.lemma != "rule" or trigger.particle != "out" \
                or event.modality != "negated":
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() in FORCE_OPTIONS
               for c in event.token.children):
            event.trigger = replace(trigger, event="THREATEN", cameo="13", mode=None,
                                    quad=types["THREATEN"].quad, context=())
            event.modality = "asserted"
            if event.token.dep_ == "xcomp":
                refusals.add(event.token.head.i)
    events[:] = [e for e in events if not (e.token.i in refusals
                                           and e.trigger.event == "REJECT")]


# Words that name a peacekeeping mission or its troops: a deployment whose own phrases name
# one ("sent 300 troops to the UN peacekeeping mission", "were deployed as peacekeeping
# forces", "peacekeepers arrived in") provides military protection, CAMEO 074 (AID), not a
# show of force against anyone (MOBILIZE 15).
# Acts that a decision of whoever holds the power enacts: "has decided to ease the
# restrictions", "decided to lift the sanctions", "decided to grant him asylum" report the
# easing, the lifting, the granting (news coders code the act, CAMEO 08 and 07), where
# "decided to hold talks" or "to send troops" is an intent to act with or on others (03).
ENACTED_TYPES = {"CONCEDE", "RETREAT", "AID", "REQUEST", "REJECT"}
# ... and those a vote enacts too, a body's measures against someone: "parliament voted to
# ban the party", "lawmakers voted to confiscate their property" (a law passed, no threat).
VOTED_TYPES = ENACTED_TYPES | {"COERCE", "SANCTION"}
# Verbs of a decision taken: "decided to withdraw", "voted to reject the decree".
DECISION_VERBS = {"decide", "vote"}


def _enacted_by_decision(events: list[EventMention], cues: set[int]) -> None:
    """A future act of :data:`ENACTED_TYPES` whose commitment verb is a decision taken (not
    "will decide"), or of :data:`VOTED_TYPES` whose verb is a vote taken, is asserted: the
    decision is the act, and it announces no intent."""
    for event in events:
        if event.modality != "future" or event.trigger.event not in VOTED_TYPES:
            continue
        verb = commitment_verb(event.token)
        if verb is None or (event.trigger.event not in ENACTED_TYPES
                            and verb.lemma_.lower() != "vote"):
            continue
        if verb.lemma_.lower() in DECISION_VERBS and modality_of(verb, cues) == "asserted":
            event.modality = "asserted"


# Verbs by which a body adopts measures that it names as their object: "EU countries agreed
# a new package of sanctions", "the council adopted sanctions against ...".
ADOPTING_VERBS = {"agree", "adopt", "approve"}
# Nouns of a batch of measures: "a package of sanctions", "a new round of sanctions".
BATCH_NOUNS = {"package", "round", "raft", "set", "batch", "series", "wave", "tranche"}


def _sanctions_adopted(events: list[EventMention], cues: set[int],
                       args: ArgumentFinder) -> list[EventMention]:
    """Sanctions that a body agrees or adopts as the object of its verb ("agreed a 14th
    package of sanctions against Russia") are imposed by that decision (CAMEO 163): the
    sanction is asserted, and the agreeing is that act, no agreement of its own."""
    adopted: set[int] = set()
    for event in events:
        if event.trigger.event != "SANCTION" or event.trigger.pos != "noun" \
                or event.modality != "future":
            continue
        noun = event.token
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.lemma_.lower() in BATCH_NOUNS:
            noun = noun.head.head
        verb = noun.head
        if noun.dep_ == "dobj" and verb.lemma_.lower() in ADOPTING_VERBS \
                and modality_of(verb, cues) == "asserted":
            event.modality = "asserted"
            event.actors = event.actors or args.agent_of(verb)
            adopted.add(verb.i)
    return [e for e in events if not (e.trigger.event == "AGREE" and e.token.i in adopted)]


PEACEKEEPING_WORDS = {"peacekeeping", "peacekeeper", "peace-keeping", "peace-keeper",
                      "peacekeepers", "peace-keepers"}
# Nouns of those sent to watch a truce or a vote for both sides: "deployed 300 observers to
# monitor the truce", "sent election monitors" guard an accord, no show of force against
# anyone (as nouns only: troops "deployed to monitor the border" stay MOBILIZE).
MONITOR_NOUNS = {"observer", "monitor"}


def _peacekeeping_deployments(events: list[EventMention], types: dict[str, EventType]) -> None:
    """A MOBILIZE whose subject, object or phrases (within four steps, not through a
    clause of their own) name peacekeeping is AID, context peacekeeping; where the lexicon's
    own AID reading ("deployed peacekeepers") is there too, the MOBILIZE is dropped."""
    aid_at = {e.token.i for e in events if e.trigger.event == "AID"}
    dropped: list[EventMention] = []
    for event in events:
        if event.trigger.event != "MOBILIZE" or not _names_peacekeeping(event.token):
            continue
        if event.token.i in aid_at:
            dropped.append(event)
            continue
        event.trigger = replace(event.trigger, event="AID", cameo="07", mode=None,
                                context=("peacekeeping",), quad=types["AID"].quad)
        aid_at.add(event.token.i)
    events[:] = [e for e in events if all(e is not d for d in dropped)]


def _deployments_to_help(events: list[EventMention], types: dict[str, EventType]) -> None:
    """A MOBILIZE whose purpose is to help, train or advise the side it goes to ("instructors
    deployed to train the national army", "sent 300 troops to help the army") is military
    aid (CAMEO 072: personnel and training), no show of force: it becomes AID, context
    military."""
    for event in events:
        if event.trigger.event == "MOBILIZE" and _sent_to_help(event):
            event.trigger = replace(event.trigger, event="AID", cameo="07", mode=None,
                                    context=("military",), quad=types["AID"].quad)


# Objects by which sending is aid only when nothing else is said of what they go to do: "sent a
# team of doctors" is aid, "sent a team to investigate the crash" an investigation.
TEAM_NOUNS = {"team"}


def _teams_sent_for_another_act(events: list[EventMention]) -> list[EventMention]:
    """Drop an AID that rests on a team being sent when the team's purpose ("to investigate
    the collision", its infinitive on the verb or on the team) is an event of another type:
    the sending serves that act and gives no aid."""
    others = {e.token.i: e.trigger.event for e in events}
    return [e for e in events if not (
        e.trigger.event == "AID" and e.trigger.pos == "verb"
        and any(o.dep_ == "dobj" and o.lemma_.lower() in TEAM_NOUNS
                and any(others.get(p.i, "AID") != "AID" for p in _purposes(e.token, o))
                for o in e.token.children))]


def _purposes(verb: Token, obj: Token) -> list[Token]:
    """The infinitives of purpose of a verb of sending or of its object ("sent a team to
    investigate", "a team to examine the dam")."""
    return [c for c in (*verb.children, *obj.children)
            if c.dep_ in ("advcl", "acl") and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


# Steps from a word of peacekeeping up to the deployment it names: four reach the verb of
# "the first battalion of Kenyan peacekeeping troops arrived" (word, troops, of, battalion).
PEACEKEEPING_STEPS = 4


def _names_peacekeeping(trigger: Token) -> bool:
    """A word of peacekeeping (or a noun of :data:`MONITOR_NOUNS`) hangs on the trigger
    within :data:`PEACEKEEPING_STEPS` steps, not through a clause of its own."""
    for word in trigger.sent:
        if word.lower_ not in PEACEKEEPING_WORDS and not (
                word.pos_ == "NOUN" and word.lemma_.lower() in MONITOR_NOUNS):
            continue
        node = word
        for _ in range(PEACEKEEPING_STEPS):
            if node.i == trigger.i or node.head.i == node.i \
                    or node.dep_ in ("relcl", "ccomp", "parataxis"):
                break
            node = node.head
        if node.i == trigger.i:
            return True
    return False


def _committed_to(act: Token, verb: Token) -> bool:
    """Whether ``act`` is what ``verb`` commits to: its complement ("agreed to withdraw")
    or the object of its preposition ("agreed to a truce")."""
    committing = commitment_verb(act)
    if committing is not None and committing.i == verb.i:
        return True
    prep = act.head
    return (act.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in COMMITTED_PREPS
            and prep.head.i == verb.i and prep.head.i != prep.i)


def _attempted_assault(event: EventMention) -> bool:
    """An assault that was attempted ("gunmen tried to kill the governor", "made an attempt
    to bomb the station") is an assault: CAMEO codes an attempted assassination (185) as it
    codes the act, since the attack is made, whatever comes of it. Any other act attempted
    ("tried to hold talks", "tried to seize the assets") stays hypothetical."""
    return event.modality == "hypothetical" and event.trigger.event == "ASSAULT" \
        and attempted(event.token)


# Modals by which an actor says it may act: "could", "might", "may" ("would" is the future
# of a reported commitment, see ``modality._reported_future``).
POSSIBILITY_AUX = {"could", "might", "may"}


def _stated_possibility(event: EventMention) -> Token | None:
    """"Slovakia could suspend relations with Prague, Fico said": an actor that says it may
    act against someone threatens to (CAMEO 13, PLOVER "coercive or forceful warnings").
    Returns the verb of saying, or None. A material conflict act only ("could accuse" is no
    threat), with a named actor, not in a condition ("if they could ...")."""
    token = event.token
    if (event.modality != "hypothetical" or event.trigger.quad != "material_conflict"
            or not event.actors or token.dep_ != "ccomp"
            or not any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_AUX for c in token.children)
            or any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children)):
        return None
    verb = token.head
    if verb.lemma_.lower() not in STATEMENT_VERBS or not _speaks_for_itself(verb, event):
        return None
    return verb


def _conditional_future(event: EventMention) -> bool:
    """A conflict act its doer will do on a condition ("the teachers will strike if the
    government does not raise their pay", "the army will attack unless the rebels withdraw")
    is held over the other side: a threat (CAMEO 13), as "threatened to strike" is. The act is
    a verb in the plain future with a named doer and a clause of "if" or "unless" of its own."""
    token = event.token
    return (event.modality == "future" and event.trigger.quad == "material_conflict"
            and event.trigger.pos == "verb" and bool(event.actors)
            and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children)
            and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                               for m in c.children)
                    for c in token.children))


# Nouns of an option and the verbs by which one puts it forward: "raised the possibility of
# banning the party", "floated the prospect of sanctions" hold a coercive act over someone,
# a warning (CAMEO 13), where "analysts fear the prospect of sanctions" warns of nothing.
OPTION_NOUNS = {"possibility", "prospect", "spectre", "specter", "option", "idea"}
RAISING_VERBS = {"raise", "float", "moot", "broach", "dangle", "table", "mention"}


def _raised_possibility(event: EventMention) -> Token | None:
    """The verb by which the event's doer puts forward a coercive act as an option ("the
    minister raised the possibility of banning the party"), or None. The act is material
    conflict and hypothetical, the "of" phrase of an option noun that is the verb's object;
    an act with no doer of its own takes the verb's subject as its doer."""
    token = event.token
    if event.modality != "hypothetical" or event.trigger.quad != "material_conflict":
        return None
    prep = token.head if token.dep_ in ("pobj", "pcomp") else None
    if prep is None or prep.lower_ != "of" or prep.head.lemma_.lower() not in OPTION_NOUNS:
        return None
    noun = prep.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in RAISING_VERBS:
        return None
    actor_at = verb.doc._.actor_at or {}
    raiser = next((actor_at[c.i] for c in verb.children
                   if c.dep_ == "nsubj" and c.i in actor_at), None)
    if raiser is None or (event.actors and raiser not in event.actors):
        return None  # "raised the possibility of a Russian strike": another's act
    if not event.actors:
        event.actors = [raiser]
        event.recipients = [r for r in event.recipients if r != raiser]
        event.anchored = True
    return verb


def _speaker_and_own(verb: Token, event: EventMention) -> tuple[int | None, set[str]]:
    """The actor that is the subject of a verb of saying (None when it is no actor) and the
    countries of the event's own actors."""
    doc = verb.doc
    actor_at, actors = doc._.actor_at or {}, doc._.actors or []
    own = {actors[n].info.country for n in event.actors} - {None}
    speaker = next((actor_at[c.i] for c in verb.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.i in actor_at), None)
    return speaker, own


def _speaks_for_itself(verb: Token, event: EventMention) -> bool:
    """The subject of the verb of saying is the event's actor or of its country ("Russia
    said it could", "Slovakia's prime minister said Slovakia could"), not an onlooker
    ("analysts said Russia could invade" is a forecast, not a threat)."""
    n, own = _speaker_and_own(verb, event)
    return n is not None and (n in event.actors or verb.doc._.actors[n].info.country in own)


def _someone_else_says(verb: Token, event: EventMention) -> bool:
    """The verb reporting a future act has a subject that is another actor, of another
    country or an anonymous source ("the AU will mediate, diplomats said"): a report of
    someone's plan, not their commitment. A government speaks for its own ("the Kremlin said
    Putin would visit", "a spokesman said the minister would hold talks")."""
    n, own = _speaker_and_own(verb, event)
    if n is None or n in event.actors:
        return False
    speaker = verb.doc._.actors[n].info
    if speaker.country is None:
        return speaker.kind == "agent"
    return bool(own) and speaker.country not in own


def _derived(event: EventMention, anchor: Token, kind: tuple[str, str], pos: str,
             factor: float, types: dict[str, EventType],
             confidence: ConfidenceSettings) -> EventMention:
    """An asserted event of type and CAMEO root ``kind`` that ``event`` implies (an intent,
    a refusal), at ``anchor``, with the same participants, place and time, and the trigger
    weight times ``factor``."""
    trigger = Trigger(event=kind[0], lemma=anchor.lemma_.lower(), pos=pos, cameo=kind[1],
                      context=event.trigger.context, quad=types[kind[0]].quad,
                      weight=event.trigger.weight * factor)
    mention = EventMention(trigger, anchor, event.sentence, list(event.actors),
                           list(event.recipients), "asserted", event.place, event.time,
                           anchored=event.anchored, derived=True)
    mention.confidence = _confidence(mention, confidence)
    return mention


# What a speaker's "X must ..." about another is coded as: a demand (CAMEO 10).
DEMAND = ("REQUEST", "10")
OBLIGATION_AUX = {"must"}


def _obligations(doc: Doc, events: list[EventMention], args: ArgumentFinder,
                 types: dict[str, EventType], confidence: ConfidenceSettings,
                 time_at: dict[int, int]) -> list[EventMention]:
    """"Russia says Israel must end its attacks", "the donors said Indonesia must ensure
    security": a speaker who says what another must do demands it (CAMEO 10), a REQUEST at
    the verb of saying, addressed to the one who must, whatever the act (which need be no
    trigger of its own). Not what the speaker says it must do itself ("we must act")."""
    taken = {e.token.i for e in events if e.trigger.event == "REQUEST"}
    found: list[EventMention] = []
    lemmas = token_table(doc).lemma_lower  # (read once: this runs on every article)
    for verb in (doc[i] for i, lemma in enumerate(lemmas)
                 if lemma in STATEMENT_VERBS and i not in taken):
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and any(
            a.dep_ == "aux" and a.lower_ in OBLIGATION_AUX for a in c.children)), None)
        if clause is None:
            continue
        speakers = args.agent_of(verb)
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.lower_ in ("we", "i", "it") or any(p.dep_ == "poss" and p.pos_ == "PRON"
                                                     for p in c.children) for c in subjects):
            continue  # "we must act", "his government must cut spending": the speaker's own
        obliged = [n for c in subjects for n in args.actors_in(c)]
        keys = {args.actors[n].info.key for n in speakers}
        if not speakers or not obliged or any(args.actors[n].info.key in keys for n in obliged) \
                or _its_own_state(args, speakers, obliged):
            continue
        kind = types[DEMAND[0]]
        trigger = Trigger(event=DEMAND[0], lemma=verb.lemma_.lower(), pos="verb",
                          cameo=DEMAND[1], quad=kind.quad, speech=True,
                          weight=confidence.obligation)
        mention = EventMention(trigger, verb, verb.sent, speakers, obliged, "asserted",
                               None, _in_clause(verb, time_at, TIME_PREPS))
        mention.modality = modality_of(verb, doc._.speech_cues or set())
        mention.confidence = _confidence(mention, confidence)
        found.append(mention)
    return found


# Verbs of giving a share to a common end, whose "to" phrase is that end: "is ready to
# contribute to the peace process". Said of what is happening they may be causes ("the drought
# contributed to the crisis"); declared ready to, they are offers of help.
CONTRIBUTING_VERBS = {"contribute"}


def _offers_to_contribute(doc: Doc, events: list[EventMention], args: ArgumentFinder,
                          types: dict[str, EventType],
                          confidence: ConfidenceSettings) -> list[EventMention]:
    """"Finland is ready to contribute to the mission", "stands ready to contribute to the
    normalisation of the situation": an actor that declares itself ready (willing, prepared)
    to contribute to something offers its help, an intent to cooperate (CAMEO 03, AGREE), at
    the word of readiness, as "ready to send aid" is. Not where the contribution is an event
    of its own (what is given named, "ready to contribute troops"): the lexicon reads it."""
    coded = {e.token.i for e in events}
    found: list[EventMention] = []
    lemmas = token_table(doc).lemma_lower  # (read once: this runs on every article)
    for verb in (doc[i] for i, lemma in enumerate(lemmas)
                 if lemma in CONTRIBUTING_VERBS and i not in coded):
        ready = verb.head
        if verb.dep_ != "xcomp" or ready.lemma_.lower() not in READINESS or ready.i in coded \
                or not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
            continue
        clause = ready.head if ready.dep_ == "acomp" else ready
        actors = args.agent_of(clause)
        if not actors:
            continue
        kind = types[COOPERATIVE_INTENT[0]]
        trigger = Trigger(event=COOPERATIVE_INTENT[0], lemma=ready.lemma_.lower(), pos="verb",
                          cameo=COOPERATIVE_INTENT[1], quad=kind.quad,
                          weight=confidence.offered_help)
        mention = EventMention(trigger, ready, sentence_of(ready), actors, [], "asserted")
        mention.modality = modality_of(clause, doc._.speech_cues or set())
        mention.confidence = _confidence(mention, confidence)
        found.append(mention)
    return found


def _its_own_state(args: ArgumentFinder, speakers: list[int], obliged: list[int]) -> bool:
    """Every one obliged is the state the speakers govern ('"Chad must assert its
    sovereignty," the Chadian foreign minister said'): a statement of the state's own
    course, no demand on another."""
    governing = {info.country for n in speakers
                 if (info := args.actors[n].info).sector == "GOV" and info.country}
    return len(governing) == 1 and all(
        args.actors[n].info.kind == "state" and args.actors[n].info.country in governing
        for n in obliged)


# What a refusal to do a cooperative act is coded as (CAMEO 12x reject, 124 refuse to yield).
REFUSAL = ("REJECT", "12")


def _refusals(events: list[EventMention], types: dict[str, EventType],
              confidence: ConfidenceSettings) -> list[EventMention]:
    """A cooperative act its actor says it will not do ("will not lift the ban", "would not
    release the soldiers") or declines to do ("declined to meet the envoy") is a refusal,
    CAMEO 12 (PLOVER REJECT: "refuse or decline to ..."), a REJECT event of its own, at the
    verb that refuses; the act stays in the record, negated. Only a negation of the future
    or a refusal verb: "did not lift the ban" reports what did not happen, not a refusal."""
    coded = {(e.token.i, e.trigger.event) for e in events}
    derived: list[EventMention] = []
    for event in events:
        token = event.token
        refusing = _refusing_verb(token) or _failed_agreement(event)
        if refusing is not None and token.dep_ == "advcl" and event.modality == "hypothetical":
            # "declined on Friday to meet": a phrase of time before the infinitive makes the
            # parser read it as a clause of purpose; what is declined is not done
            event.modality = "negated"
        if (event.modality != "negated" or not event.actors
                or not event.trigger.quad.endswith("cooperation")):
            continue
        anchor = refusing if refusing is not None else token
        if (anchor.i, REFUSAL[0]) in coded or (refusing is None
                                                and not _future_negation(token)):
            continue
        derived.append(_derived(event, anchor, REFUSAL,
                                "verb" if refusing is not None else event.trigger.pos, 1.0,
                                types, confidence))
        coded.add((anchor.i, REFUSAL[0]))
    return derived


# Verbs whose infinitive is the act they refuse: "declined to meet", "refused to release" (a
# trigger itself: its own REJECT event is the refusal, and none is derived twice).
REFUSING = {"decline", "refuse"}
# ... but refusing to say something is declining comment, CAMEO 011, a statement and no
# event: "refused to comment on the report", "refused to reveal the suspect's name".
COMMENT_VERBS = {"comment", "say", "reveal", "disclose", "confirm", "elaborate", "answer",
                 "specify", "speculate", "name", "identify", "divulge", "explain"}


def _refusing_verb(token: Token) -> Token | None:
    """The verb that refuses the trigger's act ("declined to send aid"; "refused on Monday to
    free them", which the parser makes a clause of purpose), or None."""
    head = token.head
    infinitive = token.dep_ == "xcomp" or (
        token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))
    if infinitive and head.i != token.i and head.lemma_.lower() in REFUSING \
            and not any(c.dep_ == "neg" for c in head.children):
        return head
    return None


# Verbs whose infinitive is an act attempted and not achieved: "failed to reach a deal".
FAILING_VERBS = {"fail"}
# ... the types whose failure is a disagreement of the sides, no mere act not done: parties
# that fail to agree have each turned down what the other would settle for, as news coders
# read "failed to reach agreement" (CAMEO 12); "failed to deliver aid" refuses nothing.
DISAGREEING_TYPES = {"AGREE"}


def _failed_agreement(event: EventMention) -> Token | None:
    """The verb of failing of an agreement not reached ("the two sides failed to reach a
    deal", "failed to agree on a budget"), or None."""
    token = event.token
    if event.trigger.event not in DISAGREEING_TYPES or token.dep_ != "xcomp":
        return None
    head = token.head
    if head.lemma_.lower() in FAILING_VERBS and not any(c.dep_ == "neg" for c in head.children):
        return head
    return None


def _future_negation(verb: Token) -> bool:
    """"will not lift", "won't release", "would not free": a negated future auxiliary on the
    verb itself (a governing "refused to" is coded by the refusal verb's own trigger)."""
    children = list(verb.children)
    negated = any(c.dep_ == "neg" for c in children)
    # "would", not "'d", which is as often "had" ("they'd not lifted it")
    future = any(c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or c.lower_ == "would")
                 for c in children)
    return negated and future


def _demands(events: list[EventMention]) -> None:
    """An appeal is CAMEO 02 ("urged talks"), but one for an act against someone ("called for
    sanctions against", "urged the arrest of") is a demand, CAMEO 10, as news coders read it:
    a REQUEST whose requested act (an event in its clause) is a conflict act takes root 10."""
    for event in events:
        if event.trigger.event != "REQUEST" or event.trigger.cameo != "02":
            continue
        head = event.token
        asked = [e for e in events if e is not event and e.token.i != head.i
                 and e.trigger.quad.endswith("conflict") and e.trigger.event != "REQUEST"
                 and _asked_for(e.token, head)]
        if asked:
            event.trigger = replace(event.trigger, cameo="10")


def _not_asking_against_their_own(events: list[EventMention], args: ArgumentFinder) -> None:
    """A generic doer guessed to be of the article's country does not ask for a conflict act
    against that state: in a story that names Iran alone, "the opposition called for tougher
    sanctions on Iran" is no Iranian opposition. The text says whom the act is against, not
    who asks for it, so the guess is dropped."""
    for event in events:
        if event.trigger.event != "REQUEST" or not event.actors:
            continue
        targets = {info.country for e in events
                   if e is not event and e.trigger.quad.endswith("conflict")
                   and e.trigger.event != "REQUEST" and _asked_for(e.token, event.token)
                   for info in (args.actors[r].info for r in e.recipients)
                   if info.kind == "state" and not info.country_guessed}
        _drop_guesses(args, event.actors, targets)


def _asked_for(act: Token, request: Token, depth: int = 4) -> bool:
    """``act`` is part of what ``request`` asks for: it hangs on the request within ``depth``
    steps, and not inside a clause that only describes a noun ("urged to resign by veterans
    protesting outside", "avoid steps that could trigger a war") or that tells when or why
    ("urged donors to release funds after the government cut its budget"): those are the
    request's circumstances, not its content. Nor an act the addressee is asked to help
    with ("asked NATO to help patrol its airspace"): that appeals for aid (CAMEO 023)."""
    if request.i not in _heads(act, depth):
        return False  # (most acts hang elsewhere: known without a Token per step)
    node = act
    for _ in range(depth):
        if node.head.i == node.i:
            return False
        if _describes_a_noun(node) or (node.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in node.children)):
            return False
        node = node.head
        if node.i == request.i:
            return True
        if node.lemma_.lower() in HELPING:
            return False
    return False


# Verbs of helping: an act one is asked to help with is help asked for.
HELPING = {"help", "assist"}


def _describes_a_noun(clause: Token) -> bool:
    """A relative or participle clause on a noun ("veterans protesting", "steps that could");
    not an infinitive, which names what the noun is for ("a resolution to impose sanctions")."""
    if clause.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return clause.dep_ == "relcl" or (clause.dep_ == "acl" and clause.tag_ in ("VBG", "VBN"))


def _addressees(events: list[EventMention]) -> None:
    """Who is asked is who would do the act asked for: "called for the president to resign"
    is addressed to the president, as "called on Russia to withdraw" to Russia. Only for a
    request that names no one it is addressed to."""
    for event in events:
        if event.trigger.event != "REQUEST" or event.recipients:
            continue
        asked = next((e for e in events if e is not event and e.token.i != event.token.i
                      and e.actors and _governed_by(e.token, event.token, 2)), None)
        if asked is not None:
            event.recipients = [n for n in asked.actors if n not in event.actors]


def _governed_by(token: Token, head: Token, depth: int = 4) -> bool:
    """True when ``head`` is among the first ``depth`` ancestors of ``token``."""
    return head.i in _heads(token, depth)


def _heads(token: Token, depth: int) -> list[int]:
    """The indices of the first ``depth`` ancestors of ``token``, nearest first (fewer when
    the root comes sooner)."""
    heads = token_table(token.doc).head  # (no Token per ancestor)
    found = []
    i = token.i
    for _ in range(depth):
        if heads[i] == i:
            break
        i = heads[i]
        found.append(i)
    return found


def _long_before(event: EventMention, doc: Doc, published: date | None) -> bool:
    if event.time is None or published is None:
        return False
    last = last_day(doc._.times[event.time].value or "")
    return last is not None and (published - last).days > HISTORICAL_DAYS


# Units of a time "after" measures back from the main clause: a clause that long before it
# tells of the past ("recaptured the city a year after the group seized it").
LONG_UNITS = {"year", "decade", "century"}


def _years_before_its_main_clause(verb: Token) -> bool:
    """A clause of "after" measured in years ("a year after", "two decades after the
    rebels overran it") tells what happened that long before the main clause: history."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after"
                                       for c in verb.children):
        return False
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_UNITS
               for c in verb.children)


# Nouns of a day that remembers an event: "the tenth anniversary of the bombing".
REMEMBRANCE_NOUNS = {"anniversary", "commemoration", "remembrance", "centenary", "centennial",
                     "bicentenary", "jubilee"}
# Prepositions by which a span of years reaches back to an event: "30 years since the war".
RECKONING_PREPS = {"since", "after"}


def _remembered(token: Token) -> bool:
    """An event an anniversary remembers, or one told in a relative clause of it: "marked
    30 years since the genocide in which extremists killed 800,000 people", "on the tenth
    anniversary of the bombing that killed 22", "thirty years after the invasion". It lies
    years back: history, whatever the tense."""
    noun = token.head if token.dep_ == "relcl" else token
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of":
        return prep.head.lemma_.lower() in REMEMBRANCE_NOUNS
    if prep.lower_ not in RECKONING_PREPS:
        return False
    # "thirty years after the invasion" (the span on the preposition), "marked 30 years
    # since the genocide" (the span the verb's object, beside the preposition)
    spans = [*prep.children, *(c for c in prep.head.children if c.dep_ == "dobj")]
    return any(c.dep_ in ("npadvmod", "dobj") and c.lemma_.lower() in LONG_UNITS
               for c in spans)


# How far ahead of publication a date makes a meeting or a vote named by a noun a scheduled
# one ("the summit on Thursday"); a date farther ahead is more often a misread year.
SCHEDULED_DAYS = 60


def _after(event: EventMention, doc: Doc, published: date | None) -> bool:
    """True for an event named by a noun or a verb in the present, simple or progressive
    ("the leaders meet in Lima on Thursday", "the president is visiting France on March
    10"), whose date begins in the weeks after the day the article was published. (Other
    verbs carry a tense that modality reads.)"""
    if event.time is None or published is None:
        return False
    token = event.token
    if event.trigger.pos != "noun" and not _present_tense(token):
        return False
    first = first_day(doc._.times[event.time].value or "")
    return first is not None and 0 < (first - published).days <= SCHEDULED_DAYS


# "ahead of the summit", "in the run-up to the vote": the word and preposition by which a
# noun is named as what is still to come when the act of the clause happens.
AWAITING_PREP = {"ahead": "of", "up": "to"}
# the first halves of "run-up", "lead-up" and "build-up" (split at the hyphen)
AWAITING_UPS = {"run", "lead", "build"}


def _awaited(event: EventMention, doc: Doc, published: date | None) -> bool:
    """True for an event noun that an act of the report comes ahead of ("Macron meets
    Scholz ahead of the EU summit", "arrests in the run-up to the vote"): it has not happened
    yet, unless its own date is before the article's."""
    token = event.token
    if event.trigger.pos != "noun" or token.dep_ != "pobj":
        return False
    prep, word = token.head, token.head.head
    if AWAITING_PREP.get(word.lower_) != prep.lower_ or (
            word.lower_ == "up" and (word.i < 2 or doc[word.i - 2].lower_ not in AWAITING_UPS)):
        return False
    if event.time is None or published is None:
        return True
    first = first_day(doc._.times[event.time].value or "")
    return first is None or first >= published


def _present_tense(verb: Token) -> bool:
    """A verb in the simple present ("meet", "meets") or the present progressive ("is
    visiting", "are meeting"), with no other auxiliary."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not aux
    return verb.tag_ == "VBG" and len(aux) == 1 and aux[0].tag_ in ("VBZ", "VBP")


def _confidence(event: EventMention, c: ConfidenceSettings = DEFAULT_CONFIDENCE) -> float:
    """The event's confidence, 0-1: its trigger's weight times the factors of ``c``."""
    score = event.trigger.weight * (c.base + c.actor * bool(event.actors)
                                    + c.recipient * bool(event.recipients))
    if event.trigger.pos == "noun" and not event.actors:
        score *= c.noun_without_actor
    if not event.anchored:
        score *= c.unanchored
    return min(score, c.ceiling)


CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
MAX_HEADS = 4  # verbs climbed from the trigger: beyond, the root's report frame is far off
LONG_SENTENCE = 60  # tokens: the length feature is this share, capped at 1


@dataclass(frozen=True)
class CandidateContext:
    """What the features of a candidate read beyond the candidate itself: the kinds of the
    actor mentions (and whether each is a known entity), the quotation spans, the candidates
    of each sentence, and the groups of context features asked for
    (:data:`newsevents.confidence.CONTEXT_GROUPS`)."""

    kinds: list[str]
    quotes: list[tuple[int, int]]
    per_sentence: Counter[int]
    types_per_sentence: dict[int, set[str]]
    known: list[bool] = field(default_factory=list)
    groups: frozenset[str] = frozenset()

    @classmethod
    def of(cls, events: list[EventMention], args: ArgumentFinder,
           groups: Iterable[str] = ()) -> CandidateContext:
        types: dict[int, set[str]] = {}
        for e in events:
            types.setdefault(e.sentence.start, set()).add(e.trigger.event)
        return cls([a.info.kind for a in args.actors],
                   [(q.start_char, q.end_char) for q in args.quotes],
                   Counter(e.sentence.start for e in events), types,
                   [a.info.kb_id is not None for a in args.actors], frozenset(groups))


def _kind(indices: list[int], kinds: list[str]) -> str:
    """The kind of the first of these actor mentions ("state", "person", ...), or "none"."""
    return kinds[indices[0]] if indices and indices[0] < len(kinds) else "none"


def _content_lemmas(doc: Doc, start: int, end: int) -> set[str]:
    """The lemmas of the content words (nouns, verbs, adjectives, adverbs; no stop word, no
    name, no number) of tokens ``start``..``end``: what a passage is about."""
    table = token_table(doc)
    lemmas, pos = table.lemma_lower, table.pos
    return {lemmas[i] for i in range(start, end)
            if pos[i] in CONTENT_POS and lemmas[i].isalpha() and lemmas[i] not in STOP_WORDS}


def _governing_verbs(token: Token) -> list[str]:
    """The lemmas of the verbs above the trigger, nearest first, up to the root (at most
    :data:`MAX_HEADS`): "said", "urged", "called" frame what the trigger reports."""
    table = token_table(token.doc)
    heads, pos, lemmas = table.head, table.pos, table.lemma_lower
    found: list[str] = []
    i = token.i
    while heads[i] != i and len(found) < MAX_HEADS:
        i = heads[i]
        if pos[i] == "VERB":
            found.append(lemmas[i])
    return found


def _clause_span(token: Token) -> tuple[int, int]:
    """The token range of the trigger's clause: the subtree of the verb it is or hangs
    from (the trigger's own subtree when no verb is above it)."""
    verb = token
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB":
        verb = token
    return verb.left_edge.i, verb.right_edge.i + 1


def _bag(prefix: str, lemmas: set[str]) -> dict[str, float]:
    """A bag of words scaled to unit length: a long sentence's words do not outweigh the
    candidate's own features by their number."""
    value = 1.0 / len(lemmas) ** 0.5 if lemmas else 0.0
    return {f"{prefix}={lemma}": value for lemma in lemmas}


def context_features(event: EventMention, context: CandidateContext) -> dict[str, float]:
    """The features of the context groups ``context`` asks for (see
    :data:`newsevents.confidence.CONTEXT_GROUPS`)."""
    groups, token, sentence = context.groups, event.token, event.sentence
    features: dict[str, float] = {}
    if "heads" in groups:
        # alone and with the candidate's quad: a report frames a deed ("said troops
        # shelled") otherwise than an appeal or a threat ("said it would retaliate")
        for lemma in _governing_verbs(token):
            features[f"head={lemma}"] = 1.0
            features[f"quad_head={event.trigger.quad}:{lemma}"] = 1.0
    if "words" in groups:
        features.update(_bag("word", _content_lemmas(token.doc, sentence.start, sentence.end)))
    if "clause" in groups:
        features.update(_bag("clause", _content_lemmas(token.doc, *_clause_span(token))))
    if "known" in groups:
        features.update((f"{side}_known", 1.0) for side, found
                        in (("actor", event.actors), ("recipient", event.recipients))
                        if found and found[0] < len(context.known) and context.known[found[0]])
    if "length" in groups:
        features["length"] = min(len(sentence) / LONG_SENTENCE, 1.0)
    return features


def candidate_features(event: EventMention, context: CandidateContext) -> dict[str, float]:
    """The features the confidence model reads (see :mod:`newsevents.confidence`): the
    lexicon entry and what it codes, how the trigger sits in the parse, modality, who the
    participants are, the rule-based confidence, and how many other candidates its sentence
    holds. Indicator features have value 1. Nothing is read from the rest of the article:
    the training stories each label one event, and features of an article's "main event"
    learnt from them would drop the other events of a real article."""
    trigger, token = event.trigger, event.token
    sent = event.sentence.start
    names = [f"type={trigger.event}", f"cameo={trigger.cameo}", f"quad={trigger.quad}",
             f"mode={trigger.mode or 'none'}", f"pos={trigger.pos}",
             f"entry={trigger.event}:{trigger.pos}:{trigger.lemma.replace(' ', '_')}",
             f"dep={token.dep_ or 'none'}", f"tag={token.tag_ or 'none'}",
             f"modality={event.modality}", f"type_modality={trigger.event}:{event.modality}",
             f"actor={_kind(event.actors, context.kinds)}",
             f"recipient={_kind(event.recipients, context.kinds)}"]
    flags = {"derived": event.derived, "anchored": event.anchored, "speech": trigger.speech,
             # (placed, or known to be away from a dateline; dated, or a commitment not
             # dated by its act: what the model was fitted with, before the rules that
             # withhold the dateline and the act's time for such events)
             "place": event.place is not None or event.elsewhere,
             "time": event.time is not None or event.time_withheld,
             "quoted": any(a <= token.idx < b for a, b in context.quotes)}
    features = dict.fromkeys(names, 1.0)
    features.update((name, 1.0) for name, on in flags.items() if on)
    features.update({"rule": event.rule_confidence, "weight": trigger.weight,
                     "others_in_sentence": min(context.per_sentence[sent] - 1, 4) / 4,
                     "types_in_sentence": min(len(context.types_per_sentence[sent]) - 1, 3) / 3})
    if context.groups:
        features.update(context_features(event, context))
    return features


# What the stage reads: the parse, and what every earlier stage wrote (``doc._.published``
# too, which the caller sets and no stage declares).
READS = doc_attrs("actors", "actor_at", "places", "place_at", "dateline_place", "times",
                  "quotes", "speech_cues")


@Language.factory(
    "newsevents_events",
    default_config={"lexicon_path": None, "confidence": asdict(DEFAULT_CONFIDENCE),
                    "model_path": None, "calibrated": True},
    requires=[*PARSE, "token.ent_type", *READS], assigns=assigns("newsevents_events"))
def make_events(nlp: Language, name: str, lexicon_path: str | None,
                confidence: dict[str, Any], model_path: str | None,
                calibrated: bool) -> EventsComponent:
    """The events stage with the lexicon at ``lexicon_path`` (None: the packaged one), the
    rule-based ``confidence`` factors (the fields of :class:`ConfidenceSettings`) and the
    confidence model at ``model_path`` (None: the packaged one; ``calibrated`` false: none,
    the rule-based confidence is the event's)."""
    model = load_model(model_path) if calibrated else None
    return EventsComponent(load_lexicon(lexicon_path), ConfidenceSettings(**confidence), model)


class EventsComponent:
    """spaCy component: code PLOVER events from the annotations of the earlier stages."""

    def __init__(self, lexicon: Lexicon, confidence: ConfidenceSettings = DEFAULT_CONFIDENCE,
                 model: ConfidenceModel | None = None):
        register_extensions()
        self.finder = EventFinder(lexicon, confidence, model)

    @property
    def threshold(self) -> float:
        """The confidence below which the coder leaves an event out: the model's (rule-based
        confidence alone: :data:`RULE_THRESHOLD`)."""
        model = self.finder.model
        return RULE_THRESHOLD if model is None else model.threshold

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.finder(doc)
        return doc
