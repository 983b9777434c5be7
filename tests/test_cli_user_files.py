"""A user's own data files on the command line: ``--lexicon`` replaces the packaged event
lexicon, ``--kb`` extends and overrides the packaged knowledge base; a file that is not
usable is a usage error (exit 2, one line naming the file). Real subprocesses, files we
write, sentences we invent."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsevents.errors import EXIT_OK, EXIT_USAGE

LEXICON = """version: 1
events:
  ASSAULT:
    cameo: "18"
    verbs:
      - {lemma: pummel, mode: beat, weight: 0.8}
    nouns: []
"""

KB = """version: 1
persons:
  # overrides the packaged entry of the same Wikidata id
  - name: Emmanuel Macron
    wikidata: Q3052772
    aliases: [Manu Macron]
    country: FRA
    offices:
      - {office: Mayor of Amiens, title: mayor, role: other, country: FRA, sector: GOV,
         start: "2024-01-01"}
  # a person the packaged base does not know
  - name: Ilse Vandermeer
    country: BEL
    offices:
      - {office: Governor of Antwerp, title: governor, role: other, country: BEL,
         sector: GOV, start: "2023-02-01"}
"""

MEETING = ("Emmanuel Macron met Ilse Vandermeer in Antwerp on Monday. Later the French "
           "president spoke to reporters.")


def code(text: str, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsevents.cli", "code", "-", "--date", "2025-06-03",
         "--format", "json", *options], input=text, capture_output=True, text=True,
        timeout=300)


def _record(result: subprocess.CompletedProcess[str]) -> dict:
    assert result.returncode == EXIT_OK, result.stderr
    (record,) = json.loads(result.stdout)
    return record


def test_a_lexicon_of_your_own_replaces_the_packaged_one(tmp_path):
    mine = tmp_path / "lexicon.yaml"
    mine.write_text(LEXICON, encoding="utf-8")
    text = "Rebels pummelled the garrison in Goma on Monday. Police arrested twelve people."
    record = _record(code(text, "--lexicon", str(mine)))
    # its trigger codes, with the type's facts from the packaged lexicon (quad, modes) ...
    assert [(e["event"], e["mode"], e["cameo"], e["quad"], e["event_text"])
            for e in record["events"]] == [
        ("ASSAULT", "beat", "18", "material_conflict", "pummelled")]
    # ... and the packaged triggers ("arrested": COERCE) are gone


def test_the_knowledge_base_of_a_user_overrides_and_extends_the_packaged_one(tmp_path, coder):
    packaged = {e.name: e for e in coder.code(MEETING, published="2025-06-03").entities}
    assert packaged["Emmanuel Macron"].office == "President of France"
    mine = tmp_path / "kb.yaml"
    mine.write_text(KB, encoding="utf-8")
    entities = {e["name"]: e for e in _record(code(MEETING, "--kb", str(mine)))["entities"]}
    macron = entities["Emmanuel Macron"]
    assert (macron["office"], macron["wikidata"], macron["country"]) == (
        "Mayor of Amiens", "Q3052772", "FRA")
    assert entities["Ilse Vandermeer"]["office"] == "Governor of Antwerp"
    assert entities["Ilse Vandermeer"]["country"] == "BEL"
    # the override replaced the whole entry: Macron is no longer the French president
    assert not any(e["office"] == "President of France" for e in entities.values())


@pytest.mark.parametrize(("option", "content"), [
    ("--kb", "version: 1\npersons:\n  - name: Nobody In Particular\n"),  # no country, offices
    ("--kb", "version: 1\npersons: [\n"),  # not YAML
    ("--kb", None),  # no such file
    ("--lexicon", "version: 1\nevents:\n  ASSAULT:\n    verbs: [{mode: beat}]\n"),  # no lemma
])
def test_an_unusable_data_file_is_a_usage_error_naming_it(tmp_path, option, content):
    path = tmp_path / "mine.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = code("Rebels attacked the garrison.", option, str(path))
    assert result.returncode == EXIT_USAGE
    assert result.stdout == ""
    assert result.stderr.startswith(f"newsevents: {path}") and "Traceback" not in result.stderr
