"""The timeline: dated events in order, grouped across reports, every wording traceable."""

from __future__ import annotations

from typing import Any

from newsprism.compare.timeline import build_timeline, date_key, reports
from newsprism.model import Article, Story, TimeExpression, TimelineEvent


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, raw_text=text, outlet=aid.upper())


def _time(
    aid: str, text: str, body: str, value: str | None, granularity: str = "day"
) -> TimeExpression:
    start = body.index(text)
    return TimeExpression(
        id=f"t{aid}{start}",
        article_id=aid,
        text=text,
        start=start,
        end=start + len(text),
        value=value,
        granularity=granularity,  # type: ignore[arg-type]
    )


def _by_date(events: tuple[TimelineEvent, ...], date: str) -> list[TimelineEvent]:
    return [e for e in events if e.date == date]


def test_hand_made_story_is_grouped_ordered_and_traceable() -> None:
    a = "The old ferry capsized on the river on Sunday, midway across. The council meets on Friday."
    b = "A ferry capsized on the river on Sunday evening. Nobody knows when in 1994."
    c = "The minister resigned on Sunday after a row. Divers searched on Monday."
    articles = [_article("a", a), _article("b", b), _article("c", c)]
    times = (
        _time("a", "Friday", a, "2026-06-19"),
        _time("a", "Sunday", a, "2026-06-14"),
        _time("b", "Sunday evening", b, "2026-06-14"),
        _time("b", "1994", b, "1994", "year"),
        _time("c", "Sunday", c, "2026-06-14"),
        _time("c", "Monday", c, None),  # resolved to nothing: dropped
    )
    story = Story(id="s1", article_ids=("a", "b", "c"), times=times)
    events = build_timeline(story, articles)

    assert [date_key(e.date) for e in events] == sorted(date_key(e.date) for e in events)
    assert events[0].date == "1994"
    sunday = _by_date(events, "2026-06-14")
    capsized = [e for e in sunday if "capsized" in e.text]
    assert len(capsized) == 1 and set(reports(capsized[0])) == {"a", "b"}
    assert any("resigned" in e.text and reports(e) == ("c",) for e in sunday)
    assert capsized[0].text == "The old ferry capsized on the river on Sunday"  # cut at the comma
    assert not any("Divers" in e.text for e in events)
    by_id = {x.id: x for x in articles}
    for event in events:
        for variant in event.variants:
            for span in variant.spans:
                assert by_id[span.article_id].text[span.start : span.end] == variant.text


def test_date_key_orders_weeks_and_times() -> None:
    values = ["2025-W09", "2025-02", "2025", "2025-02-26T10:00", "2025-02-26"]
    assert sorted(values, key=date_key) == [
        "2025",
        "2025-02",
        "2025-W09",
        "2025-02-26",
        "2025-02-26T10:00",
    ]


def test_empty_story_has_empty_timeline() -> None:
    assert build_timeline(Story(id="s", article_ids=()), []) == ()


def test_ferry_timeline_finds_the_truth(
    ferry_story: Story, ferry_articles: tuple[Article, ...], ferry_truth: dict[str, Any]
) -> None:
    events = build_timeline(ferry_story, ferry_articles)
    assert events == build_timeline(ferry_story, ferry_articles)  # deterministic
    assert [date_key(e.date) for e in events] == sorted(date_key(e.date) for e in events)
    capsized = [e for e in events if e.date.startswith("2026-06-14") and len(reports(e)) >= 5]
    assert capsized, "the capsizing is dated by at least five reports"
    letter = [e for e in events if e.date == "2026-06-12" and len(reports(e)) >= 5]
    assert letter and any("last Friday" in v.text for v in letter[0].variants)
    truth_dates = {str(t["date"])[:10] for t in ferry_truth["timeline"]}
    found = {e.date[:10] for e in events}
    assert truth_dates - {"2026-06-14"} <= found | {"2026-06-14"}
    assert {"2026-03", "2026-06-12", "2026-06-15", "2026-06-17"} <= found

    by_id = {a.id: a for a in ferry_articles}
    for event in events:
        assert event.date and event.variants
        for variant in event.variants:
            for span in variant.spans:
                assert " ".join(by_id[span.article_id].text[span.start : span.end].split()) == (
                    variant.text
                )
