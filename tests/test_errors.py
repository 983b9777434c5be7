"""One root for the errors users see, each with a short code; library code logs, the command
line shows the log as ``newsevents:`` lines."""

from __future__ import annotations

import io
import logging

import pytest

from newsevents.datafiles import DataFileError
from newsevents.errors import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    GazetteerError,
    NewseventsError,
    StoreError,
    logged_to,
)
from newsevents.nlp import ModelError, load_spacy
from newsevents.read import ReadError


@pytest.mark.parametrize("error, code", [
    (ModelError("no pipeline"), "M001"),
    (DataFileError("lexicon.yaml", ["line 3: events.AGREE: no quad stated"]), "D001"),
    (ReadError("notes.txt", "empty"), "R001"),
    (GazetteerError("gazetteer index not found: x.sqlite"), "G001"),
    (StoreError("no store here", "S007"), "S007"),
])
def test_every_error_type_has_one_root_and_a_code(error, code):
    assert isinstance(error, NewseventsError) and error.code == code


def test_a_missing_pipeline_says_so_with_its_code():
    with pytest.raises(ModelError) as caught:
        load_spacy("no_such_pipeline_here")
    assert caught.value.code == "M001" and str(caught.value).endswith("[M001]")
    assert isinstance(caught.value, RuntimeError)  # what callers caught before


def test_read_and_data_file_errors_keep_their_lines():
    """Their messages are lines a user or the store reads as they are: no code appended."""
    assert str(ReadError("feed.jsonl:3", "malformed JSON")) == "feed.jsonl:3: malformed JSON"
    error = DataFileError("mine.yaml", ["line 2: a: bad", "line 5: b: worse"])
    assert str(error).splitlines() == ["mine.yaml: line 2: a: bad", "mine.yaml: line 5: b: worse"]
    assert isinstance(error, ValueError)


def test_a_missing_gazetteer_index_is_still_a_file_not_found_error(tmp_path):
    from newsevents.gazetteer import Gazetteer

    with pytest.raises(FileNotFoundError) as caught:
        Gazetteer(tmp_path / "none.sqlite").lookup("Paris")
    assert isinstance(caught.value, GazetteerError) and "[G001]" in str(caught.value)


def test_the_log_of_the_package_is_shown_as_newsevents_lines():
    stream = io.StringIO()
    with logged_to(stream):
        logging.getLogger("newsevents.coder").warning("a1: stage x failed; article left out")
        logging.getLogger("somebody.else").warning("not ours")
    logging.getLogger("newsevents.coder").warning("after the block: not shown")
    assert stream.getvalue() == "newsevents: a1: stage x failed; article left out\n"


def test_exit_codes_are_defined_once():
    from newsevents import cli, kbcommands
    from newsevents.eval import EXIT_USAGE as EVAL_USAGE

    assert (EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED) == (0, 1, 2, 130)
    assert cli.EXIT_USAGE is EXIT_USAGE and EVAL_USAGE is EXIT_USAGE
    assert kbcommands.EXIT_PROBLEMS is EXIT_SOME_FAILED
