"""The header fields at the top of a report's body: title, captions, time, byline, dateline.

Scraped text often starts with what the page printed above the story: the
headline (sometimes two or three times, as the SEO title, the display title
and the social card), a photo caption, a timestamp line, a byline, and a
dateline glued to the first sentence (``MOSCOW – The Trump administration…``).
:func:`split_header` reads them off the top in that order and returns removals
for each, so the body starts with its first real sentence and every field is
kept with the span it came from.

Everything here is decided by the shape of a line, never by site names:

* **title**: the first line, when it equals ``known_title`` (metadata) or,
  without metadata, when it reads like a headline (2-25 words, no final period
  or colon, starts upper-case). A long first line ending in a period is body.
* **repeated headline**: following headline-like lines sharing most words
  with the title (Dice >= 0.5, or character similarity >= 0.6).
* **caption**: a short one- or two-sentence line that is *followed* by a
  timestamp or byline (body text never precedes the metadata), or any short
  line carrying a photo-credit marker (``Photo:``, ``(Reuters)``,
  ``AP Photo/…``, ``Getty Images``).
* **published**: a whole line that is a time (see ``published.is_timestamp_text``).
* **byline**: ``By Name[, Name] [and Name]`` or ``Name | Outlet``.
* **dateline**: ``PLACE –``/``—``/`` - `` (optionally ``, Country``, a Reuters
  style date, ``(Agency)``) at the start of the first body line. A Title Case
  place needs the text after the dash to start a new sentence and no second
  dash in the line, so an opening parenthesis (``Putin – who …``) is not taken.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from newsprism.clean.edits import Edit
from newsprism.clean.published import is_timestamp_text, parse_published
from newsprism.model import StepKind

__all__ = [
    "Header",
    "credit_marker",
    "header_field_kind",
    "match_byline",
    "match_dateline",
    "split_header",
]

_MAX_SCAN = 12  # header fields live in the first lines; never look deeper
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*\.?")
_NAME_TOKEN = (
    r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.(?:[A-Z]\.)*"
    r"|de|da|di|du|dos|del|van|von|der|bin|ibn|al|el|la|le)"
)
_NAME = rf"[A-Z][\w'’\-.]*(?:\s+{_NAME_TOKEN}){{1,4}}"
_NAMES = rf"{_NAME}(?:\s*(?:,|\band\b|&)\s*{_NAME})*"
_ROLE = re.compile(
    r"\b(?:press|news|times|post|staff|writer|correspondent|reporter|editor|agency|"
    r"service|services|bureau|desk|contributor|journal|herald|tribune)\b",
    re.IGNORECASE,
)
_BY = re.compile(rf"^(?i:by)\s+(?P<names>{_NAMES})(?P<rest>(?:\s*[,|/•·–—-]\s*[^,|]{{1,40}})*)$")
_PIPE = re.compile(rf"^(?P<names>{_NAME})\s*[|•·]\s*(?P<rest>[A-Z][\w'’&. -]{{1,40}})$")
_PLACE_WORD = r"[A-Z][A-Za-z.'’\-]*"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}(?:,\s*{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}})?)"
    rf"(?:,\s*{_MONTH}\s+\d{{1,2}})?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w .&/-]{0,30})\))?"
    r"(?:\s+[-–—]{1,2}\s*|\s*[–—]\s*)"
    r"(?=[\"“‘'(\[]?[A-Z0-9])"
)
_CREDIT = re.compile(
    r"\b(?:photo|photograph|image|picture|credit|file photo)s?\s*(?::|by\b)|"
    r"\bAP Photo\b|\bGetty Images\b|\bvia Getty\b|"
    r"\((?:Reuters|AP|AFP|EPA|Xinhua|Bloomberg|Kyodo|Yonhap|TASS)\)|"
    r"/\s*(?:Reuters|AFP|AP|EPA|Getty|Bloomberg|Xinhua)\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    r"\b(?:meets?|speaks?|walks?|stands?|attends?|arrives?|gestures?|looks?|waves?|holds?|"
    r"sits?|listens?|delivers?|shakes?|talks?|is|are|pictured|seen)\b",
    re.IGNORECASE,
)
_QUOTE_START = "\"“‘'«"


@dataclass(frozen=True, slots=True)
class Header:
    """Fields read off the top of a body. ``title`` is the body's own headline line, or
    ``None`` when the body prints none (callers fall back to metadata)."""

    title: str | None
    dateline: str | None
    published: str | None
    published_raw: str | None
    byline: str | None
    captions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int  # end of the text, without the newline
    text: str  # stripped


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        if body.strip():
            out.append(_Line(pos, pos + len(body), body.strip()))
            if len(out) >= _MAX_SCAN:
                break
        pos += len(raw)
    return out


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def _norm(line: str) -> str:
    return " ".join(w.casefold().strip(".") for w in _words(line))


def match_byline(line: str) -> str | None:
    """The names of a byline line (``By Jane Roe`` → ``Jane Roe``), else None."""
    line = line.strip()
    ends_sentence = line.endswith((".", "?", "!")) and not re.search(r"\b[A-Z]\.$", line)
    if len(line) > 120 or ends_sentence:
        return None
    m = _BY.match(line) or _PIPE.match(line)
    if m is None:
        return None
    names = [n.strip() for n in re.split(r"\s*,\s*", m.group("names")) if n.strip()]
    kept = [n for n in names if not _ROLE.search(n)]
    if not kept:
        return None
    return ", ".join(kept)


def match_dateline(line: str) -> tuple[str, int] | None:
    """``(place, length of the dateline prefix)`` when ``line`` opens with one, else None."""
    m = _DATELINE.match(line)
    if m is None:
        return None
    place = m.group("place")
    letters = [c for c in place if c.isalpha()]
    all_caps = len(letters) >= 2 and all(c.isupper() for c in letters)
    if not all_caps:
        rest = line[m.end() :]
        # A Title Case place needs a full sentence after it and no closing dash,
        # otherwise "Putin – who …" would be read as a dateline.
        if len(_words(rest)) < 6 or re.search(r"\s[–—]\s|\s-\s", rest):
            return None
    return place, m.end()


def credit_marker(line: str) -> str | None:
    """The photo-credit marker in ``line`` (``Photo:``, ``(Reuters)``, ``AP Photo``…), if any."""
    m = _CREDIT.search(line)
    return m.group(0) if m else None


def _meta_segments(line: str) -> tuple[str | None, str | None] | None:
    """(byline, timestamp) of a metadata line such as ``By Jane Roe | March 3, 2025``."""
    if is_timestamp_text(line):
        return None, line
    whole = match_byline(line)
    parts = [p.strip() for p in re.split(r"\s[|•·]\s|\s[–—]\s", line) if p.strip()]
    if len(parts) < 2:
        return (whole, None) if whole else None
    found_by: str | None = None
    found_ts: str | None = None
    for part in parts:
        if found_ts is None and is_timestamp_text(part):
            found_ts = part
        elif found_by is None and (b := match_byline(part)) is not None:
            found_by = b
        elif len(_words(part)) > 4 or not part[:1].isupper():
            found_by = found_ts = None  # an unexplained segment: not a metadata line
            break
    if found_ts is not None:
        return found_by, found_ts
    return (found_by or whole, None) if found_by or whole else None


def header_field_kind(line: str) -> str | None:
    """Which header field a whole line is (``published``/``byline``/``caption``), if any.

    The chrome pass asks this so it never removes what :func:`split_header` owns.
    """
    seg = _meta_segments(line)
    if seg is not None:
        return "published" if seg[1] else "byline"
    if credit_marker(line) and len(_words(line)) <= 45:
        return "caption"
    return None


def _headline_like(line: str) -> bool:
    words = _words(line)
    if not 2 <= len(words) <= 25 or len(line) > 220:
        return False
    if line.rstrip("”\"’' ").endswith((".", ":", ";", ",")) and not line.endswith("..."):
        return False
    first = line.lstrip(_QUOTE_START)[:1]
    return first.isupper() or first.isdigit()


def _similar(a: str, b: str) -> bool:
    na, nb = _norm(a), _norm(b)
    if na == nb:
        return True
    ta, tb = na.split(), nb.split()
    kicker_a, kicker_b = a.partition(":")[0], b.partition(":")[0]
    if ":" in a and ":" in b and _norm(kicker_a) == _norm(kicker_b) and len(_words(kicker_a)) >= 2:
        return True  # same kicker ("Bridge Closure: …"), different headline after it
    common = sum((Counter(ta) & Counter(tb)).values())
    dice = 2 * common / (len(ta) + len(tb)) if ta and tb else 0.0
    return dice >= 0.5 or _ratio_at_least(na, nb, 0.6)


def _ratio_at_least(a: str, b: str, threshold: float) -> bool:
    """``SequenceMatcher.ratio() >= threshold``, with the cheap upper bounds tried first.

    A headline compared with a long body paragraph fails on length alone; the
    full ratio is quadratic and dominated the cost of the pass without this.
    """
    matcher = SequenceMatcher(None, a, b)
    return (
        matcher.real_quick_ratio() >= threshold
        and matcher.quick_ratio() >= threshold
        and matcher.ratio() >= threshold
    )


def _title_matches(line: str, known: str) -> bool:
    """Equal or near-equal to the metadata title, also when that carries a site suffix."""
    nl = _norm(line)
    parts = [known, *re.split(r"\s[|–—-]\s|\s::\s", known)]
    for part in parts:
        np_ = _norm(part)
        if not np_:
            continue
        if np_ == nl or _ratio_at_least(np_, nl, 0.85):
            return True
    return False


def _whole_line(text: str, ln: _Line, kind: StepKind, reason: str, conf: float) -> Edit:
    end = ln.end + 1 if text[ln.end : ln.end + 1] == "\n" else ln.end
    if text[ln.end : ln.end + 2] == "\r\n":
        end = ln.end + 2
    return Edit(ln.start, end, "", kind, reason, conf)


def _title_group(
    text: str, lines: list[_Line], known_title: str | None
) -> tuple[str | None, int, list[Edit]]:
    """Title line, repeats after it; returns (title, index of the next line, edits)."""
    if not lines:
        return None, 0, []
    if known_title is not None:
        idx = next(
            (i for i, ln in enumerate(lines[:4]) if _title_matches(ln.text, known_title)), None
        )
        if idx is None:
            return None, 0, []
        why = "equals the metadata title"
    else:
        idx = 0
        if (
            len(lines) < 2
            or not _headline_like(lines[0].text)
            or header_field_kind(lines[0].text)
            or match_dateline(lines[0].text)
        ):
            return None, 0, []
        why = "top line reads like a headline (short, no final period, starts upper-case)"
    group = [idx]
    j = idx + 1
    while (
        j < len(lines)
        and _headline_like(lines[j].text)
        and any(_similar(lines[j].text, lines[g].text) for g in group)
    ):
        group.append(j)
        j += 1
    if j >= len(lines):
        return None, 0, []  # nothing but headlines: no body to split from
    counts = Counter(_norm(lines[g].text) for g in group)
    if known_title is not None:
        chosen = next(g for g in group if _title_matches(lines[g].text, known_title))
    else:
        chosen = max(group, key=lambda g: (counts[_norm(lines[g].text)], -g))
    edits = []
    for g in group:
        if g == chosen:
            if len(group) > 1:
                why += "; the version printed most often"
            edits.append(_whole_line(text, lines[g], "title", f"title: {why}", 0.9))
        else:
            edits.append(
                _whole_line(
                    text,
                    lines[g],
                    "repeated_headline",
                    f"repeated headline: near-identical to another headline line "
                    f"(printed {len(group)} times in all)",
                    0.85,
                )
            )
    return lines[chosen].text, j, edits


def _caption_shape(line: str) -> bool:
    words = _words(line)
    sentences = len(re.findall(r"[.!?](?:\s|$)", line))
    return (
        3 <= len(words) <= 45
        and sentences <= 2
        and not line.startswith(tuple(_QUOTE_START))
        and not line.endswith(":")
        and match_dateline(line) is None
    )


def split_header(text: str, known_title: str | None = None) -> tuple[Header, list[Edit]]:
    """Read title, repeated headlines, captions, time, byline and dateline off the top.

    Returns the fields and removals (spans into ``text``) that take them out of
    the body; the dateline removal keeps the sentence it opens. Lines are only
    consumed in order from the top, so nothing below the first body line is
    touched.
    """
    lines = _lines(text)
    title, i, edits = _title_group(text, lines, known_title)
    captions: list[str] = []
    byline: str | None = None
    stamps: list[str] = []
    pending: list[_Line] = []

    def flush(below: str) -> None:
        # Body text never precedes the metadata or the dateline: lines above them are captions.
        for p in pending:
            reason = f"caption: short line above the {below}"
            if _PRESENT.search(p.text):
                reason += ", present-tense description"
            captions.append(p.text)
            edits.append(_whole_line(text, p, "caption", reason, 0.75))
        pending.clear()

    while i < len(lines):
        ln = lines[i]
        seg = _meta_segments(ln.text)
        if seg is not None:
            flush("timestamp/byline")
            by, ts = seg
            if ts is not None:
                stamps.append(ts)
                kind: StepKind = "published"
                reason = "published: the whole line is a publication time"
                if by is not None:
                    reason += " (with the byline)"
            else:
                kind, reason = "byline", "byline: 'By Name' / 'Name | Outlet' line"
            byline = byline or by
            edits.append(_whole_line(text, ln, kind, reason, 0.9))
        elif (mark := credit_marker(ln.text)) and _caption_shape(ln.text):
            flush("photo credit")
            captions.append(ln.text)
            reason = f"caption: short line with photo-credit marker {mark!r}"
            edits.append(_whole_line(text, ln, "caption", reason, 0.85))
        elif _caption_shape(ln.text) and len(pending) < 2:
            pending.append(ln)
        else:
            if pending and match_dateline(ln.text) is not None:
                flush("dateline that opens the story")
            break
        i += 1
    body = pending[0] if pending else (lines[i] if i < len(lines) else None)
    dateline: str | None = None
    if body is not None and (dl := match_dateline(body.text)) is not None:
        place, length = dl
        dateline = place
        edits.append(
            Edit(
                body.start,
                body.start + length,
                "",
                "dateline",
                "dateline: place name and dash opening the first body line",
                0.85,
            )
        )
    chosen_raw = next(
        (s for s in stamps if not re.match(r"\s*(?:last\s+)?updated", s, re.I)),
        stamps[0] if stamps else None,
    )
    header = Header(
        title=title,
        dateline=dateline,
        published=parse_published(chosen_raw) if chosen_raw else None,
        published_raw=chosen_raw,
        byline=byline,
        captions=tuple(captions),
    )
    return header, sorted(edits, key=lambda e: e.start)
