"""TF-IDF word vectors over one story's sentences, shared by the timeline and the summary.

Rare words ("capsized", "Brandvold", "80") say far more about whether two
sentences report the same thing than common ones ("people", "river"), so
both grouping dated clauses and finding corroborating sentences weigh words
by their inverse document frequency *within the story*: no global corpus,
no state kept between calls, the same input always gives the same numbers.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

Vector = Mapping[str, float]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_STOP = frozenset(
    """a an the and or but if of to in on at by for from with as into onto over after before
    about than then that this these those there here it its is are was were be been being has
    have had do does did not no nor so such he she they them his her their we us our you your
    i me my who whom whose which what when where why how all any both each more most other some
    own same too very can will would should could may might must shall just also said says say
    told according one s t""".split()
)


def stem(word: str) -> str:
    """A light suffix strip so "capsized"/"capsizes" and "passengers"/"passenger" meet."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def terms(text: str) -> list[str]:
    """Content words of ``text``: lower-cased, stop words dropped, lightly stemmed."""
    words = (m.group().lower().replace("’", "'") for m in _WORD.finditer(text))
    return [stem(w) for w in words if w not in _STOP]


class Vectoriser:
    """TF-IDF over a fixed collection of texts (smooth idf, sublinear tf, L2-normalised)."""

    def __init__(self, texts: Iterable[str]) -> None:
        docs = [set(terms(t)) for t in texts]
        self._n = len(docs)
        df = Counter(w for d in docs for w in d)
        self._idf = {w: math.log((1 + self._n) / (1 + n)) + 1.0 for w, n in df.items()}
        self._unseen = math.log(1 + self._n) + 1.0

    def idf(self, word: str) -> float:
        return self._idf.get(word, self._unseen)

    def vector(self, text: str) -> dict[str, float]:
        counts = Counter(terms(text))
        raw = {w: (1.0 + math.log(n)) * self.idf(w) for w, n in counts.items()}
        norm = math.sqrt(sum(x * x for x in raw.values()))
        return {w: x / norm for w, x in raw.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two L2-normalised sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def centroid(vectors: Iterable[Vector]) -> dict[str, float]:
    """The normalised mean of ``vectors``: what the collection is mostly about."""
    total: dict[str, float] = {}
    for vec in vectors:
        for w, x in vec.items():
            total[w] = total.get(w, 0.0) + x
    norm = math.sqrt(sum(x * x for x in total.values()))
    return {w: x / norm for w, x in total.items()} if norm else {}
