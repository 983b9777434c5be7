"""Shared fixtures: one real Coder (spaCy pipeline loaded once) for the whole test run."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def coder():
    from newsevents.coder import Coder

    return Coder()


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory):
    """The bundled examples ingested once into a real DuckDB store, by the command line."""
    import subprocess
    import sys
    from pathlib import Path

    examples = Path(__file__).resolve().parent.parent / "examples"
    db = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    result = subprocess.run(
        [sys.executable, "-m", "newsevents.cli", "ingest", str(examples / "articles.jsonl"),
         str(examples / "sanctions.html"), "--db", str(db), "--workers", "1"],
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return db
