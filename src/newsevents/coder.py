"""The ``Coder``: the one API that the command line, the store and the web app share.

>>> coder = Coder()
>>> record = coder.code("Russian forces shelled Kharkiv on Tuesday.", published="2025-03-04")
>>> record.events[0].event
'ASSAULT'

``code_many`` streams articles through ``nlp.pipe`` with the pipeline loaded once.
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime

from spacy.language import Language
from spacy.tokens import Doc

from .actor_types import ActorMention
from .extensions import register_extensions
from .gazetteer import is_geonames_id
from .nlp import DEFAULT_MODEL, load_pipeline
from .record import ActorRef, Article, CodedArticle, Entity, Event, Mention, Place, Quote, Time
from .when import TimeMention
from .where.points import ActorPoint

# The default cut of the record: None, the events stage's own threshold (the confidence
# model's, data/confidence.json), so that the number has one home.
DEFAULT_MIN_CONFIDENCE: float | None = None
logger = logging.getLogger(__name__)

register_extensions()  # doc._.published, doc._.article_id and doc._.home, set by make_doc


def _as_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published).date()
    except ValueError:
        return date.fromisoformat(published[:10])


class Coder:
    """Codes English news articles into coded-article records (Contract 2).

    ``model`` is any installed spaCy English pipeline with a parser and NER;
    ``lexicon`` a path to an event lexicon that replaces the packaged one;
    ``kb`` paths of knowledge-base files (persons) that extend or override the packaged one;
    ``batch_size`` how many articles ``nlp.pipe`` takes at a time;
    ``min_confidence`` the confidence below which an event is left out of the record. The
    default (None) is the events stage's threshold, chosen with its confidence model by
    cross-validation on the training data (see ``newsevents train confidence``); 0 keeps
    every candidate.
    """

    def __init__(self, model: str = DEFAULT_MODEL, lexicon: str | None = None,
                 batch_size: int = 32, nlp: Language | None = None,
                 min_confidence: float | None = DEFAULT_MIN_CONFIDENCE,
                 kb: tuple[str, ...] = (), home: str | None = None):
        self.model = model
        # the home of articles that carry none (``--home``: where the papers are)
        self.home = home
        self.nlp = nlp if nlp is not None else load_pipeline(model, lexicon, tuple(kb))
        # A stage that fails on one article must not stop the others: spaCy hands the error
        # to this handler and goes on with the next article.
        self.nlp.default_error_handler = self._stage_failed
        self.failed: list[str] = []  # ids of the articles a stage failed on (left out)
        self.batch_size = batch_size
        self.min_confidence = (self.nlp.get_pipe("newsevents_events").threshold
                               if min_confidence is None else min_confidence)
        # The pipeline lives as long as the process: keep the garbage collector from walking
        # its objects (and the knowledge base's, the lexicon's) at every full collection and
        # at exit; coding an article makes enough objects to bring one on every few dozen.
        gc.freeze()

    def code(self, text: str, published: str | None = None, title: str | None = None,
             id: str = "article", url: str | None = None,
             source: str | None = None, home: str | None = None) -> CodedArticle:
        """Code one article given as text. ``home``: where its paper is, a place name
        ("Ohio, US", "London, Ontario") or a GeoNames id, weak evidence for its toponyms
        (see :mod:`newsevents.where.home`)."""
        article = Article(id=id, text=text, title=title, published=published, url=url,
                          source=source, home=home)
        return next(self.code_many([article]))

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code a stream of articles, in order, loading nothing per article."""
        if self.home is not None:
            articles = (a if a.home is not None else replace(a, home=self.home)
                        for a in articles)
        pairs = ((self.make_doc(a), a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            record = build_record(doc, article, self.min_confidence)
            # The Doc is done with. spaCy's Doc and its span groups refer to each other, so
            # only a full garbage collection frees it, with all that its annotations hold
            # (mentions, Tokens, Spans, the token table): let those go now, by reference
            # counting, and the collections that run meanwhile need not walk them.
            doc.user_data.clear()
            yield record

    def _stage_failed(self, name: str, component: object, docs: list[Doc],
                      error: Exception) -> None:
        """spaCy's error handler: a warning on the ``newsevents`` logger naming the article,
        the stage and the error (the command line shows it as one line on standard error);
        spaCy then leaves that article out and goes on with the others."""
        for doc in docs:
            self.failed.append(doc._.article_id)
            logger.warning("%s: stage %s failed (%s: %s); article left out", doc._.article_id,
                           name, type(error).__name__, error)

    def make_doc(self, article: Article) -> Doc:
        """A tokenised Doc carrying the article's publication date, ready for the pipeline."""
        doc = self.nlp.make_doc(article.text)
        doc._.published = _as_date(article.published)
        doc._.article_id = article.id
        doc._.home = article.home
        return doc


def build_record(doc: Doc, article: Article, min_confidence: float = 0.0) -> CodedArticle:
    """Turn a fully annotated Doc into the coded-article record, keeping the events whose
    confidence is at least ``min_confidence``."""
    # each doc._ read makes an object: the lists are read once
    actors, doc_times = doc._.actors or [], doc._.times or []
    entities, entity_of = _entities(actors, doc._.actor_points or {})
    places = [Place(f"P{n}", p.text, p.start_char, p.end_char, p.name, _public_id(p.geonameid),
                    p.lat, p.lon, p.country_code, p.feature_code, p.score)
              for n, p in enumerate(doc._.places or [], start=1)]
    times = [Time(f"T{n}", t.text, t.start_char, t.end_char, t.type, t.value)
             for n, t in enumerate(doc_times, start=1)]
    quotes = [Quote(f"Q{n}", q.text, q.start_char, q.end_char, q.direct,
                    entity_of.get(q.speaker) if q.speaker is not None else None,
                    q.speaker_text, q.cue.text if q.cue is not None else None,
                    (q.cue.idx, q.cue.idx + len(q.cue)) if q.cue is not None else None)
              for n, q in enumerate(doc._.quotes or [], start=1)]
    events = []
    kept = [m for m in doc._.events or [] if m.confidence >= min_confidence]
    for n, mention in enumerate(kept, start=1):
        refs = [_actor_ref(actors[i], entity_of[i], entities) for i in mention.actors]
        recipients = [_actor_ref(actors[i], entity_of[i], entities) for i in mention.recipients]
        time = doc_times[mention.time] if mention.time is not None else None
        start, end = mention.trigger_chars
        trigger = mention.trigger
        events.append(Event(
            id=f"V{n}", event=trigger.event, mode=trigger.mode, context=list(trigger.context),
            cameo=trigger.cameo, quad=trigger.quad, modality=mention.modality,
            date=_event_day(time) or _published_day(article.published),
            actor=refs, recipient=recipients,
            event_loc=places[mention.place].id if mention.place is not None else None,
            event_text=article.text[start:end], trigger=(start, end),
            sentence=(mention.sentence.start_char, mention.sentence.end_char),
            confidence=mention.confidence))
    return CodedArticle(article, entities, places, times, quotes, events)


def _event_day(time: TimeMention | None) -> str | None:
    """The date an event's time expression gives: a DATE value as it is ("2024-W50"), the day
    of a TIME ("2024-12-13TNI" -> "2024-12-13"); None for other types or no value."""
    if time is None or not time.value:
        return None
    if time.type == "DATE":
        return time.value
    if time.type == "TIME" and re.match(r"\d{4}-\d\d-\d\d", time.value):
        return time.value[:10]
    return None


def _public_id(geonameid: int | None) -> int | None:
    """The GeoNames id a record shows: none for a region of the project's own
    (``placenames.yaml``), whose index id is no GeoNames id."""
    return geonameid if is_geonames_id(geonameid) else None


def _published_day(published: str | None) -> str | None:
    return published[:10] if published else None


def _entities(mentions: list[ActorMention], points: dict[int, ActorPoint]
              ) -> tuple[list[Entity], dict[int, str]]:
    """One entity per real-world actor (mentions grouped by key, and a generic agent's by
    its country too: Pakistan's "forces" and Kabul's "its forces" are two), in order of
    first mention, with the points of the places they name (``doc._.actor_points``)."""
    by_key: dict[str, Entity] = {}
    first_agent: dict[str, str] = {}  # an agent's key -> the key of its first entity
    entity_of: dict[int, str] = {}
    for n, m in enumerate(mentions):
        key = m.info.key
        if m.info.kind == "agent":
            # (one of no known country is the first of its name: "dock workers" again)
            first = first_agent.setdefault(key, f"{key} {m.info.country}")
            key = first if m.info.country is None else f"{key} {m.info.country}"
        entity = by_key.get(key)
        point = points.get(n)
        if entity is None:
            info = m.info
            entity = Entity(id=f"E{len(by_key) + 1}", name=info.name, kind=info.kind,
                            wikidata=info.wikidata, country=info.country, sector=info.sector,
                            office=info.office, igo=info.igo, kb_id=info.kb_id)
            by_key[key] = entity
        if point is not None and point.entity is not None and entity.lat is None:
            entity.geonameid, entity.lat, entity.lon = (_public_id(point.entity.geonameid),
                                                        point.entity.lat, point.entity.lon)
        at = point.mention if point is not None else None
        entity.mentions.append(Mention(m.text, m.start_char, m.end_char,
                                       *((_public_id(at.geonameid), at.lat, at.lon) if at
                                         else ())))
        entity_of[n] = entity.id
    return list(by_key.values()), entity_of


def _actor_ref(mention: ActorMention, entity_id: str, entities: list[Entity]) -> ActorRef:
    """The participant ``mention`` names, of the entity ``entity_id`` ("E3")."""
    entity = entities[int(entity_id[1:]) - 1]
    return ActorRef(entity=entity.id, text=mention.text, name=entity.name,
                    wikidata=entity.wikidata, country=entity.country, sector=entity.sector,
                    igo=entity.igo, kb_id=entity.kb_id)
