"""Online story clustering: hand-written fictional reports, the bundled example, seeds, ECB+.

The fixtures are fictional (towns, people, figures made up). Two fires of the
same kind in two towns on different dates must be two stories; differently
worded reports of one fire must be one.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from newsprism.clean.run import clean_documents
from newsprism.ingest import ingest
from newsprism.link.cluster import STATE_VERSION, StoryClusterer, cluster_articles, story_id
from newsprism.model import Article, RawDocument, Story
from newsprism.options import Options
from newsprism.pipeline import analyze

from ..conftest import EXAMPLES, require_shared

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _article(aid: str, title: str, text: str, published: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, raw_text=text, title=title,
                   published=published)  # fmt: skip


FIRE_A = [
    _article(
        "brk-1",
        "Warehouse fire in Brackenford injures three firefighters",
        "BRACKENFORD — A fire tore through a timber warehouse on Tolland Street in "
        "Brackenford late on Monday, injuring three firefighters, Fire Chief Ilse Marrow "
        "said. Crews from Brackenford and Oslin fought the blaze for six hours. Marrow said "
        "the warehouse, owned by Halden Timber, was a total loss. The cause is not yet known.",
        "2026-03-02",
    ),
    _article(
        "brk-2",
        "Halden Timber warehouse destroyed by overnight blaze",
        "Three firefighters were hurt as flames destroyed the Halden Timber warehouse on "
        "Tolland Street, Brackenford, on Monday night. Chief Ilse Marrow told reporters the "
        "roof collapsed shortly after midnight. Neighbours on Tolland Street were evacuated "
        "while smoke covered the town.",
        "2026-03-03",
    ),
    _article(
        "brk-3",
        "Brackenford blaze: investigators examine Tolland Street ruins",
        "Fire investigators on Tuesday began sifting through the ruins of the Halden Timber "
        "store in Brackenford, where a fire on Monday left three firefighters injured. "
        "Ilse Marrow, the town's fire chief, said arson had not been ruled out.",
        "2026-03-03",
    ),
]

FIRE_B = [
    _article(
        "wex-1",
        "School gutted by fire in Wexmoor",
        "WEXMOOR — Fire gutted the Saint Aldric primary school in Wexmoor on Thursday "
        "morning. All 240 pupils were led out safely, head teacher Dario Pell said. "
        "Firefighters from Wexmoor and Carrow Bridge fought the blaze for three hours.",
        "2026-05-21",
    ),
    _article(
        "wex-2",
        "Pupils evacuated as flames engulf Wexmoor primary",
        "Flames engulfed Saint Aldric school in Wexmoor on Thursday, but its 240 pupils "
        "escaped unharmed, according to head teacher Dario Pell. Smoke could be seen from "
        "Carrow Bridge. The fire service said the roof of the school collapsed.",
        "2026-05-21",
    ),
    _article(
        "wex-3",
        "Wexmoor school fire: classes move to the town hall",
        "Lessons for the 240 pupils of Saint Aldric primary will move to Wexmoor town hall "
        "after Thursday's fire destroyed the school, Dario Pell said on Friday. Firefighters "
        "said the blaze probably started in the kitchen.",
        "2026-05-22",
    ),
]

# Interleaved, as a stream would deliver them if both fires ran at once.
MIXED = [FIRE_A[0], FIRE_B[0], FIRE_A[1], FIRE_B[1], FIRE_A[2], FIRE_B[2]]

ELECTION = [
    _article(
        "elx-1",
        "Greta Vollan elected mayor of Dunmere",
        "Greta Vollan won the Dunmere mayoral election on Sunday with 54 percent of the "
        "vote, beating the sitting mayor Piet Arnholt. Turnout was 61 percent, the Dunmere "
        "electoral office said. Vollan promised cheaper bus fares and a new library.",
        "2026-06-14",
    ),
    _article(
        "elx-2",
        "Vollan ousts Arnholt in Dunmere vote",
        "Dunmere voters ended Piet Arnholt's twelve years as mayor, electing Greta Vollan "
        "with 54 percent. Arnholt conceded on Sunday night and congratulated Vollan, whose "
        "campaign centred on bus fares and the library.",
        "2026-06-15",
    ),
]


def _groups(stories: list[Story]) -> list[set[str]]:
    return sorted((set(s.article_ids) for s in stories), key=sorted)


def test_two_fires_of_the_same_kind_are_two_stories() -> None:
    stories = cluster_articles(MIXED)
    assert _groups(stories) == [{"brk-1", "brk-2", "brk-3"}, {"wex-1", "wex-2", "wex-3"}]


def test_reports_of_one_event_in_different_words_are_one_story() -> None:
    stories = cluster_articles(FIRE_B)
    assert len(stories) == 1


def test_every_article_in_exactly_one_story() -> None:
    articles = MIXED + ELECTION
    ids = [i for s in cluster_articles(articles) for i in s.article_ids]
    assert sorted(ids) == sorted(a.id for a in articles)


def test_deterministic() -> None:
    assert cluster_articles(MIXED + ELECTION) == cluster_articles(MIXED + ELECTION)


def test_story_id_comes_from_the_founding_article() -> None:
    for story in cluster_articles(MIXED):
        assert story.id == story_id(story.article_ids[0])


def test_ids_stable_when_more_articles_arrive_later() -> None:
    clusterer = StoryClusterer()
    for article in MIXED[:3]:
        clusterer.add(article)
    early = {s.id: s.article_ids for s in clusterer.stories()}
    for article in MIXED[3:] + ELECTION:
        clusterer.add(article)
    late = {s.id: s.article_ids for s in clusterer.stories()}
    for sid, members in early.items():
        assert late[sid][: len(members)] == members
    assert clusterer.stories() == cluster_articles(MIXED + ELECTION)


def test_membership_explains_each_decision() -> None:
    for story in cluster_articles(MIXED):
        founder, *joined = story.membership
        assert [m.article_id for m in story.membership] == list(story.article_ids)
        assert founder.score == 1.0 and founder.matched_article_id is None
        assert "started a story" in founder.reason
        for membership in joined:
            assert membership.matched_article_id in story.article_ids
            assert membership.shared_terms and membership.shared_entities
            assert "threshold" in membership.reason and 0 < membership.score <= 1


def test_shared_names_name_the_event() -> None:
    (story,) = cluster_articles(FIRE_A)
    names = {n for m in story.membership for n in m.shared_entities}
    assert "brackenford" in names
    assert names & {"marrow", "ilse marrow", "tolland", "halden"}


def test_same_article_twice_is_refused() -> None:
    clusterer = StoryClusterer()
    clusterer.add(FIRE_A[0])
    with pytest.raises(ValueError, match="already clustered"):
        clusterer.add(FIRE_A[0])


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="threshold"):
        StoryClusterer(threshold=1.5)
    with pytest.raises(TypeError, match="unknown"):
        StoryClusterer(thresold=0.3)


def _ferry() -> list[Article]:
    return list(analyze([str(EXAMPLES / "ferry")], Options(annotate=False)).articles)


def test_ferry_example_is_one_story() -> None:
    articles = _ferry()
    assert len(articles) == 7
    assert len(cluster_articles(articles)) == 1


def test_ferry_with_an_unrelated_story_gives_two() -> None:
    articles = _ferry()
    mixed = articles[:3] + ELECTION[:1] + articles[3:] + ELECTION[1:]
    assert _groups(cluster_articles(mixed)) == [
        {a.id for a in articles},
        {"elx-1", "elx-2"},
    ]


def _resumed(first: list[Article], second: list[Article], **overrides: float) -> list[Story]:
    """Cluster ``first``, save the state through JSON text, restore it, add ``second``."""
    clusterer = StoryClusterer(**overrides)
    for article in first:
        clusterer.add(article)
    restored = StoryClusterer.from_state(json.loads(json.dumps(clusterer.to_state())))
    assert restored.settings == clusterer.settings and len(restored) == len(clusterer)
    assert restored.stories() == clusterer.stories()
    for article in second:
        restored.add(article)
    return restored.stories()


@pytest.mark.parametrize("split", [0, 1, 3, 5, 8])
def test_state_round_trip_continues_exactly(split: int) -> None:
    articles = MIXED + ELECTION
    expected = cluster_articles(articles)
    resumed = _resumed(articles[:split], articles[split:])
    assert resumed == expected  # ids, members and every membership's evidence
    assert [s.membership for s in resumed] == [s.membership for s in expected]


def test_state_round_trip_on_the_ferry_example_split_4_3() -> None:
    articles = _ferry()
    mixed = articles[:4] + ELECTION + articles[4:]
    assert _resumed(articles[:4], articles[4:]) == cluster_articles(articles)
    assert _resumed(mixed[:5], mixed[5:]) == cluster_articles(mixed)


def test_state_keeps_settings_and_version() -> None:
    clusterer = StoryClusterer(threshold=0.35, recent_members=2)
    for article in MIXED:
        clusterer.add(article)
    state = json.loads(json.dumps(clusterer.to_state()))
    assert state["version"] == STATE_VERSION and state["settings"]["threshold"] == 0.35
    restored = StoryClusterer.from_state(state)
    assert restored.settings == clusterer.settings
    assert _resumed(MIXED, ELECTION, threshold=0.35, recent_members=2) == cluster_articles(
        MIXED + ELECTION, threshold=0.35, recent_members=2
    )
    with pytest.raises(ValueError, match="already clustered"):
        restored.add(MIXED[0])


def test_a_foreign_or_damaged_state_is_refused() -> None:
    clusterer = StoryClusterer()
    clusterer.add(FIRE_A[0])
    state = clusterer.to_state()
    with pytest.raises(ValueError, match="version"):
        StoryClusterer.from_state({**state, "version": STATE_VERSION + 1})
    with pytest.raises(ValueError, match="damaged"):
        StoryClusterer.from_state({**state, "stories": [{"id": "x"}]})
    with pytest.raises(ValueError, match="damaged"):
        StoryClusterer.from_state({**state, "postings": {"fire": [7]}})


@pytest.mark.shared
def test_seeds_are_one_story() -> None:
    seeds = SHARED / "corpora" / "seeds"
    if not seeds.exists():
        pytest.skip(f"{seeds} is absent (../shared is only beside a developer's or CI's checkout)")
    articles = analyze([str(seeds)], Options(annotate=False)).articles
    assert len(articles) == 5
    assert len(cluster_articles(articles)) == 1


@cache
def _ecbplus() -> tuple[list[Article], dict[str, str], dict[str, int]]:
    path = require_shared("eval", "ecbplus", "dev.jsonl")
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    opts = Options(annotate=False)
    raws = [r for r in ingest([str(path)], opts) if isinstance(r, RawDocument)]
    articles, _ = clean_documents(raws, opts)
    return (
        articles,
        {g["id"]: g["subtopic"] for g in gold},
        {g["id"]: int(g["topic"]) for g in gold},
    )


def _bcubed_f1(stories: list[Story], gold: dict[str, str]) -> float:
    members = [s.article_ids for s in stories]
    size: dict[str, int] = defaultdict(int)
    for cluster in members:
        for item in cluster:
            size[gold[item]] += 1
    precision = recall = 0.0
    for cluster in members:
        counts: dict[str, int] = defaultdict(int)
        for item in cluster:
            counts[gold[item]] += 1
        for item in cluster:
            precision += counts[gold[item]] / len(cluster)
            recall += counts[gold[item]] / size[gold[item]]
    n = sum(len(c) for c in members)
    p, r = precision / n, recall / n
    return 2 * p * r / (p + r)


@pytest.mark.slow
@pytest.mark.shared
def test_ecbplus_held_out_floor() -> None:
    """Default settings were tuned on topics 1-11; topics 12-22 are held out.

    Measured 0.957 (benchmarks/cluster_ecbplus.py). Floors must not be
    lowered silently: a drop below is a regression to explain in the commit.
    """
    articles, sub, topic = _ecbplus()
    held_out = [a for a in articles if topic[a.id] >= 12]
    start = time.perf_counter()
    stories = cluster_articles(held_out)
    assert time.perf_counter() - start < 60
    assert _bcubed_f1(stories, sub) >= 0.94
