"""Toponyms and the place of events, on sentences we wrote."""

from __future__ import annotations

import pytest


def test_metonymy_is_an_actor_and_a_locative_is_a_place(coder):
    record = coder.code("Moscow said the talks in Geneva had failed.", published="2025-03-04")
    assert [p.text for p in record.places] == ["Geneva"]
    assert "Russia" in [e.name for e in record.entities]


def test_event_place_comes_from_its_clause_else_the_dateline(coder):
    text = ("KHARKIV, Ukraine, March 4 (Newswire) - Russian forces shelled the city overnight. "
            "Diplomats held talks in Geneva.")
    record = coder.code(text, published="2025-03-04")
    places = {p.id: p.name for p in record.places}
    by_type = {e.event: places.get(e.event_loc) for e in record.events}
    assert by_type["ASSAULT"] == "Kharkiv"  # the dateline, as nothing closer says
    assert by_type["CONSULT"] == "Geneva"


def test_without_a_dateline_an_event_may_have_no_place(coder):
    record = coder.code("Police arrested two men.", published="2025-03-04")
    assert [e.event_loc for e in record.events] == [None]


# --- resolution to GeoNames places -----------------------------------------------------------

def _toponyms(coder, text):
    return coder.nlp(text)._.toponyms


def test_an_unqualified_paris_is_the_capital_and_paris_texas_the_town(coder):
    record = coder.code("Protesters marched through Paris on Saturday.", published="2025-03-04")
    assert [(p.geonameid, p.country_code, p.feature_code) for p in record.places] == \
        [(2988507, "FR", "PPLC")]
    record = coder.code("The storm flooded roads in Paris, Texas, on Saturday.")
    paris, texas = record.places
    assert (paris.geonameid, paris.country_code) == (4717560, "US")
    assert (texas.geonameid, texas.feature_code) == (4736286, "ADM1")
    assert 33 < paris.lat < 34.5 and -96 < paris.lon < -95


def test_georgia_is_the_country_or_the_state_by_the_other_places(coder):
    abroad = _toponyms(coder, "Russian troops crossed into Georgia and shelled villages near "
                              "Tbilisi.")
    assert {m.text: m.geonameid for m in abroad}["Georgia"] == 614540
    home = _toponyms(coder, "Storms hit Atlanta and Savannah, and rivers flooded towns across "
                            "Georgia.")
    assert {m.text: m.geonameid for m in home}["Georgia"] == 4197000


def test_an_old_spelling_finds_the_place_under_its_current_name(coder):
    record = coder.code("Talks were held in Kiev on Monday.", published="2025-03-04")
    assert [(p.text, p.name, p.geonameid) for p in record.places] == [("Kiev", "Kyiv", 703448)]


def test_a_dateline_is_resolved_with_its_country_and_gives_the_article_context(coder):
    text = "KHARKIV, Ukraine, March 4 (Newswire) - Russian forces shelled the city overnight."
    record = coder.code(text, published="2025-03-04")
    assert (record.places[0].name, record.places[0].geonameid) == ("Kharkiv", 706483)
    record = coder.code("ALEXANDRIA, La., March 4 (Newswire) - Police arrested two men.")
    assert record.places[0].geonameid == 4314550  # Louisiana's, not Egypt's


def test_a_capital_used_as_an_actor_is_no_place_but_is_still_resolved(coder):
    record = coder.code("Moscow denied the report.", published="2025-03-04")
    assert record.places == []
    [moscow] = _toponyms(coder, "Moscow denied the report.")
    assert moscow.actor and moscow.geonameid == 524901


def test_a_country_adjective_names_the_country_but_is_no_place(coder):
    [egypt] = _toponyms(coder, "Egyptian police arrested two men.")
    assert egypt.adjective and (egypt.geonameid, egypt.country_code) == (357994, "EG")
    assert coder.code("Egyptian police arrested two men.").places == []


def test_the_record_carries_the_geonames_fields(coder):
    place = coder.code("Talks were held in Kiev.").to_dict()["places"][0]
    assert {"geonameid", "lat", "lon", "country_code", "feature_code"} <= set(place)
    assert place["country_code"] == "UA" and place["feature_code"] == "PPLC"


# --- ranking, without spaCy ------------------------------------------------------------------

def _candidate(gid, code, country, admin1="", population=0, kind=0, lat=0.0, lon=0.0):
    from newsevents.gazetteer import Candidate

    return Candidate(gid, f"place {gid}", lat, lon, country, admin1, code[:1] if code[0] in "P"
                     else "A", code, population, kind)


def test_prior_puts_countries_before_states_and_capitals_and_named_before_alternate():
    from newsevents.where import rank

    country = _candidate(1, "PCLI", "GE", population=3_700_000)
    state = _candidate(2, "ADM1", "US", "GA", population=10_000_000)
    assert [c.geonameid for _, c in rank([state, country])] == [1, 2]
    capital = _candidate(3, "PPLC", "IE", population=1_000_000)
    town = _candidate(4, "PPL", "US", "OH", population=45_000)
    assert rank([town, capital])[0][1].geonameid == 3
    renamed = _candidate(5, "PPL", "IN", population=12_000_000, kind=1)  # "Bombay"
    village = _candidate(6, "PPL", "NZ", population=700)
    assert rank([village, renamed])[0][1].geonameid == 5
    assert rank([village, _candidate(7, "PPL", "NZ", population=700, kind=1)])[0][1].geonameid == 6


def test_qualifier_and_context_move_a_name_to_the_articles_country():
    from newsevents.where import Context, Evidence, rank

    capital = _candidate(1, "PPLC", "IE", population=1_000_000)
    town = _candidate(2, "PPL", "US", "GA", population=16_000)
    ohio = _candidate(3, "PPL", "US", "OH", population=45_000)
    georgia = _candidate(9, "ADM1", "US", "GA")
    assert rank([capital, town, ohio], qualifiers=[georgia])[0][1].geonameid == 2
    context = Context()
    evidence = Evidence()
    evidence.countries["US"] += 2
    evidence.admin1s[("US", "GA")] += 2
    context.add("atlanta", evidence)
    assert rank([capital, town, ohio], context=context, source="dublin")[0][1].geonameid == 2
    # a name's own evidence does not count for itself
    assert rank([capital, town, ohio], context=context, source="atlanta")[0][1].geonameid == 1


def test_evidence_without_a_source_is_what_counter_subtraction_gives():
    """A context's evidence without one source's (``_minus``): the items, their order and so
    the float sums of Counter subtraction: positive differences only, a source's negative
    count turned positive where the article has none."""
    from collections import Counter

    from newsevents.where.ranking import _minus

    article = Counter({"US": 2.5, "IE": 1.0, "KE": 0.3 + 0.6, "FR": 1.0})
    cases = [Counter(), Counter({"US": 1.0}), Counter({"IE": 1.0, "FR": 2.0}),
             Counter({"KE": 0.9, "NZ": 3.0}), Counter({"MX": -0.5, "US": -1.0})]
    for own in cases:
        assert list(_minus(article, own).items()) == list((article - own).items())
    assert _minus(article, Counter({"US": 2.5}))["IE"] == 1.0
    assert "US" not in _minus(article, Counter({"US": 2.5}))
    assert _minus(Counter(), Counter({"MX": -0.5})) == {"MX": 0.5}
    states = Counter({("US", "GA"): 2.0, ("US", "OH"): 0.5})
    assert list(_minus(states, Counter({("US", "OH"): 0.5})).items()) == [(("US", "GA"), 2.0)]


def test_evidence_is_added_as_counter_update_adds_it():
    """``_add_counts``: the sums, their order and the Counter's type as ``Counter.update``
    gives them, into an empty Counter and into one with counts of its own."""
    from collections import Counter

    from newsevents.where.ranking import _add_counts

    for start in (Counter(), Counter({"KE": 0.1, "US": 0.2}), Counter({"US": -1.0})):
        for more in (Counter({"US": 0.7, "NZ": 1.0}), Counter({"KE": 0.2})):
            expected, mine = Counter(start), Counter(start)
            expected.update(more)
            _add_counts(mine, more)
            assert list(mine.items()) == list(expected.items())
            assert isinstance(mine, Counter)


def test_a_state_after_a_name_favours_its_towns_not_the_others_of_its_country():
    from newsevents.where.ranking import qualifier_score
    from newsevents.where.settings import DEFAULT_SETTINGS as s

    connecticut = _candidate(9, "ADM1", "US", "CT")
    united_states = _candidate(8, "PCLI", "US")
    in_connecticut = _candidate(1, "PPL", "US", "CT", population=120_000)
    in_kentucky = _candidate(2, "PPL", "US", "KY", population=2_600)
    both = [connecticut, united_states]
    assert qualifier_score(in_connecticut, both) == s.qualifier_country + s.qualifier_admin1
    # the state contradicts a town in another state: no bonus from it ...
    assert qualifier_score(in_kentucky, [connecticut]) == 0.0
    # ... while a country written after the name favours all of its towns
    assert qualifier_score(in_kentucky, both) == s.qualifier_country


@pytest.mark.parametrize(("text", "town", "lat"), [
    # each story's state has a small namesake of the town, which its places lie near
    ("Storms hit Illinois on Sunday. Crews in Chicago and Peoria were joined by linemen from "
     "Springfield, Missouri.", "Springfield", 37),
    ("Storms hit Kentucky on Sunday. Crews in Louisville and Lexington were joined by "
     "linemen from Hartford, Connecticut.", "Hartford", 42),
])
def test_a_town_written_with_its_state_keeps_it_in_a_story_of_another_state(coder, text,
                                                                              town, lat):
    found = next(m for m in coder.nlp(text)._.toponyms if m.text == town)
    assert found.lat is not None and (found.country_code, round(found.lat)) == ("US", lat)


def test_a_division_that_is_the_area_of_its_city_gives_way_to_the_city():
    from newsevents.where import rank

    department = _candidate(1, "ADM2", "FR", population=5_000_000, lat=48.86, lon=2.35)
    city = _candidate(2, "PPLC", "FR", population=2_100_000, lat=48.85, lon=2.35)
    assert [c.geonameid for _, c in rank([department, city])] == [2]


def test_one_sense_per_discourse_a_qualified_name_keeps_its_reading(coder):
    text = ("A hailstorm broke windows in Paris, Texas, on Monday, a day after a French film "
            "crew had left. By Tuesday, glaziers in Paris had a waiting list of two weeks.")
    parises = [m for m in _toponyms(coder, text) if m.text == "Paris"]
    assert [m.geonameid for m in parises] == [4717560, 4717560]


def test_names_in_doubt_share_their_weight_and_agree_on_a_state():
    from newsevents.where import Context, _evidence, rank

    # two names, each a town of two states: neither is sure, but both could be in "OH"
    first = [_candidate(1, "PPL", "US", "OH", 20_000), _candidate(2, "PPL", "US", "CA", 20_000)]
    second = [_candidate(3, "PPL", "US", "OH", 9_000), _candidate(4, "PPL", "US", "WA", 9_000)]
    context = Context()
    for source, names in (("first", first), ("second", second)):
        evidence = _evidence(rank(names))
        assert evidence.admin1s[("US", "OH")] == 0.5 and not evidence.points
        context.add(source, evidence)
    third = [_candidate(5, "PPLC", "IE", "L", 1_000_000), _candidate(6, "PPL", "US", "CA", 60_000),
             _candidate(7, "PPL", "US", "OH", 40_000)]
    assert rank(third)[0][1].geonameid == 5  # alone, the capital
    assert rank(third, context=context, source="third")[0][1].geonameid == 7


def test_a_facility_left_unresolved_still_names_the_place_it_opens_with(coder):
    toponyms = _toponyms(coder, "Deputies booked the driver into the Pike County Jail on Friday.")
    jail = [m for m in toponyms if m.name == "Pike County Jail"]
    county = [m for m in toponyms if m.text == "Pike County"]
    assert jail and jail[0].lat is None  # the building is not put on the map ...
    assert county and (county[0].feature_code, county[0].country_code) == ("ADM2", "US")


def test_a_town_written_with_a_state_that_has_none_of_its_name_stays_unresolved(coder):
    # the gazetteer has Woodburys in six states, none in Vermont: no point rather than one
    # in Minnesota
    toponyms = _toponyms(coder, "Fire destroyed a dairy barn near Woodbury, Vermont, on "
                                "Sunday night, and the Vermont state police are looking into it.")
    woodbury = next(m for m in toponyms if m.text == "Woodbury")
    assert woodbury.lat is None
    assert [m.name for m in toponyms if m.text == "Vermont" and m.lat is not None]


def test_a_division_after_a_town_in_a_list_is_the_lists_next_item_not_its_state(coder):
    # Kenya's counties are its first-level divisions: "Kitui" after "Thika," is the next
    # item of the list, and Thika stays the town of Kiambu county
    toponyms = _toponyms(coder, "Flooding was reported in Garissa, Thika, Kitui, Embu and "
                                "Meru after a week of heavy rain in Kenya.")
    thika = next(m for m in toponyms if m.text == "Thika")
    assert thika.lat is not None and thika.country_code == "KE"


@pytest.mark.parametrize(("text", "name", "closed"), [
    ("Snow fell on Woodbury, Vermont, on Sunday.", "Woodbury", True),
    ("The team flew from Kingston, Ontario, Canada, to Leeds.", "Kingston", True),
    # the name after a town in a list is the list's next item, not the town's state
    ("Relief trucks reached Thika, Kitui, Embu and Meru on Monday.", "Thika", False),
])
def test_a_qualifier_closes_its_phrase_unless_a_list_goes_on(coder, text, name, closed):
    where = coder.nlp.get_pipe("newsevents_where")
    doc = coder.nlp(text)
    end = next(t.i for t in doc if t.text == name) + 1
    stop, after = where._qualifier_words(doc, end)
    assert after and where._closes_chain(doc, stop) is closed


@pytest.mark.parametrize(("text", "body", "county"), [
    # NER calls a county's body a place (GPE, FAC) that no gazetteer knows
    ("Fannin County Commissioners voted on Monday to rebuild the old bridge near Bonham, "
     "Texas.", "Fannin County Commissioners", "Fannin County"),
    ("Voters can register at the Tioga County Elections office in Owego, New York, until "
     "Friday.", "the Tioga County Elections", "Tioga County"),
])
def test_a_countys_body_ner_called_a_place_names_the_county(coder, text, body, county):
    toponyms = _toponyms(coder, text)
    assert [m.lat for m in toponyms if m.text == body] == [None]  # no point for the body
    found = [m for m in toponyms if m.text == county]
    assert found and (found[0].feature_code, found[0].country_code) == ("ADM2", "US")


@pytest.mark.parametrize(("text", "place"), [
    ("Voters will meet at Wenham Town Hall on Tuesday. Wenham is a small town north of "
     "Boston, Massachusetts.", "Wenham"),
    ("The new Bartow City Hall will open in May, a block from the courthouse in Bartow, "
     "Florida.", "Bartow"),
    # a name of its own with the word stays whole
    ("The Kansas City Council voted on Thursday to raise fares on buses in Missouri.",
     "Kansas City"),
])
def test_city_or_town_before_a_building_is_the_buildings_word_not_the_towns(coder, text,
                                                                            place):
    first = next(m for m in _toponyms(coder, text) if m.lat is not None)
    assert (first.text, first.name) == (place, place)


def test_a_facility_named_after_its_town_opens_with_the_town(coder):
    # NER calls the fairgrounds a facility, with no facility word the stage knows; the
    # article names the town as such elsewhere
    toponyms = _toponyms(coder, "Crowds gathered at the Lexington Fairgrounds on Saturday, and "
                                "traffic backed up across Lexington, Kentucky, until midnight.")
    assert [m.lat for m in toponyms if m.text == "the Lexington Fairgrounds"] == [None]
    town = [m for m in toponyms if m.text == "Lexington" and m.label == "MAYBE"]
    assert town and (town[0].country_code, town[0].feature_code) == ("US", "PPL")


def test_a_facility_opens_with_a_town_only_when_the_article_names_the_town(coder):
    from newsevents.where.mentions import PlaceMention

    where = coder.nlp.get_pipe("newsevents_where")
    fairgrounds = PlaceMention(0, 2, 0, 21, "Lexington Fairgrounds", "Lexington Fairgrounds",
                               label="FAC")
    field = PlaceMention(0, 2, 0, 13, "Perkins Field", "Perkins Field", label="FAC")
    assert where._town_facility(fairgrounds, {"lexington"})
    # named after a person: no place of the article bears the name
    assert not where._town_facility(field, {"lexington", "paris"})
    assert not where._town_facility(fairgrounds, {"paris"})


def test_a_county_body_word_inside_a_name_is_told_by_its_place():
    from newsevents.where.recall import names_division_body

    assert names_division_body("the Harlan County Courthouse")
    assert names_division_body("Fannin County Commissioners")
    assert not names_division_body("Fannin County")  # the county itself
    assert not names_division_body("County Road 12")  # no name before the division word
    assert not names_division_body("Katsina State Assembly")  # a state's: not a county's


def test_a_reading_near_a_likely_reading_of_another_name_in_doubt_wins():
    from newsevents.where import Context, _evidence, rank

    # a county name in doubt between two states, and a town name of the same two states
    county = [_candidate(1, "ADM2", "US", "TX", 60_000, lat=30.7, lon=-95.5),
              _candidate(2, "ADM2", "US", "AL", 60_000, lat=31.0, lon=-88.0)]
    town = [_candidate(3, "PPL", "US", "AL", 200_000, lat=34.7, lon=-86.6),
            _candidate(4, "PPL", "US", "TX", 40_000, lat=30.72, lon=-95.55)]
    context = Context()
    context.add("county", _evidence(rank(county)))
    assert rank(town)[0][1].geonameid == 3  # alone, the bigger town
    # both states are equally likely, but one town lies inside one reading of the county
    assert rank(town, context=context, source="town")[0][1].geonameid == 4


def test_a_town_named_like_a_state_needs_its_own_state_written_after_it():
    from newsevents.where import Context, Evidence, rank

    state = _candidate(1, "ADM1", "US", "AA", 3_000_000, lat=44.0, lon=-72.0)
    village = _candidate(2, "PPL", "US", "BB", 900, lat=40.0, lon=-89.0)
    other_state = _candidate(3, "ADM1", "US", "BB", 12_000_000, lat=40.0, lon=-89.5)
    context = Context()
    evidence = Evidence()  # a list of states: the village's state is named twice
    evidence.countries["US"] += 2
    evidence.admin1s[("US", "BB")] += 2
    context.add("others", evidence)
    assert rank([state, village], context=context, source="name")[0][1].geonameid == 1
    # written with its state ("Name, State B"), the village is a candidate again
    assert 2 in [c.geonameid for _, c in rank([state, village], [other_state])]
    assert [c.geonameid for _, c in rank([state, village])] == [1]


def test_a_name_said_to_be_a_state_is_the_state_not_its_capital_city(coder):
    # GeoNames ids: 2334802 the city of Katsina, 2334797 Katsina State (ADM1). The city's own
    # GeoNames code is PPLA; the packaged index cannot tell a seat from another town (its
    # packages carry no feature codes for cities), so only its class is checked.
    def found(text):
        return [(m.text, m.geonameid, m.feature_code if m.feature_code == "ADM1" else
                 m.feature_code[:3]) for m in _toponyms(coder, text)]

    city, state = ("Katsina", 2334802, "PPL"), ("Katsina", 2334797, "ADM1")
    assert found("Gunmen attacked a market in Katsina on Sunday.") == [city]
    assert found("Gunmen attacked a market in Katsina state on Sunday.") == [state]
    assert found("Gunmen attacked a market in the state of Katsina.") == [state]


def test_a_kind_of_place_opening_an_organisation_name_is_no_place(coder):
    for text in ("Members of the City Council voted on Monday.",
                 "The Town Board voted on Monday."):
        assert _toponyms(coder, text) == []


def test_a_city_bearing_its_countrys_name_as_an_alternate_does_not_take_the_name():
    from newsevents.where import Context, Evidence, rank

    country = _candidate(1, "PCLI", "XA", population=100_000_000, lat=23.0, lon=-102.0)
    capital = _candidate(2, "PPLC", "XA", "09", 12_000_000, kind=1, lat=19.4, lon=-99.1)
    context = Context()
    evidence = Evidence()  # the article's other places lie around the capital
    evidence.countries["XA"] += 3
    evidence.admin1s[("XA", "09")] += 3
    evidence.points.append((19.5, -99.0))
    context.add("others", evidence)
    assert [c.geonameid for _, c in rank([country, capital], context=context,
                                         source="name")] == [1]


def test_a_country_after_a_state_after_a_town_qualifies_the_state(coder):
    # "Kingston, Ontario, Canada" is a chain of qualifiers, not a list of states: Ontario is
    # the province, not the Ohio village of that name beside the article's Ohio towns
    text = ("A design firm from Kingston, Ontario, Canada, will rebuild the library in "
            "Mansfield, Ohio, and a school in Shelby, Ohio.")
    found = {m.text: m for m in _toponyms(coder, text) if m.lat is not None}
    assert (found["Ontario"].feature_code, found["Ontario"].country_code) == ("ADM1", "CA")
    assert found["Kingston"].country_code == "CA" and found["Mansfield"].country_code == "US"


def test_a_country_in_a_list_of_countries_stays_a_country(coder):
    text = "Health workers crossed from Chad, Niger, Nigeria and Cameroon into the camps."
    found = {m.text: m for m in _toponyms(coder, text) if m.lat is not None}
    assert (found["Niger"].feature_code, found["Niger"].country_code) == ("PCLI", "NE")


def test_a_name_said_once_to_be_a_province_is_the_province_throughout(coder):
    # "the province of Ontario" says what every "Ontario" of the article is, not a village of
    # that name near the New York towns beside it
    text = ("Beds are scarce in Ontario, and some mothers may be sent to Rochester and "
            "Buffalo, New York, as hospitals in the province of Ontario fill up.")
    ontario = [m for m in _toponyms(coder, text) if m.text == "Ontario"]
    assert len(ontario) == 2
    assert all((m.feature_code, m.country_code) == ("ADM1", "CA") for m in ontario)


def test_the_dateline_is_no_place_for_an_act_on_another_states_property(coder):
    text = ("WARSAW, May 2 (Newswire) - Oslo will help to rebuild Moldova's bridges, which "
            "were struck by drones last week. Drones also hit Moldova's ports.")
    record = coder.code(text, published="2025-05-02")
    attacks = [e for e in record.events if e.event == "ASSAULT"]
    assert attacks and all(e.event_loc is None for e in attacks), attacks


def _event_places(coder, text, published="2025-06-02"):
    """(type, trigger, place name) of every candidate event, whatever its confidence."""
    cut, coder.min_confidence = coder.min_confidence, 0.0
    try:
        record = coder.code(text, published=published)
    finally:
        coder.min_confidence = cut
    places = {p.id: p.name for p in record.places}
    return [(e.event, e.event_text, places.get(e.event_loc)) for e in record.events]


def test_a_dateline_after_a_headline_line_places_the_report(coder):
    text = ("Ghana and Togo agree to reopen border crossings\n\n"
            "ACCRA, June 2 (Newswire) - Ghana's foreign minister met his Togolese "
            "counterpart on Monday.")
    assert ("CONSULT", "met", "Accra") in _event_places(coder, text)
    record = coder.code(text, published="2025-06-02")
    assert "Newswire" not in {e.name for e in record.entities}


def test_a_journey_takes_its_destination(coder):
    places = _event_places(coder, "The Swiss envoy travelled to Yaounde on Tuesday. "
                                  "Later the minister flew to Lusaka for talks with the "
                                  "opposition.")
    assert ("CONSULT", "travelled", "Yaoundé") in places
    assert ("CONSULT", "talks", "Lusaka") in places


@pytest.mark.parametrize(("text", "word", "place"), [
    # a state, or a foreign government, speaks or sanctions from home
    ("LOME, June 2 (Newswire) - Canada condemned the arrests of opposition leaders on "
     "Monday.", "condemned", None),
    ("NAIROBI, June 2 (Newswire) - The German government condemned the attack on the "
     "convoy on Monday.", "condemned", None),
    ("MINSK, June 2 (Newswire) - Poland imposed sanctions on four Belarusian judges on "
     "Monday.", "imposed", None),
    # the dateline's own state, and a person, who travels, stay at the dateline
    ("LOME, June 2 (Newswire) - Togo condemned the arrests of opposition leaders on "
     "Monday.", "condemned", "Lomé"),
    ("NAIROBI, June 2 (Newswire) - German Chancellor Olaf Scholz, on a visit, condemned "
     "the attack on the convoy on Monday.", "condemned", "Nairobi"),
])
def test_a_foreign_state_speaking_or_sanctioning_is_not_at_the_dateline(coder, text, word,
                                                                       place):
    assert [p for t, w, p in _event_places(coder, text) if w == word] == [place]


def test_a_quoted_statement_is_made_where_it_is_quoted(coder):
    text = ('LOME, June 2 (Newswire) - "We demand the release of all detainees," the '
            'French foreign minister told reporters in Paris on Monday.')
    places = _event_places(coder, text)
    assert [p for t, w, p in places if w == "demand"] == ["Paris"]


def test_who_travels_to_a_place_is_not_of_it(coder):
    cut, coder.min_confidence = coder.min_confidence, 0.0
    try:
        record = coder.code("The Dutch envoy met aid groups in The Hague. Later the envoy "
                            "flew to Juba for talks with the rebels.", published="2025-06-02")
    finally:
        coder.min_confidence = cut
    talks = [e for e in record.events if e.event_text == "talks"]
    assert talks and all(a.country != "SSD" for e in talks for a in e.actor)
    assert {r.country for e in talks for r in e.recipient} == {"SSD"}


def test_a_killing_in_an_attack_on_a_village_is_where_the_village_is(coder):
    text = ("ABUJA, June 2 (Newswire) - Bandits killed nine farmers in a raid on a village in "
            "Katsina state on Sunday.")
    assert [p for t, w, p in _event_places(coder, text) if w == "killed"] == ["Katsina"]


@pytest.mark.parametrize(("text", "word", "place"), [
    ("DAMASCUS, June 2 (Newswire) - Rebels launched an offensive on the city of Homs on "
     "Sunday.", "launched", "Homs"),
    ("DAMASCUS, June 2 (Newswire) - Jets carried out strikes on the positions of militants "
     "in the province of Deir ez-Zor.", "carried", "Dayr az Zawr"),
    ("MOSCOW, June 2 (Newswire) - Officials discussed the situation in Sudan, where the "
     "army attacked a market on Sunday.", "attacked", "Sudan"),
    # an attack named as the subject of the verb by which it reaches its target
    ("NICOSIA, June 2 (Newswire) - Turkish drone strikes hit northern Iraq on Sunday.",
     "drone strikes", "Iraq"),
    # the tagger takes the name before "region" for an adjective
    ("BANGKOK, June 2 (Newswire) - Helicopters shelled a camp in the Sagaing region on "
     "Sunday.", "shelled", "Sagaing"),
])
def test_an_attack_is_where_its_target_or_its_clause_says(coder, text, word, place):
    places = [p for t, w, p in _event_places(coder, text) if w == word]
    assert places and all(p is not None and p.startswith(place[:4]) for p in places), places


def test_a_withdrawal_is_where_the_troops_left(coder):
    text = ("KYIV, June 2 (Newswire) - The rebels withdrew from the town of Vuhledar on "
            "Sunday.")
    places = [p for t, w, p in _event_places(coder, text) if w == "withdrew"]
    assert places == ["Vuhledar"]


def test_an_attack_in_a_named_range_of_mountains_is_there(coder):
    text = ("BAGHDAD, June 2 (Newswire) - Turkish warplanes struck suspected PKK targets in "
            "the Qandil mountains a day earlier, the Turkish defence ministry said.")
    assert [p for t, w, p in _event_places(coder, text) if w == "struck"] == ["Qandil Mountains"]


# --- names written with abbreviations ---------------------------------------------------------

def test_a_dateline_whose_name_opens_with_an_abbreviation_in_capitals_is_the_place(coder):
    doc = coder.nlp("ST. CLOUD, Minn. - The county board voted on Tuesday to repave two "
                    "roads.")
    assert doc[0].text == "ST."  # one token, as spaCy makes "St."
    first = doc._.toponyms[0]
    assert (first.text, first.name, first.label) == ("ST. CLOUD", "Saint Cloud", "DATELINE")


@pytest.mark.parametrize("text, words, name", [
    # a dateline after a headline: NER took "PAUL" alone, which is a town in Idaho
    ("Bridge to close for repairs\nThe work starts soon. ST. PAUL, Minn. - Crews will close "
     "the bridge on Monday.", "ST. PAUL", "Saint Paul"),
    # NER took the name's last word for a person
    ("She was raised far from here - Sault Ste. Marie, Ontario, in fact.", "Sault Ste. Marie",
     "Sault Ste. Marie"),
    ("Storms knocked out power near Ft. Worth on Sunday.", "Ft. Worth", "Fort Worth"),
])
def test_an_abbreviated_first_word_belongs_to_the_name_after_it(coder, text, words, name):
    found = {m.text: m.name for m in _toponyms(coder, text) if m.lat is not None}
    assert found.get(words) == name


def test_an_abbreviated_compass_word_is_read_as_the_word_when_that_names_a_town(coder):
    found = {m.text: (m.name, m.country_code) for m in _toponyms(
        coder, "The fire spread from Cayce, S.C., to W. Columbia on Friday.")}
    assert found["W. Columbia"] == ("West Columbia", "US")


def test_an_abbreviated_compass_word_before_a_state_is_a_part_of_the_state(coder):
    found = {m.text: (m.name, m.feature_code) for m in _toponyms(
        coder, "Ranchers in W. Texas sold cattle early as the drought went on.")}
    assert found["W. Texas"] == ("Texas", "ADM1")
    # before another place it stays unread: local papers so abbreviate parts of their own
    # small towns, which the world city of the name is not
    found = {m.text: m.lat for m in _toponyms(
        coder, "Firefighters put out a kitchen fire in S.E. Paris on Tuesday.")}
    assert found["S.E. Paris"] is None


def test_settings_hash_once_and_as_their_fields_say():
    """The where settings key the rankings' caches: equal settings hash alike (also made
    anew, or pickled and read back), other settings are other keys, and the hash kept is
    no field (the config and ``asdict`` see only the weights)."""
    import pickle
    from dataclasses import asdict, replace

    from newsevents.where.settings import DEFAULT_SETTINGS, WhereSettings

    hash(DEFAULT_SETTINGS)  # (kept from here on)
    same = WhereSettings()
    assert same == DEFAULT_SETTINGS and hash(same) == hash(DEFAULT_SETTINGS)
    copied = pickle.loads(pickle.dumps(DEFAULT_SETTINGS))
    assert copied == DEFAULT_SETTINGS and hash(copied) == hash(DEFAULT_SETTINGS)
    other = replace(DEFAULT_SETTINGS, min_score=DEFAULT_SETTINGS.min_score + 1.0)
    cache = {DEFAULT_SETTINGS: "default", other: "other"}
    assert cache[same] == "default" and cache[replace(other)] == "other"
    assert "_hash" not in asdict(DEFAULT_SETTINGS)
    assert hash(other) == hash(tuple(asdict(other).values()))
