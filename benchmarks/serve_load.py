"""Web UI under load: requests/s and latency of a 50-report dossier page, 50 clients at once.

Why: a running story is read by a whole newsroom at once, and every reader
reloads. Goal: p95 < 100 ms for a 50-report story on a laptop. The story is
made by repeating the bundled example's seven reports fifty times with other
outlets, times and counts, through the real pipeline, and stored with the
real store; ``newsprism serve``'s app serves it from a separate process on
127.0.0.1 while this process plays 50 concurrent clients (httpx, asyncio).
Every run is bounded: at most ``REQUESTS`` requests and ``SECONDS`` seconds
per server, then the server is stopped.

For comparison, datasette (a general SQLite browser) serves the same store
file's ``stories`` row in the same run, when its ``datasette`` command is
found (``$DATASETTE``, the venv, or ``PATH``); otherwise the table says so.

    python benchmarks/serve_load.py
"""

from __future__ import annotations

import asyncio
import dataclasses
import multiprocessing
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ferry"
REPORTS = 50
CLIENTS = 50
REQUESTS = 3000
SECONDS = 30.0
_NUMBERS = ("twelve", "fourteen", "eleven", "thirteen")


def build_story(reports: int = REPORTS) -> tuple[Any, float]:
    """A ``reports``-report story (Analysis) through the real pipeline, and the seconds it took."""
    from newsprism.model import Analysis
    from newsprism.options import Options
    from newsprism.pipeline import analyze, build_stories

    base = analyze([str(EXAMPLE)], Options(annotate=False, link=False)).articles
    articles = []
    for n in range(reports):
        a = base[n % len(base)]
        text = a.text
        if n >= len(base):  # later copies change a count, as follow-up reports do
            text = text.replace("Twelve", _NUMBERS[n % 4].capitalize(), 1)
        hour = 6 + n % 18
        articles.append(
            dataclasses.replace(
                a,
                id=f"{a.id}-{n}",
                text=text,
                outlet=f"{a.outlet or 'Outlet'} {n // len(base) + 1}",
                published=f"2026-06-{15 + n // 24:02d}T{hour:02d}:{n % 60:02d}:00Z",
                cleaning=(),
            )
        )
    start = time.perf_counter()
    stories = build_stories(articles, Options(cluster=False))
    took = time.perf_counter() - start
    return Analysis(articles=tuple(articles), rejected=(), stories=tuple(stories)), took


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve_store(db: str, port: int) -> None:
    """Child process: ``newsprism serve`` on the benchmark store."""
    from newsprism.serve import serve
    from newsprism.store import Store

    serve(Store(db), host="127.0.0.1", port=port)


def _wait_up(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far, from /proc (0.0 where there is none).

    Reported per request beside the latencies: on a shared 2-core machine the
    latencies depend on what else runs, the server's CPU cost per request much less.
    """
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _measure(url: str, pid: int, requests: int, clients: int) -> dict[str, Any]:
    before = _cpu_seconds(pid)
    figures = asyncio.run(_load(url, requests, SECONDS, clients))
    used = _cpu_seconds(pid) - before
    figures["server_cpu_ms"] = round(1000 * used / max(figures["requests"], 1), 2)
    figures["load_avg"] = round(os.getloadavg()[0], 1)
    return figures


async def _load(url: str, requests: int, seconds: float, clients: int) -> dict[str, Any]:
    """``clients`` concurrent loops over ``url``; stops at ``requests`` or ``seconds``."""
    latencies: list[float] = []
    errors = 0
    sent = 0
    size = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=30.0) as client:
        for _ in range(10):  # warm-up: first render, connections
            await client.get(url)
        start = time.perf_counter()
        deadline = start + seconds

        async def worker() -> None:
            nonlocal errors, sent, size
            while sent < requests and time.perf_counter() < deadline:
                sent += 1
                t0 = time.perf_counter()
                try:  # raw bytes, not decoded: time the server, not the client's gunzip
                    async with client.stream("GET", url) as got:
                        size = sum([len(chunk) async for chunk in got.aiter_raw()])
                    if got.status_code != 200:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                latencies.append(time.perf_counter() - t0)

        await asyncio.gather(*(worker() for _ in range(clients)))
        wall = time.perf_counter() - start
    latencies.sort()

    def pct(p: float) -> float:
        return 1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))]

    return {
        "requests": len(latencies),
        "errors": errors,
        "seconds": round(wall, 2),
        "rps": round(len(latencies) / wall, 1),
        "p50_ms": round(pct(0.50), 1),
        "p95_ms": round(pct(0.95), 1),
        "p99_ms": round(pct(0.99), 1),
        "bytes": size,  # as sent (gzip when the server offers it)
    }


def _datasette() -> str | None:
    for candidate in (
        os.environ.get("DATASETTE"),
        str(Path(sys.executable).with_name("datasette")),
        shutil.which("datasette"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def _stop(proc: subprocess.Popen[bytes] | multiprocessing.process.BaseProcess) -> None:
    if isinstance(proc, subprocess.Popen):
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    else:
        proc.terminate()
        proc.join(timeout=10)


def run(reports: int = REPORTS, clients: int = CLIENTS, requests: int = REQUESTS) -> dict[str, Any]:
    """Build and store the story, then load newsprism's page and datasette's row in turn."""
    from newsprism.serve.views import Views
    from newsprism.store import Store

    analysis, pipeline_s = build_story(reports)
    (story,) = analysis.stories
    result: dict[str, Any] = {
        "reports": len(story.article_ids),
        "clients": clients,
        "pipeline_s": round(pipeline_s, 1),
        "servers": {},
    }
    with tempfile.TemporaryDirectory(prefix="newsprism-serve-") as tmp:
        db = str(Path(tmp) / "bench.db")
        with Store(db) as store:
            store.add_articles(analysis.articles)
            store.put_stories(analysis.stories)
            start = time.perf_counter()
            page = Views(store).story(story.id)
            result["cold_render_ms"] = round(1000 * (time.perf_counter() - start), 1)
            result["page_kb"] = round(len(page.body) / 1024)

        port = _free_port()
        child = multiprocessing.get_context("spawn").Process(
            target=_serve_store, args=(db, port), daemon=True
        )
        child.start()
        try:
            url = f"http://127.0.0.1:{port}/story/{story.id}"
            _wait_up(url)
            assert child.pid is not None
            result["servers"]["newsprism serve"] = _measure(url, child.pid, requests, clients)
        finally:
            _stop(child)

        exe = _datasette()
        if exe is None:
            result["datasette"] = "not installed (pip install datasette, or set $DATASETTE)"
            return result
        version = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False)
        result["datasette"] = version.stdout.strip()
        port = _free_port()
        proc = subprocess.Popen(
            [exe, "serve", "-i", db, "--host", "127.0.0.1", "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            url = f"http://127.0.0.1:{port}/bench/stories/{story.id}"
            _wait_up(url)
            result["servers"]["datasette (stories row)"] = _measure(
                url, proc.pid, requests, clients
            )
        finally:
            _stop(proc)
    return result


def table(result: dict[str, Any]) -> str:
    lines = [
        "## Web UI under load (serve_load)",
        "",
        f"The dossier page of one {result['reports']}-report story "
        f"({result['page_kb']} KB of HTML), {result['clients']} concurrent clients on 127.0.0.1, "
        f"server in its own process. First (uncached) render: {result['cold_render_ms']} ms; "
        f"later requests are served from the page cache until the story's `updated_at` changes. "
        f"Making the story took {result['pipeline_s']} s in the pipeline.",
        "",
        "| server | requests | errors | req/s | p50 ms | p95 ms | p99 ms | KB sent "
        "| server CPU ms/request | load average |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in result["servers"].items():
        lines.append(
            f"| {name} | {r['requests']} | {r['errors']} | {r['rps']} | {r['p50_ms']} | "
            f"{r['p95_ms']} | {r['p99_ms']} | {r['bytes'] // 1024} | {r['server_cpu_ms']} "
            f"| {r['load_avg']} |"
        )
    lines += ["", f"Datasette: {result['datasette']}.", ""]
    return "\n".join(lines)


def main() -> None:
    print(table(run()))


if __name__ == "__main__":
    main()
