"""Mojibake repair quality: ftfy's own cases, negatives, and the lossy cases.

Figures (no timings):

- per ``../shared/eval/ftfy`` file: "pass" cases fixed by the composed
  pipeline (encoding edits, then lossy edits), compared after straightening
  quotes on both sides, and known-failure cases that happen to come out right;
- ``negative.json``: cases left unchanged (and, separately, cases the lossy
  pass touched at all, which must be 0);
- the hand-written lossy cases of ``tests/clean/test_lossy.py``: edit-level
  precision and recall.

    python benchmarks/mojibake_eval.py
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

from ftfy.fixes import uncurl_quotes

from newsprism.clean.edits import apply_pass
from newsprism.clean.encoding import encoding_edits
from newsprism.clean.lossy import lossy_mojibake_edits

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "ftfy"
CASES = ROOT / "tests" / "clean" / "test_lossy.py"


def both_passes(text: str) -> tuple[str, int]:
    """The composed pipeline; returns the text and the number of lossy edits."""
    text, _ = apply_pass(text, encoding_edits(text), 1)
    lossy = lossy_mojibake_edits(text)
    return apply_pass(text, lossy, 2)[0], len(lossy)


def _ftfy_figures() -> dict[str, Any]:
    figures: dict[str, Any] = {}
    if not EVAL.exists():
        return figures
    for path in sorted(EVAL.glob("*.json")):
        cases = json.loads(path.read_text(encoding="utf-8"))
        if path.name == "negative.json":
            outs = [both_passes(c["original"]) for c in cases]
            figures[path.name] = {
                "unchanged": sum(
                    out == c["original"] for (out, _), c in zip(outs, cases, strict=True)
                ),
                "as_expected": sum(
                    uncurl_quotes(out) == uncurl_quotes(c["fixed"])
                    for (out, _), c in zip(outs, cases, strict=True)
                ),
                "lossy_touched": sum(n > 0 for _, n in outs),
                "total": len(cases),
            }
            continue
        row = {"pass_fixed": 0, "pass_total": 0, "fail_fixed": 0, "fail_total": 0}
        for case in cases:
            kind = "pass" if case["expect"] == "pass" else "fail"
            out, _ = both_passes(case["original"])
            row[f"{kind}_total"] += 1
            row[f"{kind}_fixed"] += uncurl_quotes(out) == uncurl_quotes(case["fixed"])
        figures[path.name] = row
    return figures


def _lossy_figures() -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location("newsprism_lossy_cases", CASES)
    if spec is None or spec.loader is None:
        return {}
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result: dict[str, Any] = module.score()
    result["positive_cases"] = len(module.POSITIVE)
    result["negative_cases"] = len(module.NEGATIVE)
    return result


def run() -> dict[str, Any]:
    """All figures as a dict: ``{"ftfy": {file: {...}}, "lossy": {...}}``."""
    return {"ftfy": _ftfy_figures(), "lossy": _lossy_figures()}


def main() -> None:
    figures = run()
    if figures["ftfy"]:
        print("| ftfy eval file | pass cases fixed | known failures fixed |")
        print("|---|---|---|")
        for name, row in figures["ftfy"].items():
            if name == "negative.json":
                continue
            print(
                f"| {name} | {row['pass_fixed']}/{row['pass_total']} "
                f"| {row['fail_fixed']}/{row['fail_total']} |"
            )
        neg = figures["ftfy"].get("negative.json")
        if neg:
            print(
                f"\nnegative.json: {neg['unchanged']}/{neg['total']} unchanged, "
                f"{neg['as_expected']}/{neg['total']} as ftfy expects "
                f"(one C1 control is a legitimate fix), lossy pass touched {neg['lossy_touched']}."
            )
    else:
        print(f"{EVAL} is absent: ftfy cases skipped.")
    lossy = figures["lossy"]
    if lossy:
        print(
            f"\nOwn lossy cases ({lossy['positive_cases']} damaged, {lossy['negative_cases']} "
            f"genuine): precision {lossy['precision']:.3f}, recall {lossy['recall']:.3f} "
            f"(TP {lossy['tp']}, FP {lossy['fp']}, FN {lossy['fn']}, edit level)."
        )


if __name__ == "__main__":
    main()
