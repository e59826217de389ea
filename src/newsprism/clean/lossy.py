"""Lossy mojibake: UTF-8 whose continuation bytes were dropped, repaired from context.

Why this exists: a report whose curly quotes and dashes (UTF-8 ``E2 80 xx``)
went through a single-byte code page that has no character for the
continuation bytes (ISO-8859-x and Latin-1 map 0x80-0x9F to C1 controls, which
later get stripped; cp1252/cp1257/cp1250/cp1251 leave a few bytes undefined)
keeps only the image of the lead byte: ``Zelenskyās``, ``Trumpâs``,
``Ukraineāsomething``. ftfy cannot repair it because the bytes are gone, so
the lost character must be inferred from its surroundings, with a confidence.

The rule, derived from the code pages rather than from a word list:

1. *Units*: the image of lead byte E2 (optionally followed by the image of the
   first continuation byte 80) in a code page where that image is a letter and
   where the remaining bytes can be lost. Which characters a unit can stand for
   is computed from the code page (``ā€`` in cp1257 can only be ‘ “ or ‐).
2. *Context*: each unit is read from its neighbours: between a word and ``s``
   or a contraction ending (``n't``, ``'re``, ``'ll``, ``'ve``, ``'d``, ``'m``)
   it is an apostrophe; between two words a dash; at a word start an opening
   quote, at a word end a closing quote (or a plural possessive), after
   sentence punctuation a closing quote; between digits an en dash. A unit
   touching other non-ASCII letters or a one-letter word piece (``Jānis``,
   ``Xuân``, ``pâté``) reads as genuine text.
3. *Document gate*: edits are made only where the document is plain-ASCII
   Latin apart from the units, at least one unit is in an unmistakable
   apostrophe or closing-quote position, and genuine-looking readings are
   rare. Latvian, Vietnamese, French or Portuguese text therefore stays
   untouched: it either has many other non-ASCII letters or reads as genuine.

Two narrower rules: a lone lead byte of a two-byte letter (``StraÃe``) is
repaired only when the document spells the word correctly elsewhere
(``Straße``) and one letter alone fits; a ``†`` that ftfy made of a cp1252
closing quote plus space (``disgrace.†Then``) becomes ``” `` inside an open quote.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

import ftfy

from newsprism.clean.edits import Edit, apply_pass

CODEPAGES = (
    "cp1252", "latin-1", "cp1257", "iso-8859-2", "iso-8859-4",
    "iso-8859-13", "iso-8859-15", "cp1250", "mac-roman", "cp1251",
)  # fmt: skip

# The UTF-8 punctuation of the E2 80 block that news text uses.
_PUNCT_NAMES = {
    "’": "apostrophe", "‘": "opening single quote", "“": "opening quote",
    "”": "closing quote", "—": "em dash", "–": "en dash", "‐": "hyphen",
}  # fmt: skip

Evidence = Literal["strong", "weak", "genuine", "none"]


def _image(codepage: str, byte: int) -> str | None:
    """The character one byte becomes in ``codepage``; None if undefined or a C1 control."""
    try:
        char = bytes([byte]).decode(codepage)
    except UnicodeDecodeError:
        return None
    return None if unicodedata.category(char) == "Cc" else char


def _build_units() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Damage unit (lead image, maybe + 0x80 image) -> (characters it can be, code pages)."""
    units: dict[str, tuple[set[str], list[str]]] = {}
    for cp in CODEPAGES:
        lead = _image(cp, 0xE2)
        if lead is None or not lead.isalpha():
            continue
        lost = {
            bytes([0xE2, 0x80, xx]).decode("utf-8")
            for xx in range(0x80, 0xC0)
            if _image(cp, xx) is None
        } & set(_PUNCT_NAMES)
        if not lost:
            continue
        mid = _image(cp, 0x80)
        unit = lead if mid is None else lead + mid
        chars, cps = units.setdefault(unit, (set(), []))
        chars.update(lost)
        cps.append(cp)
    return {u: (frozenset(c), tuple(p)) for u, (c, p) in units.items()}


_UNITS = _build_units()
_UNIT_RE = re.compile("|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True)))
_UNIT_CHARS = frozenset("".join(_UNITS))

_NEG_STEMS = frozenset(
    "don doesn didn isn aren wasn weren hasn haven hadn couldn wouldn shouldn "
    "mustn needn mightn can won ain shan".split()
)
_CONTRACTION_HOSTS: dict[str, frozenset[str]] = {
    "re": frozenset("you we they who what there where here".split()),
    "ve": frozenset("i you we they who would could should might must what".split()),
    "ll": frozenset("i you he she it we they that who there what this".split()),
    "d": frozenset("i you he she it we they who there that what".split()),
    "m": frozenset(["i"]),
}
_CLOSERS = ".,!?;:)"


@dataclass(frozen=True, slots=True)
class _Reading:
    """What one unit most likely stood for, and how much it says about the document."""

    char: str | None
    confidence: float
    evidence: Evidence
    why: str
    role: Literal["open", "close", "end", "other"] = "other"


def _alpha_run(text: str, pos: int, step: int) -> str:
    """Letters next to ``pos`` going left (step -1, from pos-1) or right (step 1, from pos).

    A run stops at another damage unit: in ``âWeâre`` the pieces are ``We`` and ``re``.
    """
    i = pos - 1 if step < 0 else pos
    chars: list[str] = []
    while 0 <= i < len(text) and text[i].isalpha() and text[i] not in _UNIT_CHARS:
        chars.append(text[i])
        i += step
    return "".join(reversed(chars)) if step < 0 else "".join(chars)


def _read(text: str, start: int, end: int) -> _Reading:
    """Read one unit from its neighbours (see the module docstring, rule 2)."""
    left, right = _alpha_run(text, start, -1), _alpha_run(text, end, 1)
    prev = text[start - 1] if start > 0 else ""
    nxt = text[end] if end < len(text) else ""
    if (left and not left.isascii()) or (right and not right.isascii()):
        return _Reading(None, 0.0, "genuine", "touches other non-ASCII letters")
    if prev.isdigit() and nxt.isdigit():
        return _Reading("–", 0.8, "weak", "between two numbers")
    if left and right:
        low_l, low_r = left.lower(), right.lower()
        if low_r == "s" and len(left) >= 2:
            return _Reading("’", 0.95, "strong", f"between {left!r} and 's'")
        if low_r == "t" and low_l in _NEG_STEMS:
            return _Reading("’", 0.95, "strong", f"in the contraction {left}'t")
        if low_l in _CONTRACTION_HOSTS.get(low_r, frozenset()):
            return _Reading("’", 0.95, "strong", f"in the contraction {left}'{right}")
        if low_l == "o" and low_r == "clock":
            return _Reading("’", 0.95, "strong", "in o'clock")
        if left in ("O", "D", "L") and right[0].isupper():
            return _Reading("’", 0.8, "weak", f"in a name like {left}'{right}")
        if len(left) >= 2 and (len(right) >= 2 or right in ("a", "I")):
            return _Reading("—", 0.85, "weak", f"between the words {left!r} and {right!r}")
        return _Reading(None, 0.0, "genuine", "inside a word")
    if left:
        if nxt and not (nxt.isspace() or nxt in _CLOSERS or nxt in "\"'"):
            return _Reading(None, 0.0, "none", "word end before an unexpected character")
        return _Reading("”", 0.75, "weak", "at a word end", role="end")
    if right:
        if prev and not (prev.isspace() or prev in "([{-/\"'"):
            return _Reading(None, 0.0, "none", "word start after an unexpected character")
        return _Reading("“", 0.8, "weak", "at a word start", role="open")
    if re.match(r"\d\ds\b", text[end : end + 4]) and (not prev or prev.isspace()):
        return _Reading("’", 0.8, "weak", "before a decade like '90s")
    if prev and prev in ".,!?" and (not nxt or nxt.isspace()):
        return _Reading("”", 0.9, "strong", f"after {prev!r} at a word end", role="close")
    if prev.isspace() and nxt.isspace() and prev != "\n" and nxt != "\n":
        return _Reading("—", 0.75, "weak", "standing alone between spaces")
    return _Reading(None, 0.0, "none", "no recognisable context")


def _resolve_quotes(text: str, found: list[tuple[re.Match[str], _Reading]]) -> list[_Reading]:
    """Word-end units: a closing quote if a quote is open in the paragraph (intact or
    inferred; a matched inferred pair is strong evidence), else after an ``s`` a
    plural possessive (``statesā interests`` -> ``states’ interests``)."""
    out: list[_Reading] = []
    opened_by: int | None = None  # index in ``out`` of the unit that opened, or -1
    pos = 0
    for match, reading in found:
        between = text[pos : match.start()]
        if "\n" in between:
            opened_by, between = None, between[between.rindex("\n") :]
        for char in between:
            if char == "“":
                opened_by = -1
            elif char == "”":
                opened_by = None
        pos = match.end()
        if reading.role == "open":
            opened_by = len(out)
        elif reading.role == "close":
            opened_by = None
        elif reading.role == "end":
            left = _alpha_run(text, match.start(), -1)
            after = text[match.end() : match.end() + 2]
            if opened_by is not None:
                evidence: Evidence = "weak" if opened_by < 0 else "strong"
                reading = _Reading("”", 0.85, evidence, "closing an open quotation", "close")
                if opened_by >= 0:
                    first = out[opened_by]
                    out[opened_by] = _Reading(first.char, 0.85, "strong", first.why, "open")
                opened_by = None
            elif left.endswith("s") and len(after) == 2 and after[0] == " " and after[1].isalpha():
                reading = _Reading("’", 0.7, "weak", "after a plural 's' before a word")
        out.append(reading)
    return out


def _promote_pair(match: re.Match[str], reading: _Reading) -> _Reading:
    """A lead image glued to the image of byte 80 (``â€``, ``ā€``, ``вЂ``) is no word of
    any language: unless it touches other non-ASCII letters it is evidence itself."""
    if len(match.group()) > 1 and reading.evidence in ("weak", "none"):
        return _Reading(reading.char, reading.confidence, "strong", reading.why, reading.role)
    return reading


def _long_dash(text: str, match: re.Match[str], reading: _Reading) -> str | None:
    """The word pair around a dash reading between words of 3+ and 2+ letters, else None."""
    if reading.char != "—" or reading.evidence != "weak":
        return None
    left, right = _alpha_run(text, match.start(), -1), _alpha_run(text, match.end(), 1)
    return f"{left} {right}".lower() if len(left) >= 3 and len(right) >= 2 else None


def _foreign_letters(text: str) -> tuple[int, int]:
    """(letters, non-ASCII letters that are not damage units): the document's script."""
    letters = foreign = 0
    for char in text:
        if char.isalpha():
            letters += 1
            if not char.isascii() and char not in _UNIT_CHARS:
                foreign += 1
    return letters, foreign


def _lead_byte_edits(text: str) -> list[Edit]:
    """Rule 1-3 of the module docstring, for the E2 punctuation block."""
    matches = list(_UNIT_RE.finditer(text))
    if not matches:
        return []
    letters, foreign = _foreign_letters(text)
    if foreign > 2 and foreign > 0.02 * letters:
        return []
    intact = sum(text.count(c) for c in _PUNCT_NAMES)
    found = [(m, _promote_pair(m, _read(text, m.start(), m.end()))) for m in matches]
    readings = _resolve_quotes(text, found)
    edits: list[Edit] = []
    for lead in sorted({m.group()[0] for m in matches}):  # not set order: PYTHONHASHSEED
        mine = [(m, r) for (m, _), r in zip(found, readings, strict=True) if m.group()[0] == lead]
        strong = sum(r.evidence == "strong" for _, r in mine)
        genuine = sum(r.evidence == "genuine" for _, r in mine)
        dashes = len({_long_dash(text, m, r) for m, r in mine} - {None})
        damaged = strong >= (2 if intact else 1) and genuine <= strong // 4
        # Without an apostrophe or quote, only dashes between two different pairs of
        # real-length words convince (``Château`` or ``România`` twice must not).
        damaged = damaged or (not intact and not genuine and dashes >= 2)
        if not damaged:
            continue
        for match, reading in mine:
            allowed, cps = _UNITS[match.group()]
            if reading.char is None or reading.char not in allowed:
                continue
            lost = "continuation bytes were" if len(match.group()) == 1 else "last byte was"
            edits.append(
                Edit(
                    start=match.start(),
                    end=match.end(),
                    replacement=reading.char,
                    kind="lossy_mojibake",
                    reason=(
                        f"lossy mojibake: {match.group()!r} is the {'/'.join(cps)} image of "
                        f"UTF-8 punctuation ({' '.join(sorted(allowed))}) whose {lost} lost; "
                        f"{reading.why} -> {_PUNCT_NAMES[reading.char]}"
                    ),
                    confidence=round(reading.confidence - (0.1 if intact else 0.0), 2),
                )
            )
    return edits


def _dagger_edits(text: str, earlier: list[Edit]) -> list[Edit]:
    """``disgrace.†Then``: cp1252 dropped the undefined byte 9D of the closing quote
    (E2 80 9D), and ftfy, restoring a non-breaking space, read the remaining ``â€``
    plus the following space as the dagger E2 80 A0. Undo that only where a
    quotation is open in the paragraph and the dagger sits between a word and the
    next word with no space, where a footnote dagger would not be."""
    edits: list[Edit] = []
    for match in re.finditer("†", text):
        start = match.start()
        prev = text[start - 1] if start else ""
        nxt = text[start + 1] if start + 1 < len(text) else ""
        lo = text.rfind("\n", 0, start) + 1
        # The paragraph as this pass leaves it: quotes inferred earlier in it count.
        inside = [e for e in earlier if lo <= e.start and e.end <= start]
        para = apply_pass(text[:start], inside, 0)[0][lo:]
        if not (prev.isalpha() or prev in ".,!?") or not (nxt.isalpha() or nxt in "\n"):
            continue
        if not (prev + nxt).isascii() or para[max(map(para.rfind, "“”†")) :][:1] != "“":
            continue
        line_end = text.find("\n", start)
        line = para + "” " + text[start + 1 : len(text) if line_end < 0 else line_end]
        if ftfy.fix_text(line, uncurl_quotes=False) != line:  # ftfy would change its mind
            continue
        edits.append(
            Edit(
                start=start,
                end=start + 1,
                replacement="” " if nxt.isalpha() else "”",
                kind="lossy_mojibake",
                reason=(
                    "lossy mojibake: '†' closes an open quotation; it was the cp1252 closing "
                    "quote 'â€' whose byte 9D was lost, read with the following space as "
                    "E2 80 A0 -> closing quote and space"
                ),
                confidence=0.8,
            )
        )
    return edits


def _two_byte_leads() -> dict[str, list[tuple[str, int]]]:
    """Letter image of a two-byte UTF-8 lead byte -> [(code page, lead byte)]."""
    leads: dict[str, list[tuple[str, int]]] = {}
    for cp in CODEPAGES:
        for byte in range(0xC2, 0xE0):
            img = _image(cp, byte)
            if img is not None and img.isalpha() and not img.isascii():
                leads.setdefault(img, []).append((cp, byte))
    return leads


_LEADS2 = _two_byte_leads()
_WORD_RE = re.compile(r"[^\W\d_]+")


def _lost_letter_fits(damaged: str, intact: str, cps: list[tuple[str, int]]) -> bool:
    """Could ``intact`` (one letter) have become ``damaged`` by losing its last byte?"""
    raw = intact.encode("utf-8")
    return len(raw) == 2 and any(
        raw[0] == byte and _image(cp, raw[1]) is None and _image(cp, byte) == damaged
        for cp, byte in cps
    )


def _vocabulary_edits(text: str) -> list[Edit]:
    """A lone two-byte lead image inside an ASCII word, fixed from the document's own words."""
    if not any(lead in text for lead in _LEADS2):
        return []
    words = {m.group() for m in _WORD_RE.finditer(text)}
    edits: list[Edit] = []
    for match in _WORD_RE.finditer(text):
        word = match.group()
        odd = [i for i, c in enumerate(word) if not c.isascii()]
        if len(word) < 4 or len(odd) != 1 or word[odd[0]] not in _LEADS2:
            continue
        i = odd[0]
        fits = {
            w[i]
            for w in words
            if len(w) == len(word)
            and w != word
            and w[:i] == word[:i]
            and w[i + 1 :] == word[i + 1 :]
            and _lost_letter_fits(word[i], w[i], _LEADS2[word[i]])
        }
        if len(fits) == 1:
            letter = fits.pop()
            edits.append(
                Edit(
                    start=match.start() + i,
                    end=match.start() + i + 1,
                    replacement=letter,
                    kind="lossy_mojibake",
                    reason=(
                        f"lossy mojibake: {word[i]!r} is the image of the UTF-8 lead byte of "
                        f"{letter!r} whose second byte was lost; the document spells the word "
                        f"{word[:i] + letter + word[i + 1 :]!r} elsewhere"
                    ),
                    confidence=0.9,
                )
            )
    return edits


def lossy_mojibake_edits(text: str) -> list[Edit]:
    """Lossy mojibake (kind="lossy_mojibake") with a confidence per edit.

    Run on the text after :func:`newsprism.clean.encoding.encoding_edits`: what
    ftfy can restore losslessly must not be guessed at here. Pure and
    deterministic; edits come back in text order and never overlap.
    """
    if text.isascii():
        return []  # nothing a lost byte could have left behind
    edits = _lead_byte_edits(text)
    edits += _dagger_edits(text, edits)
    taken = {i for e in edits for i in range(e.start, e.end)}
    edits += [e for e in _vocabulary_edits(text) if not taken & set(range(e.start, e.end))]
    return sorted(edits, key=lambda e: (e.start, e.end))
