"""Time expressions resolved against fixed publication times (fictional reports)."""

from __future__ import annotations

from typing import Any

from newsprism.annotate.nlp import parse
from newsprism.annotate.times import resolve_times, story_clock, time_id
from newsprism.model import Article, TimeExpression

MONDAY = "2025-03-03T09:10:00Z"  # Monday 3 March 2025


def article(text: str, published: str | None = MONDAY, aid: str = "a1") -> Article:
    return Article(id=aid, source=aid, text=text, raw_text=text, published=published)


def times(nlp: Any, *arts: Article) -> list[TimeExpression]:
    return list(resolve_times(arts, parse(nlp, [a.text for a in arts])))


def value_of(found: list[TimeExpression], text: str) -> TimeExpression:
    hits = [t for t in found if t.text == text]
    assert hits, f"{text!r} not among {[t.text for t in found]}"
    return hits[0]


def test_weekdays_last_week_months_and_years(nlp: Any) -> None:
    found = times(
        nlp,
        article(
            "The mayor of Veldhaven said on Sunday that the bridge would stay shut. "
            "The council had voted last Friday to close it. "
            "Engineers inspected the bridge last week and again in February. "
            "It was built in 1962 and repaired in 2022."
        ),
    )
    assert value_of(found, "Sunday").value == "2025-03-02"
    assert value_of(found, "Sunday").granularity == "day"
    assert value_of(found, "last Friday").value == "2025-02-28"
    assert (value_of(found, "last week").value, value_of(found, "last week").granularity) == (
        "2025-W09",
        "week",
    )
    assert (value_of(found, "February").value, value_of(found, "February").granularity) == (
        "2025-02",
        "month",
    )
    assert (value_of(found, "2022").value, value_of(found, "2022").granularity) == ("2022", "year")
    for t in found:
        assert t.text == "Sunday" or t.article_id == "a1"
        assert t.reason and not t.inferred


def test_durations_ages_and_vague_words_are_not_dates(nlp: Any) -> None:
    found = times(
        nlp,
        article(
            "The strike lasted three years. Talks took three days. "
            "A 23-year-old driver was hurt in recent days, and the port is busy now."
        ),
    )
    assert all(t.value is not None for t in found)
    assert not {t.text for t in found} & {"three years", "three days", "23-year-old"}


def test_a_verb_that_looks_ahead_takes_the_next_weekday(nlp: Any) -> None:
    found = times(nlp, article("The city council meets in emergency session on Wednesday."))
    assert value_of(found, "Wednesday").value == "2025-03-05"


def test_a_report_without_time_borrows_the_story_median(nlp: Any) -> None:
    dated = [
        article("The mayor spoke on Sunday.", "2025-03-03T06:00:00Z", "a1"),
        article("The mayor spoke on Sunday.", "2025-03-03T08:00:00Z", "a2"),
        article("The mayor spoke on Sunday.", "2025-03-04T10:00:00Z", "a3"),
    ]
    undated = article("The ferry sank on Sunday, the mayor said in 2024.", None, "a4")
    found = [t for t in times(nlp, *dated, undated) if t.article_id == "a4"]
    sunday = value_of(found, "Sunday")
    assert sunday.value == "2025-03-02" and sunday.inferred
    assert "median" in sunday.reason and "2025-03-03T08:00Z" in sunday.reason
    assert not value_of(found, "2024").inferred  # an absolute year needs no base


def test_no_time_anywhere_leaves_relative_dates_unresolved(nlp: Any) -> None:
    found = times(nlp, article("The ferry sank on Sunday.", None))
    assert [(t.value, t.inferred) for t in found] == [(None, False)]
    assert "no publication time" in found[0].reason


def test_clock_time_takes_the_day_of_its_sentence(nlp: Any) -> None:
    found = times(nlp, article("The ferry overturned at 18:40 on Sunday."))
    clock = [t for t in found if t.granularity == "time"]
    assert clock and clock[0].value == "2025-03-02T18:40"


def test_story_clock_and_ids_are_deterministic() -> None:
    arts = [article("x", "2025-03-03T06:00:00Z", "a1"), article("y", None, "a2")]
    clocks = story_clock(arts)
    assert not clocks["a1"].inferred and clocks["a2"].inferred
    assert time_id("a1", 3, 9) == time_id("a1", 3, 9) != time_id("a1", 3, 10)
