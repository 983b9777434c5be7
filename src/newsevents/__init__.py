"""newsevents: English news articles to PLOVER political event records.

``from newsevents import Coder`` gives the Python API; importing the package also registers
the pipeline stages as spaCy components (``newsevents_actors``, ``newsevents_where``,
``newsevents_when``, ``newsevents_quotes``, ``newsevents_events``).
"""

__version__ = "0.1.0"

from .coder import Coder  # noqa: E402
from .record import Article, CodedArticle  # noqa: E402

__all__ = ["Article", "CodedArticle", "Coder", "__version__"]
