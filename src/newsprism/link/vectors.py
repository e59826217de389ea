"""Sparse-vector arithmetic of the story clusterer (dicts of feature -> weight)."""

from __future__ import annotations

import math
from typing import Any

Vector = dict[str, float]


def blend(
    name_weight: float, terms: float, names: Vector, other_names: Vector, other_sq: float
) -> float:
    """Words and names blended; when either side names nothing, words alone decide."""
    if not names or not other_names:
        return terms
    name_sim = dot(names, other_names) / math.sqrt(other_sq or 1.0)
    return (1.0 - name_weight) * terms + name_weight * name_sim


def floats(raw: dict[str, Any]) -> Vector:
    return {str(k): float(v) for k, v in raw.items()}


def dot(small: Vector, large: Vector) -> float:
    if len(small) > len(large):
        small, large = large, small
    get = large.get
    return sum(v * get(k, 0.0) for k, v in small.items())


def normalised(vec: Vector) -> Vector:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {k: v / norm for k, v in vec.items()} if norm else {}


def add_into(total: Vector, vec: Vector) -> float:
    """Add ``vec`` into ``total``; return the change of ``|total|^2`` (kept incrementally)."""
    delta = 0.0
    for k, v in vec.items():
        old = total.get(k, 0.0)
        total[k] = old + v
        delta += 2.0 * old * v + v * v
    return delta


def shared(vec: Vector, centroid: Vector, limit: int = 5) -> list[str]:
    """The features that contributed most to the match, strongest first."""
    common = [(vec[k] * centroid[k], k) for k in vec if k in centroid]
    return [k for _, k in sorted(common, key=lambda p: (-p[0], p[1]))[:limit]]
