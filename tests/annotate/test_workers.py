"""Annotating a story in worker processes gives exactly what one process gives."""

from __future__ import annotations

from typing import Any

from newsprism.annotate import annotate_story
from newsprism.annotate.times import story_clock
from newsprism.annotate.workers import _jobs
from newsprism.model import Article, Story

TEXTS = (
    "Veldhaven's harbour master, Ilse Brandvold, said on Monday that the ferry "
    "Northern Star had been inspected in March. “We will know more by Friday,” she said.",
    "Pavel Orekhov, the ferry's captain, told reporters the engine failed twice. "
    "“It was not the first time,” Orekhov said. The operator, Fjordline Transit, said "
    "in a statement that it “regrets the delay”.",
    "“Nobody was hurt,” said Anna Varga, a spokeswoman for the coastguard. "
    "She added that divers would return on Wednesday.",
    "Brandvold said the harbour would reopen on Tuesday. “The passengers were calm,” "
    "Capt. Orekhov said. “I am proud of my crew.”",
    "Tomas Lind, a passenger, said he waited four hours. “They gave us blankets and "
    "coffee,” he said last night.",
)


def _story() -> tuple[Story, list[Article]]:
    articles = [
        Article(
            id=f"a{i}",
            source=f"a{i}.txt",
            text=t,
            raw_text=t,
            outlet=f"outlet{i % 3}",
            published="2025-03-04T08:00:00Z" if i != 2 else None,
        )
        for i, t in enumerate(TEXTS)
    ]
    return Story(id="s1", article_ids=tuple(a.id for a in articles)), articles


def test_two_processes_give_the_same_story_as_one(nlp: Any) -> None:
    story, articles = _story()
    one = annotate_story(story, articles, nlp, n_process=1)
    two = annotate_story(story, articles, nlp, n_process=2)
    assert one.quotes and one.entities and one.times
    assert two == one


def test_jobs_keep_article_order_and_balance_sizes() -> None:
    _, articles = _story()
    jobs = _jobs(articles, story_clock(articles), 2)
    assert [order for job in jobs for order, _, _ in job] == list(range(len(articles)))
    assert len(jobs) == 2
    one_job = _jobs(articles, story_clock(articles), 1)
    assert len(one_job) == 1
    assert len(_jobs(articles[:1], story_clock(articles[:1]), 8)) == 1
