"""The versioned JSON document (see ``docs/schema.md``)."""

from __future__ import annotations

import json

from newsprism.model import Analysis


def to_json(analysis: Analysis, indent: int | None = 2) -> str:
    """Serialise an analysis; key order is stable so two runs can be diffed."""
    return json.dumps(analysis.to_dict(), ensure_ascii=False, indent=indent) + "\n"
