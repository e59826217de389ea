"""How fast the store follows a running story: ingest throughput and one-arrival update time.

What it measures:

1. articles/s of ``add_paths`` (ingest, clean, add, cluster, dossiers, in one
   process) from a 10,000-article generated JSONL with the NLP stages off, and
   from a 200-article sample of it with them on (entities, quotes, times,
   comparison: about 3 articles/s, so the full 10,000 would take an hour);
2. articles/s of ``add_paths`` from a local feed server: 1,000 generated
   reports served as one RSS feed with ``content:encoded`` on 127.0.0.1 (the
   server of ``feed_ingest.py``, in a thread of this process), NLP off;
3. one article arriving into a store of 10,000 (the one built in 1) and of
   100,000 articles: the real ``newsprism add one.jsonl --db FILE`` command
   (``newsprism.cli.main``, as the console script calls it) in a fresh
   process: the time in the command, the time of the whole process (its
   imports apart: the command line imports spaCy even for ``--no-nlp``) and
   its peak resident memory; with ``--no-nlp`` (three successive arrivals)
   and with NLP (the story the article joins is annotated and compared anew).

The 100,000-article base is built by a documented fast path, not by ``add``:
generated reports (the generator of ``cluster_stream.py``) are inserted
pre-cleaned, clustered in memory, and their stories (membership only, no
NLP) written with the clusterer's complete saved state in one transaction;
that is the store ``newsprism add --no-nlp`` would leave. The arrivals after
it are the real code path.

    python benchmarks/store_ingest.py [--base 100000] [--n 10000] [--sample 200] [--feed 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from newsprism.link.cluster import StoryClusterer
from newsprism.model import Article
from newsprism.options import Options
from newsprism.sources import FetchOptions
from newsprism.store import Store
from newsprism.store.clusterer_rows import SavedClusterer
from newsprism.store.update import add_paths

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cluster_stream import generate
from feed_ingest import serve


def _write_jsonl(path: Path, articles: list[Article]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for a in articles:
            record = {"id": a.id, "title": a.title, "text": a.text, "published": a.published}
            handle.write(json.dumps(record) + "\n")


def ingest_rate(articles: list[Article], annotate: bool, db: Path, folder: Path) -> dict[str, Any]:
    source = folder / f"in{len(articles)}.jsonl"
    _write_jsonl(source, articles)
    with Store(db) as store:
        start = time.perf_counter()
        report = add_paths(store, [str(source)], Options(annotate=annotate))
        seconds = time.perf_counter() - start
        stories = store.story_count()
    return {
        "articles": report.added,
        "stories": stories,
        "seconds": seconds,
        "articles_per_s": report.added / seconds,
    }


def _rss(articles: list[Article]) -> bytes:
    items = []
    for a in articles:
        body = "".join(f"<p>{html.escape(s)}.</p>" for s in a.text.split(". ") if s)
        day = dt.date.fromisoformat(a.published or "2026-01-01")
        when = format_datetime(dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC))
        items.append(
            f"<item><title>{html.escape(a.title or '')}</title><link>/article/{a.id}</link>"
            f"<guid>{a.id}</guid><pubDate>{when}</pubDate><description>Teaser.</description>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Bench Gazette</title><link>/</link><description>x</description>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def feed_rate(n: int, folder: Path) -> dict[str, Any]:
    articles, _ = generate(n, seed=13)
    site = {"/robots.txt": b"User-agent: *\nDisallow: /private/\n", "/feed.xml": _rss(articles)}
    with serve(site) as base, Store(folder / "feed.db") as store:
        start = time.perf_counter()
        report = add_paths(
            store,
            [f"{base}/feed.xml"],
            Options(annotate=False),
            fetch_options=FetchOptions(allow_private=True, timeout=30),
        )
        seconds = time.perf_counter() - start
        stories = store.story_count()
    return {
        "articles": report.added,
        "rejected": report.rejected,
        "stories": stories,
        "feed_mb": len(site["/feed.xml"]) / 1e6,
        "seconds": seconds,
        "articles_per_s": report.added / seconds,
    }


def build_base(articles: list[Article], db: Path) -> float:
    """The fast path (see the module docstring): insert, cluster in memory, write once."""
    start = time.perf_counter()
    with Store(db) as store:
        for i in range(0, len(articles), 5000):
            store.add_articles(articles[i : i + 5000])
        clusterer = StoryClusterer()
        for article in articles:
            clusterer.add(article)
        saved = SavedClusterer(len(articles), articles[-1].id, None, clusterer.changes())
        store.put_stories(clusterer.stories(), clusterer=saved)
    return time.perf_counter() - start


def state_size(db: Path) -> dict[str, Any]:
    """Bytes on disk of the saved clusterer's tables (with their indexes), and of the file."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rows = conn.execute("SELECT s.name, sum(s.pgsize) FROM dbstat s GROUP BY s.name").fetchall()
        owners = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master").fetchall())
        counts = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("clusterer_df", "clusterer_postings", "clusterer_stories", "stories")
        }
    state = sum(size for name, size in rows if owners.get(name, name).startswith("clusterer_"))
    return {"state_mb": state / 1e6, "file_mb": db.stat().st_size / 1e6, **counts}


# ``newsprism add`` as its console script runs it, timing the imports and the command apart
_ARRIVE = """
import json, sys, time
start = time.perf_counter()
from newsprism.cli import main
imported = time.perf_counter()
code = main(sys.argv[1:])
done = time.perf_counter()
with open("/proc/self/status", encoding="ascii") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(json.dumps({"code": code, "imports": imported - start, "command": done - imported,
                  "peak_kb": peak}))
"""


def arrive(db: Path, article: Article, folder: Path, nlp: bool) -> dict[str, Any]:
    """``newsprism add`` of one article in a fresh process: seconds, peak resident memory."""
    source = folder / f"arrival-{article.id}.jsonl"
    _write_jsonl(source, [article])
    args = ["add", str(source), "--db", str(db), "-q", *([] if nlp else ["--no-nlp"])]
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", _ARRIVE, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"newsprism {' '.join(args)} failed: {err.decode()[-2000:]}")
    timing = json.loads(out.decode().strip().splitlines()[-1])
    with Store(db) as store:
        story = store.story(_story_of(db, article.id))
    return {
        "seconds": seconds,
        "imports": timing["imports"],
        "command": timing["command"],
        # VmHWM of the process itself: its rusage would also count this (large) process,
        # whose pages the child shared between fork and exec
        "peak_mb": timing["peak_kb"] / 1024,
        "story_size": len(story.article_ids) if story else 0,
    }


def _story_of(db: Path, article_id: str) -> str:
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()
    return str(row[0]) if row else ""


def arrivals(db: Path, stream: list[Article], folder: Path) -> dict[str, Any]:
    """Three arrivals with --no-nlp, then one with NLP, each the next article of ``stream``."""
    plain = [arrive(db, article, folder, nlp=False) for article in stream[:3]]
    with_nlp = arrive(db, stream[3], folder, nlp=True)
    return {
        "no_nlp": plain,
        "no_nlp_median_s": statistics.median(a["command"] for a in plain),
        "no_nlp_peak_mb": max(a["peak_mb"] for a in plain),
        "nlp": with_nlp,
    }


def run(
    base: int = 100_000, n: int = 10_000, sample: int = 200, feed: int = 1000
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        stream, _ = generate(n + 4, seed=11)
        result: dict[str, Any] = {
            "load_before": os.getloadavg(),
            "nlp_off": ingest_rate(stream[:n], False, folder / "ingest.db", folder),
        }
        result["small"] = {"base": n, **arrivals(folder / "ingest.db", stream[n:], folder)}
        result["nlp_on"] = ingest_rate(stream[:sample], True, folder / "nlp.db", folder)
        result["feed"] = feed_rate(feed, folder)
        big, _ = generate(base + 4, seed=5)
        build = build_base(big[:base], folder / "base.db")
        result["large"] = {
            "base": base,
            "build_seconds": build,
            **state_size(folder / "base.db"),
            **arrivals(folder / "base.db", big[base:], folder),
        }
        result["large_after"] = state_size(folder / "base.db")
        result["load_after"] = os.getloadavg()
        return result


def markdown(r: dict[str, Any]) -> str:
    lines = ["| measure | value |", "|---|---:|"]
    for key, label in (("nlp_off", "NLP off"), ("nlp_on", "NLP on")):
        m = r[key]
        lines.append(
            f"| `add` from a JSONL of {m['articles']:,} articles, {label} "
            f"| {m['articles_per_s']:,.0f} articles/s ({m['seconds']:.1f} s, "
            f"{m['stories']:,} stories) |"
        )
    f = r["feed"]
    lines.append(
        f"| `add` from a local feed server: {f['articles']:,} items with content:encoded "
        f"({f['feed_mb']:.1f} MB), NLP off | {f['articles_per_s']:,.0f} articles/s "
        f"({f['seconds']:.1f} s, {f['stories']:,} stories) |"
    )
    for key in ("small", "large"):
        u = r[key]
        times = ", ".join(f"{a['command']:.2f}" for a in u["no_nlp"])
        first = u["no_nlp"][0]
        lines.append(
            f"| **1 article arrives into {u['base']:,}: `newsprism add --no-nlp`** "
            f"| **{u['no_nlp_median_s']:.2f} s** in the command, median of 3 ({times} s; "
            f"story of {first['story_size']} reports); the process {first['seconds']:.2f} s "
            f"with {first['imports']:.2f} s of imports; peak RSS {u['no_nlp_peak_mb']:,.0f} MB |"
        )
        a = u["nlp"]
        lines.append(
            f"| 1 article arrives into {u['base']:,}: `newsprism add` with NLP "
            f"(story of {a['story_size']} reports annotated and compared) "
            f"| {a['command']:.2f} s in the command; the process {a['seconds']:.2f} s; "
            f"peak RSS {a['peak_mb']:,.0f} MB |"
        )
    u = r["large"]
    lines.append(
        f"| build the {u['base']:,}-article base (fast path: insert, cluster in memory, "
        f"write stories and state once) | {u['build_seconds']:.0f} s |"
    )
    lines.append(
        f"| saved clusterer at {u['base']:,} articles ({u['clusterer_stories']:,} stories, "
        f"{u['clusterer_df']:,} features, {u['clusterer_postings']:,} postings) "
        f"| {u['state_mb']:,.0f} MB on disk of a {u['file_mb']:,.0f} MB store |"
    )
    before, after = r["load_before"], r["load_after"]
    shared = max(before[0], after[0]) > 1.5
    lines += [
        "",
        f"Load average (1, 5, 15 min) before the run {before[0]:.1f}, {before[1]:.1f}, "
        f"{before[2]:.1f}; after it {after[0]:.1f}, {after[1]:.1f}, {after[2]:.1f} "
        f"({os.cpu_count()} cores"
        + ("; shared with other jobs, so the times are upper bounds)." if shared else ")."),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=100_000, help="articles in the large store")
    parser.add_argument("--n", type=int, default=10_000, help="articles ingested, NLP off")
    parser.add_argument("--sample", type=int, default=200, help="articles ingested, NLP on")
    parser.add_argument("--feed", type=int, default=1000, help="items in the served feed")
    args = parser.parse_args()
    print(markdown(run(args.base, args.n, args.sample, args.feed)))


if __name__ == "__main__":
    main()
