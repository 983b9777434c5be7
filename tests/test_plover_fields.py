"""PLOVER's fields of real output (``mode``, ``context``, ``cameo``, ``quad``) checked against
the PLOVER manual as ``../shared/DESIGN.md`` restates it, written out here on its own so that
the test does not read the facts from the lexicon it checks: every event of the bundled
examples and of our own sentences has a quad and modes that PLOVER gives its type, contexts
from PLOVER's list and a CAMEO code of the right form; and some plain sentences get the
values the manual gives them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsevents.read import read_inputs
from newsevents.record import Article

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# PLOVER manual v0.8: quad and modes of each event type
PLOVER = {
    "AGREE": ("verbal_cooperation", set()),
    "CONSULT": ("verbal_cooperation", {"visit", "third-party", "multilateral", "phone"}),
    "SUPPORT": ("verbal_cooperation", set()),
    "CONCEDE": ("verbal_cooperation", set()),
    "COOPERATE": ("material_cooperation", set()),
    "AID": ("material_cooperation", set()),
    "RETREAT": ("material_cooperation",
                {"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": ("verbal_conflict", {"assist", "change", "yield", "meet"}),
    "ACCUSE": ("verbal_conflict", {"disapprove", "investigate", "allege"}),
    "REJECT": ("verbal_conflict", {"assist", "change", "yield", "meet"}),
    "THREATEN": ("verbal_conflict",
                 {"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": ("material_conflict",
                {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": ("material_conflict", {"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": ("material_conflict", {"troops", "weapons", "police", "militia"}),
    "COERCE": ("material_conflict",
               {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
                "withhold", "misinformation", "cyber"}),
    "ASSAULT": ("material_conflict",
                {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                 "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                 "crowd-control", "unconventional"}),
}
CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election",
    "political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal",
    "reparations", "human_rights", "rights_freedoms", "repression", "human_security", "gender",
    "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory", "peacekeeping",
    "health", "asylum", "migration", "disasters", "natural_resource", "environment",
    "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking"}
CAMEO = re.compile(r"(0[1-9]|1[0-9]|20)\d{0,2}")  # a root 01-20, down to four digits

SENTENCES = [
    # text, event, mode, contexts that must be among the event's, cameo root, quad
    ("Police arrested the opposition leader in Istanbul.", "COERCE", "arrest", set(), "17",
     "material_conflict"),
    ("Hungary expelled two Russian diplomats.", "SANCTION", "expel", {"diplomatic"}, "16",
     "material_conflict"),
    ("Iran walked out of the nuclear talks.", "SANCTION", "withdraw", {"diplomatic"}, "16",
     "material_conflict"),
    ("Workers went on strike in Lagos.", "PROTEST", "strike", set(), "14",
     "material_conflict"),
    ("Japan sent food aid to Myanmar after the earthquake.", "AID", None, set(), "07",
     "material_cooperation"),
    ("The army released forty prisoners on Friday.", "RETREAT", "release", set(), "08",
     "material_cooperation"),
    # CAMEO 057 "sign formal agreement", under root 05
    ("Chile and Peru signed a fishing agreement.", "SUPPORT", None, set(), "05",
     "verbal_cooperation"),
]


def _check(event) -> None:
    quad, modes = PLOVER[event.event]
    assert event.quad == quad, (event.event, event.quad)
    assert event.mode is None or event.mode in modes, (event.event, event.mode)
    assert set(event.context) <= CONTEXTS, event.context
    assert event.cameo is None or CAMEO.fullmatch(event.cameo), event.cameo


def test_every_event_of_the_examples_has_plover_fields(coder):
    articles = [a for a in read_inputs([str(EXAMPLES / "articles.jsonl"),
                                        str(EXAMPLES / "sanctions.html")])
                if isinstance(a, Article)]
    assert len(articles) == 4
    records = [coder.code(a.text, published=a.published, title=a.title, id=a.id)
               for a in articles]
    events = [e for r in records for e in r.events]
    assert len(events) >= 20
    for event in events:
        _check(event)
    assert any(e.mode for e in events) and any(e.context for e in events)


@pytest.mark.parametrize(("text", "event", "mode", "contexts", "cameo", "quad"), SENTENCES)
def test_plover_fields_of_plain_sentences(coder, text, event, mode, contexts, cameo, quad):
    found = [e for e in coder.code(text, published="2025-06-03").events if e.event == event]
    assert found, [(e.event, e.event_text) for e in coder.code(text).events]
    first = found[0]
    _check(first)
    assert (first.mode, first.quad) == (mode, quad)
    assert contexts <= set(first.context)
    assert first.cameo is not None and first.cameo.startswith(cameo)
