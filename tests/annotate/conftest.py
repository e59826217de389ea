"""Fixtures of the annotate tests: the spaCy pipeline, loaded once per session (~4 s).

Loaded through :func:`newsprism.annotate.load_pipeline` so the tests run the
same numpy ops as production.
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="session")
def nlp() -> Any:
    from newsprism.annotate import load_pipeline

    return load_pipeline()
