"""Publication-time parsing: formats news sites print, and what must be refused."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.clean.published import TZ_ABBREVIATIONS, is_timestamp_text, parse_published

ISO_OUT = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}Z?)?$")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("11:10 JST, March 3, 2025", "2025-03-03T02:10:00Z"),
        ("2025-03-03T02:10:00Z", "2025-03-03T02:10:00Z"),
        ("2025-03-03T11:10:00+09:00", "2025-03-03T02:10:00Z"),
        ("2025-03-03T02:10:00.123456+00:00", "2025-03-03T02:10:00Z"),
        ("Mon, 03 Mar 2025 02:10:00 +0000", "2025-03-03T02:10:00Z"),
        ("Mon, 03 Mar 2025 02:10:00 -0500", "2025-03-03T07:10:00Z"),
        ("Sun, 2 Mar 2025 18:00:00 GMT", "2025-03-02T18:00:00Z"),
        ("March 3, 2025 5:00 PM EST", "2025-03-03T22:00:00Z"),
        ("March 3, 2025, 5:00 p.m. EDT", "2025-03-03T21:00:00Z"),
        ("Updated 3 Mar 2025 09:12 GMT", "2025-03-03T09:12:00Z"),
        ("Last updated: 3 Mar 2025 09:12 BST", "2025-03-03T08:12:00Z"),
        ("Posted on March 3, 2025 at 11:10 IST", "2025-03-03T05:40:00Z"),
        ("3 March 2025 14:00 MSK", "2025-03-03T11:00:00Z"),
        ("03/03/2025 11:10 CET", "2025-03-03T10:10:00Z"),
        ("4 March 2025 08:00 AEDT", "2025-03-03T21:00:00Z"),
        ("3 March 2025 10:00 KST", "2025-03-03T01:00:00Z"),
        ("3 March 2025 10:00 HKT", "2025-03-03T02:00:00Z"),
        ("3 March 2025 10:00 SGT", "2025-03-03T02:00:00Z"),
        ("3 March 2025 10:00 PST", "2025-03-03T18:00:00Z"),
        ("3 March 2025 10:00 UTC", "2025-03-03T10:00:00Z"),
        # "UTC+3" means three hours ahead, not POSIX's three hours behind.
        ("10:00 GMT+3, March 3, 2025", "2025-03-03T07:00:00Z"),
        ("March 3, 2025 10:00 +05:30", "2025-03-03T04:30:00Z"),
        # Generic US zones follow daylight saving time by date.
        ("January 3, 2025, 5:00 p.m. ET", "2025-01-03T22:00:00Z"),
        ("July 3, 2025, 5:00 p.m. ET", "2025-07-03T21:00:00Z"),
        # A date without a time stays a date: no invented midnight.
        ("3 March 2025", "2025-03-03"),
        ("2025-03-03", "2025-03-03"),
        ("Published March 3, 2025", "2025-03-03"),
        # A time without a zone stays local wall time (no designator).
        ("Published: 2025-03-03 11:10", "2025-03-03T11:10:00"),
    ],
)
def test_formats(value: str, expected: str) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "yesterday",
        "March 3",  # no year: a guess would be wrong half the time
        "March 2025",  # no day
        "2025",
        "Friday 10:00",
        "March 3, 2025 10:00 XYZ",  # an unknown zone is not silently dropped
        "The talks on March 3, 2025 failed",  # a sentence, not a time
        "By Jane Roe, March 3, 2025",
        "3 March 1066",
    ],
)
def test_refused(value: str) -> None:
    assert parse_published(value) is None


def test_default_tz_applies_only_without_a_zone() -> None:
    assert parse_published("2025-03-03 11:10", default_tz="Asia/Tokyo") == "2025-03-03T02:10:00Z"
    assert parse_published("2025-03-03 11:10", default_tz="JST") == "2025-03-03T02:10:00Z"
    assert parse_published("2025-03-03 11:10 GMT", default_tz="JST") == "2025-03-03T11:10:00Z"
    assert parse_published("3 March 2025", default_tz="JST") == "2025-03-03"


def test_unknown_default_tz_is_the_callers_error() -> None:
    with pytest.raises(ValueError, match="IANA name"):
        parse_published("2025-03-03 11:10", default_tz="Mars/Olympus")


def test_every_listed_abbreviation_parses() -> None:
    for abbr in TZ_ABBREVIATIONS:
        assert parse_published(f"3 March 2025 12:00 {abbr}") is not None, abbr


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("11:10 JST, March 3, 2025", True),
        ("Updated 3 Mar 2025 09:12 GMT", True),
        ("2025-03-03", True),
        ("Friday, 10:00", False),
        ("In March 2025 the talks collapsed.", False),
        ("The summit ended on 3 March 2025 without an agreement on the minerals deal", False),
    ],
)
def test_is_timestamp_text(line: str, expected: bool) -> None:
    assert is_timestamp_text(line) is expected


@given(st.text(max_size=80))
def test_never_raises_and_output_is_iso(value: str) -> None:
    out = parse_published(value)
    assert out is None or ISO_OUT.match(out)
