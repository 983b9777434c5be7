"""The command line as users run it: a real subprocess over files we wrote."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from newsevents.datafiles import default_path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLE = ("MADRID, June 3 - Spanish police arrested twelve people on Monday after protesters "
           "attacked a government building in Madrid, the interior ministry said. Spain's "
           "prime minister condemned the violence and urged calm.")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsevents.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(default_path("record.schema.json").read_text())


def test_jsonl_output_validates_against_the_schema(schema):
    result = run("code", str(EXAMPLES / "articles.jsonl"), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"]["id"] for r in records] == ["summit", "attack", "protest"]
    for record in records:
        jsonschema.validate(record, schema)
        text = record["article"]["text"]
        assert record["events"], record["article"]["id"]
        for event in record["events"]:
            start, end = event["trigger"]
            assert text[start:end] == event["event_text"]
        for entity in record["entities"]:
            for mention in entity["mentions"]:
                assert text[mention["start"]:mention["end"]] == mention["text"]


def test_stdin_json_array_and_date(schema):
    result = run("code", "-", "--date", "2025-06-03", "--format", "json", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    (record,) = json.loads(result.stdout)
    jsonschema.validate(record, schema)
    assert record["article"]["published"] == "2025-06-03"
    assert {"COERCE", "ASSAULT"} <= {e["event"] for e in record["events"]}


def test_csv_has_one_row_per_event():
    result = run("code", "-", "--date", "2025-06-03", "--format", "csv", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(r["article_id"] == "<stdin>" for r in rows)
    assert len({r["event_id"] for r in rows}) == len(rows)  # one row per event
    arrest = next(r for r in rows if r["event"] == "COERCE")
    assert {k: arrest[k] for k in ("mode", "cameo", "quad", "modality", "date", "actor",
                                   "actor_country", "actor_sector", "recipient", "place",
                                   "event_text")} == {
        "mode": "arrest", "cameo": "17", "quad": "material_conflict", "modality": "asserted",
        "date": "2025-06-02", "actor": "Spanish police", "actor_country": "ESP",
        "actor_sector": "COP", "recipient": "people", "place": "Madrid",
        "event_text": "arrested"}
    start, end = int(arrest["trigger_start"]), int(arrest["trigger_end"])
    assert ARTICLE[start:end] == "arrested"
    sentence = ARTICLE[int(arrest["sentence_start"]):int(arrest["sentence_end"])]
    assert sentence == arrest["sentence_text"] and sentence.startswith("Spanish police")


def test_csv_cells_with_several_actors_join_them_in_order():
    text = "France and Germany imposed sanctions on Iran and Syria."
    result = run("code", "-", "--date", "2025-06-03", "--format", "csv", stdin=text)
    assert result.returncode == 0, result.stderr
    (row,) = [r for r in csv.DictReader(io.StringIO(result.stdout)) if r["event"] == "SANCTION"]
    assert (row["actor"], row["actor_country"]) == ("France; Germany", "FRA; DEU")
    assert (row["recipient"], row["recipient_country"]) == ("Iran; Syria", "IRN; SYR")
    # one part per actor in every actor column, empty ones included, so columns line up
    for column in ("actor_sector", "actor_wikidata", "recipient_sector", "recipient_wikidata"):
        assert row[column].count(";") == 1, column


def test_table_is_readable():
    result = run("code", "-", "--date", "2025-06-03", "--format", "table", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    (record,) = json.loads(run("code", "-", "--date", "2025-06-03", "--format", "json",
                               stdin=ARTICLE).stdout)
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["<stdin>", "(2025-06-03):", str(len(record["events"])),
                                "events"]
    header = next(line for line in lines if line.startswith("┃"))
    assert [c.strip() for c in header.strip("┃").split("┃")] == [
        "id", "event", "mode", "modality", "actor", "recipient", "date", "where", "conf", "text"]
    rows = [[c.strip() for c in line.strip("│").split("│")] for line in lines
            if line.startswith("│")]
    # one row per event of the JSON record, in its order, with the same values
    assert [r[:4] + r[6:7] + r[9:] for r in rows] == [
        [e["id"], e["event"], e["mode"] or "", e["modality"], e["date"] or "", e["event_text"]]
        for e in record["events"]]
    assert rows[0][:8] + rows[0][9:] == ["V1", "COERCE", "arrest", "asserted",
                                         "Spanish police [ESP/COP]", "people [ESP/CVL]",
                                         "2025-06-02", "Madrid", "arrested"]
    # the confidence as the record gives it (the confidence model's), to two places
    assert abs(float(rows[0][8]) - record["events"][0]["confidence"]) <= 0.0051


def test_bad_inputs_are_reported_one_line_each_and_the_rest_is_coded(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    lines = tmp_path / "batch.jsonl"
    lines.write_text('{"id": "a", "text": "Chile sanctioned Peru on Monday."}\n{"id": "b", \n',
                     encoding="utf-8")
    result = run("code", str(empty), str(good), str(tmp_path / "missing.txt"), str(binary),
                 str(lines), "--date", "2025-06-03", "--format", "jsonl")
    assert result.returncode == 1
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()]
    assert ids == [str(good), "a"]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4, errors
    assert f"{empty}: empty" in errors[0]
    assert "missing.txt" in errors[1] and "not found" in errors[1]
    assert "image.txt" in errors[2] and "binary" in errors[2]
    assert "batch.jsonl:2" in errors[3] and "JSON" in errors[3]


def test_usage_errors_exit_2():
    assert run("code").returncode == 2
    assert run("code", "x.txt", "--date", "yesterday").returncode == 2
    assert run("code", "x.txt", "--format", "xml").returncode == 2
    bad_model = run("code", "-", "--model", "no_such_pipeline", stdin="text")
    assert bad_model.returncode == 2 and "no_such_pipeline" in bad_model.stderr


def test_lexicon_check_reports_file_entry_and_reason(tmp_path):
    assert run("lexicon", "check").returncode == 0
    broken = tmp_path / "lexicon.yaml"
    broken.write_text(
        "version: 1\nevents:\n  ASSAULT:\n    cameo: '18'\n    verbs:\n"
        "      - {lemma: shell, mode: peaceful}\n    nouns: []\n", encoding="utf-8")
    result = run("lexicon", "check", str(broken))
    assert result.returncode == 1
    assert str(broken) in result.stderr
    assert "line 6: events.ASSAULT.verbs[0] (shell)" in result.stderr
    assert "peaceful" in result.stderr


def test_an_unreadable_publication_date_is_a_warning_and_the_article_is_coded(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "w1", "published": "sometime soon", "text": ARTICLE})
                    + "\n")
    result = run("code", str(feed), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    (warning,) = result.stderr.strip().splitlines()
    assert warning.startswith("newsevents: warning: ") and "'published'" in warning
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["article"]["published"] is None and record["events"]
