"""The FastAPI application: :func:`create_app` puts together the API, the pages, the static
files, the guards of :mod:`newsevents.web.security` and the error handlers.

Errors: the API answers ``{"error": MESSAGE, "code": CODE}`` with the status of the problem
(400 a bad parameter, 401 a missing token, 403 refused, 404 not found, 405 a wrong method,
413 too large, 415 an unsupported upload, 422 a body or an article that cannot be coded, 500
a failure, 503 the coder busy or the store locked); pages show the same message on an error
page. Codes are those of :class:`~newsevents.errors.WebError` (W...) and, for the store,
:class:`~newsevents.errors.StoreError` (S...).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import GZipMiddleware

from .. import __version__
from ..errors import StoreError, WebError
from ..store import Store
from . import api, pages
from .backend import Backend, Settings
from .charts import STATIC
from .coding import MAX_UPLOAD_BYTES
from .security import AllowedHosts, BodyLimit, SameOrigin, SecurityHeaders

log = logging.getLogger("newsevents.web")

# A request body may carry an upload (an HTML page: 5 x the article limit) with its form.
MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 100_000
STORE_STATUS = {"S006": 400, "S002": 503, "S007": 404}
# How `newsevents serve --workers N` hands its settings to the worker processes.
SETTINGS_VARIABLE = "NEWSEVENTS_WEB_SETTINGS"

DESCRIPTION = """Events coded from news articles (PLOVER, with CAMEO roots), from a newsevents
store: query them with the filters of `newsevents query`, read the coded-article records,
and code new articles. Errors are `{"error": MESSAGE, "code": CODE}`."""


def create_app(settings: Settings | None = None, *, store: Store | None = None,
               coder: Any = None) -> FastAPI:
    """The web app over ``settings.db`` (or an open ``store``), coding with a pipeline of
    its own (or a loaded ``coder``, used in this process). The store is opened and the
    pipeline starts loading when the app starts (its lifespan), and both are closed when it
    stops."""
    settings = settings or Settings()
    backend = Backend(settings, store=store, coder=coder)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        backend.open()
        try:
            yield
        finally:
            backend.close()

    app = FastAPI(title="newsevents", version=__version__, description=DESCRIPTION,
                  lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.backend = backend
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _handle_errors(app)
    app.add_middleware(api.IndexedEvents, backend=backend)  # innermost: after every guard
    app.add_middleware(GZipMiddleware, minimum_size=4096)
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(SameOrigin)
    if settings.allowed_hosts is not None:
        app.add_middleware(AllowedHosts, hosts=settings.allowed_hosts)
    app.add_middleware(SecurityHeaders)  # outermost: refusals get the headers too
    return app


def app_from_environment() -> FastAPI:
    """The app of one worker process of ``serve --workers N``, from the settings the
    command put in :data:`SETTINGS_VARIABLE` (uvicorn calls this in each worker)."""
    import os

    from .command import show_logs

    settings = Settings.from_json(os.environ[SETTINGS_VARIABLE])
    show_logs(sys.stderr, os.environ.get("NEWSEVENTS_WEB_LOG_LEVEL", "info"))
    return create_app(settings)


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str, code: str,
                   headers: dict[str, str] | None = None) -> Response:
    """JSON for the API, the error page otherwise."""
    if _is_api(request):
        return JSONResponse({"error": message, "code": code}, status_code=status,
                            headers=headers)
    return pages.error_page(request, status, message, code, headers)


def _handle_errors(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError) -> Response:
        retry = getattr(exc, "retry_after", None)
        headers = {"retry-after": str(retry)} if retry else None
        if exc.status == 401:
            headers = {"www-authenticate": "Bearer"}
        return error_response(request, exc.status, exc.args[0], exc.code, headers)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        status = STORE_STATUS.get(exc.code, 500)
        if status == 500:
            log.error("newsevents: %s", exc)
        return error_response(request, status, exc.args[0], exc.code)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("body",)) \
                or "body"
            problems.append(f"{where}: {error.get('msg', 'invalid')}")
        message = "; ".join(problems[:5]) or "invalid request"
        return error_response(request, 422, message, "W422")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        code = f"W{exc.status_code}"
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404:
            message = f"nothing at {request.url.path}"
        return error_response(request, exc.status_code, message, code,
                              dict(exc.headers or {}))

    @app.exception_handler(Exception)
    async def failure(request: Request, exc: Exception) -> Response:
        log.exception("newsevents: %s %s failed", request.method, request.url.path)
        return error_response(request, 500, f"internal error ({type(exc).__name__})", "W500")
