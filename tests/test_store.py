"""The store's rows and schema, on records we build by hand (no pipeline)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newsevents.errors import StoreError
from newsevents.store import Stored, event_uid, open_store, schema
from newsevents.store.rows import first_day, flat_rows

TEXT = "Army units shelled the port of Velmar on Monday. Rebels said they withdrew."


def record(**article) -> dict:
    """A small coded-article record: two entities, one place, one event with two recipients."""
    return {
        "schema_version": "1",
        "article": {"id": "r1", "title": "Port shelled", "published": "2025-02-11", "url": None,
                    "source": "desk", "language": "en", "text": TEXT, **article},
        "entities": [
            {"id": "E1", "name": "army units", "wikidata": None, "kind": "agent",
             "country": "XYZ", "sector": "MIL", "office": None, "igo": None,
             "mentions": [{"text": "Army units", "start": 0, "end": 10}], "kb_id": None},
            {"id": "E2", "name": "rebels", "wikidata": None, "kind": "agent", "country": None,
             "sector": "REB", "office": None, "igo": None,
             "mentions": [{"text": "Rebels", "start": 49, "end": 55}], "kb_id": None,
             "score": 0.5}],
        "places": [{"id": "P1", "text": "Velmar", "start": 30, "end": 36, "name": "Velmar",
                    "geonameid": 123, "lat": 1.5, "lon": 2.25, "country_code": "XY",
                    "feature_code": "PPL"}],
        "times": [{"id": "T1", "text": "Monday", "start": 40, "end": 46, "type": "DATE",
                   "value": "2025-02-10"}],
        "quotes": [{"id": "Q1", "text": "they withdrew", "start": 60, "end": 73, "direct": False,
                    "speaker": "E2", "speaker_text": "Rebels", "cue": "said",
                    "cue_span": [56, 60]}],
        "events": [{"id": "V1", "event": "ASSAULT", "mode": "heavy-weapons",
                    "context": ["military", "territory"], "cameo": "19",
                    "quad": "material_conflict", "modality": "asserted", "date": "2025-02-10",
                    "actor": [{"entity": "E1", "text": "Army units", "name": "army units",
                               "wikidata": None, "country": "XYZ", "sector": "MIL",
                               "kb_id": None}],
                    "recipient": [
                        {"entity": "E2", "text": "Rebels", "name": "rebels", "wikidata": None,
                         "country": None, "sector": "REB", "kb_id": None},
                        {"entity": "E1", "text": "units", "name": "army units",
                         "wikidata": None, "country": "XYZ", "sector": "MIL", "kb_id": None}],
                    "event_loc": "P1", "event_text": "shelled", "trigger": [11, 18],
                    "sentence": [0, 48], "confidence": 0.9}],
    }


@pytest.mark.parametrize(("value", "day"), [
    ("2024-12-17", date(2024, 12, 17)), ("2024-W50", date(2024, 12, 9)),
    ("2024-10", date(2024, 10, 1)), ("2024", date(2024, 1, 1)),
    ("2024-12-17T10:00", date(2024, 12, 17)), ("P3D", None), ("PRESENT_REF", None),
    ("XXXX-12", None), ("2024-02-30", None), (None, None)])
def test_first_day_of_timex_values(value, day):
    assert first_day(value) == day


def test_event_ids_are_stable_and_distinct():
    assert event_uid("a", "V1") == event_uid("a", "V1")
    assert len({event_uid("a", "V1"), event_uid("a", "V2"), event_uid("b", "V1")}) == 3


def test_flat_rows_pair_every_actor_with_every_recipient():
    rows = flat_rows(record(), "9.9", date(2025, 2, 11))
    assert [(r["actor_n"], r["recipient_n"]) for r in rows] == [(0, 0), (0, 1)]
    first = rows[0]
    assert first["event_date"] == date(2025, 2, 10)
    assert first["contexts"] == "military;territory"
    assert (first["actor_kind"], first["recipient_name_raw"]) == ("agent", "Rebels")
    assert (first["placename"], first["geonames_id"], first["latitude"]) == ("Velmar", 123, 1.5)
    assert first["sentence"] == TEXT[:48]
    assert set(schema.EVENT_ROWS.column_names) >= set(first)


def test_a_record_round_trips_with_fields_the_schema_does_not_know(tmp_path):
    original = record()
    original["events"][0]["new_field"] = {"nested": [1, 2]}
    original["article"]["language"] = "en"
    with open_store(tmp_path / "s.duckdb", write=True, create=True) as store:
        store.write_batch([Stored(original, "in.jsonl", 3)])
        rebuilt = store.record("r1")
        (line,) = store.con.execute("SELECT line FROM articles").fetchone()
    assert json.loads(json.dumps(rebuilt)) == json.loads(json.dumps(original))
    assert line == 3


def test_replace_swaps_every_row_of_an_article(tmp_path):
    with open_store(tmp_path / "s.duckdb", write=True, create=True) as store:
        store.write_batch([Stored(record(), None, None)])
        changed = record()
        changed["events"] = []
        store.write_batch([Stored(changed, None, None)], replace=True)
        counts = store.counts()
    assert counts["articles"] == 1 and counts["events"] == 0 and counts["event_rows"] == 0
    assert counts["entities"] == 2


def test_a_failed_batch_stores_nothing(tmp_path):
    with open_store(tmp_path / "s.duckdb", write=True, create=True) as store:
        store.write_batch([Stored(record(), None, None)])
        before = store.counts()
        with pytest.raises(StoreError) as caught:  # one new id twice in a batch
            store.write_batch([Stored(record(id="r2", text="A second text."), None, None),
                               Stored(record(id="r2", text="A third text."), None, None)])
        assert caught.value.code == "S005"
        assert store.counts() == before


def test_older_stores_are_migrated_only_when_written(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    open_store(path, write=True, create=True).close()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(schema, "MIGRATIONS", {1: ["CREATE TABLE notes (body VARCHAR)"]})
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert caught.value.code == "S008" and "store migrate" in str(caught.value)
    with open_store(path, write=True) as store:
        assert store.meta("schema_version") == "2"
        assert store.con.execute("SELECT count(*) FROM notes").fetchone() == (0,)
