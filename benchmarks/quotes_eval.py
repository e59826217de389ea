"""Quote extraction against the gold set ``tests/annotate/gold/quotes.jsonl``.

Measures, separately on the tuning passages and on the held-out ones (every
4th passage). The held-out part was not looked at until the generalisation
pass on speaker attribution; there its errors were read and became tuning
data, so its figures are no longer honest. The same happened later to the
fresh sets (``fresh``, ``fresh2`` … , each by an independent annotator): each
was run once after a freeze, its errors unread, for the honest figure of its
time (the history is in ``tests/annotate/test_quotes.py``), then its errors
were read, so it is tuning data too. The next set written blind gives the next
honest figure. Measured:

- quote spans: precision/recall, exact and with overlap >= 0.8 (overlap is the
  shared characters over the longer of the two spans);
- kind: accuracy over the spans matched (overlap);
- speakers of gold *direct* quotes: a prediction is right when the last token
  of the predicted name equals the gold's (or the gold is a lone first name and
  the predicted name starts with it; since 2026-11-24), or both names are null
  and the heads of the descriptions match. Precision is over the matched direct quotes
  for which something was claimed (a name or a description); recall is over
  those that have a gold attribution. An attribution claimed where the gold
  has none counts against precision.

    python benchmarks/quotes_eval.py [--split tune|holdout|all|fresh|fresh2…] [--errors] [--model M]

The default reports ``tune``, ``holdout`` and, each when its file exists, every
fresh set (else it says the file was absent). Never run ``--errors`` on a new
blind set before its one honest run: reading its errors makes it tuning data.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from newsprism.annotate.nlp import load_pipeline, parse
from newsprism.annotate.quotes import extract_quotes
from newsprism.model import Quote

GOLD = Path(__file__).resolve().parents[1] / "tests" / "annotate" / "gold" / "quotes.jsonl"
FRESH = GOLD.with_name("quotes_fresh.jsonl")
#: The independent annotators' sets after the first, ``fresh2`` … ``fresh{LATER}``.
LATER = 174
_FILES = {
    "fresh": FRESH,
    **{f"fresh{n}": GOLD.with_name(f"quotes_fresh{n}.jsonl") for n in range(2, LATER + 1)},
}
# Where a description's head noun ends: a comma, a preposition, a relative clause, or a
# reduced one ("an official familiar with …", "a diplomat briefed on …", "one driver stuck
# in …"; the last list since 2026-11-24).
_CUT = re.compile(
    r",| who | which | that | of | for | at | from | in | on | with | close "
    r"| familiar | briefed | involved | speaking | stuck | based | knowledgeable | working "
    r"| identified | granted | living | waiting "
)


_AFTER_PARTICIPLE = set(
    "to beside with her his their its the a an for at in on near outside into past through "
    "from by behind across".split()
)


def load_gold(split: str = "all") -> list[dict[str, Any]]:
    """The gold passages of ``split`` (``tune``, ``holdout``, ``all``, ``fresh``, ``fresh2``)."""
    path = _FILES.get(split, GOLD)
    lines = path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return [r for r in records if split in ("all", *_FILES) or r["split"] == split]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, shared) / max(a[1] - a[0], b[1] - b[0], 1)


def _last(name: str | None) -> str | None:
    """A name's last word, without a possessive or a generational suffix ("Raymond Ellis
    Jr." is matched as Ellis, the suffix ignored since 2026-11-24, session 8)."""
    if not name:
        return None
    words = [w for w in name.split() if w.rstrip(".,").lower() not in ("jr", "sr")] or [name]
    return re.sub(r"[’']s$", "", words[-1]).lower()


def description_head(desc: str | None) -> str | None:
    """The head noun of a description: last word before the first comma or modifier."""
    if not desc:
        return None
    words = desc.lower().split()
    # a participle after the head starts a reduced relative: "a lorry driver travelling to …"
    verb = next(
        (
            i
            for i, w in enumerate(words[:-1])
            if i >= 2 and w.endswith("ing") and words[i + 1] in _AFTER_PARTICIPLE
        ),
        len(words),
    )
    words = _CUT.split(" " + " ".join(words[:verb]) + " ", maxsplit=1)[0].split()
    return re.sub(r"[’']s$", "", words[-1]) if words else None


def speaker_right(pred: Quote, gold: dict[str, Any]) -> bool:
    """Same surname, or both unnamed with the same description head.

    A gold name of one word that is the first word of the predicted name is the same
    person: the annotators give a first name alone where the passage never prints the
    full name in one piece ("Tomasz and Ewelina Grabowski": gold ``Ewelina``), and the
    extractor may still have put the surname to it ("Ewelina Grabowski").
    """
    if gold["speaker"] or pred.speaker:
        first = (gold["speaker"] or "").strip().lower()
        if first and pred.speaker and " " not in first and pred.speaker.split()[0].lower() == first:
            return True
        return _last(pred.speaker) == _last(gold["speaker"])
    return description_head(pred.speaker_description) == description_head(
        gold["speaker_description"]
    )


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def evaluate(
    records: list[dict[str, Any]], nlp: Any, errors: list[str] | None = None
) -> dict[str, float]:
    """Figures for ``records`` (see the module docstring)."""
    c = dict.fromkeys(
        ("gold", "pred", "exact", "overlap_p", "overlap_r", "kind_ok", "matched", "sp_gold"), 0
    )
    c.update(sp_claim=0, sp_right_claimed=0, sp_right_gold=0)
    for record in records:
        # parsed as ``analyze`` parses (only the components annotate reads), not nlp(text)
        preds = extract_quotes(parse(nlp, [record["text"]])[0], record["id"])
        golds = record["quotes"]
        c["gold"] += len(golds)
        c["pred"] += len(preds)
        spans = [(p.start, p.end) for p in preds]
        c["exact"] += len({(g["start"], g["end"]) for g in golds} & set(spans))
        c["overlap_p"] += sum(
            any(_overlap(s, (g["start"], g["end"])) >= 0.8 for g in golds) for s in spans
        )
        for g in golds:
            match = next(
                (p for p in preds if _overlap((p.start, p.end), (g["start"], g["end"])) >= 0.8),
                None,
            )
            if match is None:
                if errors is not None:
                    errors.append(f"{record['id']}: MISSED {g['text'][:50]!r}")
                continue
            c["overlap_r"] += 1
            c["matched"] += 1
            c["kind_ok"] += match.kind == g["kind"]
            if errors is not None and match.kind != g["kind"]:
                errors.append(
                    f"{record['id']}: KIND {match.kind} != {g['kind']} {g['text'][:40]!r}"
                )
            if g["kind"] != "direct":
                continue
            has_gold = bool(g["speaker"] or g["speaker_description"])
            claimed = bool(match.speaker or match.speaker_description)
            right = speaker_right(match, g)
            c["sp_gold"] += has_gold
            c["sp_claim"] += claimed
            c["sp_right_claimed"] += claimed and right
            c["sp_right_gold"] += has_gold and claimed and right
            if errors is not None and (claimed or has_gold) and not right:
                errors.append(
                    f"{record['id']}: SPEAKER {match.speaker!r}/{match.speaker_description!r} "
                    f"!= {g['speaker']!r}/{g['speaker_description']!r} ({match.reason}) "
                    f"{g['text'][:40]!r}"
                )
        for p in preds:
            found = any(_overlap((p.start, p.end), (g["start"], g["end"])) >= 0.8 for g in golds)
            if not found and errors is not None:
                errors.append(f"{record['id']}: SPURIOUS {p.text[:50]!r}")
    return {
        "quotes_gold": c["gold"],
        "span_p_exact": _ratio(c["exact"], c["pred"]),
        "span_r_exact": _ratio(c["exact"], c["gold"]),
        "span_p_overlap": _ratio(c["overlap_p"], c["pred"]),
        "span_r_overlap": _ratio(c["overlap_r"], c["gold"]),
        "kind_accuracy": _ratio(c["kind_ok"], c["matched"]),
        "speaker_p": _ratio(c["sp_right_claimed"], c["sp_claim"]),
        "speaker_r": _ratio(c["sp_right_gold"], c["sp_gold"]),
        "direct_with_speaker": c["sp_gold"],
    }


def run(
    split: str = "both", errors: list[str] | None = None, model: str | None = None
) -> dict[str, dict[str, float]]:
    """Figures per split: ``{"tune": {...}, "holdout": {...}, "fresh": {...}, ...}``.

    The fresh sets only when their files exist; one split when asked for one. ``model``
    is any spaCy pipeline :func:`load_pipeline` accepts (default: the shipped one).
    """
    nlp = load_pipeline(model) if model else load_pipeline()
    splits = ["tune", "holdout"] if split == "both" else [split]
    if split == "both":
        splits += [name for name, path in _FILES.items() if path.exists()]
    return {s: evaluate(load_gold(s), nlp, errors) for s in splits}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        default="both",
        choices=["tune", "holdout", "all", *_FILES, "both"],
    )
    parser.add_argument("--errors", action="store_true", help="list every miss (tuning only!)")
    parser.add_argument(
        "--model",
        default=None,
        help="spaCy pipeline to use (package, import name or path; default: the shipped one)",
    )
    args = parser.parse_args()
    errors: list[str] | None = [] if args.errors else None
    figures = run(args.split, errors, args.model)
    names = list(next(iter(figures.values())))
    print("| measure | " + " | ".join(figures) + " |")
    print("|---|" + "---|" * len(figures))
    for name in names:
        cells = [
            f"{f[name]:.3f}" if isinstance(f[name], float) else str(f[name])
            for f in figures.values()
        ]
        print(f"| {name} | " + " | ".join(cells) + " |")
    for name, path in _FILES.items():
        if args.split == "both" and not path.exists():
            print(f"\n{name} set absent ({path.name}): no figures for it")
    for line in errors or []:
        print(line)


if __name__ == "__main__":
    main()
