"""Lossless encoding repair: ftfy's fixes, expressed as small span edits.

Why span edits instead of ``ftfy.fix_text``: every change the clean stage makes
must be shown to the reader as errata and be replayable (see
:mod:`newsprism.clean.edits`). So we run ftfy exactly as ``fix_text`` does
(segment by segment, one segment per line), but keep typographic quotes
(``uncurl_quotes=False``: quote extraction needs them), and turn each changed
segment into the smallest replace spans a character diff finds. Each edit's
reason names what ftfy did, in words, restricted to the ftfy steps that
actually change that span when applied to it alone.

"Lossless" means ftfy only undoes reversible damage: the bytes are all still
there. Damage where bytes were dropped is :mod:`newsprism.clean.lossy`'s job.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

import ftfy
from ftfy import ExplanationStep, TextFixerConfig

from newsprism.clean.edits import Edit

# ftfy's defaults except for curly quotes, which newsprism keeps.
_CONFIG = TextFixerConfig(uncurl_quotes=False, explain=True)

# What each ftfy fixer does, in words a reader of the errata understands.
_FIXER_WORDS: dict[str, str] = {
    "unescape_html": "decoded HTML character entities",
    "remove_terminal_escapes": "removed terminal colour escape codes",
    "restore_byte_a0": "restored a non-breaking space (byte A0) turned into a plain space",
    "replace_lossy_sequences": "marked an undecodable mojibake sequence",
    "decode_inconsistent_utf8": "decoded UTF-8 mojibake embedded in otherwise correct text",
    "fix_c1_controls": "replaced C1 control characters by their Windows-1252 characters",
    "fix_latin_ligatures": "expanded a typographic Latin ligature",
    "fix_character_width": "replaced full-width/half-width forms by normal-width characters",
    "fix_line_breaks": "normalised line breaks to \\n",
    "fix_surrogates": "combined UTF-16 surrogate pairs",
    "remove_control_chars": "removed invisible control characters",
}


_LINE_BREAK = re.compile("\r\n|[\r\n\u2028\u2029]")


def _segments(text: str) -> list[tuple[int, str]]:
    """Split like ``ftfy.fix_text`` (lines with their break, capped in length), but at
    every break ftfy's ``fix_line_breaks`` turns into ``\\n``, not only at ``\\n``:
    otherwise a second run would see other segments than the first and ftfy,
    deciding per segment, could change its mind (the pass must be idempotent)."""
    out: list[tuple[int, str]] = []
    pos = 0
    cap = _CONFIG.max_decode_length
    while pos < len(text):
        found = _LINE_BREAK.search(text, pos)
        brk = found.end() if found else len(text)
        brk = min(brk, pos + cap)
        out.append((pos, text[pos:brk]))
        pos = brk
    return out


def _group_steps(steps: list[ExplanationStep]) -> list[list[ExplanationStep]]:
    """Group an explanation into units: one encode…decode chain, or one fixer."""
    groups: list[list[ExplanationStep]] = []
    chain: list[ExplanationStep] = []
    for step in steps:
        if step.action in ("encode", "transcode") or (step.action == "decode" and chain):
            chain.append(step)
            if step.action == "decode":
                groups.append(chain)
                chain = []
        else:
            groups.append([step])
    if chain:
        groups.append(chain)
    return groups


def _describe(group: list[ExplanationStep]) -> str:
    """One unit of an ftfy explanation in words."""
    first = group[0]
    if first.action == "apply":
        return _FIXER_WORDS.get(first.parameter, first.parameter)
    if first.action == "normalize":
        return f"Unicode {first.parameter} normalisation"
    encodings = [s.parameter for s in group if s.action == "encode"]
    decodings = [s.parameter for s in group if s.action == "decode"]
    extra = [_FIXER_WORDS.get(s.parameter, s.parameter) for s in group if s.action == "transcode"]
    words = (
        f"mojibake: {'/'.join(decodings) or 'UTF-8'} text had been decoded as "
        f"{'/'.join(encodings)}; re-encoded and decoded correctly"
    )
    return words + (f" ({'; '.join(extra)})" if extra else "")


def _changes(group: list[ExplanationStep], before: str) -> bool:
    """Does this unit of the plan, applied to ``before`` alone, change it?"""
    if group[0].action == "normalize":
        return not unicodedata.is_normalized(_CONFIG.normalization or "NFC", before)
    try:
        return ftfy.apply_plan(before, [(s.action, s.parameter) for s in group]) != before
    except (UnicodeError, ValueError):
        # An encoding chain often needs the neighbouring bytes; it still did this.
        return any(s.action in ("encode", "decode") for s in group)


def _reason(steps: list[ExplanationStep], before: str, after: str) -> str:
    groups = _group_steps(steps)
    relevant = [g for g in groups if _changes(g, before)] or groups
    what = "; ".join(dict.fromkeys(_describe(g) for g in relevant))
    return f"ftfy: {what}: {before!r} -> {after!r}"


def _diff_edits(offset: int, old: str, new: str, steps: list[ExplanationStep]) -> list[Edit]:
    """Smallest replace spans turning ``old`` into ``new``, shifted by ``offset``."""
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    old_mid = old[head : len(old) - tail]
    new_mid = new[head : len(new) - tail]
    edits: list[Edit] = []
    matcher = SequenceMatcher(None, old_mid, new_mid, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        before, after = old_mid[i1:i2], new_mid[j1:j2]
        edits.append(
            Edit(
                start=offset + head + i1,
                end=offset + head + i2,
                replacement=after,
                kind="encoding",
                reason=_reason(steps, before, after),
            )
        )
    return edits


_NOTHING_TO_FIX = re.compile(r"[\x20-\x25\x27-\x7e\n\t]*")


def encoding_edits(text: str) -> list[Edit]:
    """ftfy repairs (kind="encoding") as minimal, non-overlapping span edits of ``text``.

    Applying them gives ``ftfy.fix_text(text, uncurl_quotes=False)`` exactly for
    text whose only line break is ``\\n`` (same segments, same switch-off of
    HTML unescaping once a segment contains ``<``); other breaks also end a
    segment here (see :func:`_segments`). Each edit's reason names the ftfy
    steps behind it.
    """
    if _NOTHING_TO_FIX.fullmatch(text):
        return []  # printable ASCII without entities: no ftfy step can change it
    config = _CONFIG
    edits: list[Edit] = []
    for offset, segment in _segments(text):
        if config.unescape_html == "auto" and "<" in segment:
            config = config._replace(unescape_html=False)
        fixed, steps = ftfy.fix_and_explain(segment, config)
        if fixed != segment:
            edits.extend(_diff_edits(offset, segment, fixed, list(steps or [])))
    return edits
