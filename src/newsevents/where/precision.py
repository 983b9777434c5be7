"""Precision of the ``where`` stage: names that are not places, places too far from the
article to be believed on a population prior, and the score (0-1) each place carries.

Rules from how news is written, each checked on the words around a name:

* a name that is part of a person the article names ("Margaret Whitby" makes "Whitby", and
  "Missy Wilkinson" makes "Missy", no place) is no place, unless the text says it is one (a
  preposition of place before it, a state or country after it, a dateline);
* a name written before a word that makes it part of another name ("Kirkby Avenue", "the
  Hendra virus", "Kirkby State College", "the Pacific partnership") is no place: a street,
  a disease, an institution or an alliance named after a place is not that place;
* a name joined to "-style" ("a Jordan Valley-style clinic") is a manner, no place;
* a short all-capital name ("FAO", "HIV") is an acronym, not a village of those letters,
  unless it is a country or state ("US", "UAE") or opens a dateline;
* a name the article writes once before a disease word ("Hendra virus") is the disease
  throughout, a country adjective too ("the Russian flu"); a name before a newspaper's word
  ("The Boise Herald") is the paper;
* a saint's name in the possessive ("St. Brigid's") is a church, school or hospital unless a
  qualifier says otherwise or it is a world city;
* an office NER did not call a place before a capitalised name or "of" ("Commerce
  Secretary Jo Lindqvist", "the Secretary of State") is a title, no hamlet of that name;
* a word that is also an English adjective, verb or adverb ("Humble") is no town of fewer
  than ``common_word_population`` people unless the text says it is a place;
* a word of a person's name is no country adjective ("Karen Dane"); nor is one that names a
  kind of thing or of people (:func:`names_a_kind`: a cuisine, breed or species, music, a
  language or heritage, "Mexican food", "spoke only Spanish"; native or ethnic Americans,
  "Quiche Indians", "African-Americans"; "Pan American") or opens a street's name ("West
  Palestine Avenue"): such a word is no toponym at all;
* a direction or "Gulf" before a common noun in lower case qualifies it ("a Western
  official", "the Gulf states"): no province of that name;
* a name the actors stage read as a person of the knowledge base ("met Sanchez") is no small
  town abroad from that person, unless a preposition of place comes before it;
* (in the component) a name that is the subject of a verb of saying ("Okonjo said",
  "insists coach Varga") is a person throughout, unless it reads as a country, state,
  capital or world city (whose government speaks) or names a division; a person's
  possessive ("Fairfield's defense team") does not make the name a place;
* a place NER found written in lower case ("black-necked swan") is a common noun;
* (in the component) a relative name ("the Upper East", "Central") is read only in one of
  the article's countries, and a town that bears a name only as a foreign alternate name
  only when the text or the article points to it;
* a place more than ``isolation_km`` from every other place of the article, with no qualifier,
  said once or only in words NER never called a place (in the component), is believed only
  on more than a population prior: it is a country, a first-level division,
  a capital or a world city; else a reading of the same name near the article's other places
  is taken when one exists (for a capital, world city or seat known by its name, only a
  namesake the article points to), and otherwise the name stays unresolved; a country the
  article names vouches for its towns only where the article names none of them;
* (in the component) a small place whose namesake in another country scores about as well
  (``rival_margin``), in an article with nothing in its country, no qualifier and no home
  there, stays unresolved: no point rather than one on the wrong continent; so does a
  small place far from the paper's home (a state or town) that the article says nothing
  else of.

The score of a place (:func:`confidence`) grows with its ranking score and with its margin
over the best reading elsewhere, and is lowered for names NER did not call places and for
places kept far from the rest of the article.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from ..datafiles import iso3_of, load_default
from ..distance import KM_PER_DEGREE, km
from ..extensions import attribute, token_table
from ..gazetteer import BIG_CITY_POPULATION, MAIN, Candidate, is_geonames_id, seat_city
from ..words import BEFORE_PLACE, COMPASS, DASHES
from .mentions import PlaceMention
from .ranking import Ranked, is_broad, spelling_variant

# (imported here, not in each function that uses them: these run for every toponym, and
# an import statement costs at each call; recall does not import this module)
from .recall import (
    DIVISION_WORDS,
    FACILITY_WORDS,
    LOCAL_NOUNS,
    OFFICE_WORDS,
    called_place,
    cites_source,
    coordinated_with_place,
    modifies_next,
)
from .settings import DEFAULT_SETTINGS, MEDIA_WORDS, WhereSettings

#: Words after a name (or a country adjective) that make it the name of a disease ("the
#: Hendra virus", "the Russian flu"): one sense per discourse, the name is the disease's
#: throughout the article unless the text says it is a place.
DISEASE_WORDS = frozenset({"virus", "fever", "disease", "flu", "strain", "syndrome",
                           "ebolavirus", "influenza", "encephalitis", "hemorrhagic",
                           "haemorrhagic", "outbreak-strain", "pox", "plague"})
#: Words after a name that make it part of another name: streets and roads, diseases,
#: alliances, agreements and conferences named after a place (or a person): "the Madrid
#: Conference", "the Astana Process" (not "the Dublin Conference Center": see
#: :data:`EVENT_WORDS`). Not institutions ("Alexandria
#: Zoo", "Amherst College"): news names those after the town they are in.
#: Words that end a street's name, and only a street's, a word or two after a name ("Van Dorn
#: Street", "Martin Luther King Boulevard"): not "court" nor "way" ("London Crown Court").
STREET_WORDS = frozenset({"street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.",
                          "drive", "dr", "lane", "ln", "boulevard", "blvd", "parkway"})
MAX_STREET_WORDS = 2  # capitalised words between a name and its street word
NAME_PART_AFTER = STREET_WORDS | frozenset({
    "court", "ct", "way", "pike", "trail", "terrace", "circle", "alley",
    "partnership", "alliance", "pact", "accord", "accords", "agreement", "treaty",
    "initiative", "declaration", "protocol", "doctrine", "conference", "process",
}) | DISEASE_WORDS | MEDIA_WORDS
#: Nouns of a document that news names after the town where it was signed or drafted, in
#: lower case too ("the Minsk agreements", "the Oslo accords", "the Paris agreement"): the
#: town names the document, not a place of the story, which is rarely where the document
#: was signed years before (a map of a story on the war in Ukraine has no point in Minsk).
#: Not talks, summits or meetings, which are held where they are named after ("the Vienna
#: talks").
#: In title case they are :data:`NAME_PART_AFTER`'s ("the Minsk Agreements"); not a charter
#: or a convention, which a town has of its own ("the city charter", "the Dublin
#: Convention and Visitors Bureau").
DOCUMENT_WORDS = frozenset({"accord", "accords", "agreement", "agreements", "treaty",
                            "treaties", "pact", "protocol", "protocols", "declaration",
                            "communique", "communiqué", "memorandum"})
#: Words of :data:`NAME_PART_AFTER` that name an event, or a building when a capitalised
#: word follows ("the Madrid Conference" but "the Alexandria Conference Center").
EVENT_WORDS = frozenset({"conference", "process"})
#: Words after which a capitalised word that also names a person is read as a person.
TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.",
                    "rep", "rep.", "gov", "gov.", "president", "minister", "officer", "coach"})
#: Offices a country's or state's name comes before in a title ("U.S. Rep. Jo Ames", "the
#: U.S. Agriculture Secretary", "NSW Primary Industries Minister"): the name says whose the
#: office is, as "American" would; it is no given name.
OFFICE_TITLES = TITLES | frozenset({
    "rep.", "reps.", "sen.", "sens.", "senator", "senators", "representative", "congressman",
    "congresswoman", "secretary", "ambassador", "envoy", "judge", "attorney", "governor",
    "premier", "chancellor", "general", "gen.", "admiral", "consul", "attorney-general"})
MAX_TITLE_WORDS = 3  # "U.S. District Judge": capitalised words between the name and its office
SAINT_WORDS = frozenset({"st.", "st", "saint", "ste.", "sainte", "san", "santa"})
MAX_ACRONYM = 5  # "FAO", "UNHCR": an all-capital name this short is an acronym
#: Nouns a country adjective names a kind of thing by, not the country: cuisines and what
#: is eaten or drunk ("Mexican food", "French fries", "an Irish pub"), breeds and species
#: ("German shepherd", "Canada geese" written "Canadian geese"), music and dance ("Irish
#: songs"), a language's uses ("French classes", "Spanish speakers") and heritage ("Italian
#: heritage"). Not a state's organs, people or deeds ("Russian troops", "Syrian refugees",
#: "the Kenyan government"), nor things a country makes or owns ("the American flag",
#: "American art", "Irish radio"), which point to it.
KIND_NOUNS = frozenset({
    # food and drink, and where they are served
    "food", "foods", "cuisine", "dish", "dishes", "cooking", "recipe", "recipes",
    "restaurant", "restaurants", "grill", "pub", "cafe", "bakery", "deli", "grocery",
    "sausage", "sausages", "cheese", "bread", "pastry", "pastries", "fries",
    "toast", "dressing", "wine", "wines", "beer", "beers", "whiskey", "whisky", "coffee",
    "tea", "fruit", "pizza", "noodles",
    # breeds and species
    "goose", "geese", "swan", "swans", "bat", "bats", "shepherd", "shepherds", "terrier",
    "terriers", "bulldog", "bulldogs", "mastiff", "poodle", "poodles", "sheepdog", "hound",
    "hounds", "setter", "setters", "breed", "breeds",
    # music and dance
    "music", "song", "songs", "dance", "dances", "dancing", "dancers",
    # a language's uses
    "language", "lesson", "lessons", "teacher", "teachers", "tutor", "immersion", "speakers",
    "speaking", "translation", "translator", "interpreter", "subtitles", "dictionary",
    "accent", "dialect",
    # heritage
    "heritage", "ancestry", "descent"})
#: ... and those that say so only right after the adjective ("French classes", "Irish rock",
#: "Italian-style"): further on they belong to other phrases ("the Russian middle class").
KIND_NOUNS_NEXT = frozenset({"class", "classes", "course", "courses", "rock", "folk", "style"})
#: Verbs whose object a country adjective names a language by ("spoke only French", "is
#: learning Spanish").
LANGUAGE_VERBS = frozenset({"speak", "learn", "teach", "study", "translate", "understand"})
#: Words joined to "American" that make an ethnic group of the United States, no country of
#: its own ("African-Americans", "Native American", "Asian-American voters").
ETHNIC_PARTS = frozenset({"african", "native", "asian", "latin", "hispanic", "arab"})
#: What "Indian" comes before when it names the native peoples of the Americas, not India
#: ("Indian tribes", "an Indian reservation", "the Bureau of Indian Affairs").
NATIVE_NOUNS = frozenset({"tribe", "tribes", "tribal", "reservation", "reservations",
                          "casino", "casinos", "gaming", "affairs",
                          "country", "burial", "mound", "mounds"})
MAX_KIND_WORDS = 4  # words between a country adjective and the noun of a kind it modifies
#: Sectors of agents.yaml whose people act for a state: a country adjective before them names
#: the state that acts ("an Egyptian official", "Russian troops", "a Greek minister"), not
#: only where someone is from.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO", "PTY", "ELI"})


def names_a_kind(doc: Doc, start: int, end: int) -> bool:
    """The country adjective at tokens ``[start, end)`` names a kind of thing or of people,
    not its country (the module docstring): a cuisine, breed, music, language or heritage
    noun follows it ("Mexican food", "an Italian grocery store", "Greek and Italian food"),
    it is the object of a verb of language ("spoke only French") or a language after "in"
    ("written in Spanish"), or it names native or ethnic Americans ("Atakapa Indians",
    "African-Americans"), or "pan" makes it a whole continent's ("the Pan American Health
    Organization", "Pan-African")."""
    if _kind_noun_after(doc, end) or _after_pan(doc, start):
        return True
    last = doc[end - 1]
    nxt = doc[end] if end < len(doc) else None
    alone = nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")
    first = last
    while first.dep_ == "conj" and first.head is not first:
        first = first.head  # "spoke Farsi and French": the verb of the first object
    if alone and first.dep_ in ("dobj", "pobj", "attr"):
        head = first.head
        if head.lemma_.lower() in LANGUAGE_VERBS or (first.dep_ == "pobj"
                                                     and head.lower_ == "in"):
            return True
    return _native_or_ethnic(doc, start, end)


def _kind_noun_after(doc: Doc, end: int) -> bool:
    """A noun of :data:`KIND_NOUNS` follows the adjective within the words that modify one
    noun ("Polish sausage", "Australian black swan", "Greek and Italian food")."""
    for i in range(end, min(end + MAX_KIND_WORDS, len(doc))):
        token = doc[i]
        if token.lower_ in KIND_NOUNS or token.lemma_.lower() in KIND_NOUNS:
            return not _inside_name(doc, i)
        if i == end and token.lower_ in KIND_NOUNS_NEXT:
            return True
        if i == end and token.text in DASHES and not doc[i - 1].whitespace_ \
                and not token.whitespace_:
            continue  # "Italian-style"
        if token.lower_ in ("and", "or", ",") or token.pos_ == "ADJ" \
                or token.ent_type_ == "NORP" or (token.is_title and token.dep_ == "conj") \
                or (token.pos_ in ("NOUN", "PROPN") and token.dep_ == "compound"):
            continue  # still before the noun the adjective modifies ("Greek and Italian")
        return False
    return False


def _after_pan(doc: Doc, start: int) -> bool:
    """"Pan" before the adjective, alone or with a hyphen ("Pan American", "Pan-African")."""
    table = token_table(doc)  # (asked of every adjective: no Token)
    if start > 1 and table.text[start - 1] in DASHES:
        start -= 1
    return start > 0 and table.lower[start - 1] == "pan"


def _inside_name(doc: Doc, i: int) -> bool:
    """The capitalised word at ``i`` goes on into a longer name ("the U.S. Food and Drug
    Administration", "Swiss Cheese Union"): an organisation's, no kind of thing."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].is_title and nxt is not None and (
        nxt.is_title or nxt.lower_ in ("and", "&", "of"))


def _native_or_ethnic(doc: Doc, start: int, end: int) -> bool:
    """"Indian(s)" of the native peoples of the Americas (after a people's name, "Quiche
    Indians", or "American", or before :data:`NATIVE_NOUNS`), and "American(s)" of an
    ethnic group ("African-Americans", "Native American")."""
    word = token_table(doc).span_text(start, end).lower()  # (asked of every adjective)
    if word not in ("indian", "indians", "american", "americans"):
        return False  # (most: no Token made for the word before)
    before = doc[start - 1] if start > 0 else None
    if word in ("indian", "indians"):
        if end < len(doc) and doc[end].lower_ in NATIVE_NOUNS or (
                before is not None and before.lower_ == "american"):
            return True
        return before is not None and before.is_title and not before.is_sent_start \
            and before.pos_ == "PROPN"
    if word in ("american", "americans") and before is not None:
        if before.lower_ in ETHNIC_PARTS:
            return True  # "Native American"
        joined = before.text in DASHES and not before.whitespace_ and start > 1 \
            and not doc[start - 2].whitespace_
        return joined and doc[start - 2].lower_ in ETHNIC_PARTS
    return False


@cache
def person_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas of agents.yaml (its one home) that name a private person or people
    (``national``, ``tourist``, ``journalist``, ``doctor``, ...), and those of people whose
    country is in their story: a state's people (``official``, ``soldier``, ``minister``:
    :data:`STATE_SECTORS`) and refugees and migrants (``refugee``, ``immigrant``: the country
    they left is a place of their story)."""
    rows = load_default("agents")["agents"]
    public = frozenset(a["lemma"].lower() for a in rows
                       if a["sector"] in STATE_SECTORS or a["sector"] == "REF")
    private = frozenset(a["lemma"].lower() for a in rows if a.get("person")) - public
    return private, public


def gives_nationality(doc: Doc, start: int, end: int) -> bool:
    """The country adjective ``doc[start:end]`` only says where a private person is from: it
    is the person itself ("the Nigerian scored", "two Norwegians were hurt", "an American
    and an Australian"), or it comes before a noun of a private person ("a Belgian
    national", "a Dutch tourist": agents.yaml, :func:`person_nouns`) or before a noun and
    a person's name ("Irish author Maeve Dunne"). Not before a state's people ("an Egyptian
    official", "Russian troops", "Russian President Putin"), people who left the country
    ("Syrian refugees") nor things ("Russian cities", "a British laboratory"), which say the
    country is in the story. Country adjectives co-ordinated before one noun ("Brazilian and
    Swedish students") are read with that noun."""
    noun = _coordinated_noun(doc, end)
    if noun is not None:
        return doc[noun].lemma_.lower() in person_nouns()[0]
    word = doc[end - 1]
    if word.dep_ not in ("amod", "compound", "nmod"):
        # a nominal: the demonym is the people or a person ("Russians", "the Nigerian", "two
        # Norwegians"), not an adjective left alone in a list ("Asian, especially Chinese,
        # interests", which the parser may tag a plural noun: a plural demonym ends in "s")
        # nor a possessive ("America's")
        return word.pos_ in ("NOUN", "PROPN") and word.dep_ != "poss" \
            and ((word.tag_ in ("NNS", "NNPS") and word.lower_.endswith("s"))
                 or any(t.dep_ in ("det", "nummod") for t in word.children))
    # the next word is a common noun it modifies, or one between it and the person's name it
    # modifies ("British author Derek Humphry" parsed as Humphry's modifiers)
    if end >= len(doc) or not doc[end].is_lower or doc[end].pos_ != "NOUN" \
            or (word.head.i != end and word.head.ent_type_ != "PERSON"):
        return False
    private, public = person_nouns()
    lemma = doc[end].lemma_.lower()
    if lemma in private:
        return True
    # a noun before a person's name ("Angolan hitman Flavio", "American physician Dr. Jo
    # Ames"), not an office of a state ("Russian President Putin") nor a migrant ("Polish
    # immigrant Jan Nowak")
    after = end + 1
    while after < len(doc) and doc[after].lower_ in TITLES:
        after += 1
    return lemma not in public and after < len(doc) and doc[after].ent_type_ == "PERSON"


#: Words that join co-ordinated adjectives ("Brazilian, Dutch and Swedish tourists").
ADJECTIVE_JOINS = frozenset({"and", "or", ","})


def _coordinated_noun(doc: Doc, end: int) -> int | None:
    """The index of the common noun that the country adjective ending at ``end`` modifies
    together with other adjectives co-ordinated with it ("Brazilian" or "Swedish" of
    "Brazilian and Swedish students": the parser hangs the second on the first), or None
    when the adjective is co-ordinated with none (the caller reads the word after it)."""
    word = doc[end - 1]
    first = word
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    i = end
    while i < len(doc) and i - end < MAX_KIND_WORDS and (
            doc[i].lower_ in ADJECTIVE_JOINS or (doc[i].is_title and doc[i].pos_ in ("ADJ",
                                                                                     "PROPN"))):
        i += 1
    if first is word and i == end:
        return None
    if i < len(doc) and doc[i].is_lower and doc[i].pos_ == "NOUN" and first.dep_ == "amod" \
            and first.head.i == i:
        return i
    return None


def person_parts(doc: Doc, places: Sequence[PlaceMention] = (),
                 qualified: Sequence[bool] = ()) -> set[str]:
    """The words of the people the article names with at least two words ("Margaret Whitby"
    gives "emilie" and "holroyd"), less the names the article says are places somewhere (one
    sense per discourse: "in Whitby" makes every "Whitby" the town; so does a later item of
    a list a preposition of place governs, "queues formed in Soweto, Durban and Cape Town"
    beside an observer called Jo Durban)."""
    parts: set[str] = set()
    for actor in attribute(doc, "actors") or []:
        words = [w for w in actor.text.split() if w.isalpha() and w.istitle()]
        if actor.info.kind == "person" and len(words) >= 2:
            parts.update(w.lower() for w in words)
    for m, q in zip(places, qualified, strict=False):
        # not a possessive: "Fairfield's defense team" is the person's
        if said_to_be_place(doc, m, q) or coordinated_with_place(doc[m.start : m.end]) \
                or (_before_local_word(doc, m)
                    and token_table(doc).lower[m.end] not in ("'s", "’s")):
            parts.discard(m.written.lower())
            parts.discard(m.text.lower())
    return parts


def _before_local_word(doc: Doc, m: PlaceMention) -> bool:
    """"Vienna police", "Marlow Town Council": a town's name before its institutions."""
    if m.end >= len(doc):
        return False
    after = token_table(doc).lower[m.end]  # (no Token: asked of every toponym)
    return after in LOCAL_NOUNS or after in FACILITY_WORDS or after in ("'s", "’s")


def said_to_be_place(doc: Doc, m: PlaceMention, qualified: bool) -> bool:
    """The text says the name is a place: a preposition of place before it, a state or country
    after it, or it opens a dateline."""
    if qualified or m.label == "DATELINE" or called_place(doc, m.start):
        return True  # ("a village called Ardmore": the text names it a place)
    # (the word before from the token table: asked several times of every toponym)
    return m.start > 0 and token_table(doc).lower[m.start - 1] in _BEFORE_PLACE_NOT_OF \
        and not modifies_next(doc[m.start : m.end]) and not cites_source(doc, m.start)


# (a set of its own, not made anew at each of the thousands of calls above)
_BEFORE_PLACE_NOT_OF = frozenset(BEFORE_PLACE - {"of"})


def disease_names(doc: Doc, mentions: Sequence[PlaceMention]) -> set[str]:
    """The names (lower case) the article writes before a disease word at least once
    ("Hendra virus" makes every "Hendra" the disease, "the Russian flu" every "Russian")."""
    lower = token_table(doc).lower
    return {m.written.lower() for m in mentions
            if m.end < len(doc) and lower[m.end] in DISEASE_WORDS}


def not_a_place(doc: Doc, m: PlaceMention, qualified: bool, parts: set[str],
                best: Candidate | None, diseases: frozenset[str] | set[str] = frozenset(),
                common: frozenset[str] = frozenset(),
                settings: WhereSettings = DEFAULT_SETTINGS) -> bool:
    """A name that is no place whatever the gazetteer says (see the module docstring);
    ``common`` holds the English adjectives, verbs and adverbs."""
    if m.adjective:
        # "Karen Dane", "Ana Pole": a word of a person's name is no country adjective; nor
        # is the first word of a street's name ("West Palestine Avenue")
        return m.text.lower() in parts or m.written.lower() in diseases \
            or street_after(doc, m.end) or _opens_street_name(doc, m)
    if _saints_house(m) and not qualified and m.label != "DATELINE" \
            and (best is None or not world_city(best)):
        return True  # "St. Brigid's", "at St. Jude's": a church, school or hospital
    if not any(ch.isupper() for ch in m.written):
        return True  # "black-necked swan": NER's place in lower case is a common noun
    if _in_person_name(doc, m):
        return True  # "Israel Adesanya", "Chad Okoro": a given name, whatever NER said
    if _relative_word_of_a_noun(doc, m) and not qualified:
        return True  # "a senior Western official", "leaders of the Gulf states"
    if _before_style(doc, m.end):
        return True  # "a Jordan Valley-style health center": a manner, no place
    if _acronym_of_a_town(m, best):
        return True  # "graduate school at UF": a university, no Russian city called so
    if said_to_be_place(doc, m, qualified):
        return False
    if m.written.lower() in diseases:
        return True
    table = token_table(doc)  # (the word after, for every toponym: no Token)
    if m.end < len(doc) and table.lower[m.end] in NAME_PART_AFTER \
            and (table.is_title[m.end] or table.is_upper[m.end]) \
            and (best is None or best.feature_code != "ADM2") \
            and not _names_a_building(doc, m.end):
        return True  # "Kirkby Avenue", "The Boise Herald"; "Dunmore County Road": a county
    if m.end < len(doc) and table.lower[m.end] in DOCUMENT_WORDS \
            and doc[m.end].is_lower and (best is None or best.feature_class == "P"):
        return True  # "the Minsk agreements": a document named after a town, no place
    if _opens_street_name(doc, m):
        return True  # "her Van Dorn Street apartment": the first word of a street's name
    if best is not None and best.feature_code.startswith("PCL"):
        return False  # "Jordan", "Chad": a country NER or the text named is the country
    if _a_known_person(doc, m, best):
        return True  # "met Sanchez": Spain's prime minister, no Dominican town
    words = m.written.split()
    if len(words) == 1 and words[0].lower() in parts and not _inline_dateline(doc, m):
        return True  # "HOLLIS — The county board ...": a dateline is a place
    if m.text.lower() in common and best is not None and not strong_prior(best) \
            and best.population < settings.common_word_population \
            and m.label != "DATELINE" and not _before_local_word(doc, m):
        return True  # "Humble officials": an English adjective, not a town of that name
    if m.start > 0 and doc[m.start - 1].lower_ in TITLES:
        return True  # "Officer Charleston", "Mr. Whitby"
    if _office_of_a_title(doc, m, words):
        return True  # "Commerce Secretary Gina Raimondo": an office, no Maryland hamlet
    # an acronym NER did not call a place ("FAO"); not an abbreviation ("D.C.") nor a word of
    # a headline or dateline in capitals ("NEW MIAMI —")
    text = m.text.removeprefix("the ")
    return (m.label == "MAYBE" and text.isalpha() and text.isupper()
            and len(text) <= MAX_ACRONYM and not _inline_dateline(doc, m)
            and not (m.start > 0 and doc[m.start - 1].is_upper and doc[m.start - 1].is_alpha)
            and (best is None or not is_broad(best)))


def _office_of_a_title(doc: Doc, m: PlaceMention, words: list[str]) -> bool:
    """A word NER did not call a place that is an office (:data:`OFFICE_TITLES`,
    :data:`~.recall.OFFICE_WORDS`) before a capitalised name or "of" ("Commerce Secretary
    Gina Raimondo", "the Secretary of State"): a title, whatever town bears the word."""
    if m.label != "MAYBE" or len(words) != 1 or m.end >= len(doc):
        return False
    word = words[0].lower()
    if word not in OFFICE_TITLES and word not in OFFICE_WORDS:
        return False
    table = token_table(doc)
    return table.lower[m.end] == "of" or bool(table.is_title[m.end])


def _acronym_of_a_town(m: PlaceMention, best: Candidate | None) -> bool:
    """A short all-capital name NER did not call a place ("at UF", "at MIT") whose reading
    is a town known by those letters only as an alternate name (a code, often foreign: Ufa
    for "UF"), not a country or a state ("US"): an acronym, even after a preposition of
    place, which news writes before universities and companies as before towns."""
    text = m.text.removeprefix("the ")
    return m.label == "MAYBE" and best is not None and best.kind != MAIN \
        and not is_broad(best) and text.isalpha() and text.isupper() \
        and len(text) <= MAX_ACRONYM


def _before_style(doc: Doc, end: int) -> bool:
    """"-style" joined to the name ending at ``end`` ("Soviet-style", "a Jordan
    Valley-style center"): an adjective of manner."""
    table = token_table(doc)  # (asked of nearly every toponym: no Token)
    return end + 1 < len(doc) and table.text[end] in DASHES and not table.whitespace[end - 1] \
        and not table.whitespace[end] and table.lower[end + 1] == "style"


def after_street_address(doc: Doc, start: int) -> bool:
    """The name at token ``start`` follows a street address and its comma ("of 400 S.
    Locust St., Lebanon", "at 12 Mill Road, Dover"): a house number, up to
    :data:`MAX_STREET_WORDS` + 2 words and a street word. An address names its town next."""
    table = token_table(doc)  # (the first tests, which most names fail, without a Token)
    if start < 3 or table.text[start - 1] != "," or table.lower[start - 2] not in STREET_WORDS:
        return False
    first = max(0, start - 3 - MAX_STREET_WORDS - 2)
    return any(doc[i].like_num and doc[i].is_digit for i in range(first, start - 2))


def street_after(doc: Doc, end: int) -> bool:
    """A street's word in title case at token ``end`` ("Palestine Avenue"): the words
    before it are the street's name."""
    table = token_table(doc)
    return end < len(doc) and table.is_title[end] and table.lower[end] in STREET_WORDS


def _opens_street_name(doc: Doc, m: PlaceMention) -> bool:
    """One or two capitalised words and a street word follow the name ("Van Dorn Street",
    "Martin Luther King Boulevard"): it opens the street's name, no place of its own (a
    county before a road stays: "Dunmore County Road")."""
    table = token_table(doc)  # (asked of nearly every toponym: no Token)
    lower, title = table.lower, table.is_title
    if m.text.endswith(("'s", "’s")) or (m.end < len(doc) and lower[m.end] in DIVISION_WORDS):
        return False  # "Rock Hill's Main Street": the town's street
    # word by word, not a slice of the doc per size: each size adds one word to the last
    for size in range(1, MAX_STREET_WORDS + 1):
        if m.end + size >= len(doc):
            return False  # fewer than ``size`` + 1 words follow
        if not all(title[i] for i in range(m.end if size == 1 else m.end + size,
                                           m.end + size + 1)):
            return False
        if lower[m.end + size] in STREET_WORDS:
            return True
    return False


def before_office(doc: Doc, m: PlaceMention) -> bool:
    """The name opens a title: an office follows it among the next capitalised words ("U.S.
    Rep. Jo Ames", "U.S. District Judge Ann Roe", "Pike County Sheriff Jo Ames"), not a
    surname ("Israel Adesanya")."""
    # OFFICE_WORDS too: "Anderson County Sheriff Greg Taylor"
    table = token_table(doc)  # (no slice of the doc, no Token per word)
    for i in range(m.end, min(m.end + MAX_TITLE_WORDS, len(doc))):
        word = table.lower[i]
        if word in OFFICE_TITLES or word in OFFICE_WORDS:
            return True
        if not (table.is_title[i] or table.is_upper[i]):
            return False
    return False


def _names_a_building(doc: Doc, at: int) -> bool:
    """An event's word at ``at`` opens a building's or a body's name ("the Alexandria
    Conference Center"): the name before it is the town the building is in."""
    nxt = doc[at + 1] if at + 1 < len(doc) else None
    return doc[at].lower_ in EVENT_WORDS and nxt is not None and nxt.is_title


def _in_person_name(doc: Doc, m: PlaceMention) -> bool:
    """The name is part of a longer mention the actors stage read as a person's name (not
    the country or state that opens a title: :func:`before_office`)."""
    at = (attribute(doc, "actor_at") or {}).get(m.start)
    if at is None or before_office(doc, m):  # (the cheaper test first: both are pure)
        return False
    actor = (attribute(doc, "actors") or [])[at]
    return actor.info.kind == "person" and actor.start_char <= m.start_char \
        and m.end_char <= actor.end_char and actor.end_char - actor.start_char > len(m.text)


# Relative names (:func:`~.recall.is_relative`) that qualify people and states as often as
# they name a province: a direction, "Gulf". Not "Delta" or "Central", towns' names too.
QUALIFYING_WORDS = COMPASS | {"northern", "southern", "eastern", "western", "gulf"}


def _relative_word_of_a_noun(doc: Doc, m: PlaceMention) -> bool:
    """A direction or "Gulf" (:data:`QUALIFYING_WORDS`) before a common noun in lower case
    qualifies it ("Western officials", "the Gulf states", "Southern farmers"): no province of
    that name. Not before a word of division ("the Western province", "the Eastern provinces";
    "the Gulf states" are no division) or of a local institution."""
    words = m.written.lower().removeprefix("the ").split()
    if not all(w in QUALIFYING_WORDS for w in words):
        return False  # (most names: no Token made for the word after)
    after = doc[m.end] if m.end < len(doc) else None
    return after is not None \
        and after.pos_ == "NOUN" \
        and after.is_lower and after.lemma_.lower() not in DIVISION_WORDS - {"state"} \
        and after.lower_ not in LOCAL_NOUNS


def _a_known_person(doc: Doc, m: PlaceMention, best: Candidate | None) -> bool:
    """The name is exactly a mention the actors stage read as a person of the knowledge base
    (a lone surname of someone in office, a known full name), and the place it would be is
    a small one in another country than the person's: "met Sanchez" names Spain's prime
    minister, not the Dominican town. A town of the person's own country keeps the name
    ("Austin, Indiana" in a story with no date, when "Austin" may be a U.S. secretary)."""
    at = (attribute(doc, "actor_at") or {}).get(m.start)
    if at is None or (m.start > 0 and doc[m.start - 1].lower_ in BEFORE_PLACE):
        return False  # "19, of Martinez": where someone lives
    actor = (attribute(doc, "actors") or [])[at]
    info = actor.info
    return info.kind == "person" and info.kb_id is not None \
        and (actor.start_char, actor.end_char) == (m.start_char, m.end_char) \
        and (best is None or (not strong_prior(best)
                              and iso3_of(best.country_code) != info.country))


def _saints_house(m: PlaceMention) -> bool:
    """"St. Brigid's", "Saint Jude's": a saint's name in the possessive names the church, school
    or hospital dedicated to the saint far more often than a town."""
    text = m.text.removeprefix("the ")
    return text.split()[0].lower() in SAINT_WORDS and text.endswith(("'s", "’s"))


def _inline_dateline(doc: Doc, m: PlaceMention) -> bool:
    """"CLINTON — A town couple", "BEIRUT: The army", "LEBANON (AP) —": an upper-case name
    before a dash, a comma, a colon or a bracket at the start of a sentence. In title case
    such a name is the sentence's subject ("Tolna, free on bail, will be sentenced")."""
    return m.written.isupper() and m.end < len(doc) \
        and doc[m.end].text in ("—", "–", "-", "--", ",", ":", "(") \
        and (m.start == 0 or doc[m.start].is_sent_start or doc[m.start - 1].text in (".", "\n"))


def isolated(c: Candidate, others: Sequence[Candidate], settings: WhereSettings) -> bool:
    """``c`` lies more than ``isolation_km`` from every other resolved place of the article
    and in none of its first-level divisions, nor in a country it names where it names no
    town (a country vouches for its towns where it is all the article says of it: "Kharkiv"
    beside "Ukraine"; beside the article's own towns of that country, a town of it far from
    all of them is as far as abroad: "Congress" 2,000 km from an Ohio story's towns, though
    the story names the United States), nor within half that distance of a country's point
    ("Gaza" beside "Israel")."""
    limit = settings.isolation_km
    towns = {o.country_code for o in others if not is_broad(o) and o.geonameid != c.geonameid}
    for o in others:
        if o.geonameid == c.geonameid:
            continue
        if o.feature_code.startswith("PCL") and (
                (o.country_code == c.country_code and c.country_code not in towns)
                or km(o.lat, o.lon, c.lat, c.lon) <= limit / 2):
            return False
        if o.feature_code == "ADM1" and (o.country_code, o.admin1) == (c.country_code,
                                                                       c.admin1):
            return False
        if not is_broad(o) and abs(o.lat - c.lat) * KM_PER_DEGREE <= limit \
                and km(o.lat, o.lon, c.lat, c.lon) <= limit:
            return False
    return True


def has_centre(places: Sequence[Candidate], settings: WhereSettings) -> bool:
    """The article's places have a centre to be far from: a country or state among them, or
    two places within ``isolation_km`` of each other."""
    limit = settings.isolation_km
    # a continent or a region or water of placenames.yaml ("the North Atlantic") is no centre:
    # :func:`isolated` measures nothing against them, and a port named beside a sea is no
    # stray point
    if any(is_broad(c) and c.feature_code != "CONT" and is_geonames_id(c.geonameid)
           for c in places):
        return True
    points = [c for c in places if not is_broad(c)]
    return any(a.geonameid != b.geonameid and km(a.lat, a.lon, b.lat, b.lon) <= limit
               for i, a in enumerate(points) for b in points[i + 1 :])


def world_city(c: Candidate) -> bool:
    """A capital, a city of at least ``BIG_CITY_POPULATION`` people or a first-level
    division's seat known by its name (:func:`~newsevents.gazetteer.names.seat_city`)."""
    return c.feature_code == "PPLC" or seat_city(c) or (
        c.feature_class == "P" and c.population >= BIG_CITY_POPULATION)


def strong_prior(c: Candidate) -> bool:
    """More than a population prior: an area (country, state, continent), a capital or a
    world city."""
    return is_broad(c) or c.feature_code == "PPLC" or c.population >= BIG_CITY_POPULATION \
        or seat_city(c)


# Tokens after a dateline's place within which a wire agency's bracket opens: "FRANKFURT,
# June 5 (Reuters) -".
WIRE_DATELINE_TOKENS = 8


def wire_dateline(doc: Doc, m: PlaceMention) -> bool:
    """The dateline closes with a wire agency's name in brackets ("FRANKFURT, June 5
    (Reuters) -"): an international report, whose dateline names a town alone only when
    the world knows it (a smaller town carries its state or country: "FRANKFORT, Ky.")."""
    return any(t.text == "(" for t in doc[m.end : m.end + WIRE_DATELINE_TOKENS])


def standalone_dateline(ranked: Ranked, source: str = "",
                        settings: WhereSettings = DEFAULT_SETTINGS) -> Ranked:
    """For a wire dateline's town written alone (``source``: the name's key): the reading
    of the most people first, when it is a sizeable city with several times the people of
    the reading the article's other places chose ("FRANKFURT" is Frankfurt am Main, though
    a story of the Fed names the United States and an Illinois Frankfort lies near an
    Illinois Geneva). Only a town that bears the name as its own or as a spelling of it: a
    city known by it as an old or other name is no town the dateline names ("ISLAMABAD" is
    no Chattogram, "NEW DELHI" no Delhi). When the reading first is a capital, a world
    city or a seat known by its name, the small towns of the name are no readings at all
    (a smaller town carries its state), so that they do not lower its score ("GENEVA"
    beside a Geneva of Illinois)."""
    towns = [(score, c) for score, c in ranked if c.feature_class == "P"
             and (c.kind == MAIN or spelling_variant(c, source, settings))]
    if not ranked or not towns:
        return ranked
    biggest = max(towns, key=lambda sc: sc[1].population)
    top = ranked[0][1]
    if not (biggest[1] is top or biggest[1].population < settings.variant_min_population
            or biggest[1].population
            < settings.standalone_dateline_ratio * max(top.population, 1)):
        ranked = [(max(ranked[0][0], biggest[0]), biggest[1])] + [
            sc for sc in ranked if sc[1] is not biggest[1]]
    if not strong_prior(ranked[0][1]) or is_broad(ranked[0][1]):
        return ranked
    return ranked[:1] + [sc for sc in ranked[1:]
                         if strong_prior(sc[1]) or sc[1].feature_class != "P"]


def far_rival(ranked: Ranked, settings: WhereSettings = DEFAULT_SETTINGS) -> bool:
    """The best reading is a small place (no area, capital or world city) and another town
    in another country scores within ``rival_margin`` of it: the name alone does not say
    which of two namesakes abroad from each other is meant. An area is no such rival: its
    prior is of another kind ("Gaza" the city and the Mozambican province)."""
    s = settings
    if len(ranked) < 2 or strong_prior(ranked[0][1]):
        return False
    top_score, top = ranked[0]
    for score, c in ranked[1:]:
        if top_score - score > s.rival_margin:
            return False  # (sorted: every later reading scores lower still)
        if c.country_code and c.country_code != top.country_code and not is_broad(c):
            return True
    return False


def confidence(ranked: Ranked, settings: WhereSettings = DEFAULT_SETTINGS) -> float:
    """How sure the resolution is, 0-1: the best reading's score on a logistic scale, times
    its margin over the best reading elsewhere (more than ``near_km`` away)."""
    s = settings
    if not ranked:
        return 0.0
    top_score, top = ranked[0]
    elsewhere = [score for score, c in ranked[1:]
                 if km(c.lat, c.lon, top.lat, top.lon) > s.near_km]
    margin = top_score - elsewhere[0] if elsewhere else s.score_margin
    strength = 1.0 / (1.0 + math.exp(-(top_score - s.score_mid) / s.score_spread))
    return strength * (0.5 + 0.5 * min(1.0, max(0.0, margin) / s.score_margin))


def countries_of_its_sentence(doc: Doc, mentions: Sequence[PlaceMention]) -> dict[int, set[str]]:
    """For each mention (by ``id``), the countries the other toponyms of its sentence name as
    countries: a country adjective ("the Tunisian authorities") or a country's name. A
    sentence that says which country it is in vouches for a town of that country in it,
    however far the rest of the article is."""
    by_sentence: dict[int, list[PlaceMention]] = {}
    # the sentences' first tokens, read once as an array (Token.sent builds a Span each
    # time); a Doc made without a parser or sentencizer is read as one sentence
    starts = [0]
    if doc.has_annotation("SENT_START"):
        starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist() or [0]
    for m in mentions:
        by_sentence.setdefault(starts[max(bisect_right(starts, m.start) - 1, 0)], []).append(m)
    vouched: dict[int, set[str]] = {}
    for group in by_sentence.values():
        for m in group:
            vouched[id(m)] = {o.country_code for o in group if o is not m and o.country_code
                              and (o.adjective or (o.feature_code or "").startswith("PCL"))}
    return vouched
