"""Find quoted spans in a text by its quotation marks alone (no NLP).

Why a character scanner and not a regex: the same glyph plays different
roles. A straight ``"`` opens or closes depending on its neighbours, ``’`` is
far more often an apostrophe (don’t, Russia’s, ’90s, workers’) than a closing
mark, guillemets run «…» in some languages and »…« in others, and newspaper
style repeats the opening mark at the start of every paragraph of a long quote
without closing the previous one. A quote never runs past its paragraph, so an
unbalanced mark cannot swallow the rest of the document: an opening mark left
open at the end of a paragraph makes a quote only when the next paragraph opens
a quote again (the continuation convention); otherwise it is dropped.

Single quotes (‘…’) inside a double quote are part of it (nested), never a quote
of their own; at top level only the typographic ‘ opens one (British style),
because a straight ``'`` is too often an apostrophe or a foot mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENERS_ALWAYS = {"“": "double", "„": "double", "``": "backtick"}
_CLOSERS_ALWAYS = {"”": "double", "''": "backtick"}
_BEFORE_OPEN = set(" \t([{—–-/\u00a0:;,") | {""}
_AFTER_CLOSE = set(" \t)]}.,;:!?—–-\u00a0…") | {""}
_MARK_RE = re.compile(r"``|''|[\"“”„«»‘’]")
_PARAGRAPH_RE = re.compile(r"[^\n]+")
_MAX_SINGLE = 400  # a top-level ‘…’ quote longer than this is more likely apostrophe noise


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quoted span: ``start``/``end`` are the words inside the marks (trimmed).

    ``open_at`` is the opening mark's offset, ``close_end`` the offset just after
    the closing mark (``end`` when the quote continues in the next paragraph
    with no closing mark, then ``closed`` is False).
    """

    open_at: int
    start: int
    end: int
    close_end: int
    closed: bool
    family: str


def _role(text: str, pos: int, mark: str, guillemet_open: str | None) -> str:
    """``open``, ``close``, ``either`` or ``none`` for the mark at ``pos``."""
    before = text[pos - 1] if pos > 0 else ""
    after = text[pos + len(mark)] if pos + len(mark) < len(text) else ""
    if mark in _OPENERS_ALWAYS:
        return "open"
    if mark in _CLOSERS_ALWAYS:
        return "close"
    if mark in "«»":
        return "open" if mark == guillemet_open else "close"
    if mark == '"':
        can_open = before in _BEFORE_OPEN or before in "“‘«"
        can_close = after in _AFTER_CLOSE or after in "”’»\"'"
        if can_open and not can_close:
            return "open"
        if can_close and not can_open:
            return "close"
        return "either"
    if mark == "‘":
        # ‘90s is an apostrophe typed with the wrong glyph.
        if re.match(r"\d\ds\b", text[pos + 1 : pos + 5]):
            return "none"
        return "open" if before in _BEFORE_OPEN or before in '“"' else "none"
    if mark == "’":
        if after.isalnum() or before in (" ", ""):
            return "none"  # don’t, Russia’s, ’90s
        return "close"
    return "none"


def _family(mark: str) -> str:
    if mark in ("“", "”", "„", '"'):
        return "double"
    if mark in ("«", "»"):
        return "guillemet"
    if mark in ("``", "''"):
        return "backtick"
    return "single"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_spans(
    text: str, para_start: int, para_end: int
) -> tuple[list[QuoteSpan], int | None, str]:
    """Closed quotes of one paragraph, plus the opening offset and family left open at its end."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    open_len = 0
    family = ""
    guillemet_open: str | None = None
    for match in _MARK_RE.finditer(text, para_start, para_end):
        mark, pos = match.group(), match.start()
        if mark in "«»" and guillemet_open is None:
            guillemet_open = mark
        role = _role(text, pos, mark, guillemet_open)
        fam = _family(mark)
        if role == "none":
            continue
        if open_at is None:
            if (role in ("open", "either") and fam != "single") or (
                fam == "single" and role == "open"
            ):
                if fam == "single" and mark != "‘":
                    continue
                open_at, open_len, family = pos, len(mark), fam
            continue
        if family != "single" and fam == "single":
            continue  # nested single quotes belong to the open double quote
        if family == "single" and fam != "single":
            continue  # double marks nested in a British-style single quote
        if fam != family:
            continue
        if role == "open" and mark in ("“", "„", "``"):
            # A second opener: the first one was stray, unless the glyph sits where a closer would.
            after = text[pos + 1] if pos + 1 < para_end else ""
            if not (text[pos - 1] not in " \t" and (after in _AFTER_CLOSE)):
                open_at, open_len = pos, len(mark)
                continue
        start, end = _trimmed(text, open_at + open_len, pos)
        if family == "single" and end - start > _MAX_SINGLE:
            open_at = None
            continue
        if end > start:
            spans.append(QuoteSpan(open_at, start, end, pos + len(mark), True, family))
        open_at = None
    return spans, open_at, family


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted span of ``text`` in order (see the module docstring for the rules)."""
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(text) if m.group().strip()]
    spans: list[QuoteSpan] = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        closed, left_open, family = _paragraph_spans(text, p_start, p_end)
        spans.extend(closed)
        if left_open is None or family == "single":
            continue
        if index + 1 < len(paragraphs):
            n_start, n_end = paragraphs[index + 1]
            following = text[n_start:n_end].lstrip()
            if following[:1] in '“„"«»' or following.startswith("``"):
                mark_len = 2 if text.startswith("``", left_open) else 1
                start, end = _trimmed(text, left_open + mark_len, p_end)
                if end > start:
                    spans.append(QuoteSpan(left_open, start, end, end, False, family))
    spans.sort(key=lambda s: s.start)
    return spans
