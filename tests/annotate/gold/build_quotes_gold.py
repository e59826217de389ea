"""Build ``quotes.jsonl`` from the hand-written and example passages.

Run ``python tests/annotate/gold/build_quotes_gold.py`` after editing a passage.
Offsets are found by searching each quote's inner text in its passage (the
optional fifth field picks the n-th occurrence), so a typo fails loudly here
instead of silently producing a wrong span. Every 4th passage is held out: it
is never looked at while tuning the extractor, and the benchmark reports it
apart.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from quotes_example import PASSAGES as EXAMPLE  # noqa: E402
from quotes_handwritten import PASSAGES as HANDWRITTEN  # noqa: E402

MARKS = set("\"“„«»‘`'")


def _occurrences(text: str, inner: str) -> list[int]:
    out, i = [], text.find(inner)
    while i >= 0:
        out.append(i)
        i = text.find(inner, i + 1)
    return out


def build() -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for index, (pid, text, quotes) in enumerate(HANDWRITTEN + EXAMPLE):
        out = []
        cursor: dict[str, int] = {}
        for quote in quotes:
            inner, kind, speaker, description = quote[:4]
            occurrence = quote[4] if len(quote) > 4 else None
            if occurrence is None:
                occurrence = cursor.get(inner, 0)
            found = [i for i in _occurrences(text, inner) if text[:i].rstrip()[-1:] in MARKS]
            if len(found) <= occurrence:
                raise SystemExit(f"{pid}: {inner!r} not found after a mark (#{occurrence})")
            start = found[occurrence]
            cursor[inner] = occurrence + 1
            out.append(
                {
                    "start": start,
                    "end": start + len(inner),
                    "text": inner,
                    "kind": kind,
                    "speaker": speaker,
                    "speaker_description": description,
                }
            )
        out.sort(key=lambda q: q["start"])
        split = "holdout" if index % 4 == 3 else "tune"
        records.append({"id": pid, "split": split, "text": text, "quotes": out})
    return records


def main() -> None:
    records = build()
    path = HERE / "quotes.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    quotes = [q for r in records for q in r["quotes"]]  # type: ignore[attr-defined]
    kinds: dict[str, int] = {}
    for q in quotes:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    held = sum(len(r["quotes"]) for r in records if r["split"] == "holdout")  # type: ignore[arg-type]
    print(f"{len(records)} passages, {len(quotes)} quotes {kinds}, held out {held}")


if __name__ == "__main__":
    main()
