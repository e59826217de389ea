"""Claim records from aligned clauses: who supports, who differs, who is silent.

Why the majority reading is the claim: a claim's ``text`` is the wording of
the first report stating the version most reports give; reports on the
minority side of a difference of confidence >= 0.5 (not mere ``detail``) are
listed as ``differing``, never as supporting. Support is counted twice, as
the model asks: ``supporting`` lists every report, ``independent_support``
counts copies once (:class:`~newsprism.compare.independence.CopyGraph`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

from newsprism.compare.align import Cluster
from newsprism.compare.claims import ClaimUnit
from newsprism.compare.differences import find_conflicts
from newsprism.compare.independence import CopyGraph
from newsprism.model import Claim, Difference, SourceSpan, Story, Variant

__all__ = ["REPORTED_CONFIDENCE", "build_claims"]

REPORTED_CONFIDENCE = 0.5  # a difference at or above this moves reports to ``differing``


def build_claims(
    story: Story, clusters: Sequence[Cluster], labels: Mapping[str, str]
) -> tuple[tuple[Claim, ...], tuple[Difference, ...]]:
    """One claim per cluster and the differences found in them, most confident first."""
    copies = CopyGraph(story)
    by_article: dict[str, list[ClaimUnit]] = {}
    for cluster in clusters:
        for member in cluster.members:
            by_article.setdefault(member.article_id, []).append(member)
    claims: list[Claim] = []
    differences: list[Difference] = []
    for cluster in clusters:
        first = cluster.members[0]
        claim_id = "c" + hashlib.sha256(first.id.encode()).hexdigest()[:16]
        conflicts = find_conflicts(cluster, labels, claim_id, by_article)
        differences.extend(c.difference for c in conflicts)
        differing_ids: set[str] = set()
        for conflict in conflicts:
            difference = conflict.difference
            if difference.kind != "detail" and difference.confidence >= REPORTED_CONFIDENCE:
                differing_ids |= conflict.minority
        supporting = [m for m in cluster.members if m.article_id not in differing_ids]
        differing = [m for m in cluster.members if m.article_id in differing_ids]
        spans: dict[str, list[tuple[int, int]]] = {}
        for member in supporting:
            spans.setdefault(member.article_id, []).append((member.start, member.end))
        independent = copies.independent(spans) if spans else 0
        stated = {m.article_id for m in cluster.members}
        scores = cluster.scores[1:]
        claims.append(
            Claim(
                id=claim_id,
                text=(supporting or differing)[0].text,
                supporting=_variants(supporting),
                differing=_variants(differing),
                absent=tuple(i for i in story.article_ids if i not in stated),
                single_source=independent == 1 and not differing,
                independent_support=independent,
                confidence=round(sum(scores) / len(scores), 3) if scores else 1.0,
            )
        )
    differences.sort(key=lambda d: (-d.confidence, d.id))
    return tuple(claims), tuple(differences)


def _variants(members: Sequence[ClaimUnit]) -> tuple[Variant, ...]:
    """Members grouped by wording (case and spacing aside), in order of first appearance."""
    grouped: dict[str, list[ClaimUnit]] = {}
    for member in members:
        grouped.setdefault(" ".join(member.text.lower().split()), []).append(member)
    return tuple(
        Variant(
            text=group[0].text,
            article_ids=tuple(dict.fromkeys(m.article_id for m in group)),
            spans=tuple(SourceSpan(m.article_id, m.start, m.end) for m in group),
        )
        for group in grouped.values()
    )
