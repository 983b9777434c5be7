"""The pictures of the web app, drawn on the server as SVG: no chart library, no script
needed to see them, and every label escaped.

- :func:`timeline_svg`: stacked bars of events per day, week or month, by type or quad;
- :func:`map_svg`: event places on Natural Earth's country outlines (the ``world-atlas``
  package's 1:110m TopoJSON, shipped in ``static/vendor``), an equirectangular projection
  fitted to the points, circles sized by events and coloured by their main quad class;
- :func:`network_svg`: actors as nodes, actor-to-recipient edges weighted by events and
  coloured by quad class, laid out by a force-directed layout (Fruchterman-Reingold, fixed
  start, so the same data always gives the same picture).

Every mark has a ``<title>`` (the browser's tooltip) and links to the event browser with the
filters it stands for. Elements are built by :func:`el`, which escapes attribute values and
text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

from ..store.query import NO_COUNTRY, is_country
from ..store.views import QUADS

STATIC = Path(__file__).resolve().parent / "static"
WORLD = STATIC / "vendor" / "world-atlas" / "countries-110m.json"

QUAD_COLOURS = {"verbal_cooperation": "#3a9a3f", "material_cooperation": "#2371b5",
                "verbal_conflict": "#e08a1e", "material_conflict": "#c7362f"}
# Shades of each quad's colour for its types, in PLOVER's order.
TYPE_COLOURS = {
    "AGREE": "#1f6f2a", "CONSULT": "#3a9a3f", "SUPPORT": "#74c476", "CONCEDE": "#b5dfa8",
    "COOPERATE": "#174f86", "AID": "#2f80c8", "RETREAT": "#8cbfe6",
    "REQUEST": "#a85d06", "ACCUSE": "#e08a1e", "REJECT": "#f4b25c", "THREATEN": "#f9d69e",
    "PROTEST": "#f2aaa0", "SANCTION": "#e8796c", "MOBILIZE": "#d2483d", "COERCE": "#a72a24",
    "ASSAULT": "#6e1815",
}
OTHER_COLOUR = "#888888"


def colour(key: str | None) -> str:
    """The colour of an event type or a quad class."""
    return TYPE_COLOURS.get(key or "") or QUAD_COLOURS.get(key or "") or OTHER_COLOUR


def label(key: str | None) -> str:
    return (key or "none").replace("_", " ")


def el(name: str, attrs: dict[str, Any] | None = None, *children: str | Markup) -> Markup:
    """An element: attribute values and string children escaped, Markup children kept."""
    parts = [name]
    for key, value in (attrs or {}).items():
        if value is None or value is False:
            continue
        if isinstance(value, float):
            value = f"{value:.2f}".rstrip("0").rstrip(".")
        parts.append(f'{key}="{escape(value)}"')
    inner = "".join(str(c) if isinstance(c, Markup) else str(escape(c)) for c in children)
    return Markup(f"<{' '.join(parts)}>{inner}</{name}>")


def events_url(params: dict[str, Any], **extra: Any) -> str:
    """The event browser's URL for these filters (empty ones left out)."""
    merged = {**params, **extra}
    query = urlencode({k: v for k, v in merged.items() if v not in (None, "")})
    return "/events" + (f"?{query}" if query else "")


def _nice_step(top: float, ticks: int = 5) -> float:
    raw = max(top, 1) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


# --- timeline --------------------------------------------------------------------------------

W, H = 960, 320
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 12, 44


def timeline_svg(data: dict[str, Any], filters: dict[str, Any]) -> Markup:
    """Stacked bars, one per period, one segment per key; each segment links to its events."""
    periods = data["periods"]
    if not periods:
        return Markup("")
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM
    top = max(p["total"] for p in periods) or 1
    step = _nice_step(top)
    ymax = step * math.ceil(top / step)
    slot = plot_w / len(periods)
    gap = 1.0 if slot > 4 else 0.0
    marks = [_y_axis(ymax, step, plot_w, plot_h)]
    marks += _x_labels(periods, data["interval"], slot)
    field = "quad" if data["by"] == "quad" else "event"
    for i, period in enumerate(periods):
        y = TOP + plot_h
        for key in data["keys"]:
            n = period["counts"].get(key, 0)
            if not n:
                continue
            height = plot_h * n / ymax
            y -= height
            tip = f"{_period_label(period, data['interval'])}: {label(key)} {n} " \
                  f"(all {period['total']})"
            href = events_url(filters, since=period["period"], until=period["end"],
                              **{field: key})
            rect = el("rect", {"x": LEFT + i * slot + gap / 2, "y": y,
                               "width": max(slot - gap, 0.5), "height": height,
                               "fill": colour(key), "class": "bar"}, el("title", None, tip))
            marks.append(el("a", {"href": href}, rect))
    return el("svg", {"viewBox": f"0 0 {W} {H}", "class": "chart timeline-chart",
                      "role": "img", "aria-label": "events per period"},
              Markup("".join(marks)))


def _y_axis(ymax: float, step: float, plot_w: float, plot_h: float) -> Markup:
    lines = []
    value = 0.0
    while value <= ymax + 1e-9:
        y = TOP + plot_h - plot_h * value / ymax
        lines.append(el("line", {"x1": LEFT, "x2": LEFT + plot_w, "y1": y, "y2": y,
                                 "class": "grid"}))
        lines.append(el("text", {"x": LEFT - 6, "y": y + 4, "class": "tick",
                                 "text-anchor": "end"}, f"{value:g}"))
        value += step
    return Markup("".join(lines))


def _period_label(period: dict[str, Any], interval: str) -> str:
    day = date.fromisoformat(period["period"])
    if interval == "month":
        return day.strftime("%B %Y")
    if interval == "week":
        year, week, _ = day.isocalendar()
        return f"week {week} of {year} (from {day.isoformat()})"
    return day.isoformat()


def _x_labels(periods: list[dict[str, Any]], interval: str, slot: float) -> list[Markup]:
    every = max(1, math.ceil(len(periods) / 10))
    marks = []
    for i in range(0, len(periods), every):
        day = date.fromisoformat(periods[i]["period"])
        text = day.strftime("%b %Y") if interval == "month" else day.strftime("%d %b %Y")
        x = LEFT + (i + 0.5) * slot
        marks.append(el("line", {"x1": x, "x2": x, "y1": H - BOTTOM, "y2": H - BOTTOM + 4,
                                 "class": "axis"}))
        marks.append(el("text", {"x": x, "y": H - BOTTOM + 18, "class": "tick",
                                 "text-anchor": "middle"}, text))
    return marks


def legend(keys: Iterable[str]) -> list[dict[str, str]]:
    """The legend entries (colour and label) of the keys shown."""
    return [{"key": k, "colour": colour(k), "label": label(k)} for k in keys]


# --- map -------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def world_paths() -> tuple[tuple[str, str], ...]:
    """Each country of the shipped outlines as (name, SVG path in lon/-lat degrees)."""
    topology = json.loads(WORLD.read_text(encoding="utf-8"))
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = [_decode_arc(arc, scale, translate) for arc in topology["arcs"]]
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        polygons = geometry["arcs"] if kind == "MultiPolygon" else \
            [geometry["arcs"]] if kind == "Polygon" else []
        d = "".join(_ring_path(ring, arcs) for polygon in polygons for ring in polygon)
        out.append((geometry.get("properties", {}).get("name", ""), d))
    return tuple(out)


def _decode_arc(arc: list[list[int]], scale: Sequence[float],
                translate: Sequence[float]) -> list[tuple[float, float]]:
    """A quantised, delta-encoded TopoJSON arc as (lon, lat) points."""
    x = y = 0
    points = []
    for dx, dy in arc:
        x += dx
        y += dy
        points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
    return points


def _ring_path(ring: list[int], arcs: list[list[tuple[float, float]]]) -> str:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    if len(points) < 3:
        return ""
    coords = " ".join(f"{lon:.2f} {-lat:.2f}" for lon, lat in points)
    return f"M{coords}Z"


def squeeze(points: list[dict[str, Any]]) -> float:
    """How much to narrow longitudes (the cosine of the points' middle latitude) so that a
    regional view is not stretched sideways; 1 (plain equirectangular) for a world view."""
    if not points:
        return 1.0
    lons = [p["lon"] for p in points]
    lats = [p["lat"] for p in points]
    if max(lons) - min(lons) > 120:
        return 1.0
    return max(math.cos(math.radians((max(lats) + min(lats)) / 2)), 0.5)


def fit_view(points: list[dict[str, Any]], k: float = 1.0
             ) -> tuple[float, float, float, float]:
    """The view (x, y, width, height; x = lon * k, y = -lat) that shows every point with a
    margin, at least 30 degrees wide, 2:1, within the world."""
    if not points:
        return (-180.0, -84.0, 360.0, 180.0)
    xs = [p["lon"] * k for p in points]
    ys = [-p["lat"] for p in points]
    width = max(max(xs) - min(xs), 2 * (max(ys) - min(ys))) * 1.4 + 10
    width = min(max(width, 30.0), 360.0 * k)
    height = width / 2
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    x = min(max(cx - width / 2, -180.0 * k), 180.0 * k - width)
    y = min(max(cy - height / 2, -90.0), 90.0 - height)
    return (x, y, width, height)


def map_svg(data: dict[str, Any], filters: dict[str, Any]) -> Markup:
    """The world's outlines, a graticule and one circle per place."""
    points = data["points"]
    k = squeeze(points)
    x, y, width, height = fit_view(points, k)
    countries = [el("path", {"d": d, "class": "country"}, el("title", None, name))
                 for name, d in world_paths() if d]
    world = el("g", {"transform": f"scale({k:.4f} 1)" if k != 1 else None},
               el("rect", {"x": -180, "y": -90, "width": 360, "height": 180, "class": "sea"}),
               Markup("".join(countries)), _graticule(width / k))
    marks = [world]
    top = max((p["events"] for p in points), default=1)
    for point in sorted(points, key=lambda p: -p["events"]):
        radius = width / 300 + width / 45 * math.sqrt(point["events"] / top)
        share = ", ".join(f"{label(q)} {n}" for q, n in sorted(
            point["by_quad"].items(), key=lambda item: -item[1]))
        where = " · ".join(str(v) for v in (point["country"], point["feature"]) if v)
        tip = f"{point['name']} ({where}): {point['events']} events; {share}"
        place = point["geonames_id"] if point["geonames_id"] is not None else point["name"]
        circle = el("circle", {"cx": point["lon"] * k, "cy": -point["lat"], "r": radius,
                               "fill": colour(point["quad"]), "class": "point",
                               "data-quad": point["quad"]}, el("title", None, tip))
        marks.append(el("a", {"href": events_url(filters, place=place)}, circle))
    return el("svg", {"viewBox": f"{x:.2f} {y:.2f} {width:.2f} {height:.2f}",
                      "class": "chart map-chart", "role": "img",
                      "aria-label": "event places", "preserveAspectRatio": "xMidYMid meet"},
              Markup("".join(marks)))


def _graticule(width: float) -> Markup:
    step = 30 if width > 150 else 10 if width > 50 else 5
    lines = [el("line", {"x1": lon, "x2": lon, "y1": -90, "y2": 90, "class": "graticule"})
             for lon in range(-180, 181, step)]
    lines += [el("line", {"x1": -180, "x2": 180, "y1": -lat, "y2": -lat, "class": "graticule"})
              for lat in range(-90, 91, step)]
    return Markup("".join(lines))


# --- network ---------------------------------------------------------------------------------

NW, NH = 960, 640
GRAVITY = 3.0  # pull to the centre, against the repulsion of every node (n k^2 = 1)


def layout(n: int, edges: list[tuple[int, int, float]], iterations: int = 300
           ) -> list[tuple[float, float]]:
    """Fruchterman-Reingold positions in [0, 1] x [0, 1] for ``n`` nodes joined by weighted
    edges, from a fixed start (a circle), with a pull to the centre so that unconnected
    parts stay in view."""
    import numpy as np

    if n == 0:
        return []
    if n == 1:
        return [(0.5, 0.5)]
    angles = np.linspace(0, 2 * np.pi, n, endpoint=False)
    pos = np.column_stack([0.5 + 0.4 * np.cos(angles), 0.5 + 0.4 * np.sin(angles)])
    k = math.sqrt(1.0 / n)
    src = np.array([e[0] for e in edges], dtype=int)
    dst = np.array([e[1] for e in edges], dtype=int)
    weight = np.log1p(np.array([e[2] for e in edges], dtype=float))
    temperature = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
        force = (delta / dist[:, :, None] * (k * k / dist)[:, :, None]).sum(axis=1)
        if len(edges):
            d = pos[src] - pos[dst]
            length = np.maximum(np.linalg.norm(d, axis=1), 1e-3)
            pull = d / length[:, None] * (length * length / k * weight)[:, None]
            np.add.at(force, src, -pull)
            np.add.at(force, dst, pull)
        force += (0.5 - pos) * GRAVITY
        size = np.maximum(np.linalg.norm(force, axis=1), 1e-9)
        pos += force / size[:, None] * np.minimum(size, temperature)[:, None]
        temperature = max(temperature * 0.985, 0.002)
    pos -= pos.min(axis=0)
    pos /= np.maximum(pos.max(axis=0), 1e-9)
    return [(float(px), float(py)) for px, py in pos]


def network_svg(data: dict[str, Any], filters: dict[str, Any]) -> Markup:
    """Nodes and curved, arrowed edges; each node links to its events on either side, each
    edge to the events of that actor and recipient."""
    nodes, edges = data["nodes"], data["edges"]
    if not nodes:
        return Markup("")
    index = {node["id"]: i for i, node in enumerate(nodes)}
    pairs = [(index[e["source"]], index[e["target"]], float(e["events"])) for e in edges]
    positions = layout(len(nodes), pairs)
    xy = [(40 + px * (NW - 230), 30 + py * (NH - 60)) for px, py in positions]
    top_node = max(n["events"] for n in nodes) or 1
    radius = [5 + 13 * math.sqrt(n["events"] / top_node) for n in nodes]
    top_edge = max((e["events"] for e in edges), default=1)
    marks = [_markers()]
    for edge in sorted(edges, key=lambda e: e["events"]):
        marks.append(_edge(edge, nodes, index, xy, radius, top_edge, filters))
    for i, node in enumerate(nodes):
        marks.append(_node(node, xy[i], radius[i], filters))
    return el("svg", {"viewBox": f"0 0 {NW} {NH}", "class": "chart network-chart",
                      "role": "img", "aria-label": "who acts on whom"},
              Markup("".join(marks)))


def _markers() -> Markup:
    markers = [el("marker", {"id": f"arrow-{quad}", "viewBox": "0 0 10 10", "refX": 8,
                             "refY": 5, "markerWidth": 9, "markerHeight": 9,
                             "markerUnits": "userSpaceOnUse", "orient": "auto"},
                  el("path", {"d": "M0 0L10 5L0 10z", "fill": QUAD_COLOURS[quad]}))
               for quad in QUADS]
    return el("defs", None, Markup("".join(markers)))


def _edge(edge: dict[str, Any], nodes: list[dict[str, Any]], index: dict[str, int],
          xy: list[tuple[float, float]], radius: list[float], top: float,
          filters: dict[str, Any]) -> Markup:
    s, t = index[edge["source"]], index[edge["target"]]
    (x1, y1), (x2, y2) = xy[s], xy[t]
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    # bend to the left of the direction, so that A->B and B->A are two curves
    bend = min(40.0, length / 5)
    cx, cy = (x1 + x2) / 2 - uy * bend, (y1 + y2) / 2 + ux * bend
    sx, sy = _towards(x1, y1, cx, cy, radius[s] + 1)
    ex, ey = _towards(x2, y2, cx, cy, radius[t] + 3)
    quad = edge["quad"] if edge["quad"] in QUAD_COLOURS else None
    share = ", ".join(f"{label(q)} {n}" for q, n in sorted(edge["by_quad"].items(),
                                                           key=lambda item: -item[1]))
    source, target = nodes[s], nodes[t]
    tip = f"{_node_name(source)} → {_node_name(target)}: {edge['events']} events; {share}"
    path = el("path", {"d": f"M{sx:.1f} {sy:.1f}Q{cx:.1f} {cy:.1f} {ex:.1f} {ey:.1f}",
                       "class": "edge", "stroke": colour(quad),
                       "stroke-width": 1 + 5 * math.sqrt(edge["events"] / top),
                       "marker-end": f"url(#arrow-{quad})" if quad else None,
                       "data-source": edge["source"], "data-target": edge["target"]},
              el("title", None, tip))
    href = events_url(filters, **exactly("actor", source), **exactly("recipient", target))
    return el("a", {"href": href}, path)


def either_side(node: dict[str, Any]) -> dict[str, Any]:
    """The event filters of one actor of the network (a name and a country, or none) on
    either side, as its count of events is made; any name filter of a side is replaced."""
    return {"party": node["name"], "party_country": node.get("country") or NO_COUNTRY,
            "actor_name": None, "recipient_name": None}


def exactly(role: str, node: dict[str, Any]) -> dict[str, Any]:
    """The event filters of one actor of the network (a name and a country) in ``role``:
    its name exactly and, when it has one, its country on the same side (``actor=RUS``);
    any substring filter of that role is replaced."""
    country = node.get("country")
    return {f"{role}_name": node["name"],
            role: country if country and is_country(country) else None}


def _towards(x: float, y: float, tx: float, ty: float, distance: float
             ) -> tuple[float, float]:
    dx, dy = tx - x, ty - y
    length = math.hypot(dx, dy) or 1.0
    return x + dx / length * distance, y + dy / length * distance


def _node_name(node: dict[str, Any]) -> str:
    return f"{node['name']} [{node['country']}]" if node.get("country") else node["name"]


def _node(node: dict[str, Any], at: tuple[float, float], radius: float,
          filters: dict[str, Any]) -> Markup:
    x, y = at
    tip = f"{_node_name(node)}: {node['events']} events"
    circle = el("circle", {"cx": x, "cy": y, "r": radius, "class": "node"},
                el("title", None, tip))
    name = _node_name(node)
    text = el("text", {"x": x + radius + 3, "y": y + 4, "class": "node-label"},
              name if len(name) <= 32 else name[:31] + "…")
    return el("a", {"href": events_url(filters, **either_side(node)), "class": "node-link",
                    "data-node": node["id"]}, circle, text)
