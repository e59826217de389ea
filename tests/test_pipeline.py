"""The whole run: every input accounted for, deterministic, every change replayable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.clean.edits import replay
from newsprism.model import Analysis
from newsprism.options import Options
from newsprism.pipeline import analyze
from newsprism.render.json import to_json

from .conftest import EXAMPLES, SEEDS, require_shared


def check_replay(analysis: Analysis) -> None:
    for article in analysis.articles:
        assert replay(article.raw_text, article.cleaning) == article.text, article.source
        for step in article.cleaning:
            assert step.reason, step
            assert 0.0 <= step.confidence <= 1.0


def test_examples_every_input_accounted_and_replayable() -> None:
    if not any(EXAMPLES.iterdir()):
        pytest.skip("no bundled example yet")
    analysis = analyze([str(EXAMPLES)])
    assert analysis.inputs == len(analysis.articles) + len(analysis.rejected)
    check_replay(analysis)


@pytest.mark.slow
def test_two_processes_write_the_same_dossier_as_one() -> None:
    if not any(EXAMPLES.iterdir()):
        pytest.skip("no bundled example yet")
    one = analyze([str(EXAMPLES)])
    two = analyze([str(EXAMPLES)], Options(processes=2))
    assert one.stories and any(s.quotes for s in one.stories)
    assert to_json(two) == to_json(one)


def test_seeds_replayable_and_deterministic() -> None:
    require_shared("corpora", "seeds")
    first = analyze([str(SEEDS)])
    second = analyze([str(SEEDS)])
    assert to_json(first) == to_json(second)
    assert len(first.articles) == 5 and first.rejected == ()
    check_replay(first)


def test_given_ids_are_kept_and_duplicates_made_unique(tmp_path: Path) -> None:
    body = "The river rose two metres overnight.\nResidents were moved to the school.\n"
    rows = [{"id": "r1", "text": body}, {"id": "r1", "text": body + "More."}, {"text": body}]
    (tmp_path / "x.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    (tmp_path / "y.txt").write_text(body, encoding="utf-8")
    analysis = analyze([str(tmp_path)])
    ids = [a.id for a in analysis.articles]
    assert ids[:2] == ["r1", "r1-2"]
    assert ids[2].startswith("a") and ids[3] == ids[2] + "-2"
    assert len(set(ids)) == 4


def test_schema_doc_names_every_field(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Body text of a short report.\n", encoding="utf-8")
    (tmp_path / "b.bin").write_bytes(b"\x00\x01")
    data = analyze([str(tmp_path)]).to_dict()
    doc = (Path(__file__).resolve().parents[1] / "docs" / "schema.md").read_text("utf-8")
    fields = set(data) | set(data["articles"][0]) | set(data["rejected"][0])
    fields |= set(data["stories"][0]) | {k for s in data["articles"][0]["cleaning"] for k in s}
    missing = sorted(f for f in fields if f"`{f}`" not in doc)
    assert not missing, f"docs/schema.md does not document {missing}"
