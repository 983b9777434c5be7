"""``newsevents eval``: measure each stage on public gold-standard sets read by path.

One module per set of measures: :mod:`.events` (NGEC stories, CAMEO sentences), and, as they
land, :mod:`.time` (TimeML), :mod:`.geo` (LGL, GeoVirus) and :mod:`.quotes` (PolNeAR).
"""
