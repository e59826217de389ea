"""Fixtures of the store tests: the ferry example analysed once, and a fresh store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprism.model import Analysis
from newsprism.pipeline import analyze
from newsprism.store import Store
from tests.conftest import EXAMPLES


@pytest.fixture(scope="session")
def ferry() -> Analysis:
    """The full analysis (NLP on) of the bundled fictional ferry story."""
    return analyze([str(EXAMPLES / "ferry")])


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "test.db") as opened:
        yield opened
