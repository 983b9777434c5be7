"""The gazetteer: name keys, an index built from dump files we wrote, the packaged index."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.datafiles import load_default
from newsevents.gazetteer import (
    ALTERNATE,
    MAIN,
    Gazetteer,
    IndexWriter,
    build_from_dumps,
    country_of_place,
    name_key,
)
from newsevents.gazetteer.from_packages import main_body
from newsevents.gazetteer.names import articleless_key, spaced_key

DUMPS = Path(__file__).parent / "data" / "geonames"
# the test dumps' nine places, and the regions of placenames.yaml, none of which they hold
PLACES = 9 + len(load_default("placenames")["regions"])


def test_name_key_folds_case_accents_stops_and_abbreviations():
    assert name_key("The  St. Louis") == "saint louis"
    assert name_key("Kyïv") == name_key("KYIV") == "kyiv"
    assert name_key("Ill.") == "ill."  # an abbreviation keeps its stop ...
    assert name_key("Ill") == "ill"  # ... so that the word does not match it
    assert name_key("Côte d’Ivoire") == "cote divoire"
    assert name_key("Martha`s Vineyard") == name_key("Martha’s Vineyard") == "marthas vineyard"
    assert name_key("ＫＹＩＶ") == "kyiv"  # full-width letters fold to their ASCII forms
    # a hyphenated name is filed with spaces too
    assert spaced_key(name_key("Saint-Marc")) == name_key("St. Marc") == "saint marc"


@pytest.fixture(scope="module")
def dump_index(tmp_path_factory) -> Gazetteer:
    path = build_from_dumps(str(DUMPS), tmp_path_factory.mktemp("gaz") / "index.sqlite")
    return Gazetteer(path)


def test_dump_index_has_the_main_table_with_geonames_fields(dump_index):
    paris = {c.geonameid: c for c in dump_index.lookup("Paris")}
    assert set(paris) == {2988507, 4717560}
    assert paris[2988507].feature_code == "PPLC" and paris[2988507].country_code == "FR"
    # GeoNames' own codes, kept as the dump gives them: a seat of an ADM1 is PPLA, not PPL
    assert paris[4717560].feature_code == "PPL"
    assert [c.feature_code for c in dump_index.lookup("Kharkiv")] == ["PPLA"]
    assert paris[4717560].admin1 == "TX"
    assert paris[4717560].lat == pytest.approx(33.66094)
    assert dump_index.lookup("Paris")[0].geonameid == 2988507  # most populous first


def test_dump_index_reads_alternate_names_from_both_files(dump_index):
    assert [(c.geonameid, c.kind) for c in dump_index.lookup("Kyiv")] == [(703448, MAIN)]
    # "Kyjiv" is in the main table's alternatenames column; "Kiev" only in alternateNamesV2
    assert [(c.geonameid, c.kind) for c in dump_index.lookup("Kyjiv")] == [(703448, ALTERNATE)]
    assert [(c.geonameid, c.kind) for c in dump_index.lookup("Kiev")] == [(703448, ALTERNATE)]
    # a German name (language "de") of alternateNamesV2 is not read, nor a code like "IEV"
    assert dump_index.lookup("Charkiw") == dump_index.lookup("IEV") == ()


def test_dump_index_adds_admin1_names_project_names_and_demonyms(dump_index):
    assert [c.geonameid for c in dump_index.lookup("Tex.")] == [4736286]  # placenames.yaml
    assert dump_index.lookup("Tex") == ()
    assert dump_index.lookup("Kyiv Oblast")[0].geonameid == 703446  # admin1CodesASCII
    assert dump_index.lookup("USA")[0].geonameid == 6252001  # countries.yaml alias
    assert dump_index.demonym("Ukrainian") == "UA"
    assert dump_index.iso2("UKR") == "UA"
    assert dump_index.country("UA").geonameid == 690791


def test_dump_index_keeps_the_feature_classes_asked_for(tmp_path):
    path = build_from_dumps(str(DUMPS), tmp_path / "p.sqlite", classes=frozenset("P"))
    gazetteer = Gazetteer(path)
    assert gazetteer.lookup("Texas") == ()  # an ADM1 (class A)
    assert gazetteer.lookup("Kharkiv")[0].feature_class == "P"


def test_dumps_may_be_zipped(tmp_path):
    with zipfile.ZipFile(tmp_path / "cities500.zip", "w") as archive:
        archive.write(DUMPS / "allCountries.txt", "cities500.txt")
    gazetteer = Gazetteer(build_from_dumps(str(tmp_path), tmp_path / "z.sqlite"))
    assert gazetteer.info()["places"] == str(PLACES)


def test_gazetteer_update_command(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "full.sqlite"
    status = main(["gazetteer", "update", "--dumps", str(DUMPS), "--out", str(target)],
                  out=out, err=err)
    assert status == 0 and target.exists()
    assert f"{PLACES} places" in out.getvalue() and "NEWSEVENTS_GAZETTEER" in out.getvalue()
    status = main(["gazetteer", "update", "--dumps", str(tmp_path / "none"), "--out",
                   str(tmp_path / "x.sqlite")], out=out, err=err)
    assert status == 1 and "no allCountries.txt or cities500.txt" in err.getvalue()


def test_the_coder_uses_the_index_named_in_the_environment(tmp_path, monkeypatch):
    from newsevents.gazetteer import default_index_path, shared_gazetteer

    target = build_from_dumps(str(DUMPS), tmp_path / "env.sqlite")
    monkeypatch.setenv("NEWSEVENTS_GAZETTEER", str(target))
    assert default_index_path() == target
    assert shared_gazetteer().info()["places"] == str(PLACES)
    monkeypatch.setenv("NEWSEVENTS_GAZETTEER", str(tmp_path / "missing.sqlite"))
    with pytest.raises(FileNotFoundError):
        Gazetteer().lookup("Paris")


def test_packaged_index_has_alternate_names_divisions_and_countries():
    gazetteer = Gazetteer()
    assert gazetteer.lookup("Kiev")[0].geonameid == 703448
    assert gazetteer.lookup("Bombay")[0].geonameid == 1275339
    county = gazetteer.lookup("Tangipahoa Parish")[0]
    assert (county.feature_code, county.country_code, county.admin1) == ("ADM2", "US", "LA")
    texas = next(c for c in gazetteer.lookup("Texas") if c.feature_code == "ADM1")
    assert texas.geonameid == 4736286 and 29 < texas.lat < 33 and -102 < texas.lon < -97
    assert gazetteer.lookup("Ill.")[0].geonameid == 4896861
    assert {c.feature_code for c in gazetteer.lookup("Georgia")} >= {"PCLI", "ADM1"}
    assert country_of_place("Kharkiv", gazetteer) == "UA"
    assert country_of_place("Nowhere-on-Sea", gazetteer) is None


def test_a_region_of_the_projects_own_has_a_point_and_no_geonames_id(coder):
    record = coder.code("Tankers waited outside the Strait of Hormuz as fighting went on in "
                        "Darfur.", published="2026-03-04")
    places = {p.name: p for p in record.places}
    strait, darfur = places["Strait of Hormuz"], places["Darfur"]
    assert strait.geonameid is None and abs(strait.lat - 26.6) < 1 and abs(strait.lon - 56.3) < 1
    assert darfur.country_code == "SD" and darfur.feature_code == "RGN"


@pytest.mark.parametrize(("text", "name"), [
    ("Analysts expect calm across the Middle East this year.", "Middle East"),
    ("Cargo ships avoided the Red Sea after the strikes.", "Red Sea"),
])
def test_a_well_known_region_beats_a_hamlet_or_a_division_of_that_name(coder, text, name):
    (place,) = coder.code(text, published="2026-03-04").places
    assert place.name == name and place.feature_code in ("RGN", "SEA")


def test_a_former_name_of_a_big_city_is_the_city(coder):
    # "Calcutta" is also a South African town's own name; Kolkata bears it as an alternate
    (place,) = coder.code("Floods cut roads around Calcutta on Monday.",
                          published="2026-03-04").places
    assert (place.name, place.country_code) == ("Kolkata", "IN")


def test_packaged_index_knows_the_short_forms_of_australian_and_canadian_divisions():
    gazetteer = Gazetteer()
    assert [c.name for c in gazetteer.lookup("NSW")] == ["New South Wales"]
    assert [c.name for c in gazetteer.lookup("B.C.")] == ["British Columbia"]
    assert [c.name for c in gazetteer.lookup("Ont.")] == ["Ontario"]


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Fishermen on Lake Erie were told to stay ashore.", "Lake Erie", "LK"),
    ("Snow closed the passes of the Ural Mountains on Friday.", "Ural Mountains", "MTS"),
    ("Floods spread across the Danube Delta this week.", "Danube Delta", "DLTA"),
    ("Aid convoys reached the Rift Valley on Monday.", "Great Rift Valley", "VAL"),
    ("Barges were stranded on the Mississippi River by low water.", "Mississippi River",
     "STM"),
    ("Exports to the Americas rose by a fifth last year.", "Americas", "RGN"),
    ("Storms battered ships in the North Atlantic.", "North Atlantic", "OCN"),
    ("Trade winds weakened over the Pacific this year.", "Pacific Ocean", "OCN"),
    ("The Soviet Union tested the weapon in 1961.", "Soviet Union", "RGN"),
    ("Wildfires forced the evacuation of villages in the Algarve region on Monday.", "Algarve",
     "RGN"),
    ("Smugglers crossed the Limpopo River at night.", "Limpopo River", "STM"),
    ("Troops exchanged fire along the Line of Control on Sunday.", "Line of Control", "RGN"),
])
def test_major_natural_features_and_regions_have_points(coder, text, name, code):
    (place,) = [m for m in coder.nlp(text)._.toponyms if m.lat is not None]
    assert (place.name, place.feature_code) == (name, code)


@pytest.mark.parametrize(("text", "name", "code"), [
    # divisions a reform abolished: merged into one (its successor's name and point) ...
    ("Snow closed mountain roads across Oppland on Tuesday.", "Innlandet", "ADM1"),
    ("Fishermen from Sør-Trøndelag protested against the new quotas.", "Trøndelag", "ADM1"),
    # ... or split among several (a point of its own)
    ("Copper miners in Katanga went on strike over pay on Monday.", "Katanga", "RGN"),
    ("Maize farmers in Nyanza Province asked for new seed this season.", "Nyanza Province",
     "RGN"),
    # regions of England, which GeoNames files as no division
    ("Floods hit villages across the East Midlands overnight.", "East Midlands", "RGN"),
])
def test_former_divisions_and_englands_regions_have_points(coder, text, name, code):
    found = [m for m in coder.nlp(text)._.toponyms if m.lat is not None]
    assert [(m.name, m.feature_code) for m in found] == [(name, code)]


def test_a_one_word_island_ner_missed_is_the_island_only_in_a_story_of_its_country(coder):
    story = coder.nlp("The Indonesian navy said waves hit Java's southern coast at dawn.")
    assert [m.name for m in story._.toponyms if m.text == "Java"] == ["Java"]
    software = coder.nlp("Developers said Java remains popular for enterprise software.")
    assert not [m for m in software._.toponyms if m.lat is not None]


def test_an_ocean_opening_an_institutions_name_is_no_place(coder):
    doc = coder.nlp("Scientists at the Pacific Climate Institute published the study.")
    assert not [m for m in doc._.toponyms if m.lat is not None]


def test_a_one_word_region_ner_missed_before_a_common_noun_is_still_the_region(coder):
    doc = coder.nlp("Climbers were lost in the western part of the Caucasus mountains.")
    assert [m.name for m in doc._.toponyms if m.lat is not None] == ["Caucasus"]


def test_an_abbreviation_whose_last_stop_was_cut_is_still_the_state():
    gazetteer = Gazetteer()
    assert [c.name for c in gazetteer.lookup("N.Y")] == [c.name for c in
                                                         gazetteer.lookup("N.Y.")]
    assert gazetteer.lookup("W.Va")[0].feature_code == "ADM1"


def test_a_name_before_coast_is_read_without_it(coder):
    doc = coder.nlp("Fishing boats stayed in port along the Indian Ocean coast on Friday.")
    assert [m.name for m in doc._.toponyms if m.lat is not None] == ["Indian Ocean"]


def test_a_country_has_one_capital_not_every_town_of_the_capitals_name():
    capitals = [c for c in Gazetteer().lookup("Washington") if c.feature_code == "PPLC"]
    assert [(c.country_code, c.admin1) for c in capitals] == [("US", "DC")]


def test_a_capitals_older_name_borne_by_a_big_city_is_that_city(coder):
    doc = coder.nlp("The case went to the court in Philadelphia on Monday.")
    assert [m.country_code for m in doc._.toponyms if m.text == "Philadelphia"] == ["US"]


def test_an_older_spelling_of_a_capital_that_no_place_bears_keeps_the_capitals_prior():
    from newsevents.where import DEFAULT_SETTINGS, rank

    s = DEFAULT_SETTINGS
    ((score, kyiv), *_) = rank(Gazetteer().lookup("Kiev"), source="kiev")
    assert kyiv.feature_code == "PPLC" and score >= s.capital_prior - s.alternate_penalty


def test_a_division_whose_towns_lie_along_one_edge_is_at_its_geonames_point():
    # Ontario's towns lie along its southern edge: their middle is some 295 km south of
    # GeoNames' point for the province, which placenames.yaml gives
    from newsevents.distance import km

    gazetteer = Gazetteer()
    ontario = next(c for c in gazetteer.lookup("Ontario") if c.feature_code == "ADM1")
    assert km(ontario.lat, ontario.lon, 49.25, -84.5) < 10
    texas = next(c for c in gazetteer.lookup("Texas") if c.feature_code == "ADM1")
    assert km(texas.lat, texas.lon, 31.25, -99.25) < 150  # the towns' middle, where near


def test_a_division_is_placed_by_the_main_body_of_its_towns():
    body = [(46.0 + i / 10, 127.0 + i / 10, 1000) for i in range(40)]
    misfiled = [(44.0, 83.5, 1000)] * 5  # towns filed under it 3,500 km away
    assert main_body(body + misfiled) == body
    # one group: every town, however sparse, when no gap wider than a cell parts them
    chain = [(-10.0 - 2 * i, 142.0 + i, 500) for i in range(8)]
    assert main_body(chain) == chain
    # the real index: a division with towns filed far from it is placed at its main body
    gazetteer = Gazetteer()
    hebei = next(c for c in gazetteer.lookup("Hebei") if c.feature_code == "ADM1")
    assert 36 < hebei.lat < 42 and 113 < hebei.lon < 120


def test_an_arabic_names_key_without_its_article():
    assert articleless_key(name_key("Al Qāmishlī")) == "qamishli"
    assert articleless_key(name_key("Ash-Shihr")) == "shihr"
    assert articleless_key(name_key("El Arish")) == "arish"
    assert articleless_key(name_key("Al Bu Kamal")) == "bu kamal"
    # no article, or nothing worth a name left after it
    assert articleless_key(name_key("Alexandria")) is None
    assert articleless_key(name_key("Al")) is None
    assert articleless_key(name_key("Al Ma")) is None
    assert articleless_key(name_key("An Nu")) is None


def test_an_index_files_arabic_names_without_their_article_as_alternates(tmp_path):
    writer = IndexWriter(tmp_path / "a.sqlite", "test")
    # two invented places: a town of an Arab country, one of that bare name elsewhere
    writer.place((1, "Al Wardiyah", 30.0, 40.0, "IQ", "01", "P", "PPL", 9000),
                 ["Ad-Dabbah", "El Wardiya"])
    writer.place((2, "Wardiyah", 10.0, 10.0, "NG", "01", "P", "PPL", 800))
    writer.place((3, "El Hatillo", 10.4, -66.8, "VE", "01", "P", "PPL", 70000))
    gazetteer = Gazetteer(writer.close())
    assert {(c.geonameid, c.kind) for c in gazetteer.lookup("Wardiyah")} == \
        {(1, ALTERNATE), (2, MAIN)}
    assert [(c.geonameid, c.kind) for c in gazetteer.lookup("Wardiya")] == [(1, ALTERNATE)]
    assert [c.geonameid for c in gazetteer.lookup("Dabbah")] == [1]
    assert gazetteer.lookup("Al Wardiyah")[0].kind == MAIN
    # a Spanish "El" is kept: only places of Arabic-speaking countries lose it
    assert gazetteer.lookup("Hatillo") == ()


def test_a_name_with_an_arabic_article_found_under_no_key_is_looked_up_without_it(tmp_path):
    writer = IndexWriter(tmp_path / "b.sqlite", "test")
    writer.place((1, "Wardiyah", 30.0, 40.0, "IQ", "01", "P", "PPL", 9000))
    writer.place((2, "Hatillo", 10.4, -66.8, "VE", "01", "P", "PPL", 70000))
    gazetteer = Gazetteer(writer.close())
    assert [c.geonameid for c in gazetteer.lookup("al-Wardiyah")] == [1]
    assert [c.geonameid for c in gazetteer.lookup("an-Wardiyah")] == [1]
    # "An", "As", "At" before a space are English words: "An Wardiyah man" is no article
    assert gazetteer.lookup("An Wardiyah") == gazetteer.lookup("At Wardiyah") == ()
    assert gazetteer.lookup("El Hatillo") == ()  # not a Spanish "El"


def test_the_packaged_index_knows_arabic_cities_without_their_article():
    gazetteer = Gazetteer()
    assert gazetteer.lookup("Qamishli")[0].country_code == "SY"
    assert gazetteer.lookup("Hodeidah")[0].country_code == "YE"
    assert gazetteer.lookup("al-Raqqa")[0].country_code == "SY"


def test_an_arabic_city_written_without_its_article_is_resolved(coder):
    record = coder.code("Drones struck a depot in Qamishli on Friday, and two ships sailed "
                        "from Hodeidah at dawn.", published="2025-03-04")
    assert {p.text: p.country_code for p in record.places} == {"Qamishli": "SY",
                                                                "Hodeidah": "YE"}


def test_a_divisions_name_without_its_kind_is_filed_only_where_no_place_bears_it(tmp_path):
    from newsevents.gazetteer.from_packages import bare_division_names

    assert bare_division_names(["Omboro District", "Kabupaten Telaga", "Minami-shi",
                                "Warrow State", "Ardenne", "First Governorate",
                                "3rd District", "Northeastern Region"]) == \
        ["Omboro", "Telaga", "Minami", "Warrow"]
    writer = IndexWriter(tmp_path / "c.sqlite", "test")
    # invented places: two districts, a town bearing one district's bare name
    writer.place((1, "Omboro District", 0.1, 34.8, "KE", "30", "A", "ADM2", 90000))
    writer.place((2, "Telaga District", -7.3, 108.6, "ID", "30", "A", "ADM2", 50000))
    writer.place((3, "Telaga", 5.0, 5.0, "NG", "01", "P", "PPL", 800))
    writer.free_names([(1, ["Omboro"]), (2, ["Telaga"])])
    gazetteer = Gazetteer(writer.close())
    assert [(c.geonameid, c.kind) for c in gazetteer.lookup("Omboro")] == [(1, ALTERNATE)]
    assert [c.geonameid for c in gazetteer.lookup("Telaga")] == [3]


def test_a_census_designated_places_name_is_also_filed_without_cdp(tmp_path):
    from newsevents.gazetteer.index import _alternates

    assert _alternates(["Camp Ridley CDP", "IEV"]) == ["Camp Ridley CDP", "Camp Ridley"]


def test_the_packaged_index_knows_divisions_without_their_kind_and_renamed_bases():
    gazetteer = Gazetteer()
    assert [c.feature_code for c in gazetteer.lookup("Kitaakita")][0] == "ADM2"
    assert gazetteer.lookup("Fort Hood")[0].name == "Fort Cavazos"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Two poultry farms in Kitaakita, a town in northern Japan, culled their birds.",
     "Kitaakita", "JP"),
    ("Officials in Warab state said cattle raiders attacked two villages near Wau in South "
     "Sudan.", "Warab", "SS"),
])
def test_a_division_named_without_its_kind_is_resolved(coder, text, name, country):
    record = coder.code(text, published="2025-03-04")
    assert {p.text: p.country_code for p in record.places}.get(name) == country


def test_an_arabic_names_final_a_is_looked_up_with_or_without_its_h(tmp_path):
    from newsevents.gazetteer.names import final_a_variant

    assert final_a_variant("wardiya") == "wardiyah" and final_a_variant("wardiyah") == "wardiya"
    assert final_a_variant("kut") is None and final_a_variant("oma") is None
    writer = IndexWriter(tmp_path / "d.sqlite", "test")
    # invented places: a governorate of an Arab country, a town of that spelling elsewhere
    writer.place((1, "Al Wardiyah", 30.0, 31.0, "EG", "05", "A", "ADM1", 900000))
    writer.place((2, "Samhara", 30.5, 32.0, "IQ", "01", "P", "PPL", 9000))
    writer.place((3, "Beloka", 10.0, 10.0, "NG", "01", "P", "PPL", 800))
    gazetteer = Gazetteer(writer.close())
    assert [c.geonameid for c in gazetteer.lookup("Wardiya")] == [1]
    assert [c.geonameid for c in gazetteer.lookup("al-Wardiya")] == [1]
    assert [c.geonameid for c in gazetteer.lookup("Samharah")] == [2]
    assert gazetteer.lookup("Belokah") == ()  # a Nigerian town: no Arabic ending


def test_an_arabic_division_written_without_the_h_of_its_ending_is_resolved(coder):
    record = coder.code("Farmers in Daqahliya province culled their ducks, Egyptian "
                        "officials said.", published="2025-03-04")
    assert {p.text: p.country_code for p in record.places}.get("Daqahliya") == "EG"


def test_an_ordinal_before_a_bank_or_a_church_is_no_division(coder):
    # "First Governorate" is an old name of a division: "First" alone names no place
    toponyms = coder.nlp("Police said a man robbed the First Bank of Trenton on Monday, and "
                         "choirs sang at First Baptist Church.")._.toponyms
    assert "First" not in {m.text for m in toponyms}


@pytest.mark.parametrize(("text", "name", "code"), [
    # districts and slums of world cities
    ("Youths in Mathare burned tyres on Sunday, Kenyan police said.", "Mathare", "PPLX"),
    ("A car bomb went off near a restaurant in Karrada, killing six.", "Karrada", "PPLX"),
    # military bases
    ("Two jets landed at Incirlik on Monday, the Turkish defence ministry said.",
     "Incirlik Air Base", "MILB"),
    ("Soldiers returned to Fort Benning after a year abroad, the Army said.", "Fort Benning",
     "MILB"),
])
def test_city_districts_and_military_bases_news_names_have_points(coder, text, name, code):
    found = [m for m in coder.nlp(text)._.toponyms if m.lat is not None]
    assert (name, code) in [(m.name, m.feature_code) for m in found]


@pytest.mark.parametrize(("text", "name", "code"), [
    # regions France merged in 2016: a name of the region that holds them now
    ("Wine growers in Alsace expect a small harvest, French officials said.", "Grand-Est",
     "ADM1"),
    # a lake and a valley world news names
    ("The drought left Lake Powell at its lowest level in decades, officials said.",
     "Lake Powell", "LK"),
    ("Farm workers in the Imperial Valley walked out over pay on Tuesday.",
     "Imperial Valley", "VAL"),
])
def test_merged_regions_english_names_and_well_known_features_have_points(coder, text, name,
                                                                          code):
    found = [m for m in coder.nlp(text)._.toponyms if m.lat is not None]
    assert (name, code) in [(m.name, m.feature_code) for m in found]


def test_a_countrys_name_one_typing_slip_away_is_found_only_alone_and_long_enough():
    gazetteer = Gazetteer()
    assert gazetteer.misspelt_country("Austrialia").name == "Australia"  # a letter added
    assert gazetteer.misspelt_country("Afghanistna").name == "Afghanistan"  # two swapped
    assert gazetteer.misspelt_country("Greenlane") is None  # a letter changed: another word
    assert gazetteer.misspelt_country("Pakistn").name == "Pakistan"  # a letter left out
    assert gazetteer.misspelt_country("Irak") is None  # too short to tell Iran from Iraq
    assert gazetteer.misspelt_country("Zqxwvland") is None


def test_a_capitals_name_one_typing_slip_away_is_found_only_for_long_names():
    gazetteer = Gazetteer()
    assert gazetteer.misspelt_capital("Nairobbi").name == "Nairobi"  # a letter added
    assert gazetteer.misspelt_capital("Khartum").country_code == "SD"  # a letter left out
    assert gazetteer.misspelt_capital("Parris") is None  # Paris: too short a name to tell
    assert gazetteer.misspelt_capital("Austrialia") is None  # a country's, no capital's


def test_a_foreign_name_of_a_country_is_found_only_in_its_own_table():
    gazetteer = Gazetteer()
    assert gazetteer.foreign_country("Mauritanie").country_code == "MR"
    assert gazetteer.foreign_country("Costa de Marfil").country_code == "CI"
    assert not gazetteer.lookup("Mauritanie")  # no entry bears it: NER must find it


@pytest.mark.parametrize(("text", "words", "country"), [
    ("Aid flights to Afganistan resumed on Monday.", "Afganistan", "AF"),
    ("Tourists in Austrialia were told to avoid the beaches.", "Austrialia", "AU"),
])
def test_a_misspelt_country_ner_calls_a_place_is_the_country(coder, text, words, country):
    found = {m.text: m.country_code for m in coder.nlp(text)._.toponyms if m.lat is not None}
    assert found.get(words) == country


def test_a_demonym_one_letter_from_a_country_stays_the_peoples(coder):
    found = [m for m in coder.nlp("Georgian troops entered the town, officials in Tbilisi "
                                  "said.")._.toponyms if m.text == "Georgian"]
    assert [m.adjective for m in found] == [True]
