"""Chart geometry for the inline SVGs: plain numbers; the templates draw them (autoescaped)."""
from __future__ import annotations

import math
from typing import Any

QUAD_COLOURS = {1: "#4c9f70", 2: "#1f6f8b", 3: "#e0a030", 4: "#c0392b"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation",
              3: "verbal conflict", 4: "material conflict"}


def dyad_chart(periods: list[dict[str, Any]], width: int = 860, height: int = 320) -> dict[str, Any]:
    """Stacked bars per period (QuadClass 1-4) and a Goldstein-mean polyline on a -10..10 axis."""
    left, right, top, bottom = 48, 48, 16, 56
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((p["total"] for p in periods), default=0) or 1
    slot = plot_w / max(len(periods), 1)
    bar_w = max(min(slot * 0.6, 60), 2)
    bars, points, labels = [], [], []
    for n, period in enumerate(periods):
        x = left + slot * n + (slot - bar_w) / 2
        y = top + plot_h
        for quad in (1, 2, 3, 4):
            count = period[f"q{quad}"]
            if not count:
                continue
            h = plot_h * count / peak
            y -= h
            bars.append({"x": round(x, 1), "y": round(y, 1), "w": round(bar_w, 1), "h": round(h, 1),
                         "fill": QUAD_COLOURS[quad], "quad": quad,
                         "title": f"{period['period']}: {QUAD_NAMES[quad]} — {count}"})
        if period["goldstein_mean"] is not None:
            gy = top + plot_h * (10 - period["goldstein_mean"]) / 20
            points.append({"x": round(x + bar_w / 2, 1), "y": round(gy, 1),
                           "title": f"{period['period']}: Goldstein {period['goldstein_mean']}"})
        labels.append({"x": round(x + bar_w / 2, 1), "text": period["period"] or "no date"})
    step = max(1, math.ceil(peak / 5))  # counts are whole numbers: whole-number ticks
    ticks = [{"y": round(top + plot_h * (1 - v / peak), 1), "text": str(v)} for v in range(0, peak + 1, step)]
    gticks = [{"y": round(top + plot_h * (10 - g) / 20, 1), "text": str(g)} for g in (10, 5, 0, -5, -10)]
    return {"width": width, "height": height, "left": left, "right": width - right, "top": top,
            "bottom": top + plot_h, "bars": bars, "points": points, "labels": labels, "ticks": ticks,
            "gticks": gticks, "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
            "legend": [{"fill": QUAD_COLOURS[q], "text": f"{q}: {QUAD_NAMES[q]}"} for q in (1, 2, 3, 4)]}


def goldstein_colour(value: float | None) -> str:
    """Red for conflict, grey for neutral, green for cooperation."""
    if value is None:
        return "#888888"
    t = max(-1.0, min(1.0, value / 10))
    if t >= 0:
        r, g, b = 136 - int(60 * t), 136 + int(23 * t), 136 - int(24 * t)
    else:
        r, g, b = 136 + int(56 * -t), 136 - int(79 * -t), 136 - int(93 * -t)
    return f"#{r:02x}{g:02x}{b:02x}"


def network_chart(net: dict[str, Any], size: int = 640) -> dict[str, Any]:
    """A circular layout: nodes on a ring, edges as lines weighted by event count."""
    nodes = net["nodes"]
    centre, radius = size / 2, size / 2 - 90
    peak_node = max((n["events"] for n in nodes), default=1)
    peak_edge = max((e["weight"] for e in net["edges"]), default=1)
    place = {}
    drawn = []
    for k, node in enumerate(nodes):
        angle = 2 * math.pi * k / max(len(nodes), 1) - math.pi / 2
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        place[node["id"]] = (x, y)
        lx, ly = centre + (radius + 18) * math.cos(angle), centre + (radius + 18) * math.sin(angle)
        drawn.append({"x": round(x, 1), "y": round(y, 1), "r": round(5 + 13 * node["events"] / peak_node, 1),
                      "label": node["label"] or node["id"], "id": node["id"], "lx": round(lx, 1), "ly": round(ly, 1),
                      "anchor": "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle",
                      "title": f"{node['label'] or node['id']}: {node['events']} events"})
    radii = {n["id"]: n["r"] for n in drawn}
    edges = []
    for edge in net["edges"]:
        (x1, y1), (x2, y2) = place[edge["source"]], place[edge["target"]]
        length = math.hypot(x2 - x1, y2 - y1)
        if length < 1:
            continue  # an actor acting on itself has no line to draw
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        # stop at the node rims so arrowheads show; shift sideways so A->B and B->A do not overlap
        r1, r2 = radii[edge["source"]] + 2, radii[edge["target"]] + 4
        x1, y1 = x1 + ux * r1 - uy * 4, y1 + uy * r1 + ux * 4
        x2, y2 = x2 - ux * r2 - uy * 4, y2 - uy * r2 + ux * 4
        edges.append({"x1": round(x1, 1), "y1": round(y1, 1), "x2": round(x2, 1), "y2": round(y2, 1),
                      "w": round(1 + 7 * edge["weight"] / peak_edge, 1),
                      "colour": goldstein_colour(edge["goldstein_mean"]),
                      "title": f"{edge['source']} → {edge['target']}: {edge['weight']} events, "
                               f"Goldstein {edge['goldstein_mean']}"})
    return {"size": size, "nodes": drawn, "edges": edges}
