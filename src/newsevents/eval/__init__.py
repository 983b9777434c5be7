"""``newsevents eval``: measure each stage on public gold-standard sets read by path.

One module per set of measures: :mod:`.events` (NGEC stories, CAMEO sentences), :mod:`.time`
(TimeML) and :mod:`.quotes` (PolNeAR); each has ``run(args, out, err) -> int``. What their
``run`` functions share (the coder, ``--limit``, the report) lives here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, TextIO

EXIT_OK, EXIT_USAGE = 0, 2


def rounded(value: Any) -> Any:
    """Floats rounded to four places, all the way down, for ``--json`` reports."""
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {str(k): rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [rounded(v) for v in value]
    return value


def bad_limit(limit: int | None, err: TextIO) -> bool:
    """True (after one line on ``err``) when ``--limit`` is given but below 1."""
    if limit is not None and limit < 1:
        print(f"newsevents: --limit must be at least 1, not {limit}", file=err)
        return True
    return False


def load_coder(model: str, err: TextIO, min_confidence: float | None = None) -> Any:
    """The Coder to evaluate, or None after one line on ``err`` when it cannot load."""
    from ..coder import DEFAULT_MIN_CONFIDENCE, Coder
    from ..datafiles import DataFileError
    from ..nlp import ModelError

    try:
        return Coder(model=model, min_confidence=DEFAULT_MIN_CONFIDENCE
                     if min_confidence is None else min_confidence)
    except (ModelError, DataFileError) as exc:
        print(f"newsevents: {exc}", file=err)
        return None


def emit(report: Mapping[str, Any], as_json: bool, out: TextIO,
         format_report: Callable[[Mapping[str, Any]], str]) -> int:
    """Write the report as JSON or as text; the exit status of a finished evaluation."""
    if as_json:
        json.dump(rounded(report), out, indent=2)
        out.write("\n")
    else:
        out.write(format_report(report))
    return EXIT_OK
