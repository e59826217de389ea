"""How fast the store follows a running story: ingest throughput and one-story update time.

What it measures:

1. articles/s of ``add_paths`` (ingest, clean, add, cluster, dossiers) on a
   10,000-article generated JSONL with the NLP stages off, and on a
   200-article sample with them on (entities, quotes, times, comparison);
2. the time to update one story when one article arrives into a store of
   100,000 articles: the base is generated and inserted pre-cleaned (the
   generator of ``cluster_stream.py``), its stories written once, then one
   more report of an existing story is added with ``add_paths`` (NLP off);
   the time is split into its phases by a second, timed run of each.

    python benchmarks/store_ingest.py [--base 100000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from newsprism.link.cluster import StoryClusterer, cluster_articles
from newsprism.model import Article
from newsprism.options import Options
from newsprism.store import Store
from newsprism.store.update import add_paths, update_stories

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cluster_stream import generate


def _write_jsonl(path: Path, articles: list[Article]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for a in articles:
            record = {"id": a.id, "title": a.title, "text": a.text, "published": a.published}
            handle.write(json.dumps(record) + "\n")


def ingest_rate(n: int, annotate: bool, folder: Path) -> dict[str, Any]:
    articles, _ = generate(n, seed=11)
    source = folder / f"in{n}.jsonl"
    _write_jsonl(source, articles)
    with Store(folder / f"ingest{n}{annotate}.db") as store:
        start = time.perf_counter()
        report = add_paths(store, [str(source)], Options(annotate=annotate))
        seconds = time.perf_counter() - start
        stories = len(store.stories())
    return {
        "articles": report.added,
        "stories": stories,
        "seconds": seconds,
        "articles_per_s": report.added / seconds,
    }


def one_story_update(base: int, folder: Path) -> dict[str, Any]:
    articles, _ = generate(base + 1, seed=5)
    head, last = articles[:base], articles[base]
    with Store(folder / "base.db") as store:
        start = time.perf_counter()
        for i in range(0, base, 5000):
            store.add_articles(articles[i : min(i + 5000, base)])
        # Built as `newsprism add` leaves a store: stories plus the clusterer's saved state,
        # so the arrival below continues the clustering instead of redoing it.
        clusterer = StoryClusterer()
        for article in head:
            clusterer.add(article)
        state = (len(head), head[-1].id, clusterer.to_state())
        store.put_stories(clusterer.stories(), clusterer=state)
        build = time.perf_counter() - start
        source = folder / "one.jsonl"
        _write_jsonl(source, [last])
        start = time.perf_counter()
        report = add_paths(store, [str(source)], Options(annotate=False))
        total = time.perf_counter() - start
        # phases, measured again on the same store (nothing changes: same work minus the write);
        # "re-cluster all" is what an add cost before the clusterer state was saved
        start = time.perf_counter()
        stored = store.articles()
        read = time.perf_counter() - start
        start = time.perf_counter()
        cluster_articles(stored)
        cluster = time.perf_counter() - start
        start = time.perf_counter()
        update_stories(store, Options(annotate=False))
        compare = time.perf_counter() - start - 0.0
        story_id = report.story_ids[0] if report.story_ids else ""
        story = store.story(story_id)
        start = time.perf_counter()
        if story is not None:
            store.put_stories([story])
        write = time.perf_counter() - start
        start = time.perf_counter()
        store.story(story_id)
        read_one = time.perf_counter() - start
    return {
        "base": base,
        "build_seconds": build,
        "update_seconds": total,
        "stories_updated": report.stories_updated,
        "story_size": len(story.article_ids) if story else 0,
        "read_all_seconds": read,
        "recluster_seconds": cluster,
        "no_change_update_seconds": compare,
        "put_story_ms": write * 1000,
        "read_story_ms": read_one * 1000,
    }


def run(base: int = 100_000, n: int = 10_000, sample: int = 200) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        return {
            "nlp_off": ingest_rate(n, False, folder),
            "nlp_on": ingest_rate(sample, True, folder),
            "update": one_story_update(base, folder),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=100_000, help="articles in the base store")
    parser.add_argument("--n", type=int, default=10_000, help="articles ingested, NLP off")
    parser.add_argument("--sample", type=int, default=200, help="articles ingested, NLP on")
    args = parser.parse_args()
    r = run(args.base, args.n, args.sample)
    print("| measure | value |\n|---|---:|")
    for key, label in (("nlp_off", "NLP off"), ("nlp_on", "NLP on")):
        m = r[key]
        print(
            f"| add_paths, {m['articles']:,} articles, {label} | {m['articles_per_s']:,.0f} "
            f"articles/s ({m['seconds']:.1f} s, {m['stories']:,} stories) |"
        )
    u = r["update"]
    print(
        f"| build the {u['base']:,}-article base (insert + put all stories) "
        f"| {u['build_seconds']:.1f} s |"
    )
    print(
        f"| **1 article arrives into {u['base']:,}: add_paths total** "
        f"| **{u['update_seconds']:.2f} s** ({u['stories_updated']} story updated, "
        f"{u['story_size']} reports) |"
    )
    print(f"| of which: read all stored articles | {u['read_all_seconds']:.2f} s |")
    print(
        "| for comparison: re-cluster all in arrival order (an add before the saved state) "
        f"| {u['recluster_seconds']:.2f} s |"
    )
    print(
        f"| update_stories when nothing changed (read + cluster + diff) "
        f"| {u['no_change_update_seconds']:.2f} s |"
    )
    print(f"| put_stories (one story) | {u['put_story_ms']:.1f} ms |")
    print(f"| read one story by id | {u['read_story_ms']:.2f} ms |")


if __name__ == "__main__":
    main()
