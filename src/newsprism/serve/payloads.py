"""The data of every page, as plain dicts: the JSON twins, and what the HTML templates show.

Each HTML page is rendered from the same dict its ``.json`` twin returns
(plus presentation-only helpers), so the two cannot drift apart. Story and
article dicts are the ones of ``docs/schema.md``, made by the model's own
:meth:`~newsprism.model.Analysis.to_dict` rather than a second serialiser.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any

from newsprism.model import Analysis, Article, Story
from newsprism.serve.highlight import Highlight, highlights
from newsprism.serve.repository import (
    Repository,
    SearchHitLike,
    StoryMembers,
    StorySummaryLike,
)

SEARCH_LIMIT = 100


def summary_dict(summary: StorySummaryLike) -> dict[str, Any]:
    """One row of ``/stories.json``."""
    return {
        "id": summary.id,
        "title": summary.title,
        "n_reports": summary.n_reports,
        "outlets": list(summary.outlets),
        "first_published": summary.first_published,
        "last_published": summary.last_published,
        "updated_at": summary.updated_at,
    }


def stories_payload(summaries: Sequence[StorySummaryLike]) -> dict[str, Any]:
    """``/stories.json``: newest first, as the repository orders them."""
    rows = [summary_dict(s) for s in summaries]
    return {"stories": rows, "outlets": len({o for s in summaries for o in s.outlets})}


def story_dict(story: Story) -> dict[str, Any]:
    """``/story/ID.json``: the story exactly as in ``newsprism.json``."""
    data: dict[str, Any] = Analysis(articles=(), rejected=(), stories=(story,)).to_dict()
    return dict(data["stories"][0])


def article_dict(article: Article) -> dict[str, Any]:
    """An article exactly as in ``newsprism.json``."""
    data: dict[str, Any] = Analysis(articles=(article,), rejected=(), stories=()).to_dict()
    return dict(data["articles"][0])


def find_story(
    repo: Repository,
    article_id: str,
    hint: str | None = None,
    load: Callable[[str], Story | None] | None = None,
) -> Story | None:
    """The story an article belongs to: the hinted one if it holds it, else look it up.

    Links from a dossier carry ``?story=ID`` so the usual path costs one read;
    a repository that implements :class:`StoryMembers` answers from its
    membership lists; otherwise every story is loaded until one holds it.
    ``load`` reads a story by id (default ``repo.story``; the web UI passes
    its cache of decoded dossiers).
    """
    load = load or repo.story
    if hint:
        story = load(hint)
        if story is not None and article_id in story.article_ids:
            return story
    if isinstance(repo, StoryMembers):
        members = repo.story_article_ids()
        sid = next((s for s, ids in members.items() if article_id in ids), None)
        return load(sid) if sid else None
    for summary in repo.stories():
        story = load(summary.id)
        if story is not None and article_id in story.article_ids:
            return story
    return None


def article_payload(
    article: Article, story: Story | None, mark: tuple[int, int] | None = None
) -> tuple[dict[str, Any], list[Highlight]]:
    """``/article/ID.json``: the article, its story's findings about it, and every highlight."""
    aid = article.id
    found = highlights(article, story, mark)
    quotes = [asdict(q) for q in story.quotes if q.article_id == aid] if story else []
    entities = []
    differences = []
    errata = []
    if story is not None:
        for e in story.entities:
            mentions = [asdict(m) for m in e.mentions if m.article_id == aid]
            if mentions:
                entities.append({"id": e.id, "name": e.name, "type": e.type, "mentions": mentions})
        for d in story.differences:
            if any(aid in v.article_ids for v in d.variants):
                differences.append(asdict(d))
        errata = [asdict(e) for e in story.errata if e.article_id == aid]
    payload = {
        "article": article_dict(article),
        "story_id": story.id if story else None,
        "quotes": quotes,
        "entities": entities,
        "differences": differences,
        "errata": errata,
        "highlights": [asdict(h) for h in found],
    }
    return payload, found


def hit_dict(hit: SearchHitLike) -> dict[str, Any]:
    """One search result."""
    return {
        "kind": hit.kind,
        "article_id": hit.article_id,
        "story_id": hit.story_id,
        "snippet": hit.snippet,
        "start": hit.start,
        "end": hit.end,
    }


def search_payload(repo: Repository, query: str, limit: int = SEARCH_LIMIT) -> dict[str, Any]:
    """``/search.json?q=``: hits over articles and quotes; an empty query finds nothing."""
    query = " ".join(query.split())
    hits = repo.search(query, limit) if query else []
    return {"query": query, "hits": [hit_dict(h) for h in hits]}
