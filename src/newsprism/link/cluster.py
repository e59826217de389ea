"""Online story clustering: each arriving article joins the best story or starts one.

Why online and not batch: a monitoring user adds reports all day; a story's id
must not change when more reports arrive, and the cost of one more article must
not grow with the number of stories seen. So each decision is made once, with
what is known at that moment, and explained in a :class:`Membership`.

How an article is scored against a story (features in :mod:`.features`):

1. Vectors: TF-IDF of content words and, separately, of names and numbers,
   with document frequencies learnt from the stream so far (no background
   corpus to ship, and the weights follow the vocabulary of the news seen).
2. Candidates: the article's rarest features are looked up in an inverted
   index whose posting lists keep only the most recently updated stories, and
   the few stories sharing most weight are scored; so the cost per article is
   bounded by constants, not by the number of stories.
3. Score: a blend of the cosine to the story's centroid over words and over
   names. Two events of one kind (two fires in two towns) share words but not
   names, so names carry a large weight. A date gap beyond ``window_days``
   between the article and the story lowers the score.
4. Decision in two stages: join the best story when its centroid score passes
   ``threshold``; otherwise join the story whose most similar recent member
   passes ``member_threshold`` (a report on a new angle of a story resembles
   one earlier report more than the average); otherwise start a story.
"""

from __future__ import annotations

import hashlib
import heapq
import math
from collections import deque
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from newsprism.link.cluster_state import (
    LazyCounts,
    LazyIds,
    LazyPostings,
    LazySeen,
    MemberRow,
    StateChanges,
    StateError,
    StateHeader,
    StateSource,
    StoryRow,
    StoryTable,
)
from newsprism.link.features import Features, extract
from newsprism.link.vectors import Vector, add_into, blend, dot, floats, normalised, shared
from newsprism.model import Article, Membership, Story

__all__ = [
    "DEFAULT_THRESHOLD",
    "STATE_VERSION",
    "ClusterSettings",
    "StoryClusterer",
    "cluster_articles",
    "story_id",
]

DEFAULT_THRESHOLD = 0.2

#: Version of :meth:`StoryClusterer.to_state`; a state of another version is refused.
STATE_VERSION = 1


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    """Every knob of the clusterer in one validated, frozen record.

    Defaults were chosen on ECB+ topics 1-11 and checked on 12-22 (see
    ``benchmarks/cluster_ecbplus.py``); the blocking sizes bound the cost per
    article (see ``benchmarks/cluster_stream.py``).
    """

    threshold: float = DEFAULT_THRESHOLD
    member_threshold: float = 0.4
    name_weight: float = 0.5
    title_weight: float = 2.0
    lead_weight: float = 0.0
    window_days: int = 30
    stale_factor: float = 0.5
    query_features: int = 24
    posting_size: int = 64
    candidates: int = 8
    recent_members: int = 16

    def __post_init__(self) -> None:
        for name in ("threshold", "member_threshold", "name_weight", "stale_factor"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value}")
        for name in ("query_features", "posting_size", "candidates", "recent_members"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")


def story_id(first_article_id: str) -> str:
    """A story's id: derived from the article that founded it, so it never changes."""
    return "s" + hashlib.sha256(first_article_id.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class _Vectors:
    terms: Vector
    names: Vector


@dataclass(slots=True)
class _Story:
    id: str
    index: int
    article_ids: list[str]
    memberships: list[Membership]
    recent: deque[tuple[str, _Vectors]]
    terms: Vector = field(default_factory=dict)
    names: Vector = field(default_factory=dict)
    terms_sq: float = 0.0
    names_sq: float = 0.0
    day_min: int | None = None
    day_max: int | None = None
    years: set[int] = field(default_factory=set)


class StoryClusterer:
    """Incremental story clustering; see the module docstring for how it decides.

    >>> clusterer = StoryClusterer()
    >>> membership = clusterer.add(article)  # doctest: +SKIP
    >>> [s.id for s in clusterer.stories()]  # doctest: +SKIP
    """

    def __init__(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        *,
        settings: ClusterSettings | None = None,
        **overrides: float,
    ) -> None:
        base = settings or ClusterSettings()
        values = {f.name: getattr(base, f.name) for f in fields(base)}
        if settings is None or threshold != DEFAULT_THRESHOLD:
            values["threshold"] = threshold
        unknown = set(overrides) - set(values)
        if unknown:
            raise TypeError(f"unknown clustering settings: {sorted(unknown)}")
        values.update(overrides)
        self.settings = ClusterSettings(**values)
        self._docs = 0
        self._df: dict[str, int] = {}
        self._stories: StoryTable[_Story] = StoryTable()
        self._by_id: dict[str, _Story] = {}
        self._postings: dict[str, dict[int, None]] = {}
        self._seen: set[str] = set()
        # restored from saved rows (see from_source): where they are, and each loaded
        # story's member count at load, so changes() can tell what grew
        self._source: StateSource | None = None
        self._loaded_sizes: dict[int, int] = {}

    def add(self, article: Article) -> Membership:
        """Place ``article`` in a story (existing or new) and say why."""
        if article.id in self._seen:
            raise ValueError(f"article {article.id!r} was already clustered; ids must be unique")
        self._seen.add(article.id)
        s = self.settings
        feats = extract(article, s.title_weight, s.lead_weight)
        vec = self._weigh(feats)
        scored = [(self._score(vec, feats, st), st) for st in self._candidates(vec)]
        scored.sort(key=lambda pair: (-pair[0], pair[1].index))
        best_score, best = scored[0] if scored else (0.0, None)
        if best is not None and best_score >= s.threshold:
            match, _ = self._best_member(vec, best)
            reason = f"centroid similarity {best_score:.3f} >= threshold {s.threshold}"
            return self._join(best, article.id, vec, feats, best_score, match, reason)
        member_best: tuple[float, str, _Story] | None = None
        for _, story in scored[:3]:
            match, sim = self._best_member(vec, story)
            if match is not None and (member_best is None or sim > member_best[0]):
                member_best = (sim, match, story)
        if member_best is not None and member_best[0] >= s.member_threshold:
            sim, match, story = member_best
            centroid = next(score for score, st in scored if st is story)
            reason = (
                f"most similar member {match} at {sim:.3f} >= member threshold "
                f"{s.member_threshold} (centroid {centroid:.3f} < {s.threshold})"
            )
            return self._join(story, article.id, vec, feats, sim, match, reason)
        nearest = f"best {best.id} at {best_score:.3f}" if best is not None else "no candidate"
        reason = f"started a story: no story passed threshold {s.threshold} ({nearest})"
        return self._found(article.id, vec, feats, reason)

    def __len__(self) -> int:
        """The number of stories so far (cheap, unlike building :meth:`stories`)."""
        return len(self._stories)

    def stories(self) -> list[Story]:
        """Every story so far, in the order they were founded; members in arrival order."""
        return [
            Story(id=st.id, article_ids=tuple(st.article_ids), membership=tuple(st.memberships))
            for st in self._stories
        ]

    # -- saving and restoring --------------------------------------------------------------

    def to_state(self) -> dict[str, Any]:
        """Everything needed to continue the stream later, as JSON-serialisable data.

        Plain JSON, not pickle: a saved state may come from a file made
        elsewhere, and loading it must not run code. Dict orders are kept
        (JSON objects keep them), so sums over vectors add up in the same
        order and a restored clusterer decides exactly as the original.

        Raises :class:`ValueError` for a clusterer restored with
        :meth:`from_source`: it holds only what it has read; save its
        :meth:`changes` instead.
        """
        if self._source is not None:
            raise ValueError(
                "a clusterer restored from saved rows holds only what it read: "
                "save its changes() instead of to_state()"
            )
        return {
            "version": STATE_VERSION,
            "settings": asdict(self.settings),
            "docs": self._docs,
            "df": self._df,
            "seen": sorted(self._seen),
            "postings": {k: list(v) for k, v in self._postings.items()},
            "stories": [
                {
                    "id": st.id,
                    "article_ids": st.article_ids,
                    "memberships": [_membership_row(m) for m in st.memberships],
                    **_story_row(st),
                }
                for st in self._stories
            ],
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> StoryClusterer:
        """A clusterer continuing exactly where the one that made ``state`` stopped.

        Raises :class:`ValueError` when ``state`` is not a state of this version.
        """
        if not isinstance(state, dict) or state.get("version") != STATE_VERSION:
            version = state.get("version") if isinstance(state, dict) else None
            raise ValueError(f"not a clusterer state of version {STATE_VERSION}: {version!r}")
        try:
            clusterer = cls(settings=ClusterSettings(**state["settings"]))
            clusterer._docs = int(state["docs"])
            clusterer._df = {str(k): int(v) for k, v in state["df"].items()}
            clusterer._seen = {str(a) for a in state["seen"]}
            clusterer._postings = {
                str(k): {int(i): None for i in v} for k, v in state["postings"].items()
            }
            for index, raw in enumerate(state["stories"]):
                story = clusterer._story_from_row(index, raw, raw["memberships"])
                if story.article_ids != [str(a) for a in raw["article_ids"]]:
                    raise ValueError("article_ids differ from the memberships")
                clusterer._stories.append(story)
                clusterer._by_id[story.id] = story
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"damaged clusterer state: {exc!r}") from exc
        n_stories = len(clusterer._stories)
        if any(i >= n_stories or i < 0 for p in clusterer._postings.values() for i in p):
            raise ValueError("damaged clusterer state: a posting names no story")
        return clusterer

    @classmethod
    def from_source(cls, source: StateSource) -> StoryClusterer:
        """A clusterer continuing a saved one whose state it reads from ``source`` on demand.

        It decides exactly as :meth:`from_state` on the same state would, but
        reads only the document frequencies, posting lists and stories its
        articles need. Save what it changed with :meth:`changes`. Raises
        :class:`StateError` (a :class:`ValueError`) when the header is not of
        this version; a damaged row raises it when first read (from :meth:`add`).
        """
        header = source.header()
        if header.version != STATE_VERSION:
            raise StateError(f"not a clusterer state of version {STATE_VERSION}: {header.version}")
        try:
            clusterer = cls(settings=ClusterSettings(**header.settings))
        except (TypeError, ValueError) as exc:
            raise StateError(f"damaged clusterer settings: {exc!r}") from exc
        n_stories = header.n_stories
        if header.docs < 0 or n_stories < 0:
            raise StateError(f"damaged clusterer state: negative counts in {header}")

        def posting(key: str) -> list[int] | None:
            value = source.posting(key)
            if value is not None and any(not 0 <= i < n_stories for i in value):
                raise StateError(f"damaged clusterer state: a posting of {key!r} names no story")
            return value

        def load(index: int) -> _Story:
            row, memberships = source.story(index)
            try:
                story = clusterer._story_from_row(index, row, memberships)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise StateError(f"damaged clusterer story {index}: {exc!r}") from exc
            clusterer._loaded_sizes[index] = len(story.article_ids)
            dict.__setitem__(clusterer._by_id, story.id, story)
            return story

        clusterer._source = source
        clusterer._docs = header.docs
        clusterer._df = LazyCounts(source.doc_frequency)
        clusterer._postings = LazyPostings(posting)
        clusterer._seen = LazySeen(source.has_article)
        clusterer._by_id = LazyIds(lambda sid: source.story_index(sid) is not None)
        clusterer._stories = StoryTable(load, n_stories)
        return clusterer

    def changes(self) -> StateChanges:
        """What to save so the saved clusterer equals this one (see :class:`StateChanges`).

        A clusterer made in memory (or by :meth:`from_state`) gives its whole
        state; one made by :meth:`from_source` what it read or changed since.
        """
        stored = self._stories.stored if self._source is not None else 0
        stories: list[StoryRow] = []
        members: list[MemberRow] = []
        for index, st in self._stories.in_memory():
            before = self._loaded_sizes.get(index, 0) if index < stored else 0
            if len(st.article_ids) == before:
                continue
            stories.append(
                StoryRow(index, st.id, len(st.article_ids), st.article_ids[-1], _story_row(st))
            )
            members.extend(
                MemberRow(m.article_id, index, position, _membership_row(m))
                for position, m in enumerate(st.memberships[before:], start=before)
            )
        return StateChanges(
            header=StateHeader(
                version=STATE_VERSION,
                settings=asdict(self.settings),
                docs=self._docs,
                n_stories=len(self._stories),
            ),
            complete=self._source is None,
            df=dict(self._df),
            postings={k: list(v) for k, v in self._postings.items()},
            stories=tuple(stories),
            members=tuple(members),
        )

    def touched(self) -> list[Story]:
        """The stories that gained members since this clusterer was restored, by founding.

        For a clusterer made in memory or by :meth:`from_state`: every story.
        """
        stored = self._stories.stored if self._source is not None else 0
        return [
            Story(id=st.id, article_ids=tuple(st.article_ids), membership=tuple(st.memberships))
            for index, st in self._stories.in_memory()
            if len(st.article_ids) > (self._loaded_sizes.get(index, 0) if index < stored else 0)
        ]

    def story(self, story_id: str) -> Story | None:
        """One story by id (read from the source when restored by :meth:`from_source`)."""
        found = dict.get(self._by_id, story_id)
        if found is None and self._source is not None:
            index = self._source.story_index(story_id)
            found = None if index is None else self._stories[index]
        if found is None:
            return None
        return Story(
            id=found.id, article_ids=tuple(found.article_ids), membership=tuple(found.memberships)
        )

    def _story_from_row(
        self, index: int, raw: dict[str, Any], memberships: list[list[Any]]
    ) -> _Story:
        """A story from its saved row (``to_state`` story entry) and its membership rows."""
        members = [
            Membership(
                article_id=str(aid),
                score=float(score),
                matched_article_id=None if match is None else str(match),
                shared_terms=tuple(str(t) for t in terms),
                shared_entities=tuple(str(e) for e in names),
                reason=str(reason),
            )
            for aid, score, match, terms, names, reason in memberships
        ]
        return _Story(
            id=str(raw["id"]),
            index=index,
            article_ids=[m.article_id for m in members],
            memberships=members,
            recent=deque(
                (
                    (str(aid), _Vectors(floats(terms), floats(names)))
                    for aid, terms, names in raw["recent"]
                ),
                maxlen=self.settings.recent_members,
            ),
            terms=floats(raw["terms"]),
            names=floats(raw["names"]),
            terms_sq=float(raw["terms_sq"]),
            names_sq=float(raw["names_sq"]),
            day_min=None if raw["day_min"] is None else int(raw["day_min"]),
            day_max=None if raw["day_max"] is None else int(raw["day_max"]),
            years={int(y) for y in raw["years"]},
        )

    # -- weighting and scoring -------------------------------------------------------------

    def _weigh(self, feats: Features) -> _Vectors:
        """Update document frequencies with this article, then TF-IDF and L2-normalise."""
        self._docs += 1
        df = self._df
        for key in (*feats.terms, *feats.names):
            df[key] = df.get(key, 0) + 1
        n = self._docs + 1
        return _Vectors(
            normalised({k: v * (math.log(n / (df[k] + 1)) + 1.0) for k, v in feats.terms.items()}),
            normalised({k: v * (math.log(n / (df[k] + 1)) + 1.0) for k, v in feats.names.items()}),
        )

    def _candidates(self, vec: _Vectors) -> list[_Story]:
        """Stories sharing the most weight over the article's strongest features."""
        s = self.settings
        strongest = heapq.nlargest(
            s.query_features,
            [*vec.names.items(), *vec.terms.items()],
            key=lambda kv: (kv[1], kv[0]),
        )
        weight: dict[int, float] = {}
        for key, w in strongest:
            for index in self._postings.get(key, ()):
                weight[index] = weight.get(index, 0.0) + w
        top = heapq.nlargest(s.candidates, weight.items(), key=lambda kv: (kv[1], -kv[0]))
        return [self._stories[index] for index, _ in top]

    def _score(self, vec: _Vectors, feats: Features, story: _Story) -> float:
        terms = dot(vec.terms, story.terms) / math.sqrt(story.terms_sq or 1.0)
        score = blend(self.settings.name_weight, terms, vec.names, story.names, story.names_sq)
        day = feats.day
        if day is not None and story.day_min is not None and story.day_max is not None:
            gap = max(day - story.day_max, story.day_min - day, 0)
            if gap > self.settings.window_days:
                score *= self.settings.stale_factor
        elif (
            feats.year is not None
            and story.years
            and min(abs(feats.year - y) for y in story.years) > 1
        ):
            score *= self.settings.stale_factor
        return score

    def _best_member(self, vec: _Vectors, story: _Story) -> tuple[str | None, float]:
        """The most similar of the story's recent members, by the same blend."""
        best: tuple[str | None, float] = (None, -1.0)
        for article_id, other in story.recent:
            terms = dot(vec.terms, other.terms)
            sim = blend(self.settings.name_weight, terms, vec.names, other.names, 1.0)
            if sim > best[1]:
                best = (article_id, sim)
        return best

    # -- updating stories ------------------------------------------------------------------

    def _found(self, article_id: str, vec: _Vectors, feats: Features, reason: str) -> Membership:
        sid = story_id(article_id)
        while sid in self._by_id:  # a hash collision: keep ids unique, still deterministic
            sid = story_id(sid + article_id)
        story = _Story(sid, len(self._stories), [], [], deque(maxlen=self.settings.recent_members))
        self._stories.append(story)
        self._by_id[sid] = story
        return self._join(story, article_id, vec, feats, 1.0, None, reason)

    def _join(
        self,
        story: _Story,
        article_id: str,
        vec: _Vectors,
        feats: Features,
        score: float,
        match: str | None,
        reason: str,
    ) -> Membership:
        shared_terms = shared(vec.terms, story.terms)
        shared_names = [k.lstrip("@") for k in shared(vec.names, story.names)]
        story.terms_sq += add_into(story.terms, vec.terms)
        story.names_sq += add_into(story.names, vec.names)
        story.recent.append((article_id, vec))
        story.article_ids.append(article_id)
        day = feats.day
        if feats.year is not None:
            story.years.add(feats.year)
        if day is not None:
            story.day_min = day if story.day_min is None else min(story.day_min, day)
            story.day_max = day if story.day_max is None else max(story.day_max, day)
        self._index(story.index, vec)
        membership = Membership(
            article_id=article_id,
            score=round(score, 4),
            matched_article_id=match,
            shared_terms=tuple(shared_terms),
            shared_entities=tuple(shared_names),
            reason=reason,
        )
        story.memberships.append(membership)
        return membership

    def _index(self, index: int, vec: _Vectors) -> None:
        """Post the story under the article's strongest features, most recent last."""
        s = self.settings
        strongest = heapq.nlargest(
            s.query_features,
            [*vec.names.items(), *vec.terms.items()],
            key=lambda kv: (kv[1], kv[0]),
        )
        for key, _ in strongest:
            posting = self._postings.setdefault(key, {})
            posting.pop(index, None)
            posting[index] = None
            if len(posting) > s.posting_size:
                del posting[next(iter(posting))]


def _membership_row(m: Membership) -> list[Any]:
    return [
        m.article_id,
        m.score,
        m.matched_article_id,
        list(m.shared_terms),
        list(m.shared_entities),
        m.reason,
    ]


def _story_row(st: _Story) -> dict[str, Any]:
    """A story's saved state without its members (those are saved one row each)."""
    return {
        "id": st.id,
        "recent": [[aid, v.terms, v.names] for aid, v in st.recent],
        "terms": st.terms,
        "names": st.names,
        "terms_sq": st.terms_sq,
        "names_sq": st.names_sq,
        "day_min": st.day_min,
        "day_max": st.day_max,
        "years": sorted(st.years),
    }


def cluster_articles(
    articles: Sequence[Article],
    threshold: float = DEFAULT_THRESHOLD,
    *,
    settings: ClusterSettings | None = None,
    **overrides: float,
) -> list[Story]:
    """Cluster a batch in the given order; every article ends in exactly one story.

    Equal to adding the articles one by one to a :class:`StoryClusterer`, so
    a batch and a stream of the same articles give the same stories and ids.
    """
    clusterer = StoryClusterer(threshold, settings=settings, **overrides)
    for article in articles:
        clusterer.add(article)
    return clusterer.stories()
