"""newsprism: many reports of one story, one cross-referenced dossier."""

from __future__ import annotations

import logging

from newsprism.errors import InputError, NewsprismError, NothingToAnalyzeError
from newsprism.model import (
    SCHEMA_VERSION,
    Analysis,
    Article,
    CleaningStep,
    RawDocument,
    Rejection,
    Story,
)
from newsprism.options import Options

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Analysis",
    "Article",
    "CleaningStep",
    "InputError",
    "NewsprismError",
    "NothingToAnalyzeError",
    "Options",
    "RawDocument",
    "Rejection",
    "Story",
    "__version__",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
