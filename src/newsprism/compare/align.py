"""Align claim clauses across reports: blocking, similarity, greedy clustering.

Why this shape:

- **Blocking on rare keys, against clusters.** Each clause is compared only
  with the clusters that share one of its rarest content words or entity ids
  (an inverted index from key to cluster). Posting lists hold *clusters*, not
  clauses, so a fact repeated by 400 reports is one entry, and a key shared by
  very many clusters ("people", "said") is not used at all. The cost grows
  with clauses times a bounded number of candidates, not with clauses squared
  (``benchmarks/compare_speed.py``).
- **Similarity without the values.** Two clauses that state one fact with
  different days or counts must still align, so numbers and dates are not
  part of the similarity; shared values only add a small bonus. The score
  mixes the overlap of content stems and entity ids (Dice), a character-level
  fuzzy ratio of the sorted stems (rapidfuzz; catches "ferri"/"ferry") and
  whether the predicates are of one family.
- **Deterministic.** Clauses are visited in story order; ties break by
  cluster creation order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from newsprism.compare.claims import ClaimUnit

__all__ = ["JOIN_THRESHOLD", "Cluster", "align_units", "similarity"]

JOIN_THRESHOLD = 0.55  # below this a clause starts a claim of its own
_QUERY_KEYS = 8  # rarest keys of a clause used to find candidate clusters
_MAX_POSTING = 200  # a key shared by more clusters than this is too common to block on
_CANDIDATES = 24  # clusters scored per clause, most shared keys first
_PROBES = 4  # members of a cluster a clause is compared with


@dataclass(slots=True)
class Cluster:
    """Clauses from one or more reports that state the same claim.

    ``scores[i]`` is how well member ``i`` matched the cluster when it joined
    (1.0 for the first); ``anchors[i]`` the member it matched best.
    """

    members: list[ClaimUnit] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    anchors: list[int] = field(default_factory=list)


def similarity(a: ClaimUnit, b: ClaimUnit, *, values: bool = True) -> float:
    """How likely two clauses state the same fact, ignoring their numbers and dates (0-1).

    With ``values`` a shared number or date adds a small bonus (alignment);
    without it the score is blind to values (checking a conflict).
    """
    keys_a = a.words | {"e:" + e for e in a.entities}
    keys_b = b.words | {"e:" + e for e in b.entities}
    if not keys_a or not keys_b:
        return 0.0
    dice = 2 * len(keys_a & keys_b) / (len(keys_a) + len(keys_b))
    fuzzy = fuzz.token_sort_ratio(a.norm, b.norm) / 100.0
    pred = 1.0 if a.pred == b.pred else 0.0
    score = 0.5 * dice + 0.3 * fuzzy + 0.2 * pred
    if values and _share_value(a, b):
        score += 0.1
    if a.agent or b.agent:
        # "the 1994 accident killed five people" is not "twelve people died"
        score -= 0.1 if not (a.agent and b.agent) else (0.0 if a.agent & b.agent else 0.2)
    return max(min(score, 1.0), 0.0)


def _share_value(a: ClaimUnit, b: ClaimUnit) -> bool:
    nums = {(n.key, n.value) for n in a.numbers}
    if any((n.key, n.value) in nums for n in b.numbers):
        return True
    dates = {d.value for d in a.dates}
    return any(d.value in dates for d in b.dates)


def _keys(unit: ClaimUnit) -> list[str]:
    return sorted({"e:" + e for e in unit.entities} | {"w:" + w for w in unit.words})


def align_units(units: Sequence[ClaimUnit]) -> list[Cluster]:
    """Group clauses that state the same fact; every clause ends in exactly one cluster."""
    df: Counter[str] = Counter()
    unit_keys = [_keys(u) for u in units]
    for keys in unit_keys:
        df.update(keys)
    clusters: list[Cluster] = []
    postings: dict[str, dict[int, None]] = defaultdict(dict)  # key -> clusters, ordered set
    for unit, keys in zip(units, unit_keys, strict=True):
        shared = [k for k in keys if df[k] > 1]
        query = sorted(shared, key=lambda k: (df[k], k))[:_QUERY_KEYS]
        hits: Counter[int] = Counter()
        for key in query:
            posting = postings.get(key)
            if posting is None or len(posting) > _MAX_POSTING:
                continue
            hits.update(posting.keys())
        best_score, best_cluster, best_anchor = 0.0, -1, 0
        for cluster_id, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:_CANDIDATES]:
            cluster = clusters[cluster_id]
            for i, member in enumerate(cluster.members[:_PROBES]):
                if member.article_id == unit.article_id:
                    continue  # a report restating itself is no evidence of a shared fact
                score = similarity(unit, member)
                if score > best_score:
                    best_score, best_cluster, best_anchor = score, cluster_id, i
        if best_cluster >= 0 and best_score >= JOIN_THRESHOLD:
            cluster = clusters[best_cluster]
            cluster.members.append(unit)
            cluster.scores.append(best_score)
            cluster.anchors.append(best_anchor)
            target = best_cluster
        else:
            clusters.append(Cluster([unit], [1.0], [0]))
            target = len(clusters) - 1
        for key in shared:
            postings[key][target] = None
    return clusters
