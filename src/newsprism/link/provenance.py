"""Who reused whose sentences: sentence alignment between the reports of one story.

Why it works this way:

* **Sentences, not documents.** A syndicated copy rarely stays a
  near-duplicate: the intro is rewritten, a paragraph dropped, words swapped.
  Aligning sentences finds the reused part and gives the reader both spans
  of every reused sentence (``PassageMatch``).
* **Cheap blocking, then rapidfuzz.** Sentence pairs are only scored when
  they share at least three content words (a sparse product), then
  ``fuzz.ratio`` on normalised text scores near-verbatim reuse.
* **Order matters.** Matches are kept only along one order-preserving chain
  (a weighted longest increasing subsequence): a copy keeps its source's
  order, independent reports of the same facts mostly do not.
* **Quotes are not evidence of copying.** Outlets quoting the same
  spokesperson share those words without copying each other. A sentence pair
  counts as *prose* evidence only when the reporter's own words (the text
  outside quotation marks) match too; a copy needs at least two such
  sentences, or a reworded run of at least four in the same order.
* **Kinds.** ``near_duplicate``: nearly the whole copy is the source's
  sentences almost verbatim. ``reuse``: at least two prose sentences reused
  almost verbatim. ``rewrite``: the same facts and quotes in the same order,
  reworded — sentences paired by shared content words, numbers, names and
  quotations at a lower threshold, over an ordered run covering a good part
  of the copy.
* **Direction** comes from publication times (earlier = source); without
  two different times the pair is undirected and given in input order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

import numpy as np
from rapidfuzz import fuzz
from scipy import sparse  # type: ignore[import-untyped]

from newsprism.model import Article, PassageMatch, Provenance, ProvenanceKind

VERBATIM = 0.85  # fuzz.ratio/100 for a sentence reused with small edits
LOOSE = 0.45  # content similarity for a reworded sentence in an ordered run
MIN_SHARED_WORDS = 3  # blocking: content words two sentences must share to be compared
MIN_PROSE_WORDS = 5  # reporter's own content words a sentence needs to count as prose
REUSE_MIN = 2  # prose sentences reused near-verbatim for "reuse"
REWRITE_MIN = 4  # ordered prose pairs for "rewrite"
REWRITE_COVER = 0.5  # ... covering at least this share of the shorter report
NEAR_DUP_COVER = 0.85  # share of both reports reused near-verbatim for "near_duplicate"

_SENTENCE_END = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr mt no vs co inc ltd gen gov sen rep prof capt col lt sgt jan feb
    mar apr jun jul aug sep sept oct nov dec""".split()
)
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|‘[^’\n]{12,}’")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_STOP = frozenset(
    """a an the and or but if of to in on at by for from with as into onto over after before
    about than then that this these those there here it its it's is are was were be been being
    has have had do does did not no nor so such he she they them his her their we us our you
    your i me my who whom whose which what when where why how all any both each few more most
    other some own same too very can will would should could may might must shall just also
    said says say told according one s t""".split()
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a report: its span and what alignment compares."""

    start: int
    end: int
    norm: str  # lower-case words joined by spaces
    words: frozenset[str]  # content words (stop words dropped, light stemming)
    prose: frozenset[str]  # content words outside quotation marks
    anchors: frozenset[str]  # numbers and capitalised names


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (``text[s:e]`` is the sentence, stripped), by a light regex.

    Splits at paragraph breaks and after ``.!?`` followed by a capital,
    digit or opening quote, except after common abbreviations and initials.
    """
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        begin = para.start()
        cuts = [
            m.end()
            for m in _SENTENCE_END.finditer(text, para.start(), para.end())
            if not _abbreviation(text, para.start(), m.start())
        ]
        for cut in [*cuts, para.end()]:
            chunk = text[begin:cut]
            stripped = chunk.strip()
            if stripped:
                lead = len(chunk) - len(chunk.lstrip())
                spans.append((begin + lead, begin + lead + len(stripped)))
            begin = cut
    return spans


def _abbreviation(text: str, floor: int, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an initial ("J.") or a common abbreviation."""
    if text[dot] != ".":
        return False
    begin = dot
    while begin > floor and text[begin - 1].isalpha():
        begin -= 1
    word = text[begin:dot]
    return (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _content(text: str) -> frozenset[str]:
    return frozenset(
        _stem(w)
        for w in (m.group().lower().replace("’", "'") for m in _WORD.finditer(text))
        if w not in _STOP
    )


def sentences(article: Article) -> list[Sentence]:
    """The article's sentences with the features alignment needs."""
    text = article.text
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    out = []
    for start, end in split_sentences(text):
        piece = text[start:end]
        prose = piece
        for qs, qe in quoted:
            if qe > start and qs < end:
                lo, hi = max(qs, start) - start, min(qe, end) - start
                prose = prose[:lo] + " " * (hi - lo) + prose[hi:]
        words = [m.group() for m in _WORD.finditer(piece)]
        anchors = frozenset(
            w.lower() for i, w in enumerate(words) if w[0].isdigit() or (i > 0 and w[0].isupper())
        )
        out.append(
            Sentence(
                start,
                end,
                " ".join(w.lower() for w in words),
                _content(piece),
                _content(prose),
                anchors,
            )
        )
    return out


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2.0 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


@dataclass(frozen=True, slots=True)
class _Pair:
    i: int  # sentence of the first report
    j: int  # sentence of the second report
    verbatim: float  # fuzz.ratio / 100 of the normalised sentences
    loose: float  # content-word similarity, anchors required to agree
    prose: bool  # the reporter's own words match, not only a quotation


def _score(a: Sentence, b: Sentence) -> _Pair | None:
    verbatim = fuzz.ratio(a.norm, b.norm) / 100.0
    loose = _dice(a.words, b.words)
    if a.anchors and b.anchors and not (a.anchors & b.anchors):
        loose *= 0.5  # different names and numbers: a different fact
    if verbatim < VERBATIM and loose < LOOSE:
        return None
    prose_a, prose_b = a.prose, b.prose
    prose = min(len(prose_a), len(prose_b)) >= MIN_PROSE_WORDS and _dice(prose_a, prose_b) >= (
        0.7 if verbatim >= VERBATIM else LOOSE
    )
    return _Pair(-1, -1, verbatim, loose, prose)


def _chain(pairs: list[_Pair]) -> list[_Pair]:
    """The heaviest chain of pairs increasing in both reports (weighted LIS, O(k²) for k pairs)."""
    pairs = sorted(pairs, key=lambda p: (p.i, p.j))
    best = [max(p.verbatim, p.loose) for p in pairs]
    back = [-1] * len(pairs)
    for x, p in enumerate(pairs):
        for y in range(x):
            q = pairs[y]
            if q.i < p.i and q.j < p.j and best[y] + max(p.verbatim, p.loose) > best[x]:
                best[x], back[x] = best[y] + max(p.verbatim, p.loose), y
    if not pairs:
        return []
    x = int(np.argmax(best))
    chain = []
    while x >= 0:
        chain.append(pairs[x])
        x = back[x]
    return chain[::-1]


def _candidates(sents: list[list[Sentence]]) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """Sentence pairs of different reports sharing ≥ MIN_SHARED_WORDS content words.

    One sparse product of the sentence × word matrix, so cost follows the
    pairs that share words, not all pairs.
    """
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    owner: list[int] = []
    local: list[int] = []
    for doc, doc_sents in enumerate(sents):
        for s_idx, sent in enumerate(doc_sents):
            row = len(owner)
            owner.append(doc)
            local.append(s_idx)
            for w in sent.words:
                rows.append(row)
                cols.append(vocab.setdefault(w, len(vocab)))
    out: dict[tuple[int, int], list[tuple[int, int]]] = {}
    if not owner:
        return out
    m = sparse.csr_matrix(
        (np.ones(len(rows), np.int32), (rows, cols)), shape=(len(owner), max(len(vocab), 1))
    )
    shared = sparse.triu(m @ m.T, k=1).tocoo()
    keep = shared.data >= MIN_SHARED_WORDS
    for r, c in sorted(zip(shared.row[keep].tolist(), shared.col[keep].tolist(), strict=True)):
        da, db = owner[r], owner[c]
        if da != db:
            a, b = (r, c) if da < db else (c, r)
            out.setdefault((owner[a], owner[b]), []).append((local[a], local[b]))
    return out


def _published(article: Article) -> datetime | None:
    if not article.published:
        return None
    try:
        when = datetime.fromisoformat(article.published)
    except ValueError:
        return None
    return when if when.tzinfo is not None else None


def _judge(
    pairs: list[_Pair], n_a: int, n_b: int
) -> tuple[ProvenanceKind, list[_Pair], str] | None:
    """Decide whether an aligned chain is a copy, of which kind, and say why."""
    verb = [p for p in pairs if p.verbatim >= VERBATIM]
    prose_verb = [p for p in verb if p.prose]
    prose_loose = [p for p in pairs if p.prose]
    shorter = min(n_a, n_b)
    quotes_only = len(verb) - len(prose_verb)
    if len(verb) >= NEAR_DUP_COVER * max(n_a, n_b) and len(prose_verb) >= REUSE_MIN:
        return (
            "near_duplicate",
            verb,
            (
                f"{len(verb)} of {max(n_a, n_b)} sentences reused almost verbatim "
                f"({len(prose_verb)} of them the reporter's own prose)"
            ),
        )
    if (
        len(prose_loose) >= REWRITE_MIN
        and len(prose_loose) >= REWRITE_COVER * shorter
        and (len(prose_verb) < len(prose_loose) / 2)
    ):
        return (
            "rewrite",
            pairs,
            (
                f"{len(prose_loose)} reworded sentences of the reporter's prose follow the source "
                f"in the same order (shared content words, names and numbers), "
                f"{len(prose_verb)} almost verbatim"
            ),
        )
    if len(prose_verb) >= REUSE_MIN:
        return (
            "reuse",
            pairs if len(prose_loose) >= REWRITE_MIN else verb,
            (
                f"{len(prose_verb)} sentences of the reporter's prose reused almost verbatim, "
                "in order" + (f"; {quotes_only} more share only a quotation" if quotes_only else "")
            ),
        )
    return None


def provenance(articles: Sequence[Article]) -> list[Provenance]:
    """Copy relations between the reports of one story, sorted by (source id, copy id).

    Pairs that share only quotations (everyone quoting the same spokesperson)
    or isolated sentences are not reported.
    """
    sents = [sentences(a) for a in articles]
    found: list[Provenance] = []
    for (da, db), cand in _candidates(sents).items():
        scored = []
        for i, j in cand:
            pair = _score(sents[da][i], sents[db][j])
            if pair is not None:
                scored.append(_Pair(i, j, pair.verbatim, pair.loose, pair.prose))
        judged = _judge(_chain(scored), len(sents[da]), len(sents[db]))
        if judged is None:
            continue
        kind, chain, reason = judged
        found.append(_record(articles, sents, da, db, kind, chain, reason))
    return sorted(found, key=lambda p: (p.source_id, p.copy_id))


def _record(
    articles: Sequence[Article],
    sents: list[list[Sentence]],
    da: int,
    db: int,
    kind: ProvenanceKind,
    chain: list[_Pair],
    reason: str,
) -> Provenance:
    ta, tb = _published(articles[da]), _published(articles[db])
    swap = ta is not None and tb is not None and tb < ta
    direction: Literal["published", "unknown"] = (
        "published" if ta is not None and tb is not None and ta != tb else "unknown"
    )
    src, cpy = (db, da) if swap else (da, db)
    passages = []
    for p in chain:
        si, ci = (p.j, p.i) if swap else (p.i, p.j)
        s, c = sents[src][si], sents[cpy][ci]
        sim = p.verbatim if p.verbatim >= VERBATIM else max(p.verbatim, p.loose)
        passages.append(PassageMatch(s.start, s.end, c.start, c.end, round(sim, 4)))
    n_copy = len(sents[cpy])
    similarity = round(sum(m.similarity for m in passages) / max(n_copy, 1), 4)
    when = "published earlier" if direction == "published" else "no usable times: undirected"
    return Provenance(
        source_id=articles[src].id,
        copy_id=articles[cpy].id,
        kind=kind,
        shared_sentences=len(passages),
        copy_sentences=n_copy,
        similarity=similarity,
        direction=direction,
        passages=tuple(passages),
        reason=f"{reason}; source {when}",
    )
