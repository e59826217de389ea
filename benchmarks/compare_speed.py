"""Time of ``compare_claims`` for stories of 5, 50 and 500 reports: is the alignment linear?

Reports are generated from the ferry example's sentences (``examples/ferry``),
recombined and perturbed with a seeded RNG (a weekday or a count changed now
and then, so differences are found as in real stories). Each story is
annotated first (entities, times: not timed), then timed:

- ``total``: the whole ``compare_claims`` call (tagger+parser parse included);
- ``parse``: the parse alone;
- ``align``: clause extraction, blocked alignment, claims and differences
  (``total - parse``): the part that would be quadratic without blocking.

The table shows the growth per 10x reports; linear is 10x, quadratic 100x.

    python benchmarks/compare_speed.py [--sizes 5 50 500] [--sentences 10]
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import time
from pathlib import Path
from typing import Any

from newsprism.annotate import annotate_story, load_pipeline
from newsprism.compare.align import align_units
from newsprism.compare.claims import compare_claims, extract_units, parse_syntax
from newsprism.link import split_sentences
from newsprism.model import Article, Story
from newsprism.options import Options
from newsprism.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]
_SWAPS = {"Sunday": "Saturday", "Twelve": "Fourteen", "twelve": "fourteen", "58": "60"}


def sentence_pool() -> list[str]:
    """Sentences of the ferry example, cleaned by the real clean stage."""
    analysis = analyze([str(ROOT / "examples" / "ferry")], Options(link=False, annotate=False))
    pool: list[str] = []
    for article in analysis.articles:
        for start, end in split_sentences(article.text):
            sentence = article.text[start:end].strip()
            if len(sentence.split()) >= 6:
                pool.append(sentence)
    return pool


def generate(pool: list[str], reports: int, sentences: int, seed: int = 7) -> list[Article]:
    """``reports`` articles of ``sentences`` sentences each, some with a value changed."""
    rng = random.Random(seed)
    articles = []
    for n in range(reports):
        picked = rng.sample(pool, min(sentences, len(pool)))
        if rng.random() < 0.2:
            word = rng.choice(sorted(_SWAPS))
            picked = [re.sub(rf"\b{word}\b", _SWAPS[word], s) for s in picked]
        text = "\n\n".join(picked)
        articles.append(
            Article(
                id=f"r{n:04d}",
                source=f"gen/{n}.txt",
                text=text,
                raw_text=text,
                outlet=f"Outlet {n % 37}",
                published="2026-06-15T09:00:00Z",
            )
        )
    return articles


def run(sizes: tuple[int, ...] = (5, 50, 500), sentences: int = 10) -> dict[str, Any]:
    """Time each size; returns ``{"rows": [...], "ratios": [...]}`` (seconds, counts)."""
    nlp = load_pipeline()
    pool = sentence_pool()
    rows = []
    for size in sizes:
        articles = generate(pool, size, sentences)
        story = Story(id=f"s{size}", article_ids=tuple(a.id for a in articles))
        story = annotate_story(story, articles, nlp)
        t0 = time.perf_counter()
        claims, differences = compare_claims(story, articles, nlp)
        total = time.perf_counter() - t0
        t0 = time.perf_counter()
        docs = parse_syntax(nlp, [a.text for a in articles])
        parse = time.perf_counter() - t0
        t0 = time.perf_counter()
        units = extract_units(story, articles, docs)
        extract = time.perf_counter() - t0
        t0 = time.perf_counter()
        align_units(units)
        align = time.perf_counter() - t0
        rows.append(
            {
                "reports": size,
                "clauses": len(units),
                "claims": len(claims),
                "differences": len(differences),
                "total_s": round(total, 3),
                "parse_s": round(parse, 3),
                "extract_s": round(extract, 3),
                "align_s": round(align, 4),
                "rest_s": round(max(total - parse - extract - align, 0.0), 4),
            }
        )
    ratios = [
        {
            "from": a["reports"],
            "to": b["reports"],
            "clauses_x": round(b["clauses"] / max(a["clauses"], 1), 1),
            "total_x": round(b["total_s"] / max(a["total_s"], 1e-9), 1),
            "align_x": round(b["align_s"] / max(a["align_s"], 1e-9), 1),
        }
        for a, b in itertools.pairwise(rows)
    ]
    return {"rows": rows, "ratios": ratios}


def table(result: dict[str, Any]) -> str:
    """The result as a markdown table, then the growth per step."""
    lines = [
        "| reports | clauses | claims | differences | total s | parse s | extract s "
        "| align s | claims+differences s |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in result["rows"]:
        lines.append(
            f"| {r['reports']} | {r['clauses']} | {r['claims']} | {r['differences']} "
            f"| {r['total_s']} | {r['parse_s']} | {r['extract_s']} | {r['align_s']} "
            f"| {r['rest_s']} |"
        )
    lines += ["", "| step | clauses x | total x | align x |", "|---|---:|---:|---:|"]
    for g in result["ratios"]:
        lines.append(
            f"| {g['from']} -> {g['to']} | {g['clauses_x']} | {g['total_x']} | {g['align_x']} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 50, 500])
    parser.add_argument("--sentences", type=int, default=10)
    args = parser.parse_args()
    print(table(run(tuple(args.sizes), args.sentences)))


if __name__ == "__main__":
    main()
