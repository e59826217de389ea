"""Markdown sections of one story: copies, actors, quotes, timeline.

Pure functions over the records; every piece of article text goes through
:func:`cell` so it cannot break the table or inject markup.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsprism.model import Article, Story

_MAX_QUOTE = 220


def cell(text: str) -> str:
    """One line of text made safe for a Markdown table cell."""
    flat = " ".join(text.split()).replace("|", "\\|").replace("`", "'")
    return flat.replace("<", "&lt;").replace(">", "&gt;")


def short(text: str, limit: int = _MAX_QUOTE) -> str:
    flat = " ".join(text.split())
    return cell(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def label(article: Article) -> str:
    return cell(article.outlet or article.title or article.source.rsplit("/", 1)[-1])


def copies_section(story: Story, by_id: Mapping[str, Article]) -> list[str]:
    if not story.duplicate_groups and not story.provenance:
        return []
    out = ["### Who copied whom", ""]
    for group in story.duplicate_groups:
        names = ", ".join(label(by_id[a]) for a in group if a in by_id)
        out.append(f"- near-duplicates: {names}")
    for prov in story.provenance:
        src, cpy = by_id.get(prov.source_id), by_id.get(prov.copy_id)
        if src is None or cpy is None:
            continue
        arrow = "reuses" if prov.direction == "published" else "shares text with"
        out.append(
            f"- **{label(cpy)}** {arrow} **{label(src)}**: {prov.kind}, "
            f"{prov.shared_sentences} of {prov.copy_sentences} sentences, "
            f"similarity {prov.similarity:.2f} — {cell(prov.reason)}"
        )
    return [*out, ""]


def actors_section(story: Story) -> list[str]:
    if not story.entities:
        return []
    out = [
        "### Actors",
        "",
        "| name | type | roles | also written | reports | flags |",
        "|---|---|---|---|---|---|",
    ]
    ranked = sorted(
        story.entities, key=lambda e: (-len({m.article_id for m in e.mentions}), e.name)
    )
    for ent in ranked:
        reports = len({m.article_id for m in ent.mentions})
        flags = "; ".join(f"{f.kind}: {f.alias} ({f.confidence:.2f})" for f in ent.flags)
        out.append(
            f"| {cell(ent.name)} | {ent.type} | {cell(', '.join(ent.roles))} | "
            f"{cell(', '.join(ent.aliases))} | {reports} | {cell(flags)} |"
        )
    return [*out, ""]
