"""Reports of one event merged (newsevents.cluster), on real DuckDB stores.

The first part codes the labelled article set tests/data/clusters/articles.jsonl (invented
reports, see its README) with the real Coder and checks what the clusters say about it. The
second part stores hand-built records (no coder) that pin the rule at its edges.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsevents import cluster
from newsevents.cluster import METHOD_MERGE, METHOD_ONE_A_DAY, recluster
from newsevents.errors import StoreError
from newsevents.store import Stored, open_store

ARTICLES = Path(__file__).parent / "data" / "clusters" / "articles.jsonl"
CLUSTER_COLUMNS = ("cluster_id, method, event_type, first_date, last_date, n_events, "
                   "n_articles, article_ids, actors, recipients, place, extra")


# --- helpers -------------------------------------------------------------------------------


def make_store(folder: Path, records: list[dict], batches: int = 1):
    """A new store in ``folder`` with ``records`` written in ``batches``, reclustered."""
    folder.mkdir(parents=True, exist_ok=True)
    store = open_store(folder / "clusters.duckdb", write=True, create=True)
    size = -(-len(records) // batches)
    for start in range(0, len(records), size):
        store.write_batch([Stored(r, "articles.jsonl", n)
                           for n, r in enumerate(records[start:start + size], start)])
    recluster(store)
    return store


def snapshot(store) -> tuple[list[tuple], list[tuple]]:
    """Every row of clusters and cluster_members, in a fixed order."""
    clusters = store.con.execute(
        f"SELECT {CLUSTER_COLUMNS} FROM clusters ORDER BY method, cluster_id").fetchall()
    members = store.con.execute("SELECT method, cluster_id, event_id FROM cluster_members "
                                "ORDER BY method, event_id").fetchall()
    return clusters, members


def clusters_of(store, article_id: str, event_type: str, method: str = METHOD_MERGE
                ) -> set[str]:
    """The clusters of ``method`` holding events of this type of this article."""
    rows = store.con.execute(
        "SELECT DISTINCT cm.cluster_id FROM cluster_members cm "
        "JOIN events e ON e.event_id = cm.event_id "
        "WHERE cm.method = ? AND e.article_id = ? AND e.event = ?",
        [method, article_id, event_type]).fetchall()
    return {r[0] for r in rows}


def shared(store, ids: tuple[str, ...], event_type: str, method: str = METHOD_MERGE
           ) -> set[str]:
    """The clusters of this type that hold events of every one of these articles."""
    found = [clusters_of(store, i, event_type, method) for i in ids]
    return set.intersection(*found)


# --- the labelled articles, coded ----------------------------------------------------------


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def records(coder, articles) -> list[dict]:
    return [coder.code(a["text"], published=a["published"], title=a["title"], id=a["id"],
                       source=a["source"]).to_dict() for a in articles]


@pytest.fixture(scope="module")
def store(records, tmp_path_factory):
    opened = make_store(tmp_path_factory.mktemp("coded"), records)
    yield opened
    opened.close()


def test_the_labelled_set_is_well_formed(articles):
    assert len({a["id"] for a in articles}) == len(articles)
    for a in articles:
        assert set(a) >= {"id", "text", "published", "title", "source", "event_key",
                          "event_type"}
    keys = [a["event_key"] for a in articles]
    assert any(keys.count(k) >= 3 for k in keys), "one event is reported three times"


@pytest.mark.parametrize(("ids", "event_type"), [
    (("cb1", "cb2", "cb3"), "ASSAULT"),   # one car bomb, three outlets, three wordings
    (("m1", "m2"), "CONSULT"),            # "Macron met Scholz" / "Scholz hosted Macron"
    (("m3", "m4"), "CONSULT"),
    (("p1", "p2"), "PROTEST"),
    (("k1", "k3"), "ASSAULT"),            # the market attack, the second in k1
    (("kh1", "kh2"), "ASSAULT"),          # "Russian forces" / "Russia", district / city
    (("s1", "s2"), "SANCTION"),
    (("t1", "t2"), "COERCE"),
    (("f1", "f2"), "PROTEST"),
    (("d1", "d2"), "COERCE"),
])
def test_reports_of_one_event_share_a_cluster(store, ids, event_type):
    together = shared(store, ids, event_type)
    assert together, f"{ids} have no {event_type} cluster in common"
    (row,) = store.con.execute(
        "SELECT n_articles, article_ids FROM clusters WHERE method = ? AND cluster_id = ?",
        [METHOD_MERGE, sorted(together)[0]]).fetchall()
    assert row[0] >= len(ids) and set(ids) <= set(json.loads(row[1]))


@pytest.mark.parametrize(("first", "second", "event_type"), [
    ("cb1", "bd1", "ASSAULT"),    # the same group, the same day, another city and target
    ("cb2", "mq1", "ASSAULT"),    # the same group, city and day: mortars at the airport
    ("cb3", "mq1", "ASSAULT"),
    ("p1", "p3", "PROTEST"),      # protests in two cities on the same day
    ("p2", "p3", "PROTEST"),
    ("m1", "m3", "CONSULT"),      # the same two leaders three weeks later
    ("m2", "m4", "CONSULT"),
    ("kh1", "ks1", "ASSAULT"),    # shelling of two cities on the same day
    ("kh2", "ks1", "ASSAULT"),
    ("s1", "s3", "SANCTION"),     # two states sanctioning Iran on the same day
    ("t1", "t3", "COERCE"),       # police detentions in two cities on the same day
    ("b1", "b3", "CONSULT"),      # Biden's calls with Xi and with Kishida, same day
    ("f1", "f3", "PROTEST"),      # farmers in Brussels and around Paris
])
def test_look_alikes_stay_apart(store, first, second, event_type):
    assert not shared(store, (first, second), event_type)


def test_an_article_with_two_attacks_keeps_them_apart(store):
    rows = store.con.execute(
        "SELECT e.date, cm.cluster_id FROM events e JOIN cluster_members cm "
        "ON cm.event_id = e.event_id AND cm.method = ? "
        "WHERE e.article_id = 'k1' AND e.event = 'ASSAULT'", [METHOD_MERGE]).fetchall()
    by_date: dict[str, set[str]] = {}
    for day, cluster_id in rows:
        by_date.setdefault(day, set()).add(cluster_id)
    assert {"2025-01-06", "2025-01-09"} <= set(by_date)
    assert not by_date["2025-01-06"] & by_date["2025-01-09"]
    market = clusters_of(store, "k3", "ASSAULT")
    assert market & by_date["2025-01-09"] and not market & by_date["2025-01-06"]


def test_a_plan_is_not_merged_with_anything(store):
    rows = store.con.execute(
        "SELECT c.n_events FROM events e JOIN cluster_members cm "
        "ON cm.event_id = e.event_id AND cm.method = ? "
        "JOIN clusters c ON c.cluster_id = cm.cluster_id AND c.method = cm.method "
        "WHERE e.article_id = 'm0' AND e.modality = 'future'", [METHOD_MERGE]).fetchall()
    assert rows and all(n == 1 for (n,) in rows)


def test_every_event_is_in_one_cluster_of_each_method(store):
    con = store.con
    (events,) = con.execute("SELECT count(*) FROM events").fetchone()
    for method in (METHOD_MERGE, METHOD_ONE_A_DAY):
        per_event = con.execute("SELECT count(*), count(DISTINCT event_id) FROM "
                                "cluster_members WHERE method = ?", [method]).fetchone()
        assert per_event == (events, events)
        listed = con.execute("SELECT count(*), sum(n_events) FROM clusters WHERE method = ?",
                             [method]).fetchone()
        (distinct,) = con.execute("SELECT count(DISTINCT cluster_id) FROM cluster_members "
                                  "WHERE method = ?", [method]).fetchone()
        assert listed == (distinct, events)
    assert con.execute("SELECT count(*) FROM events_flat WHERE cluster_id IS NULL"
                       ).fetchone() == (0,)
    assert store.meta("clusters_stale") == "0"


def test_a_cluster_row_describes_its_members(store):
    (cluster_id,) = shared(store, ("cb1", "cb2", "cb3"), "ASSAULT")
    (row,) = store.con.execute(
        f"SELECT {CLUSTER_COLUMNS} FROM clusters WHERE method = ? AND cluster_id = ?",
        [METHOD_MERGE, cluster_id]).fetchall()
    (_, _, event_type, first, last, n_events, n_articles, article_ids, actors, recipients,
     place, extra) = row
    assert event_type == "ASSAULT" and n_articles == 3 and n_events >= 3
    assert json.loads(article_ids) == ["cb1", "cb2", "cb3"]
    assert (last - first).days <= cluster.REPORT_LAG_DAYS
    assert place == "Mogadishu" and actors and recipients
    assert json.loads(extra)["modalities"] == {"asserted": n_events}


def test_reclustering_again_gives_identical_rows(store):
    before = snapshot(store)
    recluster(store)
    assert snapshot(store) == before


def test_another_storing_order_gives_identical_clusters(store, records, tmp_path):
    other = make_store(tmp_path, list(reversed(records)), batches=3)
    try:
        assert snapshot(other) == snapshot(store)
    finally:
        other.close()


def test_one_a_day_is_one_cluster_per_day_actor_recipient_and_type(store):
    con = store.con
    rows = con.execute("""
        SELECT e.event_id, e.event, coalesce(e.event_date, a.publication_date),
               cm.cluster_id
        FROM events e JOIN articles a ON a.id = e.article_id
        JOIN cluster_members cm ON cm.event_id = e.event_id AND cm.method = ?""",
                       [METHOD_ONE_A_DAY]).fetchall()
    codes: dict[tuple[str, str], set[str]] = {}
    for event_id, role, country, sector in con.execute(
            "SELECT event_id, role, country, sector FROM event_actors").fetchall():
        code = (country or "") + (sector or "")
        if code:  # a participant with neither country nor sector has no code
            codes.setdefault((event_id, role), set()).add(code)
    expected: dict[tuple, set[str]] = {}
    found: dict[str, set[str]] = {}
    for event_id, event_type, day, cluster_id in rows:
        key = (event_type, day, frozenset(codes.get((event_id, "actor"), ())),
               frozenset(codes.get((event_id, "recipient"), ())))
        expected.setdefault(key, set()).add(event_id)
        found.setdefault(cluster_id, set()).add(event_id)
    assert sorted(map(sorted, expected.values())) == sorted(map(sorted, found.values()))
    # As its rule says: two militant attacks in Somalia on one day are one "event" to it,
    # and one bombing reported a day apart is two.
    assert shared(store, ("bd1", "mq1"), "ASSAULT", METHOD_ONE_A_DAY)
    assert not shared(store, ("cb1", "cb2"), "ASSAULT", METHOD_ONE_A_DAY)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_splitting_the_types_between_two_processes_changes_nothing(store, monkeypatch):
    before = snapshot(store)
    monkeypatch.setattr(cluster, "PARALLEL_FROM", 1)
    recluster(store)
    assert snapshot(store) == before


def test_a_read_only_store_is_refused(store, tmp_path):
    path = tmp_path / "read-only.duckdb"
    open_store(path, write=True, create=True).close()
    with open_store(path) as read_only, pytest.raises(StoreError) as failed:
        recluster(read_only)
    assert failed.value.code == "S005"


# --- hand-built records: the rule at its edges ---------------------------------------------

KHARKIV = ("Kharkiv", 706483, 49.98, 36.25, "UA", "PPL")


def agent(name: str, country: str | None, sector: str) -> dict:
    return {"name": name, "kind": "agent", "country": country, "sector": sector}


def person(name: str, wikidata: str, country: str) -> dict:
    return {"name": name, "kind": "person", "country": country, "sector": "GOV",
            "wikidata": wikidata}


def state(name: str, country: str) -> dict:
    return {"name": name, "kind": "state", "country": country, "sector": "GOV",
            "kb_id": f"state:{country}"}


FORCES = agent("Russian forces", "RUS", "MIL")
CIVILIANS = agent("civilians", "UKR", "CVL")


def event(date: str, actors: list[dict] = (FORCES,), recipients: list[dict] = (CIVILIANS,),
          place: tuple | None = KHARKIV, event_type: str = "ASSAULT",
          modality: str = "asserted", mode: str | None = None) -> dict:
    return {"date": date, "actor": list(actors), "recipient": list(recipients),
            "place": place, "event": event_type, "modality": modality, "mode": mode}


def record(article_id: str, published: str, *events: dict) -> dict:
    """A coded-article record (Contract 2) built by hand: entities and places are made from
    the events' participants and places, one of each per distinct name."""
    entities: dict[str, dict] = {}
    places: dict[tuple, dict] = {}
    coded = []
    for n, ev in enumerate(events, 1):
        refs = {}
        for role in ("actor", "recipient"):
            refs[role] = []
            for who in ev[role]:
                if who["name"] not in entities:
                    entities[who["name"]] = {
                        "id": f"E{len(entities) + 1}", "name": who["name"],
                        "wikidata": who.get("wikidata"), "kind": who["kind"],
                        "country": who["country"], "sector": who["sector"], "office": None,
                        "igo": None, "kb_id": who.get("kb_id"), "mentions": []}
                entity = entities[who["name"]]
                refs[role].append({"entity": entity["id"], "text": who["name"],
                                   "name": who["name"], "wikidata": who.get("wikidata"),
                                   "country": who["country"], "sector": who["sector"],
                                   "kb_id": who.get("kb_id")})
        place_id = None
        if ev["place"] is not None:
            if ev["place"] not in places:
                name, geonameid, lat, lon, country, feature = ev["place"]
                places[ev["place"]] = {
                    "id": f"P{len(places) + 1}", "text": name, "start": 0, "end": 1,
                    "name": name, "geonameid": geonameid, "lat": lat, "lon": lon,
                    "country_code": country, "feature_code": feature}
            place_id = places[ev["place"]]["id"]
        coded.append({
            "id": f"V{n}", "event": ev["event"], "mode": ev["mode"], "context": [],
            "cameo": "18", "quad": "material_conflict", "modality": ev["modality"],
            "date": ev["date"], "actor": refs["actor"], "recipient": refs["recipient"],
            "event_loc": place_id, "event_text": "attacked", "trigger": [0, 1],
            "sentence": [0, 10], "confidence": 0.9})
    return {"schema_version": "1",
            "article": {"id": article_id, "title": None, "published": published, "url": None,
                        "source": None, "language": "en",
                        "text": f"A hand-built report, {article_id}."},
            "entities": list(entities.values()), "places": list(places.values()),
            "times": [], "quotes": [], "events": coded}


def together(tmp_path: Path, *records: dict) -> list[set[str]]:
    """The merge clusters of these records, each as the set of its (article, event) ids,
    those of one event left out."""
    store = make_store(tmp_path, list(records))
    try:
        rows = store.con.execute(
            "SELECT cm.cluster_id, e.article_id || '.' || e.id FROM cluster_members cm "
            "JOIN events e ON e.event_id = cm.event_id WHERE cm.method = ?",
            [METHOD_MERGE]).fetchall()
    finally:
        store.close()
    groups: dict[str, set[str]] = {}
    for cluster_id, member in rows:
        groups.setdefault(cluster_id, set()).add(member)
    return sorted((g for g in groups.values() if len(g) > 1), key=sorted)


@pytest.mark.parametrize(("a", "b", "merged"), [
    # a day the text names lies within the two days before the other's publication day
    (("2025-03-05", "2025-03-04"), ("2025-03-06", "2025-03-06"), True),
    (("2025-03-05", "2025-03-04"), ("2025-03-07", "2025-03-07"), False),
    (("2025-03-05", "2025-03-04"), ("2025-03-04", "2025-03-04"), True),
    # two named days must be the same day
    (("2025-03-06", "2025-03-04"), ("2025-03-06", "2025-03-05"), False),
    (("2025-03-06", "2025-03-04"), ("2025-03-07", "2025-03-04"), True),
    # two reports naming no day: published at most two days apart
    (("2025-03-04", "2025-03-04"), ("2025-03-06", "2025-03-06"), True),
    (("2025-03-04", "2025-03-04"), ("2025-03-07", "2025-03-07"), False),
    # a month links only to the same month
    (("2025-03-20", "2025-03"), ("2025-03-21", "2025-03"), True),
    (("2025-03-20", "2025-03"), ("2025-03-21", "2025-03-01"), False),
])
def test_the_date_window(tmp_path, a, b, merged):
    first = record("a", a[0], event(a[1], modality="asserted"))
    second = record("b", b[0], event(b[1]))
    assert (together(tmp_path, first, second) == [{"a.V1", "b.V1"}]) is merged


@pytest.mark.parametrize(("place", "merged"), [
    (KHARKIV, True),                                          # the same GeoNames id
    (("Saltivka", 1, 50.02, 36.33, "UA", "PPLX"), True),      # 7 km away
    (("North", 2, 49.98 + 0.40, 36.25, "UA", "PPL"), True),   # 44 km north
    (("Further", 3, 49.98 + 0.50, 36.25, "UA", "PPL"), False),  # 56 km north
    (("Kherson", 706448, 46.64, 32.61, "UA", "PPLA"), False),
    (None, True),                                             # no place on one side
    (("Ukraine", 690791, 49.0, 32.0, "UA", "PCLI"), True),    # the country holding it
    (("Russia", 2017370, 60.0, 100.0, "RU", "PCLF"), False),  # another country
])
def test_the_place_rule(tmp_path, place, merged):
    first = record("a", "2025-03-09", event("2025-03-09"))
    second = record("b", "2025-03-09", event("2025-03-09", place=place))
    assert (together(tmp_path, first, second) == [{"a.V1", "b.V1"}]) is merged


@pytest.mark.parametrize(("first", "second", "merged"), [
    ("asserted", "asserted", True),
    ("asserted", "negated", False),
    ("future", "future", False),
    ("hypothetical", "hypothetical", False),
    ("historical", "historical", True),
    ("asserted", "historical", False),
])
def test_the_modality_rule(tmp_path, first, second, merged):
    a = record("a", "2025-03-09", event("2025-03-09", modality=first))
    b = record("b", "2025-03-09", event("2025-03-09", modality=second))
    assert (together(tmp_path, a, b) == [{"a.V1", "b.V1"}]) is merged


def test_modes_must_agree_when_both_are_given(tmp_path):
    a = record("a", "2025-03-09", event("2025-03-09", mode="explosives"))
    b = record("b", "2025-03-09", event("2025-03-09", mode="heavy-weapons"))
    c = record("c", "2025-03-09", event("2025-03-09"))
    assert together(tmp_path, a, b, c) in ([{"a.V1", "c.V1"}], [{"b.V1", "c.V1"}])


def test_a_missing_actor_needs_a_strong_match(tmp_path):
    placed = record("a", "2025-03-09", event("2025-03-09", actors=[]))
    both = record("b", "2025-03-09", event("2025-03-09"))
    assert together(tmp_path / "placed", placed, both) == [{"a.V1", "b.V1"}]
    # generic recipients and no place on one side: nothing says it is the same spot
    unplaced = record("c", "2025-03-09", event("2025-03-09", actors=[], place=None))
    assert together(tmp_path / "unplaced", unplaced, both) == []
    # a named recipient identifies it without a place
    mayor = person("Ihor Terekhov", "Q4204393", "UKR")
    named = record("d", "2025-03-09", event("2025-03-09", actors=[], recipients=[mayor],
                                            place=None))
    also = record("e", "2025-03-09", event("2025-03-09", recipients=[mayor]))
    assert together(tmp_path / "named", named, also) == [{"d.V1", "e.V1"}]


def test_conflicting_recipients_are_not_merged(tmp_path):
    a = record("a", "2025-03-09", event("2025-03-09"))
    b = record("b", "2025-03-09", event("2025-03-09",
                                        recipients=[agent("soldiers", "UKR", "MIL")]))
    assert together(tmp_path, a, b) == []


def test_a_state_matches_its_forces_but_not_its_civilians(tmp_path):
    russia = state("Russia", "RUS")
    a = record("a", "2025-03-09", event("2025-03-09"))
    b = record("b", "2025-03-09", event("2025-03-09", actors=[russia]))
    assert together(tmp_path / "forces", a, b) == [{"a.V1", "b.V1"}]
    c = record("c", "2025-03-09", event("2025-03-09", actors=[agent("Russians", "RUS",
                                                                     "CVL")]))
    assert together(tmp_path / "civilians", b, c) == []


def test_a_meeting_is_one_whoever_is_named_host(tmp_path):
    macron = person("Emmanuel Macron", "Q3052772", "FRA")
    scholz = person("Olaf Scholz", "Q61053", "DEU")
    meloni = person("Giorgia Meloni", "Q3772287", "ITA")
    meets = {"event_type": "CONSULT", "place": None}
    a = record("a", "2024-10-02", event("2024-10-02", [macron], [scholz], **meets))
    b = record("b", "2024-10-03", event("2024-10-02", [scholz], [macron], **meets))
    c = record("c", "2024-10-02", event("2024-10-02", [macron], [meloni], **meets))
    assert together(tmp_path, a, b, c) == [{"a.V1", "b.V1"}]


def test_two_events_of_one_article(tmp_path):
    # the same attack told twice on one day is one event; another on Thursday is another
    twice = record("k", "2025-01-10", event("2025-01-06"), event("2025-01-06"),
                   event("2025-01-09"))
    monday = record("m", "2025-01-07", event("2025-01-06"))
    assert together(tmp_path, twice, monday) == [{"k.V1", "k.V2", "m.V1"}]


def test_a_chain_of_links_does_not_join_what_its_ends_would_not(tmp_path):
    protesters, government = agent("protesters", "GEO", "OPP"), agent("government", "GEO",
                                                                      "GOV")
    protest = {"actors": [protesters], "recipients": [government], "event_type": "PROTEST"}
    tbilisi = record("t", "2024-12-02", event("2024-12-02", place=(
        "Tbilisi", 611717, 41.69, 44.83, "GE", "PPLC"), **protest))
    somewhere = record("s", "2024-12-02", event("2024-12-02", place=None, **protest))
    batumi = record("b", "2024-12-02", event("2024-12-02", place=(
        "Batumi", 615532, 41.64, 41.64, "GE", "PPL"), **protest))
    groups = together(tmp_path, tbilisi, somewhere, batumi)
    assert len(groups) == 1 and "s.V1" in groups[0]
    assert not {"t.V1", "b.V1"} <= groups[0]


def test_an_empty_store_has_no_clusters(tmp_path):
    with open_store(tmp_path / "empty.duckdb", write=True, create=True) as empty:
        summary = recluster(empty)
        assert summary.events == 0 and summary.clusters == {METHOD_MERGE: 0,
                                                            METHOD_ONE_A_DAY: 0}
        assert empty.meta("clusters_stale") == "0"
