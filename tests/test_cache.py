"""The start-up cache (``newsevents.cache``): a changed data file is read again, a damaged or
foreign cache file is rebuilt, and an unusable cache folder never stops the coder."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import spacy

from newsevents import cache, kb
from newsevents.cache import cache_dir, cached, phrase_keys
from newsevents.datafiles import DataFileError, default_path
from newsevents.lexicon import load_lexicon

PERSON = """version: 1
persons:
  - name: {name}
    country: EXA
    offices:
      - {{office: President of Examplia, title: president, role: head_of_state, country: EXA,
          sector: GOV, start: "2020-01-01"}}
"""


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Iterator[Path]:
    """A cache folder of the test's own; the knowledge base is read afresh before and
    after (``load_kb`` also keeps one per process)."""
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path / "cache"))
    kb._load.cache_clear()
    yield tmp_path / "cache"
    kb._load.cache_clear()


def _files(folder: Path, name: str) -> list[Path]:
    """The cache files of ``name`` (not those of ``name-user``)."""
    return sorted(p for p in folder.glob("*.pickle") if p.name.rsplit("-", 1)[0] == name)


def _counting(value: object) -> tuple[list[int], Callable[[], object]]:
    """A build function that returns ``value`` and records each call."""
    calls: list[int] = []

    def build() -> object:
        calls.append(1)
        return value

    return calls, build


def test_a_value_is_built_once_then_read(folder):
    calls, build = _counting({"a": 1})
    assert cached("probe", ["x"], build) == {"a": 1}
    assert cached("probe", ["x"], build) == {"a": 1}
    assert len(calls) == 1
    assert len(_files(folder, "probe")) == 1


def test_a_changed_user_kb_file_is_read_again(folder, tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text(PERSON.format(name="Example Leader"), encoding="utf-8")
    assert "example leader" in kb.load_kb((str(mine),)).by_name
    assert len(_files(folder, "kb-user")) == 1
    mine.write_text(PERSON.format(name="Other Leader"), encoding="utf-8")
    kb._load.cache_clear()  # a new process: only the cache file remembers the old contents
    again = kb.load_kb((str(mine),))
    assert "other leader" in again.by_name and "example leader" not in again.by_name
    assert len(_files(folder, "kb-user")) == 2
    assert not _files(folder, "kb")  # the packaged-only cache is another name, left alone


def test_a_changed_copy_of_a_data_file_is_read_again(folder, tmp_path):
    copy = tmp_path / "lexicon.yaml"
    text = default_path("lexicon.yaml").read_text(encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    before = load_lexicon(copy)
    assert "shell" in before.verbs
    copy.write_text(text.replace("{lemma: shell,", "{lemma: shellac,", 1), encoding="utf-8")
    after = load_lexicon(copy)
    assert "shellac" in after.verbs and "shellac" not in before.verbs
    assert after.size == before.size


def test_a_broken_file_is_reported_every_time_and_never_cached(folder, tmp_path):
    broken = tmp_path / "lexicon.yaml"
    broken.write_text("version: 1\nevents: [\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(DataFileError):
            load_lexicon(broken)
    assert not list(folder.glob("*.pickle"))


@pytest.mark.parametrize("damage", [
    b"", b"not a pickle at all", pickle.dumps(("newsevents-cache", "another key", {"b": 2})),
    pickle.dumps({"unexpected": "shape"}),
])
def test_a_corrupt_or_stale_cache_file_is_rebuilt(folder, damage):
    calls, build = _counting({"a": 1})
    cached("probe", ["x"], build)
    (path,) = _files(folder, "probe")
    path.write_bytes(damage)
    assert cached("probe", ["x"], build) == {"a": 1}
    assert len(calls) == 2
    assert cached("probe", ["x"], build) == {"a": 1}  # rewritten: good again
    assert len(calls) == 2


def test_a_truncated_cache_file_of_real_data_is_rebuilt(folder, tmp_path):
    copy = tmp_path / "lexicon.yaml"
    copy.write_bytes(default_path("lexicon.yaml").read_bytes())
    expected = load_lexicon(copy)
    (path,) = _files(folder, "lexicon-user")
    path.write_bytes(path.read_bytes()[:1000])
    assert load_lexicon(copy) == expected


def test_a_cache_file_others_can_write_is_not_trusted(folder):
    calls, build = _counting([1, 2])
    cached("probe", ["x"], build)
    (path,) = _files(folder, "probe")
    path.chmod(0o666)
    cached("probe", ["x"], build)
    assert len(calls) == 2


def test_an_unusable_cache_folder_falls_back_to_the_temporary_folder(tmp_path, monkeypatch):
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder should be")
    monkeypatch.delenv("NEWSEVENTS_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_folder))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
    fallback = tmp_path / "tmp" / "newsevents"
    assert cache_dir() == fallback
    calls, build = _counting("value")
    assert cached("probe", ["x"], build) == "value"
    assert cached("probe", ["x"], build) == "value"
    assert len(calls) == 1 and len(_files(fallback, "probe")) == 1


def test_a_cache_that_cannot_be_written_only_costs_a_rebuild(tmp_path, monkeypatch):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("not a folder")
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(not_a_folder))
    calls, build = _counting("value")
    assert cached("probe", ["x"], build) == "value"
    assert cached("probe", ["x"], build) == "value"
    assert len(calls) == 2


def test_an_unreadable_part_bypasses_the_cache(folder, tmp_path):
    calls, build = _counting("value")
    missing = cache.file_part(tmp_path / "missing.yaml")
    assert missing is None
    assert cached("probe", [missing], build) == "value"
    assert not folder.exists() or not list(folder.iterdir())


def test_old_cache_files_are_pruned(folder):
    written = []
    for n in range(cache.KEEP + 3):
        before = set(_files(folder, "probe"))
        cached("probe", [str(n)], lambda n=n: n)
        (new,) = set(_files(folder, "probe")) - before
        os.utime(new, (n + 1, n + 1))  # the order of use, without waiting between writes
        written.append(new)
    assert _files(folder, "probe") == sorted(written[-cache.KEEP:])
    cached("other", ["x"], lambda: 0)
    assert len(_files(folder, "probe")) == cache.KEEP  # other names are left alone


def test_phrase_keys_follow_the_tokenizer(folder):
    nlp = spacy.blank("en")
    texts = ["Kim Jong Un", "U.S.", "the Kremlin"]
    keys = phrase_keys(nlp, texts, "phrases-probe")
    fresh = [(tuple(t.orth for t in nlp(x)), tuple(t.lower for t in nlp(x))) for x in texts]
    assert keys == fresh and phrase_keys(nlp, texts, "phrases-probe") == fresh
    nlp.tokenizer.add_special_case("Kremlin", [{"ORTH": "Krem"}, {"ORTH": "lin"}])
    changed = phrase_keys(nlp, texts, "phrases-probe")
    assert len(changed[2][0]) == 3 and changed[:2] == fresh[:2]


def test_the_coder_finds_actors_through_cached_phrases(coder):
    record = coder.code("Volodymyr Zelensky met NATO officials in Kyiv.", published="2025-03-04")
    names = {e.name for e in record.entities}
    assert "Volodymyr Zelenskyy" in names and any(e.kb_id == "igo:NATO" for e in record.entities)


def _python(code: str, env: dict[str, str]) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_second_process_reads_everything_from_the_cache(tmp_path):
    """The first Coder builds the cache; the next one needs neither the YAML parser nor the
    schema validator, and codes the same."""
    env = dict(os.environ, NEWSEVENTS_CACHE=str(tmp_path / "cache"))
    code = ("import json, sys; from newsevents.coder import Coder; "
            "r = Coder().code('Russian forces shelled Kharkiv. Scholz met Macron.', "
            "published='2024-03-04'); "
            "print(json.dumps([[m for m in ('yaml', 'jsonschema') if m in sys.modules], "
            "r.to_dict()]))")
    (loaded_first, first), (loaded_second, second) = (json.loads(_python(code, env))
                                                       for _ in range(2))
    assert loaded_first == ["yaml", "jsonschema"] and loaded_second == []
    assert first == second and first["entities"]
    names = {p.name.rsplit("-", 1)[0] for p in (tmp_path / "cache").glob("*.pickle")}
    assert names == {"kb", "actors", "lexicon", "phrases-persons", "phrases-actors",
                     "confidence", "iso3"}


def test_the_command_line_starts_without_spacy():
    """Every command imports the command line; only coding needs spaCy (0.8 s to import)."""
    loaded = _python("import sys, newsevents.cli; print('spacy' in sys.modules)", dict(os.environ))
    assert loaded == "False"
