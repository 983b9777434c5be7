"""newsevents: English news articles to PLOVER political event records."""

__version__ = "0.1.0"
