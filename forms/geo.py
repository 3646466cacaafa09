"""Geographic functions: distance() and area() on geopoints, geotraces and geoshapes.

Values are ODK's: points ``lat lon [alt acc]`` separated by ``;`` (a geotrace or geoshape), or a
node-set of geopoint answers (e.g. a geopoint question inside a repeat). Distances are metres along
great circles on a sphere of the WGS84 equatorial radius, as JavaRosa computes them; areas are
square metres of the spherical polygon.
"""

from __future__ import annotations

import itertools
import math

from forms.errors import EvaluationError
from forms.evaluate import Context
from forms.functions import fn
from forms.values import Value, node_string, to_string

EARTH_RADIUS = 6378137.0


def _points(args: list[Value], name: str) -> list[tuple[float, float]]:
    texts: list[str] = []
    for a in args:
        if isinstance(a, list):
            texts.extend(node_string(n) for n in a)
        else:
            texts.append(to_string(a))
    points: list[tuple[float, float]] = []
    for text in texts:
        for chunk in text.split(";"):
            parts = chunk.split()
            if not parts:
                continue
            try:
                points.append((float(parts[0]), float(parts[1])))
            except (ValueError, IndexError):
                raise EvaluationError(f"{name}(): '{chunk.strip()}' is not a location") from None
    return points


def _haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS * math.asin(min(1.0, math.sqrt(h)))


@fn("distance", nargs=(1, None))
def _distance(ctx: Context, args: list[Value]) -> Value:
    points = _points(args, "distance")
    return math.fsum(_haversine(a, b) for a, b in itertools.pairwise(points))


@fn("area", nargs=(1, 1))
def _area(ctx: Context, args: list[Value]) -> Value:
    points = _points(args, "area")
    if len(points) < 3:
        return 0.0
    if points[0] != points[-1]:
        points.append(points[0])
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in itertools.pairwise(points):
        total += math.radians(lon2 - lon1) * (
            2 + math.sin(math.radians(lat1)) + math.sin(math.radians(lat2))
        )
    return abs(total * EARTH_RADIUS * EARTH_RADIUS / 2.0)
