"""Grammar rules of the ``events``, ``modality`` and ``quotes`` stages on parses written by
hand, as spaCy's own pipeline tests do: each rule is tested on the tree it is written for,
whatever the statistical model makes of the sentence. No model is loaded.

Every sentence here is our own. A parse is written one token a line:
``WORD LEMMA POS TAG DEP HEAD`` (HEAD the index of the head token; the root is its own head).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

import newsevents.extensions  # noqa: F401  (registers doc._.actors and the others)
from newsevents.actor_types import ActorInfo, ActorMention, mention_of
from newsevents.events import EventFinder
from newsevents.lexicon import load_lexicon
from newsevents.modality import commitment_verb, modality_of
from newsevents.parse_repairs import repair
from newsevents.quotes import find_quotes

VOCAB = spacy.blank("en").vocab
NO_SPACE_BEFORE = {",", ".", "?", "!", ":", "”"}


def parse(table: str, actors: dict[int, tuple[int, str, str]] | None = None) -> Doc:
    """A Doc from a hand-written parse; ``actors`` maps a mention's first token to its end
    and (kind, country), and becomes ``doc._.actors``/``doc._.actor_at`` as the actors stage
    would write them."""
    rows = [line.split() for line in table.strip().splitlines()]
    words = [r[0].replace("\\n", "\n") for r in rows]  # a line break is written \n
    spaces = [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE | {"\n"}
              and w not in ("“", "\n") for i, w in enumerate(words)]
    doc = Doc(VOCAB, words=words, spaces=spaces,
              lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], tags=[r[3] for r in rows],
              deps=[r[4] for r in rows], heads=[int(r[5]) for r in rows])
    mentions: list[ActorMention] = []
    for start, (end, kind, country) in sorted((actors or {}).items()):
        span = doc[start:end]
        mentions.append(mention_of(span, ActorInfo(key=f"{kind}:{span.text}", name=span.text,
                                                   kind=kind, country=country)))
    doc._.actors = mentions
    doc._.actor_at = {i: n for n, m in enumerate(mentions) for i in range(m.start, m.end)}
    return doc


@pytest.fixture(scope="module")
def finder() -> EventFinder:
    return EventFinder(load_lexicon())


# ---------------------------------------------------------------------------------- modality

NOT_SHELLED = """
The     the     DET   DT   det    1
army    army    NOUN  NN   nsubj  4
did     do      AUX   VBD  aux    4
not     not     PART  RB   neg    4
shell   shell   VERB  VB   ROOT   4
the     the     DET   DT   det    6
village village NOUN  NN   dobj   4
.       .       PUNCT .    punct  4
"""

VOWED = """
Tehran  Tehran    PROPN NNP nsubj  1
vowed   vow       VERB  VBD ROOT   1
to      to        PART  TO  aux    3
retaliate retaliate VERB VB xcomp  1
.       .         PUNCT .   punct  1
"""

SAID_WOULD = """
Lima    Lima      PROPN NNP nsubj  1
said    say       VERB  VBD ROOT   1
it      it        PRON  PRP nsubj  4
would   would     AUX   MD  aux    4
retaliate retaliate VERB VB ccomp  1
.       .         PUNCT .   punct  1
"""

IF_ATTACK = """
If      if      SCONJ IN   mark   2
rebels  rebel   NOUN  NNS  nsubj  2
attack  attack  VERB  VBP  advcl  9
the     the     DET   DT   det    4
port    port    NOUN  NN   dobj   2
,       ,       PUNCT ,    punct  9
the     the     DET   DT   det    7
navy    navy    NOUN  NN   nsubj  9
will    will    AUX   MD   aux    9
respond respond VERB  VB   ROOT   9
.       .       PUNCT .    punct  9
"""

URGED_TO_WITHDRAW = """
Chile    Chile    PROPN NNP  nsubj  1
urged    urge     VERB  VBD  ROOT   1
Peru     Peru     PROPN NNP  dobj   1
to       to       PART  TO   aux    4
withdraw withdraw VERB  VB   xcomp  1
its      its      PRON  PRP$ poss   6
troops   troop    NOUN  NNS  dobj   4
.        .        PUNCT .    punct  1
"""

SAID_ARRESTED = """
Officials official NOUN NNS  nsubj  1
said      say      VERB VBD  ROOT   1
police    police   NOUN NNS  nsubj  3
arrested  arrest   VERB VBD  ccomp  1
ten       ten      NUM  CD   nummod 5
people    people   NOUN NNS  dobj   3
.         .        PUNCT .   punct  1
"""

NO_TALKS = """
No      no      DET   DT   det       1
talks   talk    NOUN  NNS  nsubjpass 3
were    be      AUX   VBD  auxpass   3
held    hold    VERB  VBN  ROOT      3
.       .       PUNCT .    punct     3
"""


@pytest.mark.parametrize("table, trigger, expected", [
    (NOT_SHELLED, 4, "negated"),  # a negation on the trigger's own clause
    (VOWED, 3, "future"),  # a verb of commitment governs it
    (SAID_WOULD, 4, "future"),  # "would" in reported speech: the future of the past
    (IF_ATTACK, 2, "hypothetical"),  # a condition
    (URGED_TO_WITHDRAW, 4, "hypothetical"),  # demanded by someone else
    (SAID_ARRESTED, 3, "asserted"),  # a verb of saying is transparent
    (NO_TALKS, 1, "negated"),  # "no" before an event noun
])
def test_modality_of_a_trigger_follows_its_clause_and_governors(table, trigger, expected):
    doc = parse(table)
    assert modality_of(doc[trigger], set()) == expected


# "a charge Quito denies", the allegation noun parsed as a compound on the denier's name
CHARGE_DENIED = """
Lima      Lima      PROPN NNP  nsubj    1
accused   accuse    VERB  VBD  ccomp    10
Quito     Quito     PROPN NNP  dobj     1
of        of        ADP   IN   prep     1
arming    arm       VERB  VBG  pcomp    3
smugglers smuggler  NOUN  NNS  dobj     4
,         ,         PUNCT ,    punct    10
a         a         DET   DT   det      9
charge    charge    NOUN  NN   compound 9
Quito     Quito     PROPN NNP  nsubj    10
denies    deny      VERB  VBZ  ROOT     10
.         .         PUNCT .    punct    10
"""


def test_an_accusation_a_charge_denies_after_a_comma_was_made():
    assert modality_of(parse(CHARGE_DENIED)[1], set()) == "asserted"


def test_the_verb_of_commitment_is_found_through_infinitive_and_reported_future():
    assert commitment_verb(parse(VOWED)[3]).text == "vowed"
    assert commitment_verb(parse(SAID_WOULD)[4]).text == "said"
    assert commitment_verb(parse(SAID_ARRESTED)[3]) is None  # a report, not a commitment


# ------------------------------------------------------------------------------------ events

SANCTIONED = """
Chile      Chile    PROPN NNP nsubj 1
sanctioned sanction VERB  VBD ROOT  1
Peru       Peru     PROPN NNP dobj  1
.          .        PUNCT .   punct 1
"""

SANCTIONED_BY = """
Peru       Peru     PROPN NNP nsubjpass 2
was        be       AUX   VBD auxpass   2
sanctioned sanction VERB  VBN ROOT      2
by         by       ADP   IN  agent     2
Chile      Chile    PROPN NNP pobj      3
.          .        PUNCT .   punct     2
"""

SHELLED = """
Troops   troop   NOUN  NNS nsubj 1
shelled  shell   VERB  VBD ROOT  1
Kharkiv  Kharkiv PROPN NNP dobj  1
.        .       PUNCT .   punct 1
"""

ARREST_OF = """
The      the      DET   DT  det   1
arrest   arrest   NOUN  NN  nsubj 5
of       of       ADP   IN  prep  1
the      the      DET   DT  det   4
students student  NOUN  NNS pobj  2
angered  anger    VERB  VBD ROOT  5
Lima     Lima     PROPN NNP dobj  5
.        .        PUNCT .   punct 5
"""

VISIT_OF = """
The       the       DET   DT  det   1
visit     visit     NOUN  NN  nsubj 5
of        of        ADP   IN  prep  1
the       the       DET   DT  det   4
president president NOUN  NN  pobj  2
ended     end       VERB  VBD ROOT  5
.         .         PUNCT .   punct 5
"""


# "Syria's interim President Ahmed al-Sharaa": the title, with words before it, is the
# object; the name its appositive
RECEIVED_TITLED = """
Rell      Rell      PROPN NNP  nsubj    1
received  receive   VERB  VBD  ROOT     1
Moldova   Moldova   PROPN NNP  poss     5
's        's        PART  POS  case     2
acting    act       ADJ   JJ   amod     5
President President PROPN NNP  dobj     1
Ion       Ion       PROPN NNP  compound 7
Vasilescu Vasilescu PROPN NNP  appos    5
.         .         PUNCT .    punct    1
"""


def _only(events, kind):
    found = [e for e in events if e.trigger.event == kind]
    assert len(found) == 1, [(e.trigger.event, e.token.text) for e in events]
    return found[0]


def test_the_subject_does_it_to_the_object(finder):
    doc = parse(SANCTIONED, {0: (1, "state", "CHL"), 2: (3, "state", "PER")})
    event = _only(finder(doc), "SANCTION")
    assert (event.actors, event.recipients, event.modality) == ([0], [1], "asserted")


def test_the_by_phrase_of_a_passive_is_the_doer(finder):
    doc = parse(SANCTIONED_BY, {0: (1, "state", "PER"), 4: (5, "state", "CHL")})
    event = _only(finder(doc), "SANCTION")
    assert (event.actors, event.recipients) == ([1], [0])


def test_the_object_of_urge_does_what_it_is_urged_to_and_its_troops_are_its_means(finder):
    doc = parse(URGED_TO_WITHDRAW, {0: (1, "state", "CHL"), 2: (3, "state", "PER"),
                                    6: (7, "agent", "PER")})
    events = finder(doc)
    request = _only(events, "REQUEST")
    assert (request.actors, request.recipients) == ([0], [1])
    retreat = _only(events, "RETREAT")  # RETREAT withdraw: its own_object mode (lexicon)
    assert retreat.trigger.mode == "withdraw" and retreat.actors == [1]
    assert retreat.recipients == [] and retreat.modality == "hypothetical"


def test_a_physical_event_happens_where_its_object_is_a_sanction_does_not(finder):
    shelled = parse(SHELLED, {0: (1, "agent", None)})
    shelled._.place_at = {2: 0}
    assert _only(finder(shelled), "ASSAULT").place == 0
    sanctioned = parse(SANCTIONED, {0: (1, "state", "CHL"), 2: (3, "state", "PER")})
    sanctioned._.place_at = {2: 0}  # "Peru" named as a government, not as a place
    assert _only(finder(sanctioned), "SANCTION").place is None


def test_an_of_phrase_is_the_one_arrested_but_the_one_visiting(finder):
    arrest = _only(finder(parse(ARREST_OF, {4: (5, "agent", None)})), "COERCE")
    assert (arrest.actors, arrest.recipients) == ([], [0])
    visit = _only(finder(parse(VISIT_OF, {4: (5, "agent", None)})), "CONSULT")
    assert (visit.actors, visit.recipients) == ([0], [])


def test_confidence_weighs_the_trigger_by_the_arguments_found(finder):
    doc = parse(SANCTIONED, {0: (1, "state", "CHL"), 2: (3, "state", "PER")})
    both = _only(finder(doc), "SANCTION")
    assert both.confidence == pytest.approx(both.trigger.weight)  # 0.55 + 0.3 + 0.15
    alone = _only(finder(parse(SANCTIONED)), "SANCTION")
    assert alone.confidence == pytest.approx(alone.trigger.weight * 0.55)


# ------------------------------------------------------------------------------------ quotes

DIRECT = """
“        “        PUNCT ``  punct  8
We       we       PRON  PRP nsubj  3
will     will     AUX   MD  aux    3
stay     stay     VERB  VB  ccomp  8
,        ,        PUNCT ,   punct  3
”        ”        PUNCT ''  punct  8
the      the      DET   DT  det    7
minister minister NOUN  NN  nsubj  8
said     say      VERB  VBD ROOT   8
.        .        PUNCT .   punct  8
"""

INDIRECT = """
The      the      DET   DT  det    1
minister minister NOUN  NN  nsubj  2
said     say      VERB  VBD ROOT   2
talks    talk     NOUN  NNS nsubj  5
would    would    AUX   MD  aux    5
resume   resume   VERB  VB  ccomp  2
.        .        PUNCT .   punct  2
"""

TRANSCRIPT = """
HOST     host     NOUN  NN  ROOT   0
:        :        PUNCT :   punct  0
Will     will     AUX   MD  aux    4
you      you      PRON  PRP nsubj  4
run      run      VERB  VB  ROOT   4
?        ?        PUNCT .   punct  4
\\n      \\n      SPACE _SP dep    4
LEE      Lee      PROPN NNP ROOT   7
:        :        PUNCT :   punct  7
I        I        PRON  PRP nsubj  10
will     will     AUX   MD  ROOT   10
not      not      PART  RB  neg    10
.        .        PUNCT .   punct  10
"""


def test_a_whole_quotation_takes_the_attribution_after_it():
    doc = parse(DIRECT, {6: (8, "agent", None)})
    (quote,), cues = find_quotes(doc)
    assert (quote.text, quote.direct, quote.cue.text, quote.speaker) == (
        "We will stay,", True, "said", 0)
    assert cues == {8}  # "said" reports: an event in its complement is reported speech


def test_a_verb_of_saying_reports_its_clause_as_indirect_speech():
    doc = parse(INDIRECT, {0: (2, "agent", None)})
    (quote,), cues = find_quotes(doc)
    assert (quote.text, quote.direct, quote.cue.text, quote.speaker) == (
        "talks would resume", False, "said", 0)
    assert cues == {2}


def test_interview_turns_are_quotes_of_the_names_before_the_colons():
    doc = parse(TRANSCRIPT)
    quotes, _ = find_quotes(doc)
    assert [(q.speaker_text, q.text, q.cue.text) for q in quotes] == [
        ("HOST", "Will you run?", ":"), ("LEE", "I will not.", ":")]


# "Monitors in the zone called on both armies to withdraw." as the small model parses it:
# the noun heads the sentence and "called" describes the zone ("a zone called ...")
CALLED_ON_AS_A_NAME = """
Monitors  monitor   NOUN  NNS  ROOT   0
in        in        ADP   IN   prep   0
the       the       DET   DT   det    3
zone      zone      NOUN  NN   pobj   1
called    call      VERB  VBN  acl    3
on        on        ADP   IN   prep   4
both      both      DET   DT   det    7
armies    army      NOUN  NNS  pobj   5
to        to        PART  TO   aux    9
withdraw  withdraw  VERB  VB   xcomp  4
.         .         PUNCT .    punct  0
"""


def test_a_main_verb_parsed_as_a_participle_on_the_subjects_place_keeps_its_subject(finder):
    doc = parse(CALLED_ON_AS_A_NAME, {0: (1, "agent", None), 7: (8, "agent", None)})
    request = _only(finder(doc), "REQUEST")
    assert (request.actors, request.recipients) == ([0], [1])


# "The minister said Kenya did not want to be drawn into the war and urged the council to
# act.", with "urged" hung on the passive infinitive, as the small model often hangs it
URGED_AFTER_A_REPORTED_REFUSAL = """
The       the       DET   DT   det     1
minister  minister  NOUN  NN   nsubj   2
said      say       VERB  VBD  ROOT    2
Kenya     Kenya     PROPN NNP  nsubj   6
did       do        AUX   VBD  aux     6
not       not       PART  RB   neg     6
want      want      VERB  VB   ccomp   2
to        to        PART  TO   aux     9
be        be        AUX   VB   auxpass 9
drawn     draw      VERB  VBN  xcomp   6
into      into      ADP   IN   prep    9
the       the       DET   DT   det     12
war       war       NOUN  NN   pobj    10
and       and       CCONJ CC   cc      9
urged     urge      VERB  VBD  conj    9
the       the       DET   DT   det     16
council   council   NOUN  NN   dobj    14
to        to        PART  TO   aux     18
act       act       VERB  VB   xcomp   14
.         .         PUNCT .    punct   2
"""


def test_a_verb_of_asking_after_a_reported_refusal_is_the_speakers_own_act(finder):
    doc = parse(URGED_AFTER_A_REPORTED_REFUSAL,
                {1: (2, "agent", "KEN"), 3: (4, "state", "KEN"), 16: (17, "agent", None)})
    repair(doc)  # (the actors stage repairs the parse for every later stage)
    request = _only(finder(doc), "REQUEST")
    assert (request.actors, request.modality) == ([0], "asserted")


# "Minister Ana Roe and Minister Li Wen signed the accord." with both names hung on the verb
# as subjects side by side, as the small model does after a title
TWO_SUBJECTS_SIDE_BY_SIDE = """
Minister  minister  PROPN NNP  compound 2
Ana       Ana       PROPN NNP  compound 2
Roe       Roe       PROPN NNP  nsubj    8
and       and       CCONJ CC   cc       2
Minister  minister  PROPN NNP  compound 7
Li        Li        PROPN NNP  compound 7
Wen       Wen       PROPN NNP  compound 7
Kim       Kim       PROPN NNP  nsubj    8
signed    sign      VERB  VBD  ROOT     8
the       the       DET   DT   det      10
accord    accord    NOUN  NN   dobj     8
.         .         PUNCT .    punct    8
"""


def test_two_subjects_joined_by_and_side_by_side_both_act(finder):
    doc = parse(TWO_SUBJECTS_SIDE_BY_SIDE, {1: (3, "person", "KEN"), 5: (8, "person", "CHN")})
    signed = [e for e in finder(doc) if e.token.text == "signed"]
    assert signed and signed[0].actors == [0, 1]


# "Kenya's armed Border Guard Units attacked the camp.": the model splits the subject in two
SPLIT_SUBJECT = """
Kenya     Kenya     PROPN NNP  poss     2
's        's        PART  POS  case     0
armed     armed     ADJ   JJ   nsubj    6
Border    Border    PROPN NNP  compound 5
Guard     Guard     PROPN NNP  compound 5
Units     Units     PROPN NNPS nsubj    6
attacked  attack    VERB  VBD  ROOT     6
the       the       DET   DT   det      8
camp      camp      NOUN  NN   dobj     6
.         .         PUNCT .    punct    6
"""


def test_a_subject_split_in_two_acts_by_its_head(finder):
    doc = parse(SPLIT_SUBJECT, {0: (1, "state", "KEN"), 3: (6, "organization", "KEN")})
    attack = _only(finder(doc), "ASSAULT")
    assert attack.actors == [1]


# "Ruto said on Monday he would visit Kampala.", the time hung on the reported verb
SAID_ON_MONDAY = """
Ruto     Ruto     PROPN NNP  nsubj  1
said     say      VERB  VBD  ROOT   1
on       on       ADP   IN   prep   6
Monday   Monday   PROPN NNP  pobj   2
he       he       PRON  PRP  nsubj  6
would    would    AUX   MD   aux    6
visit    visit    VERB  VB   ccomp  1
Kampala  Kampala  PROPN NNP  dobj   6
.        .        PUNCT .    punct  1
"""


def test_a_time_before_the_reported_subject_dates_the_saying():
    doc = parse(SAID_ON_MONDAY)
    doc.ents = [Span(doc, 3, 4, label="DATE")]
    repair(doc)
    assert doc[2].head.i == 1  # "on Monday" dates "said", not "visit"



# "The blast, which rangers blamed on poachers, wounded two guards." as the small model may
# parse it: "which rangers ... wounded" the relative clause, with two subjects, and "blamed"
# a participle on "rangers"
OBJECT_RELATIVE_MISREAD = """
The        the       DET   DT   det     1
blast      blast     NOUN  NN   ROOT    1
,          ,         PUNCT ,    punct   1
which      which     DET   WDT  nsubj   9
rangers    ranger    NOUN  NNS  nsubj   9
blamed     blame     VERB  VBD  acl     4
on         on        ADP   IN   prep    5
poachers   poacher   NOUN  NNS  pobj    6
,          ,         PUNCT ,    punct   9
wounded    wound     VERB  VBD  relcl   1
two        two       NUM   CD   nummod  11
guards     guard     NOUN  NNS  dobj    9
.          .         PUNCT .    punct   1
"""


def test_an_object_relative_clause_is_read_whole_and_the_verb_after_it_is_the_nouns():
    doc = parse(OBJECT_RELATIVE_MISREAD, {4: (5, "agent", None), 7: (8, "agent", None)})
    repair(doc)
    assert (doc[9].dep_, doc[1].head.i, doc[1].dep_) == ("ROOT", 9, "nsubj")
    assert (doc[5].head.i, doc[5].dep_, doc[4].head.i, doc[3].head.i) == (1, "relcl", 5, 5)
    assert doc[12].head.i == 9  # the full stop goes with the sentence's verb


# "A court sentenced the mayor in absentia on Monday over a crackdown on protests last year."
# as the small model parses it: "last year" hung on the verb, "on Monday" on "absentia"
TIME_OF_THE_LAST_NOUN_ON_THE_VERB = """
A          a          DET   DT   det       1
court      court      NOUN  NN   nsubj     2
sentenced  sentence   VERB  VBD  ROOT      2
the        the        DET   DT   det       4
mayor      mayor      NOUN  NN   dobj      2
in         in         ADP   IN   prep      2
absentia   absentia   NOUN  NN   pobj      5
on         on         ADP   IN   prep      6
Monday     Monday     PROPN NNP  pobj      7
over       over       ADP   IN   prep      2
a          a          DET   DT   det       11
crackdown  crackdown  NOUN  NN   pobj      9
on         on         ADP   IN   prep      11
protests   protest    NOUN  NNS  pobj      12
last       last       ADJ   JJ   amod      15
year       year       NOUN  NN   npadvmod  2
.          .          PUNCT .    punct     2
"""


def test_a_years_time_after_the_last_noun_dates_that_noun_when_a_day_dates_the_verb():
    doc = parse(TIME_OF_THE_LAST_NOUN_ON_THE_VERB)
    doc.ents = [Span(doc, 8, 9, "DATE"), Span(doc, 14, 16, "DATE")]
    repair(doc)
    assert doc[15].head.i == 13  # last year: the protests'
    alone = parse(TIME_OF_THE_LAST_NOUN_ON_THE_VERB)
    alone.ents = [Span(alone, 14, 16, "DATE")]  # no day: the verb's own time stays
    repair(alone)
    assert alone[15].head.i == 2


# "Two guards were shot and a driver injured." as the small model parses it: the second
# clause's participle a past tense with the victim its subject
GAPPED_PASSIVE = """
Two      two      NUM   CD   nummod    1
guards   guard    NOUN  NNS  nsubjpass 3
were     be       AUX   VBD  auxpass   3
shot     shoot    VERB  VBN  ROOT      3
and      and      CCONJ CC   cc        3
a        a        DET   DT   det       6
driver   driver   NOUN  NN   nsubj     7
injured  injure   VERB  VBD  conj      3
.        .        PUNCT .    punct     3
"""


def test_a_passive_auxiliary_shared_by_two_clauses_makes_the_second_subject_a_victim():
    doc = parse(GAPPED_PASSIVE)
    repair(doc)
    assert (doc[6].dep_, doc[7].tag_) == ("nsubjpass", "VBN")
    # an intransitive reading of the second verb stays active: "and the crowd dispersed"
    ergative = parse(GAPPED_PASSIVE.replace("driver   driver", "crowd    crowd")
                     .replace("injured  injure", "dispersed disperse"))
    repair(ergative)
    assert ergative[6].dep_ == "nsubj"


# "Ex-mayor Dlamini detained at airport" as a headline, as the small model may parse it: the
# one subject split in two ("Ex" and "Dlamini"), both subjects of the participle
SPLIT_SUBJECT_HEADLINE = """
Ex        ex        PROPN NNP  nsubj  4
-         -         NOUN  NN   nsubj  4
mayor     mayor     NOUN  NN   appos  1
Dlamini   Dlamini   PROPN NNP  nsubj  4
detained  detain    VERB  VBD  ROOT   4
at        at        ADP   IN   prep   4
airport   airport   NOUN  NN   pobj   5
\\n        \\n        SPACE _SP  dep    4
Police    police    NOUN  NNS  nsubj  9
confirmed confirm   VERB  VBD  ROOT   9
it        it        PRON  PRP  dobj   9
.         .         PUNCT .    punct  9
"""


def test_every_subject_of_a_headline_passive_is_its_victim():
    doc = parse(SPLIT_SUBJECT_HEADLINE)
    repair(doc)
    assert [doc[i].dep_ for i in (0, 1, 3)] == ["nsubjpass"] * 3
    assert doc[4].tag_ == "VBN"


# "The bishop appealed to relief groups to help." as the small model may parse it: "to relief"
# an infinitive whose object is the groups, and "to help" a relative clause of the groups
HELPERS_READ_AS_AN_OBJECT = """
The      the      DET   DT   det    1
bishop   bishop   NOUN  NN   nsubj  2
appealed appeal   VERB  VBD  ROOT   2
to       to       PART  TO   aux    4
relief   relief   VERB  VB   xcomp  2
groups   group    NOUN  NNS  dobj   4
to       to       PART  TO   aux    7
help     help     VERB  VB   relcl  5
.        .        PUNCT .    punct  2
"""


def test_helpers_after_to_are_the_object_of_to_not_of_a_verb():
    doc = parse(HELPERS_READ_AS_AN_OBJECT)
    repair(doc)
    assert (doc[3].dep_, doc[3].head.i) == ("prep", 2)
    assert (doc[4].dep_, doc[4].head.i, doc[4].pos_) == ("compound", 5, "NOUN")
    assert (doc[5].dep_, doc[5].head.i) == ("pobj", 3)
    assert (doc[7].dep_, doc[7].head.i) == ("xcomp", 2)


# "30 had been held since May and 9 guards hurt." with the second clause an adverbial clause of
# the first, its "and" hung on the date, as the small model may parse it
GAPPED_PASSIVE_AS_ADVCL = """
30       30       NUM   CD   nsubjpass 3
had      have     AUX   VBD  aux       3
been     be       AUX   VBN  auxpass   3
held     hold     VERB  VBN  ROOT      3
since    since    ADP   IN   prep      3
May      May      PROPN NNP  pobj      4
and      and      CCONJ CC   cc        5
9        9        NUM   CD   nummod    8
guards   guard    NOUN  NNS  nsubj     9
hurt     hurt     VERB  VBD  advcl     3
.        .        PUNCT .    punct     3
"""


def test_a_gapped_passive_read_as_an_adverbial_clause_is_a_passive_too():
    doc = parse(GAPPED_PASSIVE_AS_ADVCL)
    repair(doc)
    assert (doc[8].dep_, doc[9].tag_) == ("nsubjpass", "VBN")


# "Yesterday farmers blocked the road." as the small model may parse it: the day a modifier of
# the subject
DAY_AS_A_MODIFIER = """
Yesterday yesterday NOUN  NN   compound 1
farmers   farmer    NOUN  NNS  nsubj    2
blocked   block     VERB  VBD  ROOT     2
the       the       DET   DT   det      4
road      road      NOUN  NN   dobj     2
.         .         PUNCT .    punct    2
"""


def test_a_day_word_before_the_subject_dates_the_verb():
    doc = parse(DAY_AS_A_MODIFIER)
    repair(doc)
    assert (doc[0].dep_, doc[0].head.i) == ("npadvmod", 2)


# "Gunmen armed with rifles killed nine villagers." as the small model may parse it after a
# dateline: "killed" a participle describing the rifles
ARMED_WITH_KILLED = """
Gunmen     gunman     NOUN  NNS  ROOT   0
armed      arm        VERB  VBN  acl    0
with       with       ADP   IN   prep   1
rifles     rifle      NOUN  NNS  pobj   2
killed     kill       VERB  VBD  acl    3
nine       nine       NUM   CD   nummod 6
villagers  villager   NOUN  NNS  dobj   4
.          .          PUNCT .    punct  0
"""


def test_a_verb_read_as_a_participle_of_the_weapons_is_done_by_those_armed(finder):
    doc = parse(ARMED_WITH_KILLED, {0: (1, "agent", None), 6: (7, "agent", None)})
    event = _only(finder(doc), "ASSAULT")
    assert (event.actors, event.recipients) == ([0], [1])


# "Crowds marched, blocking roads and burning tyres." as the small model parses it: the
# second participle a conjunct of the first one's object
PARTICIPLE_ON_AN_OBJECT = """
Crowds    crowd     NOUN  NNS  nsubj  1
marched   march     VERB  VBD  ROOT   1
,         ,         PUNCT ,    punct  1
blocking  block     VERB  VBG  advcl  1
roads     road      NOUN  NNS  dobj   3
and       and       CCONJ CC   cc     4
burning   burn      VERB  VBG  conj   4
tyres     tyre      NOUN  NNS  dobj   6
.         .         PUNCT .    punct  1
"""


def test_a_participle_joined_to_an_object_is_the_first_participles_conjunct():
    doc = parse(PARTICIPLE_ON_AN_OBJECT)
    repair(doc)
    assert (doc[6].head.i, doc[6].dep_) == (3, "conj")
    assert modality_of(doc[6], set()) == "asserted"


def test_a_title_with_words_before_it_names_the_person_after_it(finder):
    doc = parse(RECEIVED_TITLED, {0: (1, "person", "DEU"), 4: (6, "agent", "MDA"),
                                  6: (8, "person", "MDA")})
    event = _only(finder(doc), "CONSULT")
    assert (event.actors, event.recipients) == ([0], [2])


# "Police fired tear gas after protesters threw stones, and arrested 20 people." with
# "arrested" joined to "threw", as the small model joins a verb after ", and"
ARRESTED_AFTER_A_SUBORDINATE_CLAUSE = """
Police     police     NOUN  NNS  nsubj    1
fired      fire       VERB  VBD  ROOT     1
tear       tear       NOUN  NN   compound 3
gas        gas        NOUN  NN   dobj     1
after      after      SCONJ IN   mark     6
protesters protester  NOUN  NNS  nsubj    6
threw      throw      VERB  VBD  advcl    1
stones     stone      NOUN  NNS  dobj     6
,          ,          PUNCT ,    punct    6
and        and        CCONJ CC   cc       6
arrested   arrest     VERB  VBD  conj     6
20         20         NUM   CD   nummod   12
people     people     NOUN  NNS  dobj     10
.          .          PUNCT .    punct    1
"""


def test_a_verb_after_comma_and_is_the_main_clauses_not_the_after_clauses(finder):
    doc = parse(ARRESTED_AFTER_A_SUBORDINATE_CLAUSE,
                {0: (1, "agent", None), 5: (6, "agent", None), 12: (13, "agent", None)})
    repair(doc)
    arrest = _only(finder(doc), "COERCE")
    assert arrest.actors == [0]


# "Hundreds of teachers manifested outside the ministry." as the small model may parse it:
# the past tense a participle on "teachers", the sentence's root the noun "Hundreds"
MANIFESTED_AS_A_PARTICIPLE = """
Hundreds   hundred    NOUN  NNS  ROOT    0
of         of         ADP   IN   prep    0
teachers   teacher    NOUN  NNS  pobj    1
manifested manifest   VERB  VBN  acl     2
outside    outside    ADP   IN   prep    3
the        the        DET   DT   det     6
ministry   ministry   NOUN  NN   pobj    4
.          .          PUNCT .    punct   0
"""


def test_a_verbless_sentences_participle_of_a_verb_without_passive_is_its_verb():
    doc = parse(MANIFESTED_AS_A_PARTICIPLE)
    repair(doc)
    assert (doc[3].dep_, doc[3].tag_, doc[0].head.i, doc[0].dep_) == ("ROOT", "VBD", 3, "nsubj")
    assert doc[7].head.i == 3  # the full stop goes with the sentence's verb


def test_a_verbless_sentences_participle_of_a_transitive_verb_stays_a_participle():
    doc = parse(MANIFESTED_AS_A_PARTICIPLE.replace("manifested manifest", "arrested   arrest"))
    repair(doc)
    assert (doc[3].dep_, doc[0].dep_) == ("acl", "ROOT")


# "The shelling of a market that killed nine people ..." as the small model may parse it:
# the relative clause on "market", the target
TOLL_ON_THE_TARGET = """
The       the       DET   DT   det     1
shelling  shelling  NOUN  NN   nsubj   10
of        of        ADP   IN   prep    1
a         a         DET   DT   det     4
market    market    NOUN  NN   pobj    2
that      that      PRON  WDT  nsubj   6
killed    kill      VERB  VBD  relcl   4
nine      nine      NUM   CD   nummod  8
people    people    NOUN  NNS  dobj    6
was       be        AUX   VBD  auxpass 10
condemned condemn   VERB  VBN  ROOT    10
.         .         PUNCT .    punct   10
"""


def test_a_toll_hung_on_an_attacks_target_is_the_attacks():
    doc = parse(TOLL_ON_THE_TARGET)
    repair(doc)
    assert doc[6].head.i == 1


def test_a_relative_clause_of_the_target_itself_stays_on_it():
    doc = parse(TOLL_ON_THE_TARGET.replace("killed    kill      VERB  VBD  relcl   4\n"
                                           "nine      nine      NUM   CD   nummod  8\n"
                                           "people    people    NOUN  NNS  dobj    6",
                                           "served    serve     VERB  VBD  relcl   4\n"
                                           "nine      nine      NUM   CD   nummod  8\n"
                                           "villages  village   NOUN  NN   dobj    6"))
    repair(doc)
    assert doc[6].head.i == 4


# "Police detained jailed activist Ana Ruiz on Monday.", with "jailed" read as a second verb
# whose object is the activist, as the small model reads a bare participle before a name
DETAINED_JAILED_ACTIVIST = """
Police    police    NOUN  NNS  nsubj   1
detained  detain    VERB  VBD  ROOT    1
jailed    jail      VERB  VBN  advcl   1
activist  activist  NOUN  NN   compound 5
Ana       Ana       PROPN NNP  compound 5
Ruiz      Ruiz      PROPN NNP  dobj    2
on        on        ADP   IN   prep    2
Monday    Monday    PROPN NNP  pobj    6
.         .         PUNCT .    punct   1
"""


def test_a_bare_participle_before_an_object_describes_it(finder):
    doc = parse(DETAINED_JAILED_ACTIVIST, {0: (1, "agent", None), 4: (6, "person", None)})
    repair(doc)
    assert (doc[2].dep_, doc[2].head.i, doc[5].dep_, doc[5].head.i) == ("amod", 5, "dobj", 1)
    assert doc[6].head.i == 1  # "on Monday" dates the detention
    events = finder(doc)
    arrest = _only(events, "COERCE")
    assert (arrest.actors, arrest.recipients) == ([0], [1])
    assert not [e for e in events if e.token.i == 2]  # no jailing reported


# "Ankara will never allow a corridor, after an attack on a plant of Arcon killed five.", with
# "after" a preposition on "killed" (its object the attack) and "Arcon" the subject, as the
# small model reads a long subject after "after"
AFTER_AS_A_PREPOSITION = """
Ankara  Ankara  PROPN NNP  nsubj  3
will    will    AUX   MD   aux    3
never   never   ADV   RB   neg    3
allow   allow   VERB  VB   ROOT   3
a       a       DET   DT   det    5
corridor corridor NOUN NN  dobj   3
,       ,       PUNCT ,    punct  3
after   after   ADP   IN   prep   14
an      an      DET   DT   det    9
attack  attack  NOUN  NN   pobj   7
on      on      ADP   IN   prep   9
a       a       DET   DT   det    12
plant   plant   NOUN  NN   pobj   10
Arcon   Arcon   PROPN NNP  nsubj  14
killed  kill    VERB  VBD  advcl  3
five    five    NUM   CD   dobj   14
.       .       PUNCT .    punct  3
"""


def test_a_past_clause_opened_by_after_read_as_a_preposition_happened():
    doc = parse(AFTER_AS_A_PREPOSITION)
    assert modality_of(doc[14], set()) == "asserted"


# ------------------------------------------------------------------ parse repairs: titles

LONG_TITLE = """
Member    member    PROPN NNP nsubj    11
of        of        ADP   IN  prep     0
the       the       DET   DT  det      3
Politburo politburo PROPN NNP pobj     1
and       and       CCONJ CC  cc       3
Head      head      PROPN NNP conj     3
of        of        ADP   IN  prep     5
the       the       DET   DT  det      8
Office    office    PROPN NNP pobj     6
Zhang     zhang     PROPN NNP compound 10
Wei       wei       PROPN NNP nsubj    11
held      hold      VERB  VBD ROOT     11
talks     talk      NOUN  NNS dobj     11
.         .         PUNCT .   punct    11
"""

TWO_TITLES = """
Crown     crown     PROPN NNP compound 1
Prince    prince    PROPN NNP nsubj    7
and       and       CCONJ CC  cc       1
Prime     prime     PROPN NNP compound 4
Minister  minister  PROPN NNP compound 6
Salim     salim     PROPN NNP compound 6
Haddad    haddad    PROPN NNP conj     1
received  receive   VERB  VBD ROOT     7
a         a         DET   DT  det      9
call      call      NOUN  NN  dobj     7
.         .         PUNCT .   punct    7
"""

TWO_NAMED = """
President president PROPN NNP compound 1
Ruto      ruto      PROPN NNP nsubj    6
and       and       CCONJ CC  cc       1
Prime     prime     PROPN NNP compound 4
Minister  minister  PROPN NNP compound 5
Modi      modi      PROPN NNP conj     1
met       meet      VERB  VBD ROOT     6
.         .         PUNCT .   punct    6
"""


def _with_persons(table: str, persons: list[tuple[int, int]]) -> Doc:
    doc = parse(table)
    doc.ents = [Span(doc, start, end, label="PERSON") for start, end in persons]
    repair(doc)
    return doc


def test_a_name_after_a_long_title_is_no_second_subject():
    doc = _with_persons(LONG_TITLE, [(9, 11)])
    assert (doc[10].dep_, doc[10].head.i) == ("appos", 0)


def test_two_titles_joined_by_and_are_one_persons():
    doc = _with_persons(TWO_TITLES, [(5, 7)])
    assert (doc[6].dep_, doc[6].head.i) == ("nsubj", 7)
    assert (doc[1].dep_, doc[1].head.i) == ("compound", 6)


def test_two_named_people_joined_by_and_stay_two():
    doc = _with_persons(TWO_NAMED, [(1, 2), (5, 6)])
    assert (doc[5].dep_, doc[5].head.i) == ("conj", 1)
