"""The settings of the ``where`` stage: the weights of the ranking and the thresholds of
recall, each with the reason for its value. They are the fields of the stage's ``settings``
config (``nlp.add_pipe("newsevents_where", config={"settings": {"min_score": 2.0}})``); the
defaults are what ``newsevents eval geo`` measures.

Prior scores are on the scale of log10 of population: 2.7 for a village of 500 people, 7 for
a city of 10 million.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from ..gazetteer import BIG_CITY_POPULATION, SEAT_CITY_POPULATION

#: Words after a name that make it a newspaper's or a news agency's name ("The Washington
#: Post reported", "the Boise Herald"): the paper, not a place in the story (see
#: :mod:`.precision`); such a word also ends the place that opens an organisation's name
#: (:mod:`.recall`). Their one home: both modules import them from here.
MEDIA_WORDS = frozenset({"times", "post", "daily", "herald", "tribune", "journal", "gazette",
                         "chronicle", "telegraph", "observer", "globe", "courier", "sentinel",
                         "examiner", "inquirer", "bulletin", "dispatch", "news", "register"})


@dataclass(frozen=True)
class WhereSettings:
    """Weights and thresholds of toponym resolution (see the package docstring)."""

    # Priors: a country is what a name means first, then a continent, a capital, a state.
    country_prior: float = 12.0
    continent_prior: float = 11.0
    capital_prior: float = 9.5
    adm1_prior: float = 9.0
    # a well-known region or water of placenames.yaml: "the Red Sea" is the sea before Sudan's
    # Red Sea State, "Middle East" the region before a hamlet of that name
    region_prior: float = 9.5
    alternate_penalty: float = 2.5  # a name that is only an alternate of the entry ("Bombay")
    # ... unless it spells the entry's own name another way, this close (rapidfuzz ratio):
    # "Odessa" of Odesa, "Lugansk" of Luhansk, "Kharkov" of Kharkiv (not "Cancun", 80, of
    # Changchun)
    variant_min_ratio: float = 85.0
    variant_min_population: int = 100_000  # ... of a city this big
    # a wire dateline's town written alone is its most populous reading when that has this
    # many times the people of the one the article's other places chose
    standalone_dateline_ratio: float = 5.0
    # A town that bears a name as its own with this many times the people of a small town
    # of its state that bears it only as an alternate makes that town an alias, as a world
    # city does: places near the alias and its state are no evidence for it ("Juliaca", a
    # city, and "Juli", a village near it that GeoNames also calls so; see ranking.rank)
    alias_owner_ratio: float = 10.0
    adm2_factor: float = 0.7  # counties and districts are named less often than towns their size
    adm2_alternate_penalty: float = 3.0  # "Red River" is a river more often than Red River County
    # A division that is the area of its city: a same-named city of its country this near,
    # holding this share of the division's people ("Kyiv" the city-region gives way to the city).
    city_area_km: float = 100.0
    city_area_share: float = 0.2
    # ... or a same-named city inside it holding this share of its people, however far
    city_area_most: float = 0.5
    # "Paris, Texas": the country and the state written after a name.
    qualifier_country: float = 5.0
    qualifier_admin1: float = 3.0
    # The weight of the article's other evidence (shares of it in a country, in a state).
    context_country: float = 6.0
    context_admin1: float = 7.0
    near_km: float = 150.0  # a candidate this close to another place of the article ...
    near_bonus: float = 2.5  # ... gains this much
    soft_near_bonus: float = 6.0  # ... near a likely reading of a name in doubt (times its share)
    # A cluster: each other local name of the article with a reading within ``cluster_km``
    # of a candidate adds ``cluster_bonus`` (up to ``cluster_cap`` names); a small namesake of
    # a capital or world city needs ``cluster_min_world`` of them (see ranking.cluster_support).
    cluster_km: float = 60.0
    cluster_bonus: float = 1.0
    cluster_cap: int = 3
    cluster_min_world: int = 2
    # A toponym is evidence when its best reading beats its second by this much; else its
    # readings this close to its best share a weight.
    confident_margin: float = 1.5
    soft_margin: float = 1.5
    soft_weight: float = 1.0
    min_score: float = 1.0  # below this the best candidate is too unlikely to put on the map
    local_share: float = 0.25  # the share of the evidence that makes a state "the article's"
    demonym_weight: float = 0.5  # "Ukrainian" says less about where an article is than ...
    actor_weight: float = 1.0  # ... a state acting in it ("Ukraine said")
    # A city this big is a place even when NER calls it a person ("shelled Kharkiv"): a
    # person known by such a name alone is rare, and one named in full is excluded first.
    # Towns below it named like their state are left out of a list of states.
    big_city_population: int = BIG_CITY_POPULATION
    seat_city_population: int = SEAT_CITY_POPULATION  # a division's seat known by its name
    # A town's name before a noun for its people or institutions ("a Bemidji man") is a place
    # when the gazetteer's place of that name is at least this big.
    local_noun_population: int = 1000
    # A word that is also an English adjective, verb or adverb ("Humble", "Liberal") is a
    # town NER tagged as a place only when the town has at least this many people (cities
    # such as Mobile or Buffalo are named as often as the word is used) or the text
    # says it is a place.
    common_word_population: int = 50_000
    # A name read without the compass word before it ("South Arlington": Arlington) is a
    # part of an area, a capital or a city of at least this many people, which has parts
    # named so, not a village ("the North Atlantic" is no village called Atlantic).
    compass_part_population: int = 50_000
    # A word NER did not call a place that the gazetteer reads as a first-level division of a
    # country the article does not name is one only when the division has at least this many
    # people (a major state opening an agency's name, "the Oregon Department of Health"),
    # not a small province abroad ("the Tasman Lodge").
    recalled_state_population: int = 1_000_000
    # An article's home (where its paper is, see :mod:`.home`) is weak evidence, like one
    # sure toponym that no sentence names: it weighs ``home_weight`` against the weight of
    # the article's evidence outside the home's country (one sure name weighs 1), and that
    # share of ``home_admin1`` goes to the readings in the home's state (or within
    # ``home_city_km`` of a home city) and of ``home_country`` to those in its country.
    # Fully felt in a local story (a lone "Dublin" in an Ohio paper), the 5.5 lifts a town
    # of 40,000 over a European capital's 9.5 prior with half a point to spare; a qualifier
    # (+5, +3 for its state) and the text's places (up to 13 by their shares, 2.5 more
    # near one) outweigh it, and one sure name abroad halves it.
    home_weight: float = 1.0
    home_admin1: float = 4.0
    home_country: float = 1.5
    home_city_km: float = 100.0  # a town this near a home city is in its area
    # A place farther than this from every other place of the article, with no qualifier, is
    # believed only on more than a population prior (see :mod:`.precision`); a reading of its
    # name near the article's places is taken instead when it scores within this margin.
    isolation_km: float = 1000.0
    isolation_margin: float = 4.0
    # A town whose namesake in another country scores within this margin of it (half a
    # point: a town under about three times its namesake's size; a city five times its
    # namesake's, "Halifax" of Nova Scotia and of England, is what the name means), in an
    # article with nothing in the town's country, is left unresolved: the name alone does
    # not say which is meant ("Mansfield" of a local paper with no other place is as likely
    # Ohio's as England's), and no point is better than one on the wrong continent. A
    # qualifier, the article's places, its home or a capital's or world city's prior decide.
    rival_margin: float = 0.5
    # The place's score (0-1): a logistic of the ranking score around ``score_mid`` (a town of
    # 10,000 people with no context) with this spread, times the margin over the best reading
    # elsewhere (full at ``score_margin``); lowered for names NER did not call places and for
    # places far from the rest of the article.
    score_mid: float = 4.0
    score_spread: float = 1.5
    score_margin: float = 3.0
    recalled_factor: float = 0.8
    isolated_factor: float = 0.6

    def __hash__(self) -> int:
        """The hash of the fields' values, as the dataclass's own, worked out once: the
        settings are a key of the rankings' caches, asked for every name ranked, and
        hashing dozens of fields cost more than the other keys. The fields are numbers,
        whose hashes are the same in every process, so a pickled copy keeps a true one."""
        found = self.__dict__.get("_hash")
        if found is None:
            found = hash(tuple(getattr(self, f.name) for f in fields(self)))
            object.__setattr__(self, "_hash", found)  # (frozen: no field, set once)
        return found


DEFAULT_SETTINGS = WhereSettings()
