"""Precision of the where stage (issue 11): names that are not places, small namesakes and
far places, and the score of each place; on sentences we wrote."""

from __future__ import annotations

from newsevents.gazetteer import Candidate
from newsevents.where.precision import confidence, has_centre, isolated, strong_prior
from newsevents.where.settings import DEFAULT_SETTINGS


def _toponyms(coder, text):
    return coder.nlp(text)._.toponyms


def _c(gid, name, code, lat, lon, cc="US", admin1="TX", population=10_000, fclass="P"):
    return Candidate(gid, name, lat, lon, cc, admin1, fclass, code, population)


def test_a_surname_of_a_person_the_article_names_is_no_place(coder):
    text = ("Margaret Whitby, a retired teacher, opened the shelter in Leeds last year. "
            "Whitby said the money would run out by June.")
    names = [m.text for m in _toponyms(coder, text) if m.lat is not None]
    assert "Leeds" in names and "Whitby" not in names


def test_a_street_or_a_disease_named_after_a_place_is_no_place(coder):
    text = ("A car hit a cyclist on Kirkby Avenue in Fargo on Tuesday. Doctors in Kampala "
            "confirmed two cases of the Hendra virus.")
    names = [m.text for m in _toponyms(coder, text) if m.lat is not None]
    assert "Kirkby" not in names and "Hendra" not in names
    assert {"Fargo", "Kampala"} <= set(names)


def test_the_records_places_carry_a_score_between_0_and_1(coder):
    record = coder.code("Flooding closed schools in Nairobi and Mombasa, Kenya, on Monday.",
                        published="2025-03-04")
    scores = [p.score for p in record.places if p.geonameid]
    assert scores and all(0 < s <= 1 for s in scores)
    assert record.to_dict()["places"][0]["score"] == record.places[0].score


def test_a_capital_beats_a_small_namesake_on_its_country_alone():
    from newsevents.where.ranking import Context, Evidence, rank

    capital = _c(1, "Paris", "PPLC", 48.85, 2.35, "FR", "11", 2_100_000)
    town = _c(2, "Paris", "PPL", 33.66, -95.56, "US", "TX", 25_000)
    context = Context()
    us = Evidence()
    us.countries["US"] += 2  # the article names the United States, nothing in Texas
    context.add("united states", us)
    assert rank([capital, town], context=context, source="paris")[0][1] is capital
    texas = Evidence()  # the article names a place in Texas: it points to the namesake
    texas.countries["US"] += 1
    texas.admin1s[("US", "TX")] += 1
    texas.points.append((33.2, -95.9))
    context.add("sulphur springs", texas)
    assert rank([capital, town], context=context, source="paris")[0][1] is town


def test_a_place_far_from_the_articles_places_is_isolated_unless_its_country_is_named():
    s = DEFAULT_SETTINGS
    fargo = _c(1, "Fargo", "PPL", 46.88, -96.79, "US", "ND")
    moorhead = _c(2, "Moorhead", "PPL", 46.87, -96.77, "US", "MN")
    village = _c(3, "Berlin", "PPL", 52.0, 12.0, "DE", "11", 800)
    assert has_centre([fargo, moorhead], s)
    assert isolated(village, [fargo, moorhead], s) and not isolated(moorhead, [fargo], s)
    germany = _c(4, "Germany", "PCLI", 51.5, 10.5, "DE", "00", 80_000_000, "A")
    assert not isolated(village, [fargo, germany], s)
    assert not strong_prior(village) and strong_prior(germany)


def test_confidence_grows_with_the_margin_over_readings_elsewhere():
    capital = _c(1, "Paris", "PPLC", 48.85, 2.35, "FR", "11", 2_100_000)
    town = _c(2, "Paris", "PPL", 33.66, -95.56, "US", "TX", 25_000)
    sure = confidence([(9.5, capital), (4.4, town)])
    doubtful = confidence([(5.0, town), (4.8, capital)])
    assert 0 < doubtful < sure <= 1
    assert confidence([]) == 0.0
