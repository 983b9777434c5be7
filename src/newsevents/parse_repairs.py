"""Repairs of the small model's parse that every stage after the parser should see, made
once by the first of them (the ``actors`` stage). Each repair moves a token to the head the
sentence gives it, for a construction the model often gets wrong."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from .dateline import headline_line_end
from .extensions import TokenTable, entities, token_table
from .lexicon import load_lexicon
from .modality import STATEMENT_VERBS
from .timex import UNITS, WEEKDAYS
from .words import EACH_TO_EACH_VERBS, TITLE_HEADS

TIME_LABELS = ("DATE", "TIME")


def repair(doc: Doc) -> None:
    """Apply every repair of this module to ``doc``. Most only give tokens new heads, after
    which the token table reads the heads anew; those that relabel tokens too (a clause
    swapped, a headline's verb or passive read) make it read the whole parse anew (heads,
    dependencies, tags, parts of speech). No repair changes a word or its lemma: one that
    did would have to make the table forget them (``forget_token_table``)."""
    words = token_table(doc)  # (a Token only for the candidates)
    moved = [_reattach_stranded_conjuncts(doc, words), _reattach_alleged_results(doc, words),
             _reattach_report_times(doc), _reattach_trailing_times(doc),
             _reattach_deictic_times(doc),
             _reattach_participle_conjuncts(doc, words)]
    relabelled = [_reattach_object_relatives(doc, words), _read_headline_verb(doc),
                  _read_headline_verb_taken_for_a_subject(doc),
                  _read_headline_passives(doc, words), _reattach_listed_nationalities(doc),
                  _reattach_sources_ending_a_list(doc), _reattach_listed_subjects(doc),
                  _read_gapped_passives(doc, words), _read_helper_nouns(doc, words),
                  _reattach_day_words(doc, words), _reattach_stolen_subjects(doc, words),
                  _reattach_names_after_long_titles(doc, words),
                  _reattach_titles_joined_before_names(doc, words),
                  _read_verbless_participles(doc, words),
                  _read_participles_before_objects(doc, words),
                  _read_objects_after_places(doc, words),
                  _read_reduced_relatives_of_objects(doc, words),
                  _read_subordinate_clauses_as_phrases(doc, words)]
    moved.append(_reattach_tolls_of_attacks(doc, words))
    if any(relabelled):
        words.reread_parse(doc)
    elif any(moved):
        words.reread_heads(doc)


# Words that name a day by itself, which the model may read as a modifier of the subject after
# them ("Yesterday protesters burned a flag"): they date the verb.
DAY_WORDS = frozenset({"yesterday", "today", "tonight", "tomorrow"})


def _reattach_day_words(doc: Doc, words: TokenTable) -> bool:
    """Repair: a day word that modifies the noun after it as a compound, where that noun is
    the subject or object of a verb, dates the verb: it hangs on the verb as npadvmod (and
    is then no word of the actor's name, nor is the verb left undated); a weekday after "on"
    is that preposition's object ("On Sunday rebels released ...")."""
    repaired = False
    dep, head, lower = words.dep, words.head, words.lower
    for i in range(len(dep) - 1):
        noun = head[i]
        # (and a weekday after "on": "On Sunday rebels released ...", no "Sunday rebels")
        after_on = i > 0 and lower[i] in WEEKDAYS and lower[i - 1] == "on"
        if (lower[i] not in DAY_WORDS and not after_on) or dep[i] != "compound" \
                or noun != i + 1 or dep[noun] not in ("nsubj", "nsubjpass", "dobj") \
                or head[noun] == noun:
            continue
        day = doc[i]
        if after_on:
            day.head, day.dep_ = doc[i - 1], "pobj"
        else:
            day.head, day.dep_ = doc[head[noun]], "npadvmod"
        repaired = True
    return repaired


# Relations the model gives a bare past participle after a verb when it takes it for a second
# verb: "detained impeached President Yoon" as "detained" + "impeached Yoon".
SECOND_VERB_DEPS = frozenset({"advcl", "xcomp", "ccomp", "conj", "dep"})


def _read_participles_before_objects(doc: Doc, words: TokenTable) -> bool:
    """Repair: a past participle right after a finite verb that has no object, with no
    auxiliary or subject of its own and an object of its own ("investigators detained
    impeached President Yoon", "the court freed jailed activist Ana Ruiz") describes that
    object, which is the verb's: the participle hangs on the noun as its modifier, the noun
    on the verb as its object. (English puts no bare participle after a verb as a clause
    with an object; "had detained" has an auxiliary, "saw him detained" the object first.)"""
    repaired = False
    tag, dep, head, kids = words.tag, words.dep, words.head, words.children
    for i in range(1, len(tag) - 1):
        verb = i - 1
        if tag[i] != "VBN" or head[i] != verb or dep[i] not in SECOND_VERB_DEPS \
                or tag[verb] not in ("VBD", "VBZ", "VBP"):
            continue
        objects = [k for k in kids[i] if dep[k] == "dobj"]
        if len(objects) != 1 or any(dep[k] in ("aux", "auxpass", "nsubj", "nsubjpass")
                                    for k in kids[i]) \
                or any(dep[k] == "dobj" for k in kids[verb]):
            continue
        participle, noun = doc[i], doc[objects[0]]
        if noun.left_edge.i != i + 1:
            continue  # the object must follow the participle: "detained impeached Yoon"
        for k in kids[i]:  # (its phrases of time and place are the verb's: "on Wednesday")
            if k != noun.i and dep[k] in ("prep", "npadvmod", "advmod"):
                doc[k].head = doc[verb]
        participle.head, participle.dep_ = noun, "amod"
        noun.head, noun.dep_ = doc[verb], "dobj"
        repaired = True
    return repaired


# Verbs a translated sentence puts a phrase of place before the object of ("recibió en
# Berlín al primer ministro": "received in Berlin the prime minister").
FRONTED_PLACE_VERBS = frozenset({"receive", "welcome", "host", "meet", "greet", "visit", "sign",
                                 "decorate", "award", "accompany", "inaugurate"})


def _read_objects_after_places(doc: Doc, words: TokenTable) -> bool:
    """Repair: in English translated from a Romance language the object may follow a phrase
    of place ("Scholz received in Berlin the Polish prime minister Donald Tusk"), and the
    model then reads the object as an apposition to the place ("Berlin, the Polish prime
    minister"). An apposition with no comma before it, opening with an article, to the
    object of a preposition of a verb of meeting that has no object, is that verb's
    object; so is one opening with a possessive ("Macron received at the Elysee his
    Senegalese counterpart")."""
    repaired = False
    dep, head, lemma, tag = words.dep, words.head, words.lemma_lower, words.tag
    for i in range(2, len(dep)):
        if dep[i] != "appos" or tag[doc[i].left_edge.i] not in ("DT", "PRP$") \
                or words.text[doc[i].left_edge.i - 1] == ",":
            continue
        place = head[i]
        prep = head[place]
        verb = head[prep]
        if dep[place] != "pobj" or dep[prep] != "prep" or verb == prep \
                or lemma[verb] not in FRONTED_PLACE_VERBS or not tag[verb].startswith("VB") \
                or any(dep[k] == "dobj" for k in words.children[verb]):
            continue
        doc[i].head, doc[i].dep_ = doc[verb], "dobj"
        repaired = True
    return repaired


# "appealed to aid agencies to assist": the model may read "to aid" as an infinitive with
# the helpers as its object, and the appeal then aids them. The words of helping that make a
# noun of helpers with the plural after them, and those plurals.
HELPING_MODIFIERS = frozenset({"aid", "relief", "rescue"})
HELPER_NOUNS = frozenset({"agency", "organisation", "organization", "group", "worker", "team",
                          "charity", "body"})


# Verbs that take a clause for their object: a clause after them is what they say or want.
CLAUSE_TAKING_VERBS = frozenset(STATEMENT_VERBS | {"ensure", "demand", "ask", "urge", "agree",
                                                  "deny", "claim", "accuse", "report", "show",
                                                  "fear", "hope", "believe", "order"})
# What opens a clause of its own, which a participle describing a noun has none of.
CLAUSE_MARKS = frozenset({"aux", "auxpass", "mark", "neg"})


def _read_reduced_relatives_of_objects(doc: Doc, words: TokenTable) -> bool:
    """Repair: "bandits freed all the passengers held hostage", "rescued the crew seized in
    May": the model reads the noun as the subject of a clause of the participle ("the
    passengers held hostage" as a sentence), and the act has no object. After a verb of the
    lexicon that takes a noun, not a clause, with no object of its own, a clause right after
    it whose verb in -ed has no auxiliary, mark or negation is the object with a
    participle describing it."""
    dep, tag, head, kids, lemma = words.dep, words.tag, words.head, words.children, \
        words.lemma_lower
    verbs = _event_words()[0]
    repaired = False
    for i in range(1, len(dep)):
        if dep[i] != "ccomp" or tag[i] not in ("VBD", "VBN"):
            continue
        verb = head[i]
        if lemma[verb] not in verbs or lemma[verb] in CLAUSE_TAKING_VERBS or verb > i \
                or any(dep[k] in ("dobj", "ccomp") and k != i for k in kids[verb]) \
                or any(dep[k] in CLAUSE_MARKS for k in kids[i]):
            continue
        noun = next((k for k in kids[i] if dep[k] == "nsubj" and k < i), None)
        if noun is None or tag[noun] not in ("NN", "NNS") \
                or min([noun, *kids[noun]]) != verb + 1 or noun + 1 != i:
            continue
        doc[noun].head, doc[noun].dep_ = doc[verb], "dobj"
        doc[i].head, doc[i].dep_, doc[i].tag_ = doc[noun], "acl", "VBN"
        repaired = True
    return repaired


def _read_helper_nouns(doc: Doc, words: TokenTable) -> bool:
    """Repair: "to aid agencies" read as an infinitive ("to" its aux, "aid" a VB whose
    object is the plural of a helper noun) is a prepositional phrase: "to" hangs on the
    verb above, "agencies" is its object and "aid" their modifier."""
    repaired = False
    tag, dep, head, lower, lemma = words.tag, words.dep, words.head, words.lower, words.lemma_lower
    for i in range(1, len(tag) - 1):
        if lower[i] not in HELPING_MODIFIERS or tag[i] != "VB" or lower[i - 1] != "to" \
                or dep[i - 1] != "aux" or tag[i + 1] != "NNS" or dep[i + 1] != "dobj" \
                or head[i + 1] != i or lemma[i + 1] not in HELPER_NOUNS or head[i] == i:
            continue
        to, verb, noun = doc[i - 1], doc[i], doc[i + 1]
        to.head, to.dep_, to.tag_, to.pos_ = verb.head, "prep", "IN", "ADP"
        noun.head, noun.dep_ = to, "pobj"
        for child in [c for c in verb.children if c.i not in (i - 1, i + 1)]:
            child.head = noun  # (nothing else should hang on a modifier)
        verb.head, verb.dep_, verb.tag_, verb.pos_ = noun, "compound", "NN", "NOUN"
        for clause in [c for c in noun.children if c.dep_ == "relcl" and c.tag_ == "VB"]:
            # "to assist" is what they are asked to do, as in "appealed to residents to stay"
            clause.head, clause.dep_ = to.head, "xcomp"
        repaired = True
    return repaired


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


def _reattach_listed_nationalities(doc: Doc) -> bool:
    """"Thai, Cambodian troops exchange fire": a headline lists nationalities with a comma
    for "and"; the model hangs the first anywhere (on the verb, as its own subject), where it
    reads as a people of its own beside the troops. Hang a nationality that heads no word,
    followed by a comma and a nationality modifying a noun, on that noun, the second joined
    to it as "and" would join it."""
    repaired = False
    text = token_table(doc).text  # (words never change: a Token only after a comma)
    for i in range(2, len(text)):
        if text[i - 1] != ",":
            continue
        token, first = doc[i], doc[i - 2]
        # (NER may call the second a place: "Kenyan, Ugandan troops")
        if token.ent_type_ in ("NORP", "GPE") and token.dep_ in ("amod", "compound", "nmod") \
                and token.head.i > token.i \
                and first.ent_type_ == "NORP" \
                and not any(c.i != token.i - 1 for c in first.children):
            # (read as "Thai and Cambodian troops": the second a conjunct of the first)
            first.head, first.dep_ = token.head, "amod"
            token.head, token.dep_ = first, "conj"
            doc[i - 1].head = first
            repaired = True
    return repaired


def _reattach_listed_subjects(doc: Doc) -> bool:
    """"Somalia, Ethiopia agree to restore ties", "Ghana, Togo, Benin sign pact": a headline
    lists its subjects with commas for "and"; the model hangs all but one anywhere (on the
    verb, on each other as appositives), and only one acts. In the headline line, a run of
    names split by commas that ends in the verb's subject, every word of it hanging inside
    the run or on the verb, is that many subjects joined as "and" would join them."""
    end = headline_line_end(doc)
    if end is None:
        return False
    for subject in doc[2:end]:
        # (or the last name, an appositive of the first, the subject: "Russia, Ukraine swap")
        verb = subject.head if subject.dep_ == "nsubj" else subject.head.head \
            if subject.dep_ == "appos" and subject.head.dep_ == "nsubj" else None
        if verb is None or subject.pos_ != "PROPN" or verb.i != subject.i + 1:
            continue
        start = subject.i
        while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text == ","):
            start -= 1
        run = doc[start : subject.i + 1]
        items = [list(g) for g in _split_at_commas(run)]
        if len(items) < 2 or any(not item for item in items) or any(
                not start <= t.head.i <= verb.i for t in run):
            return False
        heads = [max(item, key=lambda t: t.head.i not in range(item[0].i, item[-1].i + 1))
                 for item in items]
        first = heads[0]
        first.head, first.dep_ = verb, "nsubj"
        for name in heads[1:]:
            name.head, name.dep_ = first, "conj"
        for comma in run:
            if comma.text == ",":
                comma.head = first
        return True
    return False


def _split_at_commas(run: Span) -> list[list[Token]]:
    """The tokens of ``run`` in groups between its commas."""
    groups: list[list[Token]] = [[]]
    for token in run:
        if token.text == ",":
            groups.append([])
        else:
            groups[-1].append(token)
    return groups


def _reattach_sources_ending_a_list(doc: Doc) -> bool:
    """"..., killing at least 11 civilians, residents and a health worker said": a report's
    sources named after its last comma, with no comma of their own before the verb of
    saying, are taken by the model for more of the object's list, and the verb is left
    without a subject; the victims then include the witnesses. The conjuncts from the last
    one after a comma to the verb are the verb's subject."""
    repaired = False
    # (lemmas never change: a Token only for a verb of saying; its tags may have, and are
    # read from it)
    lemmas = token_table(doc).lemma_lower
    for i in range(1, len(lemmas)):
        if lemmas[i] not in STATEMENT_VERBS:
            continue
        verb = doc[i]
        if verb.pos_ != "VERB" \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        listed = next((t for t in doc[verb.sent.start:verb.i] if t.dep_ in ("dobj", "pobj")
                       and t.conjuncts and t.conjuncts[-1].right_edge.i == verb.i - 1), None)
        if listed is None:
            continue
        after_comma = [c for c in listed.conjuncts if c.i > listed.i
                       and doc[c.left_edge.i - 1].text == ","]
        if not after_comma:
            continue
        source = after_comma[-1]
        for t in doc[source.right_edge.i + 1 : verb.i]:
            if t.head.i == listed.i:  # a flat list: the rest of it hangs on the source
                t.head = source
        source.head, source.dep_ = verb, "nsubj"
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
                      "welcome", "announce", "express", "voice", "tell", "blame"}


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
            if not (infinitive or reported or _after_a_subordinate_clause(token, head)):
                break
            token.head = head.head
            repaired = True
    return repaired


# Finite tags of a verb that has a subject of its own
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _reattach_stolen_subjects(doc: Doc, words: TokenTable) -> bool:
    """Repair: "Hamas released three hostages and Israel freed 90 prisoners": the model
    joins the second subject to the first verb's object ("hostages and Israel") and the
    second verb then has none: Israel is freed and frees no one. A name joined to a verb's
    object right before a finite verb joined to that verb (or to the clause it hangs on:
    "the truce holds as Hamas released ... and Israel freed"), which has no subject, is
    that verb's subject; so is a noun before the second participle of a "with" phrase."""
    dep, head, kids = words.dep, words.head, words.children
    repaired = False
    for i in range(1, len(dep)):
        if dep[i - 1] != "conj" or dep[head[i - 1]] != "dobj" \
                or not (_a_finite_conjunct(i, words) or _a_second_absolute(i, words)) \
                or head[i] not in (head[head[i - 1]], head[head[head[i - 1]]]) \
                or any(dep[k] in ("nsubj", "nsubjpass") for k in kids[i]):
            continue
        name = doc[i - 1]
        name.head, name.dep_ = doc[i], "nsubj"
        repaired = True
    return repaired


def _reattach_names_after_long_titles(doc: Doc, words: TokenTable) -> bool:
    """Repair: "Member of the Political Bureau of the CPC Central Committee and Director of
    the Office of the Central Foreign Affairs Commission Wang Yi held talks": after a title
    too long for the model, it gives the verb two subjects, the title and the name. A
    capitalised title whose words end right before a person's name that is a second
    subject of the same verb is that person's title: the name hangs on it in apposition,
    as the model has it after a short one ("President of Russia Vladimir Putin")."""
    dep, head, is_title = words.dep, words.head, words.is_title
    subjects: dict[int, int] = {}  # verb -> its first subject
    repaired = False
    for i in range(len(dep)):
        if dep[i] != "nsubj" or head[i] == i:
            continue
        first = subjects.setdefault(head[i], i)
        if first == i or not is_title[first]:
            continue
        title, name = doc[first], doc[i]
        if name.ent_type_ == "PERSON" and title.ent_type_ == "" \
                and title.right_edge.i + 1 == name.left_edge.i:
            name.head, name.dep_ = title, "appos"
            repaired = True
    return repaired


def _reattach_titles_joined_before_names(doc: Doc, words: TokenTable) -> bool:
    """Repair: "Crown Prince and Prime Minister Mohammed bin Salman received a call": two
    titles of one person, which the model reads as two subjects joined by "and" (the first
    title and the name). A capitalised title (:data:`TITLE_HEADS`) with no article whose
    conjunct after "and" is a person's name with a capitalised title of its own before it is
    that person's first title: the name takes the title's place in the clause, the title
    hangs on it. ("President Ruto and Prime Minister Modi": the first is a name, no title.)"""
    dep, lemma, is_title = words.dep, words.lemma_lower, words.is_title
    repaired = False
    for i in range(len(dep) - 3):
        if lemma[i] not in TITLE_HEADS or not is_title[i] or words.lower[i + 1] != "and" \
                or dep[i] not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue
        title = doc[i]
        second, name = _second_title_and_name(title)
        if name is None or any(c.dep_ == "det" for c in title.children) \
                or not any(is_title[k] and doc[k].ent_type_ != "PERSON"
                           and lemma[k] in TITLE_HEADS for k in range(i + 2, name.i)):
            continue
        name.head, name.dep_ = title.head, title.dep_
        title.head, title.dep_ = name, "compound"
        if second is not None:
            second.head, second.dep_ = name, "compound"
        repaired = True
    return repaired


def _second_title_and_name(title: Token) -> tuple[Token | None, Token | None]:
    """The title joined to ``title`` by "and" and the person's name after it: the name
    itself as the conjunct ("Crown Prince and Prime Minister Mohammed bin Salman", then no
    second title token), or a conjunct title with the name in apposition to either
    ("Deputy Prime Minister and Foreign Minister Ishaq Dar"); (None, None) otherwise."""
    conj = next((c for c in title.children if c.dep_ == "conj"), None)
    if conj is None:
        return None, None
    if conj.ent_type_ == "PERSON":
        return None, conj
    if conj.lemma_.lower() not in TITLE_HEADS:
        return None, None
    name = next((c for c in (*conj.children, *title.children) if c.dep_ == "appos"
                 and c.ent_type_ == "PERSON" and c.left_edge.i == conj.i + 1), None)
    return (conj, name) if name is not None else (None, None)


def _a_finite_conjunct(i: int, words: TokenTable) -> bool:
    """A finite verb joined to another after a name ("... and Israel freed") or a noun with
    its article ("... and the pirates surrendered")."""
    return words.dep[i] == "conj" and words.tag[i] in FINITE_TAGS and (
        words.pos[i - 1] == "PROPN" or _a_definite_noun(i - 1, words))


def _a_definite_noun(i: int, words: TokenTable) -> bool:
    """A common noun with its article ("boarded the ship and the pirates surrendered"): a
    whole phrase, as a name is, that the finite verb right after it has for its subject."""
    return words.pos[i] == "NOUN" and any(words.dep[k] == "det" for k in words.children[i])


def _a_second_absolute(i: int, words: TokenTable) -> bool:
    """The second participle of a "with" phrase of two ("with Israeli jets hitting the
    ministry and Iranian missiles striking Haifa"), after a noun, as the first has its
    own subject."""
    dep, head = words.dep, words.head
    first = head[head[i - 1]]
    return words.tag[i] == "VBG" and dep[i] == "pcomp" and words.lower[head[i]] == "with" \
        and words.pos[i - 1] in ("NOUN", "PROPN") and words.tag[first] == "VBG" \
        and any(dep[k] == "nsubj" for k in words.children[first])


# Conjunctions that open a subordinate clause of time or cause
SUBORDINATING_MARKS = {"after", "before", "because", "as", "since", "when", "while", "once",
                       "until"}


def _read_subordinate_clauses_as_phrases(doc: Doc, words: TokenTable) -> bool:
    """Repair: "agreed to a ceasefire after five days of fighting killed 35 people": the
    model reads "after five days of fighting" as a phrase and "killed" as a second clause of
    the main verb with no subject, so the sides that agreed are the killers, and the killing
    is what they agreed to. A verb in -ed with no subject, hung on the verb a phrase of time
    or cause hangs on, right after that phrase, has the phrase's noun for its subject: the
    preposition opens a clause ("after", "before", "since", ...)."""
    dep, tag, head, kids, lower = words.dep, words.tag, words.head, words.children, words.lower
    repaired = False
    for i in range(2, len(dep)):
        if dep[i] != "advcl" or tag[i] not in ("VBD", "VBN") \
                or any(dep[k] in ("nsubj", "nsubjpass", "mark", "aux", "auxpass")
                       for k in kids[i]):
            continue
        # (on the main verb, or on this one: "after three weeks of shelling ... killed")
        prep = next((k for k in (*kids[head[i]], *kids[i]) if dep[k] == "prep" and k < i
                     and lower[k] in SUBORDINATING_MARKS), None)
        if prep is None or doc[prep].right_edge.i + 1 != i:
            continue
        noun = next((k for k in kids[prep] if dep[k] == "pobj"), None)
        if noun is None:
            continue
        verb = doc[i]
        doc[prep].head, doc[prep].dep_ = verb, "mark"
        doc[noun].head, doc[noun].dep_ = verb, "nsubj"
        verb.tag_ = "VBD"
        repaired = True
    return repaired


def _after_a_subordinate_clause(verb: Token, clause: Token) -> bool:
    """"Fico threatened to cut supplies after Kyiv stopped the gas, and called on the
    Commission to mediate": a past verb after ", and" that the model joins to a clause
    opened by "after" (or "because", "when" ...) with a subject of its own goes with the
    clause that one depends on: Fico called, not Kyiv."""
    doc = verb.doc
    return clause.dep_ == "advcl" and verb.i >= 2 and doc[verb.i - 1].lower_ == "and" \
        and doc[verb.i - 2].text == "," and any(
            c.dep_ == "mark" and c.lower_ in SUBORDINATING_MARKS for c in clause.children) \
        and any(c.dep_ == "nsubj" for c in clause.children)


def _reattach_participle_conjuncts(doc: Doc, words: TokenTable) -> bool:
    """Repair: "marched, blocking traffic and throwing eggs at buildings": the model joins the
    second participle to the first one's object ("traffic ... and throwing"), and the second
    act then reads as what the first prevents or does to. A participle with an object of its
    own, joined to the object of a participle, is that participle's conjunct."""
    dep, tag, head = words.dep, words.tag, words.head
    repaired = False
    for i in range(len(dep)):
        if dep[i] != "conj" or tag[i] != "VBG" or dep[head[i]] != "dobj" \
                or tag[head[head[i]]] != "VBG" or words.pos[head[i]] not in ("NOUN", "PROPN") \
                or not any(dep[k] == "dobj" for k in words.children[i]):
            continue
        doc[i].head = doc[head[head[i]]]
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


RELATIVE_TAGS = ("WDT", "WP")


def _reattach_object_relatives(doc: Doc, words: TokenTable) -> bool:
    """Repair: "The bombing, which police blamed on separatists, killed four people." The
    model may read "which police ... killed" as the relative clause, with two subjects, and
    "blamed" as a participle on "police", which makes the police the killers. The relative
    clause is "which police blamed on separatists" (its verb after its subject, set off by
    commas); the verb after it is the noun's own."""
    repaired = False
    for i, (dep, tag) in enumerate(zip(words.dep, words.tag, strict=True)):
        if dep != "relcl" or not tag.startswith("VB"):
            continue
        verb = doc[i]
        noun = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 2 or subjects[0].tag_ not in RELATIVE_TAGS \
                or subjects[1].pos_ not in ("NOUN", "PROPN") or not noun.i < subjects[0].i:
            continue
        relative, subject = subjects
        inner = next((c for c in subject.rights if c.dep_ == "acl" and c.tag_ == "VBD"), None)
        if inner is None or inner.right_edge.i + 2 != verb.i \
                or doc[inner.right_edge.i + 1].text != ",":
            continue
        _swap_clauses(noun, verb, inner, subject, relative)
        repaired = True
    return repaired


def _swap_clauses(noun: Token, verb: Token, inner: Token, subject: Token,
                  relative: Token) -> None:
    """Make ``inner`` (with ``subject`` and ``relative`` its object) the relative clause of
    ``noun``, and ``verb`` the verb whose subject ``noun`` is, in ``noun``'s place."""
    if noun.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = noun.head, noun.dep_
    for child in list(noun.children):
        if child.i > verb.i:  # (the full stop)
            child.head = verb
    noun.head, noun.dep_ = verb, "nsubj"
    inner.head, inner.dep_ = noun, "relcl"
    subject.head = inner
    relative.head, relative.dep_ = inner, "dobj"


# Words of a time that counts back from the report's day: "last year", "last month", "a
# year earlier": at the end of a clause, what the noun before it dates.
RELATIVE_PERIODS = {"year", "month", "decade", "week"}


def _reattach_trailing_times(doc: Doc) -> bool:
    """Repair: "... sentenced X to death on Monday for crimes over a crackdown on protests
    last year": the model hangs the clause's last time on the verb, which then seems to
    happen last year, while the day of the verb sits in a phrase of its own. A time of
    years or months right after a noun at the end of the verb's phrases, in a clause that
    names a day as well, dates that noun."""
    repaired = False
    found = entities(doc)
    days = [e for e in found if e.label_ == "DATE" and e.root.lower_ in WEEKDAYS]
    for ent in found:
        root = ent.root
        if ent.label_ != "DATE" or root.dep_ != "npadvmod" or root.lower_ not in RELATIVE_PERIODS \
                or ent.start == 0 or root.head.pos_ != "VERB":
            continue
        verb, before = root.head, doc[ent.start - 1]
        if before.pos_ != "NOUN" or before.dep_ != "pobj" or not verb.i < before.i \
                or not any(verb.left_edge.i <= d.start < ent.start for d in days):
            continue
        root.head = before
        repaired = True
    return repaired


# Words that open a time counted from the day of the report: "last month", "next week"
DEICTIC_WORDS = frozenset({"last", "next", "this"})


def _reattach_deictic_times(doc: Doc) -> bool:
    """Repair: "Cambodia closed the border last month after a soldier was killed": the model
    reads "last month after" as a span ("a month after") and hangs the time on the "after"
    clause; a time counted from the report's day ("last month", "next week") is no span,
    and dates the verb the clause depends on."""
    repaired = False
    for ent in entities(doc):
        root = ent.root
        if ent.label_ != "DATE" or root.dep_ != "npadvmod" or ent[0].lower_ not in DEICTIC_WORDS \
                or ent.end >= len(doc):
            continue
        clause, after = root.head, doc[ent.end]
        if clause.dep_ == "advcl" and after.dep_ == "mark" and after.head.i == clause.i \
                and clause.head.i != clause.i:
            root.head = clause.head
            repaired = True
    return repaired


# The tags of a headline verb read as a noun, by the number of the subject it agrees with
# ("arrests": NNS, or VBZ the parser still hung on the object as a compound).
SINGULAR_VERB_TAGS = frozenset({"NNS", "VBZ"})
PLURAL_VERB_TAGS = frozenset({"NN", "VBP"})
# Tags that may open the object after a headline's verb ("sentences opposition leader",
# "arrest the editor", "fires his cabinet", "kidnap 20 pupils").
OBJECT_OPENERS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$"})
# Heads of the noun phrases news names a trade, a measure or a law by, after a plural noun
# that reads as a verb too: "US arms sales to Taiwan", "EU sanctions package", "drugs trade"
# are noun-phrase headlines, not "arms the sales".
MEASURE_NOUNS = frozenset({"sale", "deal", "embargo", "export", "import", "shipment", "delivery",
                           "transfer", "supply", "trade", "purchase", "package", "regime",
                           "list", "relief", "bill", "law", "race", "control", "programme",
                           "program", "plan", "policy", "talks", "evasion", "dealer"})


@cache
def _event_words() -> tuple[frozenset[str], frozenset[str]]:
    """The head lemmas of the packaged lexicon's verb triggers and of its noun triggers."""
    lexicon = load_lexicon()
    return frozenset(lexicon.verbs), frozenset(lexicon.nouns)


@cache
def attack_nouns() -> frozenset[str]:
    """The head lemmas of the packaged lexicon's noun triggers of assault ("bombing",
    "attack", "airstrike")."""
    return frozenset(lemma for lemma, entries in load_lexicon().nouns.items()
                     if any(t.event == "ASSAULT" for t in entries))


def _read_headline_verb(doc: Doc) -> bool:
    """Repair: a headline is telegraphese without determiners, and the small model often
    reads its verb as a noun of one long noun phrase ("Court in Dhaka sentences opposition
    leader to five years", "Police in Lagos arrest protest leaders", "Pakistan arrests
    opposition leader"): the line then tells no event. A headline line without any verb whose
    word after the subject agrees with it as a verb, is a verb trigger of the lexicon and is
    followed by an object is read as the headline's verb: the subject hangs on it as nsubj,
    the object as dobj. A noun-phrase headline keeps its reading: no object follows
    ("Ukraine strikes: what we know", "Russian strikes on Kharkiv") or the object is an
    event of its own ("US arms sales to Taiwan")."""
    end = headline_line_end(doc)
    if end is None:
        return False
    line = _stripped(doc[:end])
    if len(line) < 3 or any(not line.start <= t.head.i < line.end for t in line) \
            or any(t.head == t and t.pos_ in ("VERB", "AUX") for t in line):
        return False  # (not one sentence, or one the parser read as a clause)
    verb = next((t for t in line[1:-1] if _reads_as_headline_verb(t, line)), None)
    if verb is None:
        return False
    _hang_on_verb(line, verb)
    return True


def _read_headline_verb_taken_for_a_subject(doc: Doc) -> bool:
    """Repair: a headline's verb in -s after its subject ("UN convoy reaches besieged El
    Fasher", "Opposition leader returns, calls for calm") is often read as a plural noun, the
    subject of the next word: the participle ("besieged") or the second verb ("calls"), so
    that the convoy besieges the town and the leader's return is no act. A plural noun of the
    lexicon's verbs in the headline line, subject of the line's root right after it (a
    participle) or after a comma (a verb in -s), with a noun before it, is read as the
    line's verb: the noun before it its subject, the second verb its conjunct. A participle
    right after the headline's verb, before a noun, describes that noun, the verb's object
    (:func:`_read_participle_after_a_headline_verb`)."""
    end = headline_line_end(doc)
    if end is None:
        return False
    line = _stripped(doc[:end])
    verb = next((t for t in line[1:-1] if t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass")
                 and t.is_lower and t.lower_.endswith("s")), None)
    if verb is None or verb.lemma_.lower() not in _event_words()[0]:
        return _read_participle_after_a_headline_verb(line)
    root, subject = verb.head, doc[verb.i - 1]
    if root.dep_ != "ROOT" or subject.pos_ not in ("NOUN", "PROPN") or subject.head != verb:
        return False
    participle = root.i == verb.i + 1 and root.tag_ in ("VBD", "VBN")
    if not participle and not (
            root.i == verb.i + 2 and doc[verb.i + 1].text == "," and root.tag_ == "VBZ"):
        return False
    for token in line[: root.i - line.start]:  # (the second verb keeps its own phrases)
        if token.head == root and token != verb:
            token.head = verb
    verb.tag_, verb.pos_, verb.dep_ = "VBZ", "VERB", "ROOT"
    verb.head = verb
    subject.dep_ = "nsubj"
    root.head = verb
    if participle:  # (then read as a participle after the verb, below)
        root.dep_ = "advcl"
        _read_participle_after_a_headline_verb(line)
    else:  # "returns, calls for calm": the second verb is the first's conjunct
        root.dep_ = "conj"
    return True


def _read_participle_after_a_headline_verb(line: Span) -> bool:
    """Repair: "UN convoy reaches besieged Kadugli": a participle right after a headline's
    verb in the present, before a noun the parser made its object, describes that noun,
    which is the verb's object: the town is besieged (by someone else) and reached. Not
    after a verb of saying ("Iran says attacked ship" drops its subject) nor when the verb
    has an object of its own."""
    verb = next((t for t in line if t.dep_ == "ROOT"), None)
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or verb.i + 2 >= line.end \
            or verb.lemma_.lower() in SPEAKERS_NEXT_ACTS \
            or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return False
    participle = verb.nbor(1)
    if participle.tag_ not in ("VBD", "VBN") or participle.head != verb:
        return False
    noun = next((c for c in participle.children if c.i > participle.i
                 and c.dep_ in ("dobj", "npadvmod", "attr", "oprd", "nsubj")
                 and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or noun.left_edge.i != participle.i + 1:
        return False
    for child in list(participle.children):
        if child.i > noun.i:
            child.head = verb  # (its phrases after the noun are the verb's: "to Gaza")
    participle.tag_, participle.pos_, participle.dep_ = "JJ", "ADJ", "amod"
    participle.head = noun
    noun.head, noun.dep_ = verb, "dobj"
    return True


def _reads_as_headline_verb(token: Token, line: Span) -> bool:
    """``token``, a word of a noun phrase by the parser, is the verb of a headline ``line``:
    a lowercase verb trigger right after the subject's noun phrase, agreeing with its head in
    number ("Court ... sentences", "Gunmen ... kidnap"), and followed by an object that is no
    event itself. (The tagger may call it a noun or a verb: the parser still made it a
    modifier of the object.)"""
    verbs, nouns = _event_words()
    if token.tag_ not in SINGULAR_VERB_TAGS | PLURAL_VERB_TAGS or not token.is_lower \
            or token.lemma_.lower() not in verbs:
        return False
    subject = _subject_head(line, token)
    after = token.nbor(1)
    if subject is None or after.tag_ not in OBJECT_OPENERS:
        return False
    # "arrest": a plural subject's verb; "arrests": a singular subject's ("Ethiopia and
    # Eritrea" are two)
    listed = any(t.lower_ == "and" for t in line.doc[line.start : subject.i])
    if (token.tag_ in PLURAL_VERB_TAGS) != (_is_plural(subject) or listed):
        return False
    obj = _object_head(line, after.i).lemma_.lower()
    # (what two sides trade is an act's noun: "Ethiopia and Eritrea trade blame")
    return (obj not in nouns or token.lemma_.lower() in EACH_TO_EACH_VERBS) \
        and obj not in MEASURE_NOUNS


def _subject_head(line: Span, verb: Token) -> Token | None:
    """The head noun of the words before ``verb``: the last noun before a preposition
    ("Court in Dhaka"), else the word right before the verb; None when that is no noun or
    name."""
    before = line.doc[line.start : verb.i]
    prep = next((t for t in before if t.tag_ == "IN"), None)
    head = line.doc[prep.i - 1] if prep is not None and prep.i > line.start \
        else line.doc[verb.i - 1]
    if head.pos_ in ("NOUN", "PROPN") or (head.is_title and head.tag_ == "JJ"):
        return head  # ("Pakistan/JJ arrests": a country's name the tagger took for an adjective)
    return None


def _is_plural(token: Token) -> bool:
    """A plural noun, or a capitalised plural opening a headline that the tagger took for a
    name ("Rebels in Congo attack"): no entity's name."""
    if token.tag_ in ("NNS", "NNPS"):
        return True
    return token.tag_ == "NNP" and not token.ent_type_ and token.lower_.endswith("s") \
        and not token.lower_.endswith("ss")


def _object_head(line: Span, start: int) -> Token:
    """The last word of the noun run that opens at ``start`` (the object's head)."""
    i = start
    while i + 1 < line.end and line.doc[i + 1].tag_ in OBJECT_OPENERS - {"DT", "PRP$"}:
        i += 1
    return line.doc[i]


def _hang_on_verb(line: Span, verb: Token) -> None:
    """Make ``verb`` the root of ``line`` with the words before it as its subject and the
    words after it as its object and complements; each side's own phrases keep their
    inner parse, and a side's loose words hang on that side's last one."""
    verb.tag_ = "VBZ" if verb.tag_ in SINGULAR_VERB_TAGS else "VBP"
    verb.pos_, verb.dep_ = "VERB", "ROOT"
    verb.head = verb
    for side, dep in ((line.doc[line.start : verb.i], "nsubj"),
                      (line.doc[verb.i + 1 : line.end], "dobj")):
        loose = [t for t in side if not side.start <= t.head.i < side.end or t.head == t]
        head = next((t for t in reversed(loose) if t.pos_ in ("NOUN", "PROPN", "ADJ")), None)
        for token in loose:
            if token.tag_ == "IN" and dep == "dobj":
                token.head, token.dep_ = verb, "prep"  # "to five years", "in Nairobi"
            elif head is None or token == head:
                token.head, token.dep_ = verb, dep
            else:
                token.head, token.dep_ = head, "compound"
        if dep == "nsubj" and head is not None:
            _join_listed_subjects(side, verb, head)


def _join_listed_subjects(side: Span, verb: Token, head: Token) -> None:
    """"Sudan and Chad trade blame": the subject's words before an "and" that were hung
    on its last noun as a compound are the first of two subjects, the last noun their
    conjunct (both then act)."""
    conjunction = next((t for t in side if t.lower_ == "and" and t.i < head.i), None)
    if conjunction is None:
        return
    first = next((t for t in side if t.i < conjunction.i and t.head == head
                  and t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")), None)
    if first is None:
        return
    first.head, first.dep_ = verb, "nsubj"
    head.head, head.dep_ = first, "conj"
    conjunction.head, conjunction.dep_ = first, "cc"


# A line this short without a closing stop is a headline or a subhead, whose passives drop
# their auxiliary ("Opposition leader jailed for five years").
MAX_TITLE_LINE_TOKENS = 16
LINE_STOPS = frozenset({".", "!", "?", ";", ",", ":"})
# Verbs that take no object, hence have no passive: "Three soldiers died in ambush",
# "Minister resigned", "Protesters marched on parliament" are active.
NO_PASSIVE_VERBS = frozenset({"die", "resign", "flee", "arrive", "clash", "march", "protest",
                              "rally", "collapse", "erupt", "fall", "escape", "surrender",
                              "return", "rise", "meet", "gather", "quit", "step", "walk", "go",
                              "come", "happen", "occur", "begin", "end", "agree", "riot",
                              "strike", "vote", "sink", "crash", "retreat", "advance", "fight",
                              "talk", "speak", "stand", "remain", "stay", "survive", "rebel",
                              "mutiny", "defect", "emerge", "disappear", "vanish", "drown",
                              "manifest", "demonstrate"})
PASSIVE_BLOCKERS = frozenset({"dobj", "aux", "auxpass", "nsubjpass", "dative", "ccomp",
                              "xcomp", "attr", "acomp", "expl"})


def _read_headline_passives(doc: Doc, words: TokenTable) -> bool:
    """Repair: a headline or a subhead drops a passive's auxiliary ("Opposition leader jailed
    for five years", "Journalist detained at airport"), and the model reads the participle
    as a past tense with the victim as its subject: the victim then acts. A short line
    without a closing stop or an opening article, with more text after it, whose root is a
    past form of a verb that takes an object, with a subject and no object or auxiliary, is
    a passive: its subject is nsubjpass."""
    repaired = False
    for line in _short_lines(doc, words):
        # (headlines drop their articles: "The government refused" is a sentence, and a
        # last line without its stop is a text cut short, not a title)
        if len(line) > MAX_TITLE_LINE_TOKENS or line[-1].text in LINE_STOPS \
                or line[-1].text in ('"', "'", ")", "”", "’") or line[0].tag_ == "DT" \
                or line.end >= len(doc) or doc[line.end:].text.strip() == "" \
                or any(not line.start <= t.head.i < line.end for t in line):
            continue
        root = _first_clause_as_root(next(t for t in line if t.head == t))
        for verb in [root, *_headline_clauses(line, root)]:
            repaired = _read_as_passive(verb) or repaired
    return repaired


# Prepositions between an attack noun and what it struck ("the bombing of a school", "the
# attack on a convoy")
TARGET_PREPS = frozenset({"of", "on"})


def _reattach_tolls_of_attacks(doc: Doc, words: TokenTable) -> bool:
    """Repair: "The bombing of a school that killed 20 people drew condemnation." The model
    hangs the relative clause on the nearest noun, the target, which then kills. A relative
    clause whose subject is "that" or "which" and whose object is people ("killed 20
    people", "wounded three guards"), on the object of "of" or "on" after an attack noun
    (:func:`attack_nouns`), tells of the attack: it hangs on the attack noun."""
    repaired = False
    dep, head, lower, kids = words.dep, words.head, words.lower, words.children
    for i in range(len(dep)):
        if dep[i] != "relcl":
            continue
        target = head[i]
        prep = head[target]
        if dep[target] != "pobj" or lower[prep] not in TARGET_PREPS \
                or words.lemma_lower[head[prep]] not in attack_nouns() \
                or not any(dep[k] == "nsubj" and lower[k] in ("that", "which") for k in kids[i]) \
                or not any(dep[k] == "dobj" and words.tag[k] == "NNS" for k in kids[i]):
            continue
        doc[i].head = doc[head[prep]]
        repaired = True
    return repaired


# Tags of a finite verb: a sentence with one has a verb of its own
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _read_verbless_participles(doc: Doc, words: TokenTable) -> bool:
    """Repair: "Thousands of persons manifested on Sunday in Bucharest." The model may read
    the past tense of a verb that has no passive as a participle modifying the noun before
    it, and the sentence then has a noun for its root and tells no act. A participle
    (:data:`NO_PASSIVE_VERBS`) modifying the root noun, or the object of the root's "of",
    in a sentence with no finite verb outside the participle's own phrase, is the sentence's
    verb: the root noun is its subject."""
    repaired = False
    dep, tag, head, lemma = words.dep, words.tag, words.head, words.lemma_lower
    for i in range(len(dep)):
        if dep[i] != "acl" or tag[i] != "VBN" or lemma[i] not in NO_PASSIVE_VERBS:
            continue
        noun = head[i]
        root = noun if dep[noun] == "ROOT" else head[head[noun]]  # ("Thousands of persons")
        if dep[root] != "ROOT" or tag[root] not in ("NNS", "NN", "CD") or (root != noun and (
                dep[noun] != "pobj" or words.lower[head[noun]] != "of")):
            continue
        verb = doc[i]
        sentence = doc[root].sent  # (its own clauses may have verbs: "which the court annulled")
        own = range(verb.left_edge.i, verb.right_edge.i + 1)
        if any(tag[k] in FINITE_VERB_TAGS for k in range(sentence.start, sentence.end)
               if k not in own):
            continue
        for child in [c for c in doc[root].children if c.i > i]:
            child.head = verb  # (the full stop)
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        doc[root].head, doc[root].dep_ = verb, "nsubj"
        repaired = True
    return repaired


# Verbs whose intransitive use has the same subject as their passive ("the crowd dispersed",
# "the talks broke down"): after a passive, "and the crowd dispersed" may be either.
ERGATIVE_VERBS = frozenset({"disperse", "break", "burn", "explode", "spread", "grow", "open",
                            "close", "shut", "stop", "continue", "start", "change", "move",
                            "turn", "increase", "drop", "split", "collapse", "sink", "stall"})


def _read_gapped_passives(doc: Doc, words: TokenTable) -> bool:
    """Repair: a report of casualties shares one passive auxiliary between two clauses
    ("40 people were detained and 12 police officers injured"), and the model reads the
    second participle as a past tense with the victims as its subject: they then act. A
    past form conjoined to a passive participle, with a subject before it and no object or
    auxiliary of its own, is a passive too: its subject is nsubjpass."""
    dep, tag, head, kids = words.dep, words.tag, words.head, words.children
    repaired = False
    for i in range(len(dep)):
        # (or an adverbial clause after "and", which the model may hang on the phrase before:
        # "had been detained since Thursday and 113 officers injured")
        if dep[i] not in ("conj", "advcl") or tag[i] not in ("VBD", "VBN") \
                or "auxpass" not in {dep[k] for k in kids[head[i]]} \
                or any(dep[k] in PASSIVE_BLOCKERS for k in kids[i]):
            continue
        subjects = [k for k in kids[i] if dep[k] == "nsubj" and head[i] < k < i]
        verb = doc[i]
        if len(subjects) != 1 or verb.lemma_.lower() in NO_PASSIVE_VERBS | ERGATIVE_VERBS \
                or words.lower[subjects[0]] in ("who", "that", "which"):
            continue
        first = doc[subjects[0]].left_edge.i
        if dep[i] == "advcl" and (first == 0 or words.lower[first - 1] != "and"):
            continue
        doc[subjects[0]].dep_, verb.tag_ = "nsubjpass", "VBN"
        repaired = True
    return repaired


# Endings of a word that may be a past participle ("killed", "taken", "shown", not
# "withdrew"), and the participles of the verbs of violence that have none ("shot")
PARTICIPLE_ENDINGS = ("ed", "en", "wn")
IRREGULAR_PARTICIPLES = frozenset({"shot", "hit", "held", "struck", "caught", "hurt", "cut",
                                   "sought", "fought", "bought", "sold", "sent", "kept"})


def _first_clause_as_root(root: Token) -> Token:
    """"Police clash with miners in Potosi, three protesters killed": the model reads the
    headline's first clause as what the second reports ("..., three protesters said"). A
    clause before the root and a comma, the root no verb of saying, is the headline's main
    clause, the root joined to it: return the new root."""
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    if clause is None or root.lemma_.lower() in STATEMENT_VERBS \
            or not any(c.text == "," and clause.i < c.i < root.i for c in root.children):
        return root
    clause.head, clause.dep_ = clause, "ROOT"
    root.head, root.dep_ = clause, "conj"
    return clause


def _headline_clauses(line: Span, root: Token) -> list[Token]:
    """The clauses of a headline that drop their auxiliary as its main one does: one after
    "after", "as" or "when" ("Clashes erupt in Tripoli after militia leader killed") and one
    joined to the main one ("Forces clash at border, several killed"; the model hangs it
    on the main verb as a clause without a conjunction too), each in a form that
    may be a participle (not "after the army withdrew")."""
    return [t for t in line if t is not root and t.head.i == root.i
            and (t.lower_.endswith(PARTICIPLE_ENDINGS) or t.lower_ in IRREGULAR_PARTICIPLES)
            and (t.dep_ == "conj" or (t.dep_ == "advcl" and all(
                c.lower_ in ("after", "as", "when") for c in t.children if c.dep_ == "mark")))]


def _read_as_passive(verb: Token) -> bool:
    """Read ``verb``, a headline's past form of a verb that takes an object, with a subject
    before it and no object or auxiliary, as a passive: its subject is nsubjpass. True when
    it was read so."""
    if verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() in NO_PASSIVE_VERBS:
        return False
    # (a second object does not block it when a "by" phrase names the doer: "Apple fined
    # 1.8 billion euros by EU", "Activist handed ten-year term by court")
    blockers = PASSIVE_BLOCKERS - {"dobj"} if _by_a_doer(verb) else PASSIVE_BLOCKERS
    spans = [c for c in verb.children if _a_span_of_time(c)]
    if any(c.dep_ in blockers for c in verb.children if c not in spans):
        return False
    for span in spans:  # "Mayor killed days after taking office": when, no object
        span.dep_ = "npadvmod"
    # (all of them: the model may split one subject in two, "Ex-president Yoon arrested"
    # with "Ex" and "Yoon" both subjects, and the one left would act)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or subjects[0].lower_ in ("who", "that", "which"):
        return False
    for subject in subjects:
        subject.dep_ = "nsubjpass"
    verb.tag_ = "VBN"
    for by in _doers_by(verb):
        by.head, by.dep_ = verb, "agent"  # "fined ... by EU": the EU fines
    return True


# Units of time a headline counts before "after" or "before": "days after taking office"
# (the units the time stage reads).
TIME_SPAN_NOUNS = frozenset(UNITS)


def _a_span_of_time(child: Token) -> bool:
    """An object the model found in a span of time before "after", "before" or "ago" ("killed
    days after taking office", "freed two weeks before the vote")."""
    if child.dep_ != "dobj" or child.lemma_.lower() not in TIME_SPAN_NOUNS:
        return False
    following = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
    return following is not None and following.lower_ in ("after", "before", "ago", "later")


# Nouns of those who pass sentences and fines, doers after "by" that no entity label marks.
DOER_NOUNS = frozenset({"court", "judge", "tribunal", "regulator", "watchdog", "police",
                        "authorities", "government", "jury", "panel", "commission"})


def _doers_by(verb: Token) -> list[Token]:
    """The verb's "by" phrases after it that name an organisation, a state, a person or a
    body that passes sentences ("by EU", "by a Paris court"), not a means ("by force")."""
    # (on the verb, or on the second object the model hangs it from: "fined 300 million
    # euros by EU")
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "by"
            and c.i > verb.i and any(g.dep_ == "pobj" and (
                g.ent_type_ in ("ORG", "GPE", "PERSON", "NORP")
                or g.lemma_.lower() in DOER_NOUNS) for g in c.children)]


def _by_a_doer(verb: Token) -> bool:
    """Whether :func:`_doers_by` finds a "by" phrase naming a doer."""
    return bool(_doers_by(verb))


def _short_lines(doc: Doc, words: TokenTable) -> list[Span]:
    """The lines of ``doc`` (the spans between line breaks, without their spaces) of at
    most ``MAX_TITLE_LINE_TOKENS`` tokens (read from the token table: no Token per word)."""
    breaks = [i for i, (space, text) in enumerate(zip(words.is_space, words.text, strict=True))
              if space and "\n" in text]
    bounds = zip([-1, *breaks], [*breaks, len(doc)], strict=True)
    lines = [_stripped(doc[a + 1 : b]) for a, b in bounds
             if 0 < b - a - 1 <= MAX_TITLE_LINE_TOKENS + 2]
    return [line for line in lines if len(line)]


def _stripped(line: Span) -> Span:
    """``line`` without the spaces at either end."""
    start, end = line.start, line.end
    while start < end and line.doc[start].is_space:
        start += 1
    while end > start and line.doc[end - 1].is_space:
        end -= 1
    return line.doc[start:end]
