"""extract_html: small hand-written pages, and an accuracy floor on the Zyte benchmark.

Every page below is fictional and written for these tests.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from newsprism.clean.html import HtmlExtract, extract_html

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ZYTE = SHARED / "eval" / "zyte"

_PARAS = [
    "The harbour council of Westmere voted on Tuesday to close the old ferry pier for "
    "repairs, ending a month of argument between fishermen and the town's shopkeepers.",
    "Council member Ida Farrow said the timber piles had rotted through in several places "
    "and that an engineer had warned the structure could fail during the winter storms.",
    "Fishermen who use the pier every morning said they had not been consulted and asked "
    "the council to find a temporary landing place before the work begins next month.",
    "The repairs are expected to cost about 400,000 crowns and to last until the spring, "
    "when the pier will reopen with a new deck, railings and lighting along its length.",
    "Shopkeepers on the quay welcomed the decision but worried that fewer visitors would "
    "come to the waterfront while the pier is fenced off and the ferry runs elsewhere.",
    "The ferry company said it would move its sailings to the northern jetty for the "
    "duration of the works and that the timetable would stay the same for passengers.",
]


def _page(body: str, head: str = "") -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Westmere closes ferry pier for repairs | The Westmere Gazette</title>"
        f"{head}</head><body>{body}</body></html>"
    )


_META = (
    "<meta property='og:title' content='Westmere closes ferry pier for repairs'>"
    "<meta name='author' content='Nora Lindqvist'>"
    "<meta property='article:published_time' content='2024-03-05T09:30:00Z'>"
    "<meta property='og:site_name' content='The Westmere Gazette'>"
    "<meta name='description' content='The old pier shuts until spring.'>"
)

_NAV = (
    "<nav class='site-nav'><ul><li><a href='/'>Home</a></li><li><a href='/local'>Local</a></li>"
    "<li><a href='/sport'>Sport</a></li><li><a href='/weather'>Weather</a></li></ul></nav>"
)
_FOOTER = (
    "<footer class='site-footer'><p>Copyright 2024 The Westmere Gazette. All rights reserved. "
    "Contact the newsroom at the harbour office.</p></footer>"
)
_RELATED = (
    "<div class='related-stories'><h3>Related stories</h3><ul>"
    "<li><a href='/a'>Lighthouse keeper retires after forty years on the rock</a></li>"
    "<li><a href='/b'>Market square to get new cobbles this summer</a></li>"
    "<li><a href='/c'>School choir wins regional prize in Eastholm</a></li></ul></div>"
)
_COMMENTS = (
    "<section id='comments' class='comment-list'><h3>12 comments</h3>"
    "<div class='comment'><p class='comment-author'>harbourfan</p><p>Typical council, they "
    "never listen to the fishermen until it is far too late to change anything at all.</p></div>"
    "<div class='comment'><p class='comment-author'>quayside_jo</p><p>About time somebody fixed "
    "that pier, my grandmother nearly fell through one of the planks last August.</p></div>"
    "</section>"
)


def _article(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _full_page() -> str:
    body = (
        f"{_NAV}<main><article class='story'>"
        "<h1>Westmere closes ferry pier for repairs</h1>"
        "<div class='byline'>By Nora Lindqvist</div>"
        f"<div class='story-body'>{_article(_PARAS)}</div></article>"
        f"{_RELATED}{_COMMENTS}</main>"
        "<script>var tracker = 'SECRET_SCRIPT_TOKEN'; window.load(tracker);</script>"
        f"{_FOOTER}"
    )
    return _page(body, _META)


def test_returns_the_record_with_paragraphs() -> None:
    result = extract_html(_full_page(), url="https://gazette.example/pier")
    assert isinstance(result, HtmlExtract)
    paragraphs = result.text.split("\n\n")
    for para in _PARAS:
        assert para in paragraphs
    assert result.method.startswith("trafilatura")


def test_nav_footer_comments_related_and_script_removed() -> None:
    text = extract_html(_full_page()).text
    for chrome in (
        "Weather",
        "All rights reserved",
        "harbourfan",
        "grandmother",
        "Lighthouse keeper",
        "Related stories",
        "SECRET_SCRIPT_TOKEN",
        "tracker",
    ):
        assert chrome not in text


def test_metadata_from_the_page() -> None:
    result = extract_html(_full_page(), url="https://gazette.example/pier")
    assert result.title == "Westmere closes ferry pier for repairs"
    assert result.author == "Nora Lindqvist"
    assert result.date is not None and result.date.startswith("2024-03-05")
    assert result.sitename == "The Westmere Gazette"
    assert result.description == "The old pier shuts until spring."
    assert result.url == "https://gazette.example/pier"


def test_headline_repeating_the_title_is_not_body_text() -> None:
    text = extract_html(_full_page()).text
    assert not text.startswith("Westmere closes ferry pier")


def test_body_split_over_sibling_containers_is_kept_whole() -> None:
    chunk = "<div class='article-chunk'><div class='body-text'>{}</div></div>"
    ad = "<div class='ad-slot'><a href='/ad'>Advertisement</a></div>"
    newsletter = (
        "<div class='newsletter-box'><p>Sign up for our morning briefing and get the "
        "harbour news in your inbox every day.</p></div>"
    )
    body = (
        f"{_NAV}<article class='story'><h1>Westmere closes ferry pier for repairs</h1>"
        + chunk.format(_article(_PARAS[:3]))
        + ad
        + newsletter
        + chunk.format(_article(_PARAS[3:]))
        + f"</article>{_RELATED}{_FOOTER}"
    )
    result = extract_html(_page(body, _META))
    paragraphs = result.text.split("\n\n")
    for para in _PARAS:
        assert para in paragraphs
    assert [paragraphs.index(p) for p in _PARAS] == sorted(paragraphs.index(p) for p in _PARAS)
    assert "morning briefing" not in result.text
    assert "Advertisement" not in result.text


def test_headings_are_paragraphs_and_list_items_lines() -> None:
    body = (
        "<article><h1>Westmere closes ferry pier for repairs</h1>"
        f"<p>{_PARAS[0]}</p><p>{_PARAS[1]}</p><h2>What changes for passengers</h2>"
        f"<p>{_PARAS[5]}</p><ul><li>Sailings move to the northern jetty</li>"
        "<li>The timetable stays the same</li><li>Parking moves to the fish market</li></ul>"
        f"<p>{_PARAS[2]}</p></article>"
    )
    paragraphs = extract_html(_page(body)).text.split("\n\n")
    assert "What changes for passengers" in paragraphs
    assert (
        "Sailings move to the northern jetty\nThe timetable stays the same\n"
        "Parking moves to the fish market"
    ) in paragraphs


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n ",
        "<html></html>",
        "<html><body></body></html>",
        "not html at all <<<>>> &&&",
        "\x00\x01\x02 binary \xff",
        "<div><span></span></div>",
        "<?xml version='1.0'?><a/>",
    ],
)
def test_empty_or_garbage_gives_empty_text(html: str) -> None:
    result = extract_html(html)
    assert result.text == ""


def test_deterministic() -> None:
    page = _full_page()
    assert extract_html(page) == extract_html(page)


# --- accuracy floor on the Zyte benchmark -------------------------------------------------

#: newsprism F1 measured on all 181 pages: 0.9750 (trafilatura 2.3.1 + lxml 6.1.3).
#: The floor sits just below it. Do not lower it silently: a drop means a change made
#: extraction worse; explain it in the commit that lowers the floor.
ZYTE_F1_FLOOR = 0.972


def _benchmark_module():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "extraction_zyte.py"
    spec = importlib.util.spec_from_file_location("extraction_zyte", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("extraction_zyte", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.shared
def test_zyte_f1_floor() -> None:
    if not (ZYTE / "ground-truth.json").is_file():
        pytest.skip(f"Zyte benchmark data not found at {ZYTE} (../shared beside the checkout)")
    bench = _benchmark_module()
    pages = bench.load_pages(ZYTE)
    assert len(pages) == 181
    scores = [bench.page_scores(p.truth, extract_html(p.html, p.url).text) for p in pages]
    _, _, f1 = bench.aggregate(scores)
    assert f1 >= ZYTE_F1_FLOOR, f"newsprism F1 {f1:.4f} fell below the floor {ZYTE_F1_FLOOR}"


def test_metric_matches_the_published_definition() -> None:
    bench = _benchmark_module()
    truth = "one two three four five"
    assert bench.page_scores(truth, truth) == (1.0, 0.0, 0.0)
    tp, fp, fn = bench.page_scores(truth, "one two three four six")
    assert (tp, fp, fn) == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    # a page with nothing predicted counts for recall only
    assert bench.aggregate([(0.0, 0.0, 1.0), (1.0, 0.0, 0.0)]) == (1.0, 0.5, pytest.approx(2 / 3))
