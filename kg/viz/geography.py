"""The world outline the maps draw on: Natural Earth 1:110m, projected once, bundled.

``kg/data/geo/world-110m.json`` holds every country of Natural Earth's 1:110m admin-0 layer
(version 4.1.0, public domain) as an SVG path already projected with the Equal Earth
projection (Šavrič, Patterson & Jenny 2018) onto a 1000-pixel-wide canvas, keyed by ISO 3166-1
numeric code, plus one point for each small UN member that the 1:110m layer leaves out
(Andorra, Malta, the island states …), placed at the centre of its 1:50m (or 1:10m) outline.
The file is made at development time from the TopoJSON of the npm package ``world-atlas``
2.0.2 (Mike Bostock, ISC licence) by :func:`convert_world_atlas`::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m kg.viz.geography package/ kg/data/geo/world-110m.json

Nothing is fetched at run time; :func:`load_world` reads the bundled file with
``importlib.resources``.

>>> world = load_world()
>>> world.width, len(world.shapes) > 170, "840" in world.shapes, "020" in world.points
(1000, True, True, True)
>>> project(0.0, 0.0)
(0.0, 0.0)
"""

from __future__ import annotations

import itertools
import json
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.io import write_atomic

__all__ = [
    "WORLD_RESOURCE",
    "Shape",
    "World",
    "convert_world_atlas",
    "load_world",
    "project",
]

WORLD_RESOURCE = "data/geo/world-110m.json"

# Equal Earth coefficients (Šavrič, Patterson & Jenny 2018, doi:10.1080/13658816.2018.1504949).
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2
_WIDTH = 1000
# Equal Earth spans ±2.7066 in x at the equator (λ = ±π): that maps to the canvas width.
_X_HALF = math.pi / (_M * _A1)
_SOUTH = -57.0  # drop Antarctica and the southern ocean: no UN member lies south of it


@dataclass(frozen=True)
class Shape:
    """One country of the outline: its Natural Earth name and its projected SVG path."""

    name: str
    path: str


@dataclass(frozen=True)
class World:
    """The bundled outline: canvas size, shapes and points by ISO 3166-1 numeric code."""

    width: int
    height: int
    shapes: dict[str, Shape]
    points: dict[str, tuple[float, float, str]]
    unnamed: tuple[Shape, ...]
    source: str


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """Equal Earth x, y in the projection's own units (y grows northwards).

    >>> x, y = project(180.0, 0.0)
    >>> round(x, 4), y
    (2.7066, 0.0)
    """
    lam, phi = math.radians(longitude), math.radians(latitude)
    theta = math.asin(_M * math.sin(phi))
    theta2 = theta * theta
    theta6 = theta2 * theta2 * theta2
    x = (
        lam
        * math.cos(theta)
        / (_M * (_A1 + 3 * _A2 * theta2 + theta6 * (7 * _A3 + 9 * _A4 * theta2)))
    )
    y = theta * (_A1 + _A2 * theta2 + theta6 * (_A3 + _A4 * theta2))
    return x, y


def _canvas(longitude: float, latitude: float, top: float) -> tuple[float, float]:
    x, y = project(longitude, latitude)
    scale = _WIDTH / (2 * _X_HALF)
    return (x + _X_HALF) * scale, (top - y) * scale


def _decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    # TopoJSON arcs are quantised and delta-encoded: undo both.
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def _ring(
    arcs: list[list[tuple[float, float]]], indexes: Sequence[int]
) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _polygons(geometry: dict[str, Any], arcs: list) -> list[list[list[tuple[float, float]]]]:
    if geometry["type"] == "Polygon":
        return [[_ring(arcs, ring) for ring in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[_ring(arcs, ring) for ring in polygon] for polygon in geometry["arcs"]]
    return []


def _clip(
    ring: list[tuple[float, float]], limit: float, keep_below: bool
) -> list[tuple[float, float]]:
    # Sutherland-Hodgman against the meridian ``limit``: the part of a ring on one side.
    def inside(point: tuple[float, float]) -> bool:
        return point[0] <= limit if keep_below else point[0] >= limit

    clipped: list[tuple[float, float]] = []
    for index, current in enumerate(ring):
        previous = ring[index - 1]
        if inside(current) != inside(previous):
            share = (limit - previous[0]) / (current[0] - previous[0])
            clipped.append((limit, previous[1] + share * (current[1] - previous[1])))
        if inside(current):
            clipped.append(current)
    return clipped


def _split_at_antimeridian(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring that crosses ±180° (Fiji, Chukotka) as one or two rings inside ±180°.

    >>> east, west = _split_at_antimeridian([(170, 0), (-170, 0), (-170, 10), (170, 10)])
    >>> sorted({longitude for longitude, _ in east}), sorted({longitude for longitude, _ in west})
    ([170, 180.0], [-180.0, -170.0])
    """
    unwrapped = [ring[0]]
    for longitude, latitude in ring[1:]:
        previous = unwrapped[-1][0]
        while longitude - previous > 180:
            longitude -= 360
        while longitude - previous < -180:
            longitude += 360
        unwrapped.append((longitude, latitude))
    low, high = min(p[0] for p in unwrapped), max(p[0] for p in unwrapped)
    if low >= -180 and high <= 180:
        return [ring]
    edge = 180.0 if high > 180 else -180.0
    inner = _clip(unwrapped, edge, keep_below=edge > 0)
    outer = _clip(unwrapped, edge, keep_below=edge < 0)
    shift = -360.0 if edge > 0 else 360.0
    outer = [(longitude + shift, latitude) for longitude, latitude in outer]
    return [part for part in (inner, outer) if len(part) >= 3]


def _path(polygons: Iterable[list[list[tuple[float, float]]]], top: float) -> str:
    # Absolute start per ring, then relative steps rounded to 0.1 px: a compact SVG path.
    parts = []
    for polygon in polygons:
        for whole in polygon:
            if max(latitude for _longitude, latitude in whole) < _SOUTH:
                continue
            for ring in _split_at_antimeridian(whole):
                parts.append(_ring_path(ring, top))
    return "".join(part for part in parts if part)


def _ring_path(ring: list[tuple[float, float]], top: float) -> str:
    points = [_canvas(longitude, max(latitude, _SOUTH - 3), top) for longitude, latitude in ring]
    rounded = [(round(x * 10), round(y * 10)) for x, y in points]
    steps = [rounded[0]]
    for point in rounded[1:]:
        if point != steps[-1]:
            steps.append(point)
    if len(steps) < 3:
        return ""
    start = f"M{steps[0][0] / 10:g} {steps[0][1] / 10:g}"
    moves = "".join(
        f"l{(b[0] - a[0]) / 10:g} {(b[1] - a[1]) / 10:g}" for a, b in itertools.pairwise(steps)
    )
    return f"{start}{moves}z"


def _centre(polygons: list[list[list[tuple[float, float]]]]) -> tuple[float, float]:
    # The centre of the largest ring's bounding box: enough to place a dot for a small state.
    ring = max((polygon[0] for polygon in polygons), key=len)
    longitudes = [point[0] for point in ring]
    latitudes = [point[1] for point in ring]
    return (min(longitudes) + max(longitudes)) / 2, (min(latitudes) + max(latitudes)) / 2


def convert_world_atlas(directory: Path | str, wanted_points: Iterable[str] = ()) -> dict[str, Any]:
    """The project's outline from the ``world-atlas`` package's TopoJSON files.

    Shapes come from ``countries-110m.json``; every ISO numeric code in ``wanted_points``
    that the 1:110m layer lacks gets a point from ``countries-50m.json``, else from
    ``countries-10m.json`` when that file is present.
    """
    directory = Path(directory)
    topology = json.loads((directory / "countries-110m.json").read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    top = project(0.0, 90.0)[1]
    bottom = project(0.0, _SOUTH)[1]
    scale = _WIDTH / (2 * _X_HALF)
    shapes, unnamed = {}, []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name", "")
        path = _path(_polygons(geometry, arcs), top)
        if not path:
            continue  # Antarctica and the southern islands lie wholly below the cut
        if "id" in geometry:
            shapes[geometry["id"]] = {"name": name, "path": path}
        else:
            unnamed.append({"name": name, "path": path})
    points = {}
    missing = [code for code in wanted_points if code not in shapes]
    for resolution in ("50m", "10m"):
        finer = directory / f"countries-{resolution}.json"
        if not missing or not finer.is_file():
            continue
        detail = json.loads(finer.read_text(encoding="utf-8"))
        detail_arcs = _decode_arcs(detail)
        for geometry in detail["objects"]["countries"]["geometries"]:
            code = geometry.get("id")
            if code in missing and code not in points:
                longitude, latitude = _centre(_polygons(geometry, detail_arcs))
                x, y = _canvas(longitude, latitude, top)
                points[code] = {
                    "name": geometry.get("properties", {}).get("name", ""),
                    "x": round(x, 1),
                    "y": round(y, 1),
                    "from": f"Natural Earth 1:{resolution}",
                }
        missing = [code for code in missing if code not in points]
    return {
        "width": _WIDTH,
        "height": math.ceil((top - bottom) * scale),
        "projection": "Equal Earth",
        "source": "Natural Earth 1:110m admin-0 countries v4.1.0 (public domain), via the "
        "npm package world-atlas 2.0.2 (ISC licence)",
        "missing": missing,
        "shapes": shapes,
        "unnamed": unnamed,
        "points": points,
    }


@cache
def load_world() -> World:
    """The bundled outline (read once per process)."""
    text = resources.files("kg").joinpath(WORLD_RESOURCE).read_text(encoding="utf-8")
    data = json.loads(text)
    return World(
        width=int(data["width"]),
        height=int(data["height"]),
        shapes={code: Shape(item["name"], item["path"]) for code, item in data["shapes"].items()},
        points={
            code: (float(item["x"]), float(item["y"]), item["name"])
            for code, item in data["points"].items()
        },
        unnamed=tuple(Shape(item["name"], item["path"]) for item in data["unnamed"]),
        source=data["source"],
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kg.viz.geography WORLD_ATLAS_DIR OUT.json``: regenerate the bundled file."""
    from kg.registry import load_states

    directory, target = (argv if argv is not None else sys.argv[1:])[:2]
    wanted = [state.numeric for state in load_states() if state.numeric and not state.is_former]
    data = convert_world_atlas(directory, wanted)
    write_atomic(Path(target), json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    print(f"wrote {target}: {len(data['shapes'])} shapes, {len(data['points'])} points")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
