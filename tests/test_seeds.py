"""The five real seed reports (../shared/corpora/seeds) come out clean, end to end.

Skipped when ../shared is absent. Assertions are general properties a careful
reader checks, plus the header fields the texts plainly print.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from newsprism.model import Analysis, Article
from newsprism.pipeline import analyze

from .conftest import SEEDS, require_shared

pytestmark = pytest.mark.shared


@cache
def _run() -> Analysis:
    return analyze([str(SEEDS)])


def seeds() -> dict[str, Article]:
    require_shared("corpora", "seeds")
    return {a.source.rsplit("/", 1)[-1][:3]: a for a in _run().articles}


def test_all_five_read() -> None:
    assert sorted(seeds()) == ["000", "001", "002", "003", "004"]


def test_no_encoding_damage_left() -> None:
    damage = re.compile("[\u0100-\u017f]|â€|Ã.|\ufffd|[\x80-\x9f]")
    for name, article in seeds().items():
        assert not damage.search(article.text), (name, damage.search(article.text))


def test_lossy_damage_repaired_in_context() -> None:
    text = seeds()["000"].text
    assert "Zelensky’s lack" in text
    assert "Ukraine—something" in text
    assert "Russia’s" in text


def test_bodies_end_with_a_sentence_not_chrome() -> None:
    for name, article in seeds().items():
        last = article.text.rstrip().splitlines()[-1]
        assert re.search(r"[.!?…][”’\"')]*$", last), (name, last)
        assert len(last.split()) >= 6, (name, last)


def test_chrome_removed_is_explained() -> None:
    for name, article in seeds().items():
        for step in article.cleaning:
            if step.kind == "chrome":
                assert step.after == "" and step.reason.startswith("chrome"), (name, step)
    removed = {s.before.strip() for s in seeds()["003"].cleaning if s.kind == "chrome"}
    assert any("Reply" in r for r in removed)
    assert any("Back To Top" in r for r in removed)
    assert sum(1 for s in seeds()["001"].cleaning if s.kind == "chrome") >= 10


def test_one_title_and_no_headline_left_in_body() -> None:
    for name, article in seeds().items():
        if article.title:
            first = article.text.splitlines()[0]
            assert article.title not in article.text.splitlines(), name
            assert first != article.title, name
    assert seeds()["000"].title is None  # the text prints no headline
    assert seeds()["002"].title is None
    assert seeds()["001"].title and "Largely Aligns" in seeds()["001"].title
    assert seeds()["003"].title and seeds()["003"].title.startswith("The Putin-Trump Dynamic")
    assert seeds()["004"].title and seeds()["004"].title.startswith("Kremlin Hails")


def test_dateline_time_and_caption() -> None:
    s = seeds()
    assert s["001"].published == "2025-03-03T02:10:00Z"
    assert s["001"].published_source == "text"
    assert s["001"].dateline == "MOSCOW"
    assert s["001"].text.startswith("The Trump administration")
    assert len(s["001"].captions) == 1 and "Oval Office" in s["001"].captions[0]
    assert s["004"].dateline == "Washington"
    assert s["004"].text.startswith("The landscape")
    for name in ("000", "002", "003"):
        assert s[name].dateline is None, name


def test_bodies_keep_their_sentences() -> None:
    """Nothing but header lines and chrome is removed: body sentences all survive."""
    for name, article in seeds().items():
        for step in article.cleaning:
            if step.kind == "chrome":
                assert not re.search(r"[a-z]{3,}[.!?][”\"]?$", step.before.strip()) or (
                    "reply" in step.reason.lower() or "email" in step.before.lower()
                ), (name, step.before)
