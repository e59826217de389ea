"""The cited summary: corroborated, central, distinct sentences, each traceable to its report."""

from __future__ import annotations

import dataclasses

from rapidfuzz import fuzz

from newsprism.compare.summary import summarize
from newsprism.model import Article, PassageMatch, Provenance, Story


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, raw_text=text, outlet=aid.upper())


def test_ferry_summary(ferry_story: Story, ferry_articles: tuple[Article, ...]) -> None:
    summary = summarize(ferry_story, ferry_articles)
    assert len(summary) == 6
    assert summary == summarize(ferry_story, ferry_articles)  # deterministic
    by_id = {a.id: a for a in ferry_articles}
    for sentence in summary:
        assert sentence.article_ids and sentence.source is not None
        assert sentence.source.article_id == sentence.article_ids[0]
        text = by_id[sentence.source.article_id].text
        assert text[sentence.source.start : sentence.source.end] == sentence.text
        assert set(sentence.article_ids) <= set(ferry_story.article_ids)
    for i, a in enumerate(summary):
        for b in summary[i + 1 :]:
            assert fuzz.token_set_ratio(a.text, b.text) < 80, (a.text, b.text)
    top = max(summary, key=lambda s: s.score)
    assert len(top.article_ids) >= 3
    copies = {p.copy_id for p in ferry_story.provenance if p.source_id in top.article_ids}
    assert len(set(top.article_ids) - copies) >= 3  # copies of one report count once


def test_copies_count_once() -> None:
    shared = "The bridge over the river was closed on Monday after engineers found deep cracks."
    own = "A local shop owner said trade had collapsed since the closure of the old crossing."
    a = _article("a", f"{shared} Officials gave no date for reopening the structure to traffic.")
    b = _article("b", f"{shared} {own}")
    c = _article("c", f"{own} Engineers had warned of cracks in the bridge for several years.")
    story = Story(id="s", article_ids=("a", "b", "c"))
    plain = {s.text: s.score for s in summarize(story, [a, b, c], n=4)}
    copied = dataclasses.replace(
        story,
        provenance=(
            Provenance(
                source_id="a",
                copy_id="b",
                kind="reuse",
                shared_sentences=1,
                copy_sentences=2,
                similarity=0.5,
                direction="published",
                passages=(PassageMatch(0, len(shared), 0, len(shared), 1.0),),
            ),
        ),
    )
    linked = {s.text: s.score for s in summarize(copied, [a, b, c], n=4)}
    assert linked[shared] < plain[shared]  # b's copy no longer corroborates a
    assert linked[own] == plain[own]


def test_empty_and_tiny_inputs() -> None:
    assert summarize(Story(id="s", article_ids=()), []) == ()
    one = _article("a", "Short. Too short to summarise?")
    assert summarize(Story(id="s", article_ids=("a",)), [one]) == ()
    prose = _article(
        "a", "The council approved the new budget for the harbour district on Tuesday."
    )
    (only,) = summarize(Story(id="s", article_ids=("a",)), [prose])
    assert only.article_ids == ("a",) and only.text == prose.text
