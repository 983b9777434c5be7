"""One root for the errors newsevents reports to users, each with a short code.

An error that reaches the command line is printed as one line, ``newsevents: MESSAGE``, never
as a traceback. The code (``[S003]``) names the kind of problem so that it can be looked up
and tested without matching the wording.
"""

from __future__ import annotations


class NewseventsError(Exception):
    """Base class: ``code`` is a short stable identifier, ``str()`` the one-line message."""

    code = "E000"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"{self.args[0]} [{self.code}]"


class StoreError(NewseventsError):
    """A store that cannot be opened or written as asked; the store itself is left as it was.

    Codes: S001 not a database or corrupt; S002 locked by another process; S003 made by a
    newer newsevents; S004 a database that is not a newsevents store; S005 a write failed
    (disk full, permissions); S006 a query was refused or failed; S007 no store at that path;
    S008 an older store that must be migrated first.
    """

    code = "S000"
