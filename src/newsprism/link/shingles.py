"""Word shingles of many texts at once, hashed with numpy instead of Python loops.

Why this module exists: with rensa the MinHash itself costs ~5 µs a document,
so building shingle strings in Python (~50 µs a document) would dominate the
whole near-duplicate search. Here a *batch* of texts is joined into one byte
buffer and every step — lower-casing, word boundaries, word hashes, k-word
shingle hashes, de-duplication per document — is a handful of vectorised
numpy operations over that buffer.

What a word is: a run of ASCII letters and digits or of non-ASCII bytes
(UTF-8 letters), compared lower-case; typographic quotes, apostrophes and
dashes are folded to ASCII first so "Workers’" and "Workers'" shingle alike.
A text with fewer than ``k`` words has one shingle made of all its words; a
text without words has none.

The result per text is a *sorted array of distinct 32-bit shingle hashes*.
Thirty-two bits are enough: two texts of a few hundred shingles share a
spurious hash with probability ~1e-5, which moves a Jaccard value by less
than 0.005, and it halves the memory kept for exact verification.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
U32 = npt.NDArray[np.uint32]
I64 = npt.NDArray[np.int64]

_BATCH_BYTES = 1 << 20  # texts are hashed in sub-batches of about this many bytes

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)


def _byte_tables() -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.uint64]]:
    codes = np.arange(256)
    is_word = (
        ((codes >= ord("0")) & (codes <= ord("9")))
        | ((codes >= ord("a")) & (codes <= ord("z")))
        | ((codes >= ord("A")) & (codes <= ord("Z")))
        | (codes >= 0x80)
    )
    lower = codes.copy()
    upper = (codes >= ord("A")) & (codes <= ord("Z"))
    lower[upper] += 32
    return is_word, (lower + 1).astype(np.uint64)


_IS_WORD, _LOWER_PLUS_ONE = _byte_tables()


@functools.lru_cache(maxsize=4)
def _power_tables(base: int, size: int) -> tuple[U64, U64]:
    """``base**i`` and ``base**-i`` modulo 2**64 for ``i < size + 1``.

    Cached: every Shingler of one seed shares them (about 13 ms and 32 MB to build, and a
    store builds a deduplicator per story it updates). Read only, never written.
    """
    inverse = pow(base, -1, 1 << 64)
    pow_ = np.full(size + 1, base, np.uint64)
    inv = np.full(size + 1, inverse, np.uint64)
    pow_[0] = inv[0] = 1
    np.cumprod(pow_, out=pow_)
    np.cumprod(inv, out=inv)
    pow_.flags.writeable = inv.flags.writeable = False
    return pow_, inv


def _mix64(x: U64) -> U64:
    """SplitMix64 finaliser: spreads polynomial sums over all 64 bits."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


@dataclass(frozen=True)
class Shingler:
    """Hashes k-word shingles; the seed fixes every multiplier, so hashes are stable across runs.

    Python's own ``hash`` is salted per process and could not be used: the
    same text must give the same shingles in every run and on every machine.
    """

    k: int = 5
    seed: int = 1
    _pow: U64 = field(init=False, repr=False, compare=False)
    _inv: U64 = field(init=False, repr=False, compare=False)
    _word_mult: U64 = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.k < 1:
            raise ValueError(f"shingle size k must be at least 1, got {self.k}")
        rng = np.random.default_rng(self.seed)
        odd = np.uint64(1)
        top = np.iinfo(np.uint64).max
        base = int(rng.integers(0, top, dtype=np.uint64) | odd)
        word_mult = rng.integers(0, top, size=self.k, dtype=np.uint64) | odd
        pow_, inv = _power_tables(base, 2 * _BATCH_BYTES)
        object.__setattr__(self, "_pow", pow_)
        object.__setattr__(self, "_inv", inv)
        object.__setattr__(self, "_word_mult", word_mult)

    def hash_one(self, text: str) -> U32:
        """Sorted distinct 32-bit shingle hashes of one text."""
        flat, offsets = self.hash_many([text])
        return flat[offsets[0] : offsets[1]]

    def hash_many(self, texts: Sequence[str]) -> tuple[U32, I64]:
        """Shingle hashes of many texts: ``flat[offsets[i]:offsets[i+1]]`` belongs to text ``i``.

        Each slice is sorted and distinct. Texts are joined into sub-batches
        of about 1 MB (small enough to stay in cache, large enough that
        numpy's per-call overhead vanishes) and each sub-batch costs a fixed
        number of numpy passes over its bytes.
        """
        encoded = [(t if t.isascii() else t.translate(_FOLD)).encode("utf-8") for t in texts]
        flats: list[U32] = []
        counts: list[I64] = []
        begin, size = 0, 0
        for i, raw in enumerate(encoded):
            size += len(raw) + 1
            if size >= _BATCH_BYTES or i == len(encoded) - 1:
                flat, count = self._hash_batch(encoded[begin : i + 1])
                flats.append(flat)
                counts.append(count)
                begin, size = i + 1, 0
        offsets = np.zeros(len(texts) + 1, np.int64)
        if not flats:
            return np.zeros(0, np.uint32), offsets
        np.cumsum(np.concatenate(counts), out=offsets[1:])
        return (flats[0] if len(flats) == 1 else np.concatenate(flats)), offsets

    def _hash_batch(self, encoded: list[bytes]) -> tuple[U32, I64]:
        n = len(encoded)
        lengths = np.fromiter((len(b) + 1 for b in encoded), np.int64, n)
        buf = np.frombuffer(b"\n".join(encoded) + b"\n", dtype=np.uint8)
        doc_start = np.zeros(n, np.int64)
        np.cumsum(lengths[:-1], out=doc_start[1:])
        word_hash, word_doc = self._words(buf, doc_start)
        words_per_doc = np.bincount(word_doc, minlength=n)
        shingle, shingle_doc = self._shingles(word_hash, word_doc, words_per_doc)
        return _distinct_per_doc(shingle, shingle_doc, n)

    def _words(self, buf: npt.NDArray[np.uint8], doc_start: I64) -> tuple[U64, I64]:
        """Hash every word as a polynomial in its lower-cased bytes.

        One prefix sum of ``byte * P**position`` over the whole buffer gives
        every word's hash as a difference of two prefix sums, scaled back by
        ``P**-start`` (P is odd, so it is invertible modulo 2**64 and numpy's
        wrapping uint64 arithmetic is exact). About six passes over the bytes.
        """
        size = buf.size
        pow_, inv = self._powers(size)
        is_word = _IS_WORD[buf]
        edges = np.diff(is_word.view(np.int8), prepend=np.int8(0), append=np.int8(0))
        starts = np.flatnonzero(edges == 1)
        ends = np.flatnonzero(edges == -1)
        if starts.size == 0:
            return np.zeros(0, np.uint64), np.zeros(0, np.int64)
        prefix = np.empty(size + 1, np.uint64)
        prefix[0] = 0
        np.cumsum(_LOWER_PLUS_ONE[buf] * pow_[:size], out=prefix[1:])
        word_hash = _mix64((prefix[ends] - prefix[starts]) * inv[starts])
        word_doc = np.searchsorted(doc_start, starts, side="right") - 1
        return word_hash, word_doc.astype(np.int64)

    def _powers(self, size: int) -> tuple[U64, U64]:
        if size <= self._pow.size:
            return self._pow, self._inv
        return _power_tables(int(self._pow[1]), size)

    def _shingles(self, word_hash: U64, word_doc: I64, words_per_doc: I64) -> tuple[U64, I64]:
        k = self.k
        m = word_hash.size - k + 1
        parts_h: list[U64] = []
        parts_d: list[I64] = []
        if m > 0:
            acc = word_hash[:m] * self._word_mult[0]
            for j in range(1, k):
                acc = acc + word_hash[j : j + m] * self._word_mult[j]
            inside = word_doc[:m] == word_doc[k - 1 : k - 1 + m]
            parts_h.append(_mix64(acc[inside]))
            parts_d.append(word_doc[:m][inside])
        short = np.flatnonzero((words_per_doc > 0) & (words_per_doc < k))
        if short.size:
            # a text shorter than one shingle: all its words make its only shingle
            first_word = np.searchsorted(word_doc, short)
            acc_short = np.zeros(short.size, np.uint64)
            for j in range(k - 1):
                has = words_per_doc[short] > j
                idx = np.minimum(first_word + j, word_hash.size - 1)
                term = word_hash[idx] * self._word_mult[j]
                acc_short = acc_short + np.where(has, term, np.uint64(0))
            parts_h.append(_mix64(acc_short))
            parts_d.append(short.astype(np.int64))
        if not parts_h:
            return np.zeros(0, np.uint64), np.zeros(0, np.int64)
        return np.concatenate(parts_h), np.concatenate(parts_d)


def _distinct_per_doc(shingle: U64, shingle_doc: I64, n: int) -> tuple[U32, I64]:
    """Top 32 bits, sorted and distinct within each document (one sort); counts per document."""
    key = (shingle_doc.astype(np.uint64) << np.uint64(32)) | (shingle >> np.uint64(32))
    key.sort()
    if key.size:
        keep = np.empty(key.size, np.bool_)
        keep[0] = True
        np.not_equal(key[1:], key[:-1], out=keep[1:])
        key = key[keep]
    docs = (key >> np.uint64(32)).astype(np.int64)
    flat = (key & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    return flat, np.bincount(docs, minlength=n).astype(np.int64)


def jaccard(a: U32, b: U32) -> float:
    """Exact Jaccard similarity of two sorted, distinct hash arrays (1.0 for two empty sets)."""
    if a.size == 0 and b.size == 0:
        return 1.0
    shared = np.intersect1d(a, b, assume_unique=True).size
    return float(shared) / float(a.size + b.size - shared)
