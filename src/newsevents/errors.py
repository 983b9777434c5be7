"""One root for the errors newsevents reports to users, each with a short code; the exit
codes of every command.

An error that reaches the command line is printed as one line, ``newsevents: MESSAGE``, never
as a traceback. The code (``[S003]``) names the kind of problem so that it can be looked up
and tested without matching the wording. Codes by family:

* ``D...`` data files (:class:`newsevents.datafiles.DataFileError`): D001 a data file that
  cannot be read or breaks its schema or rules;
* ``G...`` the gazetteer (:class:`GazetteerError`): G001 an index named by the user or the
  environment that does not exist;
* ``M...`` the spaCy pipeline (:class:`newsevents.nlp.ModelError`): M001 not installed, M002
  lacks a parser or named entities, M003 not English;
* ``R...`` inputs (:class:`newsevents.read.ReadError`): R001 an input that cannot be read;
* ``S...`` the store (:class:`StoreError`, below).

Library code never prints: it raises these errors, and reports what is not an error (a
stage that failed on one article, an index being built) through the ``newsevents`` logger,
which the command line shows as ``newsevents: MESSAGE`` on standard error.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

# Exit status of every command: 0 all done, 1 some inputs or checks failed (each reported),
# 2 a usage error (bad option, missing pipeline, unusable data file or store), 130 Ctrl-C.
EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

#: The logger of the whole package (modules log to its children, ``newsevents.coder``, ...).
LOGGER = "newsevents"


class NewseventsError(Exception):
    """Base class: ``code`` is a short stable identifier, ``str()`` the one-line message."""

    code = "E000"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"{self.args[0]} [{self.code}]"


class GazetteerError(NewseventsError, FileNotFoundError):
    """A gazetteer index that the user or ``NEWSEVENTS_GAZETTEER`` names but that does not
    exist (G001). Still a ``FileNotFoundError`` for callers that catch that."""

    code = "G001"


@contextmanager
def logged_to(stream: TextIO) -> Iterator[None]:
    """Show the package's log records (warnings and up) on ``stream`` as ``newsevents:
    MESSAGE`` lines for the ``with`` block: what a command does around library code that
    logs. ``logging`` is imported here, not with this module, so that commands that log
    nothing (``query``, ``export``) do not pay for it at start-up."""
    import logging

    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("newsevents: %(message)s"))
    logger = logging.getLogger(LOGGER)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False  # shown once, not again by a handler of the root logger
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


class StoreError(NewseventsError):
    """A store that cannot be opened or written as asked; the store itself is left as it was.

    Codes: S001 not a database or corrupt; S002 locked by another process; S003 made by a
    newer newsevents; S004 a database that is not a newsevents store; S005 a write failed
    (disk full, permissions); S006 a query was refused or failed; S007 no store at that path;
    S008 an older store that must be migrated first; S009 a database server that cannot
    be reached or logged into (or psycopg is not installed).
    """

    code = "S000"


class WebError(NewseventsError):
    """A request the web app refuses or cannot answer; ``status`` is its HTTP status.

    Codes: W400 a bad parameter; W401 a missing or wrong token; W403 refused (storing on a
    read-only server, a cross-site request); W404 not found; W413 too large; W415 an upload
    of an unsupported type; W422 an article that cannot be coded (empty, not English, not
    text); W500 coding failed; W503 the coder is busy or not loaded.
    """

    code = "W000"

    def __init__(self, message: str, code: str, status: int) -> None:
        super().__init__(message, code)
        self.status = status
