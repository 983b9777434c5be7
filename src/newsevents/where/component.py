"""The ``where`` stage as a spaCy component: find the toponyms, resolve them in two rounds
of context, add those NER missed, keep those used as places.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import numpy
from spacy.attrs import ENT_TYPE, IS_TITLE, IS_UPPER, LENGTH, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .. import resources
from ..distance import KM_PER_DEGREE, km
from ..extensions import (
    ENTITIES,
    PARSE,
    TokenTable,
    assigns,
    attribute,
    attributes_read_once,
    doc_attrs,
    entities,
    entities_read_once,
    register_extensions,
    token_table,
)
from ..gazetteer import BIG_CITY_POPULATION, MAIN, Candidate, Gazetteer, is_geonames_id, name_key
from ..gazetteer.names import spaced_key
from ..words import COMPASS, DASHES, spelt_compass
from .home import cached_home
from .mentions import (
    PlaceMention,
    dateline_place,
    fill,
    place_mention,
    unfill,
    used_as_actor,
    written_name,
)
from .points import (
    actor_points,
    correct_place_countries,
    countries_from_places,
    drop_places_that_cannot_act,
)
from .precision import (
    STATE_SECTORS,
    after_street_address,
    before_office,
    confidence,
    countries_of_its_sentence,
    disease_names,
    far_rival,
    gives_nationality,
    has_centre,
    isolated,
    names_a_kind,
    not_a_place,
    person_parts,
    said_to_be_place,
    standalone_dateline,
    street_after,
    strong_prior,
    wire_dateline,
    world_city,
)
from .ranking import (
    Context,
    Evidence,
    Ranked,
    RankKey,
    at_home,
    cluster_support,
    evidence_of,
    is_broad,
    qualifier_score,
    rank,
    small,
    source_key,
    spelling_variant,
)
from .recall import (
    BODY_WORDS,
    BUSINESS_WORDS,
    DIRECTIONS,
    DIVISION_WORDS,
    INSTITUTION_WORDS,
    KIND_WORDS,
    LANGUAGE_NAMES,
    LOCAL_NOUNS,
    PLACE_HEADS,
    PLACE_LABELS,
    RED_CROSS,
    STATE_NAME_WORDS,
    STATE_ORGAN_WORDS,
    TITLE_STOPS,
    TOWN_WORDS,
    LowerWords,
    accept,
    after_locative,
    common_words,
    coordinated_with_place,
    demonym_stems,
    entity_bounds,
    foreign_alternate,
    has_facility_word,
    inside_organisation,
    is_container,
    is_relative,
    listed_division,
    local_use,
    maybe_spans,
    names_division_body,
    opens_longer_name,
    said_state,
    says_state,
    speaks,
    whole_name,
)
from .settings import DEFAULT_SETTINGS, MEDIA_WORDS, WhereSettings

# Words of a region of a country in a phrase of place: "Tripoli, in northern Lebanon"
REGION_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central",
                               "north", "south", "east", "west", "northeastern",
                               "northwestern", "southeastern", "southwestern"})

# NER labels of words that are no country adjective inside a name: a person's, a language
NOT_DEMONYM_TYPES = ("NORP", "PERSON", "LANGUAGE")
MAJORITY = 0.5  # the share of the article's evidence that makes a country its home
TOWNSHIP_WORDS = frozenset({"township", "twp"})  # "Jackson Township", "Madison Twp."
# Signs of a currency that one country's news uses for its own (the pound sterling; the
# dollar and the euro are many countries'); each one character (see _article_clues)
CURRENCY_SIGNS = {"£": "GB"}
# What a word outside the toponyms says of the article's country: (iso2, weight, the source
# it is kept under in a Context)
_Clue = tuple[str, float, str]


@Language.factory(
    "newsevents_where",
    default_config={"gazetteer": {"@misc": "newsevents.gazetteer.v1", "path": None},
                    "settings": asdict(DEFAULT_SETTINGS)},
    requires=[*PARSE, *ENTITIES, *doc_attrs("actors", "actor_at")],
    assigns=assigns("newsevents_where"))
def make_where(nlp: Language, name: str, gazetteer: Gazetteer,
               settings: dict[str, Any]) -> WhereComponent:
    """The where stage with its ``gazetteer`` and ``settings`` (the fields of
    :class:`~newsevents.where.settings.WhereSettings`, which say what each means)."""
    return WhereComponent(gazetteer, WhereSettings(**settings), common_words(nlp))


def bare_name(name: str) -> str:
    """A name without the kind of place written after it, or before it with "of" ("Fargo
    City", "Fargo town", "the City of Fargo": "Fargo"); other names as they are."""
    words = name.removeprefix("the ").removeprefix("The ").split()
    if len(words) > 1 and words[-1].lower() in KIND_WORDS:
        return " ".join(words[:-1])
    if len(words) > 2 and words[0].lower() in KIND_WORDS and words[1] == "of":
        return " ".join(words[2:])
    return name


def name_key_of(name: str) -> str:
    """The key a name's evidence is kept under: one for "Fargo", "the Fargo City" and
    "Fargo town" (one sense per discourse), without a kind of place after it ("the City of
    Fargo" keeps its own: Virginia's "City of Richmond" is a county-level city that says
    where the story's "Richmond" is)."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in KIND_WORDS:
        name = " ".join(words[:-1])
    return source_key(name)


@dataclass
class _Toponym:
    """A toponym being resolved: its mention, the entries its name may stand for, the places
    written after it, and the key its evidence is kept under."""

    mention: PlaceMention
    candidates: tuple[Candidate, ...]
    qualifiers: list[Candidate] = field(default_factory=list)
    source: str = ""  # the name as written, the key of its evidence
    # recalled only because another mention of the name was (one sense per discourse): it
    # follows that mention, and is not the name said again
    echo: bool = False
    # False for a country adjective in a local institution's name ("the Spanish Oaks
    # Apartments", "the American Legion"): it names the institution, not where the story is
    evidence: bool = True
    # True for a name with a kind of place added whose words are known only as the world
    # city of its bare name ("Dublin City" beside "Dublin"), or away from the home where
    # the bare name has a reading at home: the bare name decides it
    # (:meth:`WhereComponent._mark_kind_added`)
    world_echo: bool = False
    # a state written after the name closes its phrase ("Woodbury, Vermont."), at one
    # mentions: the name is read only in that state (:meth:`WhereComponent._qualified`)
    state_said: bool = False
    # a dateline writes the town's country after it ("SALISBURY, Rhodesia (AP) -"): the
    # name is read only in that country (:meth:`WhereComponent._dateline_country`)
    country_said: bool = False
    # a qualifier closes its phrase at one of its mentions (not the next item of a list of
    # places: "Thika, Kitui, Embu"): the name is no far place (:meth:`_far_places`)
    qualifier_closed: bool = False
    # a wire agency's dateline ("ANKARA, Oct 23 (Anadolu) -", :func:`.precision.wire_dateline`)
    # whose name the body does not repeat: where the reporter files from, which says the
    # story's country but puts no point near which a small namesake of a world city is meant
    # ("the BRICS summit in Kazan" is no village near Ankara)
    wire: bool = False

    def __post_init__(self) -> None:
        self.source = self.source or name_key_of(self.mention.name)

    @property
    def says(self) -> bool:
        """Whether the toponym's reading is evidence of where the article is."""
        return self.evidence and not self.world_echo


def institution_words(doc: Doc) -> frozenset[int]:
    """The tokens of the local institutions' names of ``doc`` (:func:`institution_runs`)."""
    return frozenset(i for run in institution_runs(doc) for i in run)


def business_words(runs: Sequence[Sequence[int]], doc: Doc) -> frozenset[int]:
    """The tokens of the institutions' names (``runs``, :func:`institution_runs`) whose
    country adjective is no place at all: a business's or a home's, ending in a word of
    :data:`~.recall.BUSINESS_WORDS` ("DeLallo Italian Marketplace", "the Spanish Oaks
    Apartments", "American Eagle Mortgage Corp."), a brand; and a private body's
    (:func:`_names_a_body`: "the American Legion", "the British Heart Foundation", "the
    American Red Cross"), an organisation's name. An organ of the state ("the Russian
    Security Council") keeps its country."""
    found: set[int] = set()
    for k, run in enumerate(runs):
        goes_on = _name_goes_on(doc, run[-1] + 1)
        # "The Canadian Hotel and Lodging Association": the body's name goes on after "and"
        whole = [*run, *runs[k + 1]] if goes_on and k + 1 < len(runs) \
            and runs[k + 1][0] == run[-1] + 2 else run
        if (token_table(doc).lower[run[-1]].rstrip(".") in BUSINESS_WORDS and not goes_on) \
                or _names_a_body(doc, whole):
            found.update(run)
    return frozenset(found)


def _names_a_body(doc: Doc, run: Sequence[int]) -> bool:
    """The capitalised words ``run`` name a private body: a word of
    :data:`~.recall.BODY_WORDS` (or "Red Cross") after the first, and no word of a state's
    organs (:data:`~.recall.STATE_ORGAN_WORDS`: "the Russian Security Council") nor the
    state's own name ("the Russian Federation Council")."""
    lower = token_table(doc).lower
    words = [lower[i].rstrip(".") for i in run]
    if any(w in STATE_ORGAN_WORDS for w in words) or _states_name(doc, run):
        return False
    return any(w in BODY_WORDS or (w in RED_CROSS and _body_word(doc, i))
               for i, w in zip(run[1:], words[1:], strict=True))


def _body_word(doc: Doc, i: int) -> bool:
    """The word at ``i`` ends an institution's name: a word of
    :data:`~.recall.INSTITUTION_WORDS`, or "Cross" or "Crescent" after "Red"."""
    lower = token_table(doc).lower  # (asked of every word of every capitalised run)
    word = lower[i].rstrip(".")
    return word in INSTITUTION_WORDS or (word in RED_CROSS and i > 0 and lower[i - 1] == "red")


def _states_name(doc: Doc, run: Sequence[int]) -> bool:
    """The run's second word makes the state's own name with the first ("the Russian
    Federation", "the Soviet Union"; :data:`~.recall.STATE_NAME_WORDS`), not followed by
    "of" ("the American Federation of Teachers" is a body)."""
    after = run[1] + 1
    lower = token_table(doc).lower
    return len(run) > 1 and lower[run[1]] in STATE_NAME_WORDS \
        and not (after < len(doc) and lower[after] == "of")


def _name_goes_on(doc: Doc, i: int) -> bool:
    """"and" and a capitalised word at ``i``: the name before goes on ("The American Hotel
    and Lodging Association" is an association, no hotel)."""
    table = token_table(doc)  # (asked after every capitalised run: no Token)
    return i + 1 < len(doc) and table.lower[i] == "and" and table.is_title[i + 1]


def institution_runs(doc: Doc) -> list[tuple[int, ...]]:
    """The local institutions' names of ``doc``, each as its tokens: a run of capitalised
    words in a sentence that holds a word of :data:`~.recall.INSTITUTION_WORDS` after its
    first ("the Spanish Oaks Apartments", "the American Legion", "the Native American
    History Council", "DeLallo Italian Marketplace"). A country adjective among them names
    the institution, not where the story is; the organs of a state ("the Russian Foreign
    Ministry", "the Canadian Coast Guard", "the Chilean Security Council": a word of
    :data:`~.recall.STATE_ORGAN_WORDS`) and the state's own name ("the Russian Federation")
    are none and stay evidence."""
    found: list[tuple[int, ...]] = []
    run: list[int] = []
    # The words that may be in a name (capitalised, in capitals, "&" or "of") from one array
    # read, not a Token per word; only they and the word after each can change the run, so
    # the loop visits only those (``is_sent_start`` is true where SENT_START is 1).
    rows = doc.to_array([IS_TITLE, IS_UPPER, LENGTH, LOWER, SENT_START])
    titles = rows[:, 0] == 1
    member = titles | ((rows[:, 1] == 1) & (rows[:, 2] > 1)) \
        | (rows[:, 3] == get_string_id("&")) | (rows[:, 3] == get_string_id("of"))
    changes = member.copy()
    changes[1:] |= member[:-1]
    title, inside, start = titles.tolist(), member.tolist(), (rows[:, 4] == 1).tolist()
    lower = token_table(doc).lower
    n = len(doc)
    for i in [*numpy.flatnonzero(changes).tolist(), n]:
        if i < n and inside[i] and not (start[i] and run):
            run.append(i)
            continue
        while run and lower[run[-1]] in ("&", "of"):
            run.pop()
        if len(run) > 1 and any(_body_word(doc, j) for j in run[1:]) \
                and not (len(run) == 2 and _states_name(doc, run)) \
                and not any(lower[j] in STATE_ORGAN_WORDS for j in run):
            found.append(tuple(run))  # ("the Russian Federation" is the state itself)
        run = [i] if i < n and title[i] else []
    return found


def _mark_institutions(doc: Doc, toponyms: Sequence[_Toponym], institutions: Container[int],
                       gazetteer: Gazetteer) -> None:
    """Country adjectives in a local institution's name (:func:`institution_words`) or
    naming a kind of thing (:func:`~.precision.names_a_kind`: "Mexican food") give no
    evidence; a country's own name there ("the Jordan Junior Olympic Club", "the U.S. Food
    and Drug Administration") is left to the other rules."""
    for t in toponyms:
        m = t.mention
        if m.adjective and _demonym_words(m.name, gazetteer) \
                and (any(i in institutions for i in range(m.start, m.end))
                     or names_a_kind(doc, m.start, m.end)):
            t.evidence = False


def _demonym_words(words: str, gazetteer: Gazetteer) -> bool:
    """The words are a country adjective ("Spanish", "the Spanish"), not a country's name."""
    name = words.removeprefix("the ").removeprefix("The ")
    return gazetteer.demonym(name) is not None and not any(
        c.feature_code.startswith("PCL") for c in gazetteer.lookup(name))


class WhereComponent:
    """spaCy component: find the toponyms, resolve them, keep those used as places.
    ``gazetteer`` defaults to the process's default index (which it opens at the first
    lookup, so that loading stays instant)."""

    def __init__(self, gazetteer: Gazetteer | None = None,
                 settings: WhereSettings = DEFAULT_SETTINGS,
                 common: frozenset[str] = frozenset()) -> None:
        register_extensions()
        self.gazetteer = gazetteer if gazetteer is not None else resources.default_gazetteer()
        self.settings = settings
        self.common = common  # English adjectives, verbs, adverbs (see recall.common_words)
        self._heads: frozenset[str] | None = None  # see _demonym_heads

    def _rank(self, t: _Toponym, context: Context | None = None,
              alone: dict[RankKey, Ranked] | None = None) -> Ranked:
        """The toponym's candidates ranked with the stage's settings, in ``context`` or, when
        it is None, alone; once per name in a context, or in the cache ``alone`` of names
        ranked alone (callers make new lists, never change this one)."""
        cache = context.ranked if context is not None else alone
        if cache is None:
            return rank(t.candidates, t.qualifiers, context, t.source, self.settings)
        # (lists, not generators, into the tuples: this runs for every toponym of every round)
        key = (t.source, tuple([c.geonameid for c in t.candidates]),
               tuple([q.geonameid for q in t.qualifiers]))
        ranked = cache.get(key)
        if ranked is None:
            ranked = cache[key] = rank(t.candidates, t.qualifiers, context, t.source,
                                       self.settings)
        return ranked

    def __call__(self, doc: Doc) -> Doc:
        # (the entities are read by the entity and the recall passes, the actors for nearly
        # every name weighed)
        with entities_read_once(doc), attributes_read_once(doc, "actors", "actor_at"):
            mentions = [self._entity_mention(ent, doc, name)
                        for ent, name in self._place_entities(doc)]
            dateline = dateline_place(doc)
            if dateline is not None:  # NER's "THE HAGUE, Nov 21": the dateline's own place
                mentions = [m for m in mentions
                            if m.end <= dateline.start or m.start >= dateline.end
                            or (m.start, m.end) == (dateline.start, dateline.end)]
            if dateline is not None and not any(m.start == dateline.start and not m.actor
                                                for m in mentions):
                mentions.insert(0, dateline)
            elif dateline is not None:
                _as_dateline(mentions, dateline)
            toponyms = self.resolve(doc, mentions)
        toponyms.sort(key=lambda m: m.start)
        places = [m for m in toponyms if not m.actor and not m.adjective
                  and not (m.lat is None and _an_organisation(doc, m))]
        doc._.toponyms = toponyms
        doc._.dateline_place = None
        if dateline is not None:
            doc._.dateline_place = next((n for n, p in enumerate(places)
                                         if p.start == dateline.start), None)
        doc._.places = places
        doc._.place_at = {i: n for n, p in enumerate(places) for i in range(p.start, p.end)}
        drop_places_that_cannot_act(doc, toponyms)
        correct_place_countries(doc._.actors or [], toponyms, self.gazetteer)
        countries_from_places(doc, doc._.actors or [], toponyms, self.gazetteer)
        doc._.actor_points = actor_points(doc._.actors or [], toponyms, self.gazetteer)
        return doc

    def home_of(self, doc: Doc) -> Candidate | None:
        """The article's home (``doc._.home``: a place name or a GeoNames id, see
        :mod:`.home`) as a gazetteer entry; None when it has none or the hint names no
        place."""
        hint = doc._.home
        if hint is None:
            return None
        if isinstance(hint, Candidate):
            return hint
        return cached_home(str(hint), self.gazetteer, doc._.article_id or "")

    def _place_entities(self, doc: Doc) -> list[tuple[Span, str | None]]:
        """The entities that are toponyms (places, country adjectives), each with the words
        that complete its name when NER cut it short (:meth:`_whole_hyphenated`,
        :func:`~.recall.whole_name`), and the places one entity joins
        (:meth:`_joined_places`); an entity inside a completed name is part of it ("Congo"
        of "Democratic Republic of the Congo"). Each span comes with the name to look up
        when it is not its words (None)."""
        out: list[tuple[Span, str | None]] = []
        for ent in self._entities(doc):
            if out and ent.start < out[-1][0].end:
                continue
            if (ent.label_ in PLACE_LABELS or self._is_demonym(ent)) and not _known_group(ent):
                whole = self._whole_hyphenated(ent)
                if whole.label_ == "NORP":
                    out.append((whole, None))
                else:
                    out += self._joined_places(whole_name(whole, self._is_main_name))
        return out

    def _joined_places(self, ent: Span) -> list[tuple[Span, str | None]]:
        """The places an entity joins with a dash or "and" when the whole is no name the
        gazetteer knows but each side is ("Asia-Pacific", "Central Africa - Nigeria", "Cattai
        and Wilberforce"), each with the entity's label, or each side with the last one's
        head ("Central and South America": Central America, South America; "North and South
        Korea"), then with that name to look up; else the entity alone ("Bosnia and
        Herzegovina", "Guinea-Bissau" are names)."""
        table = token_table(ent.doc)  # (the inner words by index: no Token per word)
        joins = [i for i in range(ent.start + 1, ent.end - 1)
                 if table.text[i] in DASHES or table.lower[i] in ("and", "&")]
        if not joins or self._lookup(written_name(ent.text)):
            return [(ent, None)]
        bounds = [ent.start, *joins, ent.end]
        parts = [Span(ent.doc, a + (a != ent.start), b, label=ent.label)
                 for a, b in zip(bounds, bounds[1:], strict=False)]
        if any(not len(p) for p in parts) \
                or not all(self.gazetteer.lookup(written_name(p.text)) for p in parts):
            return [(ent, None)]
        # the head the sides share, written once after the last ("South America": "America"):
        # "Central" and "North" are names too, of other places
        head = parts[-1][1:].text
        named = [f"{written_name(p.text)} {head}" for p in parts[:-1]]
        if head and all(self.gazetteer.lookup(n) for n in named):
            return [*zip(parts[:-1], named, strict=True), (parts[-1], None)]
        return [(p, None) for p in parts]

    def _is_main_name(self, name: str) -> bool:
        """Whether ``name`` is the gazetteer's own name of a place (not another name), also
        as written without its hyphens ("Rostov on Don") or as another spelling of a city's
        own (:func:`~.ranking.spelling_variant`: "Mazar-i-Sharif" of Mazar-e Sharif)."""
        found = self.gazetteer.lookup(name)
        if any(c.kind == MAIN for c in found):
            return True  # (most names: no key worked out)
        key = name_key(name)
        spaced = spaced_key(key)
        return any(spaced_key(name_key(c.name)) == spaced
                   or spelling_variant(c, key, self.settings) for c in found)

    def _entities(self, doc: Doc) -> list[Span]:
        """The named entities of ``doc``, with a country adjective that opens a place's
        name joined to the capitalised words after it when the gazetteer knows the whole
        ("French Guiana", "French Polynesia", which NER cuts into a NORP and another
        entity): a place, not France; the entities inside the whole are dropped."""
        found: list[Span] = []
        end = 0
        for ent in entities(doc):
            if ent.start < end:
                continue  # inside a name joined before
            whole = self._place_opened_by_demonym(ent) if ent.label_ == "NORP" else None
            found.append(whole if whole is not None else ent)
            end = found[-1].end
        return found

    def _place_opened_by_demonym(self, ent: Span) -> Span | None:
        """``ent`` (a NORP entity) and one or two capitalised words after it, as a place the
        gazetteer knows by that whole name ("French Guiana"), labelled GPE; else None."""
        doc = ent.doc
        table = token_table(doc)  # (the words by index: no Token nor Span per size tried)
        for size in (2, 1):
            stop = ent.end + size
            if stop > len(doc) or not all(table.is_title[i] for i in range(ent.end, stop)):
                continue
            if self.gazetteer.lookup(written_name(table.span_text(ent.start, stop))):
                return Span(doc, ent.start, stop, label="GPE")
        return None

    def _whole_hyphenated(self, ent: Span) -> Span:
        """The entity with the words a hyphen joins to it when NER cut a hyphenated name
        there and the gazetteer knows the whole ("Guinea" of "Guinea-Bissau"); else the
        entity as it is."""
        doc = ent.doc
        end = ent.end
        table = token_table(doc)  # (asked of every place entity: no Token)
        if end + 1 >= len(doc) or table.text[end] not in DASHES or table.whitespace[end - 1] \
                or table.whitespace[end] or not table.is_title[end + 1]:
            return ent
        whole = doc[ent.start : end + 2]
        return whole if self.gazetteer.lookup(written_name(whole.text)) else ent

    def _is_demonym(self, ent: Span) -> bool:
        """A NORP entity that names a country ("Ukrainian") or a state or a world city
        ("Oregonians", "Parisians")."""
        if ent.label_ != "NORP":
            return False
        text = token_table(ent.doc).span_text(ent.start, ent.end)  # (Span.text: Tokens)
        return self.gazetteer.demonym(text) is not None or bool(self._named_by_demonym(text))

    def _named_by_demonym(self, word: str) -> tuple[Candidate, ...]:
        """The first-level divisions, world cities and regions of one country a demonym is
        made from ("Oregonians": Oregon, "Kansan": Kansas, "Parisians": Paris, "Dagestani":
        Dagestan, "South Ossetian": South Ossetia); none for a country's demonym."""
        found: list[Candidate] = []
        for stem in demonym_stems(word):
            found += [c for c in self.gazetteer.lookup(stem) if _demonym_place(c, stem)]
            if found:
                break
        return tuple(found)

    def _entity_mention(self, ent: Span, doc: Doc, name: str | None = None) -> PlaceMention:
        """The toponym an entity is, flagged when it is an actor or a country adjective;
        ``name``: the name it stands for when its words are not ("Central" of "Central and
        South America")."""
        mention = place_mention(ent, ent.label_, used_as_actor(ent, doc))
        mention.name = name or mention.name
        if ent.label_ != "FAC" and not self.gazetteer.lookup(mention.name) \
                and (self.gazetteer.demonym(mention.name)
                     or self._named_by_demonym(mention.name)):
            mention.adjective = True  # "Sri Lankan", "Darfuri" tagged as a place
        mention.adjective = mention.adjective or ent.label_ == "NORP"
        return mention

    # -- resolution ------------------------------------------------------------------------

    def resolve(self, doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Fill each mention's GeoNames fields: a first pass with each name alone gives the
        article's context, a second pass ranks every name in it; then words that NER did not
        call places are weighed (see the package docstring). Returns all the toponyms."""
        s = self.settings
        toponyms = [_Toponym(m, self._span_candidates(doc, m)) for m in mentions]
        runs = institution_runs(doc)
        institutions = frozenset(i for run in runs for i in run)
        businesses = business_words(runs, doc)
        self._said_states(doc, toponyms)
        _seats_of_embassies(doc, toponyms)
        self._listed_states(doc, toponyms)
        self._link_qualifiers(doc, toponyms)
        self._dateline_towns(toponyms)
        clues = self._article_clues(doc, institutions)
        context = self._article_evidence(clues)
        context.home = self.home_of(doc)
        alone: dict[RankKey, Ranked] = {}  # a local paper repeats its town's name a dozen times
        _mark_institutions(doc, toponyms, institutions, self.gazetteer)
        self._mark_kind_added(toponyms, context.home)
        for t in toponyms:
            if is_relative(t.mention.written):
                # "Gulf", "Western": read in the article's countries, they say none of them
                # (two such names must not vouch for each other's reading in a third)
                t.evidence = False
        self._mark_wire_dateline(doc, toponyms)
        said: dict[int, Evidence] = {}  # (a name said again says the same: see _evidence)
        for t in toponyms:
            if t.says:
                context.add(t.source, _pointless(t, _evidence(self._rank(t, alone=alone),
                                                              said, s)))
        # once more with the evidence of the names read in context: "Georgia" alone is the
        # country, but beside "Atlanta" and "Teton County" the state, which then says where
        # "Athens" is
        context = self._context_round(clues, toponyms, context)
        for t in toponyms:
            best = self._rank(t, context)
            if best and best[0][0] >= s.min_score:
                fill(t.mention, best[0][1])
        more = self._more_toponyms(doc, mentions, context)
        _mark_institutions(doc, more, institutions, self.gazetteer)
        # a last round with the places NER missed as evidence too: a local paper's towns
        # ("Laurens County", "Dublin") speak for one another
        everything = toponyms + more
        for t, owner in _possessive_countries(doc, everything) + _appositive_owners(
                doc, everything):
            # (those of NER's own toponyms and places have theirs: _link_qualifiers)
            if not {c.geonameid for c in owner} <= {q.geonameid for q in t.qualifiers}:
                t.qualifiers = t.qualifiers + owner
                t.qualifier_closed = True
        self._mark_people(doc, everything)
        self._mark_kind_added(everything, context.home)
        context = self._context_round(clues, everything, context)
        kept = self._final_round(doc, everything, context, businesses)
        more = [t for t in more if id(t.mention) in kept]
        mentions = [m for m in mentions if id(m) in kept]
        return mentions + [t.mention for t in more] + self._inner_demonyms(doc, mentions, more,
                                                                           businesses)

    def _dateline_towns(self, toponyms: list[_Toponym]) -> None:
        """A dateline names the town a report is filed from, never a state or a county: a
        dateline's name written alone that a sizeable town bears (``variant_min_population``)
        is read among its towns and countries only, in every round ("WASHINGTON (Reuters)
        -" is the capital, not the state, whose evidence would pull the story's "Geneva" to
        a hamlet of Washington state). Not a country: "SINGAPORE", "KUWAIT" are both. A
        name of the body that no entry bears but the dateline's name is the dateline's town
        ("KINSHASSA, June 4 ... said in Kinshassa": the misspelt capital both times)."""
        for t in toponyms:
            if t.mention.label != "DATELINE" or t.qualifiers or not any(
                    c.feature_class == "P" and c.population >= self.settings.variant_min_population
                    for c in t.candidates):
                continue
            t.candidates = tuple(c for c in t.candidates if c.feature_class != "A"
                                 or c.feature_code.startswith("PCL"))
        filed = {t.source: t.candidates for t in toponyms
                 if t.mention.label == "DATELINE" and t.candidates}
        for t in toponyms:
            if not t.candidates and t.source in filed:
                t.candidates = filed[t.source]

    def _final_round(self, doc: Doc, toponyms: list[_Toponym], context: Context,
                     businesses: Container[int] = frozenset()) -> set[int]:
        """Resolve every toponym in the article's context, with the rules of
        :mod:`.precision`; returns the ids of the mentions that are places at all (no
        country adjective naming a kind of thing or in a business's name, ``businesses``:
        :func:`business_words`)."""
        s = self.settings
        parts = person_parts(doc, [t.mention for t in toponyms],
                             [bool(t.qualifiers) for t in toponyms])
        parts |= self._speakers(doc, toponyms)
        diseases = disease_names(doc, [t.mention for t in toponyms])
        # the places the earlier rounds found, before this round changes them
        others = [replace(t.mention) for t in toponyms
                  if t.mention.lat is not None and not t.mention.adjective]
        said = Counter(t.source for t in toponyms if not t.echo)
        # one sense per discourse: a name used once as a town's is that town throughout
        local = {t.source for t in toponyms if local_use(doc, t.mention)}
        # countries the article names as such ("troops from Poland", "Poland said"), its own
        # name included
        named = {t.mention.country_code for t in toponyms
                 if (t.mention.feature_code or "").startswith("PCL")
                 and (t.mention.actor or said_to_be_place(doc, t.mention, bool(t.qualifiers)))}
        ranked: list[tuple[_Toponym, Ranked]] = []
        nowhere: Counter[str] = Counter()  # mentions of a name that are no place
        vouched = countries_of_its_sentence(doc, [t.mention for t in toponyms])
        for t in toponyms:
            best = self._trusted(doc, t, self._rank(t, context), context)
            if t.mention.label == "MAYBE" and said[t.source] == 1:
                best = self._in_named_countries(t, best, others, vouched[id(t.mention)])
            if t.source in local and not t.qualifiers:
                best = self._local_reading(t, best, context, named, s)
            if t.mention.label == "DATELINE" and not t.qualifiers \
                    and wire_dateline(doc, t.mention):
                best = standalone_dateline(best, t.source, s)
            if self._township(t):
                # the town a township the gazetteer lacks is named after (:meth:`_lookup`)
                # only where the article points: the township's own town is often too small
                # for the gazetteer, and a namesake states away is no better
                best = [(score, c) for score, c in best if self._pointed_to(c, t.source, context)
                        or qualifier_score(c, t.qualifiers, s) > 0]
            ok = bool(best) and best[0][0] >= s.min_score
            if not t.evidence and (self._names_a_kind(doc, t.mention)
                                   or t.mention.start in businesses):
                continue  # "Mexican food", "DeLallo Italian Marketplace": no toponym at all
            if not_a_place(doc, t.mention, bool(t.qualifiers), parts,
                           best[0][1] if ok else None, diseases, self.common, s):
                nowhere[t.source] += 1
                continue
            if ok and (self._unsupported_choice(t, best, context)
                       or self._far_from_home(t, best, context)):
                ok = False  # no point rather than one on the wrong continent
            if ok:
                factor = s.recalled_factor if t.mention.label == "MAYBE" and \
                    not said_to_be_place(doc, t.mention, bool(t.qualifiers)) else 1.0
                fill(t.mention, best[0][1], factor * confidence(best, s))
                if best[0][1].feature_code.startswith("PCL") and before_office(doc, t.mention):
                    t.mention.adjective = True  # "U.S. Rep. Jo Ames": whose office, no place
            else:
                unfill(t.mention)  # an earlier round's reading the article does not vouch for
            ranked.append((t, best))
        self._unvouched_names(ranked, nowhere, {t.source for t in toponyms
                                                if t.mention.label != "MAYBE"})
        self._one_sense(ranked)
        names = self._far_places(ranked, vouched, context.home, doc)
        self._far_nationalities(doc, ranked)
        # an echo stands only where the mention it echoes is still a place
        sure = {t.source for t, _ in ranked if not t.echo and t.mention.geonameid is not None}
        return {id(t.mention) for t, _ in ranked if (not t.echo or t.source in sure)
                and id(t.mention) not in names}

    def _names_a_kind(self, doc: Doc, m: PlaceMention) -> bool:
        """A country adjective, not a country's name, that names a kind of thing
        (:func:`~.precision.names_a_kind`): it is no toponym."""
        return m.adjective and _demonym_words(m.text, self.gazetteer) \
            and names_a_kind(doc, m.start, m.end)

    def _mark_people(self, doc: Doc, toponyms: list[_Toponym]) -> None:
        """Names of people the article quotes (:meth:`_speakers`: "Hopkins said", which
        the final round finds to be no place) give no evidence to the last round of context,
        where a surname NER called a place would otherwise pull a town to a namesake of its
        own (a Hopkins and an Athens side by side in Michigan)."""
        people = self._speakers(doc, toponyms)
        for t in toponyms:
            if t.mention.written.lower() in people:
                t.evidence = False

    def _unsupported_choice(self, t: _Toponym, ranked: Ranked, context: Context) -> bool:
        """The article does not choose between namesakes in two countries: no qualifier,
        nothing of the article (its places, states, adjectives, home) in the best reading's
        country, and a reading abroad scoring about as well (:func:`~.precision.far_rival`):
        a local paper's "Mansfield" with no other place is Ohio's as likely as England's."""
        best = ranked[0][1]
        home = context.home
        if t.qualifiers or (home is not None and home.country_code == best.country_code):
            return False
        return context.shares(best, t.source)[0] == 0 and far_rival(ranked, self.settings)

    def _far_from_home(self, t: _Toponym, ranked: Ranked, context: Context) -> bool:
        """A paper with a home (a state or a town, :mod:`.home`) names a small place far from
        it, with no qualifier and nothing of the article in that place's state or near it:
        the place the paper means is most often one the gazetteer lacks (its packaged index
        has no village under 500 people), not a namesake across the country, which the text
        would have qualified ("Logan" of a Missouri paper is no town in Utah)."""
        s = self.settings
        home = context.home
        best = ranked[0][1]
        if home is None or home.feature_code.startswith("PCL") or t.qualifiers \
                or not small(best, s) or at_home(best, home, s):
            return False
        if km(home.lat, home.lon, best.lat, best.lon) <= s.isolation_km:
            return False
        return context.shares(best, t.source)[1] == 0 and not context.near(best, t.source)

    def _speakers(self, doc: Doc, toponyms: list[_Toponym]) -> set[str]:
        """Names (lower case) of people the article quotes: a name that is the subject of a
        verb of saying ("Okonjo said", "insists coach Varga") is a person throughout,
        unless its reading is a country, state, capital or world city (whose government
        speaks: "Moscow said") or it names a division ("Pike County said") or the text says
        it is a place, or uses it as a town's at another of its mentions (one sense per
        discourse: "Gainesville residents marched ... Gainesville says no" is the town)."""
        placed = {t.source for t in toponyms if local_use(doc, t.mention)}
        names = set()
        for t in toponyms:
            m = t.mention
            words = m.written.split()
            # (the two word sets tested in turn: their union made per toponym cost more)
            if not words or words[-1].lower() in KIND_WORDS \
                    or words[-1].lower() in DIVISION_WORDS or m.adjective or t.source in placed:
                continue
            if not speaks(doc, m.start, m.end) or said_to_be_place(doc, m, bool(t.qualifiers)):
                continue
            reading = next((c for c in t.candidates if c.geonameid == m.geonameid), None)
            if reading is None or not strong_prior(reading):
                names.add(m.written.lower())
        return names

    @staticmethod
    def _unvouched_names(ranked: list[tuple[_Toponym, Ranked]], nowhere: Counter[str],
                         tagged: set[str]) -> None:
        """One sense per discourse for names NER never called a place (not in ``tagged``):
        where most of a name's mentions are no place or have no reading the article vouches
        for (``nowhere`` counts those left out), the name is none at the others either (a
        person's name "Markel" read once as a French village after "what happened to")."""
        placed: Counter[str] = Counter()
        for t, _ in ranked:
            if t.mention.adjective:
                continue
            if t.mention.geonameid is None:
                nowhere[t.source] += 1
            else:
                placed[t.source] += 1
        for t, _ in ranked:
            if t.mention.geonameid is not None and not t.mention.adjective \
                    and t.source not in tagged and nowhere[t.source] > placed[t.source]:
                unfill(t.mention)

    @staticmethod
    def _one_sense(ranked: list[tuple[_Toponym, Ranked]]) -> None:
        """One sense per discourse: every resolved mention of a name takes the reading of
        its surest mention (one NER called a place before one it did not, then the higher
        score), when that reading is among its own ("Springfield" of "Springfield Township"
        is the Springfield that "in Springfield, Ohio" is), a mention that gives evidence
        before one that gives none."""
        groups: dict[str, list[tuple[_Toponym, Ranked]]] = {}
        for t, best in ranked:
            if t.mention.geonameid is not None and not t.mention.adjective:
                # an echo of its bare name's reading follows the bare name ("the City of
                # Norfolk" the Norfolk of the story)
                key = name_key_of(bare_name(t.mention.written)) if t.world_echo else t.source
                groups.setdefault(key, []).append((t, best))
        for group in groups.values():
            # not a mention that gives no evidence ("Dublin City" of "Dublin City Council",
            # known only as Ireland's capital, beside the paper's own "Dublin")
            sure_t = max(group, key=lambda tb: (tb[0].says, tb[0].mention.label != "MAYBE",
                                                tb[0].mention.score or 0.0))[0]
            sure = sure_t.mention
            for t, best in group:
                if t.mention.geonameid == sure.geonameid:
                    continue
                same = next((c for _, c in best if c.geonameid == sure.geonameid), None)
                if same is None and WhereComponent._kind_added(t, sure_t):
                    same = next(c for c in sure_t.candidates if c.geonameid == sure.geonameid)
                # not between a state and its city ("New York" and "New York City")
                if same is not None and not is_broad(same) and not any(
                        is_broad(c) and c.geonameid == t.mention.geonameid for _, c in best):
                    fill(t.mention, same, sure.score)

    @staticmethod
    def _kind_added(t: _Toponym, sure: _Toponym) -> bool:
        """``t`` is the name of ``sure`` with a kind of place after it ("Dublin City" of
        "Dublin", as in "Dublin City Council") and the gazetteer knows no town by those
        words, only another place's area or alternate name (Ireland's capital and its county
        are "Dublin City" too): the article's town, which ``sure`` is (a town so named keeps
        its own reading: "Carson City" beside "Carson")."""
        return WhereComponent._kind_of(t, sure) \
            and any(c.geonameid == sure.mention.geonameid for c in sure.candidates)

    @staticmethod
    def _kind_of(t: _Toponym, bare: _Toponym) -> bool:
        """``t`` is the name of ``bare`` with a kind of place added ("Dublin City", "the City
        of Norfolk" beside "Dublin", "Norfolk": :func:`bare_name`), and the gazetteer knows
        no town by its words, only another place's area or alternate name."""
        written = t.mention.written
        return bare_name(written) != written \
            and bare_name(written).lower() == bare.mention.written.lower() \
            and not any(c.kind == MAIN and c.feature_class == "P" for c in t.candidates)

    def _mark_kind_added(self, toponyms: Sequence[_Toponym], home: Candidate | None) -> None:
        """A name with a kind of place added that the article also writes bare
        (:meth:`_kind_of`: "Dublin City Council" beside "Dublin"), whose words are known
        only as a capital or world city of the bare name and its area (Ireland's capital
        and its county are "Dublin City"), is that same town, which the bare name's
        readings decide: it gives no evidence of its own, or it would vouch for the world
        city against the namesake the bare name means, in a local paper that names its own
        Dublin both ways. Likewise, for a paper with a ``home``, a name whose words are
        known only at the bare name's readings away from the home while the bare name has
        one at home ("the City of Norfolk", Virginia's county-level city, beside "Norfolk"
        in a Nebraska paper). A name whose words are known as another place near the bare
        name's ("Kanawha City", a part of Charleston) still says where the story is."""
        s = self.settings
        by_written: dict[str, list[_Toponym]] = {}
        for t in toponyms:
            by_written.setdefault(t.mention.written.lower(), []).append(t)
        for t in toponyms:
            for b in by_written.get(bare_name(t.mention.written).lower(), ()):
                if b is t or not self._kind_of(t, b):
                    continue
                echoed = [w for w in b.candidates if world_city(w)]
                if home is not None and any(at_home(c, home, s) for c in b.candidates) \
                        and not any(at_home(c, home, s) for c in t.candidates):
                    echoed = list(b.candidates)
                if t.candidates and all(any(
                        c.country_code == w.country_code and km(c.lat, c.lon, w.lat, w.lon)
                        <= s.city_area_km for w in echoed) for c in t.candidates):
                    t.world_echo = True

    def _trusted(self, doc: Doc, t: _Toponym, ranked: Ranked, context: Context) -> Ranked:
        """The readings of a toponym the article can vouch for, best first: a relative name
        ("the Upper East", "Central") only in one of the article's countries; a small place
        known by the name only as an alternate (often foreign) one only when the text says
        the name is a place ("in Lodz") or the article points to it (its state, places
        near it); a name the text calls a province that has no province reading, an area or
        a place in one of the article's countries. A qualifier vouches for any reading in its
        country (:meth:`_qualified`)."""
        if t.qualifiers:
            # not in a list of divisions ("Clay, Douglas and Grant counties")
            if t.country_said:
                return self._dateline_country(ranked, t.qualifiers)
            listed = listed_division(doc[t.mention.start : t.mention.end])
            return ranked if listed else self._qualified(ranked, t.qualifiers, t.state_said)
        m = t.mention
        # not "North" of "North and South Korea", which stands for North Korea (its source)
        relative = is_relative(m.written) and t.source == name_key_of(m.written)
        if m.adjective and not any(c.feature_code.startswith("PCL") for _, c in ranked):
            # "Victorian", "Oregonians": a state's or a city's people, in a story in its
            # country
            return [(score, c) for score, c in ranked
                    if context.shares(c, t.source)[0] > 0]
        if after_street_address(doc, m.start) and any(c.feature_class == "P" for _, c in ranked):
            # "400 S. Locust St., Lebanon": an address goes on with its town, not a country
            ranked = [(score, c) for score, c in ranked if c.feature_class == "P"]
        if says_state(doc, m) and not any(c.feature_code == "ADM1" for _, c in ranked):
            # "Nyanza province" that the gazetteer has no province for is no town of that
            # name in a country the story has no other word of
            ranked = [(score, c) for score, c in ranked
                      if is_broad(c) or context.shares(c, t.source)[0] > 0]
        foreign = [foreign_alternate(c, m.written) and small(c, self.settings)
                   and not spelling_variant(c, t.source, self.settings) for _, c in ranked]
        if not relative and not any(foreign):
            return ranked
        placed = said_to_be_place(doc, m, False) or after_locative(doc[m.start : m.end])
        kept = []
        for (score, c), alternate in zip(ranked, foreign, strict=True):
            # a well-known region is no relative name: "the Middle East" needs no country;
            # a relative name is a part of a country the story is about (``local_share`` of
            # its evidence), not of one a name in doubt might lie in ("Western" is no
            # province of Fiji because a Kenyan village's name has a Fijian namesake)
            if relative and is_geonames_id(c.geonameid) \
                    and context.shares(c, t.source)[0] < self.settings.local_share:
                continue
            if alternate and not placed and not self._pointed_to(c, t.source, context):
                continue
            kept.append((score, c))
        return kept

    @staticmethod
    def _dateline_country(ranked: Ranked, qualifiers: Sequence[Candidate]) -> Ranked:
        """A dateline's town with its country after it ("SALISBURY, Rhodesia (AP) -",
        "KINGSTON, Jamaica -"): wire style writes the country of the town the story is
        filed from, never a list, so the town lies in that country, whatever the story
        names elsewhere (a story filed from Rhodesia about talks in London is not filed
        from England's Salisbury); with no reading there it stays unresolved rather than be
        put abroad. Also a capital or world city: the writer named the country to say
        which."""
        countries = {q.country_code for q in qualifiers if q.feature_code.startswith("PCL")}
        return [(score, c) for score, c in ranked if c.country_code in countries]

    @staticmethod
    def _qualified(ranked: Ranked, qualifiers: Sequence[Candidate],
                   state_said: bool = False) -> Ranked:
        """A town written before a state or province ("Hexham, Ontario") lies in its
        country, and in that state when the state closes the phrase (``state_said``; the
        qualifier's words may also name a country): its readings elsewhere are dropped,
        and with none there it stays unresolved rather than be put in another state. Not
        after a country, nor for a name that is itself a country, a state, a capital or a
        world city: lists put those side by side ("Chad, Niger and Mali", "Tallahassee,
        Pensacola, Panama City", "Kyiv, Minsk and Riga")."""
        if not any(q.feature_code == "ADM1" for q in qualifiers) \
                or any(strong_prior(c) for _, c in ranked):
            return ranked
        # every country the qualifier may name ("Batumi, Georgia" is the country's), and,
        # where the state closes its phrase (``state_said``), every state: "Woodbury, Vermont"
        # is no Woodbury of Minnesota, which a gazetteer without the Vermont town offers
        countries = {q.country_code for q in qualifiers
                     if q.feature_code != "ADM1" or not state_said}
        states = {(q.country_code, q.admin1) for q in qualifiers if q.feature_code == "ADM1"}
        return [(score, c) for score, c in ranked
                if c.country_code in countries or (c.country_code, c.admin1) in states]

    @staticmethod
    def _local_reading(t: _Toponym, ranked: Ranked, context: Context,
                       named: set[str | None],
                       settings: WhereSettings = DEFAULT_SETTINGS) -> Ranked:
        """The readings of a name the article uses as a town's ("the Jordan police", "a
        Vienna man", "Moscow City Council"): news writes a country's people and
        institutions with its adjective ("Jordanian police"), so a country's name used so is a
        town of that name in the country most of the article's other evidence is in, unless
        the article names the country elsewhere (``named``: the countries it names as such);
        and a town abroad gives way to a namesake in that country, or, where no country
        holds most of the evidence, at the paper's home (:mod:`.home`): "London city
        council" in an Ontario paper is London, Ontario's."""
        def evidenced(c: Candidate) -> bool:
            return c.country_code in named or context.shares(c, t.source)[0] > 0

        if not ranked:
            return ranked
        # only a town in the country most of the article's other evidence is in: a world
        # story's "Lebanon police" with nothing else to go on is Lebanon's
        towns = [(score, c) for score, c in ranked if not c.feature_code.startswith("PCL")
                 and context.shares(c, t.source)[0] >= MAJORITY]
        # not an abbreviation, which news does write before nouns ("UK ministers")
        if ranked[0][1].feature_code.startswith("PCL") and not evidenced(ranked[0][1]) \
                and towns and not t.mention.written.isupper():
            ranked = towns
        # the country most of the article's other evidence is in
        home = [(score, c) for score, c in ranked
                if context.shares(c, t.source)[0] >= MAJORITY]
        if not home and context.home is not None:
            home = [(score, c) for score, c in ranked if at_home(c, context.home, settings)]
        return home if home and not evidenced(ranked[0][1]) else ranked

    def _in_named_countries(self, t: _Toponym, ranked: Ranked,
                            others: Sequence[PlaceMention], vouched: set[str]) -> Ranked:
        """A small place (no area, capital or world city) needs the article's support: news
        names a town abroad with its country, or in a story whose other places are in that
        country or near it. Where the article has other places (``others``: the toponyms
        resolved in the earlier rounds, adjectives left out), a small reading in none of
        their countries and more than ``isolation_km`` from all of them is dropped (a
        village abroad named like a local institution). A qualifier vouches for any
        reading; a sea or region of no one country ("the North Atlantic") is no reference:
        a port is named beside it, far from its middle. ``vouched``: the countries its own
        sentence names ("the Tunisian authorities arrested smugglers in Sfax")."""
        refs = [m for m in others if name_key_of(m.written) != t.source
                and (m.country_code or is_geonames_id(m.geonameid))]
        if t.qualifiers or not refs:
            return ranked
        countries = {m.country_code for m in refs} | vouched
        limit = self.settings.isolation_km
        return [(score, c) for score, c in ranked if not small(c, self.settings)
                or c.country_code in countries
                or any(abs(m.lat - c.lat) * KM_PER_DEGREE <= limit
                       and km(m.lat, m.lon, c.lat, c.lon) <= limit for m in refs)]

    def _township(self, t: _Toponym) -> bool:
        """The name is a township's ("Jackson Township", "Madison Twp.") that the gazetteer
        knows only by the town it is named after (:meth:`_lookup`)."""
        words = t.mention.written.split()
        # (a look-up only for the rare names that end so)
        return len(words) > 1 and words[-1].lower().rstrip(".") in TOWNSHIP_WORDS \
            and bool(t.candidates) and not self.gazetteer.lookup(t.mention.written)

    @staticmethod
    def _pointed_to(c: Candidate, source: str, context: Context) -> bool:
        """The article points to ``c``: its first-level division, or places near it."""
        return context.shares(c, source)[1] > 0 or context.near(c, source) \
            or context.closeness(c, source) > 0

    def _far_places(self, ranked: list[tuple[_Toponym, Ranked]],
                    vouched: Mapping[int, set[str]], home: Candidate | None = None,
                    doc: Doc | None = None) -> set[int]:
        """A place far from every other place of the article, with no qualifier that closes
        its phrase (a list's next item is none: "Thika, Kitui, Embu"), said once or
        only in words NER never called a place, needs more than a population prior; a
        reading of its name the article points to (in a state it names, near its places) is
        taken instead when one scores close enough. A name NER never called a place is far
        when it is far from the places NER tagged (where they have a centre, or one town
        named more than once and read without doubt: a local story's own town), whatever other
        such names lie near it. A place in a country its own sentence names (``vouched``, by
        mention), and no other place of the article is in, is not far: "the Tunisian
        authorities arrested smugglers in Sfax", in a story about France (an Ohio story's
        sentence that names the United States says nothing of a town 1,500 km away). A place
        at the paper's ``home`` (:func:`~.ranking.at_home`) is never far: the home is a
        place of every article, named or not (a London, Ontario paper's story of its sister
        city in China). A small place far from all the others is itself no place a reading
        can be near (:meth:`_anchors`). A mention of the dateline's place is never far. A
        capital or world city so far keeps its point, at a lower score unless the text says
        it is a place or only the dateline's town is far from it (:meth:`_surely_meant`),
        and unless only the first
        word of a longer name NER called a person or an organisation stands for it
        (:func:`~.recall.opens_longer_name`: "Paris Hilton", "Manchester United" in a story
        set elsewhere): that word is the name's, no toponym at all. Returns the ids of such
        words' mentions."""
        s = self.settings
        names: set[int] = set()
        ranked = [(t, best) for t, best in ranked
                  if best and t.mention.geonameid == best[0][1].geonameid]
        chosen = {id(t.mention): best[0][1] for t, best in ranked if not t.mention.adjective}
        anchors = self._anchors(chosen.values())
        # a name the article repeats is what it is about: only a name said once is in doubt,
        # or one NER never called a place (a school named after a person, "at Jefferson")
        said = Counter(t.source for t, _ in ranked if not t.echo)
        tagged = {t.source for t, _ in ranked if t.mention.label != "MAYBE"}
        # a name NER never called a place is measured against the names it did, where they
        # have a centre: two schools named after people ("at Franklin", "at Kennedy") must
        # not vouch for each other
        sure = {id(t.mention): best[0][1] for t, best in ranked
                if not t.mention.adjective and t.source in tagged}
        # the countries of each name's readings, to find a name alone in its country
        countries: dict[str, set[str]] = {}
        for t, best in ranked:
            if not t.mention.adjective:
                countries.setdefault(best[0][1].country_code or "", set()).add(t.source)
        # the towns named more than once (once at least as a place by NER) and read without
        # doubt (no other reading within ``confident_margin``, as for evidence)
        centres = {t.source for t, best in ranked if t.source in tagged and said[t.source] > 1
                   and not t.mention.adjective and not is_broad(best[0][1])
                   and (len(best) < 2 or best[0][0] - best[1][0] >= s.confident_margin)}
        # the first-level divisions the article names as places ("Ontario", "Kansas"), with
        # how often it names them and places in them
        in_state = Counter((c.country_code, c.admin1) for c in chosen.values() if c.admin1)
        states = {(c.country_code, c.admin1): in_state[(c.country_code, c.admin1)]
                  for c in chosen.values() if c.feature_code == "ADM1"}
        # the dateline's place: the story is filed from it, so the body's mentions of its name
        # are that place however far the story's other places lie ("GENEVA - ... vaccines
        # were sent from Geneva" in a story of Haiti)
        filed = {(t.source, t.mention.geonameid) for t, _ in ranked
                 if t.mention.label == "DATELINE"}
        for t, best in ranked:
            m = t.mention
            if (t.source, m.geonameid) in filed:
                continue
            if m.geonameid is None or m.adjective or (t.qualifiers and t.qualifier_closed) \
                    or is_broad(best[0][1]) \
                    or (said[t.source] > 1 and t.source in tagged
                        and not self._alone_abroad(t, best[0][1], countries)
                        and not self._in_another_state(best[0][1], states, said[t.source])) \
                    or m.label == "DATELINE" \
                    or (home is not None and at_home(best[0][1], home, s)):
                continue  # (a dateline is where the report was filed, often far from it)
            others = [c for k, c in chosen.items() if k != id(m) and c.geonameid in anchors]
            country = best[0][1].country_code
            if country in vouched[id(m)] and country not in {c.country_code for c in others}:
                continue  # a country its sentence names, which no other place is in
            vouching = [c for k, c in sure.items() if k != id(m) and c.geonameid in anchors]
            # a town named more than once is what a local story is about: a centre for
            # the words it never called places ("at Jones Library" in a story of Amherst)
            # (not a word that names the same place as another mention: "Gwinnett" of
            # "Gwinnett Medical Center" beside "Gwinnett County")
            recalled_far = t.source not in tagged and bool(centres - {t.source}) \
                and all(c.geonameid != best[0][1].geonameid for c in vouching)
            if t.source not in tagged and (has_centre(vouching, s) or recalled_far):
                others = vouching
            if not (has_centre(others, s) or recalled_far) \
                    or not isolated(best[0][1], others, s):
                continue
            top_score = best[0][0]
            # a capital or world city gives way only to a namesake the article points to
            # (its state, a place near it), as in the ranking: a world story's "Geneva"
            # beside Washington is no town of New York state 450 km away
            known = strong_prior(best[0][1])
            alt = next(((score, c) for score, c in best[1:] if score >= s.min_score
                        and top_score - score <= s.isolation_margin
                        and not isolated(c, others, s)
                        and (not known or self._points_to(c, others, states))), None)
            if alt is not None:
                fill(m, alt[1], s.isolated_factor * confidence(
                    [alt] + [sc for sc in best if sc[1] is not alt[1]], s))
            elif doc is not None and m.label == "MAYBE" and is_geonames_id(m.geonameid) \
                    and opens_longer_name(doc, m.start, m.end):
                unfill(m)
                names.add(id(m))  # "the Shanghai Cooperation Organisation" of a story abroad
            elif strong_prior(best[0][1]):
                if not self._surely_meant(doc, m, others, filed):
                    m.score = round(s.isolated_factor * (m.score or 0.0), 3)
            else:
                unfill(m)
        return names

    @staticmethod
    def _surely_meant(doc: Doc | None, m: PlaceMention, others: Sequence[Candidate],
                      filed: Container[tuple[str, int | None]]) -> bool:
        """A capital or world city far from the story's other places (``others``) is as
        sure as its reading when the text says it is a place ("flew to Geneva": a
        preposition of place, no first word of a name; a later item of a list it governs,
        "migrants in Doha and Kuala Lumpur") or when the only place it is far from is the
        dateline's town (``filed``: a report filed from Geneva covers Gaza)."""
        if doc is not None and (said_to_be_place(doc, m, False)
                                or coordinated_with_place(doc[m.start : m.end])):
            return True
        return bool(others) and all(any(gid == c.geonameid for _, gid in filed)
                                    for c in others)

    def _points_to(self, c: Candidate, others: Sequence[Candidate],
                   states: Container[tuple[str, str]]) -> bool:
        """The article points to ``c``: a first-level division it names holds it, or
        another of its places (not an area: the United States' point lies in Kansas) lies
        within ``near_km`` of it."""
        return (c.country_code, c.admin1) in states or any(
            o.geonameid != c.geonameid and not is_broad(o)
            and km(o.lat, o.lon, c.lat, c.lon) <= self.settings.near_km for o in others)

    def _anchors(self, readings: Iterable[Candidate]) -> set[int]:
        """The GeoNames ids of the article's readings that may vouch for another place's
        (:meth:`_far_places`): not a small place far from all the others (a Maine hamlet
        read for a Texas story's "Howland" must not keep a Pennsylvania reading of its "Sun
        Valley" near the story). Each place once: a local paper repeats its town."""
        s = self.settings
        unique = {c.geonameid: c for c in readings}
        places = list(unique.values())
        return {gid for gid, c in unique.items()
                if not small(c, s) or not has_centre(places, s) or not isolated(c, places, s)}

    def _in_another_state(self, c: Candidate, states: Mapping[tuple[str, str], int],
                          said: int) -> bool:
        """``c``, the reading of a name the article says ``said`` times, is a small place (no
        area, capital or world city) outside the story's state: a first-level division of
        its country the article names (``states``: each with how often the article names it
        and places in it) more often than it says the name. News gives a town outside the
        story's state or province its state ("Joplin, Mo."), so a name repeated bare in a
        story of Ontario, read as a hamlet of Alberta, is a place of the story the gazetteer
        lacks, not that hamlet; a state named in passing ("moved to Alaska") is not the
        story's, and a repeated name is otherwise what the story is about
        (:meth:`_far_places`)."""
        if not small(c, self.settings) or (c.country_code, c.admin1) in states:
            return False
        return any(cc == c.country_code and named > said for (cc, _), named in states.items())

    def _alone_abroad(self, t: _Toponym, c: Candidate, countries: dict[str, set[str]]
                      ) -> bool:
        """A name the article repeats is what it is about, unless its reading is a small place
        (no area, capital or world city) in a country no other name of the article is read in:
        a local paper repeats its own place, which the gazetteer may lack, and a namesake in
        another country is no better for being repeated (London's "Piccadilly" read as an
        Australian village)."""
        return small(c, self.settings) and countries.get(c.country_code or "", set()) <= {t.source}

    def _far_nationalities(self, doc: Doc, ranked: list[tuple[_Toponym, Ranked]]) -> None:
        """A country adjective that only says where a private person is from ("a Belgian
        national", "the Cameroonian scored": :func:`~.precision.gives_nationality`) is no
        place of the story when it is all the article says of that country (no place, state
        actor or other use of the adjective there) and the country lies far from the
        article's places (its point more than ``isolation_km`` from all of them, where they
        have a centre): a nationality needs more than a prior to be put on the map (issue
        11); the mention stays, unresolved. A country its
        state's people act for ("an Egyptian official") or its things stand for ("Russian
        cities") is the story's."""
        s = self.settings
        by_country: dict[str, list[_Toponym]] = {}
        places: list[Candidate] = []
        for t, _ in ranked:
            m = t.mention
            reading = next((c for c in t.candidates if c.geonameid == m.geonameid), None)
            if reading is None or m.country_code is None:
                continue
            if m.adjective and reading.feature_code.startswith("PCL"):
                by_country.setdefault(m.country_code, []).append(t)
            elif not m.adjective:
                places.append(reading)
        if not by_country or not has_centre(places, s):
            return
        for iso2, group in by_country.items():
            if any(p.country_code == iso2 for p in places) \
                    or not all(gives_nationality(doc, t.mention.start, t.mention.end)
                               for t in group) \
                    or self._state_acts(doc, iso2, group):
                continue
            country = next(c for c in group[0].candidates
                           if c.geonameid == group[0].mention.geonameid)
            # a neighbour is no stray point: refugees "crossed into Turkey" from Syria
            if all(km(p.lat, p.lon, country.lat, country.lon) > s.isolation_km for p in places):
                for t in group:
                    unfill(t.mention)

    def _state_acts(self, doc: Doc, iso2: str, adjectives: Sequence[_Toponym]) -> bool:
        """The article has an actor of the country ``iso2`` that is its state or acts for it
        (a state, a known official, "Swedish troops": :data:`~.precision.STATE_SECTORS`),
        other than one over the ``adjectives`` themselves (which the actors stage may read
        as the state: "Irish author") or one whose country the actors stage guessed from the
        article (police in a story of "two Norwegians" are no Norway's)."""
        iso3 = self.gazetteer.iso3(iso2)
        return any((a.info.kind == "state" or a.info.sector in STATE_SECTORS)
                   and a.info.country == iso3 and not a.info.country_guessed
                   and not any(a.start <= t.mention.start < a.end for t in adjectives)
                   for a in attribute(doc, "actors") or [])

    def _context_round(self, clues: list[_Clue], toponyms: list[_Toponym], context: Context
                       ) -> Context:
        """The article's evidence (its ``clues`` and each name ranked in the current
        ``context``), and the clusters its local names make
        (:func:`~.ranking.cluster_support`)."""
        ranked = [self._rank(t, context) for t in toponyms]
        fresh = self._article_evidence(clues)
        fresh.home = context.home
        tagged = {t.source for t in toponyms if t.mention.label != "MAYBE"}
        fresh.recalled = frozenset(t.source for t in toponyms if t.source not in tagged)
        fresh.support = cluster_support([(t.source, t.candidates) for t in toponyms
                                         if not t.mention.adjective and t.says],
                                        self.settings)
        said: dict[int, Evidence] = {}
        for t, r in zip(toponyms, ranked, strict=True):
            if t.says:
                fresh.add(t.source, _pointless(t, _evidence(r, said, self.settings)))
        return fresh

    @staticmethod
    def _mark_wire_dateline(doc: Doc, toponyms: list[_Toponym]) -> None:
        """Mark the wire agency's dateline whose name the body does not repeat
        (:attr:`_Toponym.wire`)."""
        for t in toponyms:
            if t.mention.label == "DATELINE" and wire_dateline(doc, t.mention) \
                    and not any(o is not t and o.source == t.source for o in toponyms):
                t.wire = True

    def _candidates(self, mention: PlaceMention) -> tuple[Candidate, ...]:
        """The entries a toponym may stand for (an adjective: its country; a facility:
        none, it stays unresolved)."""
        if mention.adjective:
            country = self.gazetteer.country(self.gazetteer.demonym(mention.name) or "")
            return (country,) if country else self._named_by_demonym(mention.name)
        if mention.label == "FAC" and has_facility_word(mention.name):
            return ()
        found = self._lookup(mention.name)
        if not found and mention.label in MISSPELT_LABELS \
                and not self.gazetteer.demonym(mention.name):
            # "floods hit Mauritious": a place NER found, no entry of its name, one typing
            # slip from one country's name; a dateline's also from one capital's
            # ("KINSHASSA, June 4": a dateline names a town the world knows; not a village
            # of the story NER found, "Carancas", a letter from Caracas)
            country = self.gazetteer.misspelt_country(mention.name) or (
                self.gazetteer.misspelt_capital(mention.name)
                if mention.label == "DATELINE" else None)
            found = (country,) if country else ()
        if not found and mention.label in FOREIGN_NAME_LABELS:
            # a country's name in the language a story was translated from ("troops sent
            # from Guinée", which NER may call a facility): no entry bears it (not a
            # person's: "Dominique" is Dominica's French name)
            country = self.gazetteer.foreign_country(mention.name)
            found = (country,) if country else ()
        return found

    def _span_candidates(self, doc: Doc, mention: PlaceMention) -> tuple[Candidate, ...]:
        """The candidates of a mention, read as a division when a list of them says so; of
        the name it was given when that is not its words ("Central" of "Central and South
        America": Central America)."""
        # (a name given as written has its key: most names, which need no key worked out)
        if mention.adjective or mention.label == "DATELINE" or (
                mention.name != mention.written
                and name_key(mention.name) != name_key(mention.written)):
            return self._candidates(mention)
        name = written_name(token_table(doc).span_text(mention.start, mention.end))
        return self._span_lookup(doc[mention.start : mention.end], name) \
            or self._candidates(mention)

    def _span_lookup(self, span: Span, name: str | None = None) -> tuple[Candidate, ...]:
        """Entries of the name ``span`` as written (``name``, when the caller has it), or of
        the division a list names ("Carbon and Stillwater counties": Stillwater County)."""
        division = listed_division(span)
        if division:
            found = tuple(c for c in self.gazetteer.lookup(division)
                          if c.feature_class == "A")
            if found:
                return found
        # the name a mention of it looks up
        return self._lookup(written_name(span.text) if name is None else name)

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        """Entries of a name; failing that, of the name without a direction before it, a
        kind of place after it or before "of" ("West Texas", "Fargo city", "the Town of
        Hempstead"), the small towns a township is named after ("Brick Twp.": Brick), or the
        name before a comma. An abbreviated direction is read as its word when the name so
        spelt is a place's ("W. Columbia": West Columbia), else as a part of the state after
        it ("W. Texas")."""
        found = self.gazetteer.lookup(name)
        if not found and spelt_compass(name) != name:
            found = self.gazetteer.lookup(spelt_compass(name))
            if not found:
                # not as a part of any other place after it: local news abbreviates the
                # direction of a part of its own small town ("S.E. Paris" of a paper in
                # Paris, Texas), which the reading of "Southeast Paris" below, a part of a
                # city or an area, is not
                found = tuple(c for c in self.gazetteer.lookup(name.partition(" ")[2])
                              if c.feature_code == "ADM1")
        words = name.split()
        # "North-Western Sydney", "South-East Asia": a compass word written with a hyphen
        first = words[0].lower().replace("-", "") if words else ""
        first = first.removesuffix("ern") if first.removesuffix("ern") in COMPASS else first
        # not down to a word of a relative name: "Upper Valley" is no place called "Valley"
        if not found and len(words) > 1 and first in DIRECTIONS \
                and not is_relative(" ".join(words[1:])):
            found = self.gazetteer.lookup(" ".join(words[1:]))
            if first in COMPASS:
                # a compass word names a part of an area or a city ("West Texas", "South
                # Arlington"), not of a small town: "the North Atlantic" is no village
                # called Atlantic; nor is a part of a continent ("East Africa") at the
                # continent's middle, thousands of kilometres away
                found = tuple(c for c in found if c.feature_code != "CONT" and (
                    is_broad(c) or c.feature_code == "PPLC"
                    or c.population >= self.settings.compass_part_population))
        if not found and len(words) > 1 and words[-1].lower() in KIND_WORDS \
                and not is_relative(" ".join(words[:-1])):
            found = self.gazetteer.lookup(" ".join(words[:-1]))
        if not found and len(words) > 1 and words[-1].lower().rstrip(".") in TOWNSHIP_WORDS:
            # a township the gazetteer lacks (it has no civil divisions below counties) is
            # the town it is named after and holds, or borders: only a small town, as no
            # township is named after a capital or a world city
            found = tuple(c for c in self.gazetteer.lookup(" ".join(words[:-1]))
                          if small(c, self.settings) and c.feature_class == "P")
        if not found and len(words) > 2 and words[0].lower() in KIND_WORDS \
                and words[1] == "of":
            found = self.gazetteer.lookup(" ".join(words[2:]))  # "the City of Santa Ana"
        if not found and "," in name:  # NER took "Paris, Texas" as one entity
            found = self.gazetteer.lookup(name.split(",")[0])
        return found

    def _link_qualifiers(self, doc: Doc, toponyms: list[_Toponym]) -> None:
        """"Paris, Texas" / "KHARKIV, Ukraine, March 4" / "Alexandria, La.": a state or
        country written right after a comma qualifies the name before it."""
        for t in toponyms:
            if "," in t.mention.name:
                t.qualifiers += [c for part in t.mention.name.split(",")[1:]
                                 for c in self.gazetteer.lookup(part) if is_broad(c)]
            stop, after = self._qualifier_words(doc, t.mention.end)
            closed = self._closes_chain(doc, stop)
            t.state_said = any(q.feature_code == "ADM1" for q in after) and closed
            # (not a name that is also a state's, "Georgia": the state's rules read it)
            t.country_said = t.mention.label == "DATELINE" and bool(after) \
                and all(q.feature_code.startswith("PCL") for q in after)
            t.qualifier_closed = "," in t.mention.name or (bool(after) and closed)
            if after and not closed and self._names_a_city(doc, t, stop, after):
                after = []  # "Tehran, Isfahan and Shiraz": a list of cities, no province
            if self._listed_state(doc, t):
                # "Toronto, Ontario, Canada": a country of one of the name's states after it
                # closes a chain of qualifiers, not a list of states (of countries: "Chad,
                # Niger, Nigeria")
                states = {c.country_code for c in t.candidates if c.feature_code == "ADM1"} \
                    if not self._is_country(t.mention.name) else set()
                after = [q for q in after if q.feature_code.startswith("PCL")
                         and q.country_code in states]
            t.qualifiers += after
            if after:
                self._read_as_qualifier(t, after, toponyms)
        # one sense per discourse: "Paris, Texas" once makes every later "Paris" that town
        pooled: dict[str, list[Candidate]] = {}
        said = {t.source for t in toponyms if t.state_said}
        countries = {t.source for t in toponyms if t.country_said}
        closing = {t.source for t in toponyms if t.qualifier_closed}
        for t in toponyms:
            pooled.setdefault(t.source, []).extend(t.qualifiers)
        for t in toponyms:
            t.qualifiers = list(pooled[t.source])
            t.state_said = t.source in said
            t.country_said = t.source in countries
            t.qualifier_closed = t.source in closing
        # a country's possessive qualifies that mention alone: a story may name the Punjab
        # of India and "Pakistan's Punjab" both; so does an appositive that says whose
        # town it is ("Victoria, the capital of Tamaulipas")
        for t, owner in _possessive_countries(doc, toponyms) + _appositive_owners(doc,
                                                                                  toponyms):
            t.qualifiers = t.qualifiers + owner
            t.qualifier_closed = True  # (the phrase says where it is: no far place)

    def _names_a_city(self, doc: Doc, t: _Toponym, stop: int,
                      after: Sequence[Candidate]) -> bool:
        """The division written after ``t`` (its readings ``after``, words up to ``stop``)
        in a list that goes on ("Tehran, Isfahan and Shiraz") is also the own name of a big
        city (a seat known by its province's name: ``seat_city_population``), and holds
        only towns that bear ``t``'s name as another name of theirs: the list names cities,
        and its next item is that city, not the province of a namesake of ``t`` (Isfahan
        province holds a small town GeoNames also calls Tehran). A state that holds a town
        of the name qualifies it ("Vancouver, Washington and Portland, Oregon")."""
        held = [c for c in t.candidates if c.feature_class == "P" and any(
            q.country_code == c.country_code
            and (q.feature_code.startswith("PCL") or q.admin1 == c.admin1) for q in after)]
        if not held or any(c.kind == MAIN for c in held):
            return False
        text = token_table(doc).span_text(t.mention.end + 1, stop)
        return any(c.feature_class == "P" and c.kind == MAIN
                   and c.population >= self.settings.seat_city_population
                   for c in self.gazetteer.lookup(text))

    @staticmethod
    def _read_as_qualifier(t: _Toponym, after: Sequence[Candidate],
                           toponyms: Sequence[_Toponym]) -> None:
        """The toponym that qualifies ``t`` (its readings ``after``, written after a comma:
        "Mississauga, Ontario") is read only as a state or country that holds a reading of
        ``t``, when it has one: the Canadian province, not the Californian town, however
        many Californian places the story names."""
        ids = {c.geonameid for c in after}
        q = next((q for q in toponyms if t.mention.end < q.mention.start <= t.mention.end + 4
                  and any(c.geonameid in ids for c in q.candidates)), None)
        if q is None:
            return
        holding = tuple(c for c in q.candidates if c.geonameid in ids and any(
            r.geonameid != c.geonameid and r.country_code == c.country_code
            and (c.feature_code.startswith("PCL")
                 or (c.feature_code == "ADM1" and r.admin1 == c.admin1))
            for r in t.candidates))
        if holding:
            q.candidates = holding

    @staticmethod
    def _said_states(doc: Doc, toponyms: list[_Toponym]) -> None:
        """A name the text says is a state or province ("Katsina state", "the province of
        Ontario") is read only as that division, at that mention and, one sense per
        discourse, at every other mention of the name that may be it (not at another name
        of the same key: "Kansas City" beside "the state of Kansas"; not at the dateline,
        which names a town)."""
        states: dict[str, set[int]] = {}
        for t in toponyms:
            said = said_state(doc, t.mention, t.candidates)
            if said != t.candidates and all(c.feature_code == "ADM1" for c in said):
                states.setdefault(t.source, set()).update(c.geonameid for c in said)
            t.candidates = said
        for t in toponyms:
            ids = states.get(t.source, set())
            # (not the dateline: "KADUNA, June 10 - ... a church in Kaduna state" is filed
            # from the town, whatever the body says of the state)
            if not t.mention.adjective and t.mention.label != "DATELINE" \
                    and any(c.geonameid in ids for c in t.candidates):
                t.candidates = tuple(c for c in t.candidates if c.geonameid in ids)

    def _listed_states(self, doc: Doc, toponyms: list[_Toponym]) -> None:
        """"Texas, Utah, Washington and Wyoming": a name next to a state of one country in a
        list (a comma or "and" between them) is read only as a state of that country when it
        may be one: a list of states names states, not a capital named like one."""
        def states(t: _Toponym) -> set[str]:
            return {c.country_code for c in t.candidates
                    if c.feature_code == "ADM1" and c.kind == MAIN}

        lower = token_table(doc).lower  # (not a Span between every two toponyms)
        for a, b in zip(toponyms, toponyms[1:], strict=False):
            if b.mention.start - a.mention.end != 1 \
                    or lower[a.mention.end] not in (",", "and", "or"):
                continue
            shared = states(a) & states(b)
            for t in (a, b):
                if shared and not t.mention.adjective \
                        and not self._capital_qualified(doc, t):
                    t.candidates = tuple(c for c in t.candidates if c.feature_code == "ADM1"
                                         and c.country_code in shared) or t.candidates

    def _capital_qualified(self, doc: Doc, t: _Toponym) -> bool:
        """A capital or world city of the name lies in the state written after it
        ("Washington, D.C."): the name is that city, whatever list it closes."""
        after = self._qualifier_after(doc, t.mention.end)
        return any(strong_prior(c) and not is_broad(c)
                   and any(q.feature_code == "ADM1" and (q.country_code, q.admin1)
                           == (c.country_code, c.admin1) for q in after)
                   for c in t.candidates)

    @staticmethod
    def _listed_state(doc: Doc, t: _Toponym) -> bool:
        """"Georgia, Oklahoma, Pennsylvania and Ohio": a name that may be a state, inside a
        list (after a comma or "and"), is followed by the list's next item, not by its own
        state ("Oklahoma, Pennsylvania" is no village of Pennsylvania here)."""
        start = t.mention.start
        return start > 0 and token_table(doc).lower[start - 1] in (",", "and", "or") \
            and any(c.feature_code == "ADM1" for c in t.candidates)

    def _qualifier_after(self, doc: Doc, end: int) -> list[Candidate]:
        """The state or country written after a comma at token ``end`` ("Paris, Texas"),
        also as a phrase of place ("Tripoli, in northern Lebanon"), and not the head of a
        longer name ("Pensacola, Panama City")."""
        return self._qualifier_words(doc, end)[1]

    def _qualifier_words(self, doc: Doc, end: int) -> tuple[int, list[Candidate]]:
        """:meth:`_qualifier_after` with the token after the qualifier's words (``end``
        when there is none)."""
        n = len(doc)
        # the words from the token table: asked after every toponym, several times
        table = token_table(doc)
        if end + 1 >= n or table.text[end] != ",":
            return end, []
        lower = table.lower
        start = end + 1
        if lower[start] == "in":
            start += 1
            while start < n and (lower[start] == "the" or lower[start] in REGION_ADJECTIVES):
                start += 1
        for size in (3, 2, 1):  # "W. Va.", "New York", "Texas"
            stop = min(start + size, n)  # (the words' end, as a slice of the doc clips it)
            if stop < n and table.is_title[stop] and table.pos[stop] == "PROPN":
                continue  # the head of a longer name: "Pensacola, Panama City and ..."
            if stop - start == size and (table.is_title[start] or table.is_upper[start]):
                found = [c for c in self.gazetteer.lookup(table.span_text(start, stop))
                         if is_broad(c)]
                if found:
                    return stop, found
        return end, []

    def _closes_chain(self, doc: Doc, end: int) -> bool:
        """The qualifier that ends at token ``end`` closes its phrase
        (:meth:`_closes_phrase`), or a chain of them ("Kingston, Ontario, Canada"); in a
        list ("Thika, Kitui, Embu") the name after a town is the list's next item."""
        return self._closes_phrase(doc, end) or any(
            q.feature_code.startswith("PCL") for q in self._qualifier_after(doc, end))

    @staticmethod
    def _closes_phrase(doc: Doc, end: int) -> bool:
        """The qualifier that ends at token ``end`` closes its phrase ("Woodbury, Vermont." /
        "Bristol, Vermont, on Monday"): no other name follows it after a comma
        or "and", as in a list of towns and divisions ("Thika, Kitui, Embu"), where the
        name after a town is the list's next item, not the town's state."""
        table = token_table(doc)  # (no Token: asked after every qualifier tried)
        if end + 1 >= len(doc) or table.lower[end] not in (",", "and", "or"):
            return True
        return not (table.is_title[end + 1] or table.is_upper[end + 1])

    def _article_clues(self, doc: Doc, institutions: Container[int] = frozenset()
                       ) -> list[_Clue]:
        """States named as actors, known armed groups, parties and movements of one country
        ("M23 rebels" in a story of "eastern Congo"), country adjectives (NORP entities) and
        sums in one country's currency ("£500": ``CURRENCY_SIGNS``): read once per article,
        as every round of context starts from them."""
        s = self.settings
        found: list[tuple[str | None, float, str]] = []  # (iso2, weight, source)
        for actor in attribute(doc, "actors") or []:
            iso3 = actor.info.country
            # (the words tested first: most actors are in no institution's name)
            if any(i in institutions for i in range(actor.start, actor.end)) \
                    and _demonym_words(actor.text, self.gazetteer):
                continue  # "the Spanish" of "the Spanish Oaks Apartments": no state acting
            if actor.info.kind == "state" and iso3 and len(iso3) == 3:
                # kept under the actor's words: "Georgia said" is no evidence for reading
                # "Georgia" itself
                found.append((self.gazetteer.iso2(iso3), s.actor_weight, source_key(actor.text)))
            elif actor.info.key.startswith("group:") and iso3:
                found.append((self.gazetteer.iso2(iso3), s.demonym_weight, ""))
        # (not an adjective in a local institution's name: ``institutions``, its words)
        # nor one naming a kind of thing ("Mexican food": no evidence of Mexico)
        table = token_table(doc)
        found += [(self.gazetteer.demonym(table.span_text(start, end)), s.demonym_weight, "")
                  for start, end in entity_bounds(doc, "NORP")
                  if end - 1 not in institutions and not names_a_kind(doc, start, end)]
        # sums in a country's own currency say where the story is, as its adjective does
        # ("rent grants of up to £2,500"): once per article, however many sums it gives
        # (a sign is one character, in a word, never in the spaces between words: the words
        # joined hold it when the text does, and cost less than the text)
        text = "".join(table.text)
        found += [(iso2, s.demonym_weight, "") for sign, iso2 in CURRENCY_SIGNS.items()
                  if sign in text]
        return [(iso2, weight, source) for iso2, weight, source in found if iso2]

    def _article_evidence(self, clues: list[_Clue]) -> Context:
        """A fresh context holding only the article's ``clues`` (:meth:`_article_clues`)."""
        context = Context(self.settings)
        for iso2, weight, source in clues:
            context.add_country(source, iso2, weight)
        return context

    # -- recall beyond NER -----------------------------------------------------------------

    def _more_toponyms(self, doc: Doc, mentions: list[PlaceMention],
                       context: Context) -> list[_Toponym]:
        """Words NER did not call places, kept as toponyms on the evidence the package
        docstring lists."""
        # one sense per discourse: a name NER called a place once is that place throughout
        known = {name_key_of(m.written): m for m in mentions
                 if m.geonameid and not m.adjective}
        # a facility left unresolved ("the Lakeland County Jail") may open with a place, and
        # so may a county's body NER called a place ("Fannin County Commissioners") and a
        # facility named after a town the article names ("the Lexington Fairgrounds")
        taken = {i for m in mentions if not (is_container(m) or self._division_body(m)
                                             or self._town_facility(m, known))
                 for i in range(m.start, m.end)}
        found: list[_Toponym] = []
        lower = LowerWords(doc)  # the article's common words
        rejected: list[Span] = []
        # start -> (end, entries) of a rejected span whose words are a name of their own
        # ("Kansas City"): a shorter name that opens it and names other places ("Kansas") is
        # not read in its place ("Dublin" of "Dublin City" is the same place)
        named: dict[int, tuple[int, frozenset[int]]] = {}
        rejected: list[tuple[Span, str]] = []  # with each its name as written
        for span in maybe_spans(doc, taken, lambda name: bool(self.gazetteer.lookup(name)),
                                self._is_country, self._is_language):
            span = whole_name(span, self._is_main_name)  # "Rio Grande" of "... do Sul"
            span = self._without_town_word(span)  # "Bartow" of "Bartow City Hall"
            if any(i in taken for i in range(span.start, span.end)):
                continue
            # (read once, from the token table: a Span makes its text anew, a Token a word)
            name = written_name(token_table(doc).span_text(span.start, span.end))
            if self._inside_other_name(span, named, name):
                continue
            if not self._recall(span, context, known, lower, found, taken, name=name):
                rejected.append((span, name))
                entries = self.gazetteer.lookup(name)
                if len(span) > 1 and entries and span.end > named.get(span.start, (0,))[0]:
                    named[span.start] = (span.end, frozenset(c.geonameid for c in entries))
        # one sense per discourse: a name recalled as a place on the text's word ("Gainesville
        # police") is that place where the text said less ("protecting Gainesville")
        recalled = {t.source: t.mention for t in found if not t.mention.adjective}
        for span, name in rejected:
            if name_key_of(name) in recalled \
                    and not any(i in taken for i in range(span.start, span.end)):
                self._recall(span, context, recalled, lower, found, taken, echo=True, name=name)
        return found

    def _without_town_word(self, span: Span) -> Span:
        """A recalled name without the word "City" or "Town" that closes it when the
        gazetteer knows the name only without it ("Bartow City" of "Bartow City Hall", "Wenham
        Town" of "Wenham Town Hall": the town is Bartow, and "City Hall" its building), not
        when the whole is a name ("Kansas City", "Iowa City", "Dublin City")."""
        table = token_table(span.doc)  # (asked of every span recall tries: no Token)
        if len(span) < 2 or table.lower[span.end - 1] not in TOWN_WORDS:
            return span
        if self.gazetteer.lookup(written_name(table.span_text(span.start, span.end))):
            return span
        return span[:-1]

    def _division_body(self, m: PlaceMention) -> bool:
        """An unresolved place NER called by a name the gazetteer does not know that goes on
        after a division's name (:func:`~.recall.names_division_body`): a county's body,
        whose words may open with the county."""
        return m.lat is None and not m.adjective and m.label in PLACE_LABELS \
            and names_division_body(m.text) and not self._lookup(m.name)

    def _town_facility(self, m: PlaceMention, known: Container[str]) -> bool:
        """An unresolved facility NER named ("the Lexington Fairgrounds", "the Macon Coliseum"),
        by a name the gazetteer does not know, that opens with the name of a place the
        article names as such (``known``: the keys of the places NER called so): local news
        names a building or a business after its town, and one sense per discourse makes
        it that town. Not one that opens with a name the article gives no place ("Marshall
        Field" is named after a person, not after a town called Marshall)."""
        words = m.written.split()
        return m.label == "FAC" and m.lat is None and len(words) > 1 \
            and any(name_key_of(" ".join(words[:n])) in known for n in range(1, len(words))) \
            and not self._lookup(m.name)

    def _is_language(self, word: str) -> bool:
        """A language's name: a country's adjective ("Russian", "French") or one of
        :data:`~.recall.LANGUAGE_NAMES` ("Arabic", "Swahili")."""
        return word.lower() in LANGUAGE_NAMES or self.gazetteer.demonym(word) is not None

    def _inside_other_name(self, span: Span, named: dict[int, tuple[int, frozenset[int]]],
                           name: str | None = None) -> bool:
        """``span`` opens a longer name (``named``) of other places than its own (``name``:
        its words as written, when the caller has them)."""
        end, entries = named.get(span.start, (0, frozenset()))
        if span.end >= end:
            return False
        name = written_name(span.text) if name is None else name
        own = {c.geonameid for c in self.gazetteer.lookup(name)}
        return not own & entries

    def _recall(self, span: Span, context: Context, known: dict[str, PlaceMention],
                lower: Container[str], found: list[_Toponym], taken: set[int],
                echo: bool = False, name: str | None = None) -> bool:
        """Add ``span`` to ``found`` (and its words to ``taken``) when it is a place NER
        missed (``known``: the places of names read so far; ``echo``: known only from its
        name's other mentions; ``name``: its words as written, when the caller has them);
        whether it is."""
        doc = span.doc
        name = written_name(span.text) if name is None else name
        best = self._maybe_best(span, name, context, known, lower)
        if best is None:
            return False  # (most spans: no mention is made for them)
        mention = place_mention(span, "MAYBE", False)
        source = name_key_of(mention.name)
        mention.actor = used_as_actor(span, doc)
        mention.adjective = self._names_organisations_country(span, best)
        stop, after = self._qualifier_words(doc, span.end)
        closed = self._closes_chain(doc, stop)
        # (what the text says the name is, as for NER's places: "shelled Kherson city")
        candidates = said_state(doc, mention, self._span_lookup(span, name))
        found.append(_Toponym(mention, candidates, after, source, echo,
                              state_said=closed and any(q.feature_code == "ADM1" for q in after),
                              qualifier_closed=closed and bool(after)))
        fill(mention, best)
        taken.update(range(span.start, span.end))
        return True

    def _is_country(self, name: str) -> bool:
        """The gazetteer reads ``name`` as a country ("Canada", "Sri Lanka")."""
        return any(c.feature_code.startswith("PCL") for c in self.gazetteer.lookup(name))

    @staticmethod
    def _names_organisations_country(span: Span, best: Candidate) -> bool:
        """A country or continent in an organisation's name says whose the organisation is,
        not where anything happens: a modifier, as "Russian" is in "the Russian Foreign
        Ministry" ("the U.S. Army", "the Council of Europe"). Not a town's institution
        ("Lebanon Police": the town, see ``_local_reading``) nor a newspaper (no place at all, see
        :mod:`.precision`); a state keeps its place ("the Ohio Department of Health")."""
        doc = span.doc
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        return (best.feature_code.startswith("PCL") or best.feature_code == "CONT") \
            and inside_organisation(span) and after not in LOCAL_NOUNS \
            and after not in MEDIA_WORDS

    def _inner_demonyms(self, doc: Doc, mentions: list[PlaceMention],
                        more: list[_Toponym], businesses: Container[int] = frozenset()
                        ) -> list[PlaceMention]:
        """Country adjectives that NER left inside other names or missed ("the Russian
        Foreign Ministry", "Canadian Coast Guard", "the Sri Lankan civil war"): the country,
        as adjectives."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        taken |= {i for t in more for i in range(t.mention.start, t.mention.end)}
        found = []
        # cheaper than Tokens; ORTH gives a word's text without a Span
        rows = doc.to_array([IS_TITLE, ENT_TYPE, ORTH]).reshape(len(doc), 3)
        excluded = numpy.zeros(len(doc), dtype=bool)
        for label in NOT_DEMONYM_TYPES:  # (numpy.isin costs more for three labels)
            excluded |= rows[:, 1] == doc.vocab.strings[label]
        # not a word of a person's name ("Karen Dane") nor a language ("in English and
        # Spanish")
        titles = (rows[:, 0] != 0) & (~excluded | self._joined_demonyms(doc))
        is_title = titles.tolist()
        orth = rows[:, 2].tolist()
        table = token_table(doc)  # (the words of the few pairs tried: no Token nor Span)
        lower = table.lower
        strings = doc.vocab.strings
        skip = -1
        for i in numpy.flatnonzero(titles).tolist():
            if i <= skip or i in taken:
                continue
            # two words first: "Sri Lankan", "South Korean" (only after a word that opens
            # such a demonym: most pairs of capitalised words are names)
            two = i + 1 < len(rows) and is_title[i + 1] and i + 1 not in taken \
                and lower[i] in self._demonym_heads
            for size in (2, 1) if two else (1,):
                iso2 = self.gazetteer.demonym(strings[orth[i]] if size == 1
                                              else table.span_text(i, i + size))
                country = self.gazetteer.country(iso2) if iso2 else None
                if country is not None and (names_a_kind(doc, i, i + size)
                                            or street_after(doc, i + size)
                                            or i in businesses):
                    # "Swiss cheese", "Mexican Street", "American Eagle Mortgage Corp.": no
                    # country, and no other word
                    skip = i + size - 1
                    break
                if country is not None:
                    mention = place_mention(doc[i : i + size], "NORP", False)
                    mention.adjective = True
                    fill(mention, country)
                    found.append(mention)
                    skip = i + size - 1
                    break
        return found

    @staticmethod
    def _joined_demonyms(doc: Doc) -> numpy.ndarray:
        """Token mask of the NORP entities a hyphen joins ("a Russian-American crew",
        "Israeli-Egyptian peace"): no demonym as a whole, each of their words may name a
        country."""
        joined = numpy.zeros(len(doc), dtype=bool)
        text = token_table(doc).text  # (no Token per word of the entities)
        for start, end in entity_bounds(doc, "NORP"):
            if any(text[i] in DASHES for i in range(start + 1, end - 1)):
                joined[start:end] = True
        return joined

    @property
    def _demonym_heads(self) -> frozenset[str]:
        """The first words of the demonyms of two or more words ("sri" of "Sri Lankan")."""
        if self._heads is None:
            db = getattr(self.gazetteer, "db", None)  # none in a test's stand-in
            self._heads = frozenset() if db is None else frozenset(
                key.split()[0] for (key,) in db.execute(
                    "SELECT key FROM demonyms WHERE key LIKE '% %'"))
        return self._heads

    def _maybe_best(self, span: Span, name: str, context: Context,
                    known: dict[str, PlaceMention], lower: Container[str] = frozenset()
                    ) -> Candidate | None:
        """The place a word NER did not call a place stands for (``name``: its words as
        written, see :func:`~.mentions.written_name`), or None when it is not one (or is a
        person the article names); ``lower``: the article's lower-case words."""
        source = name_key_of(name)
        same = known.get(source)
        if same is not None:
            found = next((c for c in self._lookup(name)
                          if c.geonameid == same.geonameid), None)
            if found is not None or self._is_known_person(span, name):
                return found
            # the place read for the name elsewhere is no reading of these words ("Kansas
            # City" beside "Kansas", the keys of both being "kansas"): judged on their own
        # most runs of capitalised words name nothing the gazetteer knows: look that up first
        candidates = self._span_lookup(span, name)
        if not candidates or (same is None and self._is_known_person(span, name)):
            return None
        candidates = said_state(span.doc, place_mention(span, "MAYBE", False), candidates)
        qualifiers = self._qualifier_after(doc=span.doc, end=span.end)
        ranked = rank(candidates, qualifiers, context, source, self.settings)
        if ranked and ranked[0][0] >= self.settings.min_score and \
                accept(span, ranked[0][1], bool(qualifiers), context, source, self.settings,
                       self.common, lower):
            return ranked[0][1]
        return None

    @staticmethod
    def _is_known_person(span: Span, name: str) -> bool:
        """A person the knowledge base knows, or that the article names in full elsewhere
        ("Marshall" after "Sheriff Tom Marshall")."""
        doc = span.doc
        if span.end < len(doc) and token_table(doc).lower[span.end] in TITLE_STOPS:
            return False  # "Bozeman Fire Chief": the town before an office or institution
        actor_at = attribute(doc, "actor_at") or {}
        for i in range(span.start, span.end):
            if i in actor_at:
                actor = attribute(doc, "actors")[actor_at[i]]
                if actor.start > span.start and not any(t.whitespace_ for t in span[:-1]):
                    continue  # a surname ending a hyphenated place name: "Mazar-i-Sharif"
                info = actor.info
                fuller = info.name.lower() != name.lower() and len(info.name.split()) > 1
                if info.kind == "person" and (info.wikidata or fuller):
                    return True
        return False


# Keys of the knowledge base's organisations: IGOs, NGOs, armed groups and parties, bodies
ORGANISATION_KEYS = ("igo:", "ngo:", "group:", "body:")


def _possessive_countries(doc: Doc, toponyms: Sequence[_Toponym]
                          ) -> list[tuple[_Toponym, list[Candidate]]]:
    """Each toponym written after a country's name in the possessive, with at most one
    lower-case word between ("Pakistan's Punjab province", "Mozambique's southern Gaza
    province"), and that country's readings: news says whose a region is as it would write
    "Punjab, Pakistan"."""
    table = token_table(doc)
    by_end = {t.mention.end: t for t in toponyms}
    found = []
    for t in toponyms:
        i = t.mention.start
        if i >= 2 and table.lower[i - 1] not in POSSESSIVES and doc[i - 1].is_lower:
            i -= 1  # (one adjective: "Pakistan's eastern Punjab")
        if i < 2 or table.lower[i - 1] not in POSSESSIVES:
            continue
        owner = by_end.get(i - 1)
        if owner is None or owner is t or owner.mention.adjective or _modifies_a_thing(
                table, t.mention.end):
            continue
        countries = [c for c in owner.candidates if c.feature_code.startswith("PCL")]
        if countries and not any(c.feature_code.startswith("PCL") for c in t.candidates):
            found.append((t, countries))
    return found


# Words an appositive that says whose town a name is may hold before its place noun ("the
# provincial capital of", "the largest city in").
APPOSITIVE_FILLERS = frozenset({"the", "a", "its", "largest", "biggest", "second", "main",
                                "provincial", "regional", "state", "chief", "former"})
MAX_APPOSITIVE_GAP = 4  # words between the comma and "of"/"in"


def _appositive_owners(doc: Doc, toponyms: Sequence[_Toponym]
                       ) -> list[tuple[_Toponym, list[Candidate]]]:
    """Each toponym followed by an appositive headed by a place noun that says which state
    or country it lies in ("Victoria, the capital of Tamaulipas", "Goma, the largest city in
    eastern Congo"), with that state's or country's readings: news qualifies a town so as
    it would with "Victoria, Tamaulipas"."""
    table = token_table(doc)
    by_start = {t.mention.start: t for t in toponyms}
    found = []
    for t in toponyms:
        i = t.mention.end
        if i >= len(doc) or table.text[i] != ",":
            continue
        j = i + 1
        while j < len(doc) and j - i <= MAX_APPOSITIVE_GAP \
                and table.lower[j] in APPOSITIVE_FILLERS:
            j += 1
        if j + 1 >= len(doc) or table.lower[j] not in PLACE_HEADS \
                or table.lower[j + 1] not in ("of", "in"):
            continue
        k = j + 2
        while k < len(doc) and (table.lower[k] == "the" or table.lower[k] in REGION_ADJECTIVES):
            k += 1  # ("in eastern Congo", "of the Punjab")
        owner = by_start.get(k)
        if owner is None or owner is t or owner.mention.adjective:
            continue
        areas = [c for c in owner.candidates
                 if c.feature_code.startswith("PCL") or c.feature_code == "ADM1"]
        if areas:
            found.append((t, areas))
    return found


def _modifies_a_thing(table: TokenTable, end: int) -> bool:
    """The name ending at ``end`` comes before a lower-case word that is no place noun:
    it names a thing ("Chile's Ripley department store chain"), not a place."""
    return end < len(table.lower) and table.lower[end].isalpha() \
        and table.lower[end] == table.text[end] and table.lower[end] not in PLACE_HEADS \
        and table.lower[end] not in KIND_WORDS and table.lower[end] not in DIVISION_WORDS


# The possessive ending as the tokenizer splits it off a name.
POSSESSIVES = frozenset({"'s", "’s"})


# Missions a state keeps in another's capital: "the Russian embassy in Washington".
EMBASSY_NOUNS = frozenset({"embassy", "embassies"})


def _seats_of_embassies(doc: Doc, toponyms: list[_Toponym]) -> None:
    """"The Russian embassy in Washington": a name after "embassy in" is a national capital
    when one bears it, whatever the dateline's state ("SEATTLE ... the embassy in
    Washington" is no embassy in Washington state)."""
    lower = token_table(doc).lower
    for t in toponyms:
        start = t.mention.start
        if start < 2 or lower[start - 1] != "in" or lower[start - 2] not in EMBASSY_NOUNS:
            continue
        capitals = tuple(c for c in t.candidates if c.feature_code == "PPLC")
        if capitals:
            t.candidates = capitals


def _as_dateline(mentions: list[PlaceMention], dateline: PlaceMention) -> None:
    """NER's place of the dateline's very words ("WASHINGTON (Reuters) -", a GPE) is the
    dateline, read by the dateline's rules (a town, never far, its country after it), as
    the dateline NER missed is: a report is filed from a town, whatever NER called it."""
    for m in mentions:
        if (m.start, m.end) == (dateline.start, dateline.end) and not m.actor \
                and not m.adjective:
            m.label = "DATELINE"


def _an_organisation(doc: Doc, m: PlaceMention) -> bool:
    """The words of a toponym left without a place are an organisation of the knowledge
    base ("the BRICS summit in Kazan", where NER calls "BRICS" a place): no place."""
    n = (doc._.actor_at or {}).get(m.start)
    if n is None:
        return False
    actor = doc._.actors[n]
    return actor.info.key.startswith(ORGANISATION_KEYS) and (actor.start, actor.end) == (
        m.start, m.end)


def _pointless(t: _Toponym, evidence: Evidence) -> Evidence:
    """A wire dateline's evidence without its points (:attr:`_Toponym.wire`); any other
    toponym's as it is."""
    if not t.wire or not (evidence.points or evidence.likely):
        return evidence
    return Evidence(evidence.countries, evidence.admin1s)


def _evidence(ranked: Ranked, said: dict[int, Evidence], settings: WhereSettings) -> Evidence:
    """:func:`~.ranking.evidence_of` ``ranked``, kept in ``said`` by the ranking's id for the
    other mentions of its name: the rankings of a round are cached by name, every mention of
    a name gets the same list, and a local paper repeats its town's name a dozen times (the
    evidence is only read, by :meth:`~.ranking.Context.add`; the caller keeps the rankings,
    and so their ids, alive)."""
    found = said.get(id(ranked))
    if found is None:
        found = said[id(ranked)] = evidence_of(ranked, settings)
    return found


def _known_group(ent: Span) -> bool:
    """An armed group, party or movement of the knowledge base that NER called a place ("M23
    rebels entered Goma", with "M23" a GPE): an organisation's name is never a place."""
    actor_at = attribute(ent.doc, "actor_at") or {}
    n = actor_at.get(ent.start)
    if n is None:
        return False
    actor = attribute(ent.doc, "actors")[n]
    return actor.info.key.startswith("group:") and (actor.start, actor.end) == (ent.start,
                                                                                 ent.end)


# NER labels of a place whose misspelt name may be a country's (not a person, an organisation
# or a people: "Jordon Smith", "Georgian"), and a dateline's (also a capital's: "KINSHASSA")
MISSPELT_LABELS = frozenset({"GPE", "LOC", "DATELINE"})
# NER's labels of a name read as a country's in another language when no entry bears it
# (machine-translated copy: NER often calls "Guinée" a facility)
FOREIGN_NAME_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _demonym_place(c: Candidate, stem: str) -> bool:
    """A place a demonym's ``stem`` may name: a first-level division (also by the short
    form of its official name: "Dagestan" of "Dagestan, Respublika"), a world city, or a
    region of one country of the project's own ("South Ossetia", "Darfur": news writes
    "South Ossetian militias" as "Oregonians"); not a town by a foreign alternate name, nor
    a region of several countries ("Latin American" says no one place)."""
    if c.feature_code == "ADM1":
        return c.kind == MAIN or name_key(c.name).startswith(name_key(stem))
    if c.kind != MAIN:
        return False
    if c.feature_class == "P":
        return c.population >= BIG_CITY_POPULATION
    return c.feature_code == "RGN" and bool(c.country_code) and not is_geonames_id(c.geonameid)
