"""Toponyms and the place of events, on sentences we wrote."""

from __future__ import annotations


def test_metonymy_is_an_actor_and_a_locative_is_a_place(coder):
    record = coder.code("Moscow said the talks in Geneva had failed.", published="2025-03-04")
    assert [p.text for p in record.places] == ["Geneva"]
    assert "Russia" in [e.name for e in record.entities]


def test_event_place_comes_from_its_clause_else_the_dateline(coder):
    text = ("KHARKIV, Ukraine, March 4 (Newswire) - Russian forces shelled the city overnight. "
            "Diplomats held talks in Geneva.")
    record = coder.code(text, published="2025-03-04")
    places = {p.id: p.name for p in record.places}
    by_type = {e.event: places.get(e.event_loc) for e in record.events}
    assert by_type["ASSAULT"] == "Kharkiv"  # the dateline, as nothing closer says
    assert by_type["CONSULT"] == "Geneva"


def test_without_a_dateline_an_event_may_have_no_place(coder):
    record = coder.code("Police arrested two men.", published="2025-03-04")
    assert [e.event_loc for e in record.events] == [None]
