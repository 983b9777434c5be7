"""newsevents: English news articles to PLOVER political event records.

``from newsevents import Coder`` gives the Python API. The pipeline stages are spaCy
components (``newsevents_actors``, ``newsevents_where``, ``newsevents_when``,
``newsevents_quotes``, ``newsevents_events``), registered with spaCy through entry points, so
``nlp.add_pipe("newsevents_actors")`` works in any pipeline once the package is installed.

The package imports its parts when they are first used: commands that only read a store
(``newsevents query``, ``export``) start without loading spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Article", "CodedArticle", "Coder", "__version__"]

if TYPE_CHECKING:
    from .coder import Coder
    from .record import Article, CodedArticle


def __getattr__(name: str) -> Any:
    """``Coder``, ``Article`` and ``CodedArticle``, imported on first use."""
    if name == "Coder":
        from .coder import Coder

        return Coder
    if name in ("Article", "CodedArticle"):
        from . import record

        return getattr(record, name)
    raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
