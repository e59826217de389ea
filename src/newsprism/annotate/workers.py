"""Parse and read a story's articles, in worker processes when asked.

spaCy's own ``n_process`` runs only the parse in its workers: every Doc then
crosses back to the caller as bytes, and the rest of the stage (mentions,
quotes, times) runs there, in one process. Here each worker parses its share
of the articles *and* reads it (:func:`~newsprism.annotate.findings.read_article`),
so only the small findings cross back and all per-article work runs in
parallel. Workers are forked from the caller and share its loaded pipeline
without pickling it, and each keeps to one BLAS thread; where ``fork`` is not
available the parse alone runs in spaCy's workers, as before.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence

from spacy.language import Language
from threadpoolctl import threadpool_limits

from newsprism.annotate.findings import ArticleFindings, QuoteExtractor, read_article
from newsprism.annotate.nlp import parse
from newsprism.annotate.times import StoryClock
from newsprism.model import Article

_CHUNKS_PER_PROCESS = 4  # small enough shares that a long article does not leave a worker idle

_Job = list[tuple[int, Article, StoryClock]]
_state: tuple[Language, QuoteExtractor] | None = None  # set in the caller, inherited by fork


def read_articles(
    nlp: Language,
    articles: Sequence[Article],
    clocks: dict[str, StoryClock],
    extractor: QuoteExtractor,
    *,
    n_process: int = 1,
) -> list[ArticleFindings]:
    """The findings of every article, in the order given, from ``n_process`` processes."""
    jobs = _jobs(articles, clocks, n_process * _CHUNKS_PER_PROCESS)
    if n_process <= 1 or len(jobs) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        docs = parse(nlp, [a.text for a in articles], n_process=n_process)
        return [
            read_article(a, doc, order, clocks[a.id], extractor)
            for order, (a, doc) in enumerate(zip(articles, docs, strict=True))
        ]
    global _state
    _state = (nlp, extractor)
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(min(n_process, len(jobs)), initializer=_one_thread) as pool:
            parts = pool.map(_read_job, jobs, chunksize=1)
    finally:
        _state = None
    return [found for part in parts for found in part]


def _jobs(articles: Sequence[Article], clocks: dict[str, StoryClock], count: int) -> list[_Job]:
    """Runs of consecutive articles with about the same number of characters each."""
    total = sum(len(a.text) for a in articles) or 1
    share = total / max(1, min(count, len(articles)))
    jobs: list[_Job] = []
    current: _Job = []
    size = 0
    for order, article in enumerate(articles):
        current.append((order, article, clocks[article.id]))
        size += len(article.text)
        if size >= share:
            jobs.append(current)
            current, size = [], 0
    if current:
        jobs.append(current)
    return jobs


def _one_thread() -> None:
    """In a worker: one BLAS thread. The parse's matrix products use every core in one
    process; with a worker per core, more threads only fight over them (on 2 cores, 2
    workers read 9,100 words/s with the default threads and 12,600 with one each)."""
    threadpool_limits(limits=1)


def _read_job(job: _Job) -> list[ArticleFindings]:
    """In a worker: parse one run of articles and read each."""
    if _state is None:  # pragma: no cover - only reachable if a worker was not forked
        raise RuntimeError("annotate worker started without a pipeline")
    nlp, extractor = _state
    docs = parse(nlp, [article.text for _, article, _ in job])
    return [
        read_article(article, doc, order, clock, extractor)
        for (order, article, clock), doc in zip(job, docs, strict=True)
    ]
