"""Distances on the earth: the one great-circle function that places, clusters and the
geographic evaluation share.

In:  two points as latitude and longitude in degrees.
Out: the great-circle (haversine) distance between them in kilometres, on a sphere of the
     earth's mean radius.
"""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0  # mean radius (IUGG): the sphere that best fits the earth
KM_PER_DEGREE = 111.2  # of latitude, anywhere: a cheap bound before the exact distance


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between (lat1, lon1) and (lat2, lon2)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
