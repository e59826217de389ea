"""The bundled example (written by us, truth in examples/ferry.truth.json) comes out clean.

Every planted problem the clean stage is responsible for must be found, and
nothing else in the bodies may be lost.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

import pytest

from newsprism.clean.edits import replay
from newsprism.model import Analysis, Article
from newsprism.pipeline import analyze

from .conftest import EXAMPLES

FERRY = EXAMPLES / "ferry"
TRUTH_PATH = EXAMPLES / "ferry.truth.json"


@cache
def truth() -> dict[str, Any]:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def run() -> Analysis:
    return analyze([str(FERRY)], None)


def key(article: Article) -> str:
    """The truth file's name for an article: file name, or file#id for JSONL records."""
    name = article.source.rsplit("/", 1)[-1]
    return f"{name.split('#')[0]}#{article.id}" if "#" in name else name


def _letters(line: str) -> str:
    """A line reduced to its letters and digits (so repaired punctuation does not matter)."""
    return re.sub(r"\W+", "", line)


def articles() -> dict[str, Article]:
    return {key(a): a for a in run().articles}


def test_every_report_read_and_nothing_rejected() -> None:
    assert sorted(articles()) == sorted(truth()["files"])
    assert run().rejected == ()


@pytest.mark.parametrize("field", ["title", "published", "byline"])
def test_header_fields(field: str) -> None:
    got = {k: getattr(a, field) for k, a in articles().items()}
    want = {k: f[field] for k, f in truth()["files"].items()}
    assert got == want


def test_datelines() -> None:
    for name, fields in truth()["files"].items():
        article = articles()[name]
        if fields["dateline"] is None:
            assert article.dateline is None, name
        else:
            assert article.dateline and fields["dateline"].startswith(article.dateline), name
            assert not article.text.startswith(fields["dateline"]), name


def test_outlets_from_metadata() -> None:
    for name, fields in truth()["files"].items():
        article = articles()[name]
        if article.outlet is not None:
            assert article.outlet == fields["outlet"], name


def test_no_encoding_damage_left() -> None:
    for name, article in articles().items():
        for bad in ("â€", "Ã©", "ā", "\x9d", "\ufffd"):
            assert bad not in article.text, (name, bad)
            assert bad not in (article.title or ""), (name, bad)


def test_encoding_repairs_match_the_truth() -> None:
    for damage in truth()["damage"]:
        if damage["kind"] not in ("mojibake_lossless", "mojibake_lossy"):
            continue
        article = articles()[damage["file"]]
        repaired = replay(article.raw_text, [s for s in article.cleaning if s.pass_index <= 2])
        for damaged, correct, count in damage["occurrences"]:
            assert repaired.count(correct) >= count, correct
            assert damaged not in repaired, damaged


def test_plain_text_chrome_removed_and_captions_kept_apart() -> None:
    for damage in truth()["damage"]:
        if damage["kind"] != "chrome_text":
            continue
        article = articles()[damage["file"]]
        body_lines = {_letters(line) for line in article.text.splitlines()}
        for line in damage["lines"]:
            assert _letters(line.replace("ā", "")) not in body_lines, line
        if "caption" in damage:
            assert damage["caption"] in article.captions
            assert damage["caption"] not in article.text


def test_html_chrome_removed_and_body_kept() -> None:
    for damage in truth()["damage"]:
        if damage["kind"] != "chrome_html":
            continue
        article = articles()[damage["file"]]
        for text in damage.get("must_not_appear_in_text", []):
            assert text not in article.text, text
        for text in damage.get("must_appear_in_text", []):
            assert text in article.text, text


def test_repeated_headline_collapsed() -> None:
    for damage in truth()["damage"]:
        if damage["kind"] != "repeated_headline":
            continue
        article = articles()[damage["file"]]
        assert article.title == damage["correct"]
        for line in damage["lines"]:
            assert line not in article.text
        kinds = [s.kind for s in article.cleaning]
        assert kinds.count("repeated_headline") == len(damage["lines"]) - 1


def test_body_sentences_survive() -> None:
    """Every quote the truth lists is still in the cleaned body of each report carrying it."""
    for quote in truth()["quotes"]:
        for name in quote["files"]:
            article = articles()[name]
            for sentence in re.split(r"(?<=[.!?]) ", quote["text"]):
                words = sentence.rstrip(".,!?")
                assert words in article.text + (article.title or ""), (name, words)
