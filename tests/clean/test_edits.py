"""Span edits: applied right, explained, replayable; overlapping edits refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.clean.edits import Edit, OverlappingEditsError, apply_pass, replay
from newsprism.clean.whitespace import whitespace_edits


def test_apply_records_spans_of_the_input_text() -> None:
    text = "Hello  wrold, hello."
    edits = [
        Edit(7, 12, "world", "encoding", "typo"),
        Edit(5, 7, " ", "whitespace", "double space"),
    ]
    new, steps = apply_pass(text, edits, 3)
    assert new == "Hello world, hello."
    assert [(s.start, s.end, s.before, s.after) for s in steps] == [
        (5, 7, "  ", " "),
        (7, 12, "wrold", "world"),
    ]
    assert all(s.pass_index == 3 for s in steps)
    assert replay(text, steps) == new


def test_no_op_edits_are_dropped() -> None:
    new, steps = apply_pass("abc", [Edit(0, 1, "a", "encoding", "same")], 0)
    assert new == "abc" and steps == []


def test_overlap_is_refused() -> None:
    with pytest.raises(OverlappingEditsError):
        apply_pass("abcdef", [Edit(0, 3, "", "chrome", "x"), Edit(2, 4, "", "chrome", "y")], 0)


def test_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError):
        apply_pass("abc", [Edit(2, 9, "", "chrome", "x")], 0)


@given(st.text(alphabet=" \t\nab.", max_size=80))
def test_whitespace_pass_is_idempotent_and_replayable(text: str) -> None:
    once, steps = apply_pass(text, whitespace_edits(text), 0)
    twice, _ = apply_pass(once, whitespace_edits(once), 0)
    assert once == twice
    assert replay(text, steps) == once
    assert "\n\n\n" not in once
    assert once == once.strip()
