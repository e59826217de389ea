"""SQLite or DuckDB for the store: the measurements behind the choice.

What it measures, on the store's real access pattern (documents of a few KB
keyed by id):

1. write throughput of many small transactions (one row per commit, as an
   incremental ``newsprism add`` and ``put_stories`` do);
2. read latency of one document by id from 20,000 (the web UI opening a story);
3. concurrent readers: a second *process* reading while a writer process
   commits in a loop (the web UI while ``newsprism add`` runs);
4. crash safety: a writer process killed with SIGKILL mid-loop; every commit
   it reported must be there on reopening.

DuckDB is optional (``pip install duckdb``); its rows are skipped when it is
not installed.

    python benchmarks/store_engines.py
"""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

DOC = json.dumps({"text": "word " * 600, "quotes": [{"text": "q" * 80, "start": 1}] * 10})
N_COMMITS = 1000
N_ROWS = 20_000
N_READS = 2000

_WRITER = """
import sys, time
engine, path = sys.argv[1], sys.argv[2]
doc = "x" * 3000
if engine == "sqlite":
    import sqlite3
    db = sqlite3.connect(path, isolation_level=None, timeout=30)
    db.execute("PRAGMA journal_mode=WAL"); db.execute("PRAGMA synchronous=NORMAL")
    db.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, doc TEXT)")
    ex = db.execute
else:
    import duckdb
    db = duckdb.connect(path)
    db.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, doc TEXT)")
    ex = db.execute
print("ready", flush=True)
i = 0
while True:
    i += 1
    ex("BEGIN"); ex("INSERT INTO t VALUES (?, ?)", (i, doc)); ex("COMMIT")
    print(i, flush=True)
"""


def _connect(engine: str, path: Path, *, read_only: bool = False) -> Any:
    if engine == "sqlite":
        import sqlite3

        db = sqlite3.connect(str(path), isolation_level=None, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        return db
    import duckdb

    return duckdb.connect(str(path), read_only=read_only)


def small_transactions(engine: str, folder: Path) -> float:
    db = _connect(engine, folder / f"w.{engine}")
    db.execute("CREATE TABLE t (id TEXT PRIMARY KEY, doc TEXT)")
    start = time.perf_counter()
    for i in range(N_COMMITS):
        db.execute("BEGIN")
        db.execute("INSERT INTO t VALUES (?, ?)", (f"s{i:08d}", DOC))
        db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return N_COMMITS / elapsed


def point_reads(engine: str, folder: Path) -> float:
    """Median microseconds to fetch one document by id."""
    db = _connect(engine, folder / f"r.{engine}")
    db.execute("CREATE TABLE t (id TEXT PRIMARY KEY, doc TEXT)")
    db.execute("BEGIN")
    db.executemany("INSERT INTO t VALUES (?, ?)", [(f"s{i:08d}", DOC) for i in range(N_ROWS)])
    db.execute("COMMIT")
    times = []
    for i in range(N_READS):
        key = f"s{(i * 7919) % N_ROWS:08d}"
        start = time.perf_counter()
        db.execute("SELECT doc FROM t WHERE id = ?", (key,)).fetchone()
        times.append(time.perf_counter() - start)
    db.close()
    return statistics.median(times) * 1e6


def _start_writer(engine: str, path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(_WRITER), engine, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # "ready"
    proc.stdout.readline()  # first commit
    return proc


def concurrent_reads(engine: str, folder: Path) -> str:
    """Can another process read while a writer commits? Reads done in 2 s, or the error."""
    path = folder / f"c.{engine}"
    proc = _start_writer(engine, path)
    reads, error = 0, ""
    try:
        deadline = time.perf_counter() + 2.0
        while time.perf_counter() < deadline:
            try:
                db = _connect(engine, path, read_only=True)
                db.execute("SELECT count(*) FROM t").fetchone()
                db.close()
                reads += 1
            except Exception as exc:  # the engine's lock error is the measurement
                error = type(exc).__name__ + ": " + str(exc).splitlines()[0][:70]
                break
    finally:
        proc.kill()
        proc.wait()
    return f"{reads / 2:.0f} opens+reads/s" if not error else f"fails: {error}"


def crash_safety(engine: str, folder: Path) -> str:
    path = folder / f"k.{engine}"
    proc = _start_writer(engine, path)
    assert proc.stdout is not None
    time.sleep(1.0)
    os.kill(proc.pid, signal.SIGKILL)
    reported = max(int(line) for line in proc.stdout.read().split() if line.isdigit())
    proc.wait()
    db = _connect(engine, path)
    count = db.execute("SELECT count(*) FROM t").fetchone()[0]
    db.close()
    lost = max(0, reported - count)
    return f"{count} rows after kill, {reported} reported committed, {lost} lost"


def run() -> dict[str, Any]:
    engines = ["sqlite"]
    try:
        import duckdb

        engines.append(f"duckdb {duckdb.__version__}")
    except ImportError:
        pass
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label in engines:
            engine = label.split()[0]
            folder = Path(tmp)
            results[label] = {
                "commits_per_s": small_transactions(engine, folder),
                "point_read_us": point_reads(engine, folder),
                "concurrent_reader": concurrent_reads(engine, folder),
                "kill_9": crash_safety(engine, folder),
            }
    return results


def main() -> None:
    results = run()
    print(
        "| engine | small transactions (commits/s) | read one doc by id (median µs) "
        "| second process reading during commits | kill -9 mid-writes |"
    )
    print("|---|---:|---:|---|---|")
    for label, r in results.items():
        print(
            f"| {label} | {r['commits_per_s']:,.0f} | {r['point_read_us']:.0f} "
            f"| {r['concurrent_reader']} | {r['kill_9']} |"
        )
    print(
        f"\n{N_COMMITS} commits of one ~3 KB row; reads from {N_ROWS:,} rows; "
        "SQLite in WAL mode with synchronous=NORMAL (as the store)."
    )


if __name__ == "__main__":
    main()
