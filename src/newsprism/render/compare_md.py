"""Markdown sections of the compare stage: summary, differences, quotes, claims, timeline, errata.

The same findings as the HTML report, for people who read ``report.md`` in
a terminal or paste it into a ticket. Every piece of article text goes
through :func:`~newsprism.render.story_md.cell`, so a report cannot break a
table or smuggle markup into the page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

from newsprism.model import Article, Story
from newsprism.render.story_md import cell, short

MATRIX_CLAIMS = 15


def compare_sections(story: Story, by_id: Mapping[str, Article]) -> list[str]:
    """Markdown lines for every compare section that has findings (none when all are empty)."""
    out: list[str] = []
    out += _summary(story, by_id)
    out += _differences(story, by_id)
    out += _quote_groups(story, by_id)
    out += _claims(story, by_id)
    out += _timeline(story, by_id)
    out += _errata(story, by_id)
    return out


def label(article: Article) -> str:
    """A short citation: the outlet, else the URL's host, else the file name (never the title)."""
    name = article.outlet or urlsplit(article.url or "").netloc
    return cell(name or article.source.rsplit("/", 1)[-1].split("#", 1)[0])


def _who(ids: Sequence[str], by_id: Mapping[str, Article]) -> str:
    return ", ".join(label(by_id[a]) if a in by_id else cell(a) for a in dict.fromkeys(ids))


def _summary(story: Story, by_id: Mapping[str, Article]) -> list[str]:
    if not story.summary:
        return []
    out = ["### Summary", ""]
    for n, sentence in enumerate(story.summary, start=1):
        out.append(f"{n}. {cell(sentence.text)} [{_who(sentence.article_ids, by_id)}]")
    return [*out, ""]


def _differences(story: Story, by_id: Mapping[str, Article]) -> list[str]:
    if not story.differences:
        return []
    out = ["### Differences", ""]
    for d in story.differences:
        out.append(f"- **{cell(d.kind)}** ({d.confidence:.2f}): {cell(d.description)}")
        for v in d.variants:
            out.append(f"  - “{short(v.text)}” — {_who(v.article_ids, by_id)}")
    return [*out, ""]


def _quote_groups(story: Story, by_id: Mapping[str, Article]) -> list[str]:
    if not story.quote_groups:
        return []
    out = ["### Quotes across reports", ""]
    for g in story.quote_groups:
        flag = " — **attributed to different speakers**" if g.attribution_conflict else ""
        speakers = f" ({cell(' / '.join(g.speakers))})" if g.attribution_conflict else ""
        out.append(f"- **{cell(g.speaker or 'unattributed')}**{speakers}{flag}")
        for i, v in enumerate(g.variants):
            words = g.diff[i] if 0 < i < len(g.diff) else v.text
            out.append(f"  - “{short(words)}” — {_who(v.article_ids, by_id)}")
    return [*out, ""]


def _claims(story: Story, by_id: Mapping[str, Article]) -> list[str]:
    if not story.claims:
        return []
    ids = [a for a in story.article_ids if a in by_id]
    ranked = sorted(
        enumerate(story.claims),
        key=lambda ic: (-ic[1].independent_support, ic[0]),
    )[:MATRIX_CLAIMS]
    out = [
        "### Who reports what",
        "",
        "✓ states it · ≠ states it differently · blank: does not mention it",
        "",
        "| claim | " + " | ".join(label(by_id[a]) for a in ids) + " | independent |",
        "|---|" + "---|" * len(ids) + "---|",
    ]
    for _, claim in ranked:
        agree = {a for v in claim.supporting for a in v.article_ids}
        differ = {a for v in claim.differing for a in v.article_ids}
        marks = ["≠" if a in differ else "✓" if a in agree else " " for a in ids]
        out.append(
            f"| {short(claim.text, 120)} | "
            + " | ".join(marks)
            + f" | {claim.independent_support} |"
        )
    if len(story.claims) > MATRIX_CLAIMS:
        out += ["", f"{len(story.claims) - MATRIX_CLAIMS} more claims in the JSON."]
    return [*out, ""]


def _timeline(story: Story, by_id: Mapping[str, Article]) -> list[str]:
    if not story.timeline:
        return []
    out = ["### Timeline of events", "", "| when | event | reports |", "|---|---|---|"]
    for e in story.timeline:
        ids = [a for v in e.variants for a in v.article_ids]
        out.append(f"| {cell(e.date)} | {short(e.text, 160)} | {_who(ids, by_id)} |")
    return [*out, ""]


def _errata(story: Story, by_id: Mapping[str, Article]) -> list[str]:
    if not story.errata:
        return []
    out = ["### Errata", ""]
    for e in story.errata:
        fix = f" → “{short(e.suggestion, 80)}”" if e.suggestion else ""
        where = _who([e.article_id], by_id)
        out.append(
            f"- {where}: {cell(e.kind)} “{short(e.text, 100)}”{fix} — {short(e.reason, 200)}"
        )
    return [*out, ""]
