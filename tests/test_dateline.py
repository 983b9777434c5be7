"""Datelines on Docs the blank English tokenizer makes (no model): what article_dateline and
headline_line_end find, worked out once per Doc and never carried to another Doc."""

from __future__ import annotations

import spacy

from newsevents.dateline import _article_dateline, article_dateline, headline_line_end

NLP = spacy.blank("en")


def test_dateline_at_the_start() -> None:
    doc = NLP("ODESA, May 2 (Reuters) - Ferries resumed sailing on Friday.")
    start, end = article_dateline(doc)
    assert start == 0 and doc[end].text == "Ferries"
    assert headline_line_end(doc) is None


def test_dateline_after_a_headline_line() -> None:
    doc = NLP("UN ferries resume sailing\nODESA, May 2 (Reuters) - Ferries resumed on Friday.")
    start = headline_line_end(doc)
    assert doc[start].text == "ODESA"
    assert article_dateline(doc)[0] == start


def test_found_once_per_doc_and_not_carried_to_another() -> None:
    with_one = NLP("ODESA, May 2 (Reuters) - Ferries resumed sailing on Friday.")
    without = NLP("Ferries resumed sailing on Friday, the port said.")
    first = article_dateline(with_one)
    assert article_dateline(with_one) is first  # kept on the Doc
    assert article_dateline(without) is None and headline_line_end(without) is None
    assert article_dateline(with_one) == _article_dateline(with_one)


def test_a_place_whose_first_word_is_short() -> None:
    doc = NLP("LA PAZ, June 3 (Newswire) - Miners blocked roads on Monday.")
    start, end = article_dateline(doc)
    assert start == 0 and doc[end].text == "Miners"
    # two capitals before a dash and no comma or bracket: a headline's aside, no dateline
    assert article_dateline(NLP("UN TALKS - what we know so far.")) is None


def test_a_place_whose_name_has_an_apostrophe() -> None:
    doc = NLP("N'DJAMENA, May 3 (Newswire) - Farmers blocked roads on Monday.")
    start, end = article_dateline(doc)
    assert start == 0 and doc[end].text == "Farmers"


def test_an_agency_that_prints_no_dash() -> None:
    # the Indian agencies close the dateline with the agency's bracket and no dash
    doc = NLP("KATHMANDU, June 9 (PTI) Nepal's parliament passed the budget on Sunday.")
    start, end = article_dateline(doc)
    assert start == 0 and doc[end].text == "Nepal"
    dashed = NLP("KATHMANDU, June 9 (PTI) - Nepal's parliament passed the budget.")
    assert dashed[article_dateline(dashed)[1]].text == "Nepal"
    # a bracket after no day's number closes no dateline
    assert article_dateline(NLP("Farmers (Mostly) Stayed home on Sunday.")) is None
