"""Which supporting reports are independent: copies of one another count once.

Why per claim and not per report pair: a report that reuses a few sentences
of another (provenance kind ``reuse``) is not a copy of it for every fact it
states. Two reports count as one source *for a claim* when they are
near-duplicates or rewrites of each other (``story.duplicate_groups``,
provenance ``near_duplicate`` / ``rewrite``), or when one reuses the other and
the claim's span lies in a reused passage. The direction of copying does not
matter for counting, so ``direction == "unknown"`` pairs are used as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from newsprism.model import Provenance, Story

__all__ = ["CopyGraph"]

_WHOLE_COPY = frozenset({"near_duplicate", "rewrite"})


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = self.parent.setdefault(x, x)
        while root != self.parent[root]:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class CopyGraph:
    """Copy relations of one story, asked per claim how many independent reports support it."""

    def __init__(self, story: Story) -> None:
        self._whole = _UnionFind()
        for group in story.duplicate_groups:
            for other in group[1:]:
                self._whole.union(group[0], other)
        self._reuse: list[Provenance] = []
        for prov in story.provenance:
            if prov.kind in _WHOLE_COPY:
                self._whole.union(prov.source_id, prov.copy_id)
            else:
                self._reuse.append(prov)

    def groups(self, spans: Mapping[str, Sequence[tuple[int, int]]]) -> list[tuple[str, ...]]:
        """Supporting reports (article id -> claim spans) grouped into independent sources."""
        uf = _UnionFind()
        ids = list(spans)
        for article_id in ids:
            uf.union(article_id, self._whole.find(article_id))
        for prov in self._reuse:
            if prov.source_id not in spans or prov.copy_id not in spans:
                continue
            if _in_passage(prov, spans[prov.source_id], spans[prov.copy_id]):
                uf.union(prov.source_id, prov.copy_id)
        grouped: dict[str, list[str]] = {}
        for article_id in ids:
            grouped.setdefault(uf.find(article_id), []).append(article_id)
        return [tuple(g) for g in grouped.values()]

    def independent(self, spans: Mapping[str, Sequence[tuple[int, int]]]) -> int:
        """How many independent sources state a claim: copies counted once."""
        return len(self.groups(spans))


def _overlaps(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _in_passage(
    prov: Provenance, source: Sequence[tuple[int, int]], copy: Sequence[tuple[int, int]]
) -> bool:
    """True when both reports' claim spans sit in one passage the copy took from the source."""
    return any(
        _overlaps(copy, p.copy_start, p.copy_end)
        and _overlaps(source, p.source_start, p.source_end)
        for p in prov.passages
    )
