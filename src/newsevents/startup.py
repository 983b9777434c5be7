"""Start-up helpers: what the package import and the pipeline load share.

Importing spaCy and loading a pipeline create several hundred thousand objects that live
until the process ends. Python's cyclic garbage collector, triggered by every 700 new
objects, walks them over and over (about 0.1 s of a 2 s start-up) and finds no garbage, so
the loading code pauses it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block, then restore it as it was
    (a caller that disabled it keeps it disabled). Reference counting still frees what it
    can; any cycles made meanwhile are collected by the next collection after the block."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
