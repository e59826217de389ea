"""Articles/s of newsprism's ingest+clean against ftfy plus trafilatura alone.

Generates N articles (default 10,000; half plain text with site chrome and
mojibake, half HTML pages with navigation, comments and related links) into a
temporary folder, then times, in the same process on the same files:

- baseline: read each file, decode UTF-8, ``trafilatura.extract`` for HTML
  and ``ftfy.fix_text`` for everything (what one would do by hand);
- newsprism: ``ingest`` + ``clean_documents`` (encoding detection, ftfy,
  lossy mojibake, chrome, header fields, every change recorded with spans).

    python benchmarks/clean_speed.py [--n 10000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import ftfy
import trafilatura

from newsprism.clean.run import clean_documents
from newsprism.ingest import ingest
from newsprism.model import RawDocument, Rejection
from newsprism.options import Options

WORDS = (
    "council harbour minister river bridge storm vote police city report water power "
    "school budget court workers union strike mayor ferry station market farmers rain "
    "hospital road said officials on Tuesday according to the statement and residents "
    "the a of in to was were that for with after before during more than people"
).split()
CHROME = [
    "Share this article",
    "Subscribe to our newsletter",
    "Most read",
    "Back to top",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 24))]
    return " ".join(words).capitalize() + "."


def _paragraphs(rng: random.Random) -> list[str]:
    paras = [" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(8)]
    if rng.random() < 0.3:
        paras[1] = paras[1].replace(" the ", " the\u00e2\u20ac\u2122s ", 1)
    if rng.random() < 0.2:
        paras[2] = paras[2].replace(" said ", " said\u0101 ", 1)
    return paras


def generate(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(n):
        title = " ".join(rng.choice(WORDS) for _ in range(6)).title()
        paras = _paragraphs(rng)
        if i % 2:
            chrome = "\n".join(rng.sample(CHROME, 3))
            body = f"{title}\n\n" + "\n".join(paras) + "\n" + chrome + "\n"
            (folder / f"{i:06d}.txt").write_text(body, encoding="utf-8")
        else:
            ps = "".join(f"<p>{p}</p>" for p in paras)
            related = "".join(f"<li><a href='/r{j}'>{_sentence(rng)}</a></li>" for j in range(5))
            page = (
                f"<html><head><title>{title}</title></head><body>"
                f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                f"<article><h1>{title}</h1>{ps}</article>"
                f"<aside><h2>Related</h2><ul>{related}</ul></aside>"
                f"<footer>Copyright Example Media</footer></body></html>"
            )
            (folder / f"{i:06d}.html").write_text(page, encoding="utf-8")


def baseline(folder: Path) -> int:
    count = 0
    for path in sorted(folder.iterdir()):
        text = path.read_bytes().decode("utf-8")
        if path.suffix == ".html":
            text = trafilatura.extract(text) or ""
        ftfy.fix_text(text)
        count += 1
    return count


def newsprism(folder: Path) -> int:
    raws = [d for d in ingest([str(folder)], Options()) if not isinstance(d, Rejection)]
    docs: list[RawDocument] = raws  # type: ignore[assignment]
    articles, _ = clean_documents(docs, Options())
    return len(articles)


def run(n: int = 10_000) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate(folder, n)
        t0 = time.perf_counter()
        base_count = baseline(folder)
        t1 = time.perf_counter()
        ours = newsprism(folder)
        t2 = time.perf_counter()
    return {
        "n": n,
        "baseline_s": t1 - t0,
        "baseline_per_s": base_count / (t1 - t0),
        "newsprism_s": t2 - t1,
        "newsprism_per_s": ours / (t2 - t1),
        "articles": ours,
    }


def report(res: dict[str, Any]) -> str:
    ratio = res["newsprism_per_s"] / res["baseline_per_s"]
    return (
        f"{res['n']:,} generated articles (half plain text, half HTML), one process.\n\n"
        "| pipeline | seconds | articles/s |\n|---|---|---|\n"
        f"| ftfy + trafilatura alone | {res['baseline_s']:.1f} | {res['baseline_per_s']:.0f} |\n"
        f"| newsprism ingest + clean | {res['newsprism_s']:.1f} | {res['newsprism_per_s']:.0f} |\n"
        f"\nnewsprism / baseline throughput: {ratio:.2f}× "
        f"({res['articles']:,} articles kept).\n"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    print(report(run(parser.parse_args().n)))
