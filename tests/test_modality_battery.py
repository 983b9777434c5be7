"""Issue 10: a behaviour battery (CheckList style) of the modality of a deed in a frame.

Each case crosses one DEED (an act of a given PLOVER type, with its actor and the words of the
act in every form a frame needs) with one FRAME (asserted, negated, planned, possible,
threatened, demanded, denied, alleged, conditional, purposed, doubted, attempted, refused, or
an ongoing event named in a purpose or condition clause). What a case pins is what the record
must say of the deed, read at the deed's own words in the sentence (the events whose trigger
lies in them):

- a frame that reports the deed done (``asserted``): an event of the deed's type, counted
  (modality ``asserted`` or ``historical``);
- any other frame: no event there is counted as a deed, and each event there carries one of
  the frame's modalities (an event the coder leaves out, or folds into the frame's own event,
  as "threatened to strike" is one THREATEN, says nothing false).

Every sentence is written here from templates (none is taken from a gold set). All sentences
are coded once, by one Coder, as one batch. ``python tests/test_modality_battery.py`` prints
the score by frame.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from newsevents.record import Article

COUNTED = {"asserted", "historical"}
# CAMEO roots of statements about an act: appeal (02), intent (03), demand (10), refusal
# (12, "said it would not sign"), threat (13).
STATEMENT_ROOTS = {"02", "03", "10", "12", "13"}


@dataclass(frozen=True)
class Deed:
    """An act and its words. ``a``: its doer (singular, so that "attacks" agrees), ``it`` the
    pronoun of the doer, ``c``: another party (the one who demands, accuses, responds);
    ``base``/``pres``/``past``/``ing``: the verb phrase in each form (``past`` serves as the
    participle too); ``noun``: the act as a noun phrase after "the"; ``passive``: the
    patient and "was"/"were" for the passive; ``types``: the PLOVER types it may be coded as;
    ``conflict``: an act one can be shielded from; ``violent``: an assault, which an attempt
    makes (CAMEO 185: an attempted assassination is coded as the act)."""

    key: str
    a: str
    it: str
    c: str
    base: str
    pres: str
    past: str
    ing: str
    noun: str
    passive: tuple[str, str, str] | None  # (patient, was/were, participle phrase after it)
    types: frozenset[str]
    conflict: bool = False
    violent: bool = False


DEEDS = [
    Deed("attack", "Russia", "it", "Ukraine", "attack Kharkiv", "attacks Kharkiv",
         "attacked Kharkiv", "attacking Kharkiv", "attack on Kharkiv",
         ("Kharkiv", "was", "attacked"), frozenset({"ASSAULT"}), conflict=True,
         violent=True),
    Deed("shell", "Israel", "it", "Egypt", "shell Rafah", "shells Rafah", "shelled Rafah",
         "shelling Rafah", "shelling of Rafah", ("Rafah", "was", "shelled"),
         frozenset({"ASSAULT"}), conflict=True,
         violent=True),
    Deed("bomb", "Saudi Arabia", "it", "the Houthis", "bomb Sanaa airport",
         "bombs Sanaa airport", "bombed Sanaa airport", "bombing Sanaa airport",
         "bombing of Sanaa airport", ("Sanaa airport", "was", "bombed"),
         frozenset({"ASSAULT"}), conflict=True,
         violent=True),
    Deed("arrest", "Turkey", "it", "Amnesty International", "arrest opposition journalists",
         "arrests opposition journalists", "arrested opposition journalists",
         "arresting opposition journalists", "arrest of opposition journalists",
         ("Opposition journalists", "were", "arrested"), frozenset({"COERCE"}),
         conflict=True),
    Deed("talks", "Wang Yi", "he", "the White House", "hold talks with Antony Blinken",
         "holds talks with Antony Blinken", "held talks with Antony Blinken",
         "holding talks with Antony Blinken", "talks with Antony Blinken",
         ("Talks with Antony Blinken", "were", "held"), frozenset({"CONSULT"})),
    Deed("sign", "Egypt", "it", "Ethiopia", "sign a water agreement with Sudan",
         "signs a water agreement with Sudan", "signed a water agreement with Sudan",
         "signing a water agreement with Sudan", "signing of a water agreement with Sudan",
         ("A water agreement with Sudan", "was", "signed"),
         frozenset({"AGREE", "COOPERATE", "SUPPORT"})),
    Deed("sanction", "The European Union", "it", "Minsk", "impose sanctions on Belarus",
         "imposes sanctions on Belarus", "imposed sanctions on Belarus",
         "imposing sanctions on Belarus", "sanctions on Belarus",
         ("Sanctions on Belarus", "were", "imposed"), frozenset({"SANCTION"}), conflict=True),
    Deed("expel", "Poland", "it", "Moscow", "expel three Russian diplomats",
         "expels three Russian diplomats", "expelled three Russian diplomats",
         "expelling three Russian diplomats", "expulsion of three Russian diplomats",
         ("Three Russian diplomats", "were", "expelled"), frozenset({"SANCTION", "COERCE"}),
         conflict=True),
    Deed("deploy", "France", "it", "the junta in Niamey", "deploy troops to Niger",
         "deploys troops to Niger", "deployed troops to Niger", "deploying troops to Niger",
         "deployment of troops to Niger", ("Troops", "were", "deployed to Niger"),
         frozenset({"MOBILIZE"}), conflict=True),
    Deed("protest", "The teachers' union", "it", "the government",
         "protest against the new pension law", "protests against the new pension law",
         "protested against the new pension law", "protesting against the new pension law",
         "protests against the new pension law",
         None, frozenset({"PROTEST"}), conflict=True),
    Deed("release", "Hamas", "it", "Israel", "release twenty hostages",
         "releases twenty hostages", "released twenty hostages", "releasing twenty hostages",
         "release of twenty hostages", ("Twenty hostages", "were", "released"),
         frozenset({"RETREAT", "CONCEDE"})),
    Deed("seize", "The M23 militia", "it", "Kinshasa", "seize the town of Rutshuru",
         "seizes the town of Rutshuru", "seized the town of Rutshuru",
         "seizing the town of Rutshuru", "seizure of the town of Rutshuru",
         ("The town of Rutshuru", "was", "seized"), frozenset({"COERCE", "ASSAULT"}),
         conflict=True,
         violent=True),
    Deed("ceasefire", "Hezbollah", "it", "Israel", "declare a ceasefire",
         "declares a ceasefire", "declared a ceasefire", "declaring a ceasefire",
         "ceasefire", ("A ceasefire", "was", "declared"),
         frozenset({"RETREAT", "AGREE", "CONCEDE"})),
    Deed("aid", "Japan", "it", "the United Nations", "send emergency aid to Myanmar",
         "sends emergency aid to Myanmar", "sent emergency aid to Myanmar",
         "sending emergency aid to Myanmar", "emergency aid to Myanmar",
         ("Emergency aid", "was", "sent to Myanmar"), frozenset({"AID"})),
]


@dataclass(frozen=True)
class Frame:
    """A template with the deed's words in braces ``[...]`` (the span where the deed's
    trigger must be found), and the modalities the deed may carry in it; ``conflict_only``
    for frames that only make sense of an act of conflict; ``statement`` for frames in which
    the doer or someone else states something of the deed (an intent, a threat, a demand),
    which the coder may record, asserted, at the deed's words (CAMEO 03 "expressed intent to
    release", 13 "threatened to attack"): a statement, not the deed; ``attempt`` for frames
    of an attempt made, in which a violent deed is done (asserted)."""

    key: str
    group: str
    template: str
    modalities: frozenset[str]
    conflict_only: bool = False
    statement: bool = False
    attempt: bool = False


ASSERTED = frozenset({"asserted"})
NEGATED = frozenset({"negated"})
FUTURE = frozenset({"future"})
HYPOTHETICAL = frozenset({"hypothetical"})
NOT_DONE = frozenset({"hypothetical", "negated"})
NOT_YET = frozenset({"future", "hypothetical"})

FRAMES = [
    # asserted: past, perfect, progressive, passive, headline, reported
    Frame("past", "asserted", "{A} [{past}] on Tuesday.", ASSERTED),
    Frame("perfect", "asserted", "{A} has [{past}], officials said.", ASSERTED),
    Frame("progressive", "asserted", "{A} is [{ing}], witnesses say.", ASSERTED),
    Frame("passive", "asserted", "{P} {was} [{pp}] by {a} on Monday.", ASSERTED),
    Frame("headline", "asserted", "{A} [{pres}]", ASSERTED),
    Frame("said_that", "asserted", "Officials said on Tuesday that {a} had [{past}].", ASSERTED),
    Frame("reports_that", "asserted", "Local media reported that {a} [{past}] overnight.",
          ASSERTED),
    Frame("saw", "asserted", "Witnesses saw {a} [{base}] on Sunday.", ASSERTED),
    Frame("said_after", "asserted", "{A} [{past}] last week, {c} said on Sunday.", ASSERTED),
    Frame("passive_said", "asserted", "{P} {was} [{pp}] by {a}, the ministry said on Tuesday.",
          ASSERTED),
    # negated
    Frame("did_not", "negated", "{A} did not [{base}] on Tuesday.", NEGATED),
    Frame("never", "negated", "{A} never [{past}], its spokesman said.", NEGATED),
    Frame("failed_to", "negated", "{A} failed to [{base}] last week.", NEGATED),
    Frame("passive_not", "negated", "{P} {was} not [{pp}], the ministry said.", NEGATED),
    Frame("passive_will_not", "negated", "{P} will not be [{pp}], the minister said.",
          NEGATED),
    Frame("said_had_not", "negated", "{C} said on Tuesday that {a} had not [{past}].",
          NEGATED),
    Frame("has_yet_to", "negated", "{A} has yet to [{base}].", NEGATED),
    Frame("stopped_short", "negated", "{A} stopped short of [{ing}].", NEGATED),
    Frame("has_not_yet", "negated", "{A} has not yet [{past}], officials said.", NEGATED),
    Frame("without", "negated", "{A} ended the week without [{ing}].", NEGATED),
    Frame("instead_of", "negated", "{A} chose to wait instead of [{ing}].", NOT_DONE),
    Frame("rather_than", "negated", "{A} opted for talks rather than [{ing}].", NOT_DONE),
    Frame("is_unlikely_to", "modal", "{A} is unlikely to [{base}] this year.", NOT_DONE),
    Frame("said_would_not", "negated", "{A} said {it} would not [{base}].", NEGATED,
          statement=True),
    Frame("no_plans", "negated", "{A} has no plans to [{base}].", NEGATED, statement=True),
    Frame("refusal_noun", "refusal", "The refusal of {a} to [{base}] angered {c}.", NEGATED,
          statement=True),
    Frame("ruled_out", "refusal", "{A} ruled out [{ing}] this year.", NEGATED, statement=True),
    Frame("denied_reports", "denial", "{A} denied reports that {it} had [{past}].", NOT_DONE,
          statement=True),
    Frame("denied_that", "denial", "{C} denied that {a} had [{past}].", NOT_DONE,
          statement=True),
    Frame("refused_to", "refusal", "{A} refused to [{base}].", NEGATED, statement=True),
    Frame("denied", "denial", "{A} denied [{ing}].", NOT_DONE, statement=True),
    # future and plans
    Frame("will", "future", "{A} will [{base}] next week.", FUTURE, statement=True),
    Frame("plans_to", "future", "{A} plans to [{base}] this month.", FUTURE, statement=True),
    Frame("is_set_to", "future", "{A} is set to [{base}] on Friday.", FUTURE),
    Frame("is_expected_to", "future", "{A} is expected to [{base}] soon, analysts say.",
          FUTURE),
    # (an arrangement, as "is set to" is: no one states an intent, so no AGREE or THREATEN)
    Frame("is_to", "future", "{A} is to [{base}] next month, officials said.", FUTURE),
    Frame("plan_noun", "future", "{A} announced a plan to [{base}].", FUTURE, statement=True),
    Frame("is_going_to", "future", "{A} is going to [{base}], the minister said.", FUTURE,
          statement=True),
    Frame("is_preparing_to", "future", "{A} is preparing to [{base}].", FUTURE,
          statement=True),
    Frame("hopes_to", "future", "{A} hopes to [{base}] by the end of the year.", FUTURE,
          statement=True),
    Frame("agreed_to", "future", "{A} agreed on Monday to [{base}].", FUTURE, statement=True),
    Frame("is_ready_to", "future", "{A} is ready to [{base}].", NOT_YET, statement=True),
    Frame("said_would", "future", "{A} said on Tuesday that {it} would [{base}].", FUTURE,
          statement=True),
    Frame("headline_to", "future", "{A} to [{base}]", FUTURE, statement=True),
    Frame("passive_is_to", "future", "{P} {is} to be [{pp}] next month.", FUTURE),
    Frame("passive_will", "future", "{P} will be [{pp}] next month, officials said.", FUTURE),
    # modal
    Frame("may", "modal", "{A} may [{base}] in the coming days.", HYPOTHETICAL),
    Frame("could", "modal", "{A} could [{base}], diplomats fear.", HYPOTHETICAL),
    Frame("might", "modal", "{A} might [{base}] if talks fail.", HYPOTHETICAL),
    Frame("would", "modal", "Diplomats say {a} would [{base}] only as a last resort.",
          NOT_YET),
    Frame("warned_could", "modal", "{C} warned that {a} could [{base}] within days.",
          HYPOTHETICAL, statement=True),
    Frame("considering", "modal", "{A} is considering [{ing}].", HYPOTHETICAL),
    # threats, promises and vows
    Frame("threatened_to", "threat", "{A} threatened to [{base}].", NOT_YET, statement=True),
    Frame("vowed_to", "threat", "{A} vowed on Sunday to [{base}].", NOT_YET, statement=True),
    Frame("pledged_to", "threat", "{A} has pledged to [{base}].", NOT_YET, statement=True),
    Frame("warned_would", "threat", "{A} warned that {it} would [{base}].", NOT_YET,
          statement=True),
    Frame("headline_vows", "threat", "{A} vows to [{base}]", NOT_YET, statement=True),
    Frame("not_hesitate", "threat", "{A} would not hesitate to [{base}], its leader said.",
          NOT_YET, statement=True),
    Frame("threat_noun", "threat", "{C} condemned the threat by {a} to [{base}].", NOT_YET,
          statement=True),
    # demands and appeals
    Frame("called_for", "demand", "{C} called for the [{noun}].", HYPOTHETICAL,
          statement=True),
    Frame("demanded_noun", "demand", "{C} demanded the [{noun}] within a week.", HYPOTHETICAL,
          statement=True),
    Frame("passive_urged", "demand", "{A} has been urged to [{base}].", HYPOTHETICAL,
          statement=True),
    Frame("wants_to", "demand", "{C} wants {a} to [{base}].", HYPOTHETICAL, statement=True),
    Frame("wants_to_see", "demand", "{C} said it wants to see {a} [{base}].", HYPOTHETICAL,
          statement=True),
    Frame("demand_noun_that", "demand", "{C} repeated its demand that {a} [{base}].",
          HYPOTHETICAL, statement=True),
    Frame("urged_to", "demand", "{C} urged {a} to [{base}].", HYPOTHETICAL, statement=True),
    Frame("demanded_that", "demand", "{C} demanded that {a} [{base}].", HYPOTHETICAL,
          statement=True),
    Frame("asked_to", "demand", "{C} asked {a} to [{base}].", HYPOTHETICAL, statement=True),
    Frame("called_on", "demand", "{C} called on {a} to [{base}].", HYPOTHETICAL,
          statement=True),
    Frame("warned_against", "demand", "{C} warned {a} against [{ing}].", HYPOTHETICAL,
          statement=True),
    # accusations and claims: the accusation is asserted, what it alleges is not
    Frame("accused_of", "accusation", "{C} accused {a} of [{ing}].", HYPOTHETICAL,
          statement=True),
    Frame("was_accused_of", "accusation", "{A} was accused of [{ing}].", HYPOTHETICAL,
          statement=True),
    Frame("unconfirmed", "accusation",
          "Reports that {a} had [{past}] could not be independently confirmed.", HYPOTHETICAL),
    Frame("claimed", "accusation", "{C} claimed that {a} had [{past}].", HYPOTHETICAL),
    Frame("allegedly", "accusation", "{A} allegedly [{past}] in March.", HYPOTHETICAL),
    # conditionals
    Frame("if", "condition", "If {a} [{pres}], {c} will respond.", HYPOTHETICAL),
    Frame("unless", "condition", "{C} will not negotiate unless {a} [{pres}].", HYPOTHETICAL),
    Frame("in_case", "condition", "{C} has a plan in case {a} [{pres}].", HYPOTHETICAL),
    Frame("in_the_event", "condition", "{C} will act in the event that {a} [{pres}].",
          HYPOTHETICAL),
    Frame("were_to", "condition", "Were {a} to [{base}], {c} would respond.", HYPOTHETICAL),
    Frame("should", "condition", "Should {a} [{base}], {c} will respond firmly.", HYPOTHETICAL),
    Frame("until", "condition", "{C} will not lift the blockade until {a} [{pres}].", NOT_YET),
    Frame("once", "condition", "{C} will decide on its next steps once {a} [{pres}].",
          NOT_YET),
    Frame("fears_that", "doubt", "{C} fears that {a} will [{base}].", NOT_YET, statement=True),
    # purpose
    Frame("in_order_to", "purpose", "{A} moved closer to the area in order to [{base}].",
          NOT_YET),
    Frame("so_as_to", "purpose", "{A} changed its plans so as to [{base}] sooner.", NOT_YET),
    Frame("to_prevent", "purpose", "{C} acted quickly to prevent the [{noun}].", NOT_DONE),
    # questions and doubt
    Frame("unclear_whether", "doubt", "It is unclear whether {a} will [{base}].",
          HYPOTHETICAL),
    Frame("remains_to_be_seen", "doubt", "It remains to be seen whether {a} will [{base}].",
          HYPOTHETICAL),
    Frame("question", "doubt", "Will {a} [{base}]?", NOT_YET),
    # attempts
    Frame("tried_to", "attempt", "{A} tried to [{base}] but failed.", NOT_DONE, attempt=True),
    Frame("attempted_to", "attempt", "{A} attempted to [{base}] last month.", NOT_DONE,
          attempt=True),
    # frames inside frames, and reports by "according to"
    Frame("according_to", "asserted", "According to {c}, {a} [{past}] on Monday.", ASSERTED),
    Frame("denied_threatening", "nested", "{A} denied threatening to [{base}].", NOT_DONE,
          statement=True),
    Frame("threatened_if", "nested", "{A} threatened to [{base}] if {c} did not back down.",
          NOT_YET, statement=True),
    Frame("accused_planning", "nested", "{C} accused {a} of planning to [{base}].",
          NOT_YET, statement=True),
    Frame("urged_not_to", "nested", "{C} urged {a} not to [{base}].", NOT_DONE,
          statement=True),
    Frame("vowed_never", "nested", "{A} vowed never to [{base}] again.", NOT_DONE | FUTURE,
          statement=True),
    Frame("undecided_whether", "nested", "{A} has not decided whether to [{base}].",
          NOT_DONE, statement=True),
    Frame("failed_attempt", "nested", "{A} made a failed attempt to [{base}] last year.",
          NOT_DONE, attempt=True),
    Frame("after_failing", "nested", "{A} changed course after failing to [{base}] in May.",
          NOT_DONE),
    Frame("not_ruled_out", "nested", "{A} has not ruled out [{ing}].", HYPOTHETICAL,
          statement=True),
    Frame("rejected_calls", "nested", "{A} rejected calls for the [{noun}].", NOT_DONE,
          statement=True),
    Frame("seeking_to", "nested", "{A} is seeking to [{base}].", NOT_YET, statement=True),
    Frame("warned_of", "nested", "{C} warned of an imminent [{noun}] by {a}.", NOT_YET,
          statement=True),
    Frame("no_decision", "doubt", "No decision has been made on whether {a} will [{base}].",
          NOT_DONE),
    # an ongoing event named in a purpose or condition clause keeps its own modality
    Frame("shield_from_ongoing", "ongoing",
          "{C} opened shelters to shield civilians from the continuing [{noun}] by {a}.",
          ASSERTED,
          conflict_only=True),
    Frame("if_ongoing", "ongoing", "If the ongoing [{noun}] by {a} goes on, {c} will act.",
          ASSERTED, conflict_only=True),
]


@dataclass(frozen=True)
class Case:
    frame: Frame
    deed: Deed
    text: str
    span: tuple[int, int]

    @property
    def id(self) -> str:
        return f"{self.frame.key}-{self.deed.key}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower(name: str) -> str:
    """A doer's name inside a sentence: "The European Union" -> "the European Union"."""
    return "the" + name[3:] if name.startswith("The ") else name


def render(frame: Frame, deed: Deed) -> Case:
    """The sentence of ``frame`` on ``deed`` and the character span of the deed's words."""
    patient, was, pp = deed.passive or ("", "", "")
    words = {"A": deed.a, "a": _lower(deed.a), "C": _capital(deed.c), "c": deed.c,
             "it": deed.it, "base": deed.base, "pres": deed.pres, "past": deed.past,
             "ing": deed.ing, "noun": deed.noun, "pp": pp, "P": patient, "was": was,
             "is": {"was": "is", "were": "are"}.get(was, "")}
    before, inside, after = re.split(r"\[|\]", frame.template)
    head = before.format(**words)
    body = inside.format(**words)
    text = head + body + after.format(**words)
    return Case(frame, deed, text, (len(head), len(head) + len(body)))


CASES = [render(f, d) for f in FRAMES for d in DEEDS if (d.conflict or not f.conflict_only)
         and (d.passive is not None or "{P}" not in f.template)]

# Cases the coder still gets wrong, with why (strict: a case that starts to pass must be
# moved out of here).
ONGOING_CUT = ("the modality is right (asserted), but an event named only as a noun with its "
               "doer in a 'by' phrase falls under the confidence cut")
KNOWN_WRONG: dict[str, str] = {
    "so_as_to-protest": "a protest is a purpose voiced by doing it ('marched to protest the "
                        "law'), which the coder also reads into 'so as to protest'",
    "question-protest": "the parser makes 'Will' the root and 'protest' its noun subject",
    "until-protest": "the parser reads 'until the teachers' union protests' as 'until' and a "
                     "noun phrase, the time adjunct an event noun keeps its own modality in",
    "saw-bomb": "the parser takes 'bomb' for a noun in 'Saudi Arabia bomb Sanaa airport': "
                "no event is found",
    "saw-arrest": "no event is found at 'arrest' after 'saw Turkey'",
    "demand_noun_that-protest": "the parser hangs 'that the union protest' on 'repeated', "
                                "not on 'demand', and takes 'protest' for a noun",
    "shield_from_ongoing-deploy": ONGOING_CUT,
    "shield_from_ongoing-protest": ONGOING_CUT,
    "shield_from_ongoing-seize": ONGOING_CUT,
}


def verdict(case: Case, events) -> str | None:
    """None when the record says of the deed what ``case.frame`` pins, else what is wrong."""
    start, end = case.span
    here = [e for e in events if e.trigger[0] < end and e.trigger[1] > start]
    said = ", ".join(f"{e.event}:{e.modality}@{e.event_text}" for e in here) or "nothing"
    if case.frame.statement:
        here = [e for e in here if e.cameo not in STATEMENT_ROOTS]
    if case.frame.modalities == ASSERTED or (case.frame.attempt and case.deed.violent):
        if any(e.modality in COUNTED and e.event in case.deed.types for e in here):
            return None
        return f"no counted {'/'.join(sorted(case.deed.types))}; the record says {said}"
    if any(e.modality in COUNTED for e in here) or any(
            e.modality not in case.frame.modalities for e in here):
        return f"wanted {'/'.join(sorted(case.frame.modalities))}; the record says {said}"
    return None


def code_all(coder) -> dict[str, str | None]:
    """Every case coded once (one batch): case id -> verdict."""
    articles = [Article(id=c.id, text=c.text, published="2026-03-04") for c in CASES]
    records = list(coder.code_many(articles))
    return {case.id: verdict(case, record.events)
            for case, record in zip(CASES, records, strict=True)}


@pytest.fixture(scope="module")
def verdicts(coder) -> dict[str, str | None]:
    return code_all(coder)


def _param(case: Case):
    reason = KNOWN_WRONG.get(case.id)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_the_record_says_what_the_frame_says_of_the_deed(verdicts, case):
    assert verdicts[case.id] is None, f"{case.text!r}: {verdicts[case.id]}"


def test_the_battery_crosses_enough_frames_and_deeds():
    assert len(FRAMES) >= 30 and len(DEEDS) >= 12
    for case in CASES:  # each span holds the deed's words
        assert case.text[case.span[0]:case.span[1]].strip()


def report(verdicts: dict[str, str | None]) -> str:
    """The score by frame, as lines "frame group right/all"."""
    lines = []
    for frame in FRAMES:
        ids = [c.id for c in CASES if c.frame is frame]
        right = sum(verdicts[i] is None for i in ids)
        lines.append(f"{frame.key:22} {frame.group:11} {right:3}/{len(ids)}")
    total = sum(v is None for v in verdicts.values())
    lines.append(f"{'total':34} {total:3}/{len(verdicts)}")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    from newsevents.coder import Coder

    found = code_all(Coder())
    print(report(found))
    if "-v" in sys.argv:
        for case in CASES:
            if found[case.id]:
                print(f"{case.id:32} {case.text!r}: {found[case.id]}")


# Single sentences the templates do not make: the limits of the rules the battery asks for
# (the same words, with the act reported done or planned, each beside the frame it must not
# be taken for), and event nouns in frames of their own.
LIMITS = [
    # an event noun whose clause is "be to": arranged, not done
    ("Peace talks between Kyiv and Moscow are to resume in Istanbul next week.", "talks",
     {"future"}),
    ("New curfew restrictions on public gatherings are to be announced on Friday.",
     "restrictions", {"future"}),
    # a trial is no attempt: what hangs on "tried" in court is done
    ("The officers who beat the prisoners are being tried in a military court.", "beat",
     COUNTED),
    # "as long as" is often a span of time or a given, not a condition
    ("Sanctions will stay as long as the junta detains the opposition leader.", "detains",
     COUNTED),
    # a question that takes the act as given asks about it, and does not doubt it
    ("Why did the army shell the market on Sunday?", "shell", COUNTED),
    # an infinitive in a sentence with a finite verb is no headline "X to do Y"
    ("The minister, in Brussels to discuss trade, said talks had gone well.", "discuss",
     {"hypothetical", "future"} | COUNTED),
    # a participle after a comma is no object of a verb of refusal
    ("Farmers blocked the main highway, protesting against the new tax.", "protesting",
     COUNTED),
    # an intent of one's own is a plan, not a wish of another's act
    ("Berlin wants to send more tanks to Ukraine.", "send", {"future"}),
    # an adjunct between a verb of refusal and its infinitive
    ("The general declined on Friday to meet the rebel envoys.", "meet", {"negated"}),
    ("The rebels did not try to seize the airport.", "seize", {"negated"}),
    # "is to blame" says who is responsible, and arranges no act
    ("Kyiv says Moscow is to blame for the blockade of the port.", "blame", COUNTED),
    # "reportedly" passes on what reports hold, as "reported that" does; "allegedly" doubts it
    ("The army reportedly shelled the town in March.", "shelled", COUNTED),
]


@pytest.fixture(scope="module")
def limits_coded(coder) -> list:
    """Every candidate event of the sentences, whatever its confidence: the modality is what
    these pin, and the cut does not decide it."""
    articles = [Article(id=f"limit-{n}", text=t, published="2026-03-04")
                for n, (t, _, _) in enumerate(LIMITS)]
    cut, coder.min_confidence = coder.min_confidence, 0.0
    try:
        return list(coder.code_many(articles))
    finally:
        coder.min_confidence = cut


@pytest.mark.parametrize("n", range(len(LIMITS)), ids=[w for _, w, _ in LIMITS])
def test_the_limits_of_the_frames(limits_coded, n):
    text, word, wanted = LIMITS[n]
    start = text.index(word)
    here = [e for e in limits_coded[n].events if e.trigger[0] <= start < e.trigger[1]
            and e.cameo not in STATEMENT_ROOTS]  # (not "wants to send" as an intent, 03)
    assert here, f"{text!r}: no event at {word!r}"
    assert all(e.modality in wanted for e in here), [(e.event, e.modality) for e in here]
