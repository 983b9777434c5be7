"""The pages: Jinja2 templates rendered on the server, with a few small scripts of our own
(``static/js``) for what needs a click: selecting an event lights up its trigger,
participants, place and time in the text.

``/`` paste or upload an article and see it coded (a form POST: it works without scripts);
``/articles`` and ``/articles/{id}`` stored articles; ``/events`` the event browser with the
query filters; ``/timeline``, ``/map``, ``/network`` pictures of the selected events (SVG
drawn by :mod:`newsevents.web.charts`); ``/docs`` the API's endpoints.

Templates escape everything (autoescape); text with annotations is built by
:mod:`newsevents.web.annotate`, which escapes every piece; a URL from an article becomes a
link only when it is ``http`` or ``https``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from .. import __version__
from ..errors import WebError
from ..store import views
from ..store.query import MODALITIES
from ..store.views import EVENT_TYPES, QUADS, Selection
from . import charts
from .annotate import QUAD_LABELS, annotate
from .api import backend_of, check_may_store, code_and_store
from .coding import MAX_UPLOAD_BYTES, article_from_text, article_from_upload
from .examples import EXAMPLE
from .params import check_page, parse_day, selection, selection_params

TEMPLATES = Path(__file__).resolve().parent / "templates"
PAGE_SIZE = 50
NAV = (("/", "Code"), ("/articles", "Articles"), ("/events", "Events"),
       ("/timeline", "Timeline"), ("/map", "Map"), ("/network", "Network"), ("/docs", "API"))

router = APIRouter(include_in_schema=False)
env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(
    enabled_extensions=("html",), default=True), trim_blocks=True, lstrip_blocks=True)


def safe_url(url: Any) -> str | None:
    """The URL if it is an http(s) URL (a link may be made of it), else None."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def quad_class(quad: Any) -> str:
    """A CSS class for a quad class (from a fixed list)."""
    return f"quad-{quad}" if quad in QUADS else "quad-other"


def evidence(event: dict[str, Any], width: int = 240) -> Markup:
    """The evidence sentence with the trigger words marked, cut around them if long."""
    sentence = event.get("sentence") or ""
    trigger = event.get("event_text") or ""
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return Markup(escape(_cut(sentence, 0, width)))
    before, after = sentence[:at], sentence[at + len(trigger):]
    room = max(width - len(trigger), 40) // 2
    if len(before) > room:
        before = "…" + before[-room:]
    if len(after) > room:
        after = after[:room] + "…"
    return Markup(f"{escape(before)}<mark>{escape(trigger)}</mark>{escape(after)}")


def _cut(text: str, start: int, width: int) -> str:
    return text[start:start + width] + ("…" if len(text) > start + width else "")


def side_names(sides: list[dict[str, Any]]) -> str:
    out = []
    for side in sides:
        tags = "/".join(x for x in (side.get("country"), side.get("sector")) if x)
        out.append(f"{side.get('name')} [{tags}]" if tags else str(side.get("name")))
    return "; ".join(out)


env.globals.update(nav=NAV, version=__version__, event_types=EVENT_TYPES, quads=QUADS,
                   quad_labels=QUAD_LABELS, modalities=MODALITIES, colour=charts.colour)
env.filters.update(safe_url=safe_url, quad_class=quad_class, evidence=evidence,
                   side_names=side_names)


def render(request: Request, name: str, status: int = 200,
           headers: dict[str, str] | None = None, **context: Any) -> HTMLResponse:
    backend = backend_of(request)
    context.update(request=request, path=request.url.path, store_name=backend.store_name,
                   writable=backend.writable, token_needed=bool(backend.settings.token))
    html = env.get_template(name).render(**context)
    return HTMLResponse(html, status_code=status, headers=headers)


def error_page(request: Request, status: int, message: str, code: str,
               headers: dict[str, str] | None = None) -> Response:
    return render(request, "error.html", status=status, headers=headers, title="Error",
                  status_code=status, message=message, code=code)


def _query(params: dict[str, Any], **extra: Any) -> str:
    merged = {k: v for k, v in {**params, **extra}.items() if v not in (None, "")}
    return urlencode(merged)


# --- coding ----------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def home(request: Request, example: int = 0) -> HTMLResponse:
    """The coding form (with an invented example article when ``example=1``)."""
    form = {"text": EXAMPLE["text"], "title": EXAMPLE["title"],
            "published": EXAMPLE["published"]} if example else {}
    return render(request, "index.html", title="Code an article", form=form,
                  stats=_stats(request))


def _stats(request: Request) -> dict[str, Any] | None:
    try:
        return backend_of(request).view(("stats",), views.stats)
    except Exception:  # the form works without the store's figures
        return None


@router.post("/", response_class=HTMLResponse)
async def code_form(request: Request, text: Annotated[str, Form()] = "",
                    title: Annotated[str, Form()] = "",
                    published: Annotated[str, Form()] = "",
                    home: Annotated[str, Form()] = "",
                    store: Annotated[str, Form()] = "",
                    token: Annotated[str, Form()] = "",
                    file: Annotated[UploadFile | None, File()] = None) -> HTMLResponse:
    """Code the pasted text (or the uploaded file) and show it annotated."""
    backend = backend_of(request)
    form = {"text": text, "title": title, "published": published, "home": home,
            "store": bool(store)}
    try:
        if store:
            check_may_store(backend, token or None)
        article = await _form_article(text, title, published, home, file)
        form["text"] = article.text
        record = await code_and_store(backend, article, bool(store))
    except WebError as exc:
        return render(request, "index.html", status=exc.status, title="Code an article",
                      form=form, error=f"{exc.args[0]} [{exc.code}]", stats=None)
    return render(request, "index.html", title=record["article"].get("title") or "Coded",
                  form=form, record=record, view=annotate(record), stored=bool(store),
                  stats=None)


async def _form_article(text: str, title: str, published: str, home: str,
                        file: UploadFile | None) -> Any:
    if file is not None and file.filename:
        data = await file.read(MAX_UPLOAD_BYTES + 1)
        if len(data) > MAX_UPLOAD_BYTES:
            raise WebError(f"upload: too large (the limit is {MAX_UPLOAD_BYTES:,} bytes)",
                           "W413", 413)
        return await run_in_threadpool(article_from_upload, file.filename, data,
                                       title=title or None, published=published or None,
                                       home=home or None)
    return await run_in_threadpool(article_from_text, text, title=title or None,
                                   published=published or None, home=home or None)


# --- stored articles -------------------------------------------------------------------------


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, q: str = "", since: str = "", until: str = "",
             offset: int = 0) -> HTMLResponse:
    """Stored articles, the latest first, with a search box."""
    check_page(PAGE_SIZE, offset)
    first, last = parse_day(since, "since"), parse_day(until, "until")
    backend = backend_of(request)
    key = (q or None, first, last)
    total = backend.view(("articles-count", key),
                         lambda s: views.count_articles(s, q or None, first, last))
    items = backend.view(("articles", key, PAGE_SIZE, offset), lambda s: views.article_page(
        s, q or None, first, last, PAGE_SIZE, offset))
    params = {"q": q, "since": since, "until": until}
    return render(request, "articles.html", title="Articles", items=items, total=total,
                  params=params, pager=_pager(params, total, offset))


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    """One stored article, annotated."""
    record = backend_of(request).view(("record", article_id), lambda s: s.record(article_id))
    if record is None:
        raise WebError(f"no article {article_id!r} in the store", "W404", 404)
    return render(request, "article.html", title=record["article"].get("title") or article_id,
                  record=record, view=annotate(record))


# --- events and pictures ---------------------------------------------------------------------


def _pager(params: dict[str, Any], total: int, offset: int, size: int = PAGE_SIZE
           ) -> dict[str, Any]:
    """Links to the previous and next pages, and which rows are shown."""
    prev = _query(params, offset=max(offset - size, 0) or None) if offset > 0 else None
    following = _query(params, offset=offset + size) if offset + size < total else None
    return {"first": offset + 1 if total else 0, "last": min(offset + size, total),
            "total": total, "prev": prev, "next": following,
            "page": offset // size + 1, "pages": max(math.ceil(total / size), 1)}


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, sel: Annotated[Selection, Depends(selection)],
           offset: int = 0, sort: Annotated[str, Query(pattern="^-?date$")] = "date"
           ) -> HTMLResponse:
    """The event browser: the query filters, a page of events, links to their articles."""
    check_page(PAGE_SIZE, offset)
    backend = backend_of(request)
    newest = sort == "-date"
    indexed = backend.indexed_page(sel, PAGE_SIZE, offset, newest)
    if indexed is not None:
        total, items = indexed[0], [json.loads(event) for event in indexed[1]]
    else:
        total = backend.view(("count", sel.key()), lambda s: views.count_selected(s, sel))
        items = backend.view(("events", sel.key(), PAGE_SIZE, offset, newest),
                             lambda s: views.event_page(s, sel, PAGE_SIZE, offset, newest))
    params = selection_params(sel)
    sorted_params = {**params, "sort": "-date" if newest else None}
    return render(request, "events.html", title="Events", items=items, total=total,
                  f=params, sort=sort, query=_query(sorted_params),
                  other_sort=_query(params, sort=None if newest else "-date"),
                  pager=_pager(sorted_params, total, offset))


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, sel: Annotated[Selection, Depends(selection)],
             interval: Annotated[str, Query(pattern="^(auto|day|week|month)$")] = "auto",
             by: Annotated[str, Query(pattern="^(type|quad)$")] = "type") -> HTMLResponse:
    """Events per day, week or month, by type or quad class, as stacked bars."""
    data = backend_of(request).view(("timeline", sel.key(), interval, by),
                                    lambda s: views.timeline(s, sel, interval, by))
    params = selection_params(sel)
    return render(request, "timeline.html", title="Timeline", data=data, f=params,
                  interval=interval, by=by, chart=charts.timeline_svg(data, params),
                  legend=charts.legend(data["keys"]),
                  query=_query(params, interval=interval, by=by))


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, sel: Annotated[Selection, Depends(selection)]
             ) -> HTMLResponse:
    """The places of the selected events on the world's outlines, coloured by quad."""
    data = backend_of(request).view(("map", sel.key(), 1000),
                                    lambda s: views.map_points(s, sel, 1000))
    params = selection_params(sel)
    return render(request, "map.html", title="Map", data=data, f=params,
                  chart=charts.map_svg(data, params), legend=charts.legend(QUADS),
                  query=_query(params))


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, sel: Annotated[Selection, Depends(selection)],
            nodes: Annotated[int, Query(ge=2, le=200)] = 40) -> HTMLResponse:
    """Who acts on whom among the most active actors."""
    data = backend_of(request).view(("network", sel.key(), nodes),
                                    lambda s: views.network(s, sel, nodes))
    params = selection_params(sel)
    names = {n["id"]: n for n in data["nodes"]}
    return render(request, "network.html", title="Network", data=data, f=params,
                  nodes=nodes, names=names, chart=charts.network_svg(data, params),
                  legend=charts.legend(QUADS), query=_query(params, nodes=nodes))


# --- the API's endpoints ---------------------------------------------------------------------


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API's endpoints, from its OpenAPI document, with curl examples."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, spec in methods.items():
            params = [p["name"] for p in spec.get("parameters", [])
                      if p.get("in") == "query"]
            about = (spec.get("description") or spec.get("summary") or "").split("\n\n")[0]
            endpoints.append({"method": method.upper(), "path": path,
                              "about": " ".join(about.replace("``", "").split()),
                              "params": params})
    base = f"{request.url.scheme}://{request.url.netloc}"
    return render(request, "docs.html", title="API", endpoints=endpoints, base=base)


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return Response((charts.STATIC / "favicon.svg").read_bytes(), media_type="image/svg+xml",
                    headers={"cache-control": "max-age=86400"})
