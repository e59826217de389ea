"""The link stage: which reports are copies of which, and which reuse whose sentences.

Near-duplicates come from MinHash LSH over word shingles with an exact
Jaccard check (:mod:`newsprism.link.dedup`); passage provenance from
sentence alignment within one story (:mod:`newsprism.link.provenance`).
Stories come from online clustering (:mod:`newsprism.link.cluster`).
"""

from __future__ import annotations

from newsprism.link.cluster import ClusterSettings, StoryClusterer, cluster_articles
from newsprism.link.dedup import NearDuplicateIndex, near_duplicate_groups
from newsprism.link.provenance import provenance, split_sentences

__all__ = [
    "ClusterSettings",
    "NearDuplicateIndex",
    "StoryClusterer",
    "cluster_articles",
    "near_duplicate_groups",
    "provenance",
    "split_sentences",
]
