"""The web app's in-memory event index (newsevents.web.index) against the SQL it stands in
for: for many combinations of the query filters, on stores made to be awkward (events with
several actors and recipients, no date, names that differ only in case or outside ASCII,
characters that mean something in a pattern, dates shared by many events) in DuckDB and in
PostgreSQL, and on the examples store, the index gives exactly the total, the events, their
order and their JSON that ``views.count_selected`` and ``views.event_page`` give; it answers
None (SQL answers) exactly when a piece of text is beyond it. Also: the API's answer is the
same bytes with and without the index, the index follows a store that changes, and a store
over the size limit gets none."""

from __future__ import annotations

import random
import shutil
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsevents.lexicon import QUAD
from newsevents.store import open_store, schema
from newsevents.store import views as v
from newsevents.store.query import Check, EventFilter
from newsevents.web import Settings, create_app
from newsevents.web.api import IndexedEvents
from newsevents.web.backend import dumps
from newsevents.web.index import EventIndex, IndexKeeper, Substrings, safe_text

TYPES = list(QUAD)
NAMES = ["Vladimir Putin", "Putin", "PUTIN aide", "İstanbul Governor", "Zürich Police",
         "ΣΥΡΙΖΑ", "rus", "Rus Holdings", "50% Group", "A_B Corp", "back\\slash", "STRASSE",
         "Ministry of Defence", "Kenya", "kenya police", None]
RAW = {"Vladimir Putin": "the Russian president", "Putin": "Mr Putin",
       "ΣΥΡΙΖΑ": "Syriza", "Kenya": "Nairobi"}
COUNTRIES = ["RUS", "UKR", "USA", "GRC", "KEN", "IGO", None]
SECTORS = ["GOV", "MIL", "COP", "REB", None]
WIKIDATA = ["Q7747", "Q212", None, None]
PLACES = [("Athens", "ATHENS", 264371), ("Kyiv", "Kiev", 703448), ("İzmir", "Izmir", 311046),
          ("Nairobi", "nairobi", 184745), (None, None, None)]
WORDS = ["police", "fired", "Tear", "gas", "at", "protesters", "İstanbul", "ΔΙΑΔΗΛΩΣΗ",
         "50%", "snake_case", "troops", "crossed", "the", "border", "Straße"]
ARTICLES = ["a01", "a02", "A01", "b-7", "Ärticle", "z9", "m%1", "n_2"]


def tricky_rows(n_events: int = 400, seed: int = 13) -> list[dict]:
    """Flat event rows as ``store.rows.flat_rows`` writes them (one per actor and recipient,
    an event without either once), with awkward values everywhere."""
    rng = random.Random(seed)
    rows = []
    counters: dict[str, int] = {}
    for _ in range(n_events):
        article = rng.choice(ARTICLES)
        n = counters[article] = counters.get(article, -1) + 1
        kind = rng.choice(TYPES)
        day = None if rng.random() < 0.1 else date(2024, 1, 1) + timedelta(rng.randrange(40))
        place = rng.choice(PLACES)
        base = {
            "event_id": f"{article}-e{n}", "article_id": article, "event_date": day,
            "event_type": kind, "event_mode": rng.choice(["arrest", "aerial", None, None]),
            "contexts": rng.choice(["military;diplomatic", "", None]), "quad_code": QUAD[kind],
            "cameo": "19", "modality": rng.choice(["asserted", "negated", "future", None]),
            "confidence": round(rng.random(), 3), "placename": place[0],
            "raw_placename": place[1], "geonames_id": place[2],
            "latitude": 1.5 if place[0] else None, "longitude": 2.5 if place[0] else None,
            "event_text": "fired", "sentence": " ".join(rng.sample(WORDS, rng.randint(2, 8))),
            "publication_date": day, "source": "wire", "language": "en", "version": "test",
            "cluster_id": rng.choice(["c1", "c2", None]), "event_date_timex": None,
            "event_local_id": f"e{n}", "title": f"Title {article}", "event_n": n,
        }
        actors = [_side(rng) for _ in range(rng.choice([0, 1, 1, 2, 3]))]
        recipients = [_side(rng) for _ in range(rng.choice([0, 1, 1, 2]))]
        for a, actor in (list(enumerate(actors)) or [(None, {})]):
            for r, recipient in (list(enumerate(recipients)) or [(None, {})]):
                rows.append({**base, "actor_n": a, "recipient_n": r,
                             **{f"actor_{k}": x for k, x in actor.items()},
                             **{f"recipient_{k}": x for k, x in recipient.items()}})
    return rows


def _side(rng: random.Random) -> dict:
    name = rng.choice(NAMES)
    return {"name": name, "name_raw": RAW.get(name, name), "country": rng.choice(COUNTRIES),
            "sector": rng.choice(SECTORS), "wikidata": rng.choice(WIKIDATA),
            "title": None, "igo": None, "kind": "person"}


def write_rows(target: str, rows: list[dict]) -> None:
    with open_store(target, write=True, create=True) as store, store.transaction():
        store.insert(schema.EVENT_ROWS, rows)


def selections(rng: random.Random, n: int, values: dict[str, list]) -> list[tuple]:
    """``n`` (selection, limit, offset, newest) of 1-4 filters drawn from ``values``."""
    out = []
    names = list(values)
    for _ in range(n):
        chosen = rng.sample(names, rng.randint(1, 4))
        fields = {k: rng.choice(values[k]) for k in chosen if k != "quad"}
        if "party" in fields and rng.random() < 0.7:  # its country only beside it
            fields["party_country"] = rng.choice(PARTY_COUNTRIES)
        quad = rng.choice(values["quad"]) if "quad" in chosen else None
        out.append((v.Selection(EventFilter(**fields), quad), rng.choice([1, 5, 20, 1000]),
                    rng.choice([0, 0, 3, 17, 500]), rng.random() < 0.4))
    return out


TRICKY_VALUES = {
    "event": ["ASSAULT", "assault,PROTEST", "AGREE, COERCE ,REJECT", "CONSULT"],
    "mode": ["arrest", "ARREST ", "aerial", "riot"],
    "modality": ["asserted", "negated", "future"],
    "actor": ["putin", "Putin", "PUTIN", " putin ", "RUS", "rus", "Q7747", "q7747", "istanbul",
              "İstanbul", "50%", "a_b", "back\\slash", "zürich", "str", "Group", "o", "KEN",
              "kenya", "Q99"],
    "recipient": ["putin", "RUS", "Q212", "strasse", "ΣΥΡΙΖΑ", "syriza", "police", "UKR"],
    "sector": ["gov", "MIL", " cop", "XXX"],
    "country": ["rus", "UKR", "IGO", "XXX", "ken"],
    "since": ["2024-01-10", "2024-02-01", "2023-01-01"],
    "until": ["2024-01-20", "2024-01-01", "2025-01-01"],
    "place": ["Athens", "athens", "264371", "kyiv", "KIEV", "%thens", "İzmir", "izmir", "999"],
    "text": ["tear", "GAS tear", "protesters istanbul", "50%", "ΔΙΑ", "e", "snake_case",
             "border troops", "straße"],
    "article": ["a01", "A01", "Ärticle", "m%1", "zz"],
    "actor_name": ["Putin", "putin", "Vladimir Putin", "ΣΥΡΙΖΑ", "50% Group", "nobody"],
    "recipient_name": ["Kenya", "Zürich Police", "rus", "A_B Corp"],
    "party": ["Putin", "Vladimir Putin", "Zürich Police", "putin", "nobody"],
    "quad": list(dict.fromkeys(QUAD.values())),
}


# ``party_country`` values: codes in any case, "none" (a side without one), one not stored.
PARTY_COUNTRIES = ["RUS", "ukr", "none", "NONE", "IGO", "XXX"]


def beyond_index(selection: v.Selection) -> bool:
    """What the index leaves to SQL: a piece of text outside ASCII or with ``% _ \\``."""
    return any(t.op in ("ilike", "contains") and not safe_text(t.value)
               for alternatives in selection.conditions() for t in alternatives)


def check_same(store, index: EventIndex, cases: list[tuple]) -> int:
    """Each case gives the same answer from the index as from SQL; returns how many the
    index answered."""
    answered = 0
    for selection, limit, offset, newest in cases:
        got = index.page(selection, limit, offset, newest)
        if got is None:
            assert beyond_index(selection), selection
            continue
        assert not beyond_index(selection), selection
        answered += 1
        total = v.count_selected(store, selection)
        events = v.event_page(store, selection, limit, offset, newest)
        assert got[0] == total, (selection, limit, offset, newest)
        assert got[1] == [dumps(e) for e in events], (selection, limit, offset, newest)
    return answered


@pytest.fixture(scope="module")
def tricky_duckdb(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("index") / "tricky.duckdb"
    write_rows(str(path), tricky_rows())
    return path


def test_the_index_answers_as_sql_does_on_duckdb(tricky_duckdb):
    cases = selections(random.Random(1), 600, TRICKY_VALUES)
    cases += [(v.Selection(), limit, offset, newest) for limit, offset, newest in
              ((1000, 0, False), (1000, 0, True), (7, 390, False), (50, 10_000, True))]
    with open_store(tricky_duckdb, sandbox=True) as store:
        index = EventIndex.build(store, dumps)
        assert index.n_events == 400 and index.n_rows > 400  # several rows for some
        answered = check_same(store, index, cases)
    assert answered > 0.7 * len(cases)


def test_the_index_answers_as_sql_does_on_postgresql(postgres_server):
    url = postgres_server()
    write_rows(url, tricky_rows(seed=14))
    cases = selections(random.Random(2), 250, TRICKY_VALUES)
    with open_store(url) as store:
        index = EventIndex.build(store, dumps)
        assert check_same(store, index, cases) > 0.7 * len(cases)


def test_the_index_answers_as_sql_does_on_the_examples(examples_store):
    with open_store(examples_store, sandbox=True) as store:
        columns, rows = store.fetch("SELECT DISTINCT actor_name, recipient_name, placename, "
                                    "geonames_id, sentence, article_id FROM events_flat")
        rng = random.Random(3)
        pick = {c: sorted({str(r[i]) for r in rows if r[i] is not None})
                for i, c in enumerate(columns)}
        words = sorted({w for s in pick["sentence"] for w in s.split()})
        values = {
            **TRICKY_VALUES,
            "actor": pick["actor_name"] + [n.split()[-1].lower() for n in pick["actor_name"]]
            + ["RUS", "UKR", "GRC"],
            "recipient": pick["recipient_name"] + ["USA", "police"],
            "place": pick["placename"] + pick["geonames_id"],
            "text": words + [f"{a} {b}" for a, b in zip(words[::7], words[3::7], strict=False)],
            "article": pick["article_id"],
            "since": ["2024-01-01", "2025-01-01", "2025-03-01"],
            "until": ["2024-12-31", "2025-03-31", "2026-01-01"],
        }
        index = EventIndex.build(store, dumps)
        cases = selections(rng, 400, values)
        assert check_same(store, index, cases) > 0.7 * len(cases)


def test_the_api_answers_the_same_bytes_with_and_without_the_index(tricky_duckdb):
    rng = random.Random(4)
    urls = ["/api/events", "/api/events?limit=1000&sort=-date", "/api/events?offset=9999",
            "/api/events?actor=putin&limit=3&offset=2", "/api/events?text=50%25",
            "/api/events?quad=verbal_conflict&country=rus&limit=10",
            "/api/events?actor_name=Putin&actor=RUS", "/api/events?recipient_name=Kenya",
            # what the fast path leaves to the route (FastAPI's parsing and errors)
            "/api/events?limit=abc", "/api/events?limit=0", "/api/events?limit=1001",
            "/api/events?limit=%2010", "/api/events?limit=007&offset=00",
            "/api/events?event=FOO", "/api/events?actor=a&actor=putin", "/api/events?foo=1",
            "/api/events?since=2024-13-01", "/api/events?sort=date2", "/api/events?sort=",
            "/api/events?event=&actor=+putin+&limit=5", "/api/events?modality=NEGATED",
            "/api/events?quad=nope", "/api/events?offset=-1", "/api/events?text=%C3%A9"]
    for selection, limit, offset, newest in selections(rng, 60, TRICKY_VALUES):
        params = {k: x for k, x in vars(selection.filter).items() if x}
        params.update(limit=limit, offset=offset, quad=selection.quad,
                      sort="-date" if newest else None)
        from urllib.parse import urlencode
        urls.append("/api/events?" + urlencode({k: x for k, x in params.items()
                                                if x is not None}))
    answers = {}
    for limit in (0, 1_000_000):
        app = create_app(Settings(db=str(tricky_duckdb), index_max_events=limit))
        with TestClient(app) as client:
            assert app.state.backend.index.wait_ready(60)
            state = client.get("/api/stats").json()["index"]["state"]
            assert state == ("off" if limit == 0 else "ready")
            answers[limit] = [(r.status_code, r.content) for r in map(client.get, urls)]
            if limit:  # plain requests take the fast path; the others go on to the route
                fast = IndexedEvents(None, app.state.backend)
                assert fast.answer(b"actor=putin&limit=3&sort=-date") is not None
                for odd in (b"actor=a&actor=b", b"limit=abc", b"foo=1", b"event=FOO"):
                    assert fast.answer(odd) is None, odd
    for url, without, with_index in zip(urls, answers[0], answers[1_000_000], strict=True):
        assert without == with_index, url
    assert sum(status == 200 for status, _ in answers[0]) > 60


@contextmanager
def _handle(store):
    yield store


def test_the_index_follows_a_changing_store(tmp_path):
    path = tmp_path / "changing.duckdb"
    rows = tricky_rows(300, seed=5)
    first_events = {r["event_id"] for r in rows[:200]}
    write_rows(str(path), [r for r in rows if r["event_id"] in first_events])
    changes = []
    with open_store(path, write=True) as store:
        keeper = IndexKeeper(lambda: _handle(store), dumps, max_events=10_000,
                             check_seconds=0, on_change=lambda: changes.append(1))
        keeper.refresh()
        assert keeper.state == "ready" and keeper.index.n_events == len(first_events)
        assert keeper.refresh() == 0.0 and not changes  # nothing changed: nothing built
        with store.transaction():
            store.insert(schema.EVENT_ROWS, [r for r in rows if r["event_id"] not in
                                             first_events])
        keeper.refresh()
        assert changes and keeper.index.n_events == 300
        check_same(store, keeper.index, selections(random.Random(6), 80, TRICKY_VALUES))
        changes.clear()
        with store.transaction():  # a change that leaves every count as it was
            store.execute("UPDATE event_rows SET event_type = 'CONCEDE' "
                          "WHERE event_type = 'ASSAULT'")
        keeper.refresh()
        assert changes and keeper.index.n_events == 300
        check_same(store, keeper.index, selections(random.Random(8), 40, TRICKY_VALUES))
        keeper.invalidate()  # the app wrote: no index until the next is built
        assert keeper.index is None and keeper.state == "building"
        keeper.refresh()
        assert keeper.index is not None
        small = IndexKeeper(lambda: _handle(store), dumps, max_events=100, check_seconds=0,
                            on_change=lambda: None)
        small.refresh()
        assert small.index is None and small.state.startswith("off")


def test_a_table_that_breaks_the_indexs_assumptions_is_refused(tmp_path):
    from newsevents.errors import StoreError

    rows = tricky_rows(20, seed=7)
    broken = [dict(r, event_date=date(2020, 1, 1)) if r["actor_n"] == 1 else r for r in rows]
    path = tmp_path / "broken.duckdb"
    write_rows(str(path), broken)
    assert any(r["actor_n"] == 1 for r in rows)
    with open_store(path, sandbox=True) as store, pytest.raises(StoreError):
        EventIndex.build(store, dumps)


def test_the_networks_links_select_exactly_its_actors_events(examples_store, tmp_path):
    """A node or a link of the network leads to the events of that actor (its name and
    country), not of every actor whose name contains it."""
    from newsevents.web.charts import either_side, events_url, exactly

    path = tmp_path / "examples.duckdb"
    shutil.copy(examples_store, path)
    app = create_app(Settings(db=str(path)))
    with TestClient(app) as client:
        network = client.get("/api/network?nodes=60").json()
        nodes = {n["id"]: n for n in network["nodes"]}
        assert len(network["edges"]) >= 5
        for edge in network["edges"]:
            source, target = nodes[edge["source"]], nodes[edge["target"]]
            url = events_url({}, **exactly("actor", source), **exactly("recipient", target))
            events = client.get("/api" + url + "&limit=1000").json()["events"]
            assert {e["event_id"] for e in events} and all(
                any(a["name"] == source["name"] for a in e["actors"])
                and any(r["name"] == target["name"] for r in e["recipients"])
                for e in events), url
            if source["country"] and target["country"]:
                assert len(events) == edge["events"], url
        for node in nodes.values():  # a node: its events on either side, as it counts them
            url = events_url({}, **either_side(node))
            events = client.get("/api" + url + "&limit=1000").json()["events"]
            assert len(events) == node["events"], url
            assert all(any(side["name"] == node["name"] and side["country"] == node["country"]
                           for side in (*e["actors"], *e["recipients"])) for e in events), url
        assert "actor_name" in {p["name"] for p in client.get("/openapi.json").json()[
            "paths"]["/api/events"]["get"]["parameters"]}


def test_an_empty_store_has_an_empty_index(tmp_path):
    path = tmp_path / "empty.duckdb"
    write_rows(str(path), [])
    with open_store(path, sandbox=True) as store:
        index = EventIndex.build(store, dumps)
        for newest in (False, True):
            assert index.page(v.Selection(EventFilter(actor="x")), 5, 0, newest) == (0, [])


def test_substrings_find_text_in_any_string():
    strings = ["", "tear gas", "gas", "aaa", "istanbul protest", "über gas", "x"]
    index = Substrings(strings)
    for needle in ["gas", "a", "aa", "aaa", "aaaa", "s p", "x", "tear gas", "r g", "z", "l"]:
        expected = [needle in s for s in strings]
        assert index.containing(needle.encode()).tolist() == expected, needle


def test_the_fast_path_knows_the_routes_parameters():
    import inspect

    from newsevents.web.params import SELECTION_PARAMS, selection

    assert tuple(inspect.signature(selection).parameters) == SELECTION_PARAMS


def test_what_the_index_cannot_tell_goes_to_sql():
    assert safe_text("putin") and safe_text("RUS") and safe_text("two words")
    for text in ("İstanbul", "50%", "a_b", "back\\slash", "zürich", "nul\x00"):
        assert not safe_text(text)
    selection = v.Selection(EventFilter(actor="50%"))
    assert beyond_index(selection)
    assert not beyond_index(v.Selection(EventFilter(actor="RUS", place="Athens")))
    assert Check("sentence", "contains", "x") in [t for a in v.Selection(
        EventFilter(text="x")).conditions() for t in a]
