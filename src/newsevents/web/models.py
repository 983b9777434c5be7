"""The JSON the API takes and gives, as Pydantic models: they document the OpenAPI schema
(``/openapi.json``) and check the body of ``POST /api/code``. Responses are built as plain
dicts by :mod:`newsevents.store.views` and sent as they are (not validated again)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr


class ErrorBody(BaseModel):
    """Every error: a one-line message and a short stable code (W..., S...)."""

    error: str = Field(examples=["no article 'x' in the store"])
    code: str = Field(examples=["W404"])


class CodeRequest(BaseModel):
    """An article to code. ``store`` keeps the record in the store (a server started with
    ``--write``; with a token when one is configured), replacing a stored article with the
    same id or the same text."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="the article's text (UTF-8, at most 2 MB)")
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, description="publication date, ISO (2025-03-04)",
                                  examples=["2025-03-04"])
    id: str | None = Field(None, max_length=500,
                           description="the id to store it under (default web:HASH)")
    url: str | None = Field(None, max_length=4000)
    source: str | None = Field(None, max_length=500)
    home: StrictStr | StrictInt | None = Field(
        None, description="where the paper is, weak evidence for its place names (as "
        "`newsevents code --home` takes it): a place name with the states or countries it "
        "lies in after commas, or a GeoNames id; a hint that names no place is refused (422)",
        examples=["Ohio, US", "London, Ontario", "4174"])
    store: bool = False


class Side(BaseModel):
    name: str | None
    name_raw: str | None
    country: str | None
    sector: str | None
    title: str | None
    wikidata: str | None
    igo: str | None
    kind: str | None


class Event(BaseModel):
    """One event: the flat table's columns of Contract 3, with its actors and recipients
    gathered into lists and its contexts as a list."""

    event_id: str
    article_id: str
    event_local_id: str | None
    event_date: str | None
    event_date_timex: str | None
    event_type: str
    event_mode: str | None
    contexts: list[str]
    quad_code: str | None
    cameo: str | None
    modality: str | None
    confidence: float | None
    actors: list[Side]
    recipients: list[Side]
    placename: str | None
    raw_placename: str | None
    geonames_id: int | None
    feature_type: str | None
    place_country: str | None
    latitude: float | None
    longitude: float | None
    event_text: str | None
    sentence: str | None
    publication_date: str | None
    title: str | None
    source: str | None
    url: str | None
    language: str | None
    version: str | None
    cluster_id: str | None


class Page(BaseModel):
    total: int = Field(description="how many match, over all pages")
    limit: int
    offset: int
    next: str | None = Field(description="the URL of the next page, or null")


class EventPage(Page):
    events: list[Event]


class Cluster(BaseModel):
    cluster_id: str
    method: str
    event_type: str | None
    first_date: str | None
    last_date: str | None
    n_articles: int | None
    n_events: int | None
    actors: list[str]
    recipients: list[str]
    place: str | None
    article_ids: list[str]


class EventDetail(Event):
    cluster: Cluster | None = Field(description="the reports of the same real-world event")


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    published: str | None
    publication_date: str | None
    source: str | None
    url: str | None
    language: str | None
    n_events: int
    input: str | None
    line: int | None
    coder_version: str | None
    coded_at: str | None


class ArticlePage(Page):
    articles: list[ArticleSummary]


class Record(BaseModel):
    """The coded-article record of Contract 2 (``schema_version`` "1"): the article with
    its text, and its entities, places, times, quotes and events, with character offsets
    into the text."""

    model_config = ConfigDict(extra="allow")

    schema_version: str
    article: dict[str, Any]
    entities: list[dict[str, Any]]
    places: list[dict[str, Any]]
    times: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    events: list[dict[str, Any]]


class Entity(BaseModel):
    name: str
    kind: str | None
    country: str | None
    sector: str | None
    wikidata: str | None
    igo: str | None
    office: str | None
    articles: int
    mentions: int
    as_actor: int
    as_recipient: int


class EntityPage(Page):
    entities: list[Entity]


class ClusterPage(Page):
    clusters: list[Cluster]


class Stats(BaseModel):
    model_config = ConfigDict(extra="allow")

    articles: int
    events: int
    actors: int
    places: int
    quotes: int
    failures: int
    clusters: dict[str, int]
    first_event_date: str | None
    last_event_date: str | None
    by_type: dict[str, int]
    by_quad: dict[str, int]
    by_modality: dict[str, int]
    store: str
    writable: bool
    coder: str = Field(description="ready, loading or failed: REASON")
    index: dict[str, Any] | None = Field(
        None, description="the in-memory event index: state (building, ready, rebuilding, "
        "off, failed), events, rows, bytes, built_seconds, max_events, check_seconds")


class Period(BaseModel):
    period: str
    end: str
    counts: dict[str, int]
    total: int


class Timeline(BaseModel):
    interval: str
    by: str
    keys: list[str]
    periods: list[Period]
    total: int
    undated: int


class MapPoint(BaseModel):
    geonames_id: int | None
    name: str | None
    country: str | None
    feature: str | None
    lat: float
    lon: float
    events: int
    by_quad: dict[str, int]
    quad: str | None


class MapData(BaseModel):
    points: list[MapPoint]
    places: int
    placed: int
    unplaced: int


class Node(BaseModel):
    id: str
    name: str
    country: str | None
    events: int


class Edge(BaseModel):
    source: str
    target: str
    events: int
    by_quad: dict[str, int]
    quad: str | None


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]
