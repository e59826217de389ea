"""The dossier cache: hits from memory, invalidation by ``updated_at``, one render per version.

Time is a fake clock the tests move, and concurrency is ordered with events,
so nothing here depends on how fast the machine is.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterator

import pytest

with warnings.catch_warnings():  # Starlette asks for httpx2 instead of httpx: not installed
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from newsprism.model import Analysis, Article, Story
from newsprism.serve import InMemoryRepository, create_app
from newsprism.serve.app import CSP
from newsprism.serve.views import Views

from .conftest import HOSTILE_STORY


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Counting(InMemoryRepository):
    """Counts dossier reads; while ``gate`` is set, a read waits for it to open."""

    def __init__(self, analysis: Analysis, updated_at: str) -> None:
        super().__init__(analysis, updated_at)
        self.reads = 0
        self.gate: threading.Event | None = None
        self.reading = threading.Event()
        self._count = threading.Lock()

    def story(self, story_id: str) -> Story | None:
        with self._count:
            self.reads += 1
        self.reading.set()
        if self.gate is not None:
            assert self.gate.wait(30)
        return super().story(story_id)


def grown(analysis: Analysis) -> tuple[Analysis, Article]:
    """The hostile story with one more report: what ``newsprism add`` would store."""
    story = analysis.stories[-1]
    ferry = analysis.articles[0]
    bigger = Story(id=story.id, article_ids=(*story.article_ids, ferry.id))
    return Analysis(analysis.articles, (), (*analysis.stories[:-1], bigger)), ferry


@pytest.fixture
def repo(site_analysis: Analysis) -> Counting:
    return Counting(site_analysis, updated_at="2026-06-17T10:00:00Z")


def test_hit_is_served_from_memory_until_the_story_changes(
    repo: Counting, site_analysis: Analysis
) -> None:
    clock = Clock()
    views = Views(repo, refresh=1.0, clock=clock)
    assert views.cached_story(HOSTILE_STORY) is None  # nothing read yet
    first = views.story(HOSTILE_STORY)
    assert "1 report" in first.body.decode()
    assert views.cached_story(HOSTILE_STORY) is first
    assert views.story(HOSTILE_STORY) is first
    assert repo.reads == 1

    analysis, ferry = grown(site_analysis)
    repo.replace(analysis, updated_at="2026-06-17T11:00:00Z")
    clock.now += 0.5  # within ``refresh``: the snapshot still holds the old stamp
    assert views.cached_story(HOSTILE_STORY) is first
    clock.now += 0.5  # snapshot stale: the cache no longer answers on its own
    assert views.cached_story(HOSTILE_STORY) is None
    after = views.story(HOSTILE_STORY)
    assert after.etag != first.etag
    assert "2 reports" in after.body.decode() and (ferry.title or "") in after.body.decode()
    assert views.cached_story(HOSTILE_STORY) is after
    assert repo.reads == 2


def test_json_twin_is_cached_apart(repo: Counting) -> None:
    views = Views(repo, refresh=60.0, clock=Clock())
    html = views.story(HOSTILE_STORY)
    data = views.story(HOSTILE_STORY, as_json=True)
    assert data.media_type == "application/json" and html.media_type.startswith("text/html")
    assert views.cached_story(HOSTILE_STORY, as_json=True) is data
    assert views.cached_story(HOSTILE_STORY) is html


def test_unknown_story_is_not_cached(repo: Counting) -> None:
    views = Views(repo, refresh=60.0, clock=Clock())
    assert views.story("nope").status == 404
    assert views.cached_story("nope") is None
    assert views.story("nope").status == 404


def test_concurrent_readers_of_a_new_version_render_it_once(repo: Counting) -> None:
    views = Views(repo, refresh=60.0, clock=Clock())
    repo.gate = threading.Event()
    pages = []
    threads = [
        threading.Thread(target=lambda: pages.append(views.story(HOSTILE_STORY))) for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    assert repo.reading.wait(30)
    repo.gate.set()
    for thread in threads:
        thread.join(30)
    assert len(pages) == 8 and all(p is pages[0] for p in pages)
    assert repo.reads == 1


def test_previous_version_is_served_while_the_new_one_renders(
    repo: Counting, site_analysis: Analysis
) -> None:
    clock = Clock()
    views = Views(repo, refresh=1.0, clock=clock)
    old = views.story(HOSTILE_STORY)
    repo.replace(grown(site_analysis)[0], updated_at="2026-06-17T11:00:00Z")
    clock.now += 2
    repo.gate = threading.Event()
    repo.reading.clear()
    rendered: list[bytes] = []
    renderer = threading.Thread(target=lambda: rendered.append(views.story(HOSTILE_STORY).body))
    renderer.start()
    try:
        assert repo.reading.wait(30)  # the renderer is reading the new version
        assert views.story(HOSTILE_STORY) is old  # others are not held up meanwhile
        assert views.cached_story(HOSTILE_STORY) is old
    finally:
        repo.gate.set()
        renderer.join(30)
    assert "2 reports" in rendered[0].decode()
    new = views.cached_story(HOSTILE_STORY)
    assert new is not None and new.body == rendered[0]
    assert repo.reads == 2


@pytest.fixture
def client(repo: Counting) -> Iterator[TestClient]:
    with TestClient(create_app(repo, refresh=60.0)) as test_client:
        yield test_client


@pytest.mark.parametrize("suffix", ["", ".json"])
@pytest.mark.parametrize("encoding", ["gzip, deflate", "identity"])
def test_cached_page_is_sent_as_the_rendered_one(
    client: TestClient, repo: Counting, suffix: str, encoding: str
) -> None:
    url = f"/story/{HOSTILE_STORY}{suffix}"
    first = client.get(url, headers={"accept-encoding": encoding})  # rendered, through routing
    second = client.get(url, headers={"accept-encoding": encoding})  # from the cache, before it
    assert repo.reads == 1
    assert second.status_code == first.status_code == 200
    assert second.content == first.content
    assert dict(second.headers) | {"date": ""} == dict(first.headers) | {"date": ""}
    assert second.headers["content-security-policy"] == CSP
    assert second.headers["cache-control"] == "no-cache"
    assert ("content-encoding" in second.headers) == encoding.startswith("gzip")
    if not suffix:
        assert "<script>window" not in second.text
    again = client.get(
        url, headers={"if-none-match": first.headers["etag"], "accept-encoding": encoding}
    )
    assert again.status_code == 304 and not again.content
    assert again.headers["content-security-policy"] == CSP
    assert again.headers["etag"] == first.headers["etag"]
    assert client.head(url).status_code == 200  # HEAD goes through the router


def test_article_pages_reuse_the_decoded_dossier(repo: Counting, site_analysis: Analysis) -> None:
    clock = Clock()
    views = Views(repo, refresh=1.0, clock=clock)
    story = site_analysis.stories[0]
    views.story(story.id)
    for aid in story.article_ids:
        assert views.article(aid, story=story.id).status == 200
        assert views.article(aid).status == 200  # found through the membership lists
    assert repo.reads == 1
    repo.replace(site_analysis, updated_at="2026-06-17T11:00:00Z")  # a new stamp: read again
    clock.now += 2
    assert views.article(story.article_ids[0], story=story.id).status == 200
    assert repo.reads == 2
