"""An article's home region as evidence for its toponyms, and homes learned from a source's
own records: on sentences and records we wrote."""

from __future__ import annotations

import io
import json

import pytest

from newsevents.cli import main
from newsevents.gazetteer import shared_gazetteer
from newsevents.read import ReadError, read_inputs
from newsevents.record import Article
from newsevents.where.home import HomeError, parse_home
from newsevents.where.learn import HomeRule, by_source, learn_homes
from newsevents.where.ranking import Context, Evidence, rank

SPRINGFIELD_IL, SPRINGFIELD_MA = 4250542, 4951788
ATHENS_GR = 264371
LONDON_GB, DUBLIN_IE, DUBLIN_OH = 2643743, 2964574, 5152333
MANHATTAN_KS, MANHATTAN_NY = 4274994, 5125771
NORFOLK_NE = 5073965
OHIO, ILLINOIS, US = 5165418, 4896861, 6252001


def _places(record):
    return {p.text: p.geonameid for p in record.places}


# --- the hint ---------------------------------------------------------------------------------

def test_a_home_is_a_place_name_with_its_state_or_country_or_a_geonames_id():
    g = shared_gazetteer()
    assert parse_home("Ohio, US", g).geonameid == OHIO
    assert parse_home("Illinois", g).geonameid == ILLINOIS
    assert parse_home("US", g).geonameid == US  # the country, not a village called Us
    london = parse_home("London, Ontario", g)
    assert (london.country_code, london.feature_class) == ("CA", "P")
    assert parse_home("London", g).country_code == "GB"
    assert parse_home(str(SPRINGFIELD_IL), g).name == "Springfield"
    for bad in ("Nowhereville Upon Nothing", "Springfield, Atlantis", "999999999"):
        with pytest.raises(HomeError):
            parse_home(bad, g)


# --- the home as evidence ---------------------------------------------------------------------

LONE_SPRINGFIELD = "The city council met in Springfield on Tuesday to discuss the budget."


def test_a_lone_springfield_is_the_one_in_the_home_state(coder):
    assert _places(coder.code(LONE_SPRINGFIELD))["Springfield"] != SPRINGFIELD_IL
    record = coder.code(LONE_SPRINGFIELD, home="Illinois, US")
    assert _places(record)["Springfield"] == SPRINGFIELD_IL
    assert record.to_dict()["article"]["home"] == "Illinois, US"  # the hint used, recorded


def test_a_home_never_overrides_a_qualifier_in_the_text(coder):
    text = ("The council met in Springfield, Massachusetts, on Tuesday. Later that day the "
            "mayor of Springfield said the budget was balanced.")
    record = coder.code(text, home="Illinois, US")
    assert [p.geonameid for p in record.places if p.text == "Springfield"] == \
        [SPRINGFIELD_MA, SPRINGFIELD_MA]


def test_a_home_never_moves_a_capital_named_in_foreign_news_to_the_home_state(coder):
    # a Georgia paper's story abroad: "Athens" is a town in the home state too
    text = ("The governor flew to Athens on Monday to meet officials of Greece about a "
            "shipping contract.")
    assert _places(coder.code(text, home="Georgia, US"))["Athens"] == ATHENS_GR
    text = "The governor met Greek ministers in Athens on Monday."
    assert _places(coder.code(text, home="Georgia, US"))["Athens"] == ATHENS_GR


def test_a_lone_town_of_a_home_city_and_no_cost_without_a_home(coder):
    text = "Residents of London packed the city hall on Monday."
    assert coder.code(text).places[0].country_code == "GB"
    assert coder.code(text, home="London, Ontario").places[0].country_code == "CA"
    assert "home" not in coder.code(text).to_dict()["article"]  # the record as before


def test_a_home_town_beats_a_world_city_abroad_whatever_else_the_story_names_abroad(coder):
    # a London, Ontario paper writes of its sister city: China says nothing of England
    text = ("London city council voted on Monday to renew its friendship agreement with "
            "Nanjing. A delegation from Nanjing will visit London in June, and councillors "
            "hope the ties bring more trade with China.")
    for home in ("Ontario, Canada", "London, Ontario"):
        londons = [p for p in coder.code(text, home=home).places if p.text == "London"]
        assert [p.country_code for p in londons] == ["CA", "CA"]
    # the story points to England: its London stays England's
    text = "The mayor flew to London on Monday to meet British investors and bankers."
    assert _places(coder.code(text, home="Ontario, Canada"))["London"] == LONDON_GB


def test_a_home_town_gains_from_its_countrys_places_like_a_world_city_of_that_country(coder):
    # a Kansas paper: the other American places of the story say nothing of New York
    text = ("Manhattan will host a regional chess tournament next month, with players coming "
            "from Oklahoma, Nebraska and Colorado.")
    assert _places(coder.code(text, home="Kansas, US"))["Manhattan"] == MANHATTAN_KS
    # places near the world city still point to it
    text = "The tourists spent a week in Manhattan, visiting Times Square and the Brooklyn Bridge."
    assert _places(coder.code(text, home="Kansas, US"))["Manhattan"] == MANHATTAN_NY


def test_a_home_town_named_with_its_kind_added_is_the_same_town(coder):
    # "Dublin City" is known only as Ireland's capital: it neither vouches for Ireland nor
    # decides what the paper's own "Dublin" is
    text = ("Dublin City Council approved the budget on Monday. Dublin residents will see new "
            "bike paths next spring, and the Dublin City Manager thanked the volunteers.")
    places = coder.code(text, home="Ohio, US").places
    assert {p.text for p in places} >= {"Dublin", "Dublin City"}
    assert {p.geonameid for p in places if p.text.startswith("Dublin")} == {DUBLIN_OH}
    # named with its country, it is Ireland's
    text = ("Dublin City Council in Ireland voted on Monday to limit short-term rentals. "
            "Dublin residents had complained about rents.")
    assert _places(coder.code(text, home="Ohio, US"))["Dublin"] == DUBLIN_IE


def test_words_ner_did_not_call_places_do_not_back_a_world_city_against_the_home_town():
    # a word read as a suburb of Ireland's capital only for lying near it is its echo: it
    # does not make the story Irish; a place NER tagged there does
    g = shared_gazetteer()
    dublins = tuple(g.lookup("Dublin"))
    suburb = Evidence(points=[(53.29, -6.37)])
    suburb.countries["IE"] += 1
    for recalled, expected in ((True, DUBLIN_OH), (False, DUBLIN_IE)):
        context = Context()
        context.home = parse_home("Ohio, US", g)
        context.add("tallowbridge", suburb)
        context.recalled = frozenset({"tallowbridge"} if recalled else ())
        assert rank(dublins, (), context, "dublin")[0][1].geonameid == expected


def test_the_city_of_a_home_town_known_only_elsewhere_is_the_home_town(coder):
    # "City of Norfolk" is Virginia's county-level city: in a Nebraska paper it vouches for
    # nothing, and both names are the paper's Norfolk
    text = ("The City of Norfolk will repave three streets this summer. Norfolk residents can "
            "see the plans at the public library.")
    places = coder.code(text, home="Nebraska, US").places
    assert [p.geonameid for p in places] == [NORFOLK_NE, NORFOLK_NE]
    places = coder.code(text, home="Virginia, US").places
    assert {p.country_code for p in places} == {"US"}
    assert NORFOLK_NE not in {p.geonameid for p in places}


def test_a_home_names_no_place_the_article_is_coded_without_one(coder, caplog):
    record = coder.code(LONE_SPRINGFIELD, home="Nowhereville Upon Nothing", id="river-3")
    assert record.places and record.places[0].geonameid != SPRINGFIELD_IL
    assert "river-3: home ignored: no place called" in caplog.text  # the input and why


# --- input and command line -------------------------------------------------------------------

def test_a_jsonl_line_may_carry_its_home(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [{"id": "a", "text": LONE_SPRINGFIELD, "home": "Illinois, US"},
             {"id": "b", "text": LONE_SPRINGFIELD, "home": ILLINOIS},
             {"id": "c", "text": LONE_SPRINGFIELD},
             {"id": "d", "text": LONE_SPRINGFIELD, "home": ["Illinois"]}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert [i.home for i in items if isinstance(i, Article)] == ["Illinois, US", str(ILLINOIS),
                                                                  None]
    (error,) = [i for i in items if isinstance(i, ReadError)]
    assert "'home'" in error.reason


def test_code_home_is_the_home_of_inputs_that_carry_none(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [{"id": "a", "text": LONE_SPRINGFIELD},
             {"id": "b", "text": LONE_SPRINGFIELD, "home": "Missouri, US"}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["code", str(path), "--format", "jsonl", "--home", "Illinois, US"], out, err) == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["article"]["home"] for r in records] == ["Illinois, US", "Missouri, US"]
    states = [r["places"][0]["geonameid"] for r in records]
    assert states[0] == SPRINGFIELD_IL and states[1] != SPRINGFIELD_IL
    err = io.StringIO()
    assert main(["code", str(path), "--home", "Springfield, Atlantis"], io.StringIO(), err) == 2
    assert "--home" in err.getvalue()
    assert main(["ingest", str(path), "--db", str(tmp_path / "s.duckdb"), "--home",
                 "Springfield, Atlantis"], io.StringIO(), io.StringIO()) == 2


# --- learning a source's home -----------------------------------------------------------------

def _record(source, *places):
    """A record of ours: the article's source and its places as (GeoNames id, score)."""
    return {"article": {"id": "x", "text": "", "source": source},
            "places": [{"geonameid": gid, "score": score} for gid, score in places]}


COLUMBUS, DAYTON, CLEVELAND = 4509177, 4509884, 5150529
PARIS, TOKYO, NAIROBI, LIMA = 2988507, 1850147, 184745, 3936456
CHICAGO, MIAMI, NEW_YORK = 4887398, 4164138, 5128581


def test_a_source_whose_confident_places_are_in_one_state_gets_that_state():
    records = [_record("ohio.example", (COLUMBUS, 0.95)),
               _record("ohio.example", (DAYTON, 0.9), (COLUMBUS, 0.99)),
               _record("ohio.example", (CLEVELAND, 0.92), (PARIS, 0.97)),
               _record("ohio.example", (TOKYO, 0.99)),
               _record("ohio.example", (SPRINGFIELD_IL, 0.4))]  # a guess: no vote
    home = learn_homes(by_source(records))["ohio.example"]
    assert home is not None and home.level == "admin1"
    assert home.place.geonameid == OHIO and home.hint == str(OHIO)
    assert (home.votes, home.articles) == (3, 4)


def test_a_source_of_scattered_places_gets_no_home():
    records = [_record("world.example", (PARIS, 0.99)), _record("world.example", (TOKYO, 0.99)),
               _record("world.example", (NAIROBI, 0.99)), _record("world.example", (LIMA, 0.99)),
               _record("world.example", (COLUMBUS, 0.95))]
    assert learn_homes(by_source(records)) == {"world.example": None}


def test_a_source_of_one_country_but_no_one_state_gets_the_country_and_few_articles_nothing():
    records = [_record("us.example", (COLUMBUS, 0.95)), _record("us.example", (CHICAGO, 0.95)),
               _record("us.example", (MIAMI, 0.95)), _record("us.example", (NEW_YORK, 0.95))]
    home = learn_homes(by_source(records))["us.example"]
    assert home is not None and (home.level, home.place.geonameid) == ("country", US)
    assert learn_homes(by_source(records[:2])) == {"us.example": None}  # too few articles
    assert learn_homes(by_source(records), rule=HomeRule(country_share=1.01)) == \
        {"us.example": None}


DUBLIN_IE, DUBLIN_OH = 2964574, 5152333


def _named(source, *places):
    """A record of ours whose places carry their words: (words, GeoNames id, score)."""
    return {"article": {"id": "x", "text": "", "source": source},
            "places": [{"text": text, "geonameid": gid, "score": score}
                       for text, gid, score in places]}


def test_a_misread_home_town_does_not_vote_where_its_article_contradicts_it():
    # a Dublin, Ohio paper coded without a home: its "Dublin" read as Ireland's capital in
    # every story, beside places of Ohio (each of which has a Dublin) in three of them
    records = [_named("dublin.example", ("Dublin", DUBLIN_IE, 0.97), ("Columbus", COLUMBUS, 0.95)),
               _named("dublin.example", ("Dublin", DUBLIN_IE, 0.97), ("Ohio", OHIO, 1.0)),
               _named("dublin.example", ("Dublin", DUBLIN_IE, 0.97)),
               _named("dublin.example", ("Dublin", DUBLIN_IE, 0.97), ("Dayton", DAYTON, 0.9))]
    home = learn_homes(by_source(records))["dublin.example"]
    assert home is not None and home.place.geonameid == OHIO
    assert (home.votes, home.articles, home.runner_up) == (3, 4, 1)
    # the withheld vote is not moved to the namesake: Dublin, Ohio read right still votes
    right = [_named("d.example", ("Dublin", DUBLIN_OH, 0.9), ("Columbus", COLUMBUS, 0.95))] * 3
    assert learn_homes(by_source(right))["d.example"].place.geonameid == OHIO


def test_a_capital_abroad_with_no_namesake_near_the_article_still_votes():
    # an Irish paper: Dublin beside Cork, where no Dublin lies, is Dublin
    cork = 2965140
    records = [_named("ie.example", ("Dublin", DUBLIN_IE, 0.97), ("Cork", cork, 0.95))] * 3
    home = learn_homes(by_source(records))["ie.example"]
    assert home is not None and home.place.country_code == "IE"


def test_a_small_source_gets_a_home_only_when_all_its_articles_agree():
    agree = [_named("small.example", ("Columbus", COLUMBUS, 0.95)),
             _named("small.example", ("Dayton", DAYTON, 0.9), ("Ohio", OHIO, 1.0))]
    home = learn_homes(by_source(agree))["small.example"]
    assert home is not None and home.place.geonameid == OHIO and home.articles == 2
    split = [agree[0], _named("small.example", ("Chicago", CHICAGO, 0.95))]
    assert learn_homes(by_source(split)) == {"small.example": None}
    assert learn_homes(by_source(agree[:1])) == {"small.example": None}  # one is chance
    also_abroad = [agree[0], _named("small.example", ("Dayton", DAYTON, 0.9),
                                    ("Tokyo", TOKYO, 0.99))]
    assert learn_homes(by_source(also_abroad)) == {"small.example": None}


def test_a_name_the_source_reads_two_ways_votes_in_none_of_its_articles():
    # a London, Ontario paper: "London" alone read as England's capital in two stories, as
    # London, Ontario beside Ontario's towns in two others
    london_gb, london_on, sarnia, toronto = 2643743, 6058560, 6141190, 6167865
    records = [_named("lf.example", ("London", london_gb, 0.97)),
               _named("lf.example", ("London", london_gb, 0.97)),
               _named("lf.example", ("London", london_on, 0.94), ("Sarnia", sarnia, 0.99)),
               _named("lf.example", ("London", london_on, 0.94), ("Toronto", toronto, 0.99)),
               _named("lf.example", ("Toronto", toronto, 0.99))]
    home = learn_homes(by_source(records))["lf.example"]
    assert home is not None and home.place.name == "Ontario" and home.votes == 3



def test_a_source_named_after_its_town_gets_the_state_its_articles_read_the_town_in():
    # a small paper whose votes decide nothing (two articles abroad), but whose domain names
    # a town its own articles read, once and without confidence, in Illinois
    source = "springfieldsentinel.example"
    records = [_named(source, ("Springfield", SPRINGFIELD_IL, 0.6)),
               _named(source, ("Paris", PARIS, 0.97)), _named(source, ("Tokyo", TOKYO, 0.99))]
    home = learn_homes(by_source(records))[source]
    assert home is not None and home.place.geonameid == ILLINOIS
    assert (home.level, home.clue, home.votes) == ("admin1", "springfield", 1)


def test_a_domains_town_gives_no_home_unread_or_read_in_two_states():
    source = "springfieldsentinel.example"
    abroad = [_named(source, ("Paris", PARIS, 0.97)), _named(source, ("Tokyo", TOKYO, 0.99))]
    assert learn_homes(by_source(abroad)) == {source: None}  # the articles never read it
    two = abroad + [_named(source, ("Springfield", SPRINGFIELD_IL, 0.6)),
                    _named(source, ("Springfield", SPRINGFIELD_MA, 0.7))]
    assert learn_homes(by_source(two)) == {source: None}
    guessed = abroad + [_named(source, ("Springfield", SPRINGFIELD_IL, 0.3))]
    assert learn_homes(by_source(guessed)) == {source: None}  # below contradict_score
    # a name that is no domain gives no clue
    plain = [{**r, "article": {**r["article"], "source": "Springfield Sentinel"}}
             for r in abroad + [_named(source, ("Springfield", SPRINGFIELD_IL, 0.6))]]
    assert learn_homes(by_source(plain)) == {"Springfield Sentinel": None}


# --- a country adjective in a local institution's name ----------------------------------------

def test_an_adjective_in_a_local_institutions_name_is_no_evidence_abroad(coder):
    # written for this test: a Texas paper's fire in its own town; "the Spanish Oaks
    # Apartments" is a building of Paris, Texas, no sign of Spain or France
    text = ("Fire damages apartment. Paris firefighters put out a kitchen fire at the Spanish "
            "Oaks Apartments on Tuesday night. Four Paris police officers also responded.")
    plain = text.replace("Spanish Oaks", "Sunny Oaks")
    for words in (text, plain):
        record = coder.code(words, home="Texas, US")
        assert {p.country_code for p in record.places if p.text == "Paris"} == {"US"}, words


def test_institution_words_are_local_names_not_organs_of_a_state(coder):
    from newsevents.where.component import institution_words

    def words(text):
        doc = coder.nlp.make_doc(text)
        for _, proc in coder.nlp.pipeline:
            doc = proc(doc)
        return [doc[i].text for i in sorted(institution_words(doc))]

    assert words("He spoke at the American Legion hall on Tuesday.") == ["American", "Legion"]
    assert words("Members of the Native American History Council met.") == \
        ["Native", "American", "History", "Council"]
    assert words("The Russian Foreign Ministry said the talks failed.") == []
    assert words("The Canadian Coast Guard searched the bay.") == []
    # a council of the state is the state's organ, a private one a local body's name
    assert words("Members of the Chilean Security Council met.") == []
    assert words("Members of the Chilean Chess Council met.") == ["Chilean", "Chess", "Council"]
    # the adjective of a state organ is still evidence: the Athens beside it is Greece's
    doc = coder.nlp("The Greek Foreign Ministry met the ambassadors in Athens on Friday.")
    assert {m.country_code for m in doc._.toponyms if m.text == "Athens"} == {"GR"}


def test_a_country_adjective_in_a_businesss_name_carries_no_point(coder):
    # written for this test: a brand is no sign of its country, nor is a private body's name
    # ("the American Legion", "the British Heart Foundation"); a state's organ keeps it
    text = ("A loan officer at American Eagle Mortgage Corp. in Dayton said sales fell. Fire "
            "crews went to the Spanish Oaks Apartments and the DeLallo Italian Marketplace. "
            "Eggs of the Dutch Farms brand were recalled. "
            "Members of the American Legion and the British Heart Foundation gave money, "
            "and so did the Canadian Hotel and Lodging Association. The Canadian Coast "
            "Guard helped.")
    doc = coder.nlp(text)
    points = [m.start_char for m in doc._.toponyms if m.adjective and m.lat is not None]
    assert points == [text.index("Canadian Coast")]


# --- a small place far from the home ------------------------------------------------------------

FAR_BARN_FIRE = ("Dayton firefighters put out a barn fire near Tombstone on Sunday, the "
                 "fire chief said.")


def _point_of(record, words):
    return next((p for p in record.places if p.text == words and p.lat is not None), None)


def test_a_small_place_far_from_the_papers_home_with_nothing_for_it_stays_unresolved(coder):
    # an Ohio paper's "Tombstone" is more likely a place the gazetteer lacks than the
    # Arizona town 2,500 km away: the text would have said "Tombstone, Arizona"
    record = coder.code(FAR_BARN_FIRE, home="Ohio, US")
    assert _point_of(record, "Tombstone") is None
    assert any(p.text == "Tombstone" for p in record.places)  # still a toponym
    assert _point_of(record, "Dayton") is not None


def test_a_qualifier_or_no_home_keeps_a_far_small_place(coder):
    assert _point_of(coder.code(FAR_BARN_FIRE), "Tombstone") is not None
    qualified = FAR_BARN_FIRE.replace("Tombstone", "Tombstone, Arizona,")
    assert _point_of(coder.code(qualified, home="Ohio, US"), "Tombstone") is not None


def test_a_name_used_as_a_towns_with_nothing_else_to_go_on_is_the_town_at_home():
    # "Columbus police" in a Nebraska paper's story that names no other place: the town's
    # institution is the home's town, not the bigger Ohio city's
    from newsevents.gazetteer import Candidate
    from newsevents.where.component import WhereComponent, _Toponym
    from newsevents.where.mentions import PlaceMention
    from newsevents.where.ranking import Context

    ohio = Candidate(4509177, "Columbus", 39.96, -83.0, "US", "OH", "P", "PPLA", 787_033)
    nebraska = Candidate(5066001, "Columbus", 41.43, -97.37, "US", "NE", "P", "PPL", 22_000)
    home = Candidate(5073708, "Nebraska", 41.5, -99.75, "US", "NE", "A", "ADM1", 1_800_000)
    context = Context()
    context.home = home
    t = _Toponym(PlaceMention(0, 1, 0, 8, "Columbus", "Columbus", label="MAYBE"),
                 (ohio, nebraska))
    kept = WhereComponent._local_reading(t, [(5.9, ohio), (4.3, nebraska)], context, set())
    assert [c for _, c in kept] == [nebraska]
    context.home = None  # without a home, the bigger city
    kept = WhereComponent._local_reading(t, [(5.9, ohio), (4.3, nebraska)], context, set())
    assert kept[0][1] is ohio


def test_a_quoted_persons_surname_that_ner_called_a_place_gives_no_evidence(coder):
    # written for this test; NER is made to call the finance director's surname a place (as
    # the small model does in such stories): a town of that name in Michigan, beside one of
    # the town's namesakes there, must not pull the Texas paper's Athens to Michigan
    from spacy.tokens import Span

    text = ("The Athens City Council met on Wednesday. Hopkins said water revenues were down "
            "3 percent, and Hopkins said the city saved money on insurance.")
    doc = coder.nlp.make_doc(text)
    doc._.home = "Texas, US"
    for name, proc in coder.nlp.pipeline:
        if name == "newsevents_where":
            where = proc
            break
        doc = proc(doc)
    ents = [e for e in doc.ents if e.text != "Hopkins"]
    ents += [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text == "Hopkins"]
    doc.ents = sorted(ents, key=lambda e: e.start)
    doc = where(doc)
    athens = {(m.country_code, m.geonameid) for m in doc._.toponyms if m.text.startswith("Athens")}
    assert athens == {("US", 4671545)}  # Athens, Texas
    assert not any(m.text == "Hopkins" and m.lat is not None for m in doc._.toponyms)
