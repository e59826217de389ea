"""An extractive summary of the story whose every sentence cites the reports that support it.

What a reader needs first from ten reports of one story is what most of
them independently say. So a sentence ranks by

* **independent corroboration** — how many *other* reports state the same
  content (TF-IDF cosine over the story's sentences, or near-verbatim wording
  by rapidfuzz), where a report that copied the sentence from another one
  (``story.duplicate_groups``, passages of ``story.provenance``) counts once
  with its source: ten syndicated copies are one voice;
* **centrality** — its cosine to the centroid of all the story's sentences
  (what the story is mostly about);
* a slight **lede bonus** — reporters put the essentials first.

Picked greedily with maximal marginal relevance, so no two sentences say the
same thing, then ordered by where the supporting reports place them (the
story's own narrative order). Every number derives from the input alone;
ties go to the earlier report and sentence, so reruns are identical.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from newsprism.compare._vectors import Vector, Vectoriser, centroid, cosine
from newsprism.link import split_sentences
from newsprism.model import Article, SourceSpan, Story, SummarySentence

# A sentence of another report states the same content at or above this cosine.
SUPPORT = 0.35
# Below this a report's closest sentence is taken to say nothing of the content.
_FAINT = 0.15
# Near-verbatim wording (rapidfuzz ratio, 0-100) counts as support whatever the cosine.
_VERBATIM = 85.0
# Two summary sentences this similar are redundant: the later one is never picked.
REDUNDANT = 0.4
# Maximal marginal relevance: weight of relevance against novelty.
MMR_LAMBDA = 0.75
WEIGHTS = {"corroboration": 0.6, "centrality": 0.3, "lede": 0.1}
_MIN_WORDS, _MAX_WORDS = 7, 60
_QUOTE_HEAVY = 0.6  # share of a sentence inside quotation marks that makes it "a quote"
_QUOTE_PENALTY = 0.85
# "tomorrow", "this morning" mislead out of their report's context: prefer a dated wording.
_DEICTIC = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening)|last night)\b",
    re.IGNORECASE,
)
_DEICTIC_PENALTY = 0.9
_WORD = re.compile(r"[^\W_]+")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


@dataclass(frozen=True, slots=True)
class _Sentence:
    """A sentence of one report, with what ranking needs."""

    article_id: str
    order: int  # the report's position in the story
    index: int  # the sentence's position in its report
    count: int  # sentences in the report
    start: int
    end: int
    text: str
    flat: str  # lower-cased, white space collapsed: for the verbatim check
    vector: Vector
    candidate: bool  # long and prose-like enough to stand in a summary
    quote_heavy: bool
    deictic: bool  # relative to its report's date ("tomorrow")


def summarize(story: Story, articles: Sequence[Article], n: int = 6) -> tuple[SummarySentence, ...]:
    """The ``n`` best-supported, most central, mutually distinct sentences, in narrative order."""
    members = [a for a in articles if a.id in set(story.article_ids)]
    order = {aid: k for k, aid in enumerate(story.article_ids)}
    members.sort(key=lambda a: order[a.id])
    sentences = _sentences(members, order)
    if not sentences or n <= 0:
        return ()
    by_article: dict[str, list[_Sentence]] = {}
    for s in sentences:
        by_article.setdefault(s.article_id, []).append(s)
    copies = _CopyIndex(story)
    voices = copies.components(list(by_article))
    center = centroid(s.vector for s in sentences)

    ranked: list[tuple[float, _Sentence, dict[str, _Sentence]]] = []
    for s in sentences:
        if not s.candidate:
            continue
        support = {s.article_id: s}
        sims = {s.article_id: 1.0}
        for aid, others in by_article.items():
            if aid == s.article_id:
                continue
            best = max(others, key=lambda o: (_similarity(s, o), -o.index))
            if _similarity(s, best) >= _FAINT:
                support[aid] = best
                sims[aid] = _similarity(s, best)
        corroboration = copies.corroboration(s.article_id, support, sims)
        support = {aid: o for aid, o in support.items() if sims[aid] >= SUPPORT}
        score = (
            WEIGHTS["corroboration"] * corroboration / max(1, voices - 1)
            + WEIGHTS["centrality"] * cosine(s.vector, center)
            + WEIGHTS["lede"] / (1 + s.index)
        )
        if s.deictic:
            score *= _DEICTIC_PENALTY
        if s.quote_heavy:
            score *= _QUOTE_PENALTY
        ranked.append((score, s, support))
    ranked.sort(key=lambda r: (-r[0], r[1].order, r[1].index))

    chosen: list[tuple[float, _Sentence, dict[str, _Sentence]]] = []
    pool = list(ranked)
    while pool and len(chosen) < n:
        best_k, best_mmr = -1, float("-inf")
        for k, (score, s, _) in enumerate(pool):
            overlap = max((_similarity(s, c[1]) for c in chosen), default=0.0)
            if overlap >= REDUNDANT:
                continue
            mmr = MMR_LAMBDA * score - (1 - MMR_LAMBDA) * overlap
            if mmr > best_mmr + 1e-12:
                best_k, best_mmr = k, mmr
        if best_k < 0:
            break
        chosen.append(pool.pop(best_k))
    chosen.sort(key=lambda c: (_narrative_position(c[2]), c[1].order, c[1].index))
    return tuple(
        SummarySentence(
            text=s.text,
            article_ids=tuple(sorted(support, key=lambda aid: (aid != s.article_id, order[aid]))),
            source=SourceSpan(s.article_id, s.start, s.end),
            score=round(score, 4),
        )
        for score, s, support in chosen
    )


def _sentences(members: Sequence[Article], order: dict[str, int]) -> list[_Sentence]:
    spans = {a.id: split_sentences(a.text) for a in members}
    vectoriser = Vectoriser(a.text[s:e] for a in members for s, e in spans[a.id])
    out = []
    for a in members:
        for index, (start, end) in enumerate(spans[a.id]):
            text = a.text[start:end]
            words = len(_WORD.findall(text))
            quoted = sum(len(m.group()) for m in _QUOTED.finditer(text))
            out.append(
                _Sentence(
                    article_id=a.id,
                    order=order[a.id],
                    index=index,
                    count=len(spans[a.id]),
                    start=start,
                    end=end,
                    text=text,
                    flat=" ".join(text.lower().split()),
                    vector=vectoriser.vector(text),
                    candidate=_is_candidate(text, words),
                    quote_heavy=quoted >= _QUOTE_HEAVY * len(text),
                    deictic=_DEICTIC.search(text) is not None,
                )
            )
    return out


def _is_candidate(text: str, words: int) -> bool:
    """Prose sentences only: no headings, questions, credits, fragments or half quotations.

    A sentence whose quotation marks do not pair up is the first or last part
    of a longer quotation: on its own it misquotes.
    """
    if not _MIN_WORDS <= words <= _MAX_WORDS or text.endswith("?"):
        return False
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return False
    if not (text[0].isupper() or text[0] in '“"‘'):
        return False
    return text.rstrip("”\"’'")[-1:] in ".!"


def _similarity(a: _Sentence, b: _Sentence) -> float:
    """Cosine of the two sentences, or 1 when one is a near-verbatim copy of the other."""
    if fuzz.ratio(a.flat, b.flat) >= _VERBATIM:
        return 1.0
    return cosine(a.vector, b.vector)


def _narrative_position(support: dict[str, _Sentence]) -> float:
    """Where the supporting reports place this content, on average (0 = top, 1 = end)."""
    return sum(s.index / max(1, s.count) for s in support.values()) / len(support)


class _CopyIndex:
    """Which reports copied which passages, to count copies of one voice once."""

    def __init__(self, story: Story) -> None:
        self._whole: set[frozenset[str]] = set()
        for group in story.duplicate_groups:
            self._whole.update(frozenset((a, b)) for a in group for b in group if a != b)
        self._passages: dict[str, list[tuple[str, int, int]]] = {}
        for p in story.provenance:
            if p.kind == "near_duplicate":
                self._whole.add(frozenset((p.source_id, p.copy_id)))
            for m in p.passages:
                self._passages.setdefault(p.copy_id, []).append(
                    (p.source_id, m.copy_start, m.copy_end)
                )
                self._passages.setdefault(p.source_id, []).append(
                    (p.copy_id, m.source_start, m.source_end)
                )

    def _linked(self, a: str, b: str, sentence_a: _Sentence, sentence_b: _Sentence) -> bool:
        if frozenset((a, b)) in self._whole:
            return True
        return any(
            other == b and start < sentence_a.end and sentence_a.start < end
            for other, start, end in self._passages.get(a, ())
        ) or any(
            other == a and start < sentence_b.end and sentence_b.start < end
            for other, start, end in self._passages.get(b, ())
        )

    def corroboration(
        self, source: str, support: dict[str, _Sentence], sims: dict[str, float]
    ) -> float:
        """Sum over independent voices (other than the source's) of their closest similarity."""
        roots = self._union(support)
        own = roots[source]
        best: dict[str, float] = {}
        for aid, root in roots.items():
            if root != own:
                best[root] = max(best.get(root, 0.0), sims[aid])
        return sum(best.values())

    def _union(self, support: dict[str, _Sentence]) -> dict[str, str]:
        ids = sorted(support)
        parent = {aid: aid for aid in ids}

        def find(x: str) -> str:
            while parent[x] != x:
                x = parent[x]
            return x

        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                if self._linked(a, b, support[a], support[b]):
                    parent[find(b)] = find(a)
        return {aid: find(aid) for aid in ids}

    def independent(self, support: dict[str, _Sentence]) -> int:
        """Supporting reports, a report and those it shares the sentence with counted once."""
        return len(set(self._union(support).values()))

    def components(self, article_ids: Sequence[str]) -> int:
        """Reports of the story, near-duplicates counted once: the most voices possible."""
        ids = sorted(article_ids)
        parent = {aid: aid for aid in ids}

        def find(x: str) -> str:
            while parent[x] != x:
                x = parent[x]
            return x

        for pair in self._whole:
            a, b = sorted(pair)
            if a in parent and b in parent:
                parent[find(b)] = find(a)
        return len({find(aid) for aid in ids})
