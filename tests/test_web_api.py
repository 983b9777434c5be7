"""The web app's JSON API (Contract 4) against real stores: FastAPI's TestClient over a copy
of the examples store (read-only, and writable for ``POST /api/code`` with ``"store":
true``), the session's Coder, and the same views on a PostgreSQL store. Also the pieces
the pages are built from: the annotated text (escaping) and the SVG charts."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsevents.read import MAX_ARTICLE_BYTES
from newsevents.store import Stored, open_store
from newsevents.store import views as v
from newsevents.store.query import EventFilter, count_events, event_rows
from newsevents.web import Settings, create_app
from newsevents.web.annotate import Span as AnnSpan
from newsevents.web.annotate import annotate, render

TOKEN = "test-token-1234"
SCHEMA = Path(__file__).resolve().parent.parent / "src/newsevents/data/record.schema.json"

# Invented reports, written for these tests.
PROTEST = ("ATHENS, May 6 (Wire) - Riot police fired tear gas at students who marched on the "
           "parliament in Athens on Monday, and arrested 12 of them. \"We will not be silenced,\" "
           "said student leader Eleni Marou.")
MEETING = ("Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Thursday and the "
           "two governments agreed to reopen the border crossing at Moyale.")


@pytest.fixture(scope="module")
def store_copy(examples_store, tmp_path_factory) -> Path:
    """A copy of the examples store that this module may write."""
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    shutil.copy(examples_store, path)
    return path


@pytest.fixture(scope="module")
def read_only(examples_store, tmp_path_factory):
    """The app over a read-only copy of the examples store."""
    path = tmp_path_factory.mktemp("webro") / "ro.duckdb"
    shutil.copy(examples_store, path)
    app = create_app(Settings(db=str(path)))
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="module")
def writable(store_copy, coder):
    """The app over a writable store, with a token, coding with the session's Coder."""
    app = create_app(Settings(db=str(store_copy), write=True, token=TOKEN), coder=coder)
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="module")
def direct(examples_store):
    with open_store(examples_store, sandbox=True) as store:
        yield store


def error_of(response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "code"} and body["code"] == code
    return body["error"]


# --- events ----------------------------------------------------------------------------------


def test_events_are_the_query_commands_events_one_object_each(read_only, direct):
    flt = EventFilter(event="ASSAULT", actor="RUS")
    body = read_only.get("/api/events", params={"event": "ASSAULT", "actor": "RUS",
                                                "limit": 1000}).json()
    assert body["total"] == count_events(direct, flt) == len(body["events"]) > 0
    columns, rows = event_rows(direct, flt)
    ids = list(dict.fromkeys(r[columns.index("event_id")] for r in rows))
    assert [e["event_id"] for e in body["events"]] == ids  # same events, same order
    for event in body["events"]:
        assert event["event_type"] == "ASSAULT"
        assert any(a["country"] == "RUS" for a in event["actors"])
        assert isinstance(event["contexts"], list)


def test_pages_of_events_follow_on(read_only):
    first = read_only.get("/api/events?limit=7").json()
    assert first["limit"] == 7 and first["offset"] == 0 and len(first["events"]) == 7
    second = read_only.get(first["next"]).json()
    assert second["offset"] == 7
    seen = [e["event_id"] for e in first["events"] + second["events"]]
    assert len(set(seen)) == 14
    dates = [e["event_date"] for e in first["events"] + second["events"] if e["event_date"]]
    assert dates == sorted(dates)
    last = read_only.get(f"/api/events?limit=50&offset={first['total'] - 3}").json()
    assert len(last["events"]) == 3 and last["next"] is None
    newest = read_only.get("/api/events?limit=5&sort=-date").json()["events"]
    assert newest[0]["event_date"] >= newest[-1]["event_date"] >= dates[-1]


def test_every_filter_of_query_is_a_parameter(read_only, direct):
    cases = {"modality": "negated", "country": "GRC", "sector": "COP", "place": "Athens",
             "text": "tear gas", "since": "2025-03-01", "until": "2025-03-31",
             "recipient": "Ukraine", "article": "attack", "mode": "arrest"}
    for name, value in cases.items():
        body = read_only.get("/api/events", params={name: value}).json()
        expected = count_events(direct, EventFilter(**{name: value}))
        assert body["total"] == expected, name
    quad = read_only.get("/api/events?quad=verbal_cooperation&limit=1000").json()
    assert quad["total"] > 0
    assert {e["quad_code"] for e in quad["events"]} == {"verbal_cooperation"}


@pytest.mark.parametrize("query, message", [
    ("event=ASSAUT", "not a PLOVER event type"),
    ("since=yesterday", "since: not a date"),
    ("modality=maybe", "modality"),
    ("quad=cooperation", "quad"),
    ("limit=0", "limit"),
    ("limit=5000", "limit"),
    ("offset=-1", "offset"),
])
def test_bad_parameters_are_400_with_a_message(read_only, query, message):
    assert message in error_of(read_only.get(f"/api/events?{query}"), 400, "W400")


def test_a_parameter_of_the_wrong_type_is_422(read_only):
    assert "limit" in error_of(read_only.get("/api/events?limit=many"), 422, "W422")


def test_one_event_with_its_cluster(read_only):
    first = read_only.get("/api/events?article=attack&limit=1").json()["events"][0]
    event = read_only.get(f"/api/events/{first['event_id']}").json()
    assert event["event_id"] == first["event_id"]
    assert event["cluster"]["cluster_id"] == event["cluster_id"]
    assert "attack" in event["cluster"]["article_ids"]
    error_of(read_only.get("/api/events/0000000000000000"), 404, "W404")


def test_events_as_csv_are_the_flat_rows(read_only):
    response = read_only.get("/api/events.csv?event=ASSAULT&limit=5")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    lines = response.text.strip().splitlines()
    assert lines[0].startswith("event_id,article_id,event_date,event_type")
    assert len(lines) == 6


# --- articles, entities, clusters, stats -----------------------------------------------------


def test_articles_list_and_full_records(read_only, direct):
    body = read_only.get("/api/articles").json()
    assert body["total"] == 4
    ids = {a["id"] for a in body["articles"]}
    page = next(i for i in ids if i.endswith("examples/sanctions.html"))  # a path: slashes
    assert ids == {"attack", "summit", "protest", page}
    assert all("text" not in a for a in body["articles"])
    published = [a["published"] for a in body["articles"]]
    assert published == sorted(published, reverse=True)
    assert read_only.get("/api/articles?q=tear+gas").json()["total"] == 1
    assert read_only.get("/api/articles?since=2025-03-01").json()["total"] == 2
    for article_id in ("attack", page):
        record = read_only.get(f"/api/articles/{article_id}").json()
        assert record == json.loads(json.dumps(direct.record(article_id)))
    error_of(read_only.get("/api/articles/nothing-here"), 404, "W404")


def test_entities_across_articles(read_only):
    body = read_only.get("/api/entities?limit=5").json()
    assert body["total"] > 20 and len(body["entities"]) == 5
    top = body["entities"][0]
    assert top["articles"] >= body["entities"][-1]["articles"]
    assert top["mentions"] >= top["articles"]
    ukraine = read_only.get("/api/entities?q=ukraine&kind=state").json()["entities"]
    assert ukraine and ukraine[0]["country"] == "UKR"
    assert ukraine[0]["as_actor"] + ukraine[0]["as_recipient"] > 0


def test_clusters_with_the_query_filters(read_only, direct):
    body = read_only.get("/api/clusters?event=ASSAULT&limit=3").json()
    assert body["total"] >= len(body["clusters"]) > 0
    assert all(c["event_type"] == "ASSAULT" and c["method"] == "merge"
               for c in body["clusters"])
    assert isinstance(body["clusters"][0]["article_ids"], list)
    baseline = read_only.get("/api/clusters?method=one-a-day").json()
    assert baseline["total"] > 0 and baseline["clusters"][0]["method"] == "one-a-day"
    error_of(read_only.get("/api/clusters?quad=verbal_conflict"), 400, "W400")


def test_stats(read_only, direct):
    stats = read_only.get("/api/stats").json()
    assert stats["articles"] == 4
    assert stats["events"] == count_events(direct, EventFilter())
    assert sum(stats["by_quad"].values()) == stats["events"]
    assert stats["writable"] is False and stats["store"] == "ro.duckdb"
    assert stats["clusters"]["merge"] > 0


# --- the pictures' data ----------------------------------------------------------------------


def test_timeline_counts_every_dated_event_once(read_only):
    total = read_only.get("/api/events?limit=1").json()["total"]
    for interval in ("day", "week", "month", "auto"):
        data = read_only.get(f"/api/timeline?interval={interval}").json()
        assert data["total"] + data["undated"] == total
        assert sum(sum(p["counts"].values()) for p in data["periods"]) == data["total"]
    weeks = read_only.get("/api/timeline?interval=week&by=quad").json()
    from datetime import date

    assert all(date.fromisoformat(p["period"]).weekday() == 0 for p in weeks["periods"])
    assert set(weeks["keys"]) <= {"verbal_cooperation", "material_cooperation",
                                  "verbal_conflict", "material_conflict"}
    narrowed = read_only.get("/api/timeline?event=PROTEST&interval=day").json()
    assert set(narrowed["keys"]) == {"PROTEST"}


def test_map_points_and_network(read_only):
    data = read_only.get("/api/map").json()
    total = read_only.get("/api/events?limit=1").json()["total"]
    assert data["placed"] + data["unplaced"] == total
    athens = next(p for p in data["points"] if p["name"] == "Athens")
    assert abs(athens["lat"] - 37.98) < 0.1 and athens["quad"] in athens["by_quad"]
    network = read_only.get("/api/network?nodes=10").json()
    ids = {n["id"] for n in network["nodes"]}
    assert 2 <= len(ids) <= 10 and network["edges"]
    assert all(e["source"] in ids and e["target"] in ids and e["source"] != e["target"]
               for e in network["edges"])


def test_openapi_documents_every_endpoint(read_only):
    paths = read_only.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles",
                 "/api/articles/{article_id}", "/api/entities", "/api/clusters", "/api/stats",
                 "/api/code", "/api/timeline", "/api/map", "/api/network"):
        assert path in paths, path
    names = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"event", "actor", "since", "place", "text", "limit", "offset"} <= names


# --- coding ----------------------------------------------------------------------------------


def test_code_gives_the_record_code_gives(writable, coder):
    import jsonschema

    response = writable.post("/api/code", json={"text": PROTEST, "title": "Athens march",
                                                "published": "2025-05-06"})
    assert response.status_code == 200, response.text
    record = response.json()
    jsonschema.validate(record, json.loads(SCHEMA.read_text()))
    expected = coder.code(PROTEST, published="2025-05-06", title="Athens march",
                          id=record["article"]["id"]).to_dict()
    assert record == json.loads(json.dumps(expected))
    assert record["article"]["id"].startswith("web:")
    assert any(e["event"] == "PROTEST" or e["event"] == "COERCE" for e in record["events"])


@pytest.mark.parametrize("body, status, code, words", [
    ({"text": "   "}, 422, "W422", "empty"),
    ({"text": "Die Regierung hat heute in Berlin neue Gesetze beschlossen, die ab "
              "Januar gelten sollen und viele Bürger betreffen werden."}, 422, "W422", "English"),
    ({"text": MEETING, "published": "last week"}, 422, "W422", "published"),
    ({"title": "no text"}, 422, "W422", "text"),
    ({"text": MEETING, "colour": "red"}, 422, "W422", "colour"),
])
def test_articles_that_cannot_be_coded_are_refused(writable, body, status, code, words):
    assert words in error_of(writable.post("/api/code", json=body), status, code)


# a local story that names its town alone (invented): the home says which Springfield
LOCAL = "The city council met in Springfield on Tuesday to discuss the budget."
SPRINGFIELD_IL = 4250542


def _springfield(record):
    return [p["geonameid"] for p in record["places"] if p["text"] == "Springfield"]


def test_code_takes_a_home_as_code_home_does(writable, coder):
    plain = writable.post("/api/code", json={"text": LOCAL})
    assert plain.status_code == 200 and _springfield(plain.json()) != [SPRINGFIELD_IL]
    assert "home" not in plain.json()["article"]
    for home in ("Illinois, US", "4896861", 4896861):
        response = writable.post("/api/code", json={"text": LOCAL, "home": home})
        assert response.status_code == 200, response.text
        record = response.json()
        assert _springfield(record) == [SPRINGFIELD_IL]
        assert record["article"]["home"] == str(home)
        expected = coder.code(LOCAL, home=str(home), id=record["article"]["id"]).to_dict()
        assert record == json.loads(json.dumps(expected))
    blank = writable.post("/api/code", json={"text": LOCAL, "home": "  "})
    assert blank.status_code == 200 and "home" not in blank.json()["article"]


@pytest.mark.parametrize("home, words", [
    ("Nowhereville Upon Nothing", "home: no place called 'Nowhereville Upon Nothing'"),
    ("Springfield, Atlantis", "home: not a state or country: 'Atlantis'"),
    ("999999999", "home: no place with GeoNames id 999999999"),
    (True, "home"),
    (["Ohio"], "home"),
])
def test_a_home_that_names_no_place_is_refused_naming_it(writable, home, words):
    assert words in error_of(writable.post("/api/code", json={"text": LOCAL, "home": home}),
                             422, "W422")


def test_the_coding_form_takes_a_home(writable):
    page = writable.post("/", data={"text": LOCAL, "home": "Illinois, US"})
    assert page.status_code == 200 and 'name="home" value="Illinois, US"' in page.text
    assert '"geonameid": 4250542' in page.text
    bad = writable.post("/", data={"text": LOCAL, "home": "Springfield, Atlantis"})
    assert bad.status_code == 422 and "home: not a state or country" in bad.text
    body = {"text": LOCAL, "home": "Illinois, US"}
    upload = writable.post("/", files={"file": ("local.json", json.dumps(body).encode(),
                                                "application/json")})
    assert upload.status_code == 200 and '"home": "Illinois, US"' in upload.text
    line = json.dumps({"id": "local-1", "text": LOCAL, "home": "Nowhereville Upon Nothing"})
    refused = writable.post("/", files={"file": ("local.jsonl", line.encode(),
                                                 "application/json")})
    assert refused.status_code == 422 and "home: no place called" in refused.text
    mended = writable.post("/", data={"home": "Illinois"},  # the form's home wins
                           files={"file": ("local.jsonl", line.encode(), "application/json")})
    assert mended.status_code == 200 and '"home": "Illinois"' in mended.text


def test_an_article_over_the_code_limit_is_413(writable):
    big = "Police arrested protesters. " * (MAX_ARTICLE_BYTES // 28 + 10)
    assert "too large" in error_of(writable.post("/api/code", json={"text": big}), 413, "W413")
    huge = writable.post("/api/code", content=b"x" * 100,
                         headers={"content-type": "application/json",
                                  "content-length": "999999999"})
    assert "too large" in error_of(huge, 413, "W413")


def test_storing_needs_the_token_then_the_article_is_served(writable):
    body = {"text": MEETING, "published": "2025-02-13", "id": "moyale", "store": True}
    error_of(writable.post("/api/code", json=body), 401, "W401")
    error_of(writable.post("/api/code", json=body, headers={"authorization": "Bearer nope"}),
             401, "W401")
    stored = writable.post("/api/code", json=body,
                           headers={"authorization": f"Bearer {TOKEN}"})
    assert stored.status_code == 201, stored.text
    assert stored.headers["location"] == "/api/articles/moyale"
    assert writable.get("/api/articles/moyale").json() == stored.json()
    events = writable.get("/api/events?article=moyale").json()
    assert events["total"] == len(stored.json()["events"]) > 0
    assert writable.app.state.backend.wait_for_clusters()
    stats = writable.get("/api/stats").json()
    assert stats["articles"] == 5 and stats["writable"] and not stats["clusters_stale"]
    event = writable.get(f"/api/events/{events['events'][0]['event_id']}").json()
    assert event["cluster"] is not None  # reclustered in the background


def test_a_read_only_server_stores_nothing(read_only):
    error_of(read_only.post("/api/code", json={"text": MEETING, "store": True}), 403, "W403")


def test_a_busy_coder_answers_503(store_copy, coder, tmp_path):
    path = tmp_path / "busy.duckdb"
    shutil.copy(store_copy, path)
    app = create_app(Settings(db=str(path), max_pending=0), coder=coder)
    with TestClient(app) as client:
        response = client.post("/api/code", json={"text": MEETING})
        error_of(response, 503, "W503")
        assert response.headers["retry-after"]


# --- guards ----------------------------------------------------------------------------------


def test_security_headers_on_api_and_pages(read_only):
    for url in ("/api/stats", "/", "/events", "/api/nothing"):
        headers = read_only.get(url).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_cross_site_posts_are_refused(writable):
    response = writable.post("/api/code", json={"text": MEETING},
                             headers={"origin": "http://evil.example"})
    error_of(response, 403, "W403")
    same = writable.post("/api/code", json={"text": MEETING},
                         headers={"origin": "http://testserver"})
    assert same.status_code == 200


def test_only_loopback_host_names_when_serving_locally(store_copy, tmp_path):
    from newsevents.web.backend import LOOPBACK_HOSTS

    path = tmp_path / "hosts.duckdb"
    shutil.copy(store_copy, path)
    app = create_app(Settings(db=str(path), allowed_hosts=LOOPBACK_HOSTS))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/api/stats").status_code == 200
        error_of(client.get("/api/stats", headers={"host": "rebound.example"}), 400, "W400")
        for host in ("localhost:8000", "[::1]:8000", "127.0.0.1"):
            assert client.get("/api/stats", headers={"host": host}).status_code == 200


def test_serve_refuses_a_missing_store_in_one_line(tmp_path):
    import io

    from newsevents.cli import main

    err = io.StringIO()
    assert main(["serve", "--db", str(tmp_path / "none.duckdb")], err=err) == 2
    assert err.getvalue().count("\n") == 1 and "no store here" in err.getvalue()
    err = io.StringIO()
    assert main(["serve", "--write", "--workers", "2"], err=err) == 2
    assert "read-only" in err.getvalue()


def test_unknown_paths_and_methods(read_only):
    error_of(read_only.get("/api/nothing"), 404, "W404")
    error_of(read_only.delete("/api/events"), 405, "W405")
    page = read_only.get("/no-such-page")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")


# --- the pages, as HTML ----------------------------------------------------------------------


XSS = ('Police detained 20 protesters in Minsk on Friday. <script>window.__xss = 1</script> '
       '<img src=x onerror="window.__xss = 2"> <a href="javascript:window.__xss = 3">link</a> '
       'The European Union condemned the arrests & "promised" a response.')


def test_stored_html_is_shown_as_text(writable):
    body = {"text": XSS, "title": "<img src=x onerror=alert(1)>", "id": "xss",
            "url": "javascript:alert(1)", "published": "2025-05-02", "store": True}
    stored = writable.post("/api/code", json=body, headers={"authorization": f"Bearer {TOKEN}"})
    assert stored.status_code == 201, stored.text
    for url in ("/articles/xss", "/events?article=xss", "/articles"):
        html = writable.get(url).text
        assert "<script>window" not in html and "<img src=x" not in html
        assert 'href="javascript:' not in html
    page = writable.get("/articles/xss").text
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


@pytest.mark.parametrize("url", ["/", "/?example=1", "/articles", "/articles/attack", "/events",
                                 "/events?event=ASSAULT&sort=-date", "/timeline",
                                 "/timeline?interval=week&by=quad", "/map", "/map?quad=verbal_"
                                 "conflict", "/network", "/docs"])
def test_every_page_renders(read_only, url):
    response = read_only.get(url)
    assert response.status_code == 200
    assert "<script>" not in response.text  # scripts are files: <script src=...>
    assert "style=" not in response.text  # no inline styles either (CSP style-src 'self')


def test_the_coding_form_codes_without_scripts(writable):
    response = writable.post("/", data={"text": PROTEST, "published": "2025-05-06"})
    assert response.status_code == 200
    assert 'class="event-item' in response.text and "k-trigger" in response.text
    upload = writable.post("/", files={"file": ("march.html", (
        "<html><head><title>Students march</title></head><body><article><p>"
        + PROTEST + "</p></article></body></html>").encode(), "text/html")})
    assert upload.status_code == 200 and "Students march" in upload.text
    wrong = writable.post("/", files={"file": ("notes.pdf", b"%PDF-1.4", "application/pdf")})
    assert wrong.status_code == 415 and "upload a .txt" in wrong.text


def test_the_coding_form_takes_a_json_article(writable):
    """A ``.json`` upload is the body ``POST /api/code`` takes; a ``.jsonl`` one, its first
    line; the form's title wins over the file's."""
    body = {"text": MEETING, "title": "Border reopens", "published": "2025-04-03",
            "id": "upload-1"}
    upload = writable.post("/", files={"file": ("meeting.json", json.dumps(body).encode(),
                                                "application/json")})
    assert upload.status_code == 200 and "Border reopens" in upload.text
    assert 'class="event-item' in upload.text
    lines = json.dumps({"id": "line-1", "text": PROTEST}) + "\n" + json.dumps(body) + "\n"
    first = writable.post("/", data={"title": "From the form"},
                          files={"file": ("two.jsonl", lines.encode(), "application/json")})
    assert first.status_code == 200 and "From the form" in first.text
    assert "Riot police" in first.text and "Moyale" not in first.text
    for bad in (b"[1, 2]", b'{"title": "no text"}', b"{not json", b'{"text": 3}'):
        refused = writable.post("/", files={"file": ("bad.json", bad, "application/json")})
        assert refused.status_code == 422 and "POST /api/code" in refused.text, bad


# --- the pieces ------------------------------------------------------------------------------


def test_a_burst_of_one_new_request_is_computed_once():
    """Threads asking for a result being computed wait for it; a failure reaches them all
    and is not kept."""
    import threading

    from newsevents.web.backend import ResultCache

    cache, calls, results = ResultCache(10, None), [], []
    entered, gate = threading.Event(), threading.Event()

    def compute():
        calls.append(1)
        entered.set()
        gate.wait(30)
        return "answer"

    def ask():
        results.append(cache.get("k", compute))

    first = threading.Thread(target=ask)
    first.start()
    assert entered.wait(30)
    others = [threading.Thread(target=ask) for _ in range(7)]
    for thread in others:
        thread.start()
    gate.set()
    for thread in [first, *others]:
        thread.join(30)
    assert calls == [1] and results == ["answer"] * 8

    def fail():
        raise ValueError("no")

    with pytest.raises(ValueError):
        cache.get("bad", fail)
    assert cache.get("bad", lambda: "later") == "later"


def test_annotated_text_escapes_every_piece_and_keeps_the_text():
    text = 'A <b>"x"</b> & y'
    spans = [AnnSpan(2, 9, "actor", "a-person", "E1", 'tip "<i>"'),
             AnnSpan(5, 14, "quote", "q-direct", "Q1", "")]
    html = str(render(text, spans))
    assert "<b>" not in html and "&lt;b&gt;" in html and "&lt;i&gt;" in html
    root = ET.fromstring(f"<div>{html.replace('&nbsp;', ' ')}</div>")
    assert "".join(root.itertext()) == text  # the same characters, in order
    assert [s.get("data-ids") for s in root] == ["E1", "E1 Q1", "Q1"]


def test_annotate_links_events_to_their_mentions(direct):
    view = annotate(direct.record("attack"))
    shelled = next(e for e in view.events if e.trigger_text == "shelled")
    assert shelled.actor_ids and shelled.place_id and shelled.sentence_id
    html = str(view.html)
    for ref in (shelled.id, shelled.sentence_id, *shelled.actor_ids):
        assert f'data-ids="{ref}' in html or f' {ref}"' in html or f" {ref} " in html


def test_charts_are_well_formed_svg(read_only):
    from newsevents.web import charts

    data = read_only.get("/api/timeline").json()
    points = read_only.get("/api/map").json()
    network = read_only.get("/api/network").json()
    for svg in (charts.timeline_svg(data, {"event": "A<B"}), charts.map_svg(points, {}),
                charts.network_svg(network, {})):
        root = ET.fromstring(str(svg))
        assert root.tag == "svg" and len(root) > 3
    assert len(charts.world_paths()) > 150


# --- the same views on PostgreSQL ------------------------------------------------------------


@pytest.fixture(scope="module")
def postgres_copy(postgres_server, direct):
    """The examples' records written into a PostgreSQL store, and reclustered."""
    from newsevents.cluster import recluster

    url = postgres_server()
    ids = [r[0] for r in direct.fetch("SELECT id FROM articles ORDER BY id")[1]]
    with open_store(url, write=True, create=True) as store:
        store.write_batch([Stored(direct.record(i), input="examples", line=None) for i in ids])
        recluster(store)
    return url


def test_the_views_answer_the_same_on_postgresql(postgres_copy, direct):
    sel = v.Selection(EventFilter(event="ASSAULT,COERCE,PROTEST"))
    with open_store(postgres_copy) as pg:
        for name, run in {
            "count": lambda s: v.count_selected(s, sel),
            "page": lambda s: v.event_page(s, sel, 20, 3),
            "newest": lambda s: v.event_page(s, v.Selection(quad="verbal_conflict"), 10, 0, True),
            "articles": lambda s: [{k: a[k] for k in ("id", "title", "publication_date",
                                                      "n_events")}
                                   for a in v.article_page(s, "police", None, None)],
            "entities": lambda s: v.entity_page(s, "a", None, None, None, 20),
            "count entities": lambda s: v.count_entities(s, "a"),
            "timeline": lambda s: v.timeline(s, sel, "week", "type"),
            "months": lambda s: v.timeline(s, v.Selection(), "month", "quad"),
            "map": lambda s: v.map_points(s, sel),
            "network": lambda s: v.network(s, v.Selection(), 15),
            "count clusters": lambda s: v.count_clusters(s, EventFilter(country="RUS")),
        }.items():
            assert _plain(run(pg)) == _plain(run(direct)), name
        stats_pg, stats_duck = v.stats(pg), v.stats(direct)
        for key in ("articles", "events", "actors", "by_type", "by_quad", "clusters"):
            assert stats_pg[key] == stats_duck[key], key


def test_the_api_serves_a_postgresql_store(postgres_copy):
    app = create_app(Settings(db=postgres_copy))
    with TestClient(app) as client:
        body = client.get("/api/events?event=ASSAULT&limit=3").json()
        assert body["total"] > 3 and len(body["events"]) == 3
        assert client.get("/api/articles/attack").json()["article"]["id"] == "attack"
        assert "secret" not in client.get("/api/stats").json()["store"]


def _plain(value):
    """Numbers as floats rounded, so that DuckDB's and PostgreSQL's types compare."""
    if isinstance(value, dict):
        return {k: _plain(x) for k, x in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(x) for x in value]
    if isinstance(value, float | int) and not isinstance(value, bool):
        return round(float(value), 6)
    return value


def test_a_coding_process_that_dies_is_replaced():
    """The default coder lives in a worker process: when it dies (here: killed while
    coding), a new one is started and the article is coded all the same."""
    import asyncio
    import os
    import signal

    import psutil

    from newsevents.web.coding import CodingService, article_from_text

    def workers() -> list[int]:
        """Live child processes, not the resource tracker; a killed one the pool has not
        reaped yet is a zombie, dead, and not listed (psutil cannot read its command)."""
        found = []
        for p in psutil.Process().children(recursive=True):
            try:
                if p.status() != psutil.STATUS_ZOMBIE \
                        and "resource_tracker" not in " ".join(p.cmdline()):
                    found.append(p.pid)
            except psutil.Error:  # gone, or a zombie, since it was listed
                continue
        return found

    long_text = "\n\n".join([PROTEST, MEETING] * 80)  # still coding 0.2 s after submission

    async def scenario() -> None:
        service = CodingService()
        service.start()
        try:
            first = await service.code(article_from_text(MEETING, published="2025-02-13"))
            assert first["events"] and service.status == "ready"
            coding = asyncio.ensure_future(service.code(article_from_text(long_text)))
            await asyncio.sleep(0.2)
            killed = workers()  # processes this test started
            for pid in killed:
                os.kill(pid, signal.SIGKILL)
            assert (await coding)["events"]
            assert workers() and set(workers()).isdisjoint(killed)
            after = await service.code(article_from_text(PROTEST, published="2025-05-06"))
            assert after["events"]
        finally:
            service.close()

    asyncio.run(scenario())
