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
    ("the weekend", False, ("DATE", "2024-W50-WE")),  # said on a Wednesday: the one past
    ("the weekend", True, ("DATE", "2024-W51-WE")),  # ... or the one coming, this week's
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
    # signing is SUPPORT (CAMEO 057), "a peace agreement" included
    assert [e.modality for e in record.events if e.event == "SUPPORT"] == ["historical"]


# --------------------------------------------------------------------------------------------
# The TIMEX3 rules, one group per convention (our own dates and sentences)

DECEMBER = date(2024, 12, 18)  # a Wednesday in ISO week 51
MARCH = date(2025, 3, 5)


@pytest.mark.parametrize(("text", "future", "expected"), [
    # explicit dates in the common written forms
    ("12/17/2024", None, "2024-12-17"),
    ("17.12.2024", None, "2024-12-17"),
    ("2024-12-17", None, "2024-12-17"),
    ("Dec. 17", False, "2024-12-17"),
    ("17 December 2024", None, "2024-12-17"),
    ("the 17th of December", False, "2024-12-17"),
    ("Tuesday, Dec. 17", None, "2024-12-17"),
    ("December 2024", None, "2024-12"),
    ("1998", None, "1998"),
    ("fiscal 2023", None, "2023"),
    ("nineteen ninety-six", None, "1996"),
    # decades and centuries drop their last digits
    ("the 1990s", None, "199"),
    ("the mid-1990s", None, "199"),
    ("the late '80s", None, "198"),
    ("the nineties", None, "199"),
    ("the 20th century", None, "19"),
    # parts of a year
    ("late 2023", None, "2023"),
    ("early October", False, "2024-10"),
    ("the end of the year", None, "2024"),
    ("earlier this year", None, "2024"),
    ("later this month", None, "2024-12"),
    ("late last year", None, "2023"),
    ("the full year", None, "2024"),
    ("the next year or so", None, "2025"),
])
def test_explicit_and_calendar_parts(text, future, expected):
    assert normalise(text, DECEMBER, future) == ("DATE", expected)


@pytest.mark.parametrize(("text", "anchor", "future", "expected"), [
    # a December report: "in January" ahead is next year's, behind is this year's
    ("January", DECEMBER, True, "2025-01"),
    ("January", DECEMBER, False, "2024-01"),
    ("early January", DECEMBER, True, "2025-01"),
    # a March report speaking of December: last year's in the past, this year's ahead
    ("December", MARCH, False, "2024-12"),
    ("December", MARCH, True, "2025-12"),
    ("Dec. 20", MARCH, False, "2024-12-20"),
    # no tense to go by: the nearest one ("payable Jan. 3" in a December report)
    ("Jan. 3", DECEMBER, None, "2025-01-03"),
    ("Nov. 30", DECEMBER, None, "2024-11-30"),
    ("last November", DECEMBER, None, "2024-11"),
    ("last Oct. 23", MARCH, None, "2024-10-23"),
])
def test_year_boundaries(text, anchor, future, expected):
    assert normalise(text, anchor, future) == ("DATE", expected)


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("Monday", False, "2024-12-16"),          # the most recent Monday
    ("Monday", True, "2024-12-23"),           # the next one
    ("Friday", False, "2024-12-13"),
    ("Friday", True, "2024-12-20"),
    ("Wednesday", False, "2024-12-18"),       # the report's own weekday is its own day ...
    ("Wednesday", True, "2024-12-18"),        # ... in both directions
    ("Friday", None, "2024-12-13"),           # no tense: news reports the past
    ("last Wednesday", None, "2024-12-11"),
    ("next Wednesday", None, "2024-12-25"),
    ("this coming Sunday", None, "2024-12-22"),
])
def test_weekdays(text, future, expected):
    assert normalise(text, DECEMBER, future) == ("DATE", expected)


def test_weekday_across_the_new_year():
    assert normalise("Thursday", date(2024, 12, 30), True) == ("DATE", "2025-01-02")
    assert normalise("Saturday", date(2025, 1, 1), False) == ("DATE", "2024-12-28")


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("this week", DECEMBER, "2024-W51"),
    ("last week", DECEMBER, "2024-W50"),
    ("next week", DECEMBER, "2024-W52"),
    ("next week", date(2024, 12, 25), "2025-W01"),     # ISO week 1 of 2025 starts 2024-12-30
    ("last week", date(2021, 1, 6), "2020-W53"),        # 2020 has 53 ISO weeks
    ("this week", date(2021, 1, 2), "2020-W53"),        # a Saturday still in 2020's week 53
    ("two weeks ago", DECEMBER, "2024-W49"),
    ("last weekend", DECEMBER, "2024-W50-WE"),
])
def test_iso_weeks_are_zero_padded(text, anchor, expected):
    assert normalise(text, anchor) == ("DATE", expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("yesterday", ("DATE", "2024-12-17")),
    ("late yesterday", ("DATE", "2024-12-17")),
    ("tomorrow", ("DATE", "2024-12-19")),
    ("two days ago", ("DATE", "2024-12-16")),
    ("three months ago", ("DATE", "2024-09")),
    ("five years ago", ("DATE", "2019")),
    ("a decade ago", ("DATE", "201")),
    ("next month", ("DATE", "2025-01")),
    ("last year", ("DATE", "2023")),
    ("the last decade", ("DATE", "201")),
    ("the past year", ("DURATION", "P1Y")),   # TimeML: a stretch of time, unlike "last year"
    ("the third quarter", ("DATE", "2024-Q3")),
    ("third-quarter", ("DATE", "2024-Q3")),
    ("next year's first quarter", ("DATE", "2025-Q1")),
    ("the latest quarter", ("DATE", "2024-Q3")),   # the last finished one
    ("the first half", ("DATE", "2024-H1")),
])
def test_relative_to_the_anchor(text, expected):
    assert normalise(text, DECEMBER) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), [
    # narrative anchoring: counted from the last date the text mentioned, not publication
    ("that day", "2024-11-05", "2024-11-05"),
    ("the same day", "2024-11-05", "2024-11-05"),
    ("the next day", "2024-11-05", "2024-11-06"),
    ("the following week", "2024-11-05", "2024-W46"),
    ("the day before", "2024-11-01", "2024-10-31"),
    ("two days later", "2024-11-05", "2024-11-07"),
    ("later that year", "2021-03-14", "2021"),
    ("a year earlier", "2024-11-05", "2023-11-05"),
    # a year's comparison keeps a reporting period's granularity
    ("a year earlier", "2024-Q3", "2023-Q3"),
    ("the year-ago quarter", "2024-Q3", "2023-Q3"),
    # "ago" counts from publication whatever the text mentioned
    ("two days ago", "2021-03-14", "2024-12-16"),
])
def test_anaphoric_expressions_use_the_reference(text, reference, expected):
    assert normalise(text, DECEMBER, None, reference) == ("DATE", expected)


def test_the_previous_weekday_counts_from_the_story():
    assert normalise("the previous Friday", DECEMBER, None, "2024-11-05") == (
        "DATE", "2024-11-01")


def test_a_past_clause_takes_no_day_after_the_anchor_from_the_narrative():
    # "The vote is on Friday. The minister, who flew home earlier in the day, will speak on
    # Friday evening", filed on a Wednesday: the flight was on the Wednesday
    assert normalise("that day", DECEMBER, False, "2024-12-20") == ("DATE", "2024-12-18")
    assert normalise("that day", DECEMBER, None, "2024-12-20") == ("DATE", "2024-12-20")
    assert normalise("that day", DECEMBER, False, "2024-12-10") == ("DATE", "2024-12-10")


def test_anaphoric_expressions_fall_back_to_the_anchor():
    assert normalise("the next day", DECEMBER) == ("DATE", "2024-12-19")


@pytest.mark.parametrize(("text", "reference", "expected"), [
    ("3 p.m.", None, "2024-12-18T15:00"),
    ("10:35 a.m.", None, "2024-12-18T10:35"),
    ("noon", None, "2024-12-18T12:00"),
    ("3 p.m.", "2024-12-10", "2024-12-10T15:00"),        # the day the story is about
    ("3 p.m. Monday", None, "2024-12-16T15:00"),
    ("Tuesday night", None, "2024-12-17TNI"),
    ("this morning", None, "2024-12-18TMO"),
    ("yesterday afternoon", None, "2024-12-17TAF"),
    ("mid-afternoon yesterday", None, "2024-12-17TAF"),
    ("the night of Dec. 12", None, "2024-12-12TNI"),
])
def test_times_of_day_are_anchored_to_a_day(text, reference, expected):
    assert normalise(text, DECEMBER, False, reference) == ("TIME", expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("a thousand days", "P1000D"),
    ("24 hours", "PT24H"),
    ("two and a half years", "P2Y6M"),
    ("5 1/2 hours", "PT5H30M"),
    ("18-month", "P18M"),
    ("two decades", "P20Y"),
    ("the past three years", "P3Y"),
    ("the first nine months", "P9M"),
    ("nearly two weeks", "P2W"),
    ("two to three weeks", "P2W"),
    ("several years", "PXY"),
    ("the past few months", "PXM"),
])
def test_durations(text, expected):
    assert normalise(text, DECEMBER) == ("DURATION", expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("every Monday", "XXXX-WXX-1"),
    ("each Friday night", "XXXX-WXX-5TNI"),
    ("daily", "P1D"),
    ("every day", "P1D"),
    ("every two years", "P2Y"),
    ("weekly", "P1W"),
    ("Tuesday nights", "XXXX-WXX-2TNI"),
    ("on Sundays", "XXXX-WXX-7"),
])
def test_sets(text, expected):
    assert normalise(text, DECEMBER) == ("SET", expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("these days", "PRESENT_REF"),
    ("recently", "PAST_REF"), ("the past", "PAST_REF"),
    ("the future", "FUTURE_REF"), ("the coming weeks", "FUTURE_REF"), ("soon", "FUTURE_REF"),
])
def test_vague_references(text, expected):
    assert normalise(text, DECEMBER) == (expected, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Christmas", "2024-12-25"), ("Thanksgiving", "2024-11-28"), ("Easter 2025", "2025-04-20"),
    ("Election Day", "2024-11-05"),
])
def test_holidays(text, expected):
    assert normalise(text, DECEMBER) == ("DATE", expected)


def test_no_anchor_resolves_only_what_is_written_out():
    assert normalise("December 17, 2024", None) == ("DATE", "2024-12-17")
    assert normalise("yesterday", None) == ("DATE", None)


# --------------------------------------------------------------------------------------------
# The component: extents, tense and the narrative reference on parsed sentences


def _times(coder, text: str, published: str = "2024-12-18") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in coder.code(text, published=published).times]


def test_tense_decides_the_weekday(coder):
    assert ("Friday", "DATE", "2024-12-20") in _times(
        coder, "The ministers will meet in Vienna on Friday.")
    assert ("Friday", "DATE", "2024-12-13") in _times(
        coder, "The ministers met in Vienna on Friday.")
    assert ("Saturday", "DATE", "2024-12-21") in _times(
        coder, "The union planned to strike on Saturday.")


def test_vague_words_spacy_does_not_tag(coder):
    found = _times(coder, "The talks are now in their third week. Prices rose recently.")
    values = {text: value for text, _, value in found}
    assert values["now"] == "PRESENT_REF" and values["recently"] == "PAST_REF"


def test_extent_drops_possessive_and_ages(coder):
    found = _times(coder, "Last year's budget was cut, said Anna Berg, 44, a 6-year-old's aunt.")
    texts = [text for text, _, _ in found]
    assert "Last year" in texts
    assert not any(t.startswith(("44", "6-year")) for t in texts)


def test_the_next_day_follows_the_story_not_the_report(coder):
    found = _times(coder, "Protesters gathered on March 3, 2023. The police cleared the square "
                          "the next day.")
    assert ("the next day", "DATE", "2023-03-04") in found


def test_a_span_keeps_the_part_that_has_a_value(coder):
    found = _times(coder, "The floods last year destroyed the harbour. Orders for the 40586 "
                          "pump rose this year.")
    assert ("last year", "DATE", "2023") in found
    assert not any(text == "40586" for text, _, _ in found)  # a model number, not a year


def test_ranges_become_two_expressions(coder):
    found = _times(coder, "The mayor served from 1994 to 1997.")
    assert [(t, v) for t, _, v in found] == [("1994", "1994"), ("1997", "1997")]


@pytest.mark.parametrize("text", ["March 0", "February 31", "the 0th of May", "June 31",
                                  "year 99999", "on 31/02/2024", "February 29, 2023"])
def test_impossible_dates_have_no_value_and_do_not_crash(text):
    from newsevents.timex import normalise

    assert normalise(text, date(2024, 12, 18), None) == ("DATE", None)


@pytest.mark.parametrize(("text", "expected"), [
    ("November 6 and 7", ("DATE", "2024-11-06")),
    ("6 and 7 November", ("DATE", "2024-11-06")),
    ("Nov. 6-8, 2023", ("DATE", "2023-11-06")),
    ("between 6 and 8 November", ("DATE", "2024-11-06")),
])
def test_two_days_of_one_month_take_the_first(text, expected):
    assert normalise(text, WEDNESDAY, False) == expected


def test_an_event_on_two_days_is_dated_by_the_first(coder):
    record = coder.code("The envoys held talks in Doha on November 6 and 7.",
                        published="2024-12-18")
    talks = [e for e in record.events if e.event == "CONSULT"]
    assert talks and talks[0].date == "2024-11-06"


def test_the_day_an_act_is_called_for_lies_ahead(coder):
    record = coder.code("The union announced a general strike for Thursday.",
                        published="2024-01-08")  # a Monday
    assert "2024-01-11" in {t.value for t in record.times}
    strike = [e for e in record.events if e.event_text == "general strike"]
    assert strike and strike[0].modality == "future"


def test_the_day_a_statement_was_made_dates_the_statement_not_what_it_promises(coder):
    record = coder.code("Lai said on Wednesday he would defend the island's democracy.",
                        published="2024-05-23")  # a Thursday
    assert "2024-05-22" in {t.value for t in record.times}
    defend = [e for e in record.events if e.event_text == "defend"]
    assert defend and defend[0].date != "2024-05-29"


@pytest.mark.parametrize("text", [
    "The opposition leader called on supporters to rally outside parliament on Friday.",
    "The electoral board urged voters to return to the polls on Friday.",
])
def test_the_day_people_are_asked_to_act_on_lies_ahead(coder, text):
    record = coder.code(text, published="2024-01-08")  # a Monday
    assert "2024-01-12" in {t.value for t in record.times}
    assert "2024-01-05" not in {t.value for t in record.times}


@pytest.mark.parametrize(("text", "reference", "expected"), [
    # counted from a month or a week the text named, at its granularity
    ("two weeks later", "2024-10", ("DATE", "2024-10")),
    ("three days later", "2024-W40", ("DATE", "2024-W40")),
    ("ten days later", "2024-W40", ("DATE", "2024-W41")),
    # a day the text named still gives a week
    ("two weeks later", "2024-10-03", ("DATE", "2024-W42")),
])
def test_a_count_after_a_month_or_week_named_is_counted_from_it(text, reference, expected):
    assert normalise(text, WEDNESDAY, False, reference) == expected


def test_a_headlines_present_tense_tells_the_day_before(coder):
    text = ("Health minister resigns on Monday over vaccine contract\n\nQUITO, May 8 (Reuters) - "
            "The health minister stepped down after a week of protests.")
    record = coder.code(text, published="2024-05-08")  # a Wednesday
    assert "2024-05-06" in {t.value for t in record.times}
    resigned = [e for e in record.events if e.event_text == "resigns"]
    assert resigned and all(e.modality == "asserted" for e in resigned), \
        [(e.event, e.modality) for e in resigned]


@pytest.mark.parametrize(("text", "expected"), [
    ("the 3rd of this month", "2024-12-03"),
    ("the 28th of last month", "2024-11-28"),
    ("the 2nd of next month", "2025-01-02"),
    ("the 11th of the current month", "2024-12-11"),
])
def test_a_day_of_this_or_last_month(text, expected):
    assert normalise(text, DECEMBER) == ("DATE", expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Monday dawn", "2024-12-16TMO"),
    ("dawn", "2024-12-18TMO"),
    ("Sunday dusk", "2024-12-15TEV"),
])
def test_dawn_and_dusk_are_parts_of_a_day(text, expected):
    assert normalise(text, DECEMBER, False) == ("TIME", expected)
