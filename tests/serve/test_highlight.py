"""Marking findings in place: every piece escaped, nothing lost, cleaning steps mapped right."""

from __future__ import annotations

import re
from html import unescape

from newsprism.model import Analysis, Article, CleaningStep
from newsprism.serve.highlight import Highlight, cleaning_highlights, highlights, mark_up

from .conftest import SCRIPT, hostile_article, hostile_story


def visible_text(markup: str) -> str:
    """What a reader sees, minus removed chrome: tags dropped, entities decoded."""
    without_removed = re.sub(r"<del [^>]*>.*?</del>", "", markup, flags=re.DOTALL)
    return unescape(re.sub(r"<[^>]+>", "", without_removed))


def test_overlapping_spans_are_flattened_and_escaped() -> None:
    text = "a <b>bold</b> & c"
    found = [Highlight("quote", 0, 9, "q <x>"), Highlight("entity", 3, 13, 'e "y"')]
    html = str(mark_up(text, found))
    assert "<b>" not in html and "&lt;/b&gt;" in html and "&amp;" in html
    assert 'class="hl hl-entity hl-quote"' in html
    assert 'title="q &lt;x&gt; · e &#34;y&#34;"' in html
    assert visible_text(html) == text


def test_hostile_article_every_finding_cuts_through_markup() -> None:
    article = hostile_article()
    found = highlights(article, hostile_story(article))
    assert {h.kind for h in found} == {"quote", "speaker", "entity", "difference", "erratum"}
    html = str(mark_up(article.text, found))
    assert "<script" not in html and "<img" not in html
    assert visible_text(html) == article.text
    assert SCRIPT in visible_text(html)


def test_out_of_range_spans_are_dropped() -> None:
    article = Article(id="a", source="a.txt", text="short", raw_text="short")
    found = highlights(article, None, mark=(2, 99))
    assert found == []


def test_cleaning_steps_map_onto_the_final_text(ferry_analysis: Analysis) -> None:
    removed = repairs = 0
    for article in ferry_analysis.articles:
        found = cleaning_highlights(article)
        for h in found:
            if h.kind == "repair":
                repairs += 1
            else:
                removed += 1
                assert h.removed and h.start == h.end
        html = str(mark_up(article.text, found))
        assert visible_text(html) == article.text
    chrome = sum(1 for a in ferry_analysis.articles for s in a.cleaning if s.kind == "chrome")
    assert removed == chrome > 0
    assert repairs >= 40  # the Lowmoor and Harbour Light mojibake repairs (42 in all)


def test_removed_chrome_lands_after_later_passes_shift_the_text() -> None:
    raw = "HEADLINE\nBody one.\nShare this\nBody two."
    steps = (
        CleaningStep("chrome", 3, 19, 30, "Share this\n", "", "share prompt"),
        CleaningStep("title", 4, 0, 9, "HEADLINE\n", "", "headline"),
    )
    text = "Body one.\nBody two."
    article = Article(id="a", source="a.txt", text=text, raw_text=raw, cleaning=steps)
    (h,) = cleaning_highlights(article)
    assert (h.start, h.removed) == (10, "Share this\n")
