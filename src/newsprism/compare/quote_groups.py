"""The same quotation across reports: groups, wording variants, attribution conflicts.

Quotes (not scare quotes: a word in quotation marks is not speech) are
matched pairwise by :func:`newsprism.compare.quote_text.match`, but only
pairs that share one of each quote's rarest word bigrams are ever compared,
so the work grows with the number of plausible pairs, not with its square.

Grouping is two-step so that a short fragment cannot chain two different
statements together: first identical or reworded quotes are joined
(union-find); then each remaining fragment component (a partial quote like
``“listing on every crossing”``) joins the one component that contains it in
the most quotes. Short fragments (two or three words) only join a quote
given to the same speaker, or one of them unattributed.

A group reports a ``quote_wording`` difference only when two of its
*maximal* wordings (not a fragment of another) differ in the speaker's words:
case, punctuation, an editor's bracketed insertion or an ellipsis are not a
disagreement about what was said. ``attribution`` differences need the same
words (four or more) given to two different named speakers.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from newsprism.compare.quote_text import (
    Match,
    Wording,
    changes,
    contained,
    display,
    longest_run,
    match,
    word_diff,
    wording,
)
from newsprism.model import Article, Difference, Quote, QuoteGroup, SourceSpan, Story, Variant

__all__ = ["group_quotes"]

_KEYS_PER_QUOTE = 6  # rarest bigrams of a quote used to look up candidates
_ATTRIBUTION_MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class _Item:
    index: int
    quote: Quote
    wording: Wording


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # the earlier quote stays the root


def group_quotes(
    story: Story, articles: Sequence[Article]
) -> tuple[tuple[QuoteGroup, ...], tuple[Difference, ...]]:
    """Group the story's quotes across reports; return the groups and their differences.

    Every non-scare quote with a word of speech (not only an editor's
    bracket) is in exactly one group; a quote only one report carries forms
    a group of one, so the groups list every quotation of the story.
    Groups come in the order of their first quote in ``story.quotes``; ids
    hash that quote's id, so they are stable.
    """
    labels = _labels(story, articles)
    worded = [(q, wording(q.text)) for q in story.quotes if q.kind != "scare"]
    items = [_Item(i, q, w) for i, (q, w) in enumerate((q, w) for q, w in worded if w.core)]
    union = _Union(len(items))
    fragments: list[tuple[int, int, float]] = []  # (short, long, score)
    scores: dict[int, float] = {}
    for i, j, m in _matched_pairs(items):
        if m.kind == "fragment":
            short, long = (i, j) if m.shorter == 0 else (j, i)
            if len(items[short].wording.core) >= 4 or _compatible(items[short], items[long]):
                fragments.append((short, long, m.score))
            continue
        if len(items[i].wording.core) < 2 and not _compatible(items[i], items[j]):
            continue
        union.union(i, j)
        scores[i] = min(scores.get(i, 1.0), m.score)
        scores[j] = min(scores.get(j, 1.0), m.score)
    _attach_fragments(items, union, fragments, scores)
    members: dict[int, list[_Item]] = defaultdict(list)
    for it in items:
        members[union.find(it.index)].append(it)
    groups: list[QuoteGroup] = []
    differences: list[Difference] = []
    for root in sorted(members):
        group, diffs = _build_group(members[root], scores, labels)
        groups.append(group)
        differences.extend(diffs)
    return tuple(groups), tuple(differences)


def _matched_pairs(items: Sequence[_Item]) -> Iterable[tuple[int, int, Match]]:
    """Pairs of quotes sharing a rare bigram (or a one-word quote), with their match."""
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    keys_of: list[set[tuple[str, ...]]] = []
    for it in items:
        core = it.wording.core
        keys = {core[k : k + 2] for k in range(len(core) - 1)} if len(core) > 1 else {core}
        keys_of.append(keys)
        for key in keys:
            postings[key].append(it.index)
    seen: set[tuple[int, int]] = set()
    for it in items:
        rare = sorted(keys_of[it.index], key=lambda k: (len(postings[k]), k))[:_KEYS_PER_QUOTE]
        for key in rare:
            for other in postings[key]:
                pair = (min(it.index, other), max(it.index, other))
                if other == it.index or pair in seen:
                    continue
                seen.add(pair)
                m = match(items[pair[0]].wording, items[pair[1]].wording)
                if m is not None:
                    yield pair[0], pair[1], m


def _compatible(a: _Item, b: _Item) -> bool:
    """Same speaker, or at least one of them unattributed."""
    sa, sb = _speaker_key(a.quote), _speaker_key(b.quote)
    return sa is None or sb is None or sa == sb


def _speaker_key(q: Quote) -> str | None:
    return q.speaker_entity_id or q.speaker


def _attach_fragments(
    items: Sequence[_Item],
    union: _Union,
    fragments: Sequence[tuple[int, int, float]],
    scores: dict[int, float],
) -> None:
    """Join each fragment's component to the one component containing it most often."""
    votes: dict[int, Counter[int]] = defaultdict(Counter)
    best_score: dict[tuple[int, int], float] = {}
    for short, long, score in fragments:
        cs, cl = union.find(short), union.find(long)
        if cs == cl:
            continue
        votes[cs][cl] += 1
        best_score[cs, cl] = max(best_score.get((cs, cl), 0.0), score)
    comp_members: dict[int, list[int]] = defaultdict(list)
    for it in items:
        comp_members[union.find(it.index)].append(it.index)
    longest = {c: max(len(items[i].wording.core) for i in comp_members[c]) for c in votes}
    for cs in sorted(votes, key=lambda c: (longest[c], c)):
        target, _ = min(votes[cs].items(), key=lambda kv: (-kv[1], kv[0]))
        for i in comp_members[cs]:
            scores[i] = min(scores.get(i, 1.0), best_score[cs, target])
        union.union(cs, target)


def _labels(story: Story, articles: Sequence[Article]) -> dict[str, str]:
    """A readable name per report: its outlet, else its file name."""
    wanted = set(story.article_ids)
    return {
        a.id: a.outlet or PurePath(a.source.split("#")[0]).name or a.id
        for a in articles
        if a.id in wanted or not wanted
    }


def _build_group(
    members: Sequence[_Item], scores: dict[int, float], labels: dict[str, str]
) -> tuple[QuoteGroup, list[Difference]]:
    by_key: dict[tuple[str, ...], list[_Item]] = defaultdict(list)
    for it in members:
        by_key[it.wording.key].append(it)
    ordered = sorted(
        by_key.values(),
        key=lambda its: (
            -len({i.quote.article_id for i in its}),
            sum(w.bracketed for w in its[0].wording.words),  # on a tie, the plain wording
            its[0].index,
        ),
    )
    variants = tuple(_variant(its) for its in ordered)
    wordings = [its[0].wording for its in ordered]
    diff = tuple(
        variants[0].text if k == 0 else word_diff(wordings[0], w) for k, w in enumerate(wordings)
    )
    speaker_votes: Counter[tuple[str, str | None]] = Counter()
    # One vote per (report, speaker, entity), counted in member order (not set order,
    # which follows PYTHONHASHSEED); "Ada Pohl" linked to an entity in one report and
    # unlinked in another tie on votes and first sighting, so the key breaks that tie.
    for q in dict.fromkeys(
        (it.quote.article_id, it.quote.speaker, it.quote.speaker_entity_id) for it in members
    ):
        if q[1] is not None:
            speaker_votes[q[1], q[2]] += 1
    first_seen = {
        it.quote.speaker: it.index for it in reversed(members) if it.quote.speaker is not None
    }
    ranked = sorted(
        speaker_votes,
        key=lambda s: (-speaker_votes[s], first_seen[s[0]], s[1] is None, s[1] or ""),
    )
    speaker, entity_id = ranked[0] if ranked else (None, None)
    confidence = round(min(scores.get(it.index, 1.0) for it in members), 3)
    first = members[0].quote
    group_id = "g" + hashlib.sha256(first.id.encode()).hexdigest()[:16]
    conflict = _conflict(members)
    group = QuoteGroup(
        id=group_id,
        speaker=speaker,
        speaker_entity_id=entity_id,
        quote_ids=tuple(it.quote.id for it in members),
        variants=variants,
        diff=diff,
        attribution_conflict=conflict is not None,
        speakers=tuple(dict.fromkeys(s for s, _ in ranked)),
        confidence=confidence,
    )
    diffs: list[Difference] = []
    wording_diff = _wording_difference(group, ordered, labels)
    if wording_diff is not None:
        diffs.append(wording_diff)
    if conflict is not None:
        diffs.append(_attribution_difference(group, conflict, labels))
    return group, diffs


def _variant(items: Sequence[_Item]) -> Variant:
    return Variant(
        text=display(items[0].quote.text),
        article_ids=tuple(dict.fromkeys(it.quote.article_id for it in items)),
        spans=tuple(SourceSpan(it.quote.article_id, it.quote.start, it.quote.end) for it in items),
    )


def _wording_difference(
    group: QuoteGroup, ordered: Sequence[Sequence[_Item]], labels: dict[str, str]
) -> Difference | None:
    """A difference when two maximal wordings of the group differ in the speaker's words."""
    wordings = [its[0].wording for its in ordered]
    maximal: list[int] = []
    for k, w in enumerate(wordings):
        if any(w.core == wordings[m].core for m in maximal):
            continue
        if any(len(o.core) > len(w.core) and contained(w, o) for o in wordings if o.core != w.core):
            continue
        maximal.append(k)
    if len(maximal) < 2:
        return None
    ref = maximal[0]
    parts = [_who(group.variants[ref], labels) + f": “{group.variants[ref].text}”"]
    edits: list[str] = []
    for k in maximal[1:]:
        parts.append(_who(group.variants[k], labels) + f": “{group.variants[k].text}”")
        edits.extend(
            f"{_who(group.variants[k], labels)} {c}" for c in changes(wordings[ref], wordings[k])
        )
    same_core_brackets = [
        k
        for k in range(len(wordings))
        if k not in maximal and any(wordings[k].core == wordings[m].core for m in maximal)
    ]
    variants = tuple(group.variants[k] for k in [*maximal, *same_core_brackets])
    speaker = f"{group.speaker}’s quote" if group.speaker else "An unattributed quote"
    description = (
        f"{speaker} is worded differently. "
        + "; ".join(parts)
        + ". Changes: "
        + "; ".join(edits)
        + "."
    )
    confidence = round(min(group.confidence, 0.9) * (0.8 if group.attribution_conflict else 1.0), 3)
    return Difference(
        id="d" + hashlib.sha256(f"quote_wording\x1f{group.id}".encode()).hexdigest()[:16],
        kind="quote_wording",
        description=description,
        variants=variants,
        confidence=confidence,
    )


def _conflict(members: Sequence[_Item]) -> dict[str, list[_Item]] | None:
    """Quotes of the group per named speaker, when the same words go to two of them."""
    named = [it for it in members if _speaker_key(it.quote) is not None]
    by_speaker: dict[str, list[_Item]] = defaultdict(list)
    for it in named:
        by_speaker[_speaker_key(it.quote) or ""].append(it)
    if len(by_speaker) < 2:
        return None
    keys = list(by_speaker)
    for x, ka in enumerate(keys):
        for kb in keys[x + 1 :]:
            for a in by_speaker[ka]:
                for b in by_speaker[kb]:
                    if a.quote.article_id == b.quote.article_id:
                        continue
                    if longest_run(a.wording.core, b.wording.core) >= _ATTRIBUTION_MIN_WORDS:
                        return by_speaker
    return None


def _attribution_difference(
    group: QuoteGroup, by_speaker: dict[str, list[_Item]], labels: dict[str, str]
) -> Difference:
    variants: list[Variant] = []
    parts: list[str] = []
    for items in sorted(by_speaker.values(), key=lambda its: (-len(its), its[0].index)):
        name = items[0].quote.speaker or "?"
        spans: list[SourceSpan] = []
        for it in items:
            q = it.quote
            spans.append(SourceSpan(q.article_id, q.start, q.end))
            if q.speaker_start is not None and q.speaker_end is not None:
                spans.append(SourceSpan(q.article_id, q.speaker_start, q.speaker_end))
        variant = Variant(
            name, tuple(dict.fromkeys(it.quote.article_id for it in items)), tuple(spans)
        )
        variants.append(variant)
        parts.append(f"{_who(variant, labels)} attribute it to {name}")
    conf = min(it.quote.confidence for its in by_speaker.values() for it in its)
    return Difference(
        id="d" + hashlib.sha256(f"attribution\x1f{group.id}".encode()).hexdigest()[:16],
        kind="attribution",
        description=f"The same words, “{group.variants[0].text}”, are given to different speakers: "
        + "; ".join(parts)
        + ".",
        variants=tuple(variants),
        confidence=round(min(group.confidence, conf, 0.9), 3),
    )


def _who(variant: Variant, labels: dict[str, str]) -> str:
    names = [labels.get(a, a) for a in variant.article_ids]
    if len(names) == 1:
        return names[0]
    return ", ".join(names) + f" ({len(names)} reports)"
