"""``newsevents query`` and ``export`` over a real store of the bundled examples."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import duckdb
import pyarrow.parquet as pq
import pytest

from newsevents.store import open_store, schema
from newsevents.store.query import EventFilter, count_events, where_clause


def newsevents(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsevents.cli", *args],
                          capture_output=True, text=True, timeout=120)


def rows(db, *args: str) -> list[dict]:
    result = newsevents("query", "--db", str(db), "--format", "jsonl", *args)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def sql(db, statement: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(statement).fetchall()
    finally:
        con.close()


def test_flat_rows_carry_the_contract_columns(examples_store):
    found = rows(examples_store, "--limit", "5")
    assert len(found) == 5
    for row in found:
        assert set(schema.EVENTS_FLAT_COLUMNS) <= set(row)
    (total,) = sql(examples_store, "SELECT count(*) FROM events_flat")[0]
    assert len(rows(examples_store)) == total


def test_an_event_with_two_recipients_is_two_rows_with_one_id(examples_store):
    pairs = sql(examples_store, "SELECT e.event_id, count(*) FROM events e JOIN event_actors a "
                                "ON a.event_id = e.event_id AND a.role = 'recipient' "
                                "GROUP BY 1 HAVING count(*) > 1")
    assert pairs, "the examples have events with several recipients"
    event_id, recipients = pairs[0]
    flat = sql(examples_store, f"SELECT count(*) FROM events_flat WHERE event_id = '{event_id}'")
    assert flat[0][0] >= recipients


@pytest.mark.parametrize(("args", "column", "expected"), [
    (("--event", "ASSAULT"), "event_type", {"ASSAULT"}),
    (("--event", "assault,coerce"), "event_type", {"ASSAULT", "COERCE"}),
    (("--modality", "future"), "modality", {"future"}),
    (("--actor", "RUS"), "actor_country", {"RUS"}),
    (("--actor", "Q57792"), "actor_wikidata", {"Q57792"}),
    (("--place", "Kharkiv"), "placename", {"Kharkiv"}),
])
def test_filters_select_what_they_name(examples_store, args, column, expected):
    found = rows(examples_store, *args)
    assert found
    assert {row[column] for row in found} <= expected


def test_country_and_sector_match_either_side(examples_store):
    found = rows(examples_store, "--country", "UKR")
    assert found and all("UKR" in (r["actor_country"], r["recipient_country"]) for r in found)
    assert any(r["actor_country"] != "UKR" for r in found)  # as recipient too
    police = rows(examples_store, "--sector", "COP")
    assert police and all("COP" in (r["actor_sector"], r["recipient_sector"]) for r in police)


def test_dates_text_and_names(examples_store):
    since = rows(examples_store, "--since", "2025-03-01", "--until", "2025-03-31")
    assert since and all("2025-03-01" <= r["event_date"] <= "2025-03-31" for r in since)
    words = rows(examples_store, "--text", "tear gas")
    assert words and all("tear" in r["sentence"].lower() and "gas" in r["sentence"].lower()
                         for r in words)
    rutte = rows(examples_store, "--actor", "rutte")
    assert rutte and {r["actor_name"] for r in rutte} == {"Mark Rutte"}


def test_count_is_of_events_not_rows(examples_store):
    with open_store(examples_store) as store:
        assert count_events(store, EventFilter()) == sql(
            examples_store, "SELECT count(*) FROM events")[0][0]
    result = newsevents("query", "--db", str(examples_store), "--count", "--event", "ASSAULT")
    assert int(result.stdout) == sql(
        examples_store, "SELECT count(*) FROM events WHERE event = 'ASSAULT'")[0][0]


def test_filter_values_are_parameters_not_sql():
    where, params = where_clause(EventFilter(actor="x' OR 1=1 --", text="100%"))
    assert "OR 1=1" not in where and "x' OR 1=1 --" in params[0]
    assert any("\\%" in str(p) for p in params)


def test_table_csv_and_json_formats(examples_store):
    table = newsevents("query", "--db", str(examples_store), "--format", "table", "--limit", "3")
    assert table.returncode == 0 and "event_type" in table.stdout
    text = newsevents("query", "--db", str(examples_store), "--format", "csv", "--event",
                      "PROTEST").stdout
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert parsed and {r["event_type"] for r in parsed} == {"PROTEST"}
    array = json.loads(newsevents("query", "--db", str(examples_store), "--format", "json",
                                  "--limit", "2").stdout)
    assert len(array) == 2


def test_clusters_are_listed(examples_store):
    found = rows(examples_store, "--clusters", "--event", "ASSAULT")
    assert found and all(c["event_type"] == "ASSAULT" for c in found)
    assert all(c["n_articles"] >= 1 for c in found)
    flat = sql(examples_store, "SELECT count(*) FROM events_flat WHERE cluster_id IS NULL")
    assert flat[0][0] == 0


@pytest.mark.parametrize("statement", [
    "DELETE FROM events",
    "DROP TABLE articles",
    "COPY events TO '/tmp/newsevents-test-leak.csv'",
    "ATTACH '/tmp/newsevents-test-other.duckdb'",
    "SELECT 1; DELETE FROM events",
    "SELECT * FROM read_csv('/etc/hostname')",
    "INSTALL httpfs",
])
def test_sql_is_read_only(examples_store, statement):
    before = sql(examples_store, "SELECT count(*) FROM events")
    result = newsevents("query", "--db", str(examples_store), "--sql", statement)
    assert result.returncode == 2
    assert result.stderr.startswith("newsevents: ") and "Traceback" not in result.stderr
    assert sql(examples_store, "SELECT count(*) FROM events") == before


def test_sql_answers_queries(examples_store):
    found = rows(examples_store, "--sql",
                 "SELECT event_type, count(*) AS n FROM events_flat GROUP BY 1 ORDER BY 2 DESC")
    assert found[0]["n"] >= found[-1]["n"]


def test_query_does_not_load_the_pipeline(examples_store):
    probe = ("import sys; from newsevents.cli import main; "
             f"code = main(['query', '--db', {str(examples_store)!r}, '--count']); "
             "assert code == 0; assert 'spacy' not in sys.modules, 'spacy imported'")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_export_parquet_csv_jsonl(examples_store, tmp_path):
    (events,) = sql(examples_store, "SELECT count(*) FROM events_flat")[0]
    result = newsevents("export", "--db", str(examples_store), "--out", str(tmp_path / "pq"))
    assert result.returncode == 0, result.stderr
    table = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert table.num_rows == events
    assert table.column_names[:len(schema.EVENTS_FLAT_COLUMNS)] == list(
        schema.EVENTS_FLAT_COLUMNS)
    for name in ("articles", "entities", "places", "quotes", "clusters"):
        assert (tmp_path / "pq" / f"{name}.parquet").exists(), name
    assert newsevents("export", "--db", str(examples_store), "--out", str(tmp_path / "c"),
                      "--format", "csv").returncode == 0
    with (tmp_path / "c" / "events.csv").open() as f:
        assert sum(1 for _ in csv.DictReader(f)) == events
    assert newsevents("export", "--db", str(examples_store), "--out", str(tmp_path / "j"),
                      "--format", "jsonl").returncode == 0
    lines = (tmp_path / "j" / "articles.jsonl").read_text().splitlines()
    assert {json.loads(line)["id"] for line in lines} >= {"summit", "attack", "protest"}


def test_export_by_month_reads_back_as_one_table(examples_store, tmp_path):
    out = tmp_path / "monthly"
    result = newsevents("export", "--db", str(examples_store), "--out", str(out),
                        "--partition", "month")
    assert result.returncode == 0, result.stderr
    months = sorted(p.relative_to(out / "events").as_posix()
                    for p in (out / "events").glob("year=*/month=*"))
    assert "year=2025/month=3" in months and len(months) > 2
    table = pq.read_table(out / "events")
    assert table.num_rows == sql(examples_store, "SELECT count(*) FROM events_flat")[0][0]
    assert not list(out.glob(".*partial"))


def test_export_to_a_file_is_refused(examples_store, tmp_path):
    target = tmp_path / "file.txt"
    target.write_text("x")
    result = newsevents("export", "--db", str(examples_store), "--out", str(target))
    assert result.returncode == 2 and "not a folder" in result.stderr


def test_a_party_is_one_name_and_country_on_either_side(examples_store):
    """``--party NAME --party-country CODE`` selects the rows where the actor or the recipient
    is that name with that country on the same side; ``none`` asks for a side without one."""
    pairs = sql(examples_store, "SELECT recipient_name, recipient_country, count(*) FROM "
                "events_flat WHERE recipient_country IS NOT NULL GROUP BY 1, 2 "
                "ORDER BY 3 DESC LIMIT 1")
    name, country, _ = pairs[0]
    found = rows(examples_store, "--party", name, "--party-country", country)
    assert found and all(
        (r["actor_name"], r["actor_country"]) == (name, country)
        or (r["recipient_name"], r["recipient_country"]) == (name, country) for r in found)
    assert any(r["recipient_name"] == name for r in found)
    as_either = {r["event_id"] for r in rows(examples_store, "--party", name)}
    assert {r["event_id"] for r in found} <= as_either
    without = rows(examples_store, "--party", name, "--party-country", "none")
    assert all(None in (r["actor_country"] if r["actor_name"] == name else "x",
                        r["recipient_country"] if r["recipient_name"] == name else "x")
               for r in without)
    alone = newsevents("query", "--db", str(examples_store), "--party-country", "UKR")
    assert alone.returncode == 2 and "--party-country" in alone.stderr
    assert len(alone.stderr.strip().splitlines()) == 1
