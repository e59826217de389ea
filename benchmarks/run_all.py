"""Run every benchmark and write ``docs/benchmarks.md`` (figures, machine, date).

Convention: each ``benchmarks/<name>.py`` is a script that prints a markdown
section to standard output (and exposes ``run()`` returning its figures).
Each runs in its own process so one cannot warm the caches of another.

    python benchmarks/run_all.py [--only NAME ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "docs" / "benchmarks.md"


def machine() -> str:
    mem = ""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            kb = int(handle.readline().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    cpu = platform.processor() or platform.machine()
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores{mem}, "
        f"Python {platform.python_version()}"
    )


def _previous_sections() -> dict[str, str]:
    """Sections of the current docs/benchmarks.md, so ``--only`` updates just those it runs."""
    if not OUT.exists():
        return {}
    text = OUT.read_text(encoding="utf-8")
    parts = text.split("\n## ")[1:]
    return {part.split("\n", 1)[0].strip(): "## " + part.rstrip() + "\n" for part in parts}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="benchmark names (file stems) to run")
    args = parser.parse_args()
    scripts = sorted(p for p in HERE.glob("*.py") if p.stem not in {"run_all", "__init__"})
    if args.only:
        scripts = [p for p in scripts if p.stem in set(args.only)]
    sections = _previous_sections() if args.only else {}
    for script in scripts:
        print(f"running {script.name} ...", file=sys.stderr, flush=True)
        proc = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True, check=False
        )
        # A script's own headings become sub-headings of its section.
        body = re.sub(r"^(#{1,5}) ", r"\1## ", proc.stdout.strip(), flags=re.M) or "(no output)"
        if proc.returncode != 0:
            body += f"\n\nFAILED (exit {proc.returncode}):\n\n```\n{proc.stderr[-2000:]}\n```"
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        sections[script.stem] = f"## {script.stem}\n\n_Run {stamp}._\n\n{body}\n"
    header = (
        "# Benchmarks\n\n"
        "Written by `make bench` (`benchmarks/run_all.py`; `--only NAME…` reruns some and "
        "keeps the others). Each section says when it ran.\n\n"
        f"Machine: {machine()}.\n\n"
        "Figures are noisy (a shared 2-core machine): compare ratios measured in the "
        "same run, not absolute figures across runs.\n"
    )
    body = "\n".join(sections[name] for name in sorted(sections))
    OUT.write_text(header + "\n" + body, encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
