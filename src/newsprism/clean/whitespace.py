"""Whitespace normalisation, the last cleaning pass.

Removals elsewhere leave blank-line runs and stray spaces behind; this pass
tidies them so paragraphs are separated by at most one blank line, no line
ends in spaces, and the body neither starts nor ends with blank lines.
"""

from __future__ import annotations

import re

from newsprism.clean.edits import Edit

_TRAILING = re.compile(r"[ \t\u00a0]+(?=\n|$)")
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_LEADING = re.compile(r"^\s+")
_ENDING = re.compile(r"\s+$")


def normalize_newlines(text: str) -> str:
    """Universal newlines: CRLF and lone CR become LF (done before any span is recorded)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def whitespace_edits(text: str) -> list[Edit]:
    """Edits that strip trailing spaces, collapse blank-line runs and trim the ends."""
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, replacement: str, reason: str) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        edits.append(Edit(start, end, replacement, "whitespace", reason))

    lead = _LEADING.match(text)
    if lead:
        add(lead.start(), lead.end(), "", "white space before the first line")
    tail = _ENDING.search(text)
    if tail and tail.start() > 0:
        add(tail.start(), tail.end(), "", "white space after the last line")
    for match in _BLANK_RUN.finditer(text):
        add(match.start(), match.end(), "\n\n", "run of blank lines collapsed to one")
    for match in _TRAILING.finditer(text):
        add(match.start(), match.end(), "", "spaces at the end of a line")
    return edits
