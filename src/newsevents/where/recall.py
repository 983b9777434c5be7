"""Toponyms beyond NER: which words spaCy did not call places are places all the same, on
the evidence the package docstring lists, and the words that tell.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_TITLE, IS_UPPER, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from ..dateline import is_dateline_dash
from ..extensions import TokenTable, entities, token_table
from ..gazetteer import ALTERNATE, Candidate, is_geonames_id
from ..gazetteer.names import ABBREVIATION_TOKENS
from ..words import BEFORE_PLACE, COMPASS, DASHES, PLACE_NOUNS, SQUARE_FIRST_WORDS
from .mentions import PlaceMention, written_name
from .ranking import Context, is_broad, not_within, spelling_variant
from .settings import DEFAULT_SETTINGS, MEDIA_WORDS, WhereSettings

PLACE_LABELS = {"GPE", "LOC", "FAC"}
MAYBE_LABELS = {"PERSON", "ORG", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}
# Names of languages that are no country's adjective: a LANGUAGE entity with one of them is
# the language ("translated into Arabic"), any other may be a place the model mislabelled
# ("the port of Odesa")
LANGUAGE_NAMES = frozenset({"arabic", "hebrew", "hindi", "urdu", "mandarin", "cantonese",
                            "swahili", "persian", "farsi", "dari", "pashto", "latin",
                            "sanskrit", "tamil", "kurdish", "amharic", "tigrinya", "hausa",
                            "yoruba", "igbo", "bengali", "punjabi", "catalan", "basque",
                            "esperanto", "english", "creole", "tagalog", "malay", "berber",
                            "tamazight", "quechua", "aymara", "guarani", "sign"})
# Words before a name that only say which part of it ("West Texas", "Southwest Georgia")
# and words after it that say what kind of place it is ("Fargo city", "the Cottonport area").
DIRECTIONS = COMPASS | {"northern", "southern", "eastern", "western", "central", "upstate",
                        "downstate", "downtown", "greater", "metro", "metropolitan", "rural",
                        "suburban"}
KIND_WORDS = {"city", "town", "village", "area", "region", "metro", "province", "coast",
              "coastline"}
# Words that end the place at the head of an organisation or facility name.
# A newspaper's word ends it too ("the Boise Herald"): MEDIA_WORDS, kept in .settings.
FACILITY_WORDS = MEDIA_WORDS | {
                  "fire", "police", "sheriff", "sheriff's", "department", "station", "school",
                  "schools", "high", "middle", "elementary", "university", "college",
                  "hospital", "church", "office", "road", "rd", "street", "st", "avenue", "ave",
                  "drive", "boulevard", "highway", "jail", "court", "council", "board", "park",
                  "center", "centre", "library", "airport", "bank", "commission", "chamber",
                  "club", "detention", "correctional", "medical", "community",
                  "public", "district", "memorial", "mall", "museum", "zoo", "stadium", "hall",
                  "bridge", "health", "emergency", "animal", "humane", "regional",
                  "historical", "chapter", "association", "youth", "county's", "volunteer"}
# Words that end the name of a local institution, business or home: a country adjective in
# such a name ("the Spanish Oaks Apartments", "the American Legion", "DeLallo Italian
# Marketplace", "the French Immersion School") names it, not where a story is (see
# component.institution_words). No organ of a state (ministry, embassy, army, forces,
# government, police, coast guard, court) is among them: "the Russian Foreign Ministry"
# is Russia's.
INSTITUTION_WORDS = frozenset({
    "apartments", "apartment", "homes", "estates", "village", "legion", "council",
    "association", "society", "club", "lodge", "league", "foundation", "fund", "school",
    "academy", "church", "cathedral", "parish", "center", "centre", "hall", "marketplace",
    "market", "restaurant", "grill", "pub", "cafe", "bakery", "deli", "store", "shop",
    "shoppe", "bank", "mortgage", "insurance", "corp", "corporation", "inc", "llc", "co",
    "company", "group", "festival", "museum", "theater", "theatre", "hotel", "motel",
    "inn", "mall", "plaza", "park", "act", "farm", "farms", "union", "federation"})
# ... those of them that end a business's or a home's name, a brand: "American Eagle Mortgage
# Corp." is no sign of the United States, where "the American Legion" is a national body
BUSINESS_WORDS = frozenset({
    "apartments", "apartment", "homes", "estates", "marketplace", "market", "restaurant",
    "grill", "pub", "cafe", "bakery", "deli", "store", "shop", "shoppe", "mortgage",
    "insurance", "corp", "corporation", "inc", "llc", "co", "company", "hotel", "motel",
    "inn", "mall", "plaza", "farm", "farms"})
# ... those that end a private body's name, a club, an association or a charity: "the
# American Legion", "the British Heart Foundation", "Irish Rugby Football Union", "the
# American Red Cross" (see RED_CROSS). An organisation's name is no place: the adjective
# in it says whose the body is, not where the story is (its actor keeps the country).
BODY_WORDS = frozenset({"association", "society", "foundation", "legion", "union",
                        "federation", "club", "league", "lodge", "council"})
# "Red Cross", "Red Crescent": the charity's name, whose last word is no body word alone
RED_CROSS = frozenset({"cross", "crescent"})
# Words of a state's organs: a body's name that holds one is the state's ("the Russian
# Security Council", "the U.S. Army", "the Canadian Coast Guard"), and its adjective
# points to the state as the state's own deeds do.
STATE_ORGAN_WORDS = frozenset({
    "ministry", "army", "navy", "air", "force", "forces", "coast", "guard", "guards",
    "police", "embassy", "consulate", "government", "parliament", "agency",
    "administration", "department", "service", "services", "military", "security",
    "defence", "defense", "intelligence", "cabinet", "senate", "congress", "court",
    "governing", "presidential", "supreme", "state", "federal", "transitional",
    "legislative", "revolutionary", "national", "marines", "corps", "ministers"})
# Words that, right after a country adjective, make the state's own name ("the Russian
# Federation", "the Soviet Union"): no body of its own, and what follows is the state's
# ("the Russian Federation Council"), unless "of" opens a body's own name ("the American
# Federation of Teachers").
STATE_NAME_WORDS = frozenset({"federation", "union"})
# Nouns that a town's name modifies: its people and its institutions ("a Bemidji man").
LOCAL_NOUNS = {"man", "men", "woman", "women", "resident", "residents", "native", "natives",
               "teen", "teens", "boy", "girl", "couple", "family", "families", "mayor",
               "officials", "area", "firefighters", "deputies", "voters", "students",
               "homeowners", "businesses", "city", "town", "township", "police", "mayoral"}
# Offices a town's name comes before in a person's title ("Bozeman Mayor Jo Burley").
OFFICE_WORDS = frozenset({"mayor", "chief", "councilman", "councilwoman", "councillor",
                          "commissioner", "superintendent", "sheriff", "governor", "gov.",
                          "manager", "administrator", "director", "coach", "gm", "judge",
                          "attorney", "treasurer", "clerk", "police", "fire", "officer",
                          "prosecutor", "alderman", "selectman"})
# Offices a region's or its chief town's name comes before ("Kursk governor Jo Burley",
# "the Kandahar governor"): regions abroad are often named after their chief town, and
# news names the governor by them.
GOVERNOR_WORDS = frozenset({"governor", "gov."})
# Words that end a town's name at the head of a title or an institution's name.
TITLE_STOPS = OFFICE_WORDS | FACILITY_WORDS
# words that say a name is a first-level division
STATE_WORDS = {"state", "province", "governorate", "oblast", "prefecture"}
DIVISION_WORDS = {"county", "parish", "township", "borough", "province", "state", "district"}
# Nouns after which "of" introduces a place ("the mayor of Alexandria", "the outskirts of
# Kano", "north of Fargo"): "of" also opens other complements ("the wisdom of Solomon", "the
# Bank of Hope"), which are no evidence.
OF_PLACE_HEADS = COMPASS | {
    "city", "town", "village", "county", "parish", "state", "province", "region", "district",
    "capital", "outskirts", "suburbs", "suburb", "mayor", "governor", "residents", "resident",
    "people", "citizens", "natives", "native", "streets", "centre", "center", "heart", "part",
    "parts", "rest", "area", "areas", "coast", "shores", "edge", "border", "borders",
    "island", "islands", "port", "kingdom", "republic", "government", "outside",
    "miles", "kilometres", "kilometers", "km", "neighbourhood", "neighborhood", "township",
    "municipality", "villages", "towns", "cities", "countries", "nation", "territory",
    "provinces", "states", "counties", "regions", "beaches", "mountains", "hills", "valley",
    "waters", "skies"}
# Words of relative names ("the Upper East", "the Interior", "Central"): a name
# made of these alone names a part of whatever country the story is in, so it is read only in
# one of the article's countries (or where a qualifier says).
RELATIVE_WORDS = COMPASS | {
    "northern", "southern", "eastern", "western", "central", "north-east", "north-west",
    "south-east", "south-west", "upper", "lower", "mid", "middle", "inner", "outer", "coast",
    "coastal", "gulf", "delta", "valley", "region", "regions", "island", "islands", "lake",
    "river", "bay", "hills", "mountains", "plains", "plateau", "highlands", "lowlands", "city",
    "county", "district", "province", "state", "peninsula", "interior", "frontier", "border",
    "shore",
    "east-central", "west-central", "midlands", "north-central", "south-central"}
# "Carbon and Stillwater counties": plural division nouns that close a list of divisions.
PLURAL_DIVISIONS = {"counties": "County", "parishes": "Parish", "townships": "Township",
                    "boroughs": "Borough", "provinces": "Province", "districts": "District"}
MAX_LIST_TOKENS = 24  # a list of divisions this long at most after a name
LIST_JOINS = frozenset({",", "and", "or", "&"})  # the words between the items of a list
# "Kyiv-based", "Mosul-born": words after a hyphen that make the name before it a place.
BASED_WORDS = {"based", "born", "bred", "raised", "area", "headquartered", "registered",
               "bound"}
# Democrat, Republican, Independent ("D-Raleigh"), Minnesota's Democratic-Farmer-Labor
PARTY_LETTERS = {"D", "R", "I", "DFL"}
SOURCE_BEFORE_TO = {"according", "thanks", "due", "owing", "said", "told", "wrote", "added"}
MIN_DEMONYM_STEM = 4  # "Iowa" of "Iowans": shorter stems match stray places
MAX_RUN = 4  # longest run of capitalised words looked up as a name
# Lower-case words inside place names ("Democratic Republic of the Congo", "Rio Grande do Sul",
# "Newcastle upon Tyne", "Sao Tome and Principe"): NER and runs of capitals stop at them, a
# name goes on over them.
NAME_PARTICLES = frozenset({"of", "the", "do", "da", "de", "del", "dos", "das", "di", "du",
                            "des", "la", "las", "los", "el", "y", "upon", "on", "and"})
MAX_NAME_TAIL = 4  # words after a cut name that may complete it ("of the Congo")
PROPER_TAGS = ("NNP", "NNPS")
MAX_DATELINE_WORDS = 8  # "BEMIDJI, Minn., March 3 --": words between a dateline's place and dash
MAX_DATELINE_HEAD = 3  # "NEW MIAMI --", "ST. PAUL --": tokens of a dateline's place
MAX_ABBREVIATION = 3  # "ST.", "FT.": an abbreviation in a dateline
# What follows a dateline's place: a dash, a colon ("BEIRUT: The army ...") or the bracket of
# an agency's name ("LEBANON (AP) --")
DATELINE_MARKS = DASHES | {":", "("}


class LowerWords:
    """The words an article writes in lower case ("council"), tested by the hash spaCy
    keeps them under: far cheaper than collecting them from the tokens. The hashes are read
    at the first lower-case word asked about (most articles ask about none)."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._ids: set[int] | None = None

    def __contains__(self, word: object) -> bool:
        if not (isinstance(word, str) and word.islower()):
            return False
        if self._ids is None:
            # a set of the ORTH column: a quarter of what Doc.count_by costs
            self._ids = set(self._doc.to_array(ORTH).tolist())
        return hash_string(word) in self._ids


def accept(span: Span, best: Candidate, qualified: bool, context: Context, source: str,
           settings: WhereSettings = DEFAULT_SETTINGS,
           common: frozenset[str] = frozenset(), lower: Container[str] = frozenset()) -> bool:
    """Whether a word NER did not call a place is one (see the package docstring);
    ``common`` holds the English adjectives, verbs and adverbs (:func:`common_words`),
    ``lower`` the words the article writes in lower case."""
    if span[0].is_lower:
        return False  # "drew a bath": a common word, whatever the gazetteer has
    if len(span) == 1 and span[0].lower_ in STATE_ORGAN_WORDS and not qualified:
        return False  # "stalled in Congress", "Peru's Congress": the body, not a town of Arizona
    if best.feature_code == "ADM1" and not qualified and modifies_next(span) \
            and best.population < settings.recalled_state_population \
            and context.shares(best, source)[0] == 0:
        # "a fire at Northland apartments": a small province abroad that only names a
        # building or a firm in a story not in its country is not that province, after a
        # preposition or not
        return False
    if qualified or after_locative(span) or _inline_dateline(span) or _based(span) \
            or _party_district(span) or listed_division(span) or place_appositive(span) \
            or _named_kind_after(span) or coordinated_with_place(span):
        return True
    word = span.text.lower()
    # a sentence's first word is capitalised by its place: there an English adjective before
    # a local noun ("Early voters", "Local police") is the adjective
    local = _before_local_noun(span) and not span[0].is_sent_start
    if len(span) == 1 and not is_broad(best) and (
            word in lower or (best.population < settings.common_word_population
                              and word in common and not local)):
        # "the Humble committee", "Liberal members", "the Council members" in a story
        # that speaks of "the council": a word that is also an English
        # adjective or verb, or a noun the article writes in lower case (whatever the size
        # of the town: "Houses For Sale" in a story of houses "for sale"), needs the text's
        # word to be a town of that name; before a local noun only the adjective or verb may
        # ("Humble police"), not the article's own noun ("the Zoning Board" of a story on
        # building permits)
        return False
    if foreign_alternate(best, span.text) and not (
            _hyphenated_word(span) and spelling_variant(best, source, settings)):
        # a word NER did not call a place that matches a town only by one of its alternate
        # (often foreign or historical) names ("Marjatta" for a Finnish village, a
        # founder's name for a city) needs the text's word; not a hyphenated name spelt as
        # a big city's own ("Mazar-i-Sharif" of Mazar-e Sharif: no English word is so
        # written, as "Soul" of Seoul is one)
        return False
    share_c, share_a = context.shares(best, source)
    if len(span) == 1 and not is_geonames_id(best.geonameid) and share_c == 0 \
            and (best.country_code or _opens_name(span)):
        # a region or island of one country known by one word ("Java", "Negev") that NER
        # did not call a place is that place only in a story of its country, and one of no
        # country that opens a longer name needs the text's word: the word also names a
        # language, a brand, a person or an institution ("the Pacific Decadal Oscillation",
        # "Atlantic College")
        return False
    if best.feature_code.startswith("PCL") or best.feature_code == "CONT":
        return True
    if best.feature_code == "ADM1" and share_c == 0 and (
            _whole_name(span) or best.kind == ALTERNATE or not _opens_name(span)
            or best.population < settings.recalled_state_population):
        # a whole name NER called a person or an organisation that is also a province
        # abroad (an airline named after one) is that province only when the article is in its
        # country, and so is a small province, one known by an alternate name or one named
        # alone ("the Durango pulled up": a car); a major state that opens an agency's name
        # ("the Oregon State Police") is one
        return False
    if is_broad(best):
        return True
    if (_before_local_noun(span) or _before_governor(span)) \
            and best.population >= settings.local_noun_population:
        return True  # "Mankato police", "a Bemidji man", "the Lakeland Police", "Kursk governor"
    big = settings.big_city_population
    if best.feature_class == "P" and best.population >= big \
            and (len(span) == 1 or _hyphenated_word(span)):
        # "shelled Kharkiv", "took Mazar-i-Sharif": a city known by that very name, one
        # written word (the tokenizer splits a hyphenated name)
        return True
    if best.feature_code == "ADM2" and span[-1].lower_ in DIVISION_WORDS:
        return True  # "Teton County": a division word, and the gazetteer has it
    if share_c > 0 and _after_possessive(span):
        return True  # "Kenya's crowded Dadaab camps": a place of a country the story names
    return share_a >= settings.local_share or (share_c > 0 and context.near(best, source))


def _hyphenated_word(span: Span) -> bool:
    """The span is one written word of parts joined by hyphens, which the tokenizer split
    ("Mazar-i-Sharif")."""
    return len(span) > 1 and not any(t.whitespace_ for t in span[:-1]) \
        and any(t.text in DASHES for t in span)


# Words that join the items of a list of places ("in Nouakchott and Banjul").
LIST_JOINS = frozenset({"and", "or", ","})
MAX_LIST_ITEMS = 6  # items walked back over: "in Thika, Kitui, Embu and Meru"


def coordinated_with_place(span: Span) -> bool:
    """The span is a later item of a list whose first item is a name (NER's place, or a
    name it called a person or organisation) that a preposition of place governs ("in
    Nouakchott and Banjul", "held in Elisabethville and Stanleyville", "to Thika, Kitui and
    Embu"): the items of such a list are places alike, whatever NER called the later ones."""
    doc = span.doc
    i = span.start - 1
    for _ in range(MAX_LIST_ITEMS):
        if i < 1 or doc[i].lower_ not in LIST_JOINS:
            return False
        j = i - 1
        if doc[j].ent_type_ not in PLACE_LABELS and doc[j].ent_type_ not in MAYBE_LABELS:
            return False  # (the first item may be a place NER called a person too)
        while j > 0 and doc[j].ent_iob_ == "I":
            j -= 1  # (to the first word of the item NER called a place)
        if after_locative(doc[j:i]):
            return True
        i = j - 1  # (an earlier item: "in Thika, Kitui and Embu")
    return False


MAX_POSSESSIVE_GAP = 2  # adjectives between a possessive and the name: "Kenya's crowded"


def _after_possessive(span: Span) -> bool:
    """A capitalised name and "'s" come before the span, with at most
    :data:`MAX_POSSESSIVE_GAP` adjectives between ("Kenya's crowded Dadaab camps"): the
    place belongs to what that name names."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and span.start - i <= MAX_POSSESSIVE_GAP and doc[i].pos_ == "ADJ":
        i -= 1
    return i >= 1 and doc[i].text in ("'s", "’s") and doc[i - 1].is_title


def common_words(nlp: Language) -> frozenset[str]:
    """The English adjectives, verbs and adverbs the pipeline's lemmatizer knows (WordNet's
    index, in spaCy's English pipelines): capitalised, they open names of organisations
    ("Liberal", "Humble", "Superior Court") far more often than they name towns. Its nouns are
    left out: they include place names. Empty when the pipeline has no such table."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    words: set[str] = set()
    for pos in ("adj", "verb", "adv"):
        if pos in index:
            words.update(w for w in index[pos] if w.isalpha())
    return frozenset(words)


def demonym_stems(word: str) -> list[str]:
    """The place names a demonym may be made from, by English suffixes: "Oregonians" ->
    "Oregon", "Nebraskan" -> "Nebraska", "Kansan" -> "Kansas", "Parisians" -> "Paris",
    "Tatarstani" -> "Tatarstan", "New Yorkers" -> "New York", "Abkhaz" -> "Abkhazia"."""
    w = word.strip()
    if w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    stems = []
    if w.endswith("ian"):
        stems += [w[:-3], w[:-3] + "o", w[:-3] + "io", w[:-3] + "ia", w[:-1]]
    if w.endswith("an"):
        stems += [w[:-2], w[:-1], w[:-2] + "as", w[:-2] + "a"]
    elif w.endswith("n"):
        stems.append(w[:-1])
    if w.endswith("er"):
        stems.append(w[:-2])
    if w.endswith("i"):
        stems.append(w[:-1])
    if w[-1:].isalpha() and w[-1:].lower() not in "aeiouny":
        stems.append(w + "ia")  # "Abkhaz" -> "Abkhazia"
    return [st for st in dict.fromkeys(stems) if len(st) >= MIN_DEMONYM_STEM]


def foreign_alternate(c: Candidate, name: str) -> bool:
    """A town that bears ``name`` only as an alternate name other than a shortening of its
    own ("Marjatta" of a Finnish village; not "Bradbury" of "City of Bradbury")."""
    if c.kind != ALTERNATE or c.feature_class != "P":
        return False
    return not_within(name, c.name)


def listed_division(span: Span) -> str | None:
    """"Yellowstone, Carbon and Stillwater counties": a name in a list that a plural division
    noun closes is that division ("Stillwater County"); None otherwise. A lone name right
    before the noun is no list: it says whose divisions they are ("Ohio counties", "the
    metro Denver counties"), as a name before any plural noun does."""
    doc = span.doc
    # by index from the token table, not by a slice of the doc nor a Token per word: this
    # runs for every span looked up
    table = token_table(doc)
    lower, title = table.lower, table.is_title
    for i in range(span.end, min(span.end + MAX_LIST_TOKENS, len(doc))):
        word = lower[i]
        if word in PLURAL_DIVISIONS:
            if i == span.end and not (span.start > 0 and lower[span.start - 1] in LIST_JOINS):
                return None
            return f"{span.text} {PLURAL_DIVISIONS[word]}"
        if not (word in LIST_JOINS or title[i]):
            return None
    return None


def _whole_name(span: Span) -> bool:
    """The span is a whole entity NER gave another label (an airline's name), not the
    place that opens a longer name."""
    doc = span.doc
    first = doc[span.start - 1] if span.start > 0 and span[0].ent_iob_ == "I" else span[0]
    return first.ent_iob_ == "B" and first.ent_type_ in MAYBE_LABELS \
        and (span.end == len(doc) or doc[span.end].ent_iob_ != "I")


def _opens_name(span: Span) -> bool:
    """The span opens a longer name: an organisation's, or capitalised words after it."""
    doc = span.doc
    return inside_organisation(span) or (span.end < len(doc) and doc[span.end].is_title)


MAX_NAME_REST = 3  # tokens of a person's or a club's name after its place-like word
# Words that, alone after a city's name, make the name of a grouping of states or creditors
# named after the city where it first met ("the Lima Group", "the Paris Club"), which acts
# far from that city
GROUPING_WORDS = frozenset({"group", "club", "quartet", "forum"})


def opens_longer_name(doc: Doc, start: int, end: int) -> bool:
    """The words ``doc[start:end]`` open a longer name NER called a person, an organisation,
    a facility or a work, whose rest is a name too, not what an institution named after its
    town is ("Paris" of "Paris Hilton", "Manchester" of "Manchester United", "Paris" of
    "Paris Saint-Germain"), or a grouping's word (:data:`GROUPING_WORDS`: "the Lima
    Group"): a word or a hyphenated word in title case, singular (a team's
    plural, "the Washington Capitals", keeps its town), with no word of a facility, an
    institution, an organ of state or an office ("Seoul City Hall", "Kingston Crown Court",
    "Lagos State Police": the town's)."""
    if end >= len(doc):
        return False
    if doc[end].lower_ in GROUPING_WORDS and doc[end].is_title \
            and (end + 1 == len(doc) or not doc[end + 1].is_title):
        return True  # (NER may call no entity there: "The Paris Club of creditor nations")
    if doc[end].ent_iob_ != "I" or doc[start].ent_type_ not in MAYBE_LABELS:
        return False
    stop = end
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    rest = doc[end:stop]
    if len(rest) > MAX_NAME_REST or rest[-1].tag_ == "NNPS" or rest[-1].lower_.endswith("s"):
        return False
    return all(t.is_title or t.text in DASHES for t in rest) and not any(
        t.lower_ in FACILITY_WORDS or t.lower_ in INSTITUTION_WORDS
        or t.lower_ in STATE_ORGAN_WORDS or t.lower_ in TITLE_STOPS or t.lower_ in KIND_WORDS
        or t.lower_ in DIVISION_WORDS for t in rest)


def inside_organisation(span: Span) -> bool:
    """The span is part of a longer name NER called an organisation: the place that opens it
    ("the United States Department of Agriculture") or follows its "of" ("the Council of
    Europe")."""
    doc = span.doc
    first, last = span[0], span[-1]
    if first.ent_type_ != "ORG" or last.ent_type_ != "ORG":
        return False
    inner_start = first.ent_iob_ == "I" or (span.start > 0 and doc[span.start - 1].lower_
                                             == "the" and doc[span.start - 1].ent_iob_ == "B")
    inner_end = span.end < len(doc) and doc[span.end].ent_iob_ == "I"
    return inner_start or inner_end


# Nouns that, heading an appositive, say that the name before it is a place: "Goma, the
# largest city in eastern Congo", "Kidal, a rebel stronghold".
PLACE_HEADS = {"city", "town", "village", "capital", "port", "region", "province", "district",
               "county", "enclave", "hub", "stronghold", "outpost", "suburb", "island",
               "municipality", "settlement", "crossing", "oasis", "valley", "state"}


# Kinds of place written after a name ("the Lachin region"): a town NER took for a person.
PLACE_KIND_AFTER = {"region", "province", "district", "governorate", "oblast", "prefecture"}


def place_appositive(span: Span) -> bool:
    """The name is followed by a comma and an appositive headed by a place noun."""
    doc = span.doc
    if span.end + 2 > len(doc) or doc[span.end].text != ",":
        return False
    return any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_HEADS and c.i > span.end
               for c in span.root.children)


def _named_kind_after(span: Span) -> bool:
    """"the Lachin region", "the Amhara province": "the", the name, a kind of place."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].lower_ == "the" and span.end < len(doc) \
        and doc[span.end].lower_ in PLACE_KIND_AFTER


def _based(span: Span) -> bool:
    """"a Kyiv-based charity", "a Mosul-born poet": a name before a hyphen and a word of
    origin or seat is a place."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text in DASHES \
        and doc[span.end + 1].lower_ in BASED_WORDS


def _party_district(span: Span) -> bool:
    """"Sen. Jo Ames, D-Raleigh": a legislator's party letter and a dash before the place
    they represent."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text in DASHES \
        and doc[span.start - 2].text in PARTY_LETTERS


def _hyphen_parts(span: Span, is_name: Callable[[str], bool]) -> Iterable[Span]:
    """The capitalised words a hyphen joins inside a name when both are place names
    (``is_name``): "Chile" and "Peru" of "the Chile-Peru border"; not "Mercedes" of
    "Mercedes-Benz"."""
    doc = span.doc
    table = token_table(doc)  # (the words by index: no Token per word)
    for i in range(span.start + 1, span.end - 1):
        if table.text[i] in DASHES:
            sides = (i - 1, i + 1)
            if all((table.is_title[w] or table.is_upper[w]) and is_name(table.text[w])
                   for w in sides):
                yield from (doc[w : w + 1] for w in sides)


def whole_name(span: Span, is_name: Callable[[str], bool]) -> Span:
    """``span`` with the words after it that complete a longer name the gazetteer knows
    (``is_name``, given a name as written), else ``span`` itself: NER and runs of capitals cut
    names at a lower-case particle or at a word NER gave to another entity ("Democratic
    Republic" of "Democratic Republic of the Congo", "Rio Grande" of "Rio Grande do Sul",
    "Mission" of "Mission Viejo" with "Viejo" a person). The words taken are capitalised words
    and particles (:data:`NAME_PARTICLES`) between them, at most :data:`MAX_NAME_TAIL`; the
    longest name that ends on a capitalised word wins; never into the rest of an entity that
    the span opens ("Dublin City" of "Dublin City Council"). A capitalised word before it
    that no entity holds is taken when it makes a longer name ("Goz" of "Goz Beida"). The
    span keeps its label."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].ent_iob_ == "I":
        return span  # the place that opens an entity ("Dublin" of "Dublin City Council")
    # the words from the token table: a Token per word tried and a Span per name cost more
    # than the rest of this function (it runs for every name NER found or recall tries)
    table = token_table(doc)
    space, title, upper, lower = table.whitespace, table.is_title, table.is_upper, table.lower
    best = span.end
    text = table.text
    for end in range(span.end + 1, min(span.end + MAX_NAME_TAIL, len(doc)) + 1):
        i = end - 1  # the word tried
        # a hyphen inside a word joins a name's parts, lower-case ones too ("Port-au-Prince",
        # "Aix-en-Provence"), which the tagger leaves out of a run of proper nouns
        joined = not space[i - 1] and (
            (text[i] in DASHES and not space[i]) or (text[i - 1] in DASHES and i >= 2
                                                     and not space[i - 2]))
        if not space[i - 1] and not joined:
            break  # "Congo's": not a name's next word
        if text[i] in DASHES:
            continue
        if title[i] or upper[i]:
            if is_name(written_name(table.span_text(span.start, end))):
                best = end
        elif lower[i] not in NAME_PARTICLES and not joined:
            break
    start = span.start
    # the capitalised words before, outside any entity, when NER left them out: "Goz" of
    # "Goz Beida", "ST." of "ST. PAUL", "Sault Ste." of "Sault Ste. Marie"
    for size in (2, 1):
        if start >= size \
                and all(_opens_name_before(doc, table, i) for i in range(start - size, start)) \
                and is_name(written_name(table.span_text(start - size, best))):
            start -= size
            break
    if (start, best) == (span.start, span.end):
        return span
    return Span(doc, start, best, label=span.label)


def _opens_name_before(doc: Doc, table: TokenTable, i: int) -> bool:
    """The word at ``i``, outside any entity, may open the name after it: capitalised, or
    the abbreviation of a name's word ("ST.", "Ft."), not a particle (``table``: the Doc's
    token table; its Token only for the entity test, of the few words that pass)."""
    return bool(table.whitespace[i]) \
        and (table.is_title[i] or table.text[i] in ABBREVIATION_TOKENS) \
        and table.lower[i] not in NAME_PARTICLES and doc[i].ent_iob_ == "O"


def cites_source(doc: Doc, start: int) -> bool:
    """"according to Ashford", "thanks to Hope": the words before the name cite a source or a
    cause, not a place."""
    lower = token_table(doc).lower  # (no Token: asked of most names after a preposition)
    return start >= 2 and lower[start - 1] == "to" and lower[start - 2] in SOURCE_BEFORE_TO


def is_relative(name: str) -> bool:
    """A name made only of words of direction and kinds of area ("the Upper East",
    "Central", "the Interior"): it names a part of the story's own country."""
    words = name.lower().removeprefix("the ").split()
    return bool(words) and all(w in RELATIVE_WORDS for w in words)


def modifies_next(span: Span) -> bool:
    """The name modifies the noun after it ("in Fairfield hearing", "at Norfolk High"): a
    preposition before it governs that noun, not the name."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if nxt.pos_ not in ("NOUN", "PROPN"):
        return False
    root = span.root  # (a Span finds its root anew at each reading)
    return root.head.i >= span.end and root.dep_ in ("compound", "amod", "nmod")


def speaks(doc: Doc, start: int, end: int) -> bool:
    """The name at tokens ``[start, end)`` is the subject of a verb of saying ("Okonjo
    said", "states coach Varga")."""
    dep = token_table(doc).dep
    if not any(dep[i] in ("nsubj", "nsubjpass") for i in range(start, end)):
        return False  # no word of it is a subject, nor then its root (no Span nor Token made)
    root = doc[start:end].root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # imported here, when first needed (an import statement costs at each call: only subjects
    # pay it)
    from ..quotes.cues import REPORTING

    return root.head.lemma_ in REPORTING


def local_use(doc: Doc, m: PlaceMention) -> bool:
    """The name is used as a town's, before a word for its people, institutions or offices
    ("a Vienna man", "Jordan Police", "Moscow High School", "Milan Mayor")."""
    if m.end >= len(doc) or m.adjective:
        return False
    after = token_table(doc).lower[m.end]  # (no Token: asked of every toponym)
    return after in LOCAL_NOUNS or after in FACILITY_WORDS or after in OFFICE_WORDS


def _before_local_noun(span: Span) -> bool:
    """The name modifies a word for a town's people or institutions ("Mankato police")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = token_table(doc).lower[span.end]
    return after in LOCAL_NOUNS or after in FACILITY_WORDS


def _before_governor(span: Span) -> bool:
    """The name comes before a governor's office ("Kursk governor Jo Burley", which NER
    may call a product): the region or town the governor is of."""
    doc = span.doc
    return span.end < len(doc) and token_table(doc).lower[span.end] in GOVERNOR_WORDS


def _inline_dateline(span: Span) -> bool:
    """"BEMIDJI -- Bemidji Mayor ...", "BEIRUT: The army ...", "LEBANON (AP) --": an
    upper-case name before a dash, a colon or an agency's name in brackets, or before a
    comma and a dash a few words on."""
    doc = span.doc
    if not span.text.isupper() or len(span.text) < 3 or span.end >= len(doc):
        return False
    if _inside_upper_run(span):
        return False  # "ST. PAUL --", "ISLE OF PALMS --": not "PAUL" alone, inside it
    after = doc[span.end : span.end + MAX_DATELINE_WORDS]
    if after[0].text in DATELINE_MARKS:
        return True
    return after[0].text == "," and any(t.text in DASHES for t in after)


def _inside_upper_run(span: Span) -> bool:
    """Upper-case words or an abbreviation's stop come right before the span, in its
    sentence: it is the end of a longer upper-case name ("PALMS" of "ISLE OF PALMS")."""
    doc = span.doc
    if span.start == 0 or span[0].is_sent_start:
        return False
    before = doc[span.start - 1]
    return (before.is_upper and before.is_alpha) or before.text in ABBREVIATION_TOKENS or (
        before.text == "." and span.start > 1 and doc[span.start - 2].is_upper)


def dateline_heads(doc: Doc) -> set[int]:
    """Indices of the upper-case words that open a dateline inside the text, after a
    headline ("Storm closes schools. HUDSON -- Officials said", "BEIRUT: The army"): the
    tagger often calls such a word a common noun or an adverb, so the scan of proper nouns
    misses it. Up to three words ("NEW MIAMI --") that open a sentence, before a dash, a
    colon or an agency's bracket."""
    orth = doc.to_array(ORTH)
    # the few marks of the text, found by their ids (a loop over every token costs more)
    at = numpy.flatnonzero(_among(orth, _DATELINE_MARK_IDS)).tolist()
    if not at:
        return set()
    # the flags are read from the few Tokens before the marks: an array of every token's
    # flags costs more
    found: set[int] = set()
    for i in at:
        if i == 0 or (doc[i].text in DASHES and not is_dateline_dash(doc[i])):
            continue
        start = i
        while start > 0 and i - start < MAX_DATELINE_HEAD and (
                (doc[start - 1].is_upper and doc[start - 1].is_alpha)
                or doc[start - 1].text in ABBREVIATION_TOKENS  # "ST. PAUL --"
                or (doc[start - 1].text == "." and start > 1 and doc[start - 2].is_upper
                    and len(doc[start - 2]) <= MAX_ABBREVIATION)):
            start -= 1  # "ST. PAUL --": an abbreviation's stop is part of the name
        if start < i and doc[start].is_sent_start and len(doc[start:i].text) >= 3:
            found.update(range(start, i))
    return found


# Words by which a place noun gives the name of its place: "a village called Ardmore"
NAMING_WORDS = frozenset({"called", "named"})


def called_place(doc: Doc, start: int) -> bool:
    """The name at ``start`` is the name a place noun is given: "a village called Ardmore",
    "the town named Ardmore" (not "a group called Ardmore": no place noun)."""
    return start >= 2 and doc[start - 1].lower_ in NAMING_WORDS \
        and doc[start - 2].lower_ in PLACE_NOUNS


def after_locative(span: Span) -> bool:
    """"in Alexandria", "the mayor of Alexandria" (not "University of Bemidji"), "a town
    called Alexandria"."""
    if span.start == 0:
        return False
    if called_place(span.doc, span.start):
        return True
    before = span.doc[span.start - 1]
    if before.lower_ not in BEFORE_PLACE or cites_source(span.doc, span.start):
        return False
    if before.lower_ == "of":
        # "the mayor of Alexandria"; "Jo Burley, of Bozeman" and "Jo Burley of Bozeman"
        # (a full name): where a person is from
        head = span.doc[before.i - 1] if before.i > 0 else None
        return head is not None and (head.lower_ in OF_PLACE_HEADS or head.text == ","
                                     or (head.ent_type_ == "PERSON" and head.ent_iob_ == "I"))
    return True


def _known_body(doc: Doc, span: Span) -> bool:
    """The span is, whole, the name of a body the actor knowledge base knows ("Rapid Support
    Forces"): its first word is part of its name, no town it is of (Rapid City)."""
    at = doc._.actor_at or {}
    n = at.get(span.start)
    if n is None:
        return False
    mention = (doc._.actors or [])[n]
    return mention.info.kb_id is not None and mention.info.kind == "organization" \
        and mention.start <= span.start and mention.end >= span.end


def maybe_spans(doc: Doc, taken: set[int],
                is_name: Callable[[str], bool] = lambda name: False,
                is_country: Callable[[str], bool] = lambda name: False,
                is_language: Callable[[str], bool] = lambda name: True) -> Iterable[Span]:
    """Candidate spans for toponyms NER missed: PERSON/ORG/... entities, a one-word LANGUAGE
    entity that is no language's name (``is_language``: a country's adjective, as most
    languages' names are), the place words that open an organisation or facility name or
    that a hyphen joins (both ``is_name``), the country that ends an organisation's name
    (``is_country``: "Taco Bell Canada"), and runs of capitalised proper nouns."""
    ents = entities(doc)  # (each read of doc.ents makes every entity's Span anew)
    # the words from the token table: a Span's text and a Token per word tried cost more
    # than the tests
    table = token_table(doc)
    for ent in ents:
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        label = ent.label_  # (a look-up in the string store at each reading)
        span = _without_determiner(ent)
        text = table.span_text(span.start, span.end)
        facility = has_facility_word(text)
        if label in MAYBE_LABELS and not facility:
            yield span
        if label == "LANGUAGE" and len(span) == 1 and not is_language(text):
            yield span  # "the port of Odesa", which the small model calls a language
        if label in MAYBE_LABELS:
            yield from _hyphen_parts(span, is_name)
        if label == "PERSON" and any(table.lower[i] in TITLE_STOPS
                                     for i in range(span.start + 1, span.end)):
            # "Bozeman Mayor Jo Burley": NER took the town into the person's name
            yield from _prefixes(span, TITLE_STOPS)
        if label == "PERSON":
            yield from _after_of(span)  # "Grace Achieng of Eldoret": where she is from
        if (label in ("ORG", "FAC") or (label in PLACE_LABELS and (
                facility or names_division_body(text)))) and not _known_body(doc, span):
            # "Vermont National Guard", "Lakeland City Public Schools", "the Fairview
            yield from _prefixes(span)  # Township Hall": the place that opens the name
            yield from _after_of(span)  # "University of Dayton"
        if label == "ORG":
            yield from _country_suffix(span, is_country)  # "Environment Canada"
    heads = dateline_heads(doc)
    # a dateline's words are read whole, also where NER took some of them ("ST. PAUL")
    in_ents = {i for ent in ents for i in range(ent.start, ent.end)} - heads
    proper = _proper_nouns(doc) | heads | _before_local_words(doc)
    # runs of consecutive words of ``proper`` (not taken, outside entities), of MAX_RUN
    # words at most; the word after a full run opens no run of its own: only these few words
    # are visited, not every token
    words = sorted(i for i in proper if i not in taken and i not in in_ents)
    run: list[int] = []
    for i in words + [len(doc) + 1]:
        if run and i == run[-1] + 1 and len(run) < MAX_RUN:
            run.append(i)
            continue
        if run:
            skipped = i == run[-1] + 1  # this word ends a full run: no run opens with it
            yield from _run_spans(doc, run)
            run = []
            if skipped:
                continue
        run = [i]


def _run_spans(doc: Doc, run: list[int]) -> Iterable[Span]:
    """The span of a run of capitalised words (indices ``run``) and, when a title or an
    institution's word is inside it, the place that opens it ("Tillsonburg Mayor")."""
    table = token_table(doc)
    while run and table.is_punct[run[0]]:
        run = run[1:]  # not from an abbreviation's stop (". PAUL")
    if run:
        whole = doc[run[0] : run[-1] + 1]
        yield whole
        if any(table.lower[i] in TITLE_STOPS for i in range(whole.start + 1, whole.end)):
            yield from _prefixes(whole, TITLE_STOPS)  # "Tillsonburg Mayor"


_I, _B = 1, 3  # the ENT_IOB codes of a token inside an entity and of its first token


def entity_bounds(doc: Doc, label: str) -> list[tuple[int, int]]:
    """The token bounds ``(start, end)`` of the entities labelled ``label``, in text order:
    those of ``doc.ents``, read from the token arrays (``doc.ents`` makes a Span of every
    entity, at a cost of Tokens, each time it is read). An entity opens at a B token with
    that label and runs over the I tokens after it."""
    rows = doc.to_array([ENT_IOB, ENT_TYPE])
    iob = rows[:, 0].tolist()
    starts = numpy.flatnonzero((rows[:, 0] == _B) & (rows[:, 1] == doc.vocab.strings[label]))
    bounds = []
    for start in starts.tolist():
        end = start + 1
        while end < len(iob) and iob[end] == _I:
            end += 1
        bounds.append((start, end))
    return bounds


def _before_local_words(doc: Doc) -> set[int]:
    """Indices of capitalised words before a word for a town's people, institutions or
    offices ("Grovetown police", "Carthage Police Chief"), which the tagger may call common
    nouns or adjectives (a sentence's first word above all): :func:`accept` weighs them."""
    if len(doc) < 2:
        return set()
    arr = doc.to_array([IS_TITLE, LOWER])
    lower = arr[1:, 1].tolist()
    # a set test per word: numpy.isin against this many ids costs several times more
    return {i for i in numpy.flatnonzero(arr[:-1, 0] == 1).tolist()
            if lower[i] in _LOCAL_ID_SET}


# The string ids (hashes) of the words the two scans above look for, computed once.
_LOCAL_ID_SET = frozenset(hash_string(w) for w in LOCAL_NOUNS | TITLE_STOPS)
_DATELINE_MARK_IDS = tuple(sorted(hash_string(m) for m in DATELINE_MARKS))


def _among(values: numpy.ndarray, ids: Iterable[int]) -> numpy.ndarray:
    """Mask of ``values`` equal to one of a few ``ids`` (what numpy.isin gives, without its
    cost of a sort or a table for a handful of ids)."""
    mask = numpy.zeros(len(values), dtype=bool)
    for value in ids:
        mask |= values == value
    return mask


def _country_suffix(span: Span, is_country: Callable[[str], bool]) -> Iterable[Span]:
    """The country whose branch or office an organisation's name ends with ("Taco Bell
    Canada", "Environment Canada", "Save the Children Sri Lanka"): the longest such ending.
    Only a country: a club or firm named after its city ("Real Madrid") is no place there."""
    table = token_table(span.doc)
    for size in (3, 2, 1):
        if len(span) > size and table.is_title[span.end - size] \
                and is_country(table.span_text(span.end - size, span.end)):
            yield span[-size:]
            return


def _proper_nouns(doc: Doc) -> set[int]:
    """Indices of the capitalised proper nouns (NNP, NNPS) of ``doc``, read from its arrays
    (making a Token for every word costs more than the rest of this module; a Python row
    per word, more than the tests on the whole array)."""
    tags = [doc.vocab.strings[tag] for tag in PROPER_TAGS]  # ids or hashes
    rows = doc.to_array([TAG, IS_TITLE, IS_UPPER]).reshape(len(doc), 3)
    proper = _among(rows[:, 0], tags) & ((rows[:, 1] != 0) | (rows[:, 2] != 0))
    return set(numpy.flatnonzero(proper).tolist())


def _without_determiner(span: Span) -> Span:
    if token_table(span.doc).lower[span.start] == "the" and len(span) > 1:
        return span.doc[span.start + 1 : span.end]
    return span


def _after_of(span: Span) -> Iterable[Span]:
    """"Dayton" in "University of Dayton", "Beaufort County" in "the Board of
    Beaufort County": the words after "of", up to a facility word, longest first."""
    lower = token_table(span.doc).lower  # (a Token per word only to find "of" cost more)
    for i in range(len(span) - 1):
        if lower[span.start + i] == "of":
            rest = span[i + 1 :]
            if rest[0].lower_ == "the":
                rest = rest[1:]
            if len(rest):
                yield from (rest[:end] for end in range(min(len(rest), MAX_RUN), 0, -1)
                            if not rest[end - 1].is_punct
                            and not has_facility_word(rest[:end].text))


def _prefixes(span: Span, stops: frozenset[str] | set[str] = FACILITY_WORDS) -> Iterable[Span]:
    """The leading words of a name, longest first, up to its first facility word ("Pembina
    County" of "Pembina County Sheriff's Department") or other word of ``stops``, each a
    possible place."""
    table = token_table(span.doc)  # (the words by index: no Token per word)
    lower = table.lower[span.start : span.end]
    if lower[0] in SQUARE_FIRST_WORDS:
        return  # "Plaza Murillo", "Place de la Concorde": a square's name, no town "Plaza"
    stop = next((i for i, word in enumerate(lower) if word in stops), len(span))
    if stop == 1 and lower[0] in COMPASS:
        stop = next((i for i, word in enumerate(lower) if i > 1 and word in stops), len(span))
        # a compass word and a facility word make a name ("West Bank", "East Bank Middle
        # School"): it opens the span, not a place called "East"
    for end in range(min(stop, len(span) - 1, MAX_RUN), 0, -1):
        if table.is_punct[span.start + end - 1] or lower[end - 1] in DIRECTIONS:
            continue  # "East Bank" does not open with a place called "East"
        if end == 1 and lower[0] in KIND_WORDS | DIVISION_WORDS:
            continue  # nor "City Council" with a place called "City"
        yield span[:end]


def said_state(doc: Doc, mention: PlaceMention,
               candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Only the first-level divisions among ``candidates`` when the text says the name is a
    state or province ("Katsina state", "the state of Katsina"), only the towns when it says
    it is a city or a town ("Kherson city", "the city of Kherson"), else all of them."""
    after, before = _words_around(doc, mention)
    if after in STATE_WORDS or before in _STATE_OF:
        states = tuple(c for c in candidates if c.feature_code == "ADM1")
        return states or candidates
    if after in TOWN_WORDS or before in _TOWN_OF:
        # "Kherson city", "the town of Kherson": the town, not the province of its name
        towns = tuple(c for c in candidates if c.feature_class == "P")
        return towns or candidates
    if any(c.feature_class == "H" and not is_geonames_id(c.geonameid) for c in candidates):
        # a sea's name is the sea, not the division named after it ("in the Red Sea", not
        # Egypt's Red Sea governorate), unless the text says it is a division (above)
        return tuple(c for c in candidates if c.feature_class != "A"
                     or c.feature_code.startswith("PCL"))
    return candidates


_STATE_OF = frozenset(f"{w} of" for w in STATE_WORDS)  # "the state of Katsina" (made once)
# words that say a name is a town's, and their "of" ("the city of Kherson")
TOWN_WORDS = {"city", "town"}
_TOWN_OF = frozenset(f"{w} of" for w in TOWN_WORDS)


def says_state(doc: Doc, mention: PlaceMention) -> bool:
    """The text says the name is a state or province: "Katsina state", "the state of
    Katsina", "Nyanza Province" (the word inside the toponym)."""
    after, before = _words_around(doc, mention)
    last = mention.written.split()[-1].lower() if mention.written else ""
    return after in STATE_WORDS or before in _STATE_OF \
        or (last in STATE_WORDS and len(mention.written.split()) > 1)


def _words_around(doc: Doc, mention: PlaceMention) -> tuple[str, str]:
    """The word after the mention and the two before it, in lower case ("" for none), read
    from the token table (a Token and a Span per mention cost more than the tests)."""
    table = token_table(doc)
    after = table.lower[mention.end] if mention.end < len(doc) else ""
    return after, table.span_text(max(0, mention.start - 2), mention.start).lower()


def is_container(mention: PlaceMention) -> bool:
    """An unresolved facility or organisation name ("the Fairview Fire Station"), whose
    words may open with a place of its own."""
    return mention.lat is None and not mention.adjective and has_facility_word(mention.name)


def names_division_body(text: str) -> bool:
    """A name that goes on after a division's name with words of its own ("Fannin County
    Commissioners", "the Harlan County Courthouse", "Tioga County Elections"): a
    county's office, court or service, named after the county as local news names them,
    which may open with a place of its own (see :func:`is_container`)."""
    words = [w.lower() for w in written_name(text).split()]
    return any(w in DIVISION_WORDS and w not in STATE_WORDS for w in words[1:-1])


def has_facility_word(text: str) -> bool:
    """A word of the name ends the place at its head ("Fire", "County's", "School")."""
    return any(w.lower() in FACILITY_WORDS for w in text.split())
