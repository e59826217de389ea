"""Shared fixtures: where ../shared and the bundled example live."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpora" / "seeds"
EXAMPLES = ROOT / "examples"


def require_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test saying why."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is only beside a developer's or CI's checkout)")
    return path


@pytest.fixture
def seeds_dir() -> Path:
    return require_shared("corpora", "seeds")
