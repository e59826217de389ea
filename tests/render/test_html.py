"""The HTML report: parses, has every section, shows every finding, and escapes every report."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

from newsprism.model import (
    Analysis,
    Article,
    Claim,
    Difference,
    Entity,
    Erratum,
    Provenance,
    QuoteGroup,
    Rejection,
    SourceSpan,
    Story,
    SummarySentence,
    TimelineEvent,
    Variant,
)
from newsprism.render.compare_md import compare_sections
from newsprism.render.html import safe_url, to_html

from ..compare.conftest import ferry_analysis  # noqa: F401  (the session fixture, shared)

HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
SECTIONS = ("sources", "summary", "differences", "quotes", "claims", "timeline", "actors")
SECTIONS += ("copies", "errata")


class _Collector(HTMLParser):
    """Tags, attributes and text of a page, as a browser would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Collector:
    parser = _Collector()
    parser.feed(page)
    parser.close()
    return parser


def _article(aid: str, text: str, **fields: str) -> Article:
    return Article(id=aid, source=f"in/{aid}.txt", text=text, raw_text=text, **fields)  # type: ignore[arg-type]


def _hostile_analysis() -> Analysis:
    body = f"Officials said {HOSTILE} on Monday. The bridge closed after cracks were found."
    a = _article(
        "a",
        body,
        outlet=f"Evil {HOSTILE}",
        title=f"Title {HOSTILE}",
        byline=HOSTILE,
        url="javascript:alert(3)",
        published="2026-06-15T07:40:00Z",
    )
    b = _article("b", body, outlet="Good Paper", title="Plain", url="https://example.org/story")
    v = Variant(HOSTILE, ("a",), (SourceSpan("a", 14, 14 + len(HOSTILE)),))
    story = Story(
        id="s1",
        article_ids=("a", "b"),
        entities=(Entity("e1", f"Name {HOSTILE}", "person", aliases=(HOSTILE,), roles=(HOSTILE,)),),
        provenance=(Provenance("a", "b", "reuse", 2, 2, 0.9, "published", reason=HOSTILE),),
        quote_groups=(
            QuoteGroup(
                "g1",
                HOSTILE,
                None,
                ("q1", "q2"),
                (v, Variant("plain words", ("b",))),
                diff=(HOSTILE, f"[-{HOSTILE}-] {{+plain words+}}"),
                attribution_conflict=True,
                speakers=(HOSTILE, "Someone"),
            ),
        ),
        claims=(Claim("c1", f"Claim {HOSTILE}", (v,), (Variant("other", ("b",)),)),),
        differences=(Difference("d1", "number", f"Count {HOSTILE}", (v, v), 0.9),),
        errata=(Erratum("a", "doubled_word", HOSTILE, 0, 5, HOSTILE, reason=HOSTILE),),
        timeline=(TimelineEvent("2026-06-14", "day", f"Event {HOSTILE}", (v,)),),
        summary=(SummarySentence(f"Sentence {HOSTILE}", ("a", "b"), SourceSpan("a", 0, 10)),),
    )
    return Analysis(
        articles=(a, b),
        rejected=(Rejection(f"bad/{HOSTILE}", HOSTILE, "binary"),),
        stories=(story,),
        inputs=3,
    )


def test_hostile_strings_are_text_never_markup() -> None:
    page = to_html(_hostile_analysis())
    parsed = _parse(page)
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert not any(tag in ("script", "img", "iframe") for tag, _ in parsed.tags)
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    text = "".join(parsed.text)
    assert text.count("<script>alert(1)</script>") >= 10  # shown, as text, everywhere
    assert "javascript:" not in page


def test_links_stay_on_the_page_except_article_urls() -> None:
    page = to_html(_hostile_analysis())
    for tag, attrs in _parse(page).tags:
        for key in ("src", "href"):
            value = attrs.get(key)
            if value is None:
                continue
            assert key == "href" and tag == "a", (tag, key, value)
            assert value.startswith("#") or value == "https://example.org/story", value
    assert 'xmlns="http://www.w3.org/2000/svg"' in page  # the only URL-like thing: a namespace


def test_safe_url() -> None:
    assert safe_url("https://a.example/x?y=1") == "https://a.example/x?y=1"
    assert safe_url(" JavaScript:alert(1)") is None
    assert safe_url("data:text/html,hi") is None
    assert safe_url("//no-scheme.example") is None
    assert safe_url(None) is None


def test_every_section_and_empty_fields() -> None:
    story = Story(id="s-empty", article_ids=("a",))
    article = _article("a", "Nothing much happened today in the town.")
    page = to_html(Analysis(articles=(article,), rejected=(), stories=(story,), inputs=1))
    parsed = _parse(page)
    ids = {attrs.get("id") for _, attrs in parsed.tags}
    for name in SECTIONS:
        assert f"story-1-{name}" in ids
    assert "rejected" in ids
    assert "No differences were found" in page


def test_ferry_report_has_the_same_data_as_the_json(ferry_analysis: Analysis) -> None:  # noqa: F811
    from newsprism.compare.summary import summarize
    from newsprism.compare.timeline import build_timeline

    story = ferry_analysis.stories[0]
    articles = ferry_analysis.articles
    ids = story.article_ids
    difference = Difference(
        "d1",
        "number",
        "Death toll: 14 against 12.",
        (Variant("Twelve people died", ids[:-1]), Variant("Fourteen people died", ids[-1:])),
        0.9,
    )
    group = QuoteGroup(
        "g1",
        "Renée Castellane",
        None,
        ("q1", "q2"),
        (Variant("We have no indication", ids[:2]), Variant("There is no indication", ids[2:3])),
        diff=("We have no indication", "[-We have-] {+There is+} no indication"),
    )
    story = dataclasses.replace(
        story,
        summary=summarize(story, articles),
        timeline=build_timeline(story, articles),
        differences=(difference,),
        quote_groups=(group,),
        claims=(
            Claim("c1", "58 passengers on board", (Variant("58", ids),), independent_support=6),
        ),
    )
    analysis = dataclasses.replace(ferry_analysis, stories=(story,))
    page = to_html(analysis)
    text = re.sub(r"\s+", " ", "".join(_parse(page).text))
    for sentence in story.summary:
        assert " ".join(sentence.text.split()) in text
    assert difference.description in text
    assert "Fourteen people died" in text
    assert "<del>We have</del>" in page and "<ins>There is</ins>" in page
    assert text.count("58 passengers on board") == 1
    for event in story.timeline:
        assert event.text in text
    for article in articles:
        if article.title:
            assert article.title in text

    lines = compare_sections(story, {a.id: a for a in articles})
    markdown = "\n".join(lines)
    for heading in ("### Summary", "### Differences", "### Quotes across reports"):
        assert heading in markdown
    assert "### Who reports what" in markdown and "### Timeline of events" in markdown


def test_markdown_sections_escape_and_vanish_when_empty() -> None:
    analysis = _hostile_analysis()
    story = analysis.stories[0]
    markdown = "\n".join(compare_sections(story, {a.id: a for a in analysis.articles}))
    assert "<script>" not in markdown and "<img" not in markdown
    assert compare_sections(Story(id="s", article_ids=()), {}) == []
