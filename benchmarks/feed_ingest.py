"""Articles/s read from RSS feeds by ``newsprism.sources.fetch_documents``.

A local HTTP server on 127.0.0.1 (stdlib, in a thread; nothing leaves the
machine) serves a generated RSS feed of N items (default 1,000) two ways:

- full: every item carries its article in ``content:encoded``, one request;
- linked: items carry a one-line teaser only, so every article is fetched by
  its link (N + 2 requests: feed, robots.txt, the pages), with the SSRF check
  and robots.txt rules applied to each, over kept-alive connections.

Baseline: ``feedparser.parse`` alone on the same feed bytes (no network).

    python benchmarks/feed_ingest.py [--n 1000]
"""

from __future__ import annotations

import argparse
import io
import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import feedparser  # type: ignore[import-untyped]

from newsprism.model import RawDocument
from newsprism.sources import FetchOptions, fetch_documents

WORDS = (
    "council harbour minister river bridge storm vote police city report water power "
    "school budget court workers union strike mayor ferry station market said officials "
    "on Tuesday according to the statement and residents the a of in to was that"
).split()


def _paragraphs(rng: random.Random) -> str:
    sentences = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 22))).capitalize() + "."
        for _ in range(16)
    ]
    return "".join(f"<p>{' '.join(sentences[i : i + 4])}</p>" for i in range(0, 16, 4))


def build_site(n: int, seed: int = 11) -> dict[str, bytes]:
    """Paths to bodies: /full.xml, /linked.xml, /robots.txt and /article/0 … /article/N-1."""
    rng = random.Random(seed)
    site: dict[str, bytes] = {"/robots.txt": b"User-agent: *\nDisallow: /private/\n"}
    full, linked = [], []
    for i in range(n):
        body = _paragraphs(rng)
        title = " ".join(rng.choice(WORDS) for _ in range(6)).title()
        head = (
            f"<title>{title}</title><link>/article/{i}</link><guid>story-{i}</guid>"
            f"<pubDate>Tue, 04 Mar 2025 10:{i % 60:02d}:00 +0000</pubDate>"
        )
        full.append(
            f"<item>{head}<description>Teaser {i}.</description>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
        )
        linked.append(f"<item>{head}<description>Teaser {i}.</description></item>")
        site[f"/article/{i}"] = (
            f"<!doctype html><html><head><title>{title}</title></head><body>"
            f"<article><h1>{title}</h1>{body}</article></body></html>"
        ).encode()
    for name, items in (("full", full), ("linked", linked)):
        site[f"/{name}.xml"] = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            "<title>Bench Gazette</title><link>/</link><description>x</description>"
            + "".join(items)
            + "</channel></rss>"
        ).encode()
    return site


@contextmanager
def serve(site: dict[str, bytes]) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 (a free port) until the block ends; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            body = site.get(self.path)
            status = 200 if body is not None else 404
            body = body if body is not None else b"not found"
            kind = "application/rss+xml" if self.path.endswith(".xml") else "text/html"
            self.send_response(status)
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(10)


def _timed_fetch(url: str, options: FetchOptions) -> tuple[int, int, float]:
    start = time.perf_counter()
    items = list(fetch_documents([url], options))
    seconds = time.perf_counter() - start
    docs = sum(isinstance(item, RawDocument) for item in items)
    return docs, len(items) - docs, seconds


def run(n: int = 1000) -> dict[str, Any]:
    """Time the three readings; return their figures."""
    site = build_site(n)
    options = FetchOptions(allow_private=True, timeout=10)
    start = time.perf_counter()
    parsed = feedparser.parse(io.BytesIO(site["/full.xml"]))
    baseline_s = time.perf_counter() - start
    with serve(site) as base:
        full = _timed_fetch(f"{base}/full.xml", options)
        linked = _timed_fetch(f"{base}/linked.xml", options)
    rows = {
        "feedparser alone (full feed, bytes in memory)": (len(parsed.entries), 0, baseline_s),
        "newsprism, content:encoded (1 request)": full,
        f"newsprism, fetched by link ({n + 2} requests)": linked,
    }
    return {
        "n": n,
        "feed_bytes": len(site["/full.xml"]),
        "rows": {
            name: {
                "articles": docs,
                "rejected": rejected,
                "seconds": round(seconds, 3),
                "articles_per_s": round(docs / seconds, 1) if seconds > 0 else None,
            }
            for name, (docs, rejected, seconds) in rows.items()
        },
    }


def markdown(result: dict[str, Any]) -> str:
    lines = [
        f"{result['n']:,} RSS items served from 127.0.0.1 "
        f"(full feed {result['feed_bytes'] / 1e6:.1f} MB), one run each.",
        "",
        "| reading | articles | rejected | seconds | articles/s |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, row in result["rows"].items():
        lines.append(
            f"| {name} | {row['articles']:,} | {row['rejected']} | {row['seconds']:.2f} "
            f"| {row['articles_per_s']:,.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="items in the feed")
    args = parser.parse_args()
    print(markdown(run(args.n)))


if __name__ == "__main__":
    main()
