"""Modality of an event trigger: asserted, negated, future or hypothetical.

In:  the trigger token of an event (verb or event noun) in a parsed sentence.
Out: one of ``asserted``, ``negated``, ``future``, ``hypothetical`` (``historical`` is decided
     from the event's date by the event stage).

Two sources decide it. The trigger's own clause: a negation ("did not attack", "no talks"),
a future auxiliary ("will send"), a modal ("could impose"), a condition ("if ... attacks").
Then the verbs that govern the clause, climbing through infinitives, complements and
prepositions: "refused to", "denied" negate; "plans to", "promised to", "vowed to", "agreed to"
make it future; "urged X to", "called for", "accused X of" make it hypothetical (demanded or
alleged by someone else). A verb of saying ("said that", "told reporters") is transparent: the
reported event keeps the modality of its own clause; a verb of perception ("saw soldiers beat
the crowd") passes on its own.

Frames of issue 10 (tests/test_modality_battery.py crosses them with acts of every kind):
attempts ("tried to seize": hypothetical), yes/no questions, conditions without "if" ("in
case", "provided that", "Were X to ..."), "allegedly", headlines and arrangements ("France to
deploy troops", "the envoy is to meet": future), present-tense clauses of time on acts yet to
come ("until Hamas frees the hostages"), plans denied ("denied planning to attack": negated)
and refusals denied ("has not ruled out attacking": hypothetical).
"""

from __future__ import annotations

from spacy.tokens import Token

from .extensions import sentence_bounds, token_table
from .words import CIRCUMSTANCE_PREPS, FUTURE_AUX, PAST_FUTURE_AUX, SECURITY_FORCES

# An event more than this many days before publication is "historical".
HISTORICAL_DAYS = 180

HYPOTHETICAL_AUX = {"could", "may", "might", "would", "should", "must", "can", "ca", "'d"}
CONDITION_MARKS = {"if", "unless", "whether"}
NEGATING = {"refuse", "deny", "fail", "decline", "reject", "avoid", "rule", "dismiss",
            "stop", "cease", "halt", "abandon", "cancel", "postpone", "suspend", "forgo",
            "prevent", "block", "oppose", "veto", "resist"}
FUTURE = {"plan", "promise", "vow", "pledge", "intend", "aim", "prepare", "expect", "hope",
          "want", "decide", "agree", "threaten", "offer", "propose", "schedule", "set", "seek",
          "mean", "commit", "undertake", "resolve", "due", "poise", "eye",
          "announce", "vote", "move", "gear", "ready", "go",
          "likely", "expected", "scheduled", "slated", "poised", "bound", "about", "swear",
          # "is willing to withdraw": a stated readiness is an intent, not the act
          "willing", "prepared", "determined", "eager", "keen",
          # "is serious about reaching a deal": an intent, not the deal
          "serious",
          # the lemmatiser makes "hopes" "hop" ("Panama hopes to strengthen ties")
          "hop",
          # "put on hold pending an investigation" (the lemmatiser's "pende" too)
          "pending", "pend", "pende"}
HYPOTHETICAL = {"urge", "demand", "ask", "call", "request", "press", "appeal", "push", "order",
                "insist", "recommend", "suggest", "warn", "allege", "accuse", "blame", "claim",
                "fear", "suspect", "could", "possible", "able", "need", "require", "beg",
                # "states are obliged to arrest the suspects": a duty, not a deed
                "oblige", "obligate", "compel", "obliged", "duty",
                "invite", "encourage", "pressure", "lobby", "petition", "advocate", "seek",
                "chance", "risk", "rumour", "rumor",
                # "is considering sending aid": an option weighed (CAMEO 014), no commitment
                "consider", "mull", "weigh", "explore", "study", "contemplate", "debate",
                # "met to discuss sanctions on Russia": a topic, not a measure taken
                "discuss",
                # "struggled to persuade Kenya to cut aid": an act someone is brought (or
                # striving) to, not one reported done
                "persuade", "convince", "struggle",
                # "the law allows the government to seize assets", "was supposed to sign the
                # accord": what one is allowed, empowered or meant to do is not reported done
                "allow", "permit", "authorize", "authorise", "empower", "entitle", "enable",
                "suppose",
                # "the radar is designed to target missiles": what a thing is made for
                "design",
                # "the term is used to imply they surrendered": what a word implies
                "imply", "connote", "denote",
                # "is unlikely to attack": doubted, as "it is possible that" is
                "unlikely", "doubtful", "improbable"}
# Verbs of refusal whose negation keeps the act open, neither done nor refused: "has not
# ruled out sending troops", "did not deny planning the raid", "did not reject talks".
# (Not "did not stop shelling", whose shelling goes on.)
RULING_OUT = {"rule", "exclude", "refuse", "reject", "decline", "dismiss", "deny"}
# Verbs that call their object something ("called the protests treasonous", "branded the
# strike illegal"): the object is given, not asked for. (events.NAMING_VERBS give a name.)
CHARACTERISING_VERBS = {"call", "brand", "label", "term", "dub", "deem", "declare", "consider"}
# What one commits as a deed, not as a pledge: "committed atrocities", "commit violence".
PERPETRATED = {"violence", "atrocity", "crime", "massacre", "genocide", "abuse", "murder",
               "attack", "killing", "violation", "rape", "assault", "act", "offence",
               "offense", "aggression", "terrorism", "torture", "execution"}
# Verbs of backing a course: a gerund they take is an option ("support sending weapons"),
# not an act reported done. (Opposing it is NEGATING's.)
ENDORSING = {"support", "back", "favour", "favor", "endorse"}
# Verbs of wishing, which with a subject of their infinitive wish for another's act.
WISHING = {"want", "wish", "prefer", "hope", "hop"}
# Verbs of attempting, whose infinitive is not reported to have come off: "tried to seize the
# port", "attempted to storm the building". Only their infinitive: "were tried for murder"
# is a trial, and what hangs on it is no attempt.
ATTEMPTING = {"try", "attempt", "strive", "endeavour", "endeavor"}
# ... of which the verbs of permission name an act done when their object is one: "allowed the
# delivery of aid" (CAMEO codes the easing), unlike their infinitive ("allowed trucks to enter").
PERMITTING = {"allow", "permit", "authorize", "authorise", "empower", "entitle", "enable"}
# "has yet to make any arrests", "is yet to sign": what is yet to be done is not done.
YET_VERBS = {"have", "be"}
# Nouns whose infinitive names an act planned or asked for, not done: "announced a plan to
# invade", "a pledge to free the hostages" (future); "calls to release", "efforts to end the
# war", "a bid to seize the port" (hypothetical).
FUTURE_NOUNS = {"plan", "promise", "pledge", "vow", "offer", "decision", "intention",
                "commitment", "readiness", "willingness", "proposal", "threat", "intent",
                # what an agreement commits its parties to: "reached a deal to end the war"
                "agreement", "deal", "accord", "pact", "treaty", "memorandum", "arrangement",
                "understanding", "contract",
                # what a law provides for, before it is applied (if it ever is): "vetoed a
                # law to increase funding", "a bill to raise pensions"
                "law", "bill", "legislation", "amendment",
                # what an act is for: "the aim of the raid was to free the hostages"
                "aim", "goal", "objective", "purpose", "strategy",
                # the time left for an act: "has 21 days to dissolve parliament"
                "day", "week", "month", "hour", "year", "deadline"}
# Nouns of asking, whose "for" phrase names the act asked for, not one done: "a plea for the
# release of the hostages", "renewed its call for talks", "an appeal for food aid".
ASKING_NOUNS = {"call", "demand", "request", "appeal", "plea", "push", "petition", "clamour",
                "clamor",
                # "issued a warrant for the arrest of the mayor": the arrest is asked of police
                "warrant"}
HYPOTHETICAL_NOUNS = ASKING_NOUNS | {
    "order", "bid", "attempt", "effort", "right", "chance", "pressure", "need", "ultimatum",
    # "rejected the invitation to attend the summit": an invitation asks
    "invitation",
    "option", "possibility", "permission", "mandate", "authority", "opportunity",
    # a capacity is no use of it: "lacked the power to release prisoners", "gives the army
    # the power to detain suspects", "is in no position to accept the demand"
    "power", "ability", "capacity", "capability", "position",
    # "foiled a plot to bomb the station": a plot is what its plotters seek
    "plot", "scheme", "conspiracy",
    # what talks or a mission are for is sought, not done: "talks to forge a trade pact",
    # "a mission to free the hostages"
    "talk", "negotiation", "mission"}
# Of those, nouns of the intent of whoever has them, so that the one who makes, announces or
# drops them ("launched a bid to seize", "dropped its plan to annex") is the doer of their
# infinitive; the others name an act asked of someone else ("gave the order to fire").
OWN_INTENT_NOUNS = FUTURE_NOUNS | {"bid", "attempt", "effort", "push", "plot", "scheme",
                                   "conspiracy"}
# ... unless the chance is taken: "took the opportunity to criticise the plan" reports it.
TAKEN_CHANCES = {"opportunity", "chance"}
TAKING = {"take", "seize", "use", "grab"}
# ... and nouns by which it is not done: "a failure to compensate the victims", "its refusal
# to withdraw".
NEGATED_NOUNS = {"failure", "refusal", "reluctance", "inability", "unwillingness"}
INFINITIVE_NOUNS = FUTURE_NOUNS | HYPOTHETICAL_NOUNS | NEGATED_NOUNS
# Verbs of "stopped short of threatening sanctions", "fell short of a ban": what one stops
# short of is what one does not do.
SHORT_OF_VERBS = {"stop", "fall"}
# ... and what is done "without" is not done: "arrested him without using force", "took the
# town without a fight", "left without signing the deal".
LACKING_PREPS = {"without"}
# Verbs whose object is kept from doing their "from" clause: "barred the party from holding
# rallies", "stopped the ships from entering the port". Not NEGATING as a whole: "kept up
# the attacks", "banned the rally" (the ban is asserted; so, by CAMEO, is what it bans).
KEEPING_FROM = {"prevent", "stop", "bar", "block", "ban", "keep", "deter", "discourage",
                "restrain", "prohibit", "dissuade", "forbid", "exclude", "restrict"}
# Nouns whose "of" phrase names an act that may come, not one that came: "raised the
# possibility of sanctions", "the threat of a strike", "the risk of war".
POSSIBILITY_NOUNS = {"possibility", "prospect", "risk", "threat", "danger", "spectre",
                     "specter", "fear", "likelihood", "option", "chance", "idea"}
# Words by which others expect an act ("is expected to visit", "is likely to resign", "is due
# to sign"): a future, but no one's commitment to it.
EXPECTED = {"expect", "expected", "likely", "due", "poise", "poised", "slated", "bound",
            "tip", "tipped", "predict", "forecast", "rumour", "rumor", "speculate"}
# "claimed that they had attacked", "alleged that police beat": a claim reports what its
# speaker says, even of their own acts (a claim of responsibility is CAMEO 015, a statement).
ALLEGING = {"claim", "allege", "contend", "purport"}
# "X said that Y attacked Z": the report stops the climb; Y's attack stands on its own.
TRANSPARENT = {"say", "tell", "report", "announce", "add", "state", "confirm", "note", "write",
               "explain", "reveal", "show", "know", "learn", "see", "acknowledge", "admit",
               "recall", "describe", "quote", "insist"}
# Verbs of perception, whose bare infinitive ("saw soldiers beat the crowd") is an act
# perceived: it happened if the perceiving did. (The tagger often makes the infinitive a
# present tense: "wants to see police and protesters hold talks".)
PERCEIVING = {"see", "watch", "hear", "witness", "notice", "observe"}


def _perceived(child: Token) -> bool:
    """What a verb of perception perceives: an act as a bare infinitive ("saw soldiers beat
    the crowd") or as its object noun ("saw the raid")."""
    if child.dep_ == "dobj":
        return child.pos_ == "NOUN"
    return child.dep_ in ("ccomp", "xcomp") and child.tag_ in ("VB", "VBP") \
        and not _to_infinitive(child) and not any(c.dep_ == "mark" for c in child.children)


# Verbs of saying that, with an infinitive, ask for an act: "told Sudan to withdraw its forces"
# is a demand (its act hypothetical), where "told reporters that Sudan withdrew" reports one.
DIRECTIVE_SPEECH = {"tell"}
# "promised reforms in exchange for the release of the leader": what is asked in return for
# something is a condition, not a deed.
EXCHANGE_NOUNS = {"exchange", "return"}
# "agreed aid after talks with X": an event in a time or place adjunct keeps its own modality.
ADJUNCT_PREPS = CIRCUMSTANCE_PREPS | {"in", "at", "near", "throughout", "within", "without",
                                      "like"}
# ... but an event that is the setting of the act ("will sign the deal at a summit", "agreed
# aid in talks with X") happens when the act does: it has the modality of the act's own verb
# (not of the verbs governing it: "vowed revenge at a rally" holds a rally, not a vow to).
SETTING_PREPS = {"at", "in", "during"}
CLIMB_DEPS = {"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "advcl", "acomp", "conj",
              "nsubjpass", "attr", "oprd", "amod", "compound", "appos"}


def acts_as_verb(token: Token) -> bool:
    """True for a verb the tagger took for a noun ("Russia is bombing hospitals" with
    "bombing" tagged NOUN): a progressive or passive -ing/-ed form with an auxiliary."""
    if token.pos_ == "VERB":
        return True
    if token.pos_ != "NOUN" or not token.lower_.endswith(("ing", "ed")):
        return False
    deps = {c.dep_ for c in token.children}
    return bool(deps & {"aux", "auxpass"}) and bool(deps & {"nsubj", "nsubjpass", "dobj"})


def verb_lemmas(token: Token) -> list[str]:
    """Candidate verb lemmas of a form the tagger did not lemmatise as a verb
    ("bombing" -> bomb, bombe; "shelled" -> shell; "stopped" -> stop)."""
    word = token.lower_
    stem = word[:-3] if word.endswith("ing") else word[:-2]
    found = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        found.append(stem[:-1])
    return found


# Verbs of voicing a slogan, whose bare verb is the slogan: "chanted 'attack the police'".
SLOGAN_VERBS = {"chant", "shout", "yell", "cry", "scream", "sing"}


def _imperative(verb: Token) -> bool:
    """A bare verb with no subject and no auxiliary (no "to") that heads its sentence or is
    what a chant or shout says: a command or a slogan ("Free the prisoners!", "chanted
    'attack the police'"), no act reported."""
    if verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl")
                                for c in verb.children):
        return False
    return verb.dep_ == "ROOT" or (verb.dep_ in ("xcomp", "ccomp")
                                   and verb.head.lemma_.lower() in SLOGAN_VERBS)


def headline_infinitive(verb: Token) -> bool:
    """A headline's "X to do Y" ("France to deploy troops to Niger"): an infinitive after its
    doer in a sentence with no finite verb announces what X is to do. The parser makes the
    infinitive the root with X its subject, or X the root with the infinitive on it ("Japanese
    premier Ishiba to resign") (not a noun of intent or of asking: "Plan to close the
    border" is the noun's)."""
    if verb.tag_ != "VB":  # (tested first: this runs for every verb the climb meets)
        return False
    children = list(verb.children)
    to = next((c for c in children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or _has_verb_beside(verb, to):
        return False
    if verb.dep_ == "ROOT":
        return any(c.dep_ == "nsubj" for c in children)
    if verb.dep_ in ("advcl", "conj", "ccomp", "parataxis") \
            and any(c.dep_ == "nsubj" for c in children) \
            and not any(c.dep_ == "mark" for c in children):
        return True  # the first of two: "Hamas to free hostages, Israel to release prisoners"
    doer = verb.head
    return verb.dep_ in ("relcl", "acl", "xcomp") and doer.dep_ == "ROOT" and doer.i < verb.i \
        and doer.pos_ in ("PROPN", "NOUN") and doer.lemma_.lower() not in INFINITIVE_NOUNS


def _has_verb_beside(verb: Token, to: Token) -> bool:
    """The sentence of an infinitive has a finite verb or a modal anywhere, or any verb before
    its "to" other than another headline's infinitive: no headline "X to do Y", whatever the
    parse ("the minister, in Brussels to discuss trade, said ...", "the states that signed a
    pact to ... to strengthen ties"); "Hamas to free hostages, Israel to release prisoners"
    announces both."""
    start, end = sentence_bounds(verb.doc, verb.i)  # (the tags from the table: no Tokens)
    table = token_table(verb.doc)
    tags, lower = table.tag, table.lower
    return any(tag in FINITE_TAGS or tag == "MD" for tag in tags[start:end]) \
        or any(tag.startswith("VB") and not (tag == "VB" and lower[k - 1] == "to")
               for k, tag in enumerate(tags[start:to.i], start))


def _yes_no_question(verb: Token) -> bool:
    """A question whose auxiliary comes before the subject ("Will Japan send aid?", "Did the
    army shell the town?"): it asks whether the act happens, and reports nothing. Only
    when the auxiliary opens the clause: "Why did the army shell the town?" takes the
    shelling as given."""
    start, end = sentence_bounds(verb.doc, verb.i)
    words = token_table(verb.doc).text
    if words[end - 1] != "?" and not (end - start > 1 and words[end - 2] == "?"):
        return False
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return aux is not None and subject is not None and aux.i < subject.i \
        and aux.i == _after_a_label(verb.left_edge.i, words)


# Labels that open an interviewer's turn: "Q: Will the army withdraw?"
QUESTION_LABELS = {"q", "question", "interviewer"}


def _after_a_label(first: int, words: list[str]) -> int:
    """The first word of a clause after the label of an interview's question ("Q:",
    "Question:"), which the parser hangs on the clause's verb."""
    if first + 2 < len(words) and words[first].lower() in QUESTION_LABELS \
            and words[first + 1] == ":":
        return first + 2
    return first


def _own_marks(verb: Token) -> str | None:
    if _imperative(verb) or _yes_no_question(verb):
        return "hypothetical"
    if headline_infinitive(verb):
        return "future"
    # (the children, their dependencies and words from the token table: this runs for every
    # event and for the verbs above it, and a Token per child costs more than the test)
    table = token_table(verb.doc)
    dep, lower, kids = table.dep, table.lower, table.children
    children = kids[verb.i]
    for child in children:
        if dep[child] == "neg":
            return "negated"
        if dep[child] == "advmod" and lower[child] == "longer" \
                and any(dep[g] == "neg" for g in kids[child]) \
                and not (child + 1 < len(lower) and lower[child + 1] == "than"):
            return "negated"  # "no longer recognise"; not "lasted no longer than an hour"
    if any(dep[c] == "advmod" and lower[c] in ALLEGING_ADVERBS for c in children):
        return "hypothetical"  # "allegedly shelled the town": alleged, not established
    for child in children:
        if dep[child] in ("aux", "auxpass"):
            low = lower[child]
            if low in FUTURE_AUX:
                return "future"
            if low in HYPOTHETICAL_AUX:
                return "hypothetical"
            # ("to" as the infinitive's mark, not a preposition: "is sending aid to Kabul"
            # is going on, not planned)
            if low == "going" or (table.tag[verb.i] == "VBG"
                                  and verb.doc[child].lemma_ == "be" and any(
                    lower[c] == "to" and dep[c] == "aux" for c in children)):
                return "future"
        if dep[child] == "mark" and lower[child] in CONDITION_MARKS:
            return "hypothetical"
    return None


# Adverbs by which the writer reports an act as alleged, not established (as "accused X of"
# does): "Russia allegedly shelled the town". Not "reportedly", by which news reports what
# it holds established by others' reports.
ALLEGING_ADVERBS = {"allegedly", "purportedly", "supposedly", "reputedly"}


# Pronouns that deny their clause's act of anyone: "nobody fired", "none of them attacked".
NEGATIVE_PRONOUNS = {"nobody", "none", "nothing", "noone"}


def _nobody(subject: Token) -> bool:
    """A subject that names no one: a negative pronoun, or a noun with "no" or "neither" ("no
    one", "no soldiers", "neither side")."""
    return subject.lower_ in NEGATIVE_PRONOUNS or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children)


def _denied_of_everyone(verb: Token) -> bool:
    """The verb's subject names no one, or, for an infinitive without a subject of its own,
    the subject of the verb it completes does ("none of them is thought to have fired", "no
    state agreed to send troops")."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(_nobody(c) for c in subjects)
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


# Adjectives that report a nominal event as going on or just past ("to shield civilians from
# the continuing shelling"): it keeps that, whatever clause (a purpose, a request) names it.
ONGOING = {"continuing", "ongoing", "continued", "relentless", "daily", "nightly", "recent",
           "latest", "repeated", "renewed", "persistent", "incessant", "sustained"}


FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def coordinated_head(verb: Token) -> Token:
    """The verb a conjunct is co-ordinated with. The parser hangs the later infinitives of
    "urged the police to free A, drop B and apologise" on the finite verb ("urged"); a bare
    infinitive without a subject cannot be co-ordinated with a finite verb, so it goes with
    that verb's infinitive complement ("free"), whose doer and modality it shares. Any other
    conjunct: its head."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VB" or head.tag_ not in FINITE_TAGS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return head
    return next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VB"
                 and c.i < verb.i), head)


def carrier(token: Token) -> Token:
    """The verb whose clause holds a nominal trigger as object ("will hold talks" -> hold);
    a verb trigger is its own."""
    node = token
    while node.dep_ in ("dobj", "pobj", "prep", "attr") and node.head.i != node.i:
        node = node.head
    return node


# Words that put an act on a timetable without anyone undertaking it: "ministers are due to
# meet", "talks are set to resume", "the deal is expected to be signed" (others' expectations,
# EXPECTED, and timetables; "the envoy is to meet" too, read from the parse).
SCHEDULE = EXPECTED | {"set", "schedule", "scheduled", "slate", "about"}


def scheduled_or_asked(trigger: Token) -> bool:
    """The act is others' expectation or timetable ("Putin is expected to visit Beijing",
    "ministers are due to meet") or what a noun asks of its doer ("a deadline for the rebels
    to disarm", "an appeal for the army to withdraw"), not an intent its doer states ("will
    send", "is willing to withdraw", "plans to visit"): the climb through infinitives and
    complements meets a word of :data:`SCHEDULE` or "be to", or the clause completes a
    noun."""
    node = carrier(trigger)
    for step in range(3):
        deps = ("xcomp", "acl", "relcl", "ccomp", "advcl") if step == 0 else (
            "xcomp", "ccomp", "acomp")
        if node.dep_ not in deps or node.head.i == node.i:
            return False
        if step == 0 and node.dep_ == "ccomp" and _wished_of(node):
            return True  # "wants Azerbaijan to end the sanctions": the wanter's wish
        if node.dep_ == "xcomp" and node.head.lemma_ == "be" and _to_infinitive(node):
            return True  # "the envoy is to meet the president": an arrangement
        node = node.head
        if step == 0 and node.pos_ in ("NOUN", "PROPN"):
            return True
        if node.lemma_.lower() in SCHEDULE or node.lower_ in SCHEDULE:
            return True
    return False


def _wished_of(clause: Token) -> bool:
    """An infinitive with a subject of its own ("[wants] Azerbaijan to end the sanctions",
    "[we want] this government to step down"), or a participle with one and no auxiliary
    ("[we want] our leaders released"): an act someone else wants of its doer."""
    children = list(clause.children)
    if clause.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in children):
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) \
        and any(c.dep_ == "nsubj" for c in children)


def _noun_marks(noun: Token) -> str | None:
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ in ("no", "neither"):
            return "negated"
        if child.dep_ == "amod" and child.lower_ in ONGOING:
            return "asserted"
        if child.dep_ == "amod" and child.lower_ in ("possible", "potential", "proposed",
                                                      "planned", "alleged", "future",
                                                      "hypothetical", "threatened"):
            return "future" if child.lower_ in ("planned", "future", "proposed") else "hypothetical"
    if _topic_of_talks(noun):
        return "hypothetical"
    return None


# Words of meeting to talk, and the prepositions of what is talked about: "talks on military
# aid to Kyiv", "a summit on sanctions", "the leaders talked about sanctions on Iran"
TALKING_WORDS = {"talk", "talks", "negotiation", "meeting", "discussion", "consultation",
                 "summit", "conference", "dialogue", "meet", "confer", "negotiate"}
TOPIC_OF_TALKS_PREPS = {"on", "about", "over", "regarding"}


def _topic_of_talks(noun: Token) -> bool:
    """The noun is what a meeting talks about ("held talks on military aid to Kyiv", "met
    about Ukraine support"): a topic, as what is discussed is (``discuss`` in
    :data:`HYPOTHETICAL`), no act reported done."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in TOPIC_OF_TALKS_PREPS \
        and prep.head.lemma_.lower() in TALKING_WORDS


# Verbs by which a command sets its forces to an act: "ordered troops to the border",
# "ordered the police to seal off the square" report the act, done on the order (CAMEO codes
# the ordered deployment or crackdown itself, by who ordered it); an order to anyone else
# ("ordered the company to pay") is a demand, its act hypothetical.
ORDER_VERBS = {"order", "instruct", "direct", "command"}


def _orders_forces(verb: Token) -> bool:
    """The verb orders a state's forces ("ordered the army to deploy", "told the police to
    seal off the square")."""
    return verb.lemma_.lower() in ORDER_VERBS | DIRECTIVE_SPEECH and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SECURITY_FORCES for c in verb.children)


def _a_ruling(verb: Token) -> bool:
    """"The court ruled that he had violated the rules": "rule" without "out" decides what
    is so; only "ruled out talks" refuses."""
    return verb.lemma_.lower() == "rule" and not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in verb.children)


def _governor_class(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    if _orders_forces(verb):
        return None  # its own marks still count: "will order troops to ..."
    if lemma in NEGATING and not _a_ruling(verb):
        return "negated"
    if lemma in FUTURE:
        return "future"
    if lemma in HYPOTHETICAL:
        return "hypothetical"
    return None


def _copular_class(verb: Token) -> str | None:
    """"it is possible that ...", "talks are likely to ...": the class of the predicate."""
    if verb.lemma_ != "be":
        return None
    for child in verb.children:
        if child.dep_ in ("acomp", "attr"):
            return _governor_class(child)
    return None


def modality_of(trigger: Token, speech_cues: set[int]) -> str:
    """The modality of the event whose trigger is ``trigger``."""
    beside = said_beside_an_infinitive(trigger)
    if beside is not None:
        trigger = beside  # (the order's modality: it was given, whatever is ordered)
    found = _modality(trigger, speech_cues)
    if found in ("asserted", "historical") and _depicted(trigger):
        return "hypothetical"  # "in one scene, soldiers storm a hospital": a film's
    if found == "negated" and _participle_after_a_comma(trigger) \
            and not any(c.dep_ == "neg" for c in trigger.children):
        # "the group would not hand over its weapons, rejecting the plan": a participle
        # that says what the refusal was is done; the negation is its head verb's
        return "asserted"
    if found == "future" and _doubted(trigger):
        return "hypothetical"  # "it is possible that talks will resume"
    if found == "asserted" and trigger.pos_ == "NOUN" \
            and any(c.dep_ == "det" and c.lower_ == "any" for c in trigger.children):
        return "hypothetical"  # "any raid on the camps is a crime": no one raid (a
        # negation, "had not agreed to any talks", is read first)
    return found


# Works of fiction and their parts: what happens "in the film" or "in one scene" is shown,
# not done. (Not "series", "play", "story" or "episode", which news uses of real things: "a
# series of raids", "in a story published on Monday", "in the latest episode of violence".)
FICTION_NOUNS = {"film", "movie", "novel", "scene", "sitcom", "thriller", "musical", "opera",
                 "screenplay", "sequel", "miniseries", "cartoon"}
# How many heads up a clause of a work of fiction is looked for.
DEPICTION_DEPTH = 4


def _depicted(trigger: Token) -> bool:
    """An act told as a work of fiction's: the trigger's clause, or one it depends on, has
    a phrase "in the film" / "in one scene", or a clause it depends on has a work of fiction
    as its subject ("the film opens in 1993, as gunners shell the city"). The trigger's own
    subject is no depiction: "the film was banned" reports a ban."""
    node = trigger
    for step in range(DEPICTION_DEPTH):
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "in" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in FICTION_NOUNS
                    for g in child.children):
                return True
            if step and child.dep_ == "nsubj" and child.lemma_.lower() in FICTION_NOUNS:
                return True
        if node.head.i == node.i or node.dep_ not in ("advcl", "ccomp", "xcomp", "conj",
                                                       "relcl", "acl", "dobj", "pobj", "prep"):
            return False
        node = node.head
    return False


def said_beside_an_infinitive(trigger: Token) -> Token | None:
    """The verb whose infinitive a participle of saying or accusing, set off by a comma
    after that infinitive, goes with ("ordered the envoy to leave within 48 hours, accusing
    Paris of ...", "plans to resign, saying he is tired"): "ordered", "plans". The
    participle tells why the verb above was said or done; what the infinitive would do is
    not its content. None for any other trigger."""
    if not _participle_after_a_comma(trigger):
        return None
    lemma = trigger.lemma_.lower()
    if lemma not in ACCUSING_VERBS and lemma not in STATEMENT_VERBS:
        return None
    infinitive = trigger.head
    if infinitive.dep_ != "xcomp" or infinitive.tag_ != "VB" or infinitive.head is infinitive:
        return None
    return infinitive.head


# Pronouns of anyone at all: a relative clause on one names a kind of act, not one done
# ("anyone who attacks police stations will be dealt with firmly")
ANYONE = {"anyone", "anybody", "whoever", "everyone", "everybody"}


def _done_by_anyone(verb: Token) -> bool:
    """The verb heads a relative clause on a pronoun of anyone ("anyone who attacks police
    stations"): a warning's or a rule's case, no act reported."""
    return verb.dep_ == "relcl" and verb.head.lower_ in ANYONE


def _participle_after_a_comma(trigger: Token) -> bool:
    """A participle clause set off by a comma after its head verb ("..., rejecting the
    plan", "..., citing illness")."""
    return trigger.tag_ == "VBG" and trigger.dep_ == "advcl" and trigger.i > trigger.head.i \
        and trigger.i > 0 and trigger.doc[trigger.i - 1].text == ","


def _doubted(trigger: Token) -> bool:
    """True when the trigger's clause is the complement of a predicate of possibility."""
    node = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass") else trigger
    for _ in range(3):
        if node.dep_ not in ("ccomp", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
        if "hypothetical" in (_copular_class(node), _governor_class(node) if node.pos_ == "ADJ"
                              else None):
            return True
    return False


def _a_possible_gerund(verb: Token) -> bool:
    """A passive gerund that the parser hangs on its subject ("sanctions being imposed",
    an ``acl`` with "being"), in the "of" phrase of a noun of possibility: "the prospect of
    troops being sent" is no report of troops sent. Or one the parser made a clause whose
    subject is that noun ("The possibility of the office being given access ..." with
    "given" the root): "being" is its only auxiliary, so it is no finite clause."""
    if verb.tag_ != "VBN":  # (the cheap test first: this is asked at every step climbed)
        return False
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children):
        return False
    if verb.dep_ != "acl":
        return not any(c.dep_ == "aux" for c in children) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in POSSIBILITY_NOUNS
            for c in children)
    noun = verb.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" \
        and prep.head.lemma_.lower() in POSSIBILITY_NOUNS


def _modality(trigger: Token, speech_cues: set[int]) -> str:
    node = trigger
    if _inverted_condition(trigger):
        return "hypothetical"
    if trigger.pos_ in ("NOUN", "PROPN") and not acts_as_verb(trigger):
        marked = _noun_marks(trigger)
        if marked:
            return marked
        if trigger.dep_ in ("advcl", "ccomp", "acl") and _conditional_clause(trigger):
            return "hypothetical"  # "if the union protests against the law": a verb the
            # tagger took for a plural noun, heading its clause of condition
    else:
        marked = _own_marks(trigger)
        if marked == "hypothetical" and _reported_future(trigger):
            return "future"
        if marked:
            return marked
        if _denied_of_everyone(trigger):
            return "negated"  # "no one was hurt", "none of the suspects carried out attacks"
        if _conditional_clause(trigger) or _infinitive_subject(trigger) \
                or _done_by_anyone(trigger):
            return "hypothetical"
    first_verb = acts_as_verb(trigger)
    if _alleged(trigger):
        return "hypothetical"
    for _ in range(6):
        keeper = kept_from(node)
        if keeper is not None:
            return "asserted" if _own_marks(keeper) == "negated" else "negated"
        planned = _infinitive_of_noun(node)
        if planned:
            return planned
        if _a_possible_gerund(node):
            return "hypothetical"  # "the possibility of sanctions being imposed"
        # "talks will resume": a nominal trigger's subject role leads to its own clause's verb.
        subject_step = not first_verb and node.dep_ in ("nsubj", "nsubjpass")
        if (node.dep_ not in CLIMB_DEPS and not subject_step) or node.head.i == node.i:
            return "asserted"
        child, node = node, coordinated_head(node)
        if child.i == trigger.i and purpose_clause(child) and node.pos_ == "VERB" \
                and child.lemma_.lower() not in VOICED_PURPOSES and not _timetabled(node) \
                and not _infinitive_complement(child, node):
            # "sent troops to protect the embassy": not yet protected; the purpose of a
            # planned act is planned ("will travel to Washington to meet officials")
            return "future" if _modality(node, speech_cues) == "future" else "hypothetical"
        if child.dep_ == "pobj" and node.lower_ in SETTING_PREPS and node.head.pos_ == "VERB" \
                and node.head.i != node.i:
            # "will be signed at a summit next month": the summit is when the act is
            return _modality(node.head, speech_cues)
        if child.dep_ == "pobj" and node.lower_ == "for" and node.head.dep_ == "pobj" \
                and node.head.lemma_.lower() in EXCHANGE_NOUNS:
            return "hypothetical"  # "in exchange for the release of the hostages"
        if child.dep_ == "pobj" and _for_of_asking(node):
            return "hypothetical"  # "made a plea for the release of the hostages"
        if child.dep_ == "pobj" and node.lower_ == "to" and _leading_to(node.head):
            return "hypothetical"  # "a reward for information leading to the arrest"
        if child.dep_ in ("pobj", "pcomp") and (_short_of(node) or node.lower_ in LACKING_PREPS
                                                or _instead_of(node)):
            return "negated"  # "stopped short of threatening sanctions", "without using force",
            # "chose to wait instead of attacking"
        if child.dep_ in ("conj", "advcl") and _instead_of(child.doc[child.left_edge.i - 1]):
            return "negated"  # "opted for talks rather than attacking", as a conjunct or a
            # clause
        if child.dep_ == "pobj" and node.lower_ in ADJUNCT_PREPS and not _amount_in(node):
            return "asserted"
        if child.dep_ in ("pobj", "pcomp") and node.lower_ == "of" \
                and node.head.pos_ == "NOUN" and node.head.lemma_.lower() in POSSIBILITY_NOUNS:
            # "floated the possibility of a ban", "the risk of sanctions being imposed" (a
            # clause of a gerund, as the parser reads it)
            return "hypothetical"
        if _present_time_clause(child) \
                and _modality(node, speech_cues) in ("future", "negated", "hypothetical"):
            # "will not lift the blockade until Hamas frees the hostages", "will decide once
            # talks end": a present tense after a conjunction of time, on an act yet to come
            # (or not to come), is the future it waits for, not a report
            return "hypothetical"
        if _present_time_clause(child) and _subordinator(child) in CONCURRENT_MARKS:
            # "Seoul and Tokyo pledge closer ties as Lee visits Japan": what goes on as a
            # pledge is made is no part of the pledge
            return _own_marks(child) or "asserted"
        if _past_time_clause(child):
            if _a_condition_of(child, node, speech_cues):
                return "hypothetical"  # "would not lift sanctions until Russia withdrew"
            # "the vote was postponed after lawmakers walked out": the walkout happened
            return _own_marks(child) or "asserted"
        if node.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        lemma = node.lemma_.lower()
        if child.dep_ == "xcomp" and lemma == "be" and _to_infinitive(child) \
                and child.lemma_.lower() not in BE_TO_IDIOMS and not any(
                    c.dep_ == "advmod" and c.lower_ == "yet" for c in node.children):
            # "the minister is to visit Paris", "was to sign the deal": what is arranged,
            # not done (not "is to blame")
            return "negated" if _own_marks(node) == "negated" else "future"
        if child.dep_ == "xcomp" and lemma in YET_VERBS and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in node.children):
            return "negated"  # "has yet to make any arrests"
        if child.dep_ == "xcomp" and lemma in HESITATING and _own_marks(node) == "negated":
            # "will not hesitate to use force" commits to it; "did not hesitate to criticise"
            # reports the criticism
            return "future" if unhesitating(node) else "asserted"
        if child.dep_ == "ccomp" and lemma in ALLEGING:
            return "hypothetical"  # "the rebels claimed they had attacked the base"
        if lemma in ATTEMPTING and _infinitive_complement(child, node):
            # "tried to storm the town"; "did not try to flee" did not flee
            return "negated" if _own_marks(node) == "negated" else "hypothetical"
        if lemma in CHARACTERISING_VERBS and child.dep_ == "dobj" \
                and any(c.dep_ == "oprd" for c in node.children):
            return "asserted"  # "called the protests treasonous": what is named is given
        if lemma == "commit" and child.dep_ == "dobj" and child.lemma_.lower() in PERPETRATED:
            # "had committed widespread violence": perpetrated, as it is said of crimes
            # ("committed to a truce" and "committed 500 troops" promise)
            return _own_marks(node) or "asserted"
        if lemma in ENDORSING and child.tag_ == "VBG" and child.i > node.i \
                and child.dep_ in ("xcomp", "dobj", "ccomp"):
            return "hypothetical"  # "most Germans support sending more weapons": an option
            # backed, not an act done (the backing itself is its own event)
        if child.dep_ == "xcomp" and lemma in DIRECTIVE_SPEECH and not _orders_forces(node):
            return "hypothetical"  # "told the rebels to disarm"
        if _contents_of_a_text(child, node):
            return "future"  # "the accord includes a ceasefire": what it commits to
        if lemma in PERCEIVING and _perceived(child):
            # "saw soldiers beat the crowd", "saw the raid": as sure as the seeing; "wants to
            # see the two sides hold talks": a wish of others' act, which commits them to
            # nothing
            seen = _modality(node, speech_cues)
            return "hypothetical" if seen == "future" else seen
        if (node.i in speech_cues or lemma in TRANSPARENT) and child.dep_ != "conj":
            # (a conjunct is no content of the verb: "called on the council to declare an
            # emergency and ban rallies" asks for the ban as for the declaring)
            marked = _own_marks(node) if child.dep_ != "ccomp" else None
            if marked is None and child.dep_ == "dobj":
                # "is set to announce the lifting of the curfew": an act announced as its
                # object is done by the announcing, and comes when the announcing does
                marked = _modality(node, speech_cues)
            return marked if marked in ("negated", "future", "hypothetical") else "asserted"
        if not first_verb:  # the verb carrying a nominal trigger is its own clause
            first_verb = True
            marked = _own_marks(node)
            if marked:
                return marked
            raised = _governor_class(node) or _copular_class(node)
            if child.dep_ in ("nsubj", "nsubjpass") and raised \
                    and any(c.dep_ == "xcomp" for c in node.children):
                return raised  # "talks are expected to resume", "a deal is likely to be signed"
            if child.dep_ == "nsubj" and _arranged(node):
                # "new restrictions are to be announced", "talks are to resume": arranged
                return "negated" if marked == "negated" else "future"
            if child.dep_ in ("nsubj", "nsubjpass") and node.dep_ not in ("ccomp", "xcomp"):
                return "asserted"  # "the attack killed five": the noun's clause is the verb's
        if child.dep_ == "conj":
            if child.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                                              for c in child.children):
                # "should allow protests and grant the right": a bare conjunct shares the
                # first verb's modal (not its negation, whose scope is unclear; not a past
                # tense the parser hangs there, "said the EU would stand by ... and called")
                marked = _own_marks(node)
                if marked in ("future", "hypothetical"):
                    return marked
            continue
        governed = _governor_class(node) or _copular_class(node)
        if governed and lemma == "go" and child.dep_ != "xcomp":
            governed = None  # "going to attack" is future; "went on strike" is not
        if governed == "future" and lemma in WISHING and child.dep_ == "ccomp" \
                and _wished_of(child):
            governed = "hypothetical"  # "Kyiv wants Berlin to send tanks": a wish of
            # someone else's act, as "urged Berlin to" is (not "wants to send", its own)
        if governed == "future" and child.dep_ == "ccomp" and child.tag_ == "VBD":
            governed = None  # a past tense is no plan: "residents marched; the president
            # promised reforms" is a misparse, not a promise that they march
        if governed == "negated" and child.dep_ == "advcl" and not _gerund_object(child, node) \
                and not _infinitive_complement(child, node):
            governed = None  # "blocked roads to protest the arrest": the purpose of a
            # blocking is not blocked
        if governed and child.dep_ == "ccomp" and answered_allegation(child, node):
            return "asserted"  # "Moscow accused Kyiv of abuses, a charge Kyiv rejected":
            # the accusing was made; the parser hung it on the rejecting
        if governed and child.dep_ == "advcl" and child.tag_ == "VBG" \
                and not _gerund_object(child, node):
            governed = None  # "pressed Belgium, threatening to walk out": the participle
            # reports what the subject did as it pressed, not what it asked for
        if governed and lemma in PERMITTING and child.dep_ == "dobj":
            governed = None  # "allowed the delivery of aid"
        if governed and lemma in ORDER_VERBS and child.dep_ == "dobj":
            governed = None  # "ordered the expulsion of the ambassador": an order of an act
            # of state is the act, as CAMEO codes it ("ordered him to leave" is asked)
        if governed and lemma == "set" and child.i == trigger.i and child.dep_ == "dobj":
            governed = None  # "talks are set to resume" is future; "set up a venture" is not
        if governed:
            if governed == "future" and (_own_marks(node) == "negated" or (
                    node.dep_ == "acomp" and _own_marks(node.head) == "negated")):
                return "negated"  # "did not agree to", "would not be willing to negotiate"
            if governed == "negated" and lemma in RULING_OUT and _own_marks(node) == "negated":
                return "hypothetical"  # "has not ruled out sending troops": kept open
            if governed == "future" and _denied_plan(node):
                return "negated"  # "denied planning to attack", "refused to promise to pay"
            return governed
        marked = _own_marks(node)
        if marked:
            return marked
    return "asserted"


# Verbs by which a text or a plan says what it holds: "the accord includes a ceasefire", "the
# deal involves providing fuel", "the plan envisages sending troops".
CONTAINING = {"include", "involve", "envisage", "envision", "foresee", "stipulate", "contain",
              "entail", "comprise", "feature"}


def _contents_of_a_text(child: Token, verb: Token) -> bool:
    """``child`` (an object or a gerund) is what an agreement, plan or offer (a noun of
    :data:`FUTURE_NOUNS`) as ``verb``'s subject holds: an act it commits to, not one done."""
    if child.dep_ not in ("dobj", "xcomp", "pcomp") or verb.lemma_.lower() not in CONTAINING:
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in FUTURE_NOUNS for c in verb.children)


# What an act voices rather than seeks: its purpose clause is done by doing it ("marched to
# protest the arrest", "gathered to demand his release", "rallied to back the president").
VOICED_PURPOSES = {"protest", "demand", "denounce", "condemn", "express", "show", "mark",
                   "commemorate", "honour", "honor", "call", "press", "urge", "support", "back",
                   "voice", "oppose", "reject", "celebrate", "mourn", "demonstrate", "signal",
                   "discuss", "defy", "challenge", "criticise", "criticize"}


def _infinitive_complement(clause: Token, verb: Token) -> bool:
    """``clause`` is the infinitive that completes ``verb``: its xcomp, or its "clause of
    purpose" when ``verb`` is one of :data:`INFINITIVE_TAKERS`."""
    return clause.dep_ == "xcomp" or (
        purpose_clause(clause) and verb.lemma_.lower() in INFINITIVE_TAKERS)


def _denied_plan(verb: Token) -> bool:
    """A verb of plan or commitment that a verb of refusal or denial governs: "denied
    planning to attack", "denied threatening to expel", "refused to promise to withdraw"; what
    is neither planned nor done is not reported to happen."""
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in NEGATING:
        return False
    return verb.dep_ in ("xcomp", "ccomp", "dobj") or (
        verb.dep_ == "advcl" and _gerund_object(verb, head))


def attempted(trigger: Token) -> bool:
    """The trigger is what an attempt that was made tries to do: the infinitive of "tried",
    "attempted" ("gunmen tried to kill the governor"), or of an attempt noun ("made an
    attempt to storm the base"), the attempt itself reported as made. In: a trigger token;
    out: whether the act was attempted (the event stage decides what an attempt counts as)."""
    head = trigger.head
    if head.i != trigger.i and head.lemma_.lower() in ATTEMPTING \
            and _infinitive_complement(trigger, head):
        return _modality(head, set()) in ("asserted", "historical")
    noun = intended_by(trigger)
    return noun is not None and noun.lemma_.lower() in ATTEMPTING \
        and _modality(noun, set()) in ("asserted", "historical")


def _timetabled(verb: Token) -> bool:
    """"Poland is set to expel ...", which the parser may read as a passive with a clause of
    purpose: a word of :data:`SCHEDULE` after "be" takes the infinitive as its complement."""
    return verb.lemma_.lower() in SCHEDULE and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children)


def _gerund_object(clause: Token, verb: Token) -> bool:
    """A gerund right after its verb, which the parser hangs as a clause but is the verb's
    object: "ruled out shelling the town", "avoided naming the suspects"; not a participle
    after a comma or after an object ("blocked roads protesting the arrest")."""
    if clause.tag_ != "VBG" or clause.i < verb.i:
        return False
    between = verb.doc[verb.i + 1:clause.left_edge.i]
    return all(t.dep_ in ("prt", "neg", "advmod") for t in between)


def purpose_clause(verb: Token) -> bool:
    """An infinitive clause of purpose: "(sent troops) to protect the embassy"."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# Conjunctions of a clause of time or cause: in the past tense it reports what happened,
# whatever the verb it hangs on says ("postponed after X walked out", "vowed to retaliate
# after rebels shelled the town").
TIME_MARKS = {"after", "before", "when", "while", "as", "since", "until", "once", "because"}
# ... of which those of what goes on at the same time: "as Lee visits Japan".
CONCURRENT_MARKS = {"as", "while"}
# ... of which those a span of time may open: "hours after", "a week before", "years since".
SPAN_MARKS = {"after", "before", "since"}


# Conjunctions of time that set a condition when what they hang on has not happened: "would
# not lift sanctions until Russia withdrew", "will not talk before the troops left".
CONDITION_TIME_MARKS = {"until", "till", "before", "unless"}


# Conjunctions of time whose past tense, on an act still to come in reported speech, is
# that speech's tense: "said the curfew would be lifted when the opposition signed the pact"
# (not yet signed). On a negated act it reports what happened: "were not on alert when the
# rebels attacked".
FUTURE_TIME_MARKS = {"when", "once"}


def _a_condition_of(clause: Token, head: Token, speech_cues: set[int]) -> bool:
    """A past-tense clause of "until" or "before" on an act that is not reported as done
    (future, negated or hypothetical), or of "when" or "once" on a verb with "would" of its
    own, is that act's condition, not a report."""
    mark = _subordinator(clause)
    if mark in CONDITION_TIME_MARKS:
        return _modality(head, speech_cues) not in ("asserted", "historical")
    # only on the future in the past of its own ("would be lifted when"), whose past tense
    # the clause follows: an act agreed to ("agreed to halt the fighting when Russia
    # agreed"), a modal of possibility ("could face charges when he attacked a guard") or
    # "after" ("would back the law after he called for talks") follows what happened
    return mark in FUTURE_TIME_MARKS and _own_marks(head) != "negated" and any(
        c.dep_ == "aux" and c.lower_ in PAST_FUTURE_AUX for c in head.children)


def _leading_to(verb: Token) -> bool:
    """The "leading" of "information leading to the arrest of ...": a participle that says
    what a tip or a reward is for, not what happened ("the raid led to arrests" did)."""
    return verb.lemma_.lower() == "lead" and verb.dep_ == "acl" and verb.tag_ == "VBG"


# Words before "of" or "than" that make what follows the option not taken: "instead of
# attacking", "rather than sending troops".
INSTEAD = {"instead", "rather"}


def _instead_of(prep: Token) -> bool:
    """The "of" of "instead of" or the "than" of "rather than" (whatever the parser makes of
    them: a preposition with the act as its object, or a conjunction before the act)."""
    return prep.lower_ in ("of", "than") and prep.i > 0 \
        and prep.doc[prep.i - 1].lower_ in INSTEAD


def _short_of(prep: Token) -> bool:
    """The "of" of "stopped short of" or "fell short of"."""
    short = prep.head
    return prep.lower_ == "of" and short.lower_ == "short" and short.head.i != short.i \
        and short.head.lemma_.lower() in SHORT_OF_VERBS


def past_clause(clause: Token) -> bool:
    """A clause whose verb is in a past tense with no modal: "(warned that) dozens had been
    killed", "have fled", "fled"; not "would attack", "is preparing"."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX or a.lower_ in PAST_FUTURE_AUX or a.lower_ in HYPOTHETICAL_AUX
           for a in auxes):
        return False
    if clause.tag_ == "VBD":
        return True
    return clause.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)


def _present_time_clause(clause: Token) -> bool:
    """A present-tense adverbial clause of time ("until Hamas frees the hostages", "once
    talks end", "before the army withdraws"), or one whose verb the tagger took for a plural
    noun ("until the union protests against the law")."""
    present = clause.tag_ in ("VBZ", "VBP") or (
        clause.tag_ == "NNS" and any(c.dep_ == "mark" for c in clause.children))
    return clause.dep_ == "advcl" and present \
        and _subordinator(clause) in TIME_MARKS | CONDITION_TIME_MARKS


# "X is to blame": an idiom of responsibility, no act arranged.
BE_TO_IDIOMS = {"blame"}


def _to_infinitive(verb: Token) -> bool:
    """An infinitive with "to": "to visit", "to be signed"."""
    return verb.tag_ in ("VB", "VBN") and any(c.dep_ == "aux" and c.lower_ == "to"
                                             for c in verb.children)


def _arranged(verb: Token) -> bool:
    """"be" with an infinitive complement ("are to be announced", "is to resume"): what its
    subject is to do, or what is to be done with it, is arranged, not done."""
    return verb.lemma_ == "be" and any(
        c.dep_ == "xcomp" and _to_infinitive(c) and c.lemma_.lower() not in BE_TO_IDIOMS
        for c in verb.children)


def _past_time_clause(clause: Token) -> bool:
    """A past-tense adverbial clause of time or cause ("after the army withdrew", "when the
    rebels attacked", "hours after two soldiers were killed"): its subordinator is a mark,
    or, for "when", an adverb opening the clause (the parser's usual reading of "when"; not
    "attacked when?" or "once" as a count), or the "after" of a span of time before it."""
    return clause.dep_ == "advcl" and (clause.tag_ == "VBD" or (clause.tag_ == "VBN" and (
        past_clause(clause) or any(c.dep_ == "auxpass" and c.tag_ == "VBD"
                                   for c in clause.children)))) \
        and _subordinator(clause) in TIME_MARKS


def _subordinator(clause: Token) -> str | None:
    """The lower-case conjunction opening an adverbial clause: its mark, "when" as the
    adverb the parser usually makes it (opening the clause), or the "after" of a span of
    time before it ("a day after gunmen were killed", which the parser hangs on the span)."""
    for c in clause.children:
        if c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ == "when"
                                and c.i == clause.left_edge.i):
            return c.lower_
        if c.dep_ == "prep" and c.i == clause.left_edge.i and c.lower_ in TIME_MARKS \
                and any(g.dep_ == "nsubj" for g in clause.children):
            # "after an attack on the headquarters of X killed five": the parser's "after" a
            # preposition on the clause's verb, the attack its object and X the subject
            return c.lower_
        if c.dep_ == "npadvmod" and c.i < clause.i:
            word = next((p.lower_ for p in c.children if p.dep_ == "prep"
                         and p.lower_ in SPAN_MARKS), None)
            if word:
                return word
    return None


def kept_from(clause: Token) -> Token | None:
    """The verb that keeps someone from doing ``clause`` ("prevented protesters from
    storming", and "banned the party from holding rallies", where the parser hangs "from"
    on the object), or None."""
    if clause.dep_ != "pcomp" or clause.head.lower_ != "from":
        return None
    keeper = clause.head.head
    if keeper.dep_ == "dobj" and keeper.pos_ in ("NOUN", "PROPN", "PRON"):
        keeper = keeper.head
    return keeper if keeper.lemma_.lower() in KEEPING_FROM else None


def intended_by(verb: Token) -> Token | None:
    """The noun of intent or of asking whose infinitive ``verb`` is ("a plan to invade",
    "calls to release", "a plot to bomb") or whose content clause it is ("their demand that
    the government release the prisoners": what is demanded or planned is not done), or
    None."""
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" \
            and verb.head.lemma_.lower() in INFINITIVE_NOUNS \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "of" \
            and verb.head.head.pos_ == "NOUN":  # "had no intention of attacking the city"
        noun = verb.head.head
        return noun if noun.lemma_.lower() in INFINITIVE_NOUNS else None
    # (the model makes "has 21 days to dissolve" a relative clause of the noun)
    if verb.dep_ not in ("acl", "advcl", "xcomp", "relcl"):
        return None
    table = token_table(verb.doc)  # (a Token only for the "to": this runs for every event)
    to_at = next((c for c in table.children[verb.i]
                  if table.dep[c] == "aux" and table.lower[c] == "to"), None)
    if to_at is None or to_at == 0:
        return None
    to = verb.doc[to_at]
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be":  # "the plan is to attack the base"
        noun = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return noun if noun is not None and noun.lemma_.lower() in INFINITIVE_NOUNS else None
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" \
            and verb.head.lemma_.lower() in INFINITIVE_NOUNS:
        return verb.head  # "great reluctance among the commanders to hand over the guns"
    if verb.dep_ == "relcl":
        return None
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":  # "a round of talks to forge a pact"
        held = [g for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in INFINITIVE_NOUNS]
        if held:
            return held[0]
    # the noun just before "to": its head ("a plan to invade"), or the object of the verb
    # that the parser hung the infinitive on ("renewed calls to release", "foiled a plot
    # to bomb")
    noun = verb.doc[to.i - 1]
    if _after_its_for_phrase(verb, to):
        return verb.head  # "an appeal for $12 million to provide shelter"
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in INFINITIVE_NOUNS:
        return None
    if noun.i in (verb.head.i, *(c.i for c in verb.head.children if c.dep_ == "dobj")) \
            or _of_its_object(noun, verb.head):
        return noun
    return None


def _of_its_object(noun: Token, verb: Token) -> bool:
    """The noun is in an "of" phrase of the verb's object: "rejected claims of a plot to
    overthrow", "denied reports of a plan to attack" (the parser hangs the infinitive on the
    verb; the plot is someone else's, not the denier's)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "dobj" \
        and prep.head.head.i == verb.i


def _after_its_for_phrase(verb: Token, to: Token) -> bool:
    """An infinitive on a noun of asking that follows the noun's own "for" phrase ("an appeal
    for $12 million to provide shelter"): what the sum is asked for."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in ASKING_NOUNS:
        return False
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                 and noun.i < c.i < to.i), None)
    return prep is not None and prep.right_edge.i == to.i - 1


def _amount_in(prep: Token) -> bool:
    """"$30 million in aid": an "in" that says what a sum is made of, no adjunct of time or
    place; the act's modality is the sum's ("gave", "appealed for")."""
    return prep.lower_ == "in" and prep.head.pos_ == "NUM" and prep.head.i != prep.i


def _for_of_asking(prep: Token) -> bool:
    """A "for" that gives what a noun of asking asks for: on the noun ("an appeal for aid") or
    on the verb the parser hung it on beside the noun as its object ("made a plea for").
    Not when the asking is rejected: "rejected calls for a withdrawal" negates the act, as
    the climb to the rejecting verb finds."""
    if prep.lower_ != "for" or prep.head.i == prep.i:
        return False
    head = prep.head
    nouns = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ == "dobj"]
    asked = [n for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in ASKING_NOUNS]
    return any(n.head.lemma_.lower() not in NEGATING for n in asked)


def _infinitive_of_noun(verb: Token) -> str | None:
    """The modality of an infinitive that completes a noun of intent or of asking ("a plan
    to invade": future, "calls to release": hypothetical), or None."""
    noun = intended_by(verb)
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    if lemma in TAKEN_CHANCES and noun.dep_ == "dobj" and noun.head.lemma_.lower() in TAKING:
        return None  # "took the opportunity to criticise": it did
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in noun.children):
        return "negated"  # "had no plans to send troops", "no intention of attacking"
    if lemma in FUTURE_NOUNS:
        return "future"
    if lemma in NEGATED_NOUNS:
        return "negated"
    return "hypothetical" if lemma in HYPOTHETICAL_NOUNS else None


# Verbs of denying what someone else alleges: the denial is a statement (CAMEO 016), and the
# allegation it names is background to it ("rejected accusations by the US that ...").
DENIAL_VERBS = {"reject", "deny", "dismiss", "refute", "rebut", "deflect", "brush", "counter"}
# Verbs of making a charge, which a charge named after them is the act of
ACCUSING_VERBS = {"accuse", "allege", "charge", "claim", "blame"}
# Nouns whose clause is what someone alleges: "the accusation that police beat students".
ALLEGATION_NOUNS = {"accusation", "allegation", "claim", "charge", "report", "rumour", "rumor",
                    "suggestion", "assertion", "suspicion", "speculation"}


def answered_allegation(clause: Token, verb: Token) -> bool:
    """"X accused Y of Z, a charge Y denied": the parser makes the first clause the
    complement of "denied", whose subject is an allegation noun after a comma; the clause
    was said, and only what it alleges is answered."""
    # (the parser makes the noun the denial's subject or its object, or a compound on the
    # denier's name: "a charge Kigali denies")
    noun = next((n for c in verb.children if c.dep_ in ("nsubj", "dobj") and clause.i < c.i
                 for n in (c, *(k for k in c.children if k.dep_ == "compound"))
                 if _an_allegation(n)), None)
    return noun is not None \
        and any(t.text == "," for t in clause.doc[clause.right_edge.i:noun.left_edge.i + 1])


def _alleged(trigger: Token) -> bool:
    """True for an event in what an allegation noun alleges: its content clause ("denied
    allegations that its troops had shelled the village", "rejected the accusation he was
    involved in the beating") or its "of" phrase ("rejected accusations of ethnic
    cleansing"): alleged, not reported as fact."""
    if _called_a_denied_charge(trigger):
        return True
    node = trigger
    for _ in range(6):
        head = node.head
        if head.i != node.i and _an_allegation(head) and _content_clause(node):
            return True
        if node.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ == "of" \
                and _an_allegation(head.head):
            return True  # "accusations of abuses", "charges of genocide", a gerund too:
            # "held on charges of murdering civilians"
        if node.dep_ not in ALLEGED_CLIMB or head.i == node.i:
            return False
        node = head
    return False


def _called_a_denied_charge(verb: Token) -> bool:
    """"... said Pakistani airstrikes had killed 10 civilians, a charge Islamabad denied":
    a clause the text itself calls an allegation (a noun set off after it) that someone
    denies is alleged, not reported as fact (the accusing itself was made: "accused the
    army of killing them, a charge it denied")."""
    lemma = verb.lemma_.lower()
    # (on the verb, or on its object, where the parser hangs the noun set off after the
    # clause: "had killed 30 soldiers, a claim the army denied")
    if verb.pos_ != "VERB" or lemma in ACCUSING_VERBS or lemma in STATEMENT_VERBS:
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(_a_denied_charge(c) for h in heads for c in h.children) \
        or (verb.dep_ == "ccomp" and _a_denied_charge_after(verb))


def _a_denied_charge(noun: Token) -> bool:
    """An allegation noun set off as an apposition or an adverbial, with a relative clause of
    denial: "a claim the army denied", "a charge Kigali rejects"."""
    return noun.dep_ in ("npadvmod", "appos") and _an_allegation(noun) and any(
        g.dep_ == "relcl" and g.lemma_.lower() in DENIAL_VERBS for g in noun.children)


def _a_denied_charge_after(clause: Token) -> bool:
    """A denied charge right after a reported clause and its comma, wherever the parser hangs
    it ("the rebels said they had shot down a helicopter, a claim the government rejected",
    with the claim on "rebels")."""
    doc = clause.doc
    comma = clause.right_edge.i  # (the parser may hang the comma on the clause)
    if doc[comma].text != ",":
        comma += 1
    if comma >= len(doc) or doc[comma].text != ",":
        return False
    return any(_a_denied_charge(doc[i]) for i in range(comma + 1, min(comma + 4, len(doc))))


# The steps from an event up to the allegation that holds it: "the accusation that its army
# is guilty of ethnic cleansing", "charges he ran a hit squad that killed officials".
ALLEGED_CLIMB = {"conj", "xcomp", "pobj", "prep", "pcomp", "relcl", "dobj", "acomp", "attr"}


def _an_allegation(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in ALLEGATION_NOUNS


def _content_clause(clause: Token) -> bool:
    """A clause that says what a noun holds: "that ...", or a clause with a subject of its
    own and no relative word ("the accusation he ran a hit squad")."""
    if clause.dep_ not in ("acl", "ccomp", "relcl"):
        return False
    children = list(clause.children)
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in children):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
               and c.lower_ != "that" for c in children)


# Verbs by which an actor commits itself to a future act: PLOVER codes the commitment itself
# as AGREE (to cooperate) or THREATEN (to act against someone).
COMMITMENT = {"promise", "vow", "pledge", "offer", "swear", "commit", "undertake", "guarantee",
              "threaten", "warn", "agree", "vote", "resolve", "decide"}
# Verbs whose infinitive is what they plan, promise, refuse or attempt, even where an adjunct
# between them makes the parser read it as a clause of purpose: "agreed on Monday to expel
# the envoys", "failed last week to pass the bill".
INFINITIVE_TAKERS = COMMITMENT | ATTEMPTING | {"plan", "intend", "refuse", "fail", "decline",
                                              "hope", "aim", "seek", "expect", "prepare"}


# Adjectives of a readiness the actor states: "Washington is prepared to use force" is an
# intent to, a threat (CAMEO 13) or a promise (03), as "vowed to" is.
READINESS = {"ready", "prepared", "willing", "determined"}
# Verbs by which an actor states its own future act ("Russia said it would retaliate"): fewer
# than the quotes stage's verbs of saying (``newsevents.quotes.REPORTING``), which report
# content, not commitments.
STATEMENT_VERBS = {"say", "announce", "tell", "state", "declare", "warn", "insist", "confirm",
                   "add"}


def commitment_verb(trigger: Token) -> Token | None:
    """The verb by which the trigger's actor commits to it, if any.

    "Iran vowed to retaliate" -> "vowed"; "Russia said it would retaliate" -> "said" (a future
    in the actor's own reported words); "promised concessions" -> "promised" (the act as the
    object noun). None when the event is not a commitment."""
    verb = trigger
    if trigger.dep_ == "dobj" and trigger.pos_ in ("NOUN", "PROPN") \
            and trigger.head.lemma_.lower() in COMMITMENT:
        return trigger.head  # "promised concessions", "pledged a truce": the act as a noun
    # "would not hesitate to strike" commits to the strike; a verb above that commits or
    # says so ("warned it would not hesitate") is the commitment, one event, not two
    hesitation = None
    for _ in range(3):
        if verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head.i == verb.i:
            return hesitation
        head = verb.head
        lemma = head.lemma_.lower()
        if verb.dep_ == "xcomp" and (lemma in COMMITMENT or lemma in READINESS):
            return head  # "vowed to strike"; "is ready to strike", a stated readiness
        if verb.dep_ == "xcomp" and unhesitating(head):
            hesitation = head
        if verb.dep_ == "ccomp" and lemma in STATEMENT_VERBS and (
                _own_marks(verb) == "future" or _reported_future(verb)):
            return head
        # not a past tense: "residents marched; the president promised reforms" is a
        # misparse, not a promise that they march
        if verb.dep_ == "ccomp" and lemma in COMMITMENT and verb.tag_ != "VBD":
            return head
        verb = head
    return hesitation


# Verbs whose negation commits to their infinitive: "will not hesitate to use force" says
# that force will be used, as "vowed to use force" does.
HESITATING = {"hesitate"}


def unhesitating(verb: Token) -> bool:
    """A negated verb of hesitation in the future ("would not hesitate", "won't hesitate");
    "did not hesitate to criticise" reports the criticism (its past is not read here)."""
    return verb.lemma_.lower() in HESITATING and _own_marks(verb) == "negated" and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX | PAST_FUTURE_AUX for c in verb.children)


def _reported_future(verb: Token) -> bool:
    """"said it would retaliate", "promised they would free": "would" in reported speech or
    a reported commitment is the future of the past."""
    would = any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children)
    head = verb.head.lemma_.lower()
    return would and verb.dep_ == "ccomp" and (head in STATEMENT_VERBS or head in COMMITMENT) \
        and not _conditional_clause(verb)


def _infinitive_subject(verb: Token) -> bool:
    """An infinitive that is its sentence's subject names an act in general: "To turn down
    the aid would be a mistake"."""
    return verb.dep_ == "csubj" and any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in verb.children)


# Words opening a clause of condition, beside CONDITION_MARKS, which the parser does not make
# one mark: "in case the rebels attack", "provided that the army withdraws", "in the event
# that talks fail". (Not "as long as": often a span of time or a given, "as long as he
# refuses to step down".)
CONDITION_PHRASES = (("in", "case"), ("in", "the", "event", "that"), ("provided", "that"),
                     ("providing", "that"), ("on", "condition", "that"))


def _opened_by_condition_phrase(clause: Token) -> bool:
    """A clause whose words (or the words just before them) begin with one of
    :data:`CONDITION_PHRASES`: the parser hangs "in case" as a mark and a compound, or as a
    preposition and its object with the clause on it."""
    if clause.dep_ not in ("advcl", "acl", "ccomp"):
        return False
    lower, start = token_table(clause.doc).lower, clause.left_edge.i  # (no Span per try)
    for phrase in CONDITION_PHRASES:  # (a phrase ending just before the clause, or in it)
        for first in range(max(start - len(phrase), 0), start + 1):
            if tuple(lower[first:first + len(phrase)]) == phrase:
                return True
    return False


# Auxiliaries that open a clause of condition put before its subject: "Were Russia to attack,
# ...", "Should talks fail, ...", "Had the army withdrawn, ...".
INVERTING_AUX = {"were", "should", "had"}


def _inverted_condition(trigger: Token) -> bool:
    """The trigger is in a sentence's opening clause of condition with its auxiliary before
    the subject ("Were Russia to attack Kharkiv, Ukraine would respond"): the words before
    the first comma of a sentence that opens with such an auxiliary and is no question.
    Read from the words, since the parser often makes the auxiliary the root."""
    start, end = sentence_bounds(trigger.doc, trigger.i)
    table = token_table(trigger.doc)
    if table.lower[start] not in INVERTING_AUX or table.text[end - 1] == "?" \
            or end - start < 3 or table.pos[start + 1] not in ("PROPN", "NOUN", "DET", "PRON"):
        return False
    comma = next((i for i in range(start, end) if table.text[i] == ","), None)
    return comma is not None and trigger.i < comma


def _conditional_clause(verb: Token) -> bool:
    node = verb
    for _ in range(4):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                                        for c in node.children):
            return True
        if _opened_by_condition_phrase(node):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False
