"""The event lexicon holds each PLOVER type's facts beside its triggers: one home for each."""

from __future__ import annotations

import pytest

from newsevents.datafiles import DataFileError
from newsevents.lexicon import MODES, QUAD, load_lexicon

OWN_TYPE = """version: 1
events:
  ASSAULT:
    cameo: "18"
{facts}    verbs:
      - {{lemma: pummel, mode: beat, weight: 0.7}}
    nouns: []
"""


def _write(tmp_path, facts: str = "") -> str:
    path = tmp_path / "mine.yaml"
    path.write_text(OWN_TYPE.format(facts=facts), encoding="utf-8")
    return str(path)


def test_every_type_states_its_quad_and_modes_in_the_packaged_lexicon():
    types = load_lexicon().types
    assert list(types) == list(QUAD) and len(types) == 16
    assert QUAD["ASSAULT"] == "material_conflict" and "heavy-weapons" in MODES["ASSAULT"]
    assert types["MOBILIZE"].object_is_own(None) and types["RETREAT"].object_is_own("withdraw")
    assert not types["RETREAT"].object_is_own("release")
    assert types["CONSULT"].of_is_actor and not types["COERCE"].of_is_actor
    assert types["CONSULT"].happens_at_object("visit")
    assert not types["CONSULT"].happens_at_object("phone")
    assert not types["SANCTION"].happens_at_object(None)


def test_every_trigger_carries_its_types_quad():
    lexicon = load_lexicon()
    for triggers in (*lexicon.verbs.values(), *lexicon.nouns.values()):
        assert all(t.quad == QUAD[t.event] for t in triggers)


def test_a_lexicon_of_your_own_may_leave_the_types_facts_to_the_packaged_one(tmp_path):
    mine = load_lexicon(_write(tmp_path))
    assert mine.types["ASSAULT"] == load_lexicon().types["ASSAULT"]
    (trigger,) = mine.verbs["pummel"]
    assert (trigger.event, trigger.quad, trigger.mode) == ("ASSAULT", "material_conflict", "beat")


def test_a_lexicon_of_your_own_may_restate_a_fact(tmp_path):
    mine = load_lexicon(_write(tmp_path, "    at_object: false\n"))
    assert not mine.types["ASSAULT"].happens_at_object(None)
    assert mine.types["ASSAULT"].modes == load_lexicon().types["ASSAULT"].modes


def test_a_fact_naming_a_mode_the_type_lacks_is_refused(tmp_path):
    with pytest.raises(DataFileError, match=r"own_object names modes that are not modes of "
                                            r"ASSAULT: withdraw"):
        load_lexicon(_write(tmp_path, "    own_object: [withdraw]\n"))


def test_a_quad_outside_plovers_four_is_refused(tmp_path):
    with pytest.raises(DataFileError, match="quad"):
        load_lexicon(_write(tmp_path, "    quad: verbal_support\n"))


def test_a_type_unknown_to_the_packaged_lexicon_must_state_its_facts(tmp_path, monkeypatch):
    import newsevents.lexicon as lexicon

    monkeypatch.setattr(lexicon, "packaged_types", lambda: {})  # as for the packaged file
    with pytest.raises(DataFileError, match=r"events.ASSAULT: no quad or modes stated"):
        load_lexicon(_write(tmp_path, "    at_object: true\n"))
