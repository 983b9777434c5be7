"""Shared fixtures: one real Coder (spaCy pipeline loaded once) for the whole test run."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def coder():
    from newsevents.coder import Coder

    return Coder()
