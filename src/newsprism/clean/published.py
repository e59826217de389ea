"""Publication times as written by news sites, turned into ISO 8601.

Reports print their time in every format there is: ISO 8601 in metadata,
RFC 2822 in feeds, ``11:10 JST, March 3, 2025`` or ``Updated 3 Mar 2025 09:12
GMT`` in the page; dateutil reads them, with zone names from our own table
(never from the host's locale). The timeline stage resolves "last Friday" against this
value, so a wrong time is worse than none: :func:`parse_published` rejects a
string that carries words it cannot account for, a missing year or a missing
day, and an unknown zone abbreviation, instead of guessing.

What comes back (the contract callers rely on):

* a time with a zone (abbreviation, numeric offset, ``Z`` or ``default_tz``)
  → UTC, ``"2025-03-03T02:10:00Z"`` (seconds resolution);
* a date without a time → ``"2025-03-03"``; turning it into midnight UTC would
  invent a time and could even move the day;
* a time without any zone and no ``default_tz`` → the local wall time without
  designator, ``"2025-03-03T11:10:00"`` (ISO 8601 "local time"); the date in it
  is right, converting to UTC would be a guess;
* anything else → ``None``.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as dateutil_parser

__all__ = ["TZ_ABBREVIATIONS", "is_timestamp_text", "parse_published"]

_H = 3600
#: Zone abbreviations with one dominant meaning in English-language news.
#: Ambiguous ones take the meaning news sites use most: IST is India (+05:30),
#: CST is US Central, BST is British Summer Time.
TZ_ABBREVIATIONS: dict[str, int] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "UT": 0,
    "WET": 0,
    "WEST": _H,
    "EST": -5 * _H,
    "EDT": -4 * _H,
    "CST": -6 * _H,
    "CDT": -5 * _H,
    "MST": -7 * _H,
    "MDT": -6 * _H,
    "PST": -8 * _H,
    "PDT": -7 * _H,
    "AKST": -9 * _H,
    "AKDT": -8 * _H,
    "HST": -10 * _H,
    "AST": -4 * _H,
    "ADT": -3 * _H,
    "NST": -(3 * _H + 1800),
    "NDT": -(2 * _H + 1800),
    "BST": _H,
    "IST": 5 * _H + 1800,
    "CET": _H,
    "CEST": 2 * _H,
    "EET": 2 * _H,
    "EEST": 3 * _H,
    "MSK": 3 * _H,
    "TRT": 3 * _H,
    "GST": 4 * _H,
    "PKT": 5 * _H,
    "NPT": 5 * _H + 2700,
    "ICT": 7 * _H,
    "WIB": 7 * _H,
    "HKT": 8 * _H,
    "SGT": 8 * _H,
    "PHT": 8 * _H,
    "AWST": 8 * _H,
    "MYT": 8 * _H,
    "JST": 9 * _H,
    "KST": 9 * _H,
    "ACST": 9 * _H + 1800,
    "ACDT": 10 * _H + 1800,
    "AEST": 10 * _H,
    "AEDT": 11 * _H,
    "NZST": 12 * _H,
    "NZDT": 13 * _H,
    "SAST": 2 * _H,
    "CAT": 2 * _H,
    "EAT": 3 * _H,
    "WAT": _H,
    "BRT": -3 * _H,
    "ART": -3 * _H,
}
#: Generic US zone names whose offset depends on the date (DST): resolved by tzdata.
_GENERIC_ZONES: dict[str, str] = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
#: Words a publication-time line may carry besides the time itself.
_FILLER = frozenset(
    "updated published posted last first modified date on at of the time "
    "released issued and".split()
)
_LABEL = re.compile(
    r"^\s*(?:(?:last\s+|first\s+)?(?:updated|published|posted|modified|released|issued)"
    r"(?:\s+on|\s+at)?|date)\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
_MERIDIEM = re.compile(r"\b([ap])\.\s?m\.?(?=\s|$|[,)])", re.IGNORECASE)
_POSIX_OFFSET = re.compile(r"\b(?:UTC|GMT)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?\b", re.IGNORECASE)
_HAS_DATE = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b",
    re.IGNORECASE,
)
_DEFAULT_A = datetime(1, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(4, 2, 2, 13, 37, 59)


class _UnknownZoneError(ValueError):
    """A zone-like token that no table resolves; the string is rejected."""


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    """dateutil ``tzinfos`` hook: resolve names from our tables, never from the host."""
    if name is not None:
        key = name.upper()
        if key in TZ_ABBREVIATIONS:
            return timezone(timedelta(seconds=TZ_ABBREVIATIONS[key]), key)
        if key in _GENERIC_ZONES:
            return ZoneInfo(_GENERIC_ZONES[key])
        if offset is None:
            raise _UnknownZoneError(name)
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    return None


def _resolve_default_tz(default_tz: str | None) -> tzinfo | None:
    if default_tz is None:
        return None
    key = default_tz.strip().upper()
    if key in TZ_ABBREVIATIONS or key in _GENERIC_ZONES:
        return _zone(key, None)
    try:
        return ZoneInfo(default_tz.strip())
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            f"unknown default_tz {default_tz!r}: give an IANA name such as "
            "'Asia/Tokyo' or an abbreviation such as 'JST'"
        ) from exc


def _normalise(value: str) -> str:
    text = " ".join(value.replace("\u00a0", " ").split())
    text = _LABEL.sub("", text)
    text = _MERIDIEM.sub(lambda m: m.group(1).upper() + "M", text)

    def posix(m: re.Match[str]) -> str:
        # "UTC+3" means three hours ahead in news; dateutil reads it POSIX-style (behind).
        sign = "-" if m.group(1) in "-−" else "+"
        return f"{sign}{int(m.group(2)):02d}:{m.group(3) or '00'}"

    return _POSIX_OFFSET.sub(posix, text)


def _only_filler(tokens: tuple[str, ...]) -> bool:
    words = re.findall(r"[^\W\d_]+|\d+", " ".join(tokens))
    return all(w.casefold() in _FILLER for w in words)


def _dateutil(text: str) -> tuple[datetime, bool] | None:
    """Parse with dateutil; return (value, has_time) or None if anything is unaccounted for."""
    try:
        a, skipped = dateutil_parser.parse(
            text, default=_DEFAULT_A, fuzzy_with_tokens=True, tzinfos=_zone
        )
        b = dateutil_parser.parse(text, default=_DEFAULT_B, fuzzy=True, tzinfos=_zone)
    except (ValueError, OverflowError, TypeError):
        return None
    if not _only_filler(skipped):
        return None
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        return None  # year, month or day missing: not a publication date
    has_time = (a.hour, a.minute) == (b.hour, b.minute)
    return a, has_time


def _iso(text: str) -> datetime | None:
    """Strict ISO 8601 first: it is what metadata carries and dateutil can misread."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def parse_published(value: str, default_tz: str | None = None) -> str | None:
    """Turn a publication-time string into ISO 8601 (see the module docstring for the forms).

    ``default_tz`` (IANA name or abbreviation) is the outlet's zone, applied only
    when the string has none. Raises ``ValueError`` for an unknown ``default_tz``
    (a caller's mistake, not a property of the text).

    >>> parse_published("11:10 JST, March 3, 2025")
    '2025-03-03T02:10:00Z'
    >>> parse_published("3 March 2025")
    '2025-03-03'
    """
    fallback = _resolve_default_tz(default_tz)
    text = _normalise(value)
    if not text or len(text) > 120 or not re.search(r"\d", text):
        return None
    parsed = _iso(text)
    has_time = True
    if parsed is None:
        result = _dateutil(text)
        if result is None:
            return None
        parsed, has_time = result
    elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        has_time = False
    if not 1900 <= parsed.year <= 2100:
        return None
    if not has_time:
        return parsed.strftime("%Y-%m-%d")
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        if fallback is None:
            return parsed.replace(microsecond=0).isoformat()
        parsed = parsed.replace(tzinfo=fallback)
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def is_timestamp_text(line: str) -> bool:
    """True when a whole line is a publication time (and nothing else).

    Stricter than :func:`parse_published`: the line must be short and name a
    month or use a numeric date, so a bare "2025" or "Friday 10:00" is not one.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 80 or not _HAS_DATE.search(stripped):
        return False
    return parse_published(stripped) is not None
