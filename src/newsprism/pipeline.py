"""The whole run as one pure function: names in, :class:`~newsprism.model.Analysis` out."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import BinaryIO

from newsprism import __version__
from newsprism.clean.run import clean_documents
from newsprism.ingest import ingest
from newsprism.model import Analysis, Article, RawDocument, Rejection, Story
from newsprism.options import Options

ProgressFactory = Callable[[int], Callable[[int], None]]


def analyze(
    names: Sequence[str],
    options: Options | None = None,
    *,
    stdin: BinaryIO | None = None,
    progress: ProgressFactory | None = None,
) -> Analysis:
    """Ingest and clean every input and group the articles into stories.

    Every input is accounted for: it is an article or a rejection. Until the
    link stage clusters stories, all articles form one story.
    """
    opts = options or Options()
    raws: list[RawDocument] = []
    rejected: list[Rejection] = []
    for item in ingest(names, opts, stdin):
        (rejected if isinstance(item, Rejection) else raws).append(item)  # type: ignore[arg-type]
    tick = progress(len(raws)) if progress is not None else None
    articles, no_text = clean_documents(raws, opts, tick)
    rejected.extend(no_text)
    return Analysis(
        articles=tuple(articles),
        rejected=tuple(rejected),
        stories=_one_story(articles),
        inputs=len(raws) + len(rejected) - len(no_text),
        generator={"name": "newsprism", "version": __version__},
    )


def _one_story(articles: Sequence[Article]) -> tuple[Story, ...]:
    if not articles:
        return ()
    ids = tuple(a.id for a in articles)
    digest = hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()
    return (Story(id="s" + digest[:16], article_ids=ids),)
