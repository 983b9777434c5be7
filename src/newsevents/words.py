"""Word lists that more than one stage reads, each defined once.

A list that only one stage needs stays in that stage's module, beside the rule that reads it.
The lists here differ on purpose where the stages ask different questions; each says which.
All words are lower case and compared with ``token.lower_``. Beside them, one test several
stages read: :func:`joins_words`, the hyphen inside a word.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The eight points of the compass: "north of Kyiv" puts a place after them, and "North
#: Dakota" does not open with a place called "North".
COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                     "southwest"})

#: Their abbreviations before a name ("W. Columbia", "S.E. Paris"), written without stops: a
#: capital letter or two that end in a stop are read as the word.
COMPASS_ABBREVIATIONS = {"n": "north", "s": "south", "e": "east", "w": "west",
                         "ne": "northeast", "nw": "northwest", "se": "southeast",
                         "sw": "southwest"}


def spelt_compass(name: str) -> str:
    """A name with the abbreviated point of the compass that opens it spelt out ("W. Columbia"
    -> "West Columbia", "S.E. Paris" -> "Southeast Paris"); any other name as it is. Only
    capitals ending in a stop: "E Street" and "N Dakota" are left alone."""
    first, _, rest = name.partition(" ")
    word = COMPASS_ABBREVIATIONS.get(first.replace(".", "").lower())
    if word is None or not rest or not first.endswith(".") or not first.isupper():
        return name
    return f"{word.title()} {rest}"

#: Prepositions that say where something is or happens ("in Kharkiv", "near the border",
#: "throughout the region", at sea "off the coast of Libya"): an event's place hangs from its
#: verb through one of these (the ``events`` stage). Not "to" or "from": "flew to Paris" is
#: not an event in Paris.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout",
                            "around", "off"})

#: Prepositions after which a capital is a place, not its government: "talks in Moscow",
#: "flew to Kyiv", "returned from Paris" (the ``actors`` stage).
PLACE_PREPS = LOCATIVE_PREPS - {"throughout", "around"} | {"from", "to", "into", "via"}

#: Words after which a capitalised word is read as a place even where NER did not call it
#: one: every preposition of place, "of" ("the mayor of Alexandria"), "between" and the
#: points of the compass ("north of ...") (the ``where`` stage).
BEFORE_PLACE = PLACE_PREPS | {"through", "throughout", "toward", "towards", "around", "of",
                              "between", "within"} | COMPASS

#: "Police in Kharkiv", "protesters at the square": the prepositions by which a noun phrase
#: says where the people it names are (an agent's country, an event's place).
WHEREABOUTS_PREPS = ("in", "at")

#: Auxiliaries of the future: "will", "shall", "'ll" and "wo" (of "won't").
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
#: ... and of the future in the past, "would" and "'d", which put a date ahead ("said talks
#: would open on Monday") but make an event hypothetical ("could"/"would" strike).
PAST_FUTURE_AUX = frozenset({"would", "'d"})

#: Prepositions of a time or circumstance beside an act ("after the talks", "amid the
#: protests"): what they name is the act's setting, with a modality and a doer of its own.
CIRCUMSTANCE_PREPS = frozenset({"after", "before", "during", "amid", "despite", "since",
                                "following", "until", "ahead"})

#: Nouns that count or group what their "of" phrase names ("thousands of troops", "a group
#: of prisoners"), and the quantifiers that take a share of it ("most of the demands", "some
#: of the hostages"): the phrase's head says what is counted, the "of" object what it is.
QUANTITY_NOUNS = frozenset({"dozen", "hundred", "thousand", "million", "score", "number",
                            "handful", "couple", "batch", "group", "wave",
                            "all", "most", "some", "many", "several", "half", "part",
                            "majority", "rest", "bulk", "remainder", "none",
                            # measures of goods: "tons of aid", "truckloads of food"
                            "ton", "tonne", "kilogram", "kilo", "litre", "liter", "gallon",
                            "barrel", "truckload", "planeload", "shipload", "load", "crate",
                            "sack", "bag", "amount", "quantity"})

#: Nouns for a state's armed and police forces, which carry out what their command orders.
SECURITY_FORCES = frozenset({"army", "military", "troop", "soldier", "force", "police",
                             "policeman", "gendarme", "gendarmerie", "navy", "marine",
                             "guard", "unit", "battalion", "brigade", "division",
                             "paratrooper", "commando", "reservist"})

#: Third-person pronouns that stand for one person.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})

#: Dashes of datelines ("KYIV, March 4 (Reuters) -") and attributions ("..." - Ana Lopes);
#: as a token "-" or "--", or an en or em dash.
DASHES = frozenset({"-", "--", "—", "–"})
#: Words that end the name of a body of water ("the Red River", "Rice Lake")
WATER_WORDS = frozenset({"river", "creek", "brook", "stream", "lake", "reservoir", "lagoon",
                         "bay", "sea", "ocean", "gulf", "strait", "canal"})
#: ... and the horizontal bar, which signs an epigraph or a reader's comment ('"..." ― Ana').
SIGNATURE_DASHES = DASHES | {"―"}

#: Roles posted to a state or a body, whose "to" phrase names the post: "the ambassador to Iraq"
#: is summoned, not Iraq (the ``events`` stage's recipients).
POSTED_ROLES = frozenset({"ambassador", "envoy", "emissary", "consul", "delegate",
                          "representative", "attache", "attaché", "nuncio"})

#: Head words of a capitalised title that may open a name with a second title after "and":
#: "Crown Prince and Prime Minister Mohammed bin Salman" is one person (``parse_repairs``).
TITLE_HEADS = frozenset({"minister", "prince", "president", "premier", "chancellor", "king",
                         "emir", "secretary", "chairman", "chairwoman", "chairperson",
                         "governor", "commander", "director", "member", "speaker", "chief",
                         "general", "envoy", "ambassador", "leader", "head"})

#: Nouns of settlers ("colonists" in translated Arabic): in a story from the West Bank they
#: are no Palestinians, neither by the article's country (``actors``) nor by the place of
#: what they do (``events``).
#: (with the plurals the tagger leaves unlemmatised opening a sentence: "Settlers attacked")
SETTLER_NOUNS = frozenset({"settler", "colonist", "settlers", "colonists"})

#: Modifiers that make an agent an occupier: "the occupation forces", "the occupying army" are
#: never the occupied land's own, whatever country the story is about (``actors``).
OCCUPIER_WORDS = frozenset({"occupation", "occupying"})

# Nouns of a place on a route or a border that a name modifies: "the Torkham crossing", "the
# Kerem Shalom checkpoint", "the Kakhovka dam". The name is a place's, whatever NER says.
CROSSING_NOUNS = frozenset({"crossing", "checkpoint", "border", "bridge", "pass", "airport",
                            "airbase", "port", "harbour", "harbor", "terminal", "junction",
                            "corridor", "dam", "pipeline", "refinery", "mine", "oilfield",
                            # and a camp: "the Zamzam camp", "the Kakuma camp"
                            "camp"})

# Nouns of equipment a maker's or a model's name modifies: "Leopard tanks", "Patriot
# missiles", "Bayraktar drones", "Sputnik vaccine". The name is a product's, whatever NER says.
EQUIPMENT_NOUNS = frozenset({"tank", "jet", "missile", "rocket", "rifle", "drone", "helicopter",
                             "howitzer", "launcher", "system", "vaccine", "aircraft", "plane",
                             "warplane", "truck", "vehicle", "warship", "submarine", "frigate",
                             "gun", "munition", "shell", "interceptor", "battery", "engine",
                             "artillery", "bomber", "weapon"})

# Nouns of drills and treaties their own name modifies: "the Zapad drills", "the Balikatan
# exercises", "the Pukpuk treaty". A name NER does not know there is the drill's or the
# treaty's, no party to it (a known body is found before: "NATO exercises").
NAMED_EXERCISE_NOUNS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "wargame",
                                  "treaty"})

# Kin named by whose they are: "the son of the president", "his wife" is not the president.
KIN_WORDS = frozenset({"son", "daughter", "wife", "husband", "brother", "sister", "father",
                       "mother", "nephew", "niece", "cousin", "widow", "widower", "spouse",
                       "grandson", "granddaughter", "stepson", "stepdaughter", "relative",
                       "child", "family", "uncle", "aunt", "fiancée", "fiance", "fiancee"})

# Roles named by whom they face: "an ally of X", "X's neighbour" is someone other than X.
RELATIONAL_ROLES = frozenset({"ally", "partner", "neighbour", "neighbor", "counterpart", "rival",
                              "enemy", "adversary", "foe", "friend", "opponent", "critic",
                              "creditor", "backer", "sponsor", "patron", "protector",
                              "guarantor"})

# Media an act is announced on, not done to ("said on Telegram", "announced on state
# television"): no recipient of the act, and a platform's name after "on" is no actor.
MEDIA_NOUNS = frozenset({"television", "tv", "radio", "media", "medium", "broadcast", "channel",
                         "website", "twitter", "facebook", "telegram", "x", "instagram",
                         "youtube", "tiktok", "platform", "air", "camera", "video", "whatsapp",
                         "weibo", "wechat", "vk", "truth", "threads", "bluesky", "signal"})

# Nouns for the two parties of an encounter told just before: "the two sides", "both
# leaders", "the two governments" (who they are the events stage reads; they are of no one
# country)
PAIR_NOUNS = frozenset({"side", "party", "leader", "country", "government", "nation",
                        "delegation", "part", "minister", "president", "premier", "chancellor",
                        "army", "military", "force"})
PAIR_WORDS = frozenset({"two", "both"})


# Nouns of a place that a name qualifies ("the city of Jenin", "Kaduna state", "the Qandil
# mountains"): the events stage places an event there, the where stage reads the name as
# only where something is ("off the town of Pylos").
PLACE_NOUNS = frozenset({"city", "town", "village", "county", "state", "province", "region",
                         "district", "capital", "port", "area", "municipality", "governorate",
                         "camp", "enclave", "suburb", "neighbourhood", "neighborhood",
                         "territory", "island", "valley", "settlement", "hamlet",
                         # land a name qualifies
                         "mountain", "hill", "desert", "coast", "peninsula", "forest",
                         "delta", "plateau", "basin", "plain"})


def joins_words(token: Token) -> bool:
    """The token is a hyphen with no space on either side, between two words: inside
    "state-owned", "Kenyan-led", "PORT-AU-PRINCE" (a dash that separates has spaces)."""
    doc = token.doc
    i = token.i
    return token.text == "-" and not token.whitespace_ and 0 < i < len(doc) - 1 \
        and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha

# Nouns of a part of a town, whose "of" or possessive names only where ("took to the streets
# of Goma", "on the outskirts of Aleppo", "Stockholm's central station"): no city that acts.
PLACE_PART_NOUNS = frozenset({"street", "outskirts", "outskirt", "centre", "center", "heart",
                              "edge", "downtown", "square", "suburb", "neighbourhood",
                              "neighborhood", "station", "market", "port", "harbour",
                              "harbor"})

# Nouns of a part of an organisation: a demonym before one names no state ("the militia and
# its Libyan affiliate"), and a name before one says whose part it is ("ISIS affiliates").
ORGANISATION_PART_NOUNS = frozenset({"affiliate", "offshoot", "branch", "wing", "faction",
                                     "splinter", "subsidiary"})

# Prepositions of a movement's end ("drove into Brussels", "moved two brigades to Kharkiv"),
# not of where something is.
DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards", "onto"})

# Verbs and nouns of handing something over to someone: a capital after their "to" is the
# state that receives ("sent more tanks to Kyiv", "handed the prisoners over to Moscow",
# "military aid to Kyiv"), as a capital that speaks is its government; after verbs of
# moving ("moved the troops to Kharkiv") a town is only where something goes.
GIVING_VERBS = frozenset({"send", "deliver", "hand", "give", "supply", "ship", "provide",
                          "transfer", "sell", "donate", "lend", "return", "extradite",
                          "deport", "repatriate", "export", "pledge", "offer", "grant",
                          "release", "loan"})
GIVING_NOUNS = frozenset({"aid", "assistance", "delivery", "shipment", "supply", "transfer",
                          "sale", "export", "loan", "donation", "handover", "extradition",
                          "deportation", "repatriation", "support", "package"})


#: Offices of a town or a region, whose holder speaks for it: what "Ryazan governor Pavel
#: Malkov" reports happens in Ryazan (the ``events`` stage), and the city his office names
#: gives him his country (the ``actors`` stage).
LOCAL_OFFICES = frozenset({"governor", "mayor", "prefect", "administrator"})


#: Words of a game's report: a match's play, its places and its people. Words that are as
#: common in politics ("league", "cup", "final", "penalty", "defender", "striker", "club",
#: "team", "win") are left out, so that a political story that mentions one match is no
#: game's report.
GAME_WORDS = frozenset({
    "match", "goal", "score", "scorer", "coach", "stadium", "season", "midfield", "midfielder",
    "goalkeeper", "footballer", "equaliser", "equalizer", "halftime", "touchdown",
    "quarterback", "inning", "innings", "wicket", "batsman", "playoff", "semifinal",
    "quarterfinal", "tournament", "championship", "teammate", "referee", "kickoff",
    "scoreline", "fixture", "opener", "prix", "podium", "lap", "medal", "medallist",
    "medalist", "singles", "olympic", "olympics", "champion"})
#: How many of them an article names before it is a game's report.
GAME_REPORT_WORDS = 3


def names_a_game(lemmas: Iterable[str]) -> bool:
    """Whether an article whose lower-case lemmas these are reports a sporting game: it names
    at least :data:`GAME_REPORT_WORDS` different words of play (:data:`GAME_WORDS`). Its
    players' "attacks" are the game's (the ``events`` stage) and its "striker" is no worker
    on strike (the ``actors`` stage)."""
    return len(GAME_WORDS.intersection(lemmas)) >= GAME_REPORT_WORDS


#: Words that open the name of a square or a street in the languages that write them first
#: ("Place de la Republique", "Plaza Murillo", "Piazza Venezia", "Avenida Paulista"): such a
#: name is no actor (the ``actors`` stage), and its first word is no town (the ``where``
#: stage: "Plaza" of "Plaza Murillo" is no village called Plaza).
SQUARE_FIRST_WORDS = frozenset({"place", "plaza", "piazza", "praca", "praça", "rue", "avenida",
                                "calle", "via"})


# Sectors of the titles a state gives its own people: a government spokesman, a governor, a
# judge, an opposition candidate; not a reporter, an aid worker or a diplomat's envoy. Read by
# actors (whose country such a title says) and events (who keeps it wherever he acts).
DOMESTIC_TITLE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY"})

# Verbs by which two sides do to each other what their object says ("traded accusations",
# "exchanged fire"). Read by events (both sides are doers) and the parse repairs (a headline's
# "trade" before "blame" is its verb).
EACH_TO_EACH_VERBS = frozenset({"trade", "exchange"})
