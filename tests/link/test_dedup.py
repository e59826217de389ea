"""Near-duplicate index: hand-written fictional reports, exact verification, determinism."""

from __future__ import annotations

import random
import re

import pytest

from newsprism.link import NearDuplicateIndex, near_duplicate_groups
from newsprism.link.shingles import Shingler
from newsprism.model import Article

BASE = (
    "Engineers closed the Tarn Street bridge in Marrowfield on Tuesday after a routine "
    "inspection found cracks in two of its steel supports, the city's transport office said. "
    "About 9,000 vehicles cross the bridge every day, and buses on routes 4 and 11 will be "
    "diverted through the Eastgate tunnel until at least the end of the month. The office said "
    "the cracks were found during a scheduled check and that there was no immediate danger to "
    "people who had used the bridge before it was closed. Repairs are expected to cost about "
    "1.2 million crowns and will be paid from the city's maintenance fund. Shop owners on "
    "Tarn Street said they feared losing customers during the closure, which comes weeks "
    "before the town's autumn market."
)
SMALL_EDITS = BASE.replace("About 9,000", "Around 9,000").replace("feared losing", "fear losing")
SAME_STORY = (
    "Drivers in Marrowfield face long detours after the Tarn Street bridge was shut on Tuesday. "
    "Inspectors found cracked steel supports, according to the transport office, which said the "
    "bridge carries about 9,000 vehicles a day. Bus routes 4 and 11 now run through the Eastgate "
    "tunnel. Traders in the street worry that the closure will keep shoppers away from the autumn "
    "market, and the repair bill is put at 1.2 million crowns."
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _true_jaccard(a: str, b: str, k: int = 5) -> float:
    wa, wb = _words(a), _words(b)
    sa = {tuple(wa[i : i + k]) for i in range(len(wa) - k + 1)}
    sb = {tuple(wb[i : i + k]) for i in range(len(wb) - k + 1)}
    return len(sa & sb) / len(sa | sb)


def _article(id_: str, text: str) -> Article:
    return Article(id=id_, source=f"{id_}.txt", text=text, raw_text=text)


def test_exact_copy_found_with_similarity_one() -> None:
    index = NearDuplicateIndex()
    assert index.add("a", BASE) == []
    assert index.add("b", BASE) == [("a", 1.0)]


def test_copy_with_small_edits_found_with_its_true_jaccard() -> None:
    index = NearDuplicateIndex()
    index.add("a", BASE)
    [(match, sim)] = index.add("b", SMALL_EDITS)
    assert match == "a"
    assert sim == pytest.approx(_true_jaccard(BASE, SMALL_EDITS), abs=0.01)
    assert sim >= 0.8


def test_other_report_of_the_same_story_is_not_a_duplicate() -> None:
    index = NearDuplicateIndex()
    index.add("a", BASE)
    assert index.add("b", SAME_STORY) == []


def test_pairs_below_threshold_are_never_reported() -> None:
    """Many edited copies straddling the threshold: exactly those ≥ 0.8 are reported."""
    rng = random.Random(7)
    words = BASE.split()
    index = NearDuplicateIndex(threshold=0.8)
    index.add("base", BASE)
    for n in range(200):
        edited = list(words)
        for pos in rng.sample(range(len(edited)), rng.randint(1, 6)):
            edited[pos] = f"edit{n}x{pos}"
        text = " ".join(edited)
        true = _true_jaccard(BASE, text)
        found = dict(index.add(f"e{n}", text))
        if "base" in found:
            assert true >= 0.8 - 0.005, (true, found["base"])
            assert found["base"] == pytest.approx(true, abs=0.005)
        if true < 0.8:
            assert "base" not in found


def test_short_and_empty_texts() -> None:
    index = NearDuplicateIndex()
    assert index.add("empty", "") == []
    assert index.add("empty2", "   ") == []  # an empty text is nobody's duplicate
    assert index.add("short", "Bridge closed.") == []
    assert index.add("short2", "bridge CLOSED!") == [("short", 1.0)]


def test_add_many_equals_add_one_by_one_and_ids_unique() -> None:
    docs = [("a", BASE), ("b", SAME_STORY), ("c", SMALL_EDITS), ("d", BASE)]
    one = NearDuplicateIndex()
    singly = [one.add(i, t) for i, t in docs]
    assert NearDuplicateIndex().add_many(docs) == singly
    assert singly[3] == [("a", 1.0), ("c", singly[2][0][1])]
    with pytest.raises(ValueError, match="already added"):
        one.add("a", "again")


def test_groups_are_connected_sorted_and_independent_of_order() -> None:
    articles = [
        _article("z", SMALL_EDITS),
        _article("m", SAME_STORY),
        _article("a", BASE),
        _article("q", BASE + " A council meeting is planned for Thursday."),
    ]
    groups = near_duplicate_groups(articles)
    assert groups == [("a", "q", "z")]
    assert near_duplicate_groups(articles[::-1]) == groups
    assert near_duplicate_groups([]) == []


def test_shingles_fold_case_punctuation_and_typographic_quotes() -> None:
    shingler = Shingler(k=3)
    a = shingler.hash_one("The Workers’ Union said “no”.")
    b = shingler.hash_one('the workers\' union said "NO"')
    assert a.tolist() == b.tolist()
    assert list(a) == sorted(set(a.tolist()))
    assert len(a) == 3  # the-workers-union, workers-union-said, union-said-no
