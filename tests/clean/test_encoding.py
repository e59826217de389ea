"""Encoding pass (ftfy as span edits) and the composed encoding + lossy pipeline.

The shared cases are ftfy's own test suite (``../shared/eval/ftfy``): every
"pass" case must be fixed, compared after straightening quotes on both sides
(newsprism keeps curly quotes, the expected outputs were written without);
every negative must come out as ftfy's expected output, which for 30 of 31 is
the input itself, and the lossy pass must not touch any of them.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import ftfy
import pytest
from ftfy.fixes import uncurl_quotes
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.clean.edits import apply_pass, replay
from newsprism.clean.encoding import encoding_edits
from newsprism.clean.lossy import lossy_mojibake_edits

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EVAL = SHARED / "eval" / "ftfy"
FILES = ("in-the-wild.json", "synthetic.json", "language-names.json", "known-failures.json")


def _cases(name: str) -> list[Any]:
    """pytest params for one eval file; known failures are xfail (counted, not hidden)."""
    path = EVAL / name
    if not path.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{path} is absent"))]
    params = []
    for i, case in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        marks = [pytest.mark.xfail(strict=False, reason="known ftfy failure")]
        params.append(
            pytest.param(case, id=f"{name}:{i}", marks=marks if case["expect"] == "fail" else [])
        )
    return params


def both_passes(text: str) -> str:
    """Encoding edits, then lossy edits on the result (the clean stage's order)."""
    text, _ = apply_pass(text, encoding_edits(text), 1)
    text, _ = apply_pass(text, lossy_mojibake_edits(text), 2)
    return text


@pytest.mark.shared
@pytest.mark.parametrize("case", [p for name in FILES for p in _cases(name)])
def test_ftfy_case_fixed(case: dict[str, str]) -> None:
    assert uncurl_quotes(both_passes(case["original"])) == uncurl_quotes(case["fixed"])


@pytest.mark.shared
@pytest.mark.parametrize("case", _cases("negative.json"))
def test_negative_case_unchanged(case: dict[str, str]) -> None:
    fixed, _ = apply_pass(case["original"], encoding_edits(case["original"]), 1)
    assert lossy_mojibake_edits(fixed) == []
    out = both_passes(case["original"])
    assert uncurl_quotes(out) == uncurl_quotes(case["fixed"])
    if uncurl_quotes(case["original"]) == uncurl_quotes(case["fixed"]):
        assert out == case["original"]


def test_examples_and_minimal_spans() -> None:
    text = "Zelenskyā€™s aide said the cafÃ© was closed.\r\nâ€œNo,â€\x9d he said."
    edits = encoding_edits(text)
    out, steps = apply_pass(text, edits, 1)
    assert out == "Zelensky’s aide said the café was closed.\n“No,” he said."
    assert out == ftfy.fix_text(text, uncurl_quotes=False)
    assert replay(text, steps) == out
    assert [text[e.start : e.end] for e in edits] == ["ā€™", "Ã©", "\r", "â€œ", "â€\x9d"]
    assert all(e.kind == "encoding" and e.reason.startswith("ftfy: ") for e in edits)
    assert "mojibake" in edits[1].reason and "line breaks" in edits[2].reason


def test_curly_quotes_kept_and_clean_text_untouched() -> None:
    assert encoding_edits("“Curly” quotes and it’s fine — really.\n") == []
    assert encoding_edits("") == []


def test_html_unescaping_switches_off_after_markup_like_fix_text() -> None:
    text = "Tom &amp; Jerry\n<b>x</b> &amp; y\nA &amp; B"
    out, _ = apply_pass(text, encoding_edits(text), 1)
    assert out == ftfy.fix_text(text, uncurl_quotes=False)


_TEXT = st.lists(
    st.sampled_from(
        list("abc XYZ .,'\"\n\r&;<>") + list("ÃâÂ€™œ\x9d\x85©é’“”ā") + ["&amp;", "ﬁ", "Ｈ"]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_encoding_edits_equal_fix_text(text: str) -> None:
    edits = encoding_edits(text)
    out, _ = apply_pass(text, edits, 1)
    if "\r" not in text:  # \r also ends a segment here, not in fix_text
        assert out == ftfy.fix_text(text, uncurl_quotes=False)
    spans = sorted((e.start, e.end) for e in edits)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_both_passes_idempotent(text: str) -> None:
    once = both_passes(text)
    assert both_passes(once) == once
