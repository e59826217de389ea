"""Near-duplicates and syndicated copies: MinHash LSH, then an exact check of every candidate.

Why this design:

* **rensa for the sketches, own banding for the index.** rensa computes a
  whole batch of MinHash signatures from one flat buffer of pre-hashed
  shingles (``digest_matrix_from_flat_token_hashes``, ~4 µs a document), but
  its ``RMinHashLSH`` can only be *queried* with ``RMinHash`` objects, and
  those can only be built by re-hashing every shingle as a Python ``bytes``
  token (~45 µs a document, ten times the sketch). So the banding is done
  here with numpy: band keys live in a few sorted arrays (a log-structured
  merge: new runs are merged with equally sized older ones), candidates come
  from ``searchsorted``. Memory per document: its band keys (12 bytes a band)
  and its verification set.
* **Exact verification.** LSH returns pairs below the threshold (and misses
  a few above it). Every candidate is checked with the true Jaccard
  similarity of the two documents' shingle-hash sets, so no pair below the
  threshold is ever reported. The sets are kept as sorted 32-bit hashes
  (~4 bytes a shingle), the least that exact verification needs.
* **Banding favours recall.** Because false candidates cost only a cheap
  check, bands and rows are chosen to weigh a missed pair nine times a false
  candidate (threshold 0.8, 128 permutations: 14 bands of 9 rows).
* **Streaming.** ``add`` compares a document only with those added before
  it, so the index can follow a feed; ``add_many`` does the same for a batch
  with vectorised shingling, sketching and lookup.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import rensa  # type: ignore[import-untyped]

from newsprism.link.shingles import I64, U32, U64, Shingler, jaccard
from newsprism.model import Article

_MISS_WEIGHT = 0.9  # weight of a missed pair against a false candidate when choosing bands


@dataclass(frozen=True, slots=True)
class _Run:
    """Contiguous documents ``first .. first+count-1``: their shingle sets and sorted band keys."""

    first: int
    flat: U32
    offsets: I64
    keys: U64
    key_doc: npt.NDArray[np.uint32]

    @property
    def count(self) -> int:
        return int(self.offsets.size - 1)

    def shingles(self, doc: int) -> U32:
        local = doc - self.first
        return self.flat[self.offsets[local] : self.offsets[local + 1]]


def lsh_bands(
    threshold: float, num_perm: int, miss_weight: float = _MISS_WEIGHT
) -> tuple[int, int]:
    """Bands and rows minimising the weighted areas of false candidates and missed pairs.

    The same criterion as datasketch's ``_optimal_param`` (so the two can be
    compared at equal banding), integrated with the trapezoid rule.
    """
    if not 0.0 < threshold < 1.0:
        raise ValueError(f"threshold must be strictly between 0 and 1, got {threshold}")
    return _optimal_bands(float(threshold), int(num_perm), float(miss_weight))


@functools.lru_cache(maxsize=64)
def _optimal_bands(threshold: float, num_perm: int, miss_weight: float) -> tuple[int, int]:
    """The search behind :func:`lsh_bands`, memoised: a pure function of its arguments.

    It integrates two curves for every (bands, rows) split of ``num_perm``
    (~0.05-0.1 s for 128), which every :class:`NearDuplicateIndex` (one per
    story in ``near_duplicate_groups``) would otherwise repeat.
    """
    below = np.linspace(0.0, threshold, 201)
    above = np.linspace(threshold, 1.0, 201)
    best: tuple[float, int, int] | None = None
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            fp = np.trapezoid(1.0 - (1.0 - below**rows) ** bands, below)
            fn = np.trapezoid((1.0 - above**rows) ** bands, above)
            err = (1.0 - miss_weight) * fp + miss_weight * fn
            if best is None or err < best[0] - 1e-12:
                best = (float(err), bands, rows)
    assert best is not None
    return best[1], best[2]


class NearDuplicateIndex:
    """A streaming near-duplicate index over word shingles (exact Jaccard ≥ ``threshold``).

    >>> index = NearDuplicateIndex(threshold=0.8)
    >>> index.add("a", "the ferry capsized on the river on sunday evening with many aboard")
    []
    >>> index.add("b", "The ferry capsized on the river on Sunday evening, with many aboard.")
    [('a', 1.0)]
    """

    def __init__(
        self, threshold: float = 0.8, num_perm: int = 128, shingle: int = 5, seed: int = 1
    ) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.seed = seed
        self.bands, self.rows = lsh_bands(threshold, num_perm)
        self._shingler = Shingler(k=shingle, seed=seed)
        rng = np.random.default_rng(seed + 7919)
        top = np.iinfo(np.uint64).max
        self._row_mult = rng.integers(0, top, size=self.rows, dtype=np.uint64) | np.uint64(1)
        self._band_salt = rng.integers(0, top, size=self.bands, dtype=np.uint64)
        self._ids: list[str] = []
        self._position: dict[str, int] = {}
        self._runs: list[_Run] = []
        self._firsts: list[int] = []

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, doc_id: str, text: str) -> list[tuple[str, float]]:
        """Index one document; return earlier documents with Jaccard ≥ threshold, best first."""
        return self.add_many([(doc_id, text)])[0]

    def add_many(self, docs: Iterable[tuple[str, str]]) -> list[list[tuple[str, float]]]:
        """Index documents in order; each gets its verified matches among all earlier ones.

        Same result as calling :meth:`add` one by one, only faster.
        """
        batch = list(docs)
        if not batch:
            return []
        for doc_id, _ in batch:
            if doc_id in self._position:
                raise ValueError(f"document id {doc_id!r} was already added; ids must be unique")
        first = len(self._ids)
        for offset, (doc_id, _) in enumerate(batch):
            self._position[doc_id] = first + offset
            self._ids.append(doc_id)
        flat, offsets = self._shingler.hash_many([text for _, text in batch])
        keys = self._band_keys(flat, offsets)
        run = self._new_run(first, flat, offsets, keys)
        self._runs.append(run)
        self._firsts.append(first)
        pairs = self._candidates(first, keys, offsets)
        matches = self._verify(pairs, len(batch), first)
        self._merge_runs()
        return matches

    def _band_keys(self, flat: U32, offsets: I64) -> U64:
        """One 64-bit key per (document, band): the band's MinHash rows hashed together.

        A document without shingles gets no keys (an empty text is nobody's duplicate).
        """
        n = offsets.size - 1
        digests = rensa.RMinHash.digest_matrix_from_flat_token_hashes(
            flat.astype(np.uint64), offsets.astype(np.uint64), self.num_perm, self.seed
        )
        rows = np.array(digests.to_rows(), dtype=np.uint64).reshape(n, self.num_perm)
        used = rows[:, : self.bands * self.rows].reshape(n, self.bands, self.rows)
        mixed = (used * self._row_mult).sum(axis=2, dtype=np.uint64) ^ self._band_salt
        keys: U64 = _finalise(mixed)
        return keys

    def _new_run(self, first: int, flat: U32, offsets: I64, keys: U64) -> _Run:
        n = offsets.size - 1
        doc = np.repeat(np.arange(first, first + n, dtype=np.uint32), self.bands)
        has = np.repeat(np.diff(offsets) > 0, self.bands)
        flat_keys = keys.reshape(-1)[has]
        doc = doc[has]
        order = np.argsort(flat_keys, kind="stable")
        return _Run(first, flat, offsets, flat_keys[order], doc[order])

    def _candidates(self, first: int, keys: U64, offsets: I64) -> npt.NDArray[np.uint64]:
        """Distinct (new, earlier) pairs sharing a band key, packed as ``new << 32 | earlier``."""
        n = offsets.size - 1
        owner = np.repeat(np.arange(first, first + n, dtype=np.uint64), self.bands)
        has = np.repeat(np.diff(offsets) > 0, self.bands)
        query, owner = keys.reshape(-1)[has], owner[has]
        found: list[npt.NDArray[np.uint64]] = []
        for run in self._runs:
            lo = np.searchsorted(run.keys, query, side="left")
            hi = np.searchsorted(run.keys, query, side="right")
            count = hi - lo
            total = int(count.sum())
            if total == 0:
                continue
            start = np.repeat(lo - (np.cumsum(count) - count), count)
            other = run.key_doc[start + np.arange(total)].astype(np.uint64)
            mine = np.repeat(owner, count)
            earlier = other < mine
            found.append((mine[earlier] << np.uint64(32)) | other[earlier])
        if not found:
            return np.zeros(0, np.uint64)
        return np.unique(np.concatenate(found))

    def _verify(
        self, pairs: npt.NDArray[np.uint64], n: int, first: int
    ) -> list[list[tuple[str, float]]]:
        matches: list[list[tuple[int, float]]] = [[] for _ in range(n)]
        for packed in pairs.tolist():
            new, old = packed >> 32, packed & 0xFFFFFFFF
            a, b = self._shingles(new), self._shingles(old)
            small, large = sorted((a.size, b.size))
            if small < self.threshold * large:  # Jaccard ≤ small/large: cannot pass
                continue
            sim = jaccard(a, b)
            if sim >= self.threshold:
                matches[new - first].append((old, round(sim, 6)))
        return [
            [(self._ids[old], sim) for old, sim in sorted(found, key=lambda m: (-m[1], m[0]))]
            for found in matches
        ]

    def _shingles(self, doc: int) -> U32:
        run = self._runs[bisect.bisect_right(self._firsts, doc) - 1]
        return run.shingles(doc)

    def _merge_runs(self) -> None:
        """Merge the newest run into its predecessor while it is at least half its size."""
        while len(self._runs) >= 2 and 2 * self._runs[-1].count >= self._runs[-2].count:
            newer = self._runs.pop()
            older = self._runs.pop()
            self._firsts.pop()
            keys = np.concatenate([older.keys, newer.keys])
            docs = np.concatenate([older.key_doc, newer.key_doc])
            order = np.argsort(keys, kind="stable")
            self._runs.append(
                _Run(
                    older.first,
                    np.concatenate([older.flat, newer.flat]),
                    np.concatenate([older.offsets, newer.offsets[1:] + older.offsets[-1]]),
                    keys[order],
                    docs[order],
                )
            )


def _finalise(x: U64) -> U64:
    x = x ^ (x >> np.uint64(31))
    x = x * np.uint64(0x7FB5D329728EA185)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x81DADEF4BC2DD44D)
    out: U64 = x ^ (x >> np.uint64(33))
    return out


def near_duplicate_groups(
    articles: Sequence[Article], threshold: float = 0.8, *, shingle: int = 5
) -> list[tuple[str, ...]]:
    """Connected groups of articles whose texts are near-duplicates (Jaccard ≥ ``threshold``).

    Each group is a sorted tuple of article ids with at least two members;
    groups are sorted, so the result does not depend on input order.
    """
    index = NearDuplicateIndex(threshold=threshold, shingle=shingle)
    ordered = sorted(articles, key=lambda a: a.id)
    parent = {a.id: a.id for a in ordered}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    found = index.add_many((a.id, a.text) for a in ordered)
    for article, matches in zip(ordered, found, strict=True):
        for other, _ in matches:
            ra, rb = root(article.id), root(other)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for article in ordered:
        groups.setdefault(root(article.id), []).append(article.id)
    return sorted(tuple(sorted(g)) for g in groups.values() if len(g) > 1)
