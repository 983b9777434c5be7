"""The ``actors`` stage: find the actors an article names and say who they are.

In:  a parsed ``Doc`` (named entities, lemmas, dependencies) and ``doc._.published``.
Out: ``doc._.actors``, a list of :class:`ActorMention` (character offsets, the surface text and an
     :class:`ActorInfo` with canonical name, kind, country, sector), and
     ``doc._.actor_at``, a map from token index to the index of the mention covering it.

Resolution sits behind one interface, :class:`ActorResolver`: the event stage only reads
``doc._.actors``, so a better resolver (the actor knowledge base) replaces
:class:`GazetteerActorResolver` without touching event extraction.

Resources and settings come through the factory's config (``nlp.add_pipe("newsevents_actors",
config={...})``): the actor tables (``registry.misc`` ``newsevents.actor_tables.v1``), the
GeoNames gazetteer (``newsevents.gazetteer.v1``), the user's knowledge-base files
(``kb_paths``) and the thresholds of :class:`ActorSettings` and
:class:`~newsevents.persons.PersonSettings`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Container, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from itertools import compress
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from . import parse_repairs, resources  # (resources registers what the factory's config names)
from .actor_types import ActorInfo, ActorMention, ActorResolver, mention_of
from .cache import cached, code_part, file_part, phrase_keys
from .datafiles import default_path, load_default
from .dateline import article_dateline, headline_line_end
from .extensions import (
    ENTITIES,
    PARSE,
    TokenTable,
    assigns,
    entities,
    entities_read_once,
    register_extensions,
    token_table,
)
from .gazetteer import BIG_CITY_POPULATION, Gazetteer
from .kb import load_kb, normal_title, unaccented
from .modality import STATEMENT_VERBS
from .persons import PersonResolver, PersonSettings
from .timex import MONTHS
from .where.precision import STREET_WORDS
from .where.recall import INSTITUTION_WORDS
from .words import (
    CROSSING_NOUNS,
    DESTINATION_PREPS,
    DOMESTIC_TITLE_SECTORS,
    EQUIPMENT_NOUNS,
    GIVING_NOUNS,
    GIVING_VERBS,
    LOCAL_OFFICES,
    LOCATIVE_PREPS,
    MEDIA_NOUNS,
    NAMED_EXERCISE_NOUNS,
    OCCUPIER_WORDS,
    ORGANISATION_PART_NOUNS,
    PAIR_NOUNS,
    PAIR_WORDS,
    PERSON_PRONOUNS,
    PLACE_NOUNS,
    PLACE_PART_NOUNS,
    PLACE_PREPS,
    RELATIONAL_ROLES,
    SECURITY_FORCES,
    SETTLER_NOUNS,
    SQUARE_FIRST_WORDS,
    WHEREABOUTS_PREPS,
    joins_words,
    names_a_game,
)

__all__ = ["ActorInfo", "ActorMention", "ActorResolver", "ActorSettings", "ActorTables",
           "ActorsComponent", "GazetteerActorResolver", "build_actor_tables", "make_actors"]

ENTITY_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
# NER labels of the places that name a word a place (not "FAC": a building is no place name)
PLACE_NAME_LABELS = {"GPE", "LOC"}
# Nouns whose name before them is no actor's (see words.py)
NAMING_NOUNS = CROSSING_NOUNS | EQUIPMENT_NOUNS | NAMED_EXERCISE_NOUNS
# Sectors of the state and its arms: their things are the state's ("Russian army trucks").
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "UNK"})
# How many sentences back "the ministry" may refer to "the Russian defence ministry".
ANAPHORA_SENTENCES = 3
# Generic roles that face other countries: the article's dominant state is no guess for them.
FOREIGN_FACING = {"diplomat", "envoy", "ambassador", "emissary", "delegation", "delegate",
                  "mediator", "negotiator", "partner", "ally", "donor", "observer", "monitor",
                  "peacekeeper", "visitor", "foreigner", "investor", "creditor", "lender",
                  "neighbour", "neighbor", "counterpart", "guest", "team", "coalition", "side",
                  "alliance", "bloc", "power", "community", "embassy", "consulate",
                  # the head of a world church, whose travels are his news
                  "pope", "pontiff"}
# Nouns for a business, whose country the story's does not tell: "Apple cut its forecast for
# China; the company ..." is no Chinese company.
BUSINESS_NOUNS = {"company", "firm", "corporation", "conglomerate", "multinational", "airline",
                  # and the people who run or own one: "two executives" of sanctioned
                  # firms in a report from Washington are no Americans
                  "executive", "tycoon", "shareholder", "entrepreneur"}
# Nouns by which a text calls the name after them a body ("the French nuclear group Orano",
# "the state oil firm Sonangol", "rebel group M23"): the name is no city's, whatever city
# shares it.
BODY_NOUNS = BUSINESS_NOUNS | {"group", "giant", "maker", "operator", "producer", "carrier",
                               "bank", "lender", "insurer", "miner", "retailer",
                               "supplier", "party", "movement", "agency", "outlet"}
# Abbreviated titles NER takes into a person's name ("former PM Khan", "Gen. Ali Salem"),
# without their full stop.
TITLE_ABBREVIATIONS = frozenset({"pm", "gen", "lt", "col", "maj", "sgt", "capt", "cmdr", "adm",
                                 "sen", "rep", "gov", "pres", "amb", "supt", "insp"})
# Malaysian and Bruneian honorifics NER takes into a name or for a name of their own
# ("Prime Minister Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin"): no part of the name.
# "Seri", "Sri" and "Tan" only after one of the first ("Tan" alone is a surname, "Sri" opens
# "Sri Lanka").
HONORIFICS = frozenset({"datuk", "dato", "dato'", "datin", "tun", "toh", "tunku"})
HONORIFIC_SECONDS = frozenset({"seri", "sri", "puan"})
HONORIFIC_PAIRS = frozenset({("tan", "sri"), ("puan", "sri")})
# The numbers of a monarch's or a pope's name: "King Mohammed VI", "Pope Leo XIV".
REGNAL_NUMBERS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
                            "XII", "XIII", "XIV", "XV", "XVI"})
# Words that rank a title rather than name one ("Deputy Secretary", "deputy minister").
RANK_WORDS = {"deputy", "vice", "assistant", "acting", "associate"}
# People who are by definition from elsewhere, or on the move: in a story about Greece,
# "migrants rescued off Lesbos" are no Greeks (nor are settlers of the land they settle).
MOVING_PEOPLE = {"migrant", "immigrant", "emigrant", "refugee", "seeker", "expatriate",
                 "expat", "tourist", "exile", "evacuee"} | SETTLER_NOUNS
# Modifiers that set a generic actor apart from the story's own side: "other countries",
# "foreign troops", "neighbouring states".
OTHERS_WORDS = {"other", "another", "foreign", "neighbouring", "neighboring", "overseas",
                "outside", "international"}
# The press a statement is made to ("he told reporters" in Geneva): as often foreign as not.
PRESS_NOUNS = {"reporter", "journalist", "correspondent", "press", "media", "newsman",
               "newswoman", "photographer", "cameraman"}
# Nouns by which a text refers back to a state it named: "the country", "the nation".
COUNTRY_NOUNS = {"country", "nation"}
# Prepositions by which a phrase spreads its actors over an area: "leaders across Latin
# America", "governments around the world" are of many countries.
SPREAD_PREPS = {"across", "around", "throughout"}
# Roles that a city standing for an institution's seat gives to the institution: "Brussels
# officials", "the Brussels team" are the EU's; "Brussels police" and "the Brussels mayor"
# are the city's.
SEAT_VIA = "seat for its institutions"
SEAT_ROLES = FOREIGN_FACING | {"official", "leader", "source", "spokesman", "spokeswoman",
                               "spokesperson", "commissioner", "regulator", "policymaker",
                               "bureaucrat", "technocrat", "institution", "executive"}
# Generic actors whose country neither the story nor the city they are in tells.
NOT_LOCAL = frozenset(FOREIGN_FACING | PRESS_NOUNS)
# "the group said": an armed group, a charity or a firm, of any country; the knowledge base's
# group named before it is its referent (see _groups_named_before), the story's country none.
VAGUE_BODIES = frozenset({"group", "organisation", "organization"})
NO_GUESSED_COUNTRY = NOT_LOCAL | BUSINESS_NOUNS | MOVING_PEOPLE | VAGUE_BODIES


@dataclass(frozen=True)
class ActorSettings:
    """The actors stage's own thresholds (the person matcher's are in ``PersonSettings``)."""

    # How far back, in sentences, "he"/"she" looks for the person it stands for: news names
    # a person and goes on with a pronoun for a sentence or two, rarely longer.
    pronoun_window_sentences: int = 2
    # A single-word "person" or "organisation" that is a city this big is the city ("shelled
    # Kharkiv"): its people and authorities, with the city's country.
    city_actor_population: int = BIG_CITY_POPULATION


DEFAULT_SETTINGS = ActorSettings()
DEFAULT_PERSON_SETTINGS = PersonSettings()


@dataclass(frozen=True)
class ActorTables:
    """Lookup tables built from countries.yaml, igos.yaml, groups.yaml and agents.yaml."""

    names: dict[str, ActorInfo]  # lower-cased name or alias -> actor
    demonyms: dict[str, str]  # lower-cased demonym -> iso3
    capitals: dict[str, ActorInfo]
    agents: dict[str, tuple[str, float]]  # lemma (may be multiword) -> (sector, weight)
    country_names: dict[str, str]  # iso3 -> name
    surfaces: frozenset[str]  # every name, alias, capital and demonym as written in the data
    ambiguous: frozenset[str]  # lower-cased strings with common other readings ("Georgia")
    person_nouns: frozenset[str] = frozenset()  # agent lemmas naming one person ("minister")
    # agent lemma -> modifiers with which it names no actor ("excessive force")
    agent_blockers: dict[str, frozenset[str]] = field(default_factory=dict)
    # agent lemma -> modifiers one of which it needs to name an actor ("Western powers")
    agent_needs: dict[str, frozenset[str]] = field(default_factory=dict)
    # lower-cased names of a state's institutions ("foreign office", "white house")
    metonyms: frozenset[str] = frozenset()
    # agent lemma -> verbs or nouns of which the bare noun is the object of an idiom ("joined
    # forces", "the use of force")
    agent_idioms: dict[str, frozenset[str]] = field(default_factory=dict)

    @cached_property
    def agent_last_words(self) -> frozenset[str]:
        """The last word of every agent lemma ("minister" of "prime minister", "police"): a
        noun whose lemma is none of them ends no listed agent phrase."""
        return frozenset(words[-1] for lemma in self.agents if (words := lemma.split()))


def _aliases(entry: dict[str, Any]) -> list[str]:
    """Name and aliases, without a leading "the" (the matcher finds the bare name)."""
    return [_bare(a) for a in (entry["name"], *entry.get("aliases", []))]


def _bare(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _groups() -> list[dict[str, Any]]:
    """Armed groups, parties and movements (``groups.yaml``)."""
    return load_default("groups")["groups"] if default_path("groups.yaml").exists() else []


TABLE_FILES = ("countries", "igos", "groups", "agents")


def build_actor_tables() -> ActorTables:
    """The lookup tables of the shipped data files, from the start-up cache when the files,
    their schemas and this module are unchanged (reading and validating them takes 0.4 s).
    The default of the stage's ``tables`` (``newsevents.actor_tables.v1``, see ``resources``)."""
    parts: list[bytes | str | None] = [code_part("actors.py", "actor_types.py", "datafiles.py")]
    for name in TABLE_FILES:
        data = default_path(f"{name}.yaml")
        # groups.yaml is optional: its absence is a part of the key, not an unreadable file
        parts += [file_part(data) if data.exists() else f"no {name}",
                  file_part(default_path(f"{name}.schema.json"))]
    return cached("actors", parts, _read_tables)


def _read_tables() -> ActorTables:
    """Read the shipped data files into lookup tables."""
    countries = load_default("countries")["countries"]
    names: dict[str, ActorInfo] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, ActorInfo] = {}
    country_names = {c["iso3"]: c["name"] for c in countries}
    for c in countries:
        state = ActorInfo(key=f"state:{c['iso3']}", name=c["name"], kind="state",
                          country=c["iso3"], sector="GOV")
        for alias in _aliases(c):
            names.setdefault(alias.lower(), state)
        for demonym in c.get("demonyms", []):
            demonyms.setdefault(demonym.lower(), c["iso3"])
        for capital in c.get("capitals", []):
            capitals.setdefault(capital.lower(), replace(state, via="capital for its government"))
        for metonym in c.get("metonyms", []):
            text = metonym["text"] if isinstance(metonym, dict) else metonym
            sector = metonym.get("sector", "GOV") if isinstance(metonym, dict) else "GOV"
            # "the Kremlin" is the Russian state itself; "the Pentagon" a body of its own
            names.setdefault(_bare(text).lower(), state if sector == "GOV" else ActorInfo(
                key=f"body:{_bare(text).lower()}", name=_bare(text), kind="organization",
                country=c["iso3"], sector=sector))
    orgs = load_default("igos")
    for igo in orgs.get("igos", []):
        info = ActorInfo(key=f"igo:{igo['code']}", name=igo["name"], kind="organization",
                         country="IGO", sector=igo.get("sector", "IGO"), igo=igo["code"])
        for alias in _aliases(igo) + [_bare(m) for m in igo.get("metonyms", [])]:
            names.setdefault(alias.lower(), info)
        for seat in igo.get("seats", []):  # "Brussels said": like a capital, when it acts
            capitals.setdefault(seat.lower(), replace(info, via=SEAT_VIA))
    for ngo in orgs.get("ngos", []):
        info = ActorInfo(key=f"ngo:{ngo['name'].lower()}", name=ngo["name"], kind="organization",
                         country="NGO", sector=ngo.get("sector", "NGO"))
        for alias in _aliases(ngo):
            names.setdefault(alias.lower(), info)
    groups = _groups()
    for group in groups:
        info = ActorInfo(key=f"group:{group['code']}", name=group["name"], kind="organization",
                         country=group["country"], sector=group["sector"],
                         wikidata=group.get("wikidata"))
        for alias in _aliases(group):
            names.setdefault(alias.lower(), info)
    agent_rows = load_default("agents")["agents"]
    agents = {a["lemma"].lower(): (a["sector"], float(a.get("weight", 1.0))) for a in agent_rows}
    surfaces = {a for c in countries for a in _aliases(c) + c.get("demonyms", [])
                + c.get("capitals", [])}
    surfaces |= {a for g in groups for a in _aliases(g)}
    surfaces |= {_bare(m["text"] if isinstance(m, dict) else m)
                 for c in countries for m in c.get("metonyms", [])}
    surfaces |= {a for o in orgs.get("igos", []) + orgs.get("ngos", []) for a in _aliases(o)}
    surfaces |= {_bare(a) for o in orgs.get("igos", [])
                 for a in o.get("metonyms", []) + o.get("seats", [])}
    ambiguous = {_bare(a).lower()
                 for e in countries + orgs.get("igos", []) + orgs.get("ngos", []) + groups
                 for a in e.get("ambiguous", [])}
    person_nouns = frozenset(a["lemma"].lower() for a in agent_rows if a.get("person"))
    blockers = {a["lemma"].lower(): frozenset(a["not_with"]) for a in agent_rows
                if a.get("not_with")}
    needs = {a["lemma"].lower(): frozenset(a["only_with"]) for a in agent_rows
             if a.get("only_with")}
    metonyms = frozenset(_bare(m["text"] if isinstance(m, dict) else m).lower()
                         for c in countries for m in c.get("metonyms", []))
    idioms = {a["lemma"].lower(): frozenset(a["not_object_of"]) for a in agent_rows
              if a.get("not_object_of")}
    return ActorTables(names, demonyms, capitals, agents, country_names, frozenset(surfaces),
                       frozenset(ambiguous), person_nouns, blockers, needs, metonyms, idioms)


class GazetteerActorResolver:
    """Actors from spaCy's entities, corrected by a phrase matcher over country, IGO and NGO
    names, capitals, seats of government and demonyms, plus generic agent nouns
    ("police", "Ukrainian forces") with the country taken from their modifiers.

    Persons are grouped by surname within the article ("Olaf Scholz" ... "Scholz").
    ``tables`` and ``places`` (the GeoNames gazetteer) default to the packaged ones.
    """

    def __init__(self, nlp: Language, tables: ActorTables | None = None,
                 kb_paths: tuple[str, ...] = (), places: Gazetteer | None = None,
                 settings: ActorSettings = DEFAULT_SETTINGS,
                 person_settings: PersonSettings = DEFAULT_PERSON_SETTINGS):
        self.gaz = tables or build_actor_tables()
        self.places = places if places is not None else resources.default_gazetteer()
        self.settings = settings
        self.persons = PersonResolver(nlp, load_kb(kb_paths), person_settings)
        self.matcher_cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._texts = {**self.gaz.names, **self.gaz.capitals}
        surfaces = sorted(self.gaz.surfaces)
        # The phrases tokenised exactly as the pipeline does, as the matchers store them.
        keys = phrase_keys(nlp, surfaces, "phrases-actors")
        cased, lower = [], []
        for surface, (orth, lower_case) in zip(surfaces, keys, strict=True):
            # Short or upper-case aliases ("US", "UN", "EU") must match case-sensitively,
            # otherwise the pronoun "us" becomes the United States.
            short = len(surface) <= 4 or surface.isupper()
            if short:
                cased.append(orth)
            else:
                lower.append(lower_case)
        self.matcher_cased.add("ACTOR", cased)
        self.matcher_lower.add("ACTOR", lower)

    def resolve(self, doc: Doc) -> list[ActorMention]:
        # Overlapping mentions of the two matchers: the longest wins, then the earliest, as
        # spaCy's filter_spans chooses spans (it reads only ``start`` and ``end``).
        found = self.persons.exact(doc) + self._gazetteer_mentions(doc)
        mentions: list[ActorMention] = filter_spans(found)  # type: ignore[arg-type]
        # the tokens of the mentions so far, grown with each finder's (which only reads it)
        taken = {i for m in mentions for i in range(m.start, m.end)}
        for find in (self.persons.run_together, self._entity_mentions,
                     self.persons.unlabelled_names, self._agent_mentions,
                     self.persons.lone_surnames):
            found = find(doc, taken)
            mentions += found
            taken.update(i for m in found for i in range(m.start, m.end))
        mentions += _surnames_missed_by_ner(doc, mentions)
        mentions += self._halves_of_korea(doc, mentions, taken)
        mentions.sort(key=lambda m: m.start)
        _one_body_per_story(mentions)
        mentions = _corefer_titles(doc, _link_surnames(mentions), self.persons.titles)
        self._parties_of_another_country(doc, mentions)
        _groups_named_before(doc, mentions)
        pronouns = _pronouns(doc, mentions, self.gaz.person_nouns,
                             self.settings.pronoun_window_sentences)
        mentions = sorted(mentions + pronouns, key=lambda m: m.start)
        mentions = _appositive_country(doc, _country_of_body(doc, mentions))
        _titled_by_a_body(doc, mentions, self.gaz.person_nouns)
        _speakers_own_offices(doc, mentions)
        _held_by_a_state(doc, mentions)
        mentions = self._local_country(doc, self._country_of_location(doc, mentions))
        # (again: a body may have its country only now, "the leader of the Choneros gang")
        return _sector_of_the_body_led(doc, _appositive_country(
            doc, _country_of_body(doc, mentions)))

    def _halves_of_korea(self, doc: Doc, mentions: list[ActorMention], taken: set[int]
                         ) -> list[ActorMention]:
        """"The North" and "the South" of a story that names either Korea as a state: the
        two Koreas, as Korean news calls them ("the unification ministry said the North had
        blown up roads"). Not a place ("troops in the North"), not the first word of a
        longer name ("the North Atlantic")."""
        if not any(m.info.kind == "state" and m.info.country in KOREAN_HALVES.values()
                   for m in mentions):
            return []
        words = token_table(doc)
        found = []
        for i, lower in enumerate(words.lower):
            code = KOREAN_HALVES.get(lower)
            if code is None or i in taken or i == 0 or words.lower[i - 1] != "the" \
                    or not words.text[i][0].isupper() or (
                        i + 1 < len(doc) and words.pos[i + 1] in ("PROPN", "NOUN")):
                continue
            span = doc[i:i + 1]
            if not _is_locative(span):
                found.append(mention_of(span, replace(
                    self._texts[self.gaz.country_names[code].lower()],
                    via="the North or the South of a story of the Koreas")))
        return found

    def _parties_of_another_country(self, doc: Doc, mentions: list[ActorMention]) -> None:
        """A party of the knowledge base (or a group whose name it lists as ambiguous) named
        in a report filed from another country that the text names more often than the
        party's ("the main opposition Democratic Party" in a report from Seoul is no American
        party, Tunis's National Salvation Front no South Sudanese rebels): parties of many
        countries share a name, and a report from a country tells of its own. So do the
        bodies of the knowledge base with a common name ("marched to Congress" in Buenos
        Aires). The mention keeps its name and sector, with the country of a state named
        right before it ("the Botswana Democratic Party") or none."""
        home = self._dateline_country(doc, article_dateline(doc))
        if home is None:
            return
        named = [m.info.country for m in mentions
                 if m.info.kind in ("state", "agent", "person") and m.info.country]
        for m in mentions:
            party = m.info
            # (and a movement's or a body's name that those of other countries bear too, which
            # the knowledge base lists as ambiguous: "the opposition National Salvation
            # Front", "Congress")
            shared = (party.sector == "PTY" and party.key.startswith("group:")) or (
                party.key.startswith(("group:", "body:")) and m.text.lower() in self.gaz.ambiguous)
            if not shared or party.country in (None, home) \
                    or named.count(party.country) > named.count(home):  # (the dateline, a vote)
                continue
            # "the Botswana Democratic Party": the state named right before it
            own = _state_code(self.gaz.names.get(doc[m.start - 1].lower_)) if m.start else None
            # (another movement's sector is what the words before it say: "the opposition")
            sector = party.sector if party.sector == "PTY" or party.key.startswith("body:") \
                else self._modifier_country_sector(doc[m.start:m.end],
                                                   skip=range(m.start, m.end))[1]
            m.info = ActorInfo(key=f"organization:{m.text.lower()}", name=party.name,
                               kind="organization", sector=sector, country=own,
                               via=f"{party.via or 'name'}; not {party.country}'s in a report "
                                   f"from {home}")

    def _country_of_location(self, doc: Doc,
                             mentions: list[ActorMention]) -> list[ActorMention]:
        """"police in Kharkiv", "the mayor of Los Angeles": a generic actor with no country
        of its own said to be in a city takes the city's country (a capital's, or a city of at
        least ``city_actor_population`` people in the gazetteer). Not a role that faces
        other countries: "the envoys in Oslo", "the embassy in Kabul" are as often foreign;
        nor one a named body with a country of its own modifies: "M23 rebels in Doha for
        talks" are Congo's, as the body makes them later."""
        named: set[int] | None = None  # (the tokens of named bodies and states, when needed)
        for m in mentions:
            if m.info.kind != "agent" or m.info.country is not None or m.info.sector == "NGO":
                continue  # (before the Span and its root, which only a generic actor needs)
            span = doc[m.start:m.end]
            root = span.root.lemma_.lower()
            if root in NOT_LOCAL or root in MOVING_PEOPLE:
                continue  # ("aid workers in Gaza", "refugees in Jordan" are of any country)
            if named is None:
                named = {i for n in mentions if n.info.kind in ("organization", "state")
                         and n.info.country not in (None, "IGO") for i in range(n.start, n.end)}
            if any(i in named for i in _modifier_ids(span)):
                continue
            # "the mayor of Los Angeles" is the city's too
            for prep in doc[m.end - 1].children:
                if prep.dep_ != "prep" or (prep.lower_ not in WHEREABOUTS_PREPS
                                           and prep.lower_ != "of"):
                    continue
                place = next((c for c in prep.children if c.dep_ == "pobj"
                              and c.pos_ == "PROPN"), None)
                country = None if place is None else (  # "a special tribunal in Bangladesh"
                    self._city_country(place) or _state_code(self.gaz.names.get(place.lower_)))
                if country:
                    m.info = replace(m.info, country=country, country_from=place.i,
                                     via=f"{m.info.via}; in {place.text}")
                    break
            else:
                place = self._state_set_before(doc, m)
                if place is not None:
                    m.info = replace(m.info,
                                     country=_state_code(self.gaz.names[place.text.lower()]),
                                     country_from=place.start,
                                     via=f"{m.info.via}; its clause opens in {place.text}")
        return mentions

    def _state_set_before(self, doc: Doc, m: ActorMention) -> Span | None:
        """The name of the state a clause opens in, when the generic actor ``m`` is its
        subject: "In neighbouring Niger, jihadists kidnapped an aid worker", "In Burkina
        Faso, the military authorities expelled ...", as a round-up of news moves from one
        country to the next; the story's own country is not theirs. The whole name ("In
        South Sudan" is no Sudan; the tagger's compound "neighbouring" no word of it); None
        when the clause opens otherwise."""
        subject = doc[m.end - 1]
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for prep in subject.head.children:
            if prep.i >= m.start:
                return None  # (the children come in the text's order: only those before it)
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is None or place.pos_ != "PROPN":
                continue
            # the whole name: its capitalised words before the last ("Burkina Faso")
            first = place.i
            while first > prep.i + 1 and doc[first - 1].is_title \
                    and doc[first - 1].head.i == place.i:
                first -= 1
            name = doc[first : place.i + 1].text.lower()
            if _state_code(self.gaz.names.get(name)):
                return doc[first : place.i + 1]
        return None

    def _city_country(self, token: Token) -> str | None:
        """The country of the capital, big city or first-level division ``token`` names."""
        capital = self.gaz.capitals.get(token.text.lower())
        if capital is not None and capital.kind == "state":  # "police in Brussels": Belgian
            return capital.country
        # "Los Angeles": the whole name the entity recogniser found, not its last word
        ent = next((e for e in entities(token.doc) if e.start <= token.i < e.end
                    and e.label_ in ("GPE", "LOC")), None)
        span = ent if ent is not None else token.doc[token.i : token.i + 1]
        readings = self.places.lookup(span.text)
        # a big city, else ("police in Ohio") a first-level division the name reads first as
        place = self._big_city_of(readings) or next(
            (c for c in readings[:1] if c.feature_code == "ADM1"), None)
        return self.places.iso3(place.country_code) if place is not None else None

    def _city_actor(self, ent: Span) -> ActorInfo | None:
        """A city of at least ``city_actor_population`` people named by ``ent``, as an
        actor: its people and authorities, sector CVL (the where stage places it)."""
        city = self._big_city(ent.text)
        if city is None:
            return None
        return ActorInfo(key=f"city:{city.geonameid}", name=city.name, kind="agent",
                         country=self.places.iso3(city.country_code), sector="CVL",
                         via=f"city of {city.population:,} people (gazetteer)",
                         country_from=ent.start)

    def _city_in_its_name(self, span: Span) -> tuple[str | None, int | None]:
        """The country of a big city named among an agent phrase's own words, before its
        noun ("Mumbai police", "Lagos traders"), and where it is named; else (None, None)."""
        table = token_table(span.doc)
        if table.lemma_lower[span.root.i] in NOT_LOCAL | MOVING_PEOPLE:
            return None, None  # "the Istanbul correspondent", "Lviv refugees": of anywhere
        for i in range(span.start, span.root.i):
            # (a name the tagger may take for an adjective: "Lagos traders")
            if table.text[i][:1].isupper() and (
                    table.pos[i] == "PROPN" or span.doc[i].ent_type_ in ("GPE", "LOC")):
                city = self._big_city(table.text[i])
                if city is not None:
                    return self.places.iso3(city.country_code), i
        return None, None

    def _big_city(self, name: str) -> Any:
        """The first city of the gazetteer called ``name``, if it has at least
        ``city_actor_population`` people (a Candidate), else None."""
        return self._big_city_of(self.places.lookup(name))

    def _big_city_of(self, readings: Sequence[Any]) -> Any:
        """The first city among a name's gazetteer ``readings``, if it is a big one."""
        city = next((c for c in readings if c.feature_class == "P"), None)
        if city is None or city.population < self.settings.city_actor_population:
            return None
        return city

    def _cities_named(self, doc: Doc, mentions: list[ActorMention]) -> list[tuple[int, str]]:
        """(token, country) of the big cities the article names as places, not as actors ("a
        rally in Mumbai", "the Bombay High Court"), and of the cities that act: evidence of
        where the story is."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        found = [(m.start, m.info.country) for m in mentions
                 if m.info.key.startswith("city:") and m.info.country]
        persons = {i for m in mentions if m.info.kind == "person" for i in range(m.start, m.end)}
        table = token_table(doc)
        for ent in entities(doc):
            if ent.label_ == "GPE" and ent.start not in taken \
                    and not _said_of_a_person(table, ent.start, persons):
                city = self._big_city(ent.text)
                country = self.places.iso3(city.country_code) if city is not None else None
                if country:
                    found.append((ent.start, country))
        return found

    @staticmethod
    def _where_each_paragraph_is(starts: list[int], cities: list[tuple[int, str]],
                                 dateline: tuple[int, str] | None) -> dict[int, str]:
        """By paragraph (its first token), the one country of the cities it names (and of
        the dateline, for the paragraph that opens with it), when they agree on more than
        half: a paragraph set in Kolkata is about India's police and students, though the
        story quotes Bangladesh more often. ``starts``: the paragraphs' first tokens;
        ``dateline``: the dateline's first token and country, if it gives one."""
        found: dict[int, list[str]] = {}
        for i, country in [*cities, *([dateline] if dateline is not None else [])]:
            found.setdefault(starts[bisect_right(starts, i) - 1], []).append(country)
        return {start: c for start, countries in found.items()
                if (c := _majority(countries)) is not None}

    def _local_country(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """Generic actors with no country of their own ("police", "protesters") are taken to
        be of the article's country: the country with more than half of the article's
        evidence, which is its state mentions, the generic actors whose own words give a
        country ("Venezuelan security forces"), the big cities it names as places and its
        dateline's country; not for rights
        groups, charities and aid workers, as often foreign as local. A dateline alone
        is not enough when other states are named: a report from Brussels is rarely about
        Belgium; and a story from Caracas about Venezuelan forces in which Washington speaks
        twice is not American."""
        words = token_table(doc).text
        # (a patron is no evidence: "Russian-backed separatists" are not of Russia's story)
        mentioned = [m.info.country for m in mentions if m.info.country and (
            m.info.kind == "state" or _a_states_body(m.info))
            and not _patron(words, m.end - 1) and not _go_between(doc[m.start:m.end].root)]
        cities = self._cities_named(doc, mentions)
        acting = {m.start for m in mentions if m.info.key.startswith("city:")}
        placed = [(i, country) for i, country in cities if i not in acting]  # (counted above)
        evidence = mentioned + [country for _, country in placed]
        opening = article_dateline(doc)
        dateline = self._dateline_country(doc, opening)
        country = _majority(evidence + ([dateline] if dateline else []))
        # (the dateline's own city is no mention of its country in the story)
        in_body = mentioned + [c for i, c in placed
                               if opening is None or not opening[0] <= i < opening[1]]
        if dateline is not None and country != dateline and dateline in in_body:
            # a report from Caracas that names the United States more often than Venezuela:
            # "the government" and "political prisoners" may be either's
            country = None
        starts = _paragraph_starts(doc)
        opening_paragraph = (opening[0], dateline) if opening and dateline else None
        if opening_paragraph is not None and _another_state_in_its_paragraph(
                starts, opening[0], dateline, mentions):
            # "DUBAI (Reuters) - Iran hanged a man": a report filed from abroad, whose
            # people are of the state it tells of
            opening_paragraph = None
            cities = [(i, c) for i, c in cities if not opening[0] <= i < opening[1]]
        local = self._where_each_paragraph_is(starts, cities, opening_paragraph)
        at = {i: m for m in mentions for i in range(m.start, m.end)}
        facing = _counterparts_countries(doc, mentions)
        # (a mention's sentence from the table's sentence starts: Span.sent walks the
        # sentence and makes a Span)
        sentence_start = token_table(doc).sentence_start
        for m in mentions:
            if m.info.kind != "agent" or m.info.country is not None:
                continue
            span = doc[m.start:m.end]
            # a named group, body or city before it: "Al-Shabaab militants", "Athens
            # journalists" (a capital stands for its state, as everywhere in the record)
            relational = span.root.lemma_.lower() in RELATIONAL_ROLES
            dep = token_table(doc).dep
            # (the name nearest the noun: "ICC ... Hamas commander" is Hamas's)
            # ("a BBC Moscow correspondent": no Russian; "Athens journalists" are Greek)
            posted = span.root.lemma_.lower() in POSTED_ROLES
            named = [i for i in _modifier_ids(span) if i in at
                     and at[i] is not m and at[i].info.kind != "person"
                     and not (relational and dep[i] == "poss") and not _patron(words, i)
                     and not _stance(words, i)
                     and not (posted and words[i].lower() in self.gaz.capitals)]
            if len({at[i].info.country for i in named if at[i].info.kind == "state"}) > 1:
                continue  # "Greece and Turkey leaders": of neither alone
            group = at[max(named, key=lambda i: i if i < span.root.i else -1)] if named else None
            # ("both leaders" are the two named before, not the last one)
            both = _two_sides(span)
            earlier = _antecedent(doc, span, mentions) if group is None and not both else None
            below = _named_in_full_below(doc, span, mentions) \
                if group is None and earlier is None and not both else None  # "Settlers torch cars"
            if group is None and earlier is None and not relational:
                # "Gustavo Petro's government", "the Biden administration": the person
                # whose it is
                earlier = next((at[i] for i in _modifier_ids(span) if i in at
                                and dep[i] in ("poss", "compound")
                                and at[i].info.kind == "person"
                                and at[i].info.country not in (None, "IGO")), None)
            if group is not None and group.info.via == SEAT_VIA \
                    and span.root.lemma_.lower() not in SEAT_ROLES:
                city = self._city_actor(doc[group.start:group.end])  # "Brussels police"
                if city is not None:
                    m.info = replace(m.info, country=city.country, country_from=group.start,
                                     via=f"{m.info.via}; in {group.text}")
            elif group is not None and group.info.country:  # "Al-Shabaab militants"
                m.info = replace(m.info, country=group.info.country, country_from=group.start,
                                 igo=group.info.igo or m.info.igo,
                                 via=f"{m.info.via}; country of {group.text}")
            elif earlier is not None:  # "Russia's defence ministry ... the ministry said"
                m.info = replace(m.info, country=earlier.info.country,
                                 via=f"{m.info.via}; as {earlier.text} before it")
            elif below is not None:  # the headline's "Settlers", "Israeli settlers" below
                m.info = replace(m.info, country=below.info.country,
                                 via=f"{m.info.via}; as {below.text} below it")
            elif _occupier(words, m):
                # "the occupation army" in a story from the West Bank is not Palestinian:
                # the occupier the story names, or no guess
                if (named_occupier := _named_occupier(m, mentions, words)) is not None:
                    m.info = replace(m.info, country=named_occupier.info.country,
                                     via=f"{m.info.via}; as {named_occupier.text}")
            elif group is None and not posted \
                    and (city := self._city_in_its_name(span))[0] is not None:
                # "Mumbai police", "Bombay police": a big city's own (after the article's
                # evidence is counted, where the city's name is no more than a place named)
                m.info = replace(m.info, country=city[0], country_from=city[1],
                                 via=f"{m.info.via}; {words[city[1]]} in its name")
            elif words[m.start].lower() in PERSON_PRONOUNS \
                    and (named := _antecedent_info(m, mentions, words)) is not None:
                # "he" for "the pontiff": what was guessed for the noun, or nothing if its own
                # words forbade a guess
                m.info = replace(m.info, country=named.country,
                                 country_guessed=named.country_guessed)
            elif group is not None or self._placed_by_own_words(span) \
                    or m.info.sector in UNGUESSED_SECTORS \
                    or _refers_to_the_countryless(doc, span, mentions) \
                    or _of_the_countryless(doc, span, at):
                continue
            elif m.info.sector != "GOV" \
                    and (here := local.get(starts[bisect_right(starts, m.start) - 1])) \
                    and here not in facing.get(sentence_start(m.start), ()):
                # (people of the place: police, protesters, farmers; "the two leaders" who
                # met in Paris are no more French than Spanish)
                m.info = replace(m.info, country=here, country_guessed=True,
                                 via=f"{m.info.via}; country {here} of its paragraph's places")
            elif country is not None and country not in facing.get(sentence_start(m.start), ()):
                m.info = replace(m.info, country=country, country_guessed=True,
                                 via=f"{m.info.via}; country {country} from the article")
        if country is not None:
            self._titled_people_of_the_story(doc, mentions, country, facing)
        return mentions

    def _titled_people_of_the_story(self, doc: Doc, mentions: list[ActorMention], country: str,
                                    facing: dict[int, set[str]]) -> None:
        """A person the knowledge base does not know, named after a title of a state's own
        offices that names no country or body ("Government spokesman Michael Makuei",
        "Prime Minister K.P. Sharma Oli", "Opposition candidate Venancio Mondlane"), is of
        the article's ``country``, as "the government" and "the opposition" are: a story
        gives a foreign office holder his country ("Kenya's interior minister"); and so is
        every other mention of that person."""
        at = {i: m for m in mentions for i in range(m.start, m.end)}
        found: dict[str, ActorInfo] = {}
        for m in mentions:
            if m.info.kind != "person" or m.info.country is not None \
                    or country in facing.get(token_table(doc).sentence_start(m.start), ()):
                continue
            title = _title_before(doc, m)
            # (the title's last two words first: "chief justice")
            hit = next((self.gaz.agents[w] for w in (
                " ".join(t.lemma_.lower() for t in title[-2:]), title[-1].lemma_.lower())
                if w in self.gaz.agents), None) if title else None
            if hit is None or hit[0] not in DOMESTIC_TITLE_SECTORS \
                    or any(t.i in at or t.lower_ in self.gaz.demonyms for t in title):
                continue
            if title[-1].lemma_.lower() in LOCAL_OFFICES:
                # "Voronezh governor Ivan Sorokin": the big city his office names says his
                # country, and no other is guessed for him
                # (a name the tagger may take for an adjective: "Voronezh governor")
                city = next((c for t in title[:-1]
                             if t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper()
                             and (c := self._big_city(t.text)) is not None), None)
                if city is not None:
                    m.info = replace(m.info, country=self.places.iso3(city.country_code),
                                     sector=m.info.sector or hit[0],
                                     via=f"{m.info.via}; {title[-1].text} of {city.name}")
                    found[m.info.key] = m.info
                    continue
            m.info = replace(m.info, country=country, country_guessed=True,
                             sector=m.info.sector or hit[0],
                             via=f"{m.info.via}; {title[-1].text} of the article's {country}")
            found[m.info.key] = m.info
        for m in mentions:  # the person's other mentions: "Vidal spoke after ..."
            if m.info.kind == "person" and m.info.country is None and m.info.key in found:
                m.info = found[m.info.key]

    def _placed_by_own_words(self, span: Span) -> bool:
        """True when a generic actor's own words say where it is from, or that it is from
        elsewhere, so that the article's country must not be guessed for it:

        - a role that faces other countries ("a diplomat", "the envoys", "the partners",
          "donors", "mediators"): in a story about Sudan, a diplomat is as often foreign;
        - a capitalised modifier that is no country ("an Asian diplomat", "the Gulf states",
          "the new Brussels team", "Western officials"): a region, a city or a group;
        - an "of"/"from" phrase naming who it belongs to ("leaders of the Gulf states"),
          whatever that says, or one spreading it over an area ("leaders across Latin
          America");
        - the two parties of an encounter ("the two leaders", "both sides"), of two
          countries."""
        root = span.root
        if root.lemma_.lower() in NO_GUESSED_COUNTRY:
            return True
        if root.lemma_.lower() in PAIR_NOUNS and any(c.lower_ in PAIR_WORDS
                                                      for c in root.children):
            return True  # "the two leaders": one of each side, of neither's country alone
        if any(t.lower_ in OTHERS_WORDS for t in _modifiers(span)):
            return True  # "asked other countries to send troops": not the story's own
        phrase = _compound_lemma(root)  # "Riot police" in a title is the agent's own name
        own = set(phrase.split()) if phrase in self.gaz.agents else set()
        for token in _modifiers(span):
            low = token.text.lower()
            if token.is_title and token.pos_ in ("PROPN", "ADJ") \
                    and token.lemma_.lower() not in own and (
                    low not in self.gaz.demonyms and _state_code(self.gaz.names.get(low)) is None) \
                    and (token.i != token.sent.start or self._a_region_word(token)):
                return True
        if any(c.dep_ in ("acl", "amod") and c.i > root.i and c.lower_ in TIED_WORDS
               and any(g.dep_ in ("prep", "agent") for g in c.children) for c in root.children):
            return True  # "a group linked to Iran", "militias backed by Tehran": whose it is
        if any(c.dep_ == "prep" and c.lower_ in SPREAD_PREPS
               and any(g.dep_ == "pobj" and g.lemma_.lower() not in COUNTRY_NOUNS
                       for g in c.children) for c in root.children):
            return True  # "leaders across Latin America" (not "police across the country")
        return any(c.dep_ == "prep" and c.lower_ in ("of", "from")
                   and any(g.dep_ == "pobj" for g in c.children) for c in root.children)

    def _a_region_word(self, token: Token) -> bool:
        """A capitalised word opening a sentence that is a place's name and no word of
        an agent's ("Gulf states pledged", "Western diplomats said"; not "Police officers",
        though a town in Poland is called Police)."""
        low = token.lower_
        return low not in self.gaz.agents and _singular(low) not in self.gaz.agents \
            and any(True for _ in self.places.lookup(token.text))

    def _dateline_country(self, doc: Doc, found: tuple[int, int] | None) -> str | None:
        """"ATHENS, June 11 (Newswire) -" or "KHARKIV, Ukraine, March 4 -": the dateline's
        capital or country, else the country of its big city ("MUMBAI, Aug 12 -");
        ``found``: the article's dateline (:func:`~newsevents.dateline.article_dateline`)."""
        if found is None:
            return None
        # "CARACAS (Reuters) -": the place before the agency's brackets and the dash
        head = doc[found[0]:found[1]].text.split("(")[0].rstrip(" -\u2013\u2014")
        words = [w.strip() for w in head.split(",")[:2]]
        for word in words:
            info = self.gaz.names.get(word.lower()) or self.gaz.capitals.get(word.lower())
            if info is not None and info.kind == "state":
                return info.country
        city = self._big_city(words[0].title()) if words and words[0] else None
        return self.places.iso3(city.country_code) if city is not None else None

    def _gazetteer_mentions(self, doc: Doc) -> list[ActorMention]:
        spans = [Span(doc, s, e) for _, s, e in self.matcher_cased(doc)]
        spans += [Span(doc, s, e) for _, s, e in self.matcher_lower(doc)]
        out = []
        # (start, end, label) of the entities spanning more than one token, read once per doc
        covering = [(e.start, e.end, e.label_) for e in entities(doc) if len(e) > 1]
        dateline = article_dateline(doc)
        for span in filter_spans(spans):  # the longest match wins, then the earliest
            if self._given_name(span):
                person = doc[span.start : span.end + 1]
                known = self.persons.fuzzy(person)  # "Georgia Meloni" is Giorgia Meloni
                out.append(mention_of(person, known or ActorInfo(
                    key=f"person:{person.text.lower()}", name=person.text, kind="person",
                    country=None, sector=None, via="given name that is also a country's")))
                continue
            if self._contradicted(span, covering):
                continue
            info = self._span_info(span)
            if info is not None and info.sector == "MED" and dateline is not None \
                    and dateline[0] <= span.start < dateline[1]:
                continue  # "KYIV, March 4 (Reuters) -": the agency that filed it, no actor
            if info is not None and not self._common_or_anothers(span, info):
                # the info is frozen: one with its "via" needs no copy
                known = info if info.via else replace(info, via="name or alias")
                out.append(mention_of(span, known))
        return out

    def _contradicted(self, span: Span, covering: list[tuple[int, int, str]]) -> bool:
        """NER says otherwise: "America" inside "Latin America", "Georgia" in "Georgia Meloni";
        an ambiguous name ("Jordan", "Chad") needs NER to call it a place or group."""
        first, last, size = span.start, span.end, len(span)  # (read once, not per entity)
        for start, end, label in covering:
            longer = start <= first and last <= end and end - start > size
            if longer and label in ("PERSON", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW"):
                return True
        # (the text from the token table: Span.text makes a Token per word)
        text = token_table(span.doc).span_text(span.start, span.end)
        if text.lower() in self.gaz.ambiguous and not self._with_its_acronym(span):
            return (span.root.ent_type_ not in ("GPE", "NORP", "ORG")
                    and not self._the_reports_country(span)) \
                or self._word_of_another_name(span, covering) \
                or self._end_of_a_longer_name(span)
        return False

    def _end_of_a_longer_name(self, span: Span) -> bool:
        """A common one-word name after a capitalised word of no place or people ("the Ghana
        Labour Congress", "the Trades Union Congress"): the last word of another body's
        name, not the body of the knowledge base ("Congress")."""
        if len(span) != 1 or span.start == 0:
            return False
        before = span.doc[span.start - 1]
        word = before.lower_
        return before.is_title and before.is_alpha and not before.is_sent_start \
            and word not in self.gaz.names and word not in self.gaz.demonyms \
            and word not in self.gaz.capitals

    def _the_reports_country(self, span: Span) -> bool:
        """An ambiguous country's name the recogniser left unlabelled, in a report filed
        from that country ("Chad announced ..." under an N'DJAMENA dateline), written with a
        capital and followed by no other name: the country."""
        doc = span.doc
        if not span.text[:1].isupper() or span.root.ent_type_ or (
                span.end < len(doc) and doc[span.end].is_title and doc[span.end].pos_ == "PROPN"):
            return False
        state = _state_code(self.gaz.names.get(span.text.lower()))
        return state is not None \
            and self._dateline_country(doc, article_dateline(doc)) == state

    def _with_its_acronym(self, span: Span) -> bool:
        """A name followed by another name of the same actor in brackets ("the outgoing Law
        and Justice (PiS) party") is that actor, however common its words."""
        doc = span.doc
        if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
            return False
        mine = self.gaz.names.get(span.text.lower())
        other = self.gaz.names.get(doc[span.end + 1].text.lower())
        return mine is not None and other is not None and mine.key == other.key

    def _word_of_another_name(self, span: Span, covering: list[tuple[int, int, str]]) -> bool:
        """An ambiguous name inside a longer organisation's name NER found, with a name word
        of its own that is no country's ("the All People's Congress" is no US Congress;
        "the U.S. Congress" still is)."""
        doc = span.doc
        for start, end, label in covering:
            if label == "ORG" and start <= span.start and span.end <= end \
                    and end - start > len(span):
                others = [doc[i] for i in range(start, end) if not span.start <= i < span.end]
                if any(t.is_title and t.lower_ not in self.gaz.names
                       and t.lower_ not in self.gaz.demonyms and t.lower_ != "the"
                       for t in others):
                    return True
        return False

    def _common_or_anothers(self, span: Span, info: ActorInfo) -> bool:
        """A name of a state's institution written as common words ("the foreign office"),
        or one a possessive gives to another state ("Pakistan's Foreign Office" is no
        British ministry): the institution is the generic one of whoever the text says.
        A body's one-word alias in lower case is a common word ("an amnesty"). (A lower-case
        country or a body's full name, "the european union", is still itself.)"""
        text = token_table(span.doc).span_text(span.start, span.end)  # (no Token per word)
        if len(span) > 1 and text.islower() and text in self.gaz.metonyms:
            return True
        if len(span) == 1 and text.islower() and info.kind != "state":
            return True  # "offered an amnesty to the rebels": a word, not Amnesty International
        if span.start < 2 or span.doc[span.start - 1].tag_ != "POS":
            return False
        owner = _state_code(self.gaz.names.get(span.doc[span.start - 2].text.lower()))
        return owner is not None and info.country not in (None, owner)

    def _given_name(self, span: Span) -> bool:
        """"Jordan Peele", "Chad Smith", "Israel Adesanya": a country's name directly before
        a capitalised name that is no place, group or title is a person's given name."""
        doc = span.doc
        if span.end >= len(doc) or len(span) != 1:
            return False
        after = doc[span.end]
        low = after.text.lower()
        if not (after.is_title and after.pos_ == "PROPN") or span.text.endswith("'s"):
            return False
        if _state_code(self.gaz.names.get(span.text.lower())) is None:
            return False  # "Hungarian Prime Minister": a demonym is no given name
        if " ".join(t.lemma_.lower() for t in doc[span.end:span.end + 2]) in self.gaz.agents:
            return False  # "Jordan Prime Minister ..." in a headline
        if low in self._texts or low in self.gaz.demonyms or low in self.gaz.agents:
            return False
        if after.dep_ in ("compound", "nmod", "amod") and after.head.i > after.i \
                and after.head.lemma_.lower() in self.gaz.agents:
            return False  # "U.S. Assistant Secretary of State ...": a title's first word
        if span.start > 0 and doc[span.start - 1].lower_ == "of":
            return False  # "Prime Minister of Spain Pedro Sánchez": the office's country
        if after.ent_type_ == "PERSON":
            return True
        # the recogniser may call an unfamiliar surname a place ("Israel Adesanya"): a
        # name the gazetteer does not know as a place is a surname
        return after.ent_type_ in ("", "GPE") and not any(
            True for _ in self.places.lookup(after.text))

    def _span_info(self, span: Span) -> ActorInfo | None:
        key = token_table(span.doc).span_text(span.start, span.end).lower()  # (no Tokens)
        if key in self.gaz.demonyms:
            return self._demonym_info(span, self.gaz.demonyms[key])
        if key in self.gaz.capitals and key not in self.gaz.names:
            if (_is_locative(span) and not _given_to(span)) or _is_dateline(span) \
                    or _named_after(span) or _owns_a_part(span) \
                    or self._names_a_thing(span):
                return None
            return self.gaz.capitals[key]
        return self._texts.get(key)

    def _demonym_info(self, span: Span, iso3: str) -> ActorInfo | None:
        """A demonym names an actor only as a plural noun ("the Ukrainians"); as an adjective
        ("Ukrainian forces") it gives the country of the noun it modifies."""
        name = self.gaz.country_names.get(iso3, iso3)
        first = span.root  # "Ugandan, Rwandan and Tanzanian counterparts": the list's head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if span.end < len(span.doc) and joins_words(span.doc[span.end]):
            return None  # "Kenyan-led", "Russian-made": a modifier's first half
        if first.dep_ in ("amod", "compound", "nmod") or span.root.tag_ == "JJ":
            head = first.head
            if self._is_actor_noun(head) or head.ent_type_ in ("PERSON", "ORG", "NORP") \
                    or head.lemma_.lower() in ORGANISATION_PART_NOUNS:
                # "Ukrainian forces", "Polish Prime Minister Donald Tusk"; "its Libyan
                # affiliate" is a group's, no state's
                return None
            if head.ent_type_ in ("GPE", "LOC", "FAC"):
                return None  # a place's name: "the Serb Republic" of Bosnia
            owner = self._non_state_owner(span, head)
            if owner is not None:  # "Syrian rebel drones": the rebels', not the state's
                sector, words = owner
                return ActorInfo(key=f"agent:{span.text.lower()} {words}",
                                 name=f"{span.text} {words}", kind="agent", country=iso3,
                                 sector=sector, country_from=span.start,
                                 via="demonym on a non-state group's thing")
            # "Russian missiles", "Israeli strikes": the state is the doer
            return ActorInfo(key=f"state:{iso3}", name=name, kind="state", country=iso3,
                             sector="GOV", via="demonym modifying an event")
        return ActorInfo(key=f"people:{iso3}", name=f"people of {name}", kind="agent",
                         country=iso3, sector="CVL", via="demonym as a noun")

    def _non_state_owner(self, span: Span, head: Token) -> tuple[str, str] | None:
        """The sector and words of a group outside the state named between a demonym and
        the thing it modifies ("Syrian rebel drones", "a Colombian guerrilla plane",
        "Israeli settler vehicles"), whose thing it is; None when there is none or it is
        the state's own ("Russian army trucks")."""
        for word in span.doc[span.end : head.i]:
            hit = self.gaz.agents.get(word.lemma_.lower()) or self.gaz.agents.get(word.lower_)
            if word.dep_ in ("compound", "amod", "nmod") and hit is not None \
                    and hit[0] not in STATE_SECTORS:
                return hit[0], word.lower_
        return None

    def _names_a_thing(self, span: Span) -> bool:
        """A capital that modifies what follows it names that thing, not its government:
        a name it begins ("Paris Hilton", "Washington Post") or a noun that is no actor
        ("the Berlin marathon", "the Paris agreement"; "Moscow officials" stay Russia's)."""
        root = span.root
        if root.dep_ not in ("compound", "nmod") or root.head.i < span.end:
            return False
        head = root.head
        if head.pos_ == "PROPN" and head.is_title:
            return True
        return head.pos_ == "NOUN" and not self._is_actor_noun(head)

    def _part_of_an_agent(self, ent: Span) -> bool:
        """The one word is the first of a generic agent's name ("Riot police", "Coast
        guard"): a compound on a head the two of which the agents list holds."""
        token = ent.root
        return token.dep_ == "compound" and token.head.i == token.i + 1 and (
            f"{token.lower_} {token.head.lemma_.lower()}" in self.gaz.agents)

    def _a_rank_of(self, table: TokenTable, i: int) -> bool:
        """Whether word ``i`` is a rank before another title word ("Deputy Secretary of
        State", "deputy minister"): the title's own word, not "deputy" alone (a member of
        parliament), says the sector."""
        head = table.head[i]
        return table.lemma_lower[i] in RANK_WORDS and head > i \
            and table.lemma_lower[head] in self.gaz.agents

    def _a_titled_name(self, ent: Span) -> bool:
        """Whether an entity NER called an organisation is a person's title and two or
        three capitalised names ("Magistrate Violet Chipao"): no word after the title is a
        title, an agent's noun or a body's ("Judge Rotenberg Center" stays a body)."""
        if ent[0].dep_ == "det":  # "the King Mohammed VI"
            ent = ent[1:]
        if not 3 <= len(ent) <= 4 or ent[0].lemma_.lower() not in self.gaz.person_nouns:
            return False
        return all((t.is_title and t.pos_ == "PROPN" or t.text in REGNAL_NUMBERS)
                   and t.lemma_.lower() not in self.gaz.agents
                   and t.lower_ not in INSTITUTION_WORDS for t in ent[1:])

    def _a_name_after_its_title(self, ent: Span) -> bool:
        """Whether an entity NER called an organisation is two or three capitalised names
        right after a lowercase title of one person that they complete ("government
        spokeswoman Yolande Makolo"): a person, as after a title inside the entity
        (:meth:`_a_titled_name`); not when a word of it is a title, an agent's noun or a
        body's ("spokesman Hamas Political Bureau")."""
        if not 2 <= len(ent) <= 3 or ent.start == 0:
            return False
        title = ent.doc[ent.start - 1]
        if not title.is_lower or title.lemma_ not in self.gaz.person_nouns \
                or not ent.start <= title.head.i < ent.end:
            return False
        return all(t.is_title and t.pos_ == "PROPN" and t.lemma_.lower() not in self.gaz.agents
                   and t.lower_ not in INSTITUTION_WORDS for t in ent)

    def _after_a_title(self, ent: Span) -> bool:
        """Whether a one-word name comes right after a person's title that modifies it
        ("Former minister Ahmadi", "General Mosul"): a person, whatever city shares the
        name (Al Ahmadi in Kuwait)."""
        if ent.start == 0:
            return False
        title = ent.doc[ent.start - 1]
        return title.head.i == ent.root.i and title.lemma_.lower() in self.gaz.person_nouns

    def _realm_after(self, name: Span) -> str | None:
        """The state named by "of" right after a titled name ("King Mohammed VI of
        Morocco", "Queen Margrethe II of Denmark"), or None."""
        doc = name.doc
        if name.end + 1 >= len(doc) or doc[name.end].lower_ != "of":
            return None
        return _state_code(self.gaz.names.get(doc[name.end + 1].lower_))

    def _sector_of_its_noun(self, ent: Span) -> str | None:
        """The sector an organisation's closing words name, the longest listed ("the Hellenic
        Coast Guard": coast guard, MIL; "the Indian Army": army, MIL; "the Defence
        Ministry": GOV), or None."""
        # (not after "of": "the Joint Chiefs of Staff" are no staff)
        words = []
        for t in ent:
            if t.lower_ == "of":
                break
            if not t.is_punct:
                words.append(t.lemma_.lower())
        for n in range(len(words)):
            hit = self.gaz.agents.get(" ".join(words[n:]))
            if hit is not None:
                return hit[0]
        return None

    def _a_place_within(self, ent: Span) -> bool:
        """Whether ``ent`` is named as where something is ("at", "near", "in"), in a list
        or alone, right before "in" and a place the gazetteer knows ("at Demchok and
        Depsang in eastern Ladakh"): a site in that place, however NER labelled it."""
        doc, first = ent.doc, ent.root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.dep_ != "pobj" or first.head.lower_ not in LOCATIVE_PREPS:
            return False
        after = max((t.right_edge.i for t in (first, *first.conjuncts)), default=first.i) + 1
        if after + 1 >= len(doc) or doc[after].lower_ != "in":
            return False
        name = doc[after + 1]
        while name.dep_ in ("amod", "det", "compound") and name.head.i > name.i:
            name = name.head  # "in eastern Ladakh": the name the modifiers lead to
        return name.is_title and any(True for _ in self.places.lookup(name.text))

    def _end_of_a_title(self, ent: Span) -> bool:
        """Whether ``ent`` closes a title the agent table lists with "of" ("Secretary of
        State", "Minister of State"): the "State" NER calls an organisation is the office's."""
        doc = ent.doc
        if ent.start < 2 or doc[ent.start - 1].lower_ != "of":
            return False
        title = f"{doc[ent.start - 2].lemma_} of {' '.join(t.lemma_ for t in ent)}"
        return title.lower() in self.gaz.agents

    def _is_actor_noun(self, token: Token) -> bool:
        phrase = _compound_lemma(token).split()
        return any(" ".join(phrase[n:]) in self.gaz.agents for n in range(len(phrase)))

    def _entity_mentions(self, doc: Doc, taken: set[int]) -> list[ActorMention]:
        out = []
        bodies: set[str] = set()  # names the text called a company or group
        dateline = article_dateline(doc)  # (read once, not once per entity)
        # one-word names NER reads as places somewhere in the text (see below)
        place_words = {e.text for e in entities(doc)
                       if e.label_ in PLACE_NAME_LABELS and len(e) == 1}
        for ent in entities(doc):
            overlaps = any(i in taken for i in range(ent.start, ent.end))
            if overlaps or (dateline is not None and dateline[0] <= ent.start < dateline[1]):
                continue  # (a dateline names a place, a date and an agency: no actor)
            person = self._surname_as_place(ent)
            if person is not None:
                out.append(mention_of(ent, person))  # "Scholz promises more air defence"
                continue
            if ent.label_ in ("GPE", "LOC", "FAC") and ent.root.dep_ == "dobj" and len(ent) == 1:
                city = self._city_actor(ent)  # "shelled Kharkiv": the city is acted on
                if city is not None:
                    out.append(mention_of(ent, city))
                continue
            if ent.label_ not in ENTITY_LABELS or ent.label_ in ("GPE", "NORP"):
                continue  # places and nationalities the gazetteer did not know are not actors
            if ent.label_ == "ORG" and ent.text.isupper() and _is_dateline(ent):
                continue  # "ADDIS ABABA, March 3 (Reuters) -", which NER may call an ORG
            if ent.label_ == "PERSON" and _a_date(ent):
                continue  # "KIEV, Oct 8 -", which NER may call a person
            if len(ent) == 1 and ent.root.lower_ in MEDIA_NOUNS \
                    and ent.root.head.lower_ in ("on", "via"):
                continue  # "said on Twitter": where it was said, no one who acts
            if ent.label_ in ("PERSON", "ORG") and len(ent) == 1 and self._part_of_an_agent(ent):
                continue  # "Riot police" opening a sentence: the agent's word, no one's name
            if ent.label_ in ("PERSON", "ORG") and len(ent) == 1 and (
                    self._a_place_within(ent)
                    or (_named_by_a_place_noun(ent) and self._city_actor(ent) is None)):
                # "disengaged at Demchok and Depsang in eastern Ladakh", "in the suburb of
                # Parel": sites (a city "shelled" in its districts stays acted on)
                continue
            if ent.label_ == "ORG" and self._end_of_a_title(ent):
                continue  # "Secretary of State Antony Blinken": an office, no body called State
            if ent.label_ in ("ORG", "PERSON") and (_a_stance(ent) or _a_square_or_street(ent)):
                continue  # "protesters pro-Tibet", "near the Place de la Republique": no one
            if ent.label_ in ("ORG", "PERSON", "PRODUCT") and ent.root.dep_ == "compound" and (
                    {ent.root.head.lower_, ent.root.head.lemma_.lower()}
                    & NAMING_NOUNS):
                # "closed the Torkham crossing": a place's name, no one's; "sent Leopard
                # tanks": a product's; "the Zapad drills", "the Pukpuk treaty": their own
                continue
            state = self._state_with_its_possessive(ent)
            if state is not None:  # "Sri Lanka's President ...", a PERSON to NER
                out.append(mention_of(state, replace(self.gaz.names[state.text.lower()],
                                                     via="a state's name before its 's")))
                continue
            if ent.label_ == "PERSON" and ent.start > 0 and ent.start - 1 not in taken:
                before = doc[ent.start - 1]  # "Israel Adesanya" with only "Adesanya" a PERSON
                if before.is_title and before.pos_ == "PROPN" and (
                        _state_code(self.gaz.names.get(before.text.lower())) is not None):
                    ent = doc[ent.start - 1 : ent.end]
                    ent.label_ = "PERSON"
            if ent.label_ == "ORG" and self._a_name_after_its_title(ent):
                ent.label_ = "PERSON"  # "government spokeswoman Yolande Makolo"
            titled = ent.label_ == "ORG" and self._a_titled_name(ent)
            if titled:
                # "Magistrate Violet Chipao", "the King Mohammed VI": a person
                ent = doc[ent.start + 1 + (ent[0].dep_ == "det") : ent.end]
                ent.label_ = "PERSON"
            if ent.label_ == "PERSON" and len(ent) > 1 \
                    and ent[0].lower_.rstrip(".") in TITLE_ABBREVIATIONS:
                ent = doc[ent.start + 1 : ent.end]  # "former PM Khan": the name is Khan
                ent.label_ = "PERSON"
            if ent.label_ == "PERSON" and (words := _honorific_words(ent)):
                if words == len(ent):
                    continue  # NER's "Datuk Seri" before "Anwar Ibrahim": no one
                ent = doc[ent.start + words : ent.end]
                ent.label_ = "PERSON"
            if ent.label_ == "PERSON":
                ent = _whole_name(ent, taken, self.gaz.agents)
            if ent.label_ == "ORG":
                ent = _with_the_words_before(ent, taken)  # NER's "Congress" of "Labour Congress"
            if len(ent) > 1 and ent[-1].lower_ in ("of", "for", "and"):
                ent = doc[ent.start : ent.end - 1]  # NER's "the Ministry of Foreign Affairs of"
            if ent.label_ in ("ORG", "PERSON"):
                ent = _without_an_amount(ent)  # NER's "Apple 1.8 billion" of "fined Apple ..."
            name = _clean(ent)
            if not name:
                continue
            kind = "person" if ent.label_ == "PERSON" else "organization"
            if kind == "person":
                info = self.persons.fuzzy(ent)
            else:  # "and Emanuel Makron accepted ...", an ORG to NER
                info = self._a_misspelt_known_person(ent)
                kind = "person" if info is not None else kind
            if info is None and len(ent) == 1 and ent.text.lower() in self.gaz.capitals:
                continue  # a capital NER took for a person, named as a place ("to Kyiv")
            if info is None and len(ent) == 1:
                if _a_destination(ent) and self._big_city(ent.text):
                    continue  # "moved two brigades to Kharkiv" (an ORG to NER): a place
                if _a_part_of(ent) and any(True for _ in self.places.lookup(ent.text)):
                    continue  # "took to the streets of Goma" (a PERSON to NER): a place
                if _called_a_body(ent):  # "French nuclear group Orano": no Oran
                    bodies.add(ent.text.lower())
                elif ent.text.lower() not in bodies and not self._after_a_title(ent):
                    info = self._city_actor(ent)  # (nor when it comes back: "Orano said")
                if info is None and kind == "person" and ent.text in place_words \
                        and not _in_a_full_name(ent.text, doc):
                    # "after Catatumbo attacks" (a PERSON to NER in the headline) and "in the
                    # Catatumbo region" in the body: a person is named in full, a place alone
                    continue
            if info is None:
                # a person's own name words are no modifiers: "Jordan Peele" is not Jordanian
                country, sector, country_from = self._modifier_country_sector(
                    ent, skip=range(ent.start, ent.end) if kind == "person" else range(0))
                if kind == "organization":
                    # its own noun ("National" is no citizen, "Chiefs of Staff" no staff),
                    # else what is said before it ("the opposition Umbrella for ...")
                    sector = self._sector_of_its_noun(ent) or self._modifier_country_sector(
                        ent, skip=range(ent.start, ent.end))[1]
                if kind == "person" and country is None and titled:
                    country = self._realm_after(ent)  # "King Mohammed VI of Morocco"
                    country_from = ent.end + 1 if country else None
                if kind == "person" and country is None:
                    country = self._city_of_the_title(ent)  # "Istanbul Mayor Ekrem Imamoglu"
                if kind == "person" and country is None:
                    country = self._country_of_the_title_before(ent)
                info = ActorInfo(key=f"{kind}:{name.lower()}", name=name, kind=kind,
                                 country=country, sector=sector, country_from=country_from,
                                 via=f"NER {ent.label_}, not in the knowledge base")
            out.append(mention_of(ent, info))
        return out

    def _state_with_its_possessive(self, ent: Span) -> Span | None:
        """The state's name of a person or an organisation of NER's that is a state's name
        and its possessive ("COLOMBO, April 2 (PTI) Sri Lanka's President ..."), or None."""
        if ent.label_ not in ("PERSON", "ORG") or len(ent) < 2 or ent[-1].tag_ != "POS":
            return None
        name = ent[:-1]
        return name if _state_code(self.gaz.names.get(name.text.lower())) else None

    def _a_misspelt_known_person(self, ent: Span) -> ActorInfo | None:
        """The known person an organisation of NER's is a misspelling of: two or three
        capitalised proper nouns with no noun of a body among them ("and Emanuel Makron
        accepted the resignation", an ORG to NER as misspelt names often are). None
        otherwise. (The fuzzy search remembers the names it saw.)"""
        if not 2 <= len(ent) <= 3 or not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha
                                             for t in ent) \
                or self._sector_of_its_noun(ent) is not None:
            return None
        return self.persons.fuzzy(ent)

    def _country_of_the_title_before(self, ent: Span) -> str | None:
        """"his Fijian counterpart Sitiveni Rabuka", "Kenya's interior minister, X": a person
        the knowledge base does not know, in apposition to a noun before the name, is of the
        country that noun's modifiers name (a counterpart's possessor is not read)."""
        root = ent.root
        head = root.head
        if root.dep_ != "appos" or head.i >= ent.start or head.pos_ != "NOUN":
            return None
        return self._modifier_country_sector(ent.doc[head.left_edge.i : head.i + 1])[0]

    def _city_of_the_title(self, ent: Span) -> str | None:
        """The country of a big city named in a person's local office ("Istanbul Mayor Ekrem
        Imamoglu", "the Kharkiv governor Oleh Syniehubov"): a city's office is its
        country's (a "Moscow correspondent" is no Russian: only :data:`CITY_OFFICES`). None
        when no modifier of the name is such a city."""
        table = token_table(ent.doc)
        modifiers = [i for i in _modifier_ids(ent) if not ent.start <= i < ent.end]
        title = ent.root.head
        if ent.root.dep_ == "appos" and title.i == ent.start - 1:
            # "jailed Istanbul Mayor Ekrem Imamoglu": the model makes the name the title's
            # appositive, so the title and its modifiers are the name's
            modifiers += [title.i, *(i for i in _modifier_ids(ent.doc[title.i:title.i + 1])
                                     if i != title.i)]
        if not any(table.lemma_lower[i] in CITY_OFFICES for i in modifiers):
            return None
        names = [city.text for city in entities(ent.doc) if city.label_ in ("GPE", "LOC")
                 and city.start in modifiers and city.end - 1 in modifiers]
        # (and one word NER missed: it often does a foreign town's name)
        names += [table.text[i] for i in modifiers if table.pos[i] == "PROPN"
                  and table.lemma_lower[i] not in CITY_OFFICES]
        big = next((c for name in names if (c := self._big_city(name)) is not None), None)
        return self.places.iso3(big.country_code) if big is not None else None

    def _surname_as_place(self, ent: Span) -> ActorInfo | None:
        """A one-word entity NER called a place that no place of the gazetteer bears and that
        is the surname of the one person of the knowledge base so named, in office on the
        article's date: that person (headlines name leaders by surname alone, "Scholz
        promises more air defence", and NER often takes a foreign surname for a place). Not
        a surname several known people bear ("Singh"), which private people bear too, nor
        one the article gives a person of its own in full ("Jarnail Singh"). None otherwise."""
        if ent.label_ not in ("GPE", "LOC") or len(ent) != 1 or not ent.text[:1].isupper() \
                or len(self.persons.kb.by_surname.get(ent.text.lower(), ())) != 1 \
                or self.places.lookup(ent.text):
            return None
        if _in_a_full_name(ent.text, ent.doc):
            return None
        return self.persons.surname(ent.text, ent.doc._.published, in_office_only=True)

    def _agent_mentions(self, doc: Doc, taken: set[int]) -> list[ActorMention]:
        out = []
        table = token_table(doc)
        pos, dep = table.pos, table.dep
        dateline = article_dateline(doc)  # "PORT-AU-PRINCE, Haiti (AP) -" names no prince
        headline_end = headline_line_end(doc)
        last_words = self.gaz.agent_last_words
        published = doc._.published  # (each doc._ read makes an object: read once)
        game = names_a_game(table.lemma_lower)  # a game's "striker" is a player
        head, lemmas = table.head, table.lemma_lower
        for i in range(len(doc)):
            if i in taken or pos[i] not in ("NOUN", "PROPN") or (
                    dep[i] == "compound" and (lemmas[head[i]] not in CRAFT_NOUNS
                                              or lemmas[head[i]] in self.gaz.agents)):
                # (but "coast guard ships": the owner of craft that are no agents themselves,
                # as "coalition jets" are)
                continue
            # (most nouns end no agent phrase: pass over them before reading their phrase)
            own = table.lemma_lower[i].split()
            if own and own[-1] not in last_words and not (
                    pos[i] == "PROPN" and _singular(table.lemma_lower[i]) in self.gaz.agents):
                continue
            phrase = _compound_lemma_at(table, i).split()
            hit = None
            for n in range(len(phrase) - 1):  # the longest listed phrase wins
                hit = hit or self.gaz.agents.get(" ".join(phrase[n:]))
            hit = hit or self.gaz.agents.get(table.lemma_lower[i])
            if hit is None and pos[i] == "PROPN" and len(phrase) == 1:
                # "BAMAKO, March 3 - Gunmen attacked": a capitalised plural the tagger took
                # for a name and left unlemmatised
                hit = self.gaz.agents.get(_singular(table.lemma_lower[i]))
            if hit is None or self._modifier_of_an_agent(table, i) \
                    or _in_a_title_before_a_name(doc, table, i) \
                    or (i >= 2 and table.lower[i - 1] == "of"  # (no Span when it cannot be)
                        and self._end_of_a_title(doc[i : i + 1])):
                continue
            if game and table.lemma_lower[i] in GAME_SENSES:
                if GAME_SENSES[table.lemma_lower[i]] is None:
                    continue  # "the French striker scored twice": a player, no actor
                hit = (GAME_SENSES[table.lemma_lower[i]], hit[1])  # the fans, no party's
            token = doc[i]
            # not a word of a place's name ("Port-au-Prince" has no prince), nor one its
            # modifiers rule out ("excessive force", "lost power")
            if token.ent_type_ in ("GPE", "LOC", "FAC") or _in_a_hyphenated_name(token) \
                    or _first_half_of_a_modifier(token) \
                    or (dateline is not None and dateline[0] <= i < dateline[1]) \
                    or not self._modifiers_allow(token) \
                    or _where_not_who(token) or _a_condition(token) or _a_named_division(token) \
                    or _the_capital_as_a_place(token):
                continue
            span = self._without_a_headline_verb(_noun_phrase(token, taken), headline_end)
            country, modifier_sector, country_from = self._modifier_country_sector(span)
            if modifier_sector and (hit[0] == "UNK" or (
                    table.lemma_lower[i] in HEAD_NOUNS and modifier_sector != "GOV")):
                # "a government source" is GOV, "a separatist leader" REB
                hit = (modifier_sector, hit[1])
            if hit[0] == "UNK" and country and _a_states_side(table, i):
                hit = ("GOV", hit[1])  # diplomatic English's "the Chinese side": China's
            elif _the_executive(table, i, country):
                hit = ("GOV", hit[1])  # translated "the Spanish Executive": the government
            igo = None if country else self._igo_of(span)
            body = _named_body_of(token)
            if igo is None and country is None and body is not None:
                igo = self._igo_of(body)  # "the IAEA Board of Governors": the IAEA's
            holder = self.persons.by_title(title_words(token), country or igo, published)
            if holder is not None and not _may_hold(token, holder):
                holder = None  # "foreign minister Ali Hassan": not the one the KB knows
            name = self._common_name(span)
            if span.start >= 2 and _patron(table.text, span.start - 2):
                # "Iran-backed militias": the patron, a mention of its own, still names them
                name = f"{doc[span.start - 2].text}-{name}"
            # "EU foreign ministers", "UN officials": officers of a body are IGO, sector IGO
            generic = ActorInfo(key=f"agent:{name.lower()}", name=name, kind="agent",
                                country="IGO" if igo else country,
                                sector="IGO" if igo else hit[0], igo=igo,
                                country_from=None if igo else country_from,
                                via=f"generic agent '{' '.join(phrase)}'")
            out.append(mention_of(span, holder or generic))
            if country_from is not None:
                out += self._listed_countries(doc, generic, country_from, taken,
                                              title_words(token))
        return out

    def _modifier_of_an_agent(self, table: TokenTable, i: int) -> bool:
        """Whether noun ``i`` modifies an agent noun after it as its adjective ("Anglophone
        separatist fighters", "rebel fighters"): a word of that agent's phrase, which gives
        its sector, no actor of its own beside it."""
        head = table.head[i]
        if table.dep[i] not in ("amod", "nmod") or head <= i or table.pos[head] != "NOUN":
            return False
        words = table.lemma_lower[head].split()
        return bool(words) and words[-1] in self.gaz.agent_last_words

    def _without_a_headline_verb(self, span: Span, headline_end: int | None) -> Span:
        """A headline's verb the tagger took for a noun before the object ("Court in Dhaka
        sentences opposition leader", "Russia and Ukraine swap prisoners") is no word of
        the agent it stands before: the agent starts after it. Read only in the headline
        line, after a name, for a word that names no agent itself."""
        doc = span.doc
        if headline_end is None or span.start >= headline_end or len(span) < 2:
            return span
        first = span[0]
        if first.dep_ == "compound" and first.i > 0 and doc[first.i - 1].pos_ == "PROPN" \
                and first.lower_ not in self.gaz.agents \
                and first.lemma_.lower() not in self.gaz.agents \
                and first.lower_ not in self.gaz.demonyms:
            return doc[span.start + 1 : span.end]
        return span

    def _listed_countries(self, doc: Doc, generic: ActorInfo, first: int, taken: set[int],
                          title: str) -> list[ActorMention]:
        """"Egyptian and Saudi officials", "the Qatari and Omani foreign ministers": the
        agent read with the first country, then one actor for each country the co-ordinated
        adjectives add (the holder of the title in that country, or the agent named by its
        adjective), so that no country of the list is dropped or given to the others."""
        out = []
        for adjective in doc[first].conjuncts:
            country = self.gaz.demonyms.get(adjective.lower_)
            if country is None or country == generic.country or adjective.i in taken:
                continue
            name = f"{adjective.text} {generic.name}"
            holder = self.persons.by_title(title, country, doc._.published)
            out.append(mention_of(doc[adjective.i:adjective.i + 1], holder or replace(
                generic, key=f"agent:{name.lower()}", name=name, country=country,
                country_from=adjective.i, via=f"{generic.via}; listed with {doc[first].text}")))
        return out

    def _modifiers_allow(self, token: Token) -> bool:
        """The agent noun's modifiers let it name an actor: none that names a manner ("used
        excessive force"), one it needs when it needs one ("Western powers", not "lost
        power"), and no idiom's bare object ("joined forces")."""
        table = token_table(token.doc)  # (the children's words: no Token per child)
        lemma, dep, lower = table.lemma_lower[token.i], table.dep, table.lower
        modifiers = {lower[c] for c in table.children[token.i]
                     if dep[c] in ("amod", "compound", "nummod")}
        if modifiers & self.gaz.agent_blockers.get(lemma, frozenset()):
            return False
        idioms = self.gaz.agent_idioms.get(lemma, ())
        governor = None
        if idioms:  # (most nouns are in no idiom: their governor is not read)
            governor = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" \
                else token.head if token.dep_ == "dobj" else None
        if governor is not None and governor.lemma_.lower() in idioms and not any(
                c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in token.children):
            return False  # "joined forces with the left", "the use of force": no forces
        needs = self.gaz.agent_needs.get(lemma)
        return needs is None or bool(modifiers & needs)

    def _igo_of(self, span: Span) -> str | None:
        """The body a title belongs to: "NATO's secretary general" -> NATO; the name
        nearest the title decides ("ICC ... Hamas commander" is Hamas's, no IGO's)."""
        words = token_table(span.doc).text
        # (a name is written with a capital: "who" is no WHO)
        named = [(i, info) for i in _modifier_ids(span) if words[i][:1].isupper()
                 and (info := self.gaz.names.get(words[i].lower())) is not None
                 and not _patron(words, i) and not _stance(words, i)]
        if not named:
            return None
        return max(named, key=lambda pair: pair[0] if pair[0] < span.root.i else -1)[1].igo

    def _common_name(self, span: Span) -> str:
        """A generic actor's name in lower case, keeping demonyms and names capitalised."""
        return " ".join(self._cased(w) for w in _clean(span).split())

    def _cased(self, word: str) -> str:
        """A word of a generic actor's name: lower case unless a demonym or a name."""
        # (a method, not a function nested in _common_name: one that calls itself would make
        # a reference cycle at every call, left for the garbage collector)
        if "-" in word:  # "Kenyan-led"
            return "-".join(self._cased(part) for part in word.split("-"))
        return word if word.lower() in self.gaz.demonyms or word.lower() in self.gaz.names \
            else word.lower()

    def _modifier_country_sector(self, span: Span, skip: range = range(0)
                                 ) -> tuple[str | None, str | None, int | None]:
        """Country and sector from a phrase's modifiers, and the token the country was read
        from: "Ukrainian President X" -> UKR, GOV, 0 (tokens in ``skip`` are not read)."""
        country = sector = country_from = None
        relational = span.root.lemma_.lower() in RELATIONAL_ROLES
        table = token_table(span.doc)
        previous = ""
        for i in _modifier_ids(span):
            if i in skip or (relational and table.dep[i] == "poss"):
                continue  # ("Rwanda's neighbour" is not Rwanda)
            if _patron(table.text, i) or _stance(table.text, i):
                continue  # "Iranian-backed militias", "Kenyan-trained Somali troops",
                # "pro-EU protesters" (not the EU's), "anti-Russian rebels"
            low = table.text[i].lower()
            if country is None:
                pair = f"{previous} {low}"  # "South African", "Sri Lankan"
                country = self.gaz.demonyms.get(pair) or self.gaz.demonyms.get(low) \
                    or (_state_code(self.gaz.names.get(pair)) or _state_code(
                        self.gaz.names.get(low)) if table.text[i][:1].isupper() else None)
                country_from = i if country else None
            previous = low
            # (an agent's word the tagger calls an adjective too: "a separatist leader")
            if sector is None and table.pos[i] in ("NOUN", "PROPN", "ADJ") \
                    and not self._a_rank_of(table, i):
                hit = self.gaz.agents.get(table.lemma_lower[i])
                sector = hit[0] if hit else None
        if country_from is not None and self._names_joined(table, country_from, country):
            return None, sector, None  # "Serbia and Croatia leaders": of neither alone
        return country, sector, country_from

    def _names_joined(self, table: TokenTable, i: int, country: str) -> bool:
        """The state's name at ``i`` is joined by "and" to another state's name ("Serbia and
        Croatia leaders"), each a mention of its own. (Co-ordinated demonyms, "Kenyan and
        Ethiopian negotiators", give an actor per country: :meth:`_listed_countries`.)"""
        if table.text[i].lower() in self.gaz.demonyms:
            return False
        for k in table.children[i]:
            low = table.text[k].lower()
            if table.dep[k] == "conj" and table.text[k][:1].isupper() \
                    and _state_code(self.gaz.names.get(low)) not in (None, country):
                return True
        return False


# Participles after a hyphen that make the country before them a patron or an origin, not the
# actor's own: "Russian-backed separatists" are not Russia's, "a Russian-born Ukrainian
# soldier" is Ukraine's. Not "-led" or "-based": a U.S.-led coalition, a London-based group.
PATRON_PARTICIPLES = {"backed", "trained", "funded", "financed", "supported", "armed",
                      "sponsored", "supplied", "equipped", "born", "educated", "aligned",
                      "allied", "brokered", "mediated"}


# Words after a noun by which a phrase says whom an actor is tied to ("a group linked to
# Iran", "militias loyal to the general"): that, not the story's country, is what is known.
TIED_WORDS = PATRON_PARTICIPLES | {"linked", "tied", "affiliated", "connected", "loyal", "close",
                                   "belonging"}


# Craft an agent noun before them names the owner of: "coast guard ships", "army helicopters",
# "police vehicles" (a compound noun is otherwise no agent of its own: "police station").
CRAFT_NOUNS = frozenset({"ship", "vessel", "boat", "helicopter", "jet", "plane", "aircraft",
                         "warship", "warplane", "drone", "vehicle", "truck", "tank", "cutter",
                         "patrol"})
# The halves of Korea by the words Korean news calls them by: "the North", "the South".
KOREAN_HALVES = {"north": "PRK", "south": "KOR"}


def _patron(words: list[str], i: int) -> bool:
    """The word at ``i`` opens "X-backed", "X-trained" and the like (:data:`PATRON_PARTICIPLES`)."""
    return i + 2 < len(words) and words[i + 1] == "-" \
        and words[i + 2].lower() in PATRON_PARTICIPLES


# Prefixes by which a name before an actor says what the actor is for or against, not whose
# it is: "pro-EU protesters" are no EU body, "anti-Kremlin fighters" no Russian state's.
STANCE_PREFIXES = {"pro", "anti"}


def _stance(words: list[str], i: int) -> bool:
    """The word at ``i`` closes "pro-X" or "anti-X" (:data:`STANCE_PREFIXES`)."""
    return i >= 2 and words[i - 1] == "-" and words[i - 2].lower() in STANCE_PREFIXES


# Relative pronouns of a person: "a banker who lives in Minsk".
PERSON_RELATIVES = {"who", "whom", "whose"}


# Words of a square's name: its last word ("Tahrir Square"), or its first in the languages
# that write it first (words.SQUARE_FIRST_WORDS: "Place de la Republique", "Plaza de Mayo").
SQUARE_WORDS = frozenset({"square", "plaza", "piazza", "place", "platz", "maidan"})


def _a_stance(ent: Span) -> bool:
    """A name NER made of "pro-X" or "anti-X": what someone is for or against, no one."""
    return len(ent) > 2 and ent[0].lower_ in STANCE_PREFIXES and ent[1].text == "-"


def _a_square_or_street(ent: Span) -> bool:
    """A name NER called a body or a person that names a square or a street ("the Place de
    la Republique", "Tahrir Square", "Rustaveli Avenue"): a place where people gather."""
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    return len(words) > 1 and (words[-1] in SQUARE_WORDS | STREET_WORDS
                               or words[0] in SQUARE_FIRST_WORDS)


def _said_of_a_person(table: TokenTable, i: int, persons: set[int]) -> bool:
    """The token at ``i`` lies in a clause or an apposition that describes a person ("the
    businessman Ilan Shor, who lives in Moscow"; "Shor, a Moscow resident"; "a banker who
    lives in Minsk"): where a person lives or comes from is no evidence of where the story
    is. ``persons``: the tokens of the article's person mentions."""
    head, dep, kids, lower = table.head, table.dep, table.children, table.lower
    for _ in range(12):  # a clause's words lie a few heads below it
        if dep[i] in ("relcl", "acl", "appos") and head[i] in persons:
            return True
        if dep[i] == "relcl" and any(lower[k] in PERSON_RELATIVES for k in kids[i]):
            return True  # "a banker who lives in Minsk"
        if head[i] == i:
            return False
        i = head[i]
    return False


def _state_code(info: ActorInfo | None) -> str | None:
    return info.country if info is not None and info.kind == "state" else None


def _modifiers(span: Span) -> Iterable[Token]:
    """Tokens that modify the phrase: inside it before the root, and its left dependents."""
    doc = span.doc
    return (doc[i] for i in _modifier_ids(span))


# Roles named after the city where their holder is posted, whose country says nothing of the
# holder's own: "a BBC Moscow correspondent"
POSTED_ROLES = {"correspondent"}


def _modifier_ids(span: Span) -> list[int]:
    """The indices of :func:`_modifiers`, in its order, read from the token table (the
    actors stage reads the modifiers of every mention, four times: they are worked out
    once per span and parse, kept in the table's ``parse_memo``; the caller does not change
    the list)."""
    table = token_table(span.doc)
    key = ("modifier_ids", span.start, span.end)
    found = table.parse_memo.get(key)
    if found is None:
        found = table.parse_memo[key] = _modifier_ids_of(table, span)
    return found


def _modifier_ids_of(table: TokenTable, span: Span) -> list[int]:
    """:func:`_modifier_ids` of ``span``, worked out from its Doc's token ``table``."""
    kids, dep = table.children, table.dep
    root = span.root.i  # Span.root walks the span's heads on every call
    out = []
    for i in range(span.start, span.end):
        if i != root:
            out.append(i)
            # "a Hungarian government spokesman": the modifier of a modifier
            out += [k for k in kids[i] if k < span.start and k < i and dep[k] != "det"]
    for k in kids[root]:
        if k < root and k < span.start and dep[k] in ("amod", "compound", "poss", "nmod"):
            out += _subtree_in_order(kids, k)
    # Appositive titles: "Olaf Scholz, the German chancellor"; not a relation to someone
    # else ("Albin Kurti, a rival of Serbian President Aleksandar Vucic": no Serb)
    # (the title's words, not a clause told of the person: "Ana Ruiz, who sought asylum in
    # the Mexican embassy," is no Mexican)
    for k in kids[root]:
        if k > root and dep[k] == "appos" and table.lemma_lower[k] not in RELATIONAL_ROLES:
            out += _subtree_in_order(kids, k, dep, CLAUSE_DEPS)
    return out


# Dependencies of a clause told of a noun, not words naming it: "who sought asylum ...".
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def _subtree_in_order(kids: list[list[int]], i: int, dep: Sequence[str] = (),
                      leave_out: Container[str] = ()) -> list[int]:
    """``[t.i for t in doc[i].subtree]``: the left dependents' subtrees, the word, the right
    ones', as ``Token.subtree`` yields them; without the subtrees of dependents whose
    relation (``dep``, the table's) is in ``leave_out``."""
    out = []
    for k in kids[i]:
        if k < i and not (leave_out and dep[k] in leave_out):
            out += _subtree_in_order(kids, k, dep, leave_out)
    out.append(i)
    for k in kids[i]:
        if k > i and not (leave_out and dep[k] in leave_out):
            out += _subtree_in_order(kids, k, dep, leave_out)
    return out


def title_words(token: Token) -> str:
    """The title a noun phrase names, without country words: "foreign minister"."""
    words = [t.lemma_.lower() for t in token.lefts
             if t.dep_ in ("compound", "amod") and t.i == token.i - 1 and t.ent_type_ == ""]
    return " ".join([*words, token.lemma_.lower()])


def _compound_lemma(token: Token) -> str:
    """The noun with the modifiers directly before it: "prime minister", "armed force"."""
    return _compound_lemma_at(token_table(token.doc), token.i)


def _singular(word: str) -> str:
    """A plural noun's singular by the regular rules ("gunmen" -> gunman, "militias" ->
    militia, "authorities" -> authority); other words unchanged."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _compound_lemma_at(table: TokenTable, i: int) -> str:
    """:func:`_compound_lemma` of the token at ``i``, read from the Doc's token table."""
    head, dep, lemmas = table.head, table.dep, table.lemma_lower
    first = i
    while first > 0 and head[first - 1] == i and dep[first - 1] in ("compound", "amod"):
        first -= 1
    return " ".join(lemmas[first:i + 1])


def _whole_name(ent: Span, taken: set[int], agents: Container[str]) -> Span:
    """A person's name NER cut short ("Maria Corina" of "Maria Corina Machado"): the proper
    nouns its last word is a compound of, when no other entity holds them. A name of two
    words or more only, and never a title or a body ("Gainesville Mayor", "Alexandria
    Police": a town NER took for a person, before an office)."""
    doc, end = ent.doc, ent.end
    if len(ent) < 2:
        return ent
    while (end < len(doc) and end not in taken and doc[end].pos_ == "PROPN"
           and doc[end].is_title and not doc[end].ent_type_
           and doc[end].lower_ not in agents and doc[end].lemma_.lower() not in agents
           and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end):
        end += 1
    if end == ent.end:
        return ent
    whole = doc[ent.start : end]
    whole.label_ = "PERSON"
    return whole


# Prepositions of place the tagger reads as adjectives before a bare noun ("gathered outside
# parliament", with "outside" an amod).
PLACE_ADJECTIVES = {"outside", "inside"}


def _may_hold(title: Token, holder: ActorInfo) -> bool:
    """Whether the knowledge base's ``holder`` of ``title`` may be the one the text means:
    not when the text names someone else right after the title ("Djibouti's foreign
    minister Ali Hassan" is Ali Hassan, whoever the knowledge base last knew in office)."""
    named = [c for c in title.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if not named:
        return True
    surname = unaccented(holder.name).lower().split()[-1]
    return any(surname in unaccented(n.text).lower() for n in named)


def _with_the_words_before(ent: Span, taken: set[int]) -> Span:
    """An organisation NER cut short at its start ("the Ghana Labour [Congress]"): with the
    capitalised words right before it that no other mention holds and that open no
    sentence; it is the whole name that says what the body is."""
    doc, start = ent.doc, ent.start
    headline_end = headline_line_end(doc)
    if headline_end is not None and start < headline_end:
        return ent  # (a headline capitalises every word)
    while start > 0 and start - 1 not in taken and doc[start - 1].is_title \
            and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_sent_start \
            and doc[start - 1].ent_type_ in ("", "ORG"):
        start -= 1
    if start == ent.start:
        return ent
    whole = doc[start:ent.end]
    whole.label_ = ent.label_
    return whole


def _named_body_of(token: Token) -> Span | None:
    """The capitalised body whose name ends with ``token``, a capitalised noun after "of"
    ("the IAEA Board of Governors", "the Council of Ministers"): the body's head word as a
    span (its modifiers name whose body it is), or None."""
    prep = token.head
    if not token.is_title or token.dep_ != "pobj" or prep.lower_ != "of" \
            or prep.dep_ != "prep":
        return None
    body = prep.head
    if not body.is_title or body.pos_ not in ("NOUN", "PROPN") or body.i > token.i:
        return None
    return token.doc[body.i : body.i + 1]


def _in_a_title_before_a_name(doc: Doc, table: TokenTable, i: int) -> bool:
    """Whether title word ``i`` is parsed as a modifier ("nmod") of a capitalised name after
    it, directly or through the title's next word ("Deputy Secretary of State Kurt
    Campbell", "U.S. Assistant Secretary ..."): the title is the person's, no actor of its
    own. (A compound is skipped already: "Defence Minister Khawaja Asif".)"""
    head = table.head[i]
    for _ in range(3):
        if table.dep[i] != "nmod" or head <= i:
            return False
        if table.pos[head] == "PROPN" and doc[head].ent_type_ == "PERSON":
            return True
        i, head = head, table.head[head]
    return False


def _a_condition(token: Token) -> bool:
    """"a state of emergency", "a state of war": a state of something common is a condition,
    no state ("the State of Palestine", "the state of Texas" are)."""
    return token.lower_ == "state" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children)
        for c in token.children)


# Agent nouns that also name a division when a name comes before them: "Kebbi state".
DIVISION_AGENTS = {"state", "province", "region", "capital"}


def _a_named_division(token: Token) -> bool:
    """"abducted students from a school in Kebbi state": a division named by the proper
    noun before it, after a preposition of place, is where, not who."""
    return token.lemma_.lower() in DIVISION_AGENTS and token.dep_ == "pobj" \
        and token.head.lower_ in PLACE_PREPS \
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def _first_half_of_a_modifier(token: Token) -> bool:
    """The word opens a hyphenated modifier: "state-owned firms", "government-backed
    militias", "army-run schools" name no state, government or army of their own."""
    return token.i + 1 < len(token.doc) and joins_words(token.doc[token.i + 1])


def _in_a_hyphenated_name(token: Token) -> bool:
    """A capitalised word at the end of a hyphenated name with a particle in it, as a
    place's name NER did not mark ("the Port-au-Prince suburbs", "Aix-en-Provence"): a
    word of that name, not a title ("Secretary-General", "Major-General" have no particle;
    "Kenyan-led" ends in no capital)."""
    doc = token.doc
    i = token.i
    if not token.is_title:
        return False
    particle = False
    while i > 1 and joins_words(doc[i - 1]):
        i -= 2
        particle = particle or doc[i].is_lower
    return particle and doc[i].is_title


def _where_not_who(token: Token) -> bool:
    """A singular noun without a determiner after "outside"/"inside" is where something
    happens, not who acts ("protested outside parliament"; "outside experts" acts)."""
    before = token.doc[token.i - 1] if token.i else None
    return (before is not None and before.lower_ in PLACE_ADJECTIVES and token.tag_ == "NN"
            and not any(c.dep_ in ("det", "poss") for c in token.children))


def _called_a_body(ent: Span) -> bool:
    """Whether the word before ``ent`` is a noun that calls it a body ("nuclear group
    Orano")."""
    return ent.start > 0 and ent.doc[ent.start - 1].lemma_.lower() in BODY_NOUNS \
        and ent.doc[ent.start - 1].pos_ == "NOUN"


def _named_by_a_place_noun(ent: Span) -> bool:
    """"in the suburb of Parel", "the village of Kuriga", "the Essequibo region": a name
    given to a place noun, however NER labelled it, is the place's; so are the names
    listed with it ("the settlements of Novopavlovka and Bogatyr")."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ == "compound" and root.head.i == ent.end:  # "the Essequibo region"
        return root.head.lemma_.lower() in PLACE_NOUNS
    return root.dep_ == "pobj" and root.head.lower_ == "of" \
        and root.head.head.lemma_.lower() in PLACE_NOUNS and root.head.head.i < root.i


def _the_capital_as_a_place(token: Token) -> bool:
    """"in the streets of the capital", "returned to the capital": a capital named as a
    place, not the government it may stand for ("the capital responded")."""
    if token.lemma_.lower() != "capital" or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":  # "the outskirts of the capital"
        prep = prep.head.head
    return prep.lower_ in PLACE_PREPS


def _without_an_amount(ent: Span) -> Span:
    """An organisation's or a person's name without the amount NER ran into it ("fined Apple
    1.8 billion euros": "Apple 1.8 billion"): the trailing numbers that are no word of the
    name but a quantity of the noun after it; the span as it is otherwise."""
    end = ent.end
    while end - 1 > ent.start and ent.doc[end - 1].pos_ == "NUM" \
            and ent.doc[end - 1].dep_ in ("nummod", "compound", "quantmod"):
        end -= 1
    if end == ent.end:
        return ent
    trimmed = ent.doc[ent.start:end]
    trimmed.label_ = ent.label_
    return trimmed


def _noun_phrase(token: Token, taken: set[int]) -> Span:
    """The agent noun with its adjective/compound modifiers, not its determiner."""
    start = token.i
    for child in sorted(token.lefts, key=lambda t: -t.i):
        adjacent = child.i == start - 1 and child.i not in taken
        if child.dep_ in ("amod", "compound", "nmod") and adjacent:
            start = child.i
            # with the modifier's own modifiers: "South African police", not "African police"
            edge = child.left_edge.i
            if token.doc[edge].dep_ in ("amod", "compound", "nmod") \
                    and not any(i in taken for i in range(edge, child.i)):
                start = edge
    doc = token.doc
    # a hyphenated modifier whole: "state-owned firms", "pro-government militia"
    while start > 1 and joins_words(doc[start - 1]) and start - 2 not in taken:
        start -= 2
    return doc[start : token.i + 1]


def _is_dateline(span: Span) -> bool:
    """"KYIV, March 4 (Reuters) -": a place name opening a line, followed by a comma or dash."""
    doc = span.doc
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].whitespace_ \
        or doc[span.start - 1].is_space
    follows = doc[span.end].text if span.end < len(doc) else ""
    return at_line_start and follows in (",", "-", "--", "—", "–", "(")


def _is_locative(span: Span) -> bool:
    head = span.root.head
    return span.root.dep_ == "pobj" and head.lower_ in PLACE_PREPS


def _given_to(span: Span) -> bool:
    """The name is what is handed over goes to: the object of a "to" on a verb of giving that
    has a thing given ("sent more tanks to Kyiv", "the prisoners were handed over to
    Moscow"), on that thing ("delivered aid to Kyiv"), or on a noun of giving ("military aid
    to Kyiv"). Not forces sent: they go to a place ("sent troops to the capital")."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "to":
        return False
    head = prep.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in GIVING_NOUNS:
        return True
    verb = head.head if head.dep_ == "dobj" else head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GIVING_VERBS:
        return False
    given = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(given) and not any(g.lemma_.lower() in SECURITY_FORCES for g in given)


def _a_destination(span: Span) -> bool:
    """The name is where something goes ("moved two brigades to Kharkiv"), not who receives
    what is handed over (see :func:`_given_to`)."""
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ in DESTINATION_PREPS \
        and not _given_to(span)


def _a_part_of(span: Span) -> bool:
    """The name is the town a part of which is named ("the streets of Goma", "the outskirts
    of Aleppo")."""
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ == "of" \
        and prep.head.lemma_.lower() in PLACE_PART_NOUNS


def _owns_a_part(span: Span) -> bool:
    """The name is the town a part of which it possesses ("Stockholm's central station",
    "Kyiv's streets"): a place, as "the streets of Kyiv"; "Moscow's decision" is still the
    state's."""
    root = span.root
    return root.dep_ == "poss" and root.head.lemma_.lower() in PLACE_PART_NOUNS | PLACE_NOUNS


def _named_after(span: Span) -> bool:
    """A capital inside another name: "Real Madrid", "Atletico Madrid", "Inter Milan" (a
    capitalised proper noun before it that modifies it)."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.is_title and before.pos_ == "PROPN" and before.dep_ == "compound" \
        and before.head.i in range(span.start, span.end) \
        and before.ent_type_ in ("", "ORG", "GPE")


def _in_a_full_name(word: str, doc: Doc) -> bool:
    """Whether the text names a person in full with the word among the names ("Yoon" in
    "Yoon Suk Yeol"): the word alone is then that person's surname."""
    word = word.lower()
    return any(e.label_ == "PERSON" and len(e) > 1 and word in e.text.lower().split()
               for e in entities(doc))


def _clean(span: Span) -> str:
    """Surface text without leading determiners, possessive endings and stray punctuation."""
    # (a hyphen inside a word stays, with no spaces: "state-owned")
    # (a possessive ending inside a name stays: "the All People's Congress")
    # (words, dependencies and spaces from the token table: a Token only for a hyphen)
    table, doc = token_table(span.doc), span.doc
    dep, text, space = table.dep, table.text, table.whitespace
    kept = [i for i in range(span.start, span.end) if dep[i] not in ("det", "case", "punct")
            or (text[i] == "-" and joins_words(doc[i])) or (dep[i] == "case" and i + 1 < span.end)]
    if kept and table.lower[kept[0]] in ("the", "a", "an"):
        kept = kept[1:]
    return "".join(text[i] + space[i] for i in kept).strip(" ,.'\"")


def _corefer_titles(doc: Doc, mentions: list[ActorMention], titles: set[str]
                    ) -> list[ActorMention]:
    """A bare title ("the chancellor said") is the person named earlier who holds it; not
    one a name follows in apposition ("the President of the Government, Pedro Sanchez"),
    which is that person's."""
    table = token_table(doc)
    person_tokens = {i for m in mentions if m.info.kind == "person" for i in range(m.start, m.end)}
    for n, m in enumerate(mentions):
        title = normal_title(m.info.name)
        if m.info.kind != "agent" or m.info.country or title not in titles:
            continue
        if any(table.dep[k] == "appos" and k in person_tokens
               for k in table.children[m.end - 1]):
            continue
        if any(table.lower[k] == "of" for k in table.children[m.end - 1]):
            continue  # "the President of Laos" is no bare title: Laos's, not the one before
        for earlier in reversed(mentions[:n]):
            if earlier.info.kind == "person" and title in normal_title(earlier.info.office or ""):
                m.info = replace(earlier.info, via=f"'{title}' refers to {earlier.text}")
                break
    return mentions


def _one_person(doc: Doc, mention: ActorMention, person_nouns: frozenset[str]) -> bool:
    """A person, or a singular generic actor naming one ("the ambassador", "a source")."""
    if mention.info.kind == "person":
        return True
    if mention.info.kind != "agent":
        return False  # (before the root: a Span's root is found anew at each reading)
    root = doc[mention.start:mention.end].root
    if root.tag_ != "NN":
        return False
    phrase = _compound_lemma(root).split()
    return any(" ".join(phrase[n:]) in person_nouns for n in range(len(phrase)))


def _pronouns(doc: Doc, mentions: list[ActorMention], person_nouns: frozenset[str] = frozenset(),
              window: int = DEFAULT_SETTINGS.pronoun_window_sentences) -> list[ActorMention]:
    """"he"/"she" as the person whose words hold it, or as the main subject of the sentence
    before when it opens its own (:func:`_previous_subject`), else as the latest person
    mentioned in this or the previous sentences (a named person, or a singular noun naming
    one: "The ambassador denied it. She said ...")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    table = token_table(doc)
    lower, tag = table.lower, table.tag
    pronouns = [doc[i] for i in range(len(doc)) if lower[i] in PERSON_PRONOUNS
                and i not in taken and tag[i] != "PRP$"]
    if not pronouns:
        return []
    persons = [m for m in mentions if _one_person(doc, m, person_nouns)]
    person_at = {i: m for m in persons for i in range(m.start, m.end)}
    starts = table.sentence_starts  # token.sent is slow: read the starts once
    found = []
    for token in pronouns:
        n = bisect_right(starts, token.i) - 1
        first = starts[max(0, n - window)]
        before = [m for m in persons if first <= m.start < token.i]
        # "Dodik, an ally of Putin, said he would ...": Dodik; else the subject the sentence
        # before was about, else the last person named
        antecedent = _speaker_of_the_clause(table, token.i, person_at) \
            or _previous_subject(table, token.i, before, starts[n]) \
            or _subject_beyond_the_relative(table, token.i, person_at) \
            or (before[-1] if before else None)
        if antecedent is not None:
            info = replace(antecedent.info, via=f"pronoun for {antecedent.text}")
            found.append(ActorMention(token.i, token.i + 1, token.idx,
                                      token.idx + len(token.text), token.text, info))
    return found


def _subject_beyond_the_relative(table: TokenTable, i: int,
                                 person_at: dict[int, ActorMention]) -> ActorMention | None:
    """"X received Y, with whom he signed an accord": the subject pronoun of a relative
    clause told of a person is not that person (the relative word is), but the person who is
    the subject of the sentence's main verb (or named in apposition to it). None for other
    pronouns, or when the main subject is that same person or no person."""
    head, dep = table.head, table.dep
    clause = head[i]
    if dep[i] != "nsubj" or dep[clause] != "relcl":
        return None
    first = min([clause, *_subtree_in_order(table.children, clause)])
    before = first - 2 if first >= 2 and table.text[first - 1] == "," else first - 1
    told_of = person_at.get(before)  # (the name the relative clause follows)
    if told_of is None:
        return None
    root = clause
    while dep[root] != "ROOT" and head[root] != root:
        root = head[root]
    # (a sentence the parser rooted at its subject, the verb read as a participle: "The
    # Prime Minister, X, received in Lisbon the President Y, with whom he ...")
    subject = root if table.pos[root] in ("NOUN", "PROPN") else next(
        (k for k in table.children[root] if dep[k] in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    # "the President of the Government, Pedro Sanchez, received ...": the name in apposition
    named = [*(k for k in table.children[subject] if dep[k] == "appos"), subject]
    found = next((person_at[k] for k in named if k in person_at), None)
    return found if found is not None and found is not told_of else None


def _antecedent_info(pronoun: ActorMention, mentions: list[ActorMention],
                     words: list[str]) -> ActorInfo | None:
    """What the noun a pronoun stands for is now (the last mention before it of the same
    actor that is no pronoun), or None."""
    return next((m.info for m in reversed(mentions) if m.start < pronoun.start
                 and m.info.key == pronoun.info.key
                 and words[m.start].lower() not in PERSON_PRONOUNS), None)


def _previous_subject(table: TokenTable, i: int, before: list[ActorMention],
                      sentence: int) -> ActorMention | None:
    """The subject of the sentence before, when the pronoun at ``i`` opens its own sentence
    as its subject and nobody is named between: "The pontiff was welcomed by the minister and
    will meet President Widodo. He will also visit ...": the pontiff, not the last person
    named (a subject is the topic a next sentence's "he" goes on with). None otherwise."""
    if table.dep[i] not in ("nsubj", "nsubjpass") or any(m.start >= sentence for m in before):
        return None
    starts = table.sentence_starts
    previous = starts[max(bisect_right(starts, sentence - 1) - 1, 0)]
    dep, head = table.dep, table.head
    candidates = [m for m in before if m.start >= previous]
    for m in reversed(candidates):
        # the mention's head word is its sentence's main subject
        root = next((k for k in range(m.start, m.end) if not m.start <= head[k] < m.end), None)
        if root is not None and dep[root] in ("nsubj", "nsubjpass") \
                and dep[head[root]] == "ROOT":
            # "the federation's general secretary, Yannis Kostopoulos, said": the name
            return next((o for o in candidates if o.start > root and dep[o.end - 1] == "appos"
                         and head[o.end - 1] == root), m)
    return None


def _speaker_of_the_clause(table: TokenTable, i: int,
                           person_at: dict[int, ActorMention]) -> ActorMention | None:
    """The person whose words hold the pronoun at ``i`` as their clause's subject ("Dodik,
    an ally of Putin, said he would not ...": the "he" is the one who says it, not the last
    person named); None when the clause's speaker is no person mention before it."""
    head, dep = table.head, table.dep
    if dep[i] not in ("nsubj", "nsubjpass") or dep[head[i]] != "ccomp":
        return None
    verb = head[head[i]]
    subject = next((k for k in table.children[verb] if dep[k] == "nsubj"), None)
    speaker = person_at.get(subject) if subject is not None else None
    return speaker if speaker is not None and speaker.end <= i else None


def _of_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, then those of an "of" inside them: "the Minister of
    Defence of Ukraine" names Ukraine through the portfolio; then their possessors: "the
    commander of Kenya's army", and "the President of the Lao People's Democratic Republic
    Thongloun Sisoulith", a name the parser takes for the object with the state its owner."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return objects + [g for o in objects for p in o.children
                      if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"] \
        + [c for o in objects for c in o.children if c.dep_ == "poss"]


# Offices of a town, whose holder is of the town's country: "Izmir Mayor Cemil Tugay".
CITY_OFFICES = LOCAL_OFFICES | {"councillor", "councilor", "alderman"}
# Nouns of a body's head or members, whose sector is the body's: "the leader of the gang" is
# no head of government, "a member of the rebel council" no legislator.
HEAD_NOUNS = {"leader", "head", "chief", "boss", "founder", "member", "commander"}


def _country_of_body(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """"a source in the Polish government", "an official of the Hungarian ministry", "an
    official from Poland": a generic actor with no country of its own takes the country of
    the body its preposition names (a state only after "of"/"from": troops in a country are
    not that country's), and its sector too when its own is unknown ("source")."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    table = token_table(doc)
    for m in mentions:
        # an organisation the knowledge base does not know, too: "the Ministry of Foreign
        # Affairs of Azerbaijan", "the Supreme Court of Kenya"
        unknown_body = m.info.key.startswith("organization:")
        if (m.info.kind != "agent" and not unknown_body) or m.info.country is not None:
            continue
        # the phrase after the mention, on its last word or on its head ("the Ministry of
        # Foreign Affairs of Azerbaijan": "of Azerbaijan" hangs from "Ministry")
        heads = {doc[m.end - 1], doc[m.start:m.end].root}
        # (the children from the token table: a Token only for a preposition, the only
        # child that can name a body)
        kids, dep = table.children, table.dep
        for prep in [doc[c] for h in heads for c in kids[h.i] if c >= m.end and dep[c] == "prep"]:
            body = next((at[c.i] for c in _of_objects(prep) if c.i in at), None)
            if body is None or body is m or not body.info.country or body.info.country_guessed:
                continue
            if unknown_body and prep.lower_ != "of":
                continue
            if doc[m.start:m.end].root.lemma_.lower() in RELATIONAL_ROLES:
                break  # "a treaty ally of the Philippines" is not the Philippines
            if prep.lower_ in ("of", "from") or (prep.lower_ in ("in", "at", "within")
                                                  and body.info.kind != "state"):
                # (a body "of Kenya" is Kenya's, not its government: "the Law Society of
                # Kenya" is no ministry)
                sector = body.info.sector if m.info.sector in (None, "UNK") and not (
                    unknown_body and body.info.kind == "state") else m.info.sector
                m.info = replace(m.info, country=body.info.country, sector=sector,
                                 via=f"{m.info.via}; country of {body.text}")
                break
    return mentions


def _sector_of_the_body_led(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """A head or a member of a body (:data:`HEAD_NOUNS`) "of" a body whose sector is known
    has its sector: "the leader of the gang" is CRM, "a commander of the rebels" REB."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    lemmas = token_table(doc).lemma_lower
    for m in mentions:
        if m.info.kind != "agent" or lemmas[m.end - 1] not in HEAD_NOUNS:
            continue
        of = [c for c in doc[m.end - 1].children if c.dep_ == "prep" and c.lower_ == "of"]
        body = next((at[g.i] for p in of for g in p.children if g.dep_ == "pobj" and g.i in at),
                    None)
        if body is not None and body is not m and body.info.sector not in (None, "UNK") \
                and body.info.sector != m.info.sector:
            m.info = replace(m.info, sector=body.info.sector,
                             via=f"{m.info.via}; sector of {body.text}")
    return mentions


# A state's forces, which an official of the state (not only the state or an office holder)
# speaks of as his own ("an Israeli military spokesman said the army had", "the Thai army
# said soldiers had returned fire"); a visiting prime
# minister is named by the host's officials too.
OWN_FORCES = {"army", "military", "navy", "air force", "police", "troops", "soldiers", "soldier"}
# Offices of a state's own government that a bare title names: what a state says of "the
# prime minister" is of its own ("Downing Street said the prime minister would visit Kyiv").
# Not roles that face other states ("the ambassador", "the envoy"), often foreign.
OWN_OFFICES = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir",
               "government", "cabinet", "foreign minister", "defence minister",
               "defense minister"} | OWN_FORCES


# Verbs by which someone speaks for a government: saying, and committing to ("the Prime
# Minister promised that the government would retake the capital")
SPEAKERS_VERBS = STATEMENT_VERBS | {"promise", "vow", "pledge", "assure", "guarantee"}


def _speakers_own_offices(doc: Doc, mentions: list[ActorMention]) -> None:
    """A bare title or organ with no country of its own, the subject of what a state, one of
    its office holders or officials says ("Moscow said the president would attend", "an
    Israeli military spokesman said the army had"), is that state's: it takes the
    speaker's country."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        info = m.info
        if info.kind != "agent" or info.country is not None or info.name not in OWN_OFFICES \
                or m.text.lower() != info.name:
            continue
        root = doc[m.start:m.end].root
        clause = root.head
        if root.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" \
                or clause.head.lemma_.lower() not in SPEAKERS_VERBS:
            continue
        speaker = _subject_mention(clause.head, at)
        # a state, a person holding an office of it ("Katz said the government would") or
        # one of its officials ("an Israeli military spokesman said the army had")
        if speaker is not None and speaker.info.country and speaker.info.country != "IGO" \
                and (speaker.info.kind == "state"
                     or (speaker.info.kind == "person" and speaker.info.office)
                     or (speaker.info.kind == "agent" and not speaker.info.country_guessed
                         and speaker.info.sector in ("GOV", "MIL", "COP")
                         and info.name in OWN_FORCES)):
            m.info = replace(info, country=speaker.info.country,
                             via=f"{info.via}; of {speaker.text}, who says so")


def _titled_by_a_body(doc: Doc, mentions: list[ActorMention],
                      person_nouns: frozenset[str]) -> None:
    """A person of no known country whose title names a group or body of a country right
    before the name ("Taliban spokesman Zabihullah Mujahid", "Hezbollah commander Ali
    Karaki", "Houthi military spokesman Yahya Saree") is of that country, in the body's
    sector when the person has none."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        info = m.info
        if info.kind != "person" or info.country is not None or m.start < 2:
            continue
        title = doc[m.start - 1]
        body = at.get(m.start - 2)
        if body is None or body.end != m.start - 1:
            # further back in a longer title: "Houthi military spokesman Yahya Saree"
            body = next((at[t.i] for t in reversed(_title_before(doc, m)) if t.i in at), None)
        if title.lemma_.lower() not in person_nouns or body is None \
                or body.info.kind not in ("organization", "state") \
                or body.info.country in (None, "IGO"):
            continue
        m.info = replace(info, country=body.info.country, sector=info.sector or body.info.sector,
                         via=f"{info.via}; {body.text} {title.text}")


# Agent words that mean another thing in a game's report (:func:`words.names_a_game`): the
# sector they have there, None for a player, who is no actor ("striker" is a worker on strike
# in a labour story, a forward in a football one; "supporters" are a team's fans).
GAME_SENSES: dict[str, str | None] = {"striker": None, "supporter": "CVL"}


def _title_before(doc: Doc, person: ActorMention) -> list[Token]:
    """The words of the title the model hangs on a person's name, up to the name ("former
    chief justice" of "former chief justice Sushila Karki"), or [] when none: the
    modifiers before the name, the last of them a noun."""
    root = doc[person.start:person.end].root
    title = sorted((t for c in root.lefts if c.i < person.start
                    and c.dep_ in ("compound", "amod", "nmod") for t in c.subtree),
                   key=lambda t: t.i)
    if not title or title[-1].i != person.start - 1 or title[-1].pos_ not in ("NOUN", "PROPN"):
        return []
    return title


def _country_of_the_role(doc: Doc, person: ActorMention, at: dict[int, ActorMention]) -> None:
    """A person of no known country set off by commas after a country's role ("the United
    States envoy for Sudan, Tom Perriello,"), or followed by one ("Ozgur Ozel, the CHP
    leader,"), is of that country, in that sector."""
    root = doc[person.start:person.end].root
    if root.dep_ == "appos":
        head = root.head
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i in at:
            head = head.head.head  # "the envoy for Sudan, Tom Perriello": the parser's "Sudan"
    else:  # the role after the name: "Ozgur Ozel, the CHP leader,"
        head = next((c for c in root.children if c.dep_ == "appos" and c.i > root.i), root)
    if head.i not in at:
        return
    role = at[head.i]
    info = role.info
    if role is not person and info.kind == "agent" and info.country \
            and not info.country_guessed:
        person.info = replace(person.info, country=info.country,
                              sector=person.info.sector or info.sector,
                              via=f"{person.info.via}; the {role.text} of {info.country}")


def _subject_mention(verb: Token, at: dict[int, ActorMention]) -> ActorMention | None:
    """The mention that is the subject of ``verb``, or, for a verb joined to another with no
    subject of its own, of the verb it is joined to ("Conille visited the wounded and
    promised that the government would ...")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return at.get(subject.i)
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head


def _appositive_country(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """A generic actor in apposition to a state or a person of a country is of it: "the
    United States, a treaty ally of the Philippines", "Kenya, the mediator"."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    table = token_table(doc)  # (the repaired parse: a Token for no child)
    dep, heads, kids = table.dep, table.head, table.children
    for m in mentions:
        if m.info.kind == "person" and m.info.country is None:
            _country_of_the_role(doc, m, at)
        if m.info.kind != "agent":
            continue
        root = doc[m.start:m.end].root.i  # (a Span and its root only for an agent)
        # either way round: "Uganda, Rwanda's neighbour" and "Rwanda's neighbour, Uganda"
        other = [heads[root]] if dep[root] == "appos" else [
            k for k in kids[root] if dep[k] == "appos"]
        head = next((at[i] for i in other if i in at), None)
        if head is not None and head is not m and head.info.country \
                and head.info.kind in ("state", "person") and head.info.country != "IGO" \
                and m.info.country != head.info.country:
            m.info = replace(m.info, country=head.info.country, country_guessed=False,
                             via=f"{m.info.via}; in apposition to {head.text}")
    return mentions


def _honorific_words(ent: Span) -> int:
    """How many words at the start of the name ``ent`` are an honorific
    (:data:`HONORIFICS`): 2 for "Datuk Seri Anwar Ibrahim" and "Tan Sri Muhyiddin Yassin",
    0 for "Tan Chee Keong"."""
    low = [t.lower_ for t in ent[:3]]
    if tuple(low[:2]) in HONORIFIC_PAIRS:
        return 2
    if not low or low[0] not in HONORIFICS:
        return 0
    return 2 if len(low) > 1 and low[1] in HONORIFIC_SECONDS else 1


def _a_states_side(table: TokenTable, i: int) -> bool:
    """Whether noun ``i`` is "side" as state media and diplomatic English use it for a
    government ("the Chinese side urged the US side"), not a side of something ("the
    Russian side of the border", "on the Polish side")."""
    if table.lemma_lower[i] != "side" or any(table.lower[k] == "of" for k in table.children[i]):
        return False
    return not (table.dep[i] == "pobj" and table.lower[table.head[i]] in ("on", "to"))


def _the_executive(table: TokenTable, i: int, country: str | None) -> bool:
    """Whether noun ``i`` is "the Executive" of English translated from Spanish, Portuguese,
    French or Italian ("el Ejecutivo"): a government, capitalised and singular after "the"
    or a nationality ("the Spanish Executive"), not a firm's executive ("a Shell executive",
    "Executives said") nor a body's ("the Executive Committee")."""
    return table.lemma_lower[i] == "executive" and table.is_title[i] and i > 0 \
        and table.tag[i] in ("NN", "NNP") and table.dep[i] != "compound" \
        and (table.lower[i - 1] == "the" or (country is not None and table.is_title[i - 1]))


def _occupier(words: list[str], m: ActorMention) -> bool:
    """Whether the agent mention *m* is an occupier by the words before its last one ("the
    occupation forces", "occupying troops"); *words* is the Doc's token texts."""
    return any(words[i].lower() in OCCUPIER_WORDS for i in range(m.start, m.end - 1))


def _named_occupier(m: ActorMention, mentions: list[ActorMention], words: list[str]
                    ) -> ActorMention | None:
    """The occupier the story names with its own country ("Israeli occupation forces"),
    nearest before the mention *m*, else the first after it (a headline's "occupation
    forces"); None when the story names none."""
    named = [o for o in mentions if o is not m and o.info.kind == "agent"
             and o.info.country and not o.info.country_guessed
             and o.info.country != "IGO" and _occupier(words, o)]
    before = [o for o in named if o.start < m.start]
    return before[-1] if before else next(iter(named), None)


def _antecedent(doc: Doc, span: Span, mentions: list[ActorMention]) -> ActorMention | None:
    """The mention "the ministry" refers back to: the latest earlier generic actor of a
    country its own words gave ("the Russian defence ministry"), with the same head noun,
    within ``ANAPHORA_SENTENCES`` sentences; for "its forces", the subject before it in
    the sentence, when its country is known ("the ministry said its forces ...")."""
    root = span.root
    if root.lemma_.lower() in RELATIONAL_ROLES:
        return None  # "the United States stood with its ally": someone else
    possessive = next((c.lower_ for c in root.children
                       if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    if possessive is not None:
        # "the ministry said that its forces had struck": the subject before it; "their"
        # only a plural one ("Caracas expelled their diplomats": another country's); "his"
        # and "her" a person ("Abiy said his country had no intention ...")
        first = token_table(doc).sentence_start(span.start)  # (once, not per mention)
        if root.left_edge.i == first and first > 0 and root.dep_ in ("nsubj", "nsubjpass"):
            # "The military said it struck ... Its jets hit ...": opening a sentence, the
            # subject of the sentence before
            first = token_table(doc).sentence_start(first - 1)
        owner = next((m for m in reversed(mentions) if first <= m.start < span.start
                      and (subject := doc[m.start:m.end].root).dep_ in ("nsubj", "nsubjpass")
                      and _fits_the_pronoun(possessive, subject, m)
                      and m.info.country and not m.info.country_guessed
                      and m.info.country != "IGO"), None)
        if owner is None and possessive in ("his", "her"):
            # "Washington sanctioned the RSF commander Daglo, accusing his forces": with no
            # person as the subject, the person named last before it in the sentence
            owner = next((m for m in reversed(mentions) if first <= m.start < span.start
                          and m.info.kind == "person" and m.info.country
                          and m.info.country != "IGO"), None)
        return owner
    # (a participle says what befell them, not who they are: "the released prisoners", and
    # "the freed prisoners", which the tagger may call an adjective)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return None
    # ("the occupation forces" after "Israeli occupation forces": its modifiers repeated
    # from the name before are no other kind of forces)
    kinds = [c.lower_ for c in root.children if c.dep_ in ("amod", "compound")
             and c.tag_ != "VBN" and not (c.tag_ == "JJ" and c.lower_.endswith("ed"))]
    lemma = root.lemma_.lower()
    window = _anaphora_window(doc, span)
    earlier = [m for m in mentions if window <= m.start < span.start
               and m.info.country and not m.info.country_guessed]
    if kinds:
        words = token_table(doc).lower
        return next((m for m in reversed(earlier) if m.info.kind == "agent"
                     and all(k in words[m.start:m.end] for k in kinds)
                     and doc[m.start:m.end].root.lemma_.lower() == lemma), None)
    if lemma in COUNTRY_NOUNS and root.tag_ == "NN":
        # "Iran's supreme leader said the country would never ...": the state named before
        # it, if only one is ("the United States and Iran held talks; the country ..." is
        # either)
        # ... or of the person who speaks ("Macron, back from a visit to Riyadh, will
        # address the nation": not a state named in what is said of him)
        persons = {i for m in earlier if m.info.kind == "person" for i in range(m.start, m.end)}
        table = token_table(doc)
        states = [m for m in earlier if m.info.kind == "state"
                  and not _said_of_a_person(table, m.start, persons)] or [
            m for m in earlier if m.info.kind == "person" and m.info.country != "IGO"]
        return states[-1] if len({m.info.country for m in states}) == 1 else None
    lemmas = token_table(doc).lemma_lower  # (no Span and root for a phrase without the word)
    same_noun = [m for m in earlier if m.info.kind == "agent" and lemma in lemmas[m.start:m.end]
                 and doc[m.start:m.end].root.lemma_.lower() == lemma]
    return same_noun[-1] if same_noun else None


def _named_in_full_below(doc: Doc, span: Span, mentions: list[ActorMention]
                         ) -> ActorMention | None:
    """A headline shortens its actors to their noun ("Settlers torch cars in West Bank
    village", "Troops kill three"); the article then names them in full ("Israeli
    settlers"). For a bare noun of the headline, the mention below with the same head noun
    whose own words give it a country, when all that do give the same one."""
    end = headline_line_end(doc)
    root = span.root
    if end is None or span.end > end or any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in root.children):
        return None
    lemma = root.lemma_.lower()
    below = [m for m in mentions if m.start >= end and m.info.kind == "agent"
             and m.info.country and not m.info.country_guessed and m.info.country_from is not None
             and doc[m.start:m.end].root.lemma_.lower() == lemma]
    return below[0] if len({m.info.country for m in below}) == 1 else None


# Possessive pronouns whose owner is the subject before them in the sentence.
OWNER_PRONOUNS = {"its", "their", "his", "her"}


def _fits_the_pronoun(possessive: str, subject: Token, mention: ActorMention) -> bool:
    """Whether a subject can own what ``possessive`` qualifies: "its" anyone, "their" the
    plural, "his" and "her" a person."""
    if possessive == "their":
        return _plural(subject)
    if possessive in ("his", "her"):  # a person, or a title that names one ("the minister")
        return mention.info.kind == "person" or (
            mention.info.kind == "agent" and not _plural(subject))
    return True


def _plural(noun: Token) -> bool:
    """A plural noun, or nouns joined by "and" ("Kenya and Uganda")."""
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)


def _anaphora_window(doc: Doc, span: Span) -> int:
    """The first token of the sentences a definite noun phrase may refer back into: its own
    and the ``ANAPHORA_SENTENCES`` before it."""
    table = token_table(doc)  # (Token.sent walks back to the sentence's start per call)
    window = table.sentence_start(span.start)
    for _ in range(ANAPHORA_SENTENCES):
        if window == 0:
            break
        window = table.sentence_start(window - 1)
    return window


# Bare nouns that refer back to an armed or political group the knowledge base knows.
GROUP_ANAPHORS = {"group", "movement", "militia", "militant group", "armed group"}
# Bare nouns that refer back to an intergovernmental body or to a group named before them.
BODY_ANAPHORS = {"bloc", "alliance"}


def _groups_named_before(doc: Doc, mentions: list[ActorMention]) -> None:
    """"Amnesty International urged ... 'the rights group said'": a definite generic rights
    group, charity or aid agency (sector NGO) is the non-governmental organisation named
    last before it, within ``ANAPHORA_SENTENCES`` sentences, when there is one; "the
    group", "the movement" the armed or political group of the knowledge base named last."""
    for n, m in enumerate(mentions):
        if m.info.kind != "agent" or m.info.country is not None:
            continue
        span = doc[m.start:m.end]  # (a Span only for the generic actors)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in span.root.children):
            continue
        if m.info.sector == "NGO":
            kind = "ngo:"
        elif m.text.lower() in GROUP_ANAPHORS:
            kind = "group:"  # "Hamas official X said the group would not accept"
        elif m.text.lower() in BODY_ANAPHORS:
            kind = ("igo:", "group:")  # "Mercosur leaders met ... The bloc signed"
        else:
            continue
        window = _anaphora_window(doc, span)
        named = [e for e in mentions[:n] if e.start >= window and e.info.key.startswith(kind)
                 and e.info.kind != "agent"]
        if named:
            m.info = replace(named[-1].info, via=f"{m.info.via}; {named[-1].text} before it")


# Sectors of generic actors whose country the story's is no guess for: charities and aid
# workers (as often foreign), officers of international bodies ("inspectors"), and actors of
# no known kind ("board members", "the group").
UNGUESSED_SECTORS = {"NGO", "IGO", "UNK"}


def _of_the_countryless(doc: Doc, span: Span, at: dict[int, ActorMention]) -> bool:
    """A generic actor the text gives an owner of no country: "its officers" after a subject
    with none ("the Kenyan-led mission said its officers ..."), or the "of" members of a
    body someone owns ("the UN watchdog's board of governors"); ``at``: the mentions by
    token."""
    root = span.root
    owner: Token | None = None
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in root.children):
        first = token_table(doc).sentence_start(span.start)
        owner = next((t for t in reversed(doc[first:span.start])
                      if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")), None)
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        owner = next((c for c in root.head.head.children if c.dep_ == "poss"), None)
    if owner is None:
        return False
    owned = at.get(owner.i)
    return owned is None or owned.info.country in (None, "IGO")


def _two_sides(span: Span) -> bool:
    """"Both leaders held talks", "the two ministers signed": the two named before, of two
    countries as often as of one, so neither the name below nor the one before is theirs
    (the words: PAIR_NOUNS, PAIR_WORDS, as ``_placed_by_own_words`` reads them); nor "the
    sides" (state media's "the sides agreed"), which are every side, never the one before."""
    root = span.root
    if root.tag_ == "NNS" and root.lemma_ == "side":
        return True
    return root.lemma_.lower() in PAIR_NOUNS and any(c.lower_ in PAIR_WORDS
                                                      for c in root.children)


def _refers_to_the_countryless(doc: Doc, span: Span, mentions: list[ActorMention]) -> bool:
    """"East African leaders met in Arusha ... The leaders called for a ceasefire": "the
    leaders" are those named before, whose own words gave them no country, so the article's
    country is no guess for them either; so is "the party" after "the Workers' Party", a
    named body of no known country."""
    root = span.root
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return False
    window = _anaphora_window(doc, span)
    lemma = root.lemma_.lower()
    lemmas = token_table(doc).lemma_lower  # (no Span and root for a phrase without the word)
    same = [m for m in mentions if window <= m.start < span.start
            and m.info.kind in ("agent", "organization")
            and lemma in lemmas[m.start:m.end] and doc[m.start:m.end].root.lemma_.lower() == lemma]
    return bool(same) and same[-1].info.country is None and len(same[-1].text.split()) > 1


def _counterparts_countries(doc: Doc, mentions: list[ActorMention]) -> dict[int, set[str]]:
    """By sentence start, the countries of "counterparts" ("his Turkish counterpart", "their
    Qatari counterparts"): whoever faces them is of another country, so that a sentence's
    other generic actors must not be guessed to be of it."""
    facing: dict[int, set[str]] = {}
    table = token_table(doc)
    lemmas, heads = table.lemma_lower, table.head
    for m in mentions:
        if not any(lemmas[i] == "counterpart" or lemmas[heads[i]] == "counterpart"
                   for i in range(m.start, m.end)):
            continue  # (the root and its head are among these: most mentions need no Span)
        root = doc[m.start:m.end].root
        noun = root if root.lemma_.lower() == "counterpart" else root.head
        if m.info.country and noun.lemma_.lower() == "counterpart":
            facing.setdefault(noun.sent.start, set()).add(m.info.country)
    return facing


# Verbs and nouns of standing between two sides: "talks mediated by Qatar", "Egypt brokered
# the truce", "under Turkish mediation". The go-between is not the story's country.
GO_BETWEEN_VERBS = {"mediate", "broker", "facilitate"}
GO_BETWEEN_NOUNS = {"mediation", "mediator", "facilitation", "good offices"}


def _go_between(root: Token) -> bool:
    """The mention whose head word is ``root`` names the go-between of a mediation."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by":
        return head.head.lemma_.lower() in GO_BETWEEN_VERBS
    if root.dep_ in ("nsubj", "poss", "amod", "compound"):
        lemma = head.lemma_.lower()  # (no union of the two sets made per call)
        return lemma in GO_BETWEEN_VERBS or lemma in GO_BETWEEN_NOUNS
    return False


def _one_body_per_story(mentions: list[ActorMention]) -> None:
    """A body's name the story first gave to another state ("Peru's Congress") is that
    state's body when it comes back alone ("Congress leader Jose Jeri"), not the one the
    knowledge base knows by the bare name (the United States Congress)."""
    first: dict[str, ActorInfo] = {}
    for m in mentions:
        name = m.text.lower()
        if m.info.key.startswith("body:") and name in first \
                and first[name].country not in (None, m.info.country):
            m.info = replace(first[name], via=f"{first[name].via}; as {m.text} before it")
        elif not m.info.key.startswith("body:") and m.info.country:
            first.setdefault(name, m.info)


def _a_date(ent: Span) -> bool:
    """A month and a number ("Oct 8"), whatever NER called it."""
    return len(ent) > 1 and ent[0].lower_.rstrip(".") in MONTHS and ent[1].like_num


def _trim_entities(doc: Doc) -> None:
    """NER's entities without the line breaks it sometimes runs them into ("Kiev" + the
    blank line after a headline): every stage reads a place or an actor from its text."""
    words = token_table(doc)
    space = words.is_space
    ents = doc.ents  # (each read makes every entity's Span anew)
    if not any(space[e.start] or space[e.end - 1] for e in ents):
        return
    kept = []
    for ent in ents:
        start, end = ent.start, ent.end
        while start < end and space[start]:
            start += 1
        while end > start and space[end - 1]:
            end -= 1
        if end > start:
            kept.append(Span(doc, start, end, label=ent.label_))
    doc.ents = kept


# Verbs whose subject owns the forces or people they name: "France has 1,000 troops in Chad".
HOLDING_VERBS = {"have", "keep", "maintain", "station", "base", "deploy", "retain", "field"}


def _held_by_a_state(doc: Doc, mentions: list[ActorMention]) -> None:
    """A generic actor with no country of its own that is the object of a verb of holding
    whose subject is a state ("France has 1,000 troops in Chad", "the United States keeps
    bases in Qatar") is that state's: where they are says nothing of whose they are."""
    at = {i: m for m in mentions if m.info.kind == "state" for i in range(m.start, m.end)}
    table = token_table(doc)
    for m in mentions:
        if m.info.kind != "agent" or m.info.country is not None:
            continue
        root = doc[m.start:m.end].root
        verb = root.head
        if root.dep_ != "dobj" or table.lemma_lower[verb.i] not in HOLDING_VERBS:
            continue
        owner = next((at[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in at), None)
        if owner is not None and owner.info.country:
            m.info = replace(m.info, country=owner.info.country, country_from=owner.start,
                             via=f"{m.info.via}; held by {owner.text}")


def _another_state_in_its_paragraph(starts: list[int], start: int, country: str,
                                    mentions: list[ActorMention]) -> bool:
    """Whether the paragraph of token ``start`` names a state other than ``country``."""
    first = starts[bisect_right(starts, start) - 1]
    end = starts[bisect_right(starts, start)] if bisect_right(starts, start) < len(starts) \
        else None
    return any(m.info.kind == "state" and m.info.country not in (None, country)
               and first <= m.start and (end is None or m.start < end) for m in mentions)


def _paragraph_starts(doc: Doc) -> list[int]:
    """The first token of each paragraph (after a line break), 0 first."""
    table = token_table(doc)  # (read from the table: no Token made per word)
    words = table.text
    # (the space tokens first, by their flag: ``is_space`` is ``text.isspace()``)
    return [0] + [i + 1 for i in compress(range(len(words)), table.is_space)
                  if "\n" in words[i] and i + 1 < len(words)]


def _a_states_body(info: ActorInfo) -> bool:
    """Whether an actor that is no state counts as a mention of its country in the
    article's evidence: a generic actor whose own words give a country ("Venezuelan security
    forces") and a named body that governs it ("the Taliban", "Indian External Affairs
    Ministry"), as much a mention of Afghanistan or India as the state's name; not an
    international body, nor a named party or armed group, often abroad."""
    if info.country == "IGO":
        return False
    return info.kind == "agent" or (info.kind == "organization" and info.sector == "GOV")


def _majority(countries: list[str]) -> str | None:
    """The country more than half of ``countries`` name, or None."""
    if not countries:
        return None
    top = max(sorted(set(countries)), key=countries.count)
    return top if countries.count(top) * 2 > len(countries) else None


def _surnames_missed_by_ner(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """A proper noun that repeats the surname of a person named in full is that person, even
    where NER did not tag it ("Zelenskiy, who travelled ..., said"); so does the first word
    of the names of the peoples news names by it (:data:`NAMED_BY_FIRST_WORD`)."""
    surnames: dict[str, tuple[int, ActorInfo]] = {}
    for m in mentions:
        if m.info.kind == "person" and len(m.info.name.split()) > 1:
            words = m.info.name.split()
            surnames.setdefault(words[-1], (m.end, m.info))
            if m.info.country in NAMED_BY_FIRST_WORD:  # "Rosli Kamaruddin ... Rosli said"
                surnames.setdefault(words[0], (m.end, m.info))
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    table = token_table(doc)
    for i, (text, pos) in enumerate(zip(table.text, table.pos, strict=True)):
        hit = surnames.get(text)
        if hit and i not in taken and i >= hit[0] \
                and (pos == "PROPN" or _a_surname_read_as_a_noun(table, i)):
            token = doc[i]
            found.append(ActorMention(token.i, token.i + 1, token.idx,
                                      token.idx + len(token.text), token.text,
                                      replace(hit[1], via="surname of a person named earlier")))
    return found


def _a_surname_read_as_a_noun(table: TokenTable, i: int) -> bool:
    """"Simion initially claimed victory": a surname the tagger calls a common noun (as it
    often does opening a sentence) where it heads a subject or an object of its own (not
    "Power outages", a modifier)."""
    return table.pos[i] == "NOUN" and table.dep[i] in ("nsubj", "nsubjpass", "dobj", "pobj") \
        and not any(table.dep[k] in ("compound", "amod", "det") for k in table.children[i])


# Countries whose people, written in English, put the family name first: "Lai Ching-te" is
# "Lai", "Lee Jae-myung" "Lee", "Hun Manet" "Hun".
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP", "KHM"})
# ... and those news names by the first word of the name for want of a family name: Malays
# ("Anwar Ibrahim" is "Anwar"), Indonesians ("Prabowo Subianto"), Bruneians and Thais
# ("Paetongtarn").
NAMED_BY_FIRST_WORD = FAMILY_NAME_FIRST | {"MYS", "IDN", "THA", "BRN"}


def _a_surname_guess(info: ActorInfo) -> bool:
    """Whether a person was read from a bare surname the knowledge base knows ("Khan" as
    the ICC's prosecutor): the person the article names in full with it comes first
    ("Imran Khan ... Khan, who has been in jail")."""
    return info.kind == "person" and info.via.startswith("surname ")


def _link_surnames(mentions: list[ActorMention]) -> list[ActorMention]:
    """Give a bare surname ("Scholz") the identity of the full name the article gives, the
    first one of that surname: later in the text, or earlier, when a headline names the
    person before the body does ("Lavrov and Fidan discussed Syria")."""
    full: dict[str, ActorInfo] = {}
    # each mention's words, read once for both passes ("Pedro Sánchez" ... "Sanchez")
    names = [unaccented(m.info.name).lower().split() for m in mentions]
    for m, words in zip(mentions, names, strict=True):
        if m.info.kind == "person" and len(words) > 1 and not _a_surname_guess(m.info):
            known = full.get(words[-1])
            if known is None or (m.info.via.startswith("knowledge base")
                                 and not known.via.startswith("knowledge base")):
                full[words[-1]] = m.info  # (the one the knowledge base knows beats "PM Khan")
            # and as the article writes it: "Emanuel Makron" (Macron) ... "Makron said"
            written = unaccented(m.text).lower().split()
            if len(written) > 1:
                full.setdefault(written[-1], m.info)
            if m.info.country in NAMED_BY_FIRST_WORD:
                full.setdefault(words[0], m.info)  # "Lai Ching-te" ... "Lai said"
    # a surname read from the knowledge base names the person for an organisation NER made
    # of the same word ("Sanchezthe announced ... accused Sanchez of ...")
    # (by its last word: "Pedro Sanchezthe" is read with its first name)
    guessed = {unaccented(m.text).lower().split()[-1]: m.info for m in mentions
               if _a_surname_guess(m.info)}
    for m, words in zip(mentions, names, strict=True):
        if m.info.key.startswith("organization:") and " " not in m.text \
                and (named := guessed.get(unaccented(m.text).lower())) is not None:
            m.info = named
            continue
        # NER sometimes calls a lone surname an organisation ("Zelenskiy said")
        # (a surname that took the named person's own country is the same person:
        # "Senegal elects opposition candidate Faye" ... "Bassirou Diomaye Faye")
        if _a_surname_guess(m.info):  # the surname as written, not the guess's full name
            words = unaccented(m.text).lower().split()
        named = full.get(words[0]) if len(words) == 1 else None
        # (a famous bearer the knowledge base guessed from the surname gives way to the
        # one the article names in full: "Nirav Modi ... Modi's lawyers" is no prime minister)
        if named is not None and m.info.kind in ("person", "organization") \
                and (m.info.wikidata is None or _a_surname_guess(m.info)) \
                and (named.country is None or m.info.country in (None, named.country)
                     or _a_surname_guess(m.info)):
            m.info = named if _a_surname_guess(m.info) else replace(
                named, country=named.country or m.info.country,
                sector=named.sector or m.info.sector)  # (not the guessed bearer's country)
    return mentions


@Language.factory(
    "newsevents_actors",
    default_config={"kb_paths": [], "tables": {"@misc": "newsevents.actor_tables.v1"},
                    "places": {"@misc": "newsevents.gazetteer.v1", "path": None},
                    "settings": asdict(ActorSettings()), "persons": asdict(PersonSettings())},
    requires=[*PARSE, *ENTITIES], assigns=assigns("newsevents_actors"))
def make_actors(nlp: Language, name: str, kb_paths: list[str], tables: ActorTables,
                places: Gazetteer, settings: dict[str, Any],
                persons: dict[str, Any]) -> ActorsComponent:
    """The actors stage with its resources (``tables``, the knowledge base's ``kb_paths``
    and the ``places`` gazetteer) and settings (the fields of :class:`ActorSettings` and of
    :class:`~newsevents.persons.PersonSettings`, which say what each means)."""
    resolver = GazetteerActorResolver(nlp, tables, tuple(kb_paths), places,
                                      ActorSettings(**settings), PersonSettings(**persons))
    return ActorsComponent(resolver)


class ActorsComponent:
    """spaCy component: runs an :class:`ActorResolver` and stores its mentions on the Doc."""

    def __init__(self, resolver: ActorResolver):
        register_extensions()
        self.resolver = resolver

    def __call__(self, doc: Doc) -> Doc:
        _trim_entities(doc)
        with entities_read_once(doc):  # (read by the repairs and by five finders)
            parse_repairs.repair(doc)  # (the first stage after the parser: all later see it)
            mentions = self.resolver.resolve(doc)
        doc._.actors = mentions
        doc._.actor_at = {i: n for n, m in enumerate(mentions) for i in range(m.start, m.end)}
        return doc
