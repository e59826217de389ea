"""``report.html``: one self-contained page a reporter can open from disk, print or mail.

The same data as the JSON, laid out like a newsroom fact-check sheet: what
the reports agree on (the cited summary), where they differ, who said what
in which words, which report states which claim, when things happened, who
is involved, who copied whom and what each report got wrong. Inline CSS and
SVG only: no script, no font or image from the network, so it opens
offline and cannot phone home.

Safety: the template is rendered with Jinja2 autoescaping, so every field of
every report (titles, outlets, quotes, bodies — all untrusted) is text, never
markup; the only markup built in Python lives in :mod:`.html_charts` and
escapes its text there. Links go only to ``http(s)`` article URLs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from newsprism.compare.timeline import reports as event_reports
from newsprism.model import Analysis, Article, Claim, Story
from newsprism.render.html_charts import MONTHS, date_label, diff_markup, timeline_svg

MATRIX_CLAIMS = 25
_LABEL_MAX = 22


def environment() -> Environment:
    """The Jinja2 environment of every newsprism page: autoescaped, strict, our filters."""
    env = Environment(
        loader=PackageLoader("newsprism.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["diff"] = diff_markup
    env.globals["date_label"] = date_label
    return env


def to_html(analysis: Analysis) -> str:
    """The whole run as one HTML document (UTF-8 text, ready to write to ``report.html``)."""
    env = environment()
    by_id = {a.id: a for a in analysis.articles}
    stories = [story_view(story, by_id, n) for n, story in enumerate(analysis.stories, start=1)]
    template = env.get_template("report.html.j2")
    return template.render(
        analysis=analysis,
        stories=stories,
        css=Markup(_stylesheet(env)),
        total_outlets=len({outlet_label(a) for a in analysis.articles}),
    )


def _stylesheet(env: Environment) -> str:
    """Our own CSS file (trusted, not escaped: entities mean nothing inside ``<style>``)."""
    assert env.loader is not None
    return env.loader.get_source(env, "report.css")[0]


@dataclass(frozen=True, slots=True)
class Source:
    """One report as the page shows it: its row in the sources table and its citation chip."""

    id: str
    number: int
    anchor: str
    label: str
    outlet: str
    title: str
    url: str | None
    published: str
    byline: str
    words: int
    copy_of: tuple[str, ...] = ()


@dataclass(slots=True)
class StoryView:
    """Everything the template needs for one story, with the records themselves."""

    story: Story
    number: int
    anchor: str
    sources: list[Source]
    by_id: dict[str, Source]
    outlets: int
    date_range: str
    matrix: list[dict[str, Any]] = field(default_factory=list)
    more_claims: int = 0
    timeline_svg: str = ""
    timeline: list[dict[str, Any]] = field(default_factory=list)
    quote_groups: list[Any] = field(default_factory=list)
    single_quotes: list[Any] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    errata: list[tuple[Source, list[Any]]] = field(default_factory=list)

    headline: str = ""

    def cite(self, article_ids: Sequence[str]) -> list[Source]:
        """The sources behind a finding, in the story's order, unknown ids skipped."""
        wanted = set(article_ids)
        return [s for s in self.sources if s.id in wanted]


def story_view(story: Story, articles: Mapping[str, Article], number: int) -> StoryView:
    anchor = f"story-{number}"
    copies: dict[str, list[str]] = {}
    for prov in story.provenance:
        copies.setdefault(prov.copy_id, []).append(prov.source_id)
    sources = []
    for n, aid in enumerate((a for a in story.article_ids if a in articles), start=1):
        article = articles[aid]
        sources.append(
            Source(
                id=aid,
                number=n,
                anchor=f"{anchor}-src-{n}",
                label=outlet_label(article),
                outlet=article.outlet or "",
                title=article.title or _opening(article.text),
                url=safe_url(article.url),
                published=published_label(article.published),
                byline=article.byline or "",
                words=len(article.text.split()),
                copy_of=tuple(copies.get(aid, ())),
            )
        )
    view = StoryView(
        story=story,
        number=number,
        anchor=anchor,
        sources=sources,
        by_id={s.id: s for s in sources},
        outlets=len({s.label for s in sources}),
        date_range=_date_range([articles[s.id].published for s in sources]),
        headline=_headline(story, articles),
    )
    view.matrix, view.more_claims = _matrix(story.claims, sources)
    counts = [len(event_reports(e)) for e in story.timeline]
    view.timeline_svg = timeline_svg(story.timeline, counts)
    view.timeline = [
        {"number": n, "event": e, "when": date_label(e.date, e.granularity), "reports": c}
        for n, (e, c) in enumerate(zip(story.timeline, counts, strict=True), start=1)
    ]
    shared = [g for g in story.quote_groups if _carriers(g.variants) > 1 or len(g.variants) > 1]
    view.quote_groups = sorted(
        shared,
        key=lambda g: (not g.attribution_conflict, -len(g.variants), -_carriers(g.variants)),
    )
    view.single_quotes = [g for g in story.quote_groups if g not in shared]
    view.actors = [
        {"entity": e, "reports": len({m.article_id for m in e.mentions})}
        for e in sorted(
            story.entities, key=lambda e: (-len({m.article_id for m in e.mentions}), e.name)
        )
    ]
    for source in sources:
        found = [e for e in story.errata if e.article_id == source.id]
        if found:
            view.errata.append((source, found))
    return view


def _carriers(variants: Sequence[Any]) -> int:
    return len({aid for v in variants for aid in v.article_ids})


def _matrix(claims: Sequence[Claim], sources: Sequence[Source]) -> tuple[list[dict[str, Any]], int]:
    """Rows of the source × claim picture: the best-supported claims, one cell per report."""
    ranked = sorted(
        enumerate(claims),
        key=lambda ic: (
            -ic[1].independent_support,
            -len({a for v in ic[1].supporting for a in v.article_ids}),
            ic[0],
        ),
    )
    rows = []
    for _, claim in ranked[:MATRIX_CLAIMS]:
        agree = {a for v in claim.supporting for a in v.article_ids}
        differ: dict[str, str] = {}
        for variant in claim.differing:
            for aid in variant.article_ids:
                differ.setdefault(aid, variant.text)
        cells = []
        for source in sources:
            if source.id in differ:
                cells.append({"state": "differ", "mark": "≠", "note": differ[source.id]})
            elif source.id in agree:
                cells.append({"state": "agree", "mark": "✓", "note": "states it"})
            else:
                cells.append({"state": "absent", "mark": "", "note": "does not mention it"})
        rows.append({"claim": claim, "cells": cells})
    return rows, max(0, len(claims) - MATRIX_CLAIMS)


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain web address; ``javascript:``, ``data:`` and others are dropped."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def _opening(text: str, words: int = 12) -> str:
    """A report with no headline is named by its first words (never by its file path)."""
    head = text.split()
    return " ".join(head[:words]) + ("…" if len(head) > words else "")


def _headline(story: Story, articles: Mapping[str, Article]) -> str:
    """The story's heading: the first report's headline that exists, else the summary's lead.

    A file path is never a headline (plain-text reports often print none).
    """
    for aid in story.article_ids:
        title = articles[aid].title if aid in articles else None
        if title:
            return title
    if story.summary:
        lead = story.summary[0].text
        return lead if len(lead) <= 120 else lead[:119].rsplit(" ", 1)[0] + "…"
    return f"Story {story.id}"


def outlet_label(article: Article) -> str:
    """A short name for citations: the outlet, else the URL's host, else the file name."""
    name = article.outlet or urlsplit(article.url or "").netloc
    if not name:
        name = article.source.rsplit("/", 1)[-1].split("#", 1)[0]
    name = " ".join(name.split())
    return name if len(name) <= _LABEL_MAX else name[: _LABEL_MAX - 1] + "…"


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def published_label(value: str | None) -> str:
    when = _parse(value)
    if when is None:
        return value or ""
    if value and "T" in value:
        zone = " UTC" if value.endswith(("Z", "+00:00")) else ""
        return f"{_day(when)}, {when:%H:%M}{zone}"
    return _day(when)


def _day(when: date | datetime) -> str:
    return f"{when.day} {MONTHS[when.month - 1]} {when.year}"


def _date_range(values: Sequence[str | None]) -> str:
    """ "15–16 Jun 2026": the span of the reports' publication dates."""
    days = sorted({w.date() for w in (_parse(v) for v in values) if w is not None})
    if not days:
        return "publication dates unknown"
    first, last = days[0], days[-1]
    if first == last:
        return _day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{_day(last)}"
    return f"{_day(first)} – {_day(last)}"
