"""What each stage needs and adds to the Doc, declared to spaCy; settings in each factory's
config; resources given through ``registry.misc``."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from newsevents.extensions import WRITES, assigns
from newsevents.gazetteer import build_from_dumps
from newsevents.nlp import STAGES, register_components

DUMPS = Path(__file__).parent / "data" / "geonames"


@pytest.fixture(scope="module")
def test_index(tmp_path_factory) -> Path:
    """A gazetteer index of the nine places we wrote (tests/data/geonames)."""
    return build_from_dumps(str(DUMPS), tmp_path_factory.mktemp("gaz") / "test.sqlite")


def test_the_default_pipeline_has_every_stage_after_what_it_needs(coder):
    analysis = coder.nlp.analyze_pipes()
    assert analysis["problems"] == {name: [] for name in coder.nlp.pipe_names}
    assert [n for n in coder.nlp.pipe_names if n in STAGES] == list(STAGES)


def test_each_stage_declares_what_it_writes(coder):
    assert list(WRITES) == list(STAGES)
    for name in STAGES:
        assert coder.nlp.get_pipe_meta(name).assigns == assigns(name)


def test_a_stage_before_what_it_reads_is_named():
    register_components()
    nlp = spacy.blank("en")
    for name in ("newsevents_actors", "newsevents_where", "newsevents_when",
                 "newsevents_events", "newsevents_quotes"):  # events before quotes
        nlp.add_pipe(name)
    problems = nlp.analyze_pipes()["problems"]
    assert {"doc._.quotes", "doc._.speech_cues"} <= set(problems["newsevents_events"])
    assert not any(p.startswith("doc._") for p in problems["newsevents_where"])


def test_a_missing_stage_is_named():
    register_components()
    nlp = spacy.blank("en")
    nlp.add_pipe("newsevents_where")  # without the actors stage it reads
    problems = nlp.analyze_pipes()["problems"]["newsevents_where"]
    assert {"doc._.actors", "doc._.actor_at"} <= set(problems)


def test_settings_are_the_factories_config(coder):
    config = coder.nlp.config["components"]
    assert config["newsevents_where"]["settings"]["min_score"] == 1.0
    assert config["newsevents_events"]["confidence"]["base"] == 0.55
    assert config["newsevents_actors"]["settings"]["pronoun_window_sentences"] == 2
    assert config["newsevents_actors"]["persons"]["full_name_min_score"] == 88.0
    assert config["newsevents_where"]["gazetteer"] == {"@misc": "newsevents.gazetteer.v1",
                                                       "path": None}


def _where(index: Path, **settings: float) -> spacy.language.Language:
    register_components()
    nlp = spacy.blank("en")
    gazetteer = {"@misc": "newsevents.gazetteer.v1", "path": str(index)}
    nlp.add_pipe("newsevents_where", config={"gazetteer": gazetteer, "settings": settings})
    return nlp


def test_a_stage_can_be_given_its_own_gazetteer(test_index):
    nlp = _where(test_index)
    assert nlp.get_pipe("newsevents_where").gazetteer.path == test_index
    (place,) = nlp("KYIV - Talks on grain exports began on Monday.")._.places
    assert (place.name, place.geonameid, place.lat) == ("Kyiv", 703448, 50.45466)


def test_a_setting_changes_what_the_stage_does(test_index):
    nlp = _where(test_index, min_score=100.0)  # no reading of any name is that likely
    (place,) = nlp("KYIV - Talks on grain exports began on Monday.")._.places
    assert place.geonameid is None


def test_an_unknown_setting_is_refused(test_index):
    with pytest.raises(TypeError, match="min_scor"):
        _where(test_index, min_scor=2.0)
