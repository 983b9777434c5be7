"""The JSON API (Contract 4): ``/api/events``, ``/api/events/{id}``, ``/api/articles``,
``/api/articles/{id}``, ``/api/entities``, ``/api/clusters``, ``/api/stats``, ``/api/code``,
and the data behind the pictures: ``/api/timeline``, ``/api/map``, ``/api/network``; plus
``/api/events.csv`` (the flat rows of the matching events, as ``newsevents query --format
csv`` writes them).

Lists take ``limit`` and ``offset`` and answer ``{"total", "limit", "offset", "next", ...}``;
event lists take the filters of ``newsevents query`` under the same names. Errors are
``{"error": MESSAGE, "code": CODE}`` with their HTTP status (see :mod:`newsevents.web.app`).
Handlers that read are plain functions, run by FastAPI in its thread pool, each with a read
handle of its own.
"""

from __future__ import annotations

import hmac
import io
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import QueryParams

from ..errors import StoreError, WebError
from ..store import views
from ..store.query import CLUSTER_METHODS, event_rows, write_rows
from ..store.schema import FLAT_CLUSTER_METHOD
from ..store.views import Selection
from . import models
from .backend import Backend, dumps
from .coding import article_from_text
from .params import (
    SELECTION_PARAMS,
    check_page,
    make_selection,
    parse_day,
    selection,
    selection_params,
)

router = APIRouter(prefix="/api", tags=["api"])

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": models.ErrorBody, "description": "a bad parameter"},
    404: {"model": models.ErrorBody, "description": "not found"},
}
Limit = Annotated[int, Query(description="at most this many (1-1000)")]
Offset = Annotated[int, Query(description="skip this many")]
MAX_CSV_ROWS = 100_000


def backend_of(request: Request) -> Backend:
    return request.app.state.backend


def next_url(path: str, params: dict[str, Any], total: int, limit: int, offset: int
             ) -> str | None:
    """The URL of the next page (from the request's parameters in a fixed order, so that
    the answer does not depend on how the request spelled them), or None on the last."""
    if offset + limit >= total:
        return None
    query = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{path}?{urlencode({**query, 'limit': limit, 'offset': offset + limit})}"


def paged(key: str, items: list[Any], total: int, limit: int, offset: int, path: str,
          params: dict[str, Any]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset,
            "next": next_url(path, params, total, limit, offset), key: items}


def paged_json(key: str, items: list[bytes], total: int, limit: int, offset: int, path: str,
               params: dict[str, Any]) -> bytes:
    """The bytes ``dumps(paged(...))`` gives, from items already JSON (the event index's)."""
    head = dumps(paged(key, [], total, limit, offset, path, params))
    return head[:-len(b"[]}")] + b"[" + b",".join(items) + b"]}"


async def answer(request: Request, key: tuple[Any, ...], build: Any) -> Response:
    """The JSON answer cached under ``key`` (built by ``build()`` when missing)."""
    body = await backend_of(request).json(key, build)
    return Response(body, media_type="application/json")


# --- events ----------------------------------------------------------------------------------


@router.get("/events", response_class=JSONResponse,
            responses={200: {"model": models.EventPage}, **ERRORS})
async def list_events(request: Request, sel: Annotated[Selection, Depends(selection)],
                      limit: Limit = 50, offset: Offset = 0,
                      sort: Annotated[str, Query(pattern="^-?date$",
                                                 description="date (oldest first) or -date")
                                      ] = "date") -> Response:
    """Events that match the filters, one object each, in date order."""
    check_page(limit, offset)
    backend = backend_of(request)
    newest = sort == "-date"
    body = indexed_events(backend, sel, limit, offset, sort)
    if body is not None:  # the in-memory index: no query, no thread
        return Response(body, media_type="application/json")

    def build() -> dict[str, Any]:
        total = backend.view(("count", sel.key()), lambda s: views.count_selected(s, sel))
        with backend.reading() as store:  # the answer is cached, not the objects
            events = views.event_page(store, sel, limit, offset, newest)
        params = {**selection_params(sel), "sort": sort if newest else None}
        return paged("events", events, total, limit, offset, "/api/events", params)

    return await answer(request, ("api/events", sel.key(), limit, offset, newest), build)


def indexed_events(backend: Backend, sel: Selection, limit: int, offset: int, sort: str
                   ) -> bytes | None:
    """The ``/api/events`` answer from the in-memory index (checked parameters in), or None
    when there is none or it cannot tell."""
    newest = sort == "-date"
    indexed = backend.indexed_page(sel, limit, offset, newest)
    if indexed is None:
        return None
    params = {**selection_params(sel), "sort": sort if newest else None}
    return paged_json("events", indexed[1], indexed[0], limit, offset, "/api/events", params)


class IndexedEvents:
    """``GET /api/events`` with a plain query string answered from the in-memory index
    before FastAPI's routing and parameter handling, which cost more than the answer (an
    ASGI wrapper, innermost). Plain: only the route's parameters, each once, ``limit`` and
    ``offset`` in digits, ``sort`` ``date`` or ``-date``, values the route accepts; the
    query string is read by Starlette's own parser. Anything else, or a question the index
    cannot answer, goes on to the route, which answers the same bytes (tests check it)."""

    NAMES = frozenset({*SELECTION_PARAMS, "limit", "offset", "sort"})

    def __init__(self, app: Any, backend: Backend) -> None:
        self.app = app
        self.backend = backend

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == "/api/events" \
                and scope["method"] == "GET" and self.backend.index.index is not None:
            body = self.answer(scope.get("query_string", b""))
            if body is not None:
                await Response(body, media_type="application/json")(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def answer(self, query_string: bytes) -> bytes | None:
        items = QueryParams(query_string).multi_items()
        values = dict(items)
        if len(values) != len(items) or not self.NAMES.issuperset(values):
            return None
        limit, offset = values.pop("limit", "50"), values.pop("offset", "0")
        sort = values.pop("sort", "date")
        if not (limit.isdigit() and limit.isascii() and len(limit) < 10 and offset.isdigit()
                and offset.isascii() and len(offset) < 10 and sort in ("date", "-date")):
            return None
        try:
            sel = make_selection(**values)
            check_page(int(limit), int(offset))
            return indexed_events(self.backend, sel, int(limit), int(offset), sort)
        except (WebError, StoreError):  # the route says it, as JSON with its status
            return None


@router.get("/events.csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}},
                             "description": "one row per event, actor and recipient"},
                       **ERRORS})
def events_csv(request: Request, sel: Annotated[Selection, Depends(selection)],
               limit: Annotated[int, Query(description="at most this many rows")] = 10_000,
               offset: Offset = 0) -> Response:
    """The flat event table's rows of the matching events (Contract 3's columns), as CSV."""
    if not 1 <= limit <= MAX_CSV_ROWS or offset < 0:
        raise WebError(f"limit: between 1 and {MAX_CSV_ROWS:,}", "W400", 400)
    if sel.quad:
        raise WebError("quad: not a filter of the flat rows; use event=TYPES", "W400", 400)
    with backend_of(request).reading() as store:
        columns, rows = event_rows(store, sel.filter, limit, offset)
    out = io.StringIO()
    write_rows(columns, rows, "csv", out)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="events.csv"'})


@router.get("/events/{event_id}", response_class=JSONResponse,
            responses={200: {"model": models.EventDetail}, **ERRORS})
async def get_event(request: Request, event_id: str) -> Response:
    """One event, with the cluster of reports it belongs to."""
    def build() -> dict[str, Any]:
        event = backend_of(request).view(("event", event_id),
                                         lambda s: views.event_detail(s, event_id))
        if event is None:
            raise WebError(f"no event {event_id!r} in the store", "W404", 404)
        return event

    return await answer(request, ("api/event", event_id), build)


# --- articles, entities, clusters, stats -----------------------------------------------------


@router.get("/articles", response_class=JSONResponse,
            responses={200: {"model": models.ArticlePage}, **ERRORS})
async def list_articles(request: Request,
                        q: Annotated[str | None, Query(description="words all in the id, "
                                                                   "title or text")] = None,
                        since: Annotated[str | None, Query(description="published on or "
                                                                       "after")] = None,
                        until: Annotated[str | None, Query(description="published on or "
                                                                       "before")] = None,
                        limit: Limit = 50, offset: Offset = 0) -> Response:
    """Stored articles (without their text), the latest published first."""
    check_page(limit, offset)
    first, last = parse_day(since, "since"), parse_day(until, "until")
    backend = backend_of(request)
    key = (q, first, last)

    def build() -> dict[str, Any]:
        total = backend.view(("articles-count", key),
                             lambda s: views.count_articles(s, q, first, last))
        items = backend.view(("articles", key, limit, offset),
                             lambda s: views.article_page(s, q, first, last, limit, offset))
        params = {"q": q, "since": since, "until": until}
        return paged("articles", items, total, limit, offset, "/api/articles", params)

    return await answer(request, ("api/articles", key, limit, offset), build)


@router.get("/articles/{article_id:path}", response_class=JSONResponse,
            responses={200: {"model": models.Record}, **ERRORS})
async def get_article(request: Request, article_id: str) -> Response:
    """The full coded-article record of a stored article (Contract 2)."""
    def build() -> dict[str, Any]:
        record = backend_of(request).view(("record", article_id),
                                          lambda s: s.record(article_id))
        if record is None:
            raise WebError(f"no article {article_id!r} in the store", "W404", 404)
        return record

    return await answer(request, ("api/record", article_id), build)


@router.get("/entities", response_class=JSONResponse,
            responses={200: {"model": models.EntityPage}, **ERRORS})
async def list_entities(request: Request,
                        q: Annotated[str | None, Query(description="words of the name")
                                     ] = None,
                        kind: Annotated[str | None, Query(description="person | "
                                                          "organization | state | agent")
                                        ] = None,
                        country: Annotated[str | None, Query(description="ISO alpha-3, "
                                                                         "IGO, NGO")] = None,
                        sector: Annotated[str | None, Query(description="PLOVER sector")
                                          ] = None,
                        limit: Limit = 50, offset: Offset = 0) -> Response:
    """Actors across the store (one per name, kind, country and sector), the most reported
    first, with the articles that name them and their events by role."""
    check_page(limit, offset)
    backend = backend_of(request)
    key = (q, kind, country, sector)

    def build() -> dict[str, Any]:
        total = backend.view(("entities-count", key),
                             lambda s: views.count_entities(s, q, kind, country, sector))
        items = backend.view(("entities", key, limit, offset), lambda s: views.entity_page(
            s, q, kind, country, sector, limit, offset))
        params = {"q": q, "kind": kind, "country": country, "sector": sector}
        return paged("entities", items, total, limit, offset, "/api/entities", params)

    return await answer(request, ("api/entities", key, limit, offset), build)


@router.get("/clusters", response_class=JSONResponse,
            responses={200: {"model": models.ClusterPage}, **ERRORS})
async def list_clusters(request: Request, sel: Annotated[Selection, Depends(selection)],
                        method: Annotated[str, Query(pattern="^(merge|one-a-day)$",
                                                     description=" | ".join(CLUSTER_METHODS))
                                          ] = FLAT_CLUSTER_METHOD,
                        limit: Limit = 50, offset: Offset = 0) -> Response:
    """Clusters (reports of one real-world event) with a matching event, the most reported
    first."""
    check_page(limit, offset)
    if sel.quad:
        raise WebError("quad: not a filter of clusters; use event=TYPES", "W400", 400)
    backend = backend_of(request)
    key = (sel.key(), method)

    def build() -> dict[str, Any]:
        total = backend.view(("clusters-count", key),
                             lambda s: views.count_clusters(s, sel.filter, method))
        items = backend.view(("clusters", key, limit, offset), lambda s: views.cluster_page(
            s, sel.filter, method, limit, offset))
        params = {**selection_params(sel), "method": method}
        return paged("clusters", items, total, limit, offset, "/api/clusters", params)

    return await answer(request, ("api/clusters", key, limit, offset), build)


@router.get("/stats", response_class=JSONResponse, responses={200: {"model": models.Stats}})
async def get_stats(request: Request) -> Response:
    """What the store holds, and the state of the server (store, writable, coder)."""
    backend = backend_of(request)
    figures = await run_in_threadpool(backend.view, ("stats",), views.stats)
    return JSONResponse({**figures, "store": backend.store_name, "writable": backend.writable,
                         "coder": backend.coding.status, "index": backend.index.status()})


# --- the pictures' data ----------------------------------------------------------------------


@router.get("/timeline", response_class=JSONResponse,
            responses={200: {"model": models.Timeline}, **ERRORS})
async def get_timeline(request: Request, sel: Annotated[Selection, Depends(selection)],
                       interval: Annotated[str, Query(pattern="^(auto|day|week|month)$")
                                           ] = "auto",
                       by: Annotated[str, Query(pattern="^(type|quad)$")] = "type"
                       ) -> Response:
    """Events per day, week or month, by type or by quad class."""
    key = ("timeline", sel.key(), interval, by)
    return await answer(request, ("api", *key), lambda: backend_of(request).view(
        key, lambda s: views.timeline(s, sel, interval, by)))


@router.get("/map", response_class=JSONResponse,
            responses={200: {"model": models.MapData}, **ERRORS})
async def get_map(request: Request, sel: Annotated[Selection, Depends(selection)],
                  limit: Annotated[int, Query(ge=1, le=5000, description="places at most")
                                   ] = 1000) -> Response:
    """The places of the matching events, with their events by quad class."""
    key = ("map", sel.key(), limit)
    return await answer(request, ("api", *key), lambda: backend_of(request).view(
        key, lambda s: views.map_points(s, sel, limit)))


@router.get("/network", response_class=JSONResponse,
            responses={200: {"model": models.Network}, **ERRORS})
async def get_network(request: Request, sel: Annotated[Selection, Depends(selection)],
                      nodes: Annotated[int, Query(ge=2, le=200, description="actors at most")
                                       ] = 40) -> Response:
    """Who acts on whom: the actors of the strongest actor-to-recipient links, and every
    link among them."""
    key = ("network", sel.key(), nodes)
    return await answer(request, ("api", *key), lambda: backend_of(request).view(
        key, lambda s: views.network(s, sel, nodes)))


# --- coding ----------------------------------------------------------------------------------


def check_may_store(backend: Backend, token: str | None) -> None:
    """Refuse to store unless the server was started with ``--write`` and, when a token is
    configured, the request gives it."""
    if not backend.writable:
        raise WebError("this server does not store articles: it was started read-only "
                       "(newsevents serve --write stores them)", "W403", 403)
    expected = backend.settings.token
    if expected and not (token and hmac.compare_digest(token.encode(), expected.encode())):
        raise WebError("storing needs the server's token (Authorization: Bearer TOKEN)",
                       "W401", 401)


def bearer(authorization: str | None) -> str | None:
    if authorization and authorization[:7].lower() == "bearer ":
        return authorization[7:].strip()
    return None


async def code_and_store(backend: Backend, article: Any, store: bool
                         ) -> dict[str, Any]:
    """Code an article and, if asked, store its record."""
    record = await backend.coding.code(article)
    if store:
        await run_in_threadpool(backend.store_record, record)
    return record


@router.post("/code", response_class=JSONResponse,
             responses={200: {"model": models.Record, "description": "the record"},
                        201: {"model": models.Record, "description": "coded and stored"},
                        401: {"model": models.ErrorBody}, 403: {"model": models.ErrorBody},
                        413: {"model": models.ErrorBody}, 422: {"model": models.ErrorBody},
                        503: {"model": models.ErrorBody}})
async def code(request: Request, body: models.CodeRequest,
               authorization: Annotated[str | None, Header()] = None) -> JSONResponse:
    """Code one article: the coded-article record (Contract 2). With ``"store": true`` it
    is also stored (201, ``Location`` of the stored record)."""
    backend = backend_of(request)
    if body.store:
        check_may_store(backend, bearer(authorization))
    article = await run_in_threadpool(
        article_from_text, body.text, title=body.title, published=body.published,
        id=body.id, url=body.url, source=body.source, home=body.home)
    record = await code_and_store(backend, article, body.store)
    if body.store:
        location = f"/api/articles/{quote(record['article']['id'], safe='')}"
        return JSONResponse(record, status_code=201, headers={"location": location})
    return JSONResponse(record)
