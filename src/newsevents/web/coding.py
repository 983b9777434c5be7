"""Coding articles for the web app: checking what a request sends, and one pipeline that
codes one article at a time.

:func:`article_from_text` and :func:`article_from_upload` apply the checks of ``newsevents
code`` (size limit, decoding, not empty, English; an HTML page's text and metadata extracted
by trafilatura) by going through :func:`newsevents.read.read_inputs` itself, and raise
:class:`WebError` with the status the API answers (413 too large, 422 cannot be coded).

:class:`CodingService` owns the pipeline. By default it lives in one worker process (loaded
once, in the background, as the server starts; ``workers`` for more): coding holds the CPU
for a tenth of a second or more per article, and in a process of its own it leaves the
server's threads free to answer queries on the other core, and a crash of the pipeline
cannot take the server down (a dead worker is replaced and the article tried once more; one
that kills a worker twice gets 500). Given a :class:`~newsevents.coder.Coder` instead
(tests, a library user), it codes in a thread of this process. Either way each pipeline
codes one article at a time, in arrival order; at most ``max_pending`` requests wait, and
the next is refused with 503 and ``Retry-After`` rather than queued without bound.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import logging
import multiprocessing
import os
import tempfile
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import WebError
from ..read import (
    HTML_SIZE_FACTOR,
    MAX_ARTICLE_BYTES,
    ReadError,
    normalise_published,
    read_inputs,
)
from ..record import Article

log = logging.getLogger("newsevents.web")

MAX_HOME_CHARS = 500  # a home hint is a place name and its states, or an id
UPLOAD_TYPES = (".txt", ".html", ".htm", ".json", ".jsonl")
MAX_UPLOAD_BYTES = MAX_ARTICLE_BYTES * HTML_SIZE_FACTOR
STAGE_FAILED = "a stage of the pipeline failed on this article (see the server's log)"


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1_000_000 else f"{n / 1e3:.1f} KB"


def web_id(text: str) -> str:
    """The id given to an article sent without one: ``web:`` and a hash of its text, so the
    same text gets the same id."""
    return "web:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _published(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    published = normalise_published(value)
    if published is None:
        raise WebError(f"published: not an ISO date or datetime: {value[:40]!r}", "W422", 422)
    return published


def _first_article(items: Any, what: str) -> Article:
    """The article ``read_inputs`` gave, or the WebError for its ReadError."""
    for item in items:
        if isinstance(item, ReadError):
            status, code = (413, "W413") if item.reason.startswith("too large") else \
                (422, "W422")
            raise WebError(f"{what}: {item.reason}", code, status)
        if isinstance(item, Article):
            return item
    raise WebError(f"{what}: no article found", "W422", 422)


def checked_home(value: str | int | None) -> str | None:
    """A request's ``home`` hint as ``newsevents code --home`` takes it (a place name, or a
    GeoNames id), checked as that option is: None when absent or blank; WebError 422 naming
    the hint and the reason when the gazetteer cannot resolve it to one place."""
    if value is None:
        return None
    hint = str(value).strip()
    if not hint:
        return None
    if len(hint) > MAX_HOME_CHARS:
        raise WebError(f"home: too long ({len(hint)} characters > {MAX_HOME_CHARS})",
                       "W422", 422)
    from ..gazetteer import shared_gazetteer
    from ..where.home import HomeError, parse_home

    try:
        parse_home(hint, shared_gazetteer())
    except HomeError as exc:
        raise WebError(f"home: {exc}", "W422", 422) from None
    return hint


def _finish(article: Article, *, id: str | None, title: str | None, url: str | None,
            source: str | None, home: str | None = None) -> Article:
    return replace(article, id=id or web_id(article.text), title=title or article.title,
                   url=url or article.url, source=source or article.source,
                   home=home or article.home, input="web", line=None)


def article_from_text(text: str, *, title: str | None = None, published: str | None = None,
                      id: str | None = None, url: str | None = None,
                      source: str | None = None, home: str | int | None = None) -> Article:
    """The article a request sends as text, checked as ``newsevents code -`` checks
    standard input, and its ``home`` as ``--home`` is (:func:`checked_home`). Raises
    WebError: 413 over the size limit, 422 otherwise."""
    hint = checked_home(home)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise WebError("text: not valid Unicode text", "W422", 422) from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise WebError(f"text: too large: {_size(len(data))} > limit "
                       f"{_size(MAX_ARTICLE_BYTES)}", "W413", 413)
    items = read_inputs(["-"], _published(published), stdin=io.BytesIO(data))
    article = _first_article(items, "text")
    return _finish(article, id=id, title=title and " ".join(title.split()), url=url,
                   source=source, home=hint)


def article_from_upload(filename: str, data: bytes, *, title: str | None = None,
                        published: str | None = None, home: str | None = None) -> Article:
    """The article of an uploaded file: ``.txt``, ``.html`` or ``.jsonl`` (its first
    line) read as ``newsevents code`` reads such a file (for a page: its main text, title,
    date and canonical url), or ``.json``, one object as ``POST /api/code`` takes it. The
    bytes go to a temporary file that this function names and removes; nothing of the
    upload's name but its suffix is used. ``title``, ``published`` and ``home`` (the
    form's), when given, win over the file's. Raises WebError (413, 415, 422)."""
    hint = checked_home(home)
    suffix = Path(filename or "").suffix.lower()
    if suffix not in UPLOAD_TYPES:
        raise WebError(f"upload a {', '.join(UPLOAD_TYPES)} file, not {suffix or 'this'}",
                       "W415", 415)
    if suffix == ".json":
        return _article_from_json(data, title=title, published=published, home=hint)
    handle, path = tempfile.mkstemp(prefix="newsevents-upload-", suffix=suffix)
    try:
        with os.fdopen(handle, "wb") as f:
            f.write(data)
        article = _first_article(read_inputs([path], _published(published)), "upload")
    finally:
        os.unlink(path)
    kept = article.id if suffix == ".jsonl" else None  # a JSONL line names its article
    if hint is None and article.home is not None:  # a JSONL line's own home, checked too
        hint = checked_home(article.home)
    return _finish(article, id=kept, title=title, url=None, source=None, home=hint)


def _article_from_json(data: bytes, *, title: str | None, published: str | None,
                       home: str | None = None) -> Article:
    """An uploaded ``.json`` article: the body ``POST /api/code`` takes, checked by its
    model (``store`` is the form's to say, not the file's)."""
    from pydantic import ValidationError

    from .models import CodeRequest

    try:
        body = CodeRequest.model_validate_json(data)
    except ValidationError as exc:
        problem = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in problem.get("loc", ())) or "file"
        raise WebError(f"upload: not an article as POST /api/code takes it ({where}: "
                       f"{problem.get('msg', 'invalid')})", "W422", 422) from None
    return article_from_text(body.text, title=title or body.title,
                             published=published or body.published, id=body.id,
                             url=body.url, source=body.source,
                             home=home if home is not None else body.home)


# --- the pipeline ----------------------------------------------------------------------------


_WORKER_CODER: Any = None


def _worker_start(model: str | None) -> None:
    """In the worker process: load the pipeline once. Ctrl-C is the server's to handle
    (it stops the workers), not each worker's."""
    global _WORKER_CODER
    import signal

    from ..coder import Coder

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_CODER = Coder(model=model) if model else Coder()


def _worker_ready() -> bool:
    return _WORKER_CODER is not None


def _worker_code(article: Article) -> dict[str, Any] | None:
    """In the worker process: the record of one article as a dict, None when a stage
    failed on it."""
    return _code_with(_WORKER_CODER, article)


def _code_with(coder: Any, article: Article) -> dict[str, Any] | None:
    records = list(coder.code_many([article]))
    return records[0].to_dict() if records else None


class CodingService:
    """The app's pipeline, coding one article at a time per worker (see the module
    docstring).

    ``coder``: a loaded Coder to use in this process; without it ``workers`` processes
    (default 1) each load the pipeline of ``model`` (default: the package's).
    ``max_pending``: requests that may wait for a pipeline before more are refused (503)."""

    def __init__(self, coder: Any = None, model: str | None = None,
                 max_pending: int = 32, workers: int = 1) -> None:
        self.coder = coder
        self.model = model
        self.max_pending = max_pending
        self.workers = 1 if coder is not None else max(1, workers)
        self.pending = 0
        self.error: str | None = None
        self._executor: ProcessPoolExecutor | None = None
        self._warm: list[Future[bool]] = []
        self._guard = threading.Lock()
        self._turn: asyncio.Semaphore | None = None

    # --- life --------------------------------------------------------------------------------

    def start(self) -> None:
        """Start loading the pipeline (in the background: this returns at once). Called
        in the server's event loop."""
        self._turn = asyncio.Semaphore(self.workers)
        if self.coder is None and self._executor is None:
            self._new_worker()

    def _new_worker(self) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self._executor = ProcessPoolExecutor(self.workers, mp_context=context,
                                             initializer=_worker_start,
                                             initargs=(self.model,))
        # one task per worker at once, so that every worker starts and loads now
        self._warm = [self._executor.submit(_worker_ready) for _ in range(self.workers)]
        for future in self._warm:
            future.add_done_callback(self._loaded)

    def _loaded(self, future: Future[bool]) -> None:
        exc = future.exception()
        if exc is not None:
            self.error = f"the pipeline could not be loaded ({type(exc).__name__}: {exc})"
            log.error("newsevents: %s", self.error)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    @property
    def status(self) -> str:
        """``ready``, ``loading`` or ``failed: REASON``."""
        if self.coder is not None:
            return "ready"
        if self.error:
            return f"failed: {self.error}"
        if self._warm and all(future.done() for future in self._warm):
            return "ready"
        return "loading"

    # --- coding ------------------------------------------------------------------------------

    async def code(self, article: Article) -> dict[str, Any]:
        """The coded-article record of ``article`` (a dict). Raises WebError: 503 when
        ``max_pending`` requests already wait or the pipeline failed to load, 500 when a
        stage failed on this article or the worker died while coding it."""
        with self._guard:
            if self.pending >= self.max_pending:
                raise _busy(f"{self.pending} articles are waiting to be coded")
            self.pending += 1
        try:
            if self._turn is None:
                self.start()
            assert self._turn is not None
            async with self._turn:
                record = await self._code(article)
        finally:
            with self._guard:
                self.pending -= 1
        if record is None:
            raise WebError(STAGE_FAILED, "W500", 500)
        return record

    async def _code(self, article: Article) -> dict[str, Any] | None:
        if self.coder is not None:
            return await asyncio.to_thread(_code_with, self.coder, article)
        if self.error:
            raise _busy(self.error)
        for attempt in (1, 2):
            if self._executor is None:
                self._new_worker()
            executor = self._executor
            assert executor is not None
            try:
                return await asyncio.wrap_future(executor.submit(_worker_code, article))
            except BrokenProcessPool:
                # a worker died (killed, out of memory): start new ones and try the article
                # once more; one that kills a worker twice is the article's doing
                log.error("newsevents: a coding process died (article %s, attempt %d); "
                          "starting a new one", article.id, attempt)
                if self._executor is executor:
                    self.close()
                    self._new_worker()
        raise WebError("the coding process died twice while coding this article",
                       "W500", 500)


def _busy(reason: str) -> WebError:
    error = WebError(f"the coder is busy or unavailable: {reason}; retry later", "W503", 503)
    error.retry_after = 5  # type: ignore[attr-defined]
    return error
