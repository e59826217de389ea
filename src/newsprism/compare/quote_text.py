"""Quotation wording as comparable words: normalisation, matching and word diffs.

Two outlets rarely print a quotation byte for byte alike: quotation marks,
apostrophes, accents, case, a comma turned into a full stop before ``he said``,
an editor's insertion in brackets (``The new (U.S.) administration``,
``inspected by [the authority] in March``) or an ellipsis for left-out words.
Here a quotation becomes a list of :class:`Word` s (one per whitespace chunk)
whose ``norm`` folds all of that away, so the grouping in
:mod:`newsprism.compare.quote_groups` compares what was said, and the diff
still shows the words as each outlet printed them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

PUNCT = "<p>"  # norm of a chunk made only of punctuation (a dash): equal to any other
ELLIPSIS = "<...>"  # norm of an ellipsis: words left out by the outlet
_OPEN = "[("
_CLOSE = "])"
STOPWORDS = frozenset(
    "a an the and or but of to in on at for by with from as is are was were be been "
    "it its this that these those he she they we you i his her their our my your "
    "not no so if then than there here who which what when where how all any".split()
)

MatchKind = Literal["same", "fragment", "similar"]


@dataclass(frozen=True, slots=True)
class Word:
    """One whitespace-separated chunk of a quotation, as printed and folded."""

    text: str
    norm: str
    bracketed: bool  # inside [ ] or ( ): an editor's insertion, not the speaker's words


@dataclass(frozen=True, slots=True)
class Wording:
    """A quotation as words: ``key`` identifies a distinct wording, ``core`` the speech."""

    words: tuple[Word, ...]
    key: tuple[str, ...]  # every word's norm (brackets kept, punctuation dropped)
    core: tuple[str, ...]  # the speaker's words only: no brackets, no punctuation
    segments: tuple[tuple[str, ...], ...]  # ``core`` split where an ellipsis left words out


@dataclass(frozen=True, slots=True)
class Match:
    """Why two quotations are taken to be the same one, and how sure that is."""

    kind: MatchKind
    score: float
    shorter: int  # 0 or 1: which side is the fragment (for ``fragment``)


def fold(chunk: str) -> str:
    """Lower case, accents off, only letters and digits: ``Renée’s`` -> ``renees``."""
    decomposed = unicodedata.normalize("NFKD", chunk.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def display(text: str) -> str:
    """The quotation as shown: trailing comma/colon of ``…,” she said`` removed."""
    return text.strip().rstrip(",;:").rstrip()


def wording(text: str) -> Wording:
    """Split a quotation into words and derive its comparison forms."""
    words: list[Word] = []
    depth = 0
    for chunk in display(text).split():
        opens = sum(chunk.count(c) for c in _OPEN)
        closes = sum(chunk.count(c) for c in _CLOSE)
        bracketed = depth > 0 or (opens > 0 and chunk[0] in _OPEN)
        depth = max(0, depth + opens - closes)
        norm = fold(chunk)
        if not norm:
            norm = ELLIPSIS if ("…" in chunk or "..." in chunk) else PUNCT
        words.append(Word(chunk, norm, bracketed))
    key = tuple(w.norm for w in words if w.norm not in (PUNCT, ELLIPSIS))
    segments: list[tuple[str, ...]] = []
    current: list[str] = []
    for w in words:
        gap_before = w.text.startswith(("…", "...")) or w.norm == ELLIPSIS
        gap_after = w.text.rstrip(".,;:").endswith("…") or w.text.endswith("....")
        if gap_before and current:
            segments.append(tuple(current))
            current = []
        if w.norm not in (PUNCT, ELLIPSIS) and not w.bracketed:
            current.append(w.norm)
        if gap_after and current:
            segments.append(tuple(current))
            current = []
    if current:
        segments.append(tuple(current))
    core = tuple(n for seg in segments for n in seg)
    return Wording(tuple(words), key, core, tuple(segments))


def longest_run(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest run of words the two share, in the same order."""
    if not a or not b:
        return 0
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match().size


def contained(short: Wording, long: Wording) -> bool:
    """Every ellipsis-separated piece of ``short`` occurs in ``long``, in order."""
    pos = 0
    seq = long.core
    for seg in short.segments:
        n = len(seg)
        found = -1
        for i in range(pos, len(seq) - n + 1):
            if seq[i : i + n] == seg:
                found = i
                break
        if found < 0:
            return False
        pos = found + n
    return bool(short.segments)


def _content(words: Sequence[str]) -> int:
    return sum(1 for w in words if w not in STOPWORDS)


def match(a: Wording, b: Wording) -> Match | None:
    """Whether ``a`` and ``b`` are the same quotation (``None`` when not).

    ``same``: identical speech once brackets, case and punctuation are folded.
    ``fragment``: one is a piece of the other (a partial quote of a longer
    statement, or a version shortened with an ellipsis); at least two words,
    one of them not a function word, and a near-verbatim piece (rapidfuzz
    ``partial_ratio`` >= 92) for four words or more.
    ``similar``: the same statement reworded: token-level Indel similarity
    >= 0.75, or a shared run of six words covering 40% of the shorter and
    similarity >= 0.5 (a second sentence reworded, the first kept).
    """
    ca, cb = a.core, b.core
    if not ca or not cb:
        return None
    if ca == cb:
        return Match("same", 1.0, 0)
    short_i = 0 if len(ca) <= len(cb) else 1
    short, long = (a, b) if short_i == 0 else (b, a)
    n_short = len(short.core)
    if n_short >= 2 and _content(short.core) >= 1 and contained(short, long):
        return Match("fragment", 0.95 if n_short >= 4 else 0.85, short_i)
    if n_short >= 4:
        partial = fuzz.partial_ratio(" ".join(short.core), " ".join(long.core))
        if partial >= 92 and len(long.core) >= 1.5 * n_short:
            return Match("fragment", round(partial / 100 * 0.95, 3), short_i)
        sim = Indel.normalized_similarity(ca, cb)
        run = longest_run(ca, cb)
        if sim >= 0.75 or (run >= 6 and run >= 0.4 * n_short and sim >= 0.5):
            return Match("similar", round(max(sim, 0.6), 3), short_i)
    return None


def word_diff(base: Wording, other: Wording) -> str:
    """``other`` against ``base`` word by word: ``[-removed-]`` / ``{+added+}``.

    Words compare by their folded form, so a changed quotation mark or case is
    not a difference; the printed words of ``other`` (or of ``base`` for a
    removal) are shown.
    """
    a = [w.norm for w in base.words]
    b = [w.norm for w in other.words]
    out: list[str] = []
    sm = SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            out.extend(w.text for w in other.words[j1:j2])
            continue
        if i2 > i1:
            out.append("[-" + " ".join(w.text for w in base.words[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(w.text for w in other.words[j1:j2]) + "+}")
    return " ".join(out)


def changes(base: Wording, other: Wording) -> list[str]:
    """The edits from ``base`` to ``other`` in words: replaced, added, dropped, inserted."""
    a = [w.norm for w in base.words]
    b = [w.norm for w in other.words]
    found: list[str] = []
    sm = SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        old = [w for w in base.words[i1:i2] if w.norm != PUNCT]
        new = [w for w in other.words[j1:j2] if w.norm != PUNCT]
        old_t = " ".join(w.text for w in old).strip(",.;:")
        new_t = " ".join(w.text for w in new).strip(",.;:")
        if new and all(w.bracketed for w in new) and not old:
            found.append(f"editor's insertion {new_t!r}")
        elif old and all(w.bracketed for w in old) and not new:
            found.append(f"no editor's insertion {old_t!r}")
        elif old and new:
            found.append(f"{old_t!r} -> {new_t!r}")
        elif new:
            found.append(f"adds {new_t!r}")
        elif old:
            found.append(f"drops {old_t!r}")
    return found
