"""``newsevents eval``: measure each stage on public gold-standard sets read by path.

One module per set of measures: :mod:`.events` (NGEC stories, CAMEO sentences), and, as they
land, :mod:`.time` (TimeML), :mod:`.geo` (LGL, GeoVirus) and :mod:`.quotes` (PolNeAR).
"""

from typing import Any


def rounded(value: Any) -> Any:
    """Floats rounded to four places, all the way down, for ``--json`` reports."""
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {str(k): rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [rounded(v) for v in value]
    return value
