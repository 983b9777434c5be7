"""Time normalisation against the publication date (the core rules)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.when import normalise

WEDNESDAY = date(2024, 12, 18)


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("yesterday", False, ("DATE", "2024-12-17")),
    ("today", False, ("DATE", "2024-12-18")),
    ("on Tuesday", False, ("DATE", "2024-12-17")),
    ("Thursday", True, ("DATE", "2024-12-19")),
    ("Monday", False, ("DATE", "2024-12-16")),
    ("last week", False, ("DATE", "2024-W50")),
    ("next month", False, ("DATE", "2025-01")),
    ("two days ago", False, ("DATE", "2024-12-16")),
    ("earlier this month", False, ("DATE", "2024-12")),
    ("January", True, ("DATE", "2025-01")),
    ("January", False, ("DATE", "2024-01")),
    ("December 2, 2024", False, ("DATE", "2024-12-02")),
    ("2 December", False, ("DATE", "2024-12-02")),
    ("2023", False, ("DATE", "2023")),
    ("24 hours", False, ("DURATION", "PT24H")),
    ("a thousand days", False, ("DURATION", "P1000D")),
    ("three weeks", False, ("DURATION", "P3W")),
    ("recent weeks", False, ("PAST_REF", "PAST_REF")),
    ("several weeks", False, ("DURATION", "PXW")),
    ("years", False, ("DURATION", "PXY")),
    ("daily", False, ("SET", "P1D")),
    ("every Monday", False, ("SET", "XXXX-WXX-1")),
    ("last fall", False, ("DATE", "2024-FA")),
    ("next spring", True, ("DATE", "2025-SP")),
    ("summer 2023", False, ("DATE", "2023-SU")),
    ("last weekend", False, ("DATE", "2024-W50-WE")),
    ("the third quarter", False, ("DATE", "2024-Q3")),
    ("last November", False, ("DATE", "2024-11")),
    ("last January", False, ("DATE", "2024-01")),
])
def test_normalise(text, future, expected):
    assert normalise(text, WEDNESDAY, future) == expected


def test_unknown_expression_keeps_its_type_without_a_value():
    assert normalise("the Ides of March", WEDNESDAY) == ("DATE", None)


def test_event_date_comes_from_its_clause(coder):
    record = coder.code("Police arrested two activists yesterday. Talks are planned.",
                        published="2024-12-18")
    arrest = [e for e in record.events if e.event == "COERCE"][0]
    assert arrest.date == "2024-12-17"


def test_old_events_are_historical(coder):
    record = coder.code("Ethiopia and Eritrea signed a peace agreement in 2018.",
                        published="2024-12-18")
    assert [e.modality for e in record.events if e.event == "AGREE"] == ["historical"]
