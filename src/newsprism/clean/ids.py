"""Stable article ids: the input's own id when it gives one, else a hash of the content."""

from __future__ import annotations

import hashlib


def content_id(content: str) -> str:
    """``a`` plus 16 hex digits of the SHA-256 of the raw content: same input, same id."""
    digest = hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()
    return "a" + digest[:16]


class IdAllocator:
    """Hands out unique ids in input order; a repeated id gets ``-2``, ``-3``… appended."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def allocate(self, wanted: str) -> str:
        candidate = wanted
        n = 2
        while candidate in self._used:
            candidate = f"{wanted}-{n}"
            n += 1
        self._used.add(candidate)
        return candidate
