"""Fixtures of the web UI tests: the ferry example plus one hostile report, in memory or stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprism.model import (
    Analysis,
    Article,
    Difference,
    Entity,
    Erratum,
    Mention,
    Quote,
    SourceSpan,
    Story,
    Variant,
)
from newsprism.serve import InMemoryRepository, Repository

from ..compare.conftest import ferry_analysis  # noqa: F401  (the session fixture, shared)

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=2">'
HOSTILE_ID = "hostile-1"
HOSTILE_STORY = "s-hostile"


def hostile_article() -> Article:
    """A fictional report whose title, outlet and body carry markup that must never run."""
    body = (
        f"Harbour officials said {SCRIPT} nothing. "
        f"“We saw {IMG} on the quay,” said Mira Tal, a ferry pilot.\n\n"
        "The the crossing reopened on Tuesday."
    )
    return Article(
        id=HOSTILE_ID,
        source="tests/hostile.txt",
        text=body,
        raw_text=body,
        outlet=f"Hostile {SCRIPT} Gazette {IMG}",
        title=f"Ferry news {SCRIPT} {IMG}",
        published="2026-06-17T09:00:00Z",
        byline=IMG,
        url="javascript:window.__pwned=3",
    )


def hostile_story(article: Article) -> Story:
    """Findings whose spans cut through the markup, so highlighting must escape every piece."""
    text = article.text
    q_start = text.index("We saw")
    q_end = text.index(" on the quay,") + len(" on the quay")
    name = text.index("Mira Tal")
    script = text.index(SCRIPT)
    doubled = text.index("The the")
    quote = Quote(
        id="q-hostile",
        article_id=article.id,
        text=text[q_start:q_end],
        start=q_start,
        end=q_end,
        kind="direct",
        speaker="Mira Tal",
        speaker_start=name,
        speaker_end=name + len("Mira Tal"),
        cue="said",
    )
    entity = Entity(
        id="e-tal",
        name="Mira Tal",
        type="person",
        mentions=(Mention(article.id, name, name + 8, "Mira Tal", "PERSON"),),
    )
    span = SourceSpan(article.id, script + 3, script + 20)
    difference = Difference(
        id="d-hostile",
        kind="detail",
        description=f"Says {SCRIPT} where others say nothing",
        variants=(Variant(text=SCRIPT, article_ids=(article.id,), spans=(span,)),),
        confidence=0.9,
    )
    erratum = Erratum(article.id, "doubled_word", "The the", doubled, doubled + 7, "The")
    return Story(
        id=HOSTILE_STORY,
        article_ids=(article.id,),
        entities=(entity,),
        quotes=(quote,),
        differences=(difference,),
        errata=(erratum,),
    )


@pytest.fixture(scope="session")
def site_analysis(ferry_analysis: Analysis) -> Analysis:  # noqa: F811
    """The ferry story plus a one-report hostile story."""
    article = hostile_article()
    return Analysis(
        articles=(*ferry_analysis.articles, article),
        rejected=(),
        stories=(*ferry_analysis.stories, hostile_story(article)),
    )


@pytest.fixture(params=["memory", "store"])
def repository(
    request: pytest.FixtureRequest, site_analysis: Analysis, tmp_path: Path
) -> Iterator[Repository]:
    """The same data behind both repositories: tests hold for the stand-in and the real store."""
    if request.param == "memory":
        yield InMemoryRepository(site_analysis)
        return
    from newsprism.store import Store

    with Store(tmp_path / "serve.db") as store:
        store.add_articles(site_analysis.articles)
        store.put_stories(site_analysis.stories)
        yield store
