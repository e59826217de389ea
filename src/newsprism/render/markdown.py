"""``report.md``: a readable account of a run, for a person, from the same data as the JSON."""

from __future__ import annotations

from collections import Counter

from newsprism.model import Analysis, Article
from newsprism.render.compare_md import compare_sections
from newsprism.render.story_md import (
    actors_section,
    cell,
    copies_section,
)

_MAX_SHOWN = 160


def to_markdown(analysis: Analysis) -> str:
    """Sources, what was cleaned from each, and every rejected input with its reason."""
    lines = [
        "# newsprism report",
        "",
        f"{len(analysis.articles)} articles from {analysis.inputs} inputs, "
        f"{len(analysis.rejected)} rejected, {len(analysis.stories)} stories "
        f"(schema {analysis.schema_version}).",
        "",
    ]
    by_id = {a.id: a for a in analysis.articles}
    for n, story in enumerate(analysis.stories, start=1):
        lines += [f"## Story {n} (`{story.id}`)", ""]
        lines += [
            "| id | outlet | title | published (UTC) | dateline | byline | words |",
            "|---|---|---|---|---|---|---|",
        ]
        for aid in story.article_ids:
            a = by_id[aid]
            cells = [
                f"`{a.id.replace('`', '')}`",
                a.outlet or "",
                a.title or "",
                a.published or "",
                a.dateline or "",
                a.byline or "",
                str(len(a.text.split())),
            ]
            lines.append("| " + " | ".join([cells[0], *(cell(c) for c in cells[1:])]) + " |")
        lines.append("")
        lines += compare_sections(story, by_id)
        lines += copies_section(story, by_id)
        lines += actors_section(story)
        lines += ["### Cleaning, report by report", ""]
        for aid in story.article_ids:
            lines += _cleaning_section(by_id[aid])
    if analysis.rejected:
        lines += ["## Rejected inputs", ""]
        lines += [f"- `{cell(r.source)}`: {cell(r.reason)}" for r in analysis.rejected]
        lines.append("")
    return "\n".join(lines)


def _cleaning_section(article: Article) -> list[str]:
    title = article.title or article.source
    out = [f"#### {cell(title)}", "", f"Source: `{cell(article.source)}`", ""]
    counts = Counter(step.kind for step in article.cleaning)
    if not counts:
        return [*out, "No cleaning was needed.", ""]
    out.append(
        "Cleaning: " + ", ".join(f"{kind} × {n}" for kind, n in sorted(counts.items())) + "."
    )
    out.append("")
    for step in article.cleaning:
        if step.kind in ("whitespace", "html_extraction"):
            continue
        before = _short(step.before)
        after = _short(step.after)
        change = f"removed “{before}”" if not step.after else f"“{before}” → “{after}”"
        out.append(f"- {step.kind}: {change} — {cell(step.reason)}")
    out.append("")
    return out


def _short(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) > _MAX_SHOWN:
        flat = flat[: _MAX_SHOWN - 1] + "…"
    return cell(flat)
