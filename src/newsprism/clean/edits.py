"""Span edits: how every cleaning pass changes a text and explains the change.

A pass proposes :class:`Edit` s against the text it received; :func:`apply_pass`
applies them (right to left, so offsets stay valid) and turns each into a
:class:`~newsprism.model.CleaningStep` that keeps the span, the old and new
text, and the reason. :func:`replay` re-applies recorded steps, which is how
tests prove that nothing was changed without a step explaining it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby, pairwise

from newsprism.model import CleaningStep, StepKind


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``, for ``reason``."""

    start: int
    end: int
    replacement: str
    kind: StepKind
    reason: str
    confidence: float = 1.0


class OverlappingEditsError(ValueError):
    """Two edits of one pass touch the same characters; a pass must not do that."""


def apply_pass(text: str, edits: Iterable[Edit], pass_index: int) -> tuple[str, list[CleaningStep]]:
    """Apply one pass of non-overlapping edits; return the new text and its steps.

    Edits that change nothing (same replacement as the span) are dropped.
    Steps come back in text order.
    """
    ordered = sorted(
        (e for e in edits if text[e.start : e.end] != e.replacement),
        key=lambda e: (e.start, e.end),
    )
    for prev, cur in pairwise(ordered):
        if cur.start < prev.end or (cur.start == prev.start and cur.end == prev.end):
            raise OverlappingEditsError(
                f"edits overlap at {prev.start}-{prev.end} and {cur.start}-{cur.end}"
            )
    pieces: list[str] = []
    pos = 0
    steps: list[CleaningStep] = []
    for e in ordered:
        if not 0 <= e.start <= e.end <= len(text):
            raise ValueError(f"edit span {e.start}-{e.end} outside text of {len(text)}")
        pieces.append(text[pos : e.start])
        pieces.append(e.replacement)
        pos = e.end
        steps.append(
            CleaningStep(
                kind=e.kind,
                pass_index=pass_index,
                start=e.start,
                end=e.end,
                before=text[e.start : e.end],
                after=e.replacement,
                reason=e.reason,
                confidence=e.confidence,
            )
        )
    pieces.append(text[pos:])
    return "".join(pieces), steps


def replay(raw_text: str, steps: Sequence[CleaningStep]) -> str:
    """Re-apply recorded steps to ``raw_text``; the result must equal the article text."""
    text = raw_text
    spanned = [s for s in steps if s.start is not None and s.end is not None]
    for _, group in groupby(spanned, key=lambda s: s.pass_index):
        edits = [
            Edit(s.start, s.end, s.after, s.kind, s.reason)  # type: ignore[arg-type]
            for s in group
        ]
        text, _ = apply_pass(text, edits, 0)
    return text
