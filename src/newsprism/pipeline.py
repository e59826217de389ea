"""The whole run as one pure function: names in, :class:`~newsprism.model.Analysis` out."""

from __future__ import annotations

import dataclasses
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
    """Ingest and clean every input, group the articles into stories, annotate each story.

    Every input is accounted for: it is an article or a rejection.
    """
    opts = options or Options()
    raws: list[RawDocument] = []
    rejected: list[Rejection] = []
    for item in ingest(names, opts, stdin):
        (rejected if isinstance(item, Rejection) else raws).append(item)  # type: ignore[arg-type]
    tick = progress(len(raws)) if progress is not None else None
    articles, no_text = clean_documents(raws, opts, tick)
    rejected.extend(no_text)
    stories = build_stories(articles, opts)
    return Analysis(
        articles=tuple(articles),
        rejected=tuple(rejected),
        stories=tuple(stories),
        inputs=len(raws) + len(rejected) - len(no_text),
        generator={"name": "newsprism", "version": __version__},
    )


def build_stories(articles: Sequence[Article], options: Options) -> list[Story]:
    """Stories from cleaned articles: clustered and linked, then annotated."""
    if not articles:
        return []
    if options.link:
        from newsprism.link import near_duplicate_groups, provenance
        from newsprism.link.cluster import cluster_articles

        by_id = {a.id: a for a in articles}
        grouped = cluster_articles(articles) if options.cluster else [_one_story(articles)]
        stories = []
        for story in grouped:
            members = [by_id[i] for i in story.article_ids]
            stories.append(
                dataclasses.replace(
                    story,
                    duplicate_groups=tuple(near_duplicate_groups(members)),
                    provenance=tuple(provenance(members)),
                )
            )
    else:
        stories = [_one_story(articles)]
    if options.annotate:
        from newsprism.annotate import annotate_story, load_pipeline
        from newsprism.compare import compare_story

        nlp = load_pipeline(options.spacy_model)
        stories = [
            compare_story(
                annotate_story(story, articles, nlp, n_process=options.processes), articles, nlp
            )
            for story in stories
        ]
    return stories


def _one_story(articles: Sequence[Article]) -> Story:
    ids = tuple(a.id for a in articles)
    digest = hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()
    return Story(id="s" + digest[:16], article_ids=ids)
