"""Throughput of online story clustering on a generated stream (10k and 100k articles).

What it shows: articles/s of :class:`~newsprism.link.cluster.StoryClusterer`,
and that the cost per article stays flat while the number of stories seen
grows (per-article time in ten successive windows of the stream).

The stream is generated with a fixed seed, cheaply: a Zipf-distributed
vocabulary of made-up common words (long tail included), and per story a few
made-up capitalised names, a dozen story words, a figure and a publication
date. Stories start all the time and live a few days, so many thousands are
seen; a report is a title plus sentences drawing on common words, story words
and names. The generated truth also gives a BCubed sanity figure.

    python benchmarks/cluster_stream.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
import time
from pathlib import Path
from typing import Any

from newsprism.link.cluster import StoryClusterer
from newsprism.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cluster_ecbplus import bcubed

_SYLLABLES = "ba ce di fo gu ka le mi no pu ra se ti vo zu lan ter mon dis pre ver".split()
_STORY_SIZE = 8  # mean reports per story
_PER_DAY = 1500  # reports per day of the stream


def _words(rng: random.Random, count: int, low: int, high: int) -> list[str]:
    seen: dict[str, None] = {}
    while len(seen) < count:
        seen["".join(rng.choices(_SYLLABLES, k=rng.randint(low, high)))] = None
    return list(seen)


def _sentence(words: list[str]) -> str:
    """Words as a sentence: only the first capitalised, names keep their capitals."""
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


def generate(n: int, seed: int = 7) -> tuple[list[Article], dict[str, str]]:
    """``n`` reports of many stories, interleaved in time order, and their gold story."""
    rng = random.Random(seed)
    common = _words(rng, 20000, 2, 4)
    weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(common))))
    names = [w.capitalize() for w in _words(rng, 30000, 3, 4)]
    start = dt.date(2026, 1, 1).toordinal()
    articles: list[Article] = []
    gold: dict[str, str] = {}
    active: list[dict[str, Any]] = []
    story_count = 0
    for index in range(n):
        day = start + index // _PER_DAY
        active = [s for s in active if s["left"] > 0 and day - s["day"] <= 4]
        if not active or rng.random() < 1.0 / _STORY_SIZE:
            story_count += 1
            active.append(
                {
                    "id": f"g{story_count}",
                    "day": day,
                    "left": max(1, int(rng.expovariate(1.0 / _STORY_SIZE))),
                    "names": rng.sample(names, 4),
                    "words": rng.choices(common, cum_weights=weights, k=4)
                    + rng.sample(common[2000:], 8),
                    "figure": str(rng.randint(2, 5000)),
                }
            )
        story = rng.choice(active)
        story["left"] -= 1
        title = _sentence(rng.sample(story["words"], 4) + story["names"][:2])
        sentences = []
        for _ in range(rng.randint(5, 9)):
            words = rng.choices(common, cum_weights=weights, k=rng.randint(8, 14))
            words += rng.sample(story["words"], 3)
            rng.shuffle(words)
            words.insert(rng.randrange(1, len(words)), rng.choice(story["names"]))
            if rng.random() < 0.3:
                words.append(story["figure"])
            sentences.append(_sentence(words) + ".")
        article_id = f"a{index}"
        published = dt.date.fromordinal(day).isoformat()
        text = " ".join(sentences)
        articles.append(Article(article_id, "gen", text, text, title=title, published=published))
        gold[article_id] = story["id"]
    return articles, gold


def measure(n: int, windows: int = 10) -> dict[str, Any]:
    """Cluster ``n`` generated reports; time per article in ``windows`` equal windows."""
    articles, gold = generate(n)
    clusterer = StoryClusterer()
    size = n // windows
    rows = []
    total = 0.0
    for w in range(windows):
        chunk = articles[w * size : (w + 1) * size]
        start = time.perf_counter()
        for article in chunk:
            clusterer.add(article)
        seconds = time.perf_counter() - start
        total += seconds
        rows.append(
            {
                "window": w + 1,
                "us_per_article": 1e6 * seconds / len(chunk),
                "stories_seen": len(clusterer),
            }
        )
    stories = clusterer.stories()
    p, r, f = bcubed([list(s.article_ids) for s in stories], gold)
    return {
        "articles": n,
        "gold_stories": len(set(gold.values())),
        "stories": len(stories),
        "articles_per_s": n / total,
        "seconds": total,
        "windows": rows,
        "bcubed": {"precision": p, "recall": r, "f1": f},
    }


def run(sizes: tuple[int, ...] = (10_000, 100_000)) -> dict[str, Any]:
    """Figures for every stream size."""
    return {str(n): measure(n) for n in sizes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="*", type=int, default=[10_000, 100_000])
    args = parser.parse_args()
    results = run(tuple(args.sizes))
    print("Generated stream (seed 7), one process; generation time not counted.\n")
    print("| articles | stories (gold) | articles/s | total s | BCubed P | R | F1 |")
    print("|---|---|---|---|---|---|---|")
    for res in results.values():
        b = res["bcubed"]
        print(
            f"| {res['articles']:,} | {res['stories']:,} ({res['gold_stories']:,}) "
            f"| {res['articles_per_s']:,.0f} | {res['seconds']:.1f} "
            f"| {b['precision']:.3f} | {b['recall']:.3f} | {b['f1']:.3f} |"
        )
    for res in results.values():
        print(f"\nPer-article time, {res['articles']:,} articles, ten successive windows:\n")
        print("| window | µs / article | stories seen at its end |\n|---|---|---|")
        for row in res["windows"]:
            print(f"| {row['window']} | {row['us_per_article']:.0f} | {row['stories_seen']:,} |")


if __name__ == "__main__":
    main()
