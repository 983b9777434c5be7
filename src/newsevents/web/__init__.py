"""The web app and REST API over a store (Contract 4): ``newsevents serve``.

>>> from newsevents.web import Settings, create_app
>>> app = create_app(Settings(db="demo.duckdb"))      # an ASGI app: uvicorn, TestClient, ...

Needs the ``web`` extra (``pip install 'newsevents[web]'``: FastAPI, uvicorn, Jinja2,
python-multipart). See :mod:`newsevents.web.app` for the pieces. Importing this package
imports none of them (the command line builds ``serve``'s parser from
:mod:`newsevents.web.command` on every run); ``create_app`` and ``Settings`` load them.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Settings", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    if name == "Settings":
        from .backend import Settings

        return Settings
    raise AttributeError(name)
