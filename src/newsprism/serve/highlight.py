"""An article's text with its findings marked in place, built from the records' spans.

Safety first: the text is cut at every span boundary and *each piece* passes
through :func:`markupsafe.escape`; the only markup is our own ``<span>`` /
``<del>`` tags around those escaped pieces, so a report's ``<script>`` is
shown as text, whatever spans cover it. Overlapping findings (a name inside
a quote inside a differing sentence) are handled by flattening: each piece
carries the classes of every finding covering it, no nesting needed.

Cleaning steps are recorded against the text as it stood before their pass
(``docs/schema.md``), so removed site chrome and repaired encoding are mapped
forward through the later passes to a place in the final text; a step whose
mapped span does not hold its ``after`` text is left out rather than shown in
the wrong place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from newsprism.model import Article, CleaningStep, Story

_LABEL_MAX = 160
_SHOWN_STEPS = {"chrome": "removed", "encoding": "repair", "lossy_mojibake": "repair"}


@dataclass(frozen=True, slots=True)
class Highlight:
    """One marked span of the text (``start == end`` plus ``removed`` text: an insertion point)."""

    kind: str  # quote, speaker, entity, difference, erratum, repair, removed, match
    start: int
    end: int
    label: str
    ref: str = ""
    removed: str = ""


def highlights(
    article: Article, story: Story | None, mark: tuple[int, int] | None = None
) -> list[Highlight]:
    """Every finding of ``story`` about ``article``, plus cleaning changes and a search match."""
    found: list[Highlight] = []
    aid = article.id
    if story is not None:
        for q in story.quotes:
            if q.article_id != aid:
                continue
            who = q.speaker or q.speaker_description or "unattributed"
            found.append(Highlight("quote", q.start, q.end, f"{q.kind} quote: {who}", f"q-{q.id}"))
            if q.speaker_start is not None and q.speaker_end is not None:
                label = f"speaker of a quote: {who}"
                found.append(Highlight("speaker", q.speaker_start, q.speaker_end, label))
        for e in story.entities:
            for m in e.mentions:
                if m.article_id == aid:
                    found.append(Highlight("entity", m.start, m.end, f"{e.name} ({e.type})"))
        for d in story.differences:
            for v in d.variants:
                for span in v.spans:
                    if span.article_id == aid:
                        label = f"differs ({d.kind}): {d.description}"
                        found.append(
                            Highlight("difference", span.start, span.end, label, f"d-{d.id}")
                        )
        for n, err in enumerate(story.errata):
            if err.article_id == aid and err.start is not None and err.end is not None:
                fix = f" → {err.suggestion}" if err.suggestion else ""
                label = f"{err.kind.replace('_', ' ')}: {err.text}{fix}"
                found.append(Highlight("erratum", err.start, err.end, label, f"x-{n}"))
    found.extend(cleaning_highlights(article))
    if mark is not None:
        found.append(Highlight("match", mark[0], mark[1], "search match", "match"))
    size = len(article.text)
    return [h for h in found if 0 <= h.start <= h.end <= size and (h.end > h.start or h.removed)]


def cleaning_highlights(article: Article) -> list[Highlight]:
    """Removed chrome (insertion points) and encoding repairs, mapped onto the final text."""
    passes: dict[int, list[CleaningStep]] = defaultdict(list)
    for step in article.cleaning:
        if step.start is not None and step.end is not None:
            passes[step.pass_index].append(step)
    for steps in passes.values():
        steps.sort(key=lambda s: (s.start or 0, s.end or 0))
    order = sorted(passes)
    out: list[Highlight] = []
    for p in order:
        later = [passes[q] for q in order if q > p]
        shift = 0
        for step in passes[p]:
            assert step.start is not None and step.end is not None
            start = step.start + shift
            shift += len(step.after) - (step.end - step.start)
            shown = _SHOWN_STEPS.get(step.kind)
            if shown is None:
                continue
            lo, hi = start, start + len(step.after)
            for steps in later:
                lo, hi = _map(lo, steps, right=False), _map(hi, steps, right=True)
            if shown == "removed" and not step.after:
                label = f"removed site chrome: {step.reason}"
                out.append(Highlight("removed", lo, lo, _short(label), removed=step.before))
            elif article.text[lo:hi] == step.after and hi > lo:
                label = f"repaired {step.kind.replace('_', ' ')}: was {step.before!r}"
                out.append(Highlight("repair", lo, hi, _short(label)))
    return out


def _map(pos: int, steps: Sequence[CleaningStep], *, right: bool) -> int:
    """Where offset ``pos`` of a pass's input lands in that pass's output."""
    shift = 0
    for step in steps:
        assert step.start is not None and step.end is not None
        if step.end <= pos and not (step.start == step.end == pos and not right):
            shift += len(step.after) - (step.end - step.start)
        elif step.start < pos < step.end:
            return step.start + shift + (len(step.after) if right else 0)
        else:
            break
    return pos + shift


def mark_up(text: str, found: Iterable[Highlight]) -> Markup:
    """``text`` as HTML, each piece escaped, each piece wrapped in the classes covering it."""
    spans = [h for h in found if h.end > h.start]
    inserts: dict[int, list[Highlight]] = defaultdict(list)
    for h in found:
        if h.removed:
            inserts[h.start].append(h)
    cuts = sorted({0, len(text), *(h.start for h in spans), *(h.end for h in spans), *inserts})
    starting: dict[int, list[Highlight]] = defaultdict(list)
    for h in spans:
        starting[h.start].append(h)
    active: list[Highlight] = []
    parts: list[str] = []
    for lo, hi in zip(cuts, [*cuts[1:], len(text)], strict=True):
        for h in inserts.get(lo, ()):
            title = escape(h.label)
            parts.append(f'<del class="hl hl-removed" title="{title}">{escape(h.removed)}</del>')
        active = [h for h in active if h.end > lo] + starting.get(lo, [])
        for h in starting.get(lo, ()):
            if h.ref:
                parts.append(f'<span class="anchor" id="{escape(h.ref)}"></span>')
        if hi <= lo:
            continue
        piece = escape(text[lo:hi])
        if not active:
            parts.append(str(piece))
            continue
        kinds = " ".join(sorted({f"hl-{h.kind}" for h in active}))
        title = escape(" · ".join(dict.fromkeys(_short(h.label) for h in active)))
        parts.append(f'<span class="hl {kinds}" title="{title}">{piece}</span>')
    return Markup("".join(parts))


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= _LABEL_MAX else label[: _LABEL_MAX - 1] + "…"
