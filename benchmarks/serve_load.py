"""Web UI under load: requests/s and latency of a 50-report dossier page, 50 clients at once.

Why: a running story is read by a whole newsroom at once, and every reader
reloads. Goal: p95 < 100 ms for a 50-report story on a laptop. The story is
made by repeating the bundled example's seven reports fifty times with other
outlets, times and counts, through the real pipeline, and stored with the
real store; ``newsprism serve`` (its own ``serve()``, in a separate process)
serves it on 127.0.0.1.

The load comes from ``wrk`` when it is installed (50 connections kept alive,
``--latency``, percentiles from a small Lua ``done()`` hook; apt-get install
wrk), else from 50 asyncio clients in this process (httpx) — which on a
2-core machine mostly measures the client itself; the output says which.
Requests send ``Accept-Encoding: gzip`` as a browser does.

Servers, all started before the first round and loaded in turn, ``ROUNDS``
interleaved rounds of ``SECONDS`` each, so a burst of other work on the
machine hits every server alike; each row is a server's round with the
median p95, and lists every round's p95:

- ``newsprism serve`` with uvicorn's default HTTP parser (httptools when
  installed), and with h11 (what uvicorn uses without httptools);
- datasette, a general SQLite browser, serving the same store file's
  ``stories`` row of the story, when its ``datasette`` command is found
  (``$DATASETTE``, this venv, or ``PATH``; it can live in a venv of its own).

What changed the figures (an A/B run of the old and new server on one
50-report store, wrk rounds alternating, load average 3.3-4.6): the server
as of 1b07e99 — every request through the thread pool, each concurrent
reader of a new story version rendering it — gave 1,980-2,260 req/s, p95
71-105 ms, 0.39-0.43 ms of server CPU a request, and 505-551 req/s at 1.6 ms
a request while the story was re-stored every 2 s; with cached pages sent
on the event loop before routing and one render per version: 4,830-6,240
req/s, p95 15-25 ms, 0.12-0.13 ms a request (2,930-6,460 req/s while
re-stored).

    python benchmarks/serve_load.py [--reports 50] [--clients 50] [--seconds 10] [--rounds 3]

``SERVE_LOAD_CLIENT=python`` forces the Python client even where wrk is installed.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import importlib.util
import multiprocessing
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ferry"
REPORTS = 50
CLIENTS = 50
SECONDS = 10.0  # per round and server
ROUNDS = 3
REQUESTS = 3000  # per round, Python client only (it is slow)
WRK_TIMEOUT = 10  # seconds; wrk leaves slower responses out of its percentiles and counts them
HEADERS = {"Accept-Encoding": "gzip"}
GOAL_P95_MS = 100.0
UPDATE_EVERY = 2.0  # seconds between re-stores of the story in the last round
_NUMBERS = ("twelve", "fourteen", "eleven", "thirteen")

# wrk calls done() once at the end, with every thread's statistics merged.
WRK_SCRIPT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "SERVE_LOAD requests=%d duration_us=%d bytes=%d p50=%d p95=%d p99=%d max=%d "
    .. "connect=%d read=%d write=%d status=%d timeout=%d\\n",
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end
"""


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


# -- servers ---------------------------------------------------------------------------------


@dataclasses.dataclass
class Server:
    name: str
    parser: str
    url: str
    pid: int
    stop: Callable[[], None]
    rounds: list[dict[str, Any]] = dataclasses.field(default_factory=list)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve_store(db: str, port: int, http: str) -> None:
    """Child process: ``newsprism serve`` on the benchmark store."""
    from newsprism.serve import serve
    from newsprism.store import Store

    serve(Store(db), host="127.0.0.1", port=port, http=http)


def _start_newsprism(db: str, story_id: str, http: str, parser: str) -> Server:
    port = _free_port()
    child = multiprocessing.get_context("spawn").Process(
        target=_serve_store, args=(db, port, http), daemon=True
    )
    child.start()
    assert child.pid is not None

    def stop() -> None:
        child.terminate()
        child.join(timeout=10)

    url = f"http://127.0.0.1:{port}/story/{story_id}"
    return Server("newsprism serve", parser, url, child.pid, stop)


def _datasette() -> str | None:
    for candidate in (
        os.environ.get("DATASETTE"),
        str(Path(sys.executable).with_name("datasette")),
        shutil.which("datasette"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def _start_datasette(exe: str, db: str, story_id: str) -> Server:
    port = _free_port()
    proc = subprocess.Popen(
        [exe, "serve", "-i", db, "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def stop() -> None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)

    python = Path(exe).with_name("python")  # the interpreter of datasette's own venv
    probe = subprocess.run(
        [str(python if python.exists() else sys.executable), "-c", "import httptools"],
        capture_output=True,
        check=False,
    )
    parser = "httptools" if probe.returncode == 0 else "h11"
    url = f"http://127.0.0.1:{port}/{Path(db).stem}/stories/{story_id}"
    return Server("datasette (stories row)", parser, url, proc.pid, stop)


def _wait_up(url: str, timeout: float = 60.0) -> int:
    """Wait until ``url`` answers 200; its size as sent (gzip when offered)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with httpx.stream("GET", url, headers=HEADERS, timeout=10.0) as got:
                size = sum(len(chunk) for chunk in got.iter_raw())
            if got.status_code == 200:
                return size
        except httpx.TransportError:
            pass
        time.sleep(0.2)
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


# -- load clients ----------------------------------------------------------------------------


def _wrk_version(wrk: str) -> str:
    got = subprocess.run([wrk, "--version"], capture_output=True, text=True, check=False)
    found = re.search(r"wrk (\S+)", got.stdout + got.stderr)
    return f"wrk {found[1]}" if found else "wrk"


def _wrk(wrk: str, script: str, url: str, seconds: float, clients: int) -> dict[str, Any]:
    """One wrk run: 2 threads (the machine's cores), ``clients`` keep-alive connections."""
    command = [wrk, "-t2", f"-c{clients}", f"-d{seconds:.0f}s", f"--timeout={WRK_TIMEOUT}s"]
    command += ["--latency", "-s", script]
    for name, value in HEADERS.items():
        command += ["-H", f"{name}: {value}"]
    got = subprocess.run(
        [*command, url], capture_output=True, text=True, check=False, timeout=seconds + 60
    )
    line = next((ln for ln in got.stdout.splitlines() if ln.startswith("SERVE_LOAD ")), None)
    if got.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({got.returncode}): {got.stdout[-500:]}{got.stderr[-500:]}")
    f = {k: int(v) for k, v in (kv.split("=") for kv in line.split()[1:])}
    wall = f["duration_us"] / 1e6
    return {
        "requests": f["requests"],
        "errors": f["connect"] + f["read"] + f["write"] + f["status"],
        "timeouts": f["timeout"],
        "seconds": round(wall, 2),
        "rps": round(f["requests"] / wall, 1),
        "p50_ms": round(f["p50"] / 1000, 1),
        "p95_ms": round(f["p95"] / 1000, 1),
        "p99_ms": round(f["p99"] / 1000, 1),
        "max_ms": round(f["max"] / 1000, 1),
        "bytes": f["bytes"] // max(f["requests"], 1),  # per response, headers included
    }


async def _python_load(url: str, requests: int, seconds: float, clients: int) -> dict[str, Any]:
    """``clients`` concurrent loops over ``url``; stops at ``requests`` or ``seconds``."""
    latencies: list[float] = []
    errors = 0
    sent = 0
    size = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=30.0, headers=HEADERS) as client:
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
        "timeouts": 0,
        "seconds": round(wall, 2),
        "rps": round(len(latencies) / wall, 1),
        "p50_ms": round(pct(0.50), 1),
        "p95_ms": round(pct(0.95), 1),
        "p99_ms": round(pct(0.99), 1),
        "max_ms": round(1000 * latencies[-1], 1),
        "bytes": size,  # body as sent (gzip when the server offers it)
    }


def _machine_busy() -> float:
    """CPU seconds all cores have been busy (or taken by the hypervisor), from /proc/stat."""
    try:
        v = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    except (OSError, ValueError):
        return 0.0
    return (v[0] + v[1] + v[2] + v[5] + v[6] + v[7]) / os.sysconf("SC_CLK_TCK")


def _client_cpu() -> float:
    """CPU seconds of the load client: this process (Python client) plus reaped children (wrk)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _measure(server: Server, load: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    """One round against ``server``, with what the rest of the machine did meanwhile.

    ``others_cores``: cores kept busy by everything but this server and the
    load client during the round (other work on a shared machine; from
    /proc/stat), the noise in that round's latencies.
    """
    load_avg = os.getloadavg()[0]
    server_before, client_before, busy_before = (
        _cpu_seconds(server.pid),
        _client_cpu(),
        _machine_busy(),
    )
    start = time.perf_counter()
    figures = load(server.url)
    wall = time.perf_counter() - start
    server_used = _cpu_seconds(server.pid) - server_before
    client_used = _client_cpu() - client_before
    others = _machine_busy() - busy_before - server_used - client_used
    figures["server_cpu_ms"] = round(1000 * server_used / max(figures["requests"], 1), 2)
    figures["client_cores"] = round(client_used / wall, 2)
    figures["others_cores"] = round(max(others, 0.0) / wall, 2)
    figures["load_avg"] = round(load_avg, 2)
    return figures


# -- the run ---------------------------------------------------------------------------------


def run(
    reports: int = REPORTS,
    clients: int = CLIENTS,
    seconds: float = SECONDS,
    rounds: int = ROUNDS,
) -> dict[str, Any]:
    """Build and store the story, start every server, then load each in turn, ``rounds`` times."""
    from newsprism.serve.views import Views
    from newsprism.store import Store

    analysis, pipeline_s = build_story(reports)
    (story,) = analysis.stories
    wrk = None if os.environ.get("SERVE_LOAD_CLIENT") == "python" else shutil.which("wrk")
    result: dict[str, Any] = {
        "reports": len(story.article_ids),
        "clients": clients,
        "seconds": seconds,
        "rounds": rounds,
        "pipeline_s": round(pipeline_s, 1),
        "client": _wrk_version(wrk) if wrk else "python",
        "servers": [],
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
            result["gzip_kb"] = round(len(page.gzipped or page.body) / 1024)

        servers: list[Server] = []
        try:
            if importlib.util.find_spec("httptools") is not None:
                servers.append(_start_newsprism(db, story.id, "auto", "httptools"))
            servers.append(_start_newsprism(db, story.id, "h11", "h11"))
            exe = _datasette()
            if exe is None:
                result["datasette"] = "not installed (pip install datasette, or set $DATASETTE)"
            else:
                got = subprocess.run([exe, "--version"], capture_output=True, text=True)
                result["datasette"] = got.stdout.strip()
                # A copy: datasette opens it immutable (-i), and the last round rewrites the story.
                copy = Path(tmp) / "datasette" / Path(db).name
                copy.parent.mkdir()
                shutil.copyfile(db, copy)
                servers.append(_start_datasette(exe, str(copy), story.id))
            for server in servers:
                _wait_up(server.url)
                for _ in range(20):  # warm-up: first render, imports, caches
                    _wait_up(server.url)

            if wrk:
                script = str(Path(tmp) / "percentiles.lua")
                Path(script).write_text(WRK_SCRIPT, encoding="utf-8")

                def load(url: str) -> dict[str, Any]:
                    assert wrk is not None
                    return _wrk(wrk, script, url, seconds, clients)
            else:

                def load(url: str) -> dict[str, Any]:
                    return asyncio.run(_python_load(url, REQUESTS, seconds, clients))

            for n in range(rounds):
                for server in servers:
                    print(f"round {n + 1}: {server.name} ({server.parser})", file=sys.stderr)
                    server.rounds.append(_measure(server, load))
                    time.sleep(2)  # let the sockets of the last round close

            # A running story: re-stored every UPDATE_EVERY s, as `newsprism add` does when a
            # report arrives; each new `updated_at` makes the cached page stale.
            ours = servers[0]
            if rounds and ours.name.startswith("newsprism"):
                print(f"updating: {ours.name} ({ours.parser})", file=sys.stderr)
                stop = threading.Event()
                updates = 0

                def update() -> None:
                    nonlocal updates
                    with Store(db) as writer:
                        while not stop.wait(UPDATE_EVERY):
                            writer.put_stories([story])
                            updates += 1

                thread = threading.Thread(target=update)
                thread.start()
                try:
                    figures = _measure(ours, load)
                finally:
                    stop.set()
                    thread.join()
                figures["updates"] = updates
                result["updating"] = {**figures, "name": ours.name, "parser": ours.parser}
        finally:
            for server in servers:
                server.stop()

    for server in servers:
        by_p95 = sorted(server.rounds, key=lambda r: r["p95_ms"])
        row = dict(by_p95[len(by_p95) // 2])
        row["name"] = server.name
        row["parser"] = server.parser
        row["p95_rounds"] = [r["p95_ms"] for r in server.rounds]
        row["timeouts_all"] = sum(r["timeouts"] for r in server.rounds)
        row["errors_all"] = sum(r["errors"] for r in server.rounds)
        result["servers"].append(row)
    return result


def table(result: dict[str, Any]) -> str:
    client = result["client"]
    if client == "python":
        how = (
            f"{result['clients']} asyncio clients (httpx) in the benchmark's process — wrk was "
            "not found; on a 2-core machine this client is the bottleneck, so latencies are "
            "mostly its own"
        )
    else:
        how = (
            f"{client}, 2 threads, {result['clients']} keep-alive connections, "
            f"timeout {WRK_TIMEOUT} s (a slower response counts as a timeout, outside the "
            "percentiles)"
        )
    lines = [
        "## Web UI under load (serve_load)",
        "",
        f"The dossier page of one {result['reports']}-report story "
        f"({result['page_kb']} KB of HTML, {result['gzip_kb']} KB gzipped), requested with "
        f"`Accept-Encoding: gzip` on 127.0.0.1; each server in its own process. "
        f"Load: {how}. {result['rounds']} rounds of {result['seconds']:.0f} s, the servers "
        "taking turns; each row is a server's round with the median p95 (every round's p95 "
        "in the last column). "
        f"First (uncached) render: {result['cold_render_ms']} ms; later requests are answered "
        "from the page cache, on the event loop, until the story's `updated_at` changes. "
        f"Making the story took {result['pipeline_s']} s in the pipeline.",
        "",
        "| server | HTTP parser | requests | req/s | p50 ms | p95 ms | p99 ms | max ms "
        "| errors | timeouts | bytes/response | server CPU ms/request | client cores "
        "| other work, cores | load average | p95 of each round |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in result["servers"]:
        rounds = ", ".join(f"{p:g}" for p in r["p95_rounds"])
        lines.append(
            f"| {r['name']} | {r['parser']} | {r['requests']} | {r['rps']:,.0f} | {r['p50_ms']} "
            f"| {r['p95_ms']} | {r['p99_ms']} | {r['max_ms']} | {r['errors']} | {r['timeouts']} "
            f"| {r['bytes']:,} | {r['server_cpu_ms']} | {r['client_cores']} "
            f"| {r['others_cores']} | {r['load_avg']} | {rounds} |"
        )
    up = result.get("updating")
    if up:
        lines.append(
            f"| {up['name']}, story re-stored every {UPDATE_EVERY:g} s ({up['updates']} updates) "
            f"| {up['parser']} | {up['requests']} | {up['rps']:,.0f} | {up['p50_ms']} "
            f"| {up['p95_ms']} | {up['p99_ms']} | {up['max_ms']} | {up['errors']} "
            f"| {up['timeouts']} | {up['bytes']:,} | {up['server_cpu_ms']} | {up['client_cores']} "
            f"| {up['others_cores']} | {up['load_avg']} | {up['p95_ms']:g} (one round) |"
        )
    lines += [
        "",
        "Server CPU: the server process's CPU time per request. Client cores: CPU the load "
        "client used, in cores. Other work: cores kept busy by everything else on the machine "
        "during the round (/proc/stat less server and client: the noise in that round). Load "
        "average: 1-minute, at the round's start (includes the previous round's own load).",
        "",
        f"Datasette: {result['datasette']}.",
    ]
    ours = [r for r in result["servers"] if r["name"].startswith("newsprism")]
    if ours:
        best = ours[0]
        verdict = "met" if best["p95_ms"] < GOAL_P95_MS else "NOT met"
        lines += [
            "",
            f"Goal p95 < {GOAL_P95_MS:.0f} ms for a {result['reports']}-report story: "
            f"{verdict} ({best['p95_ms']} ms with {best['parser']}, the median round; "
            f"{best['timeouts_all']} timeouts and {best['errors_all']} errors over all rounds)"
            + (
                "; measured with the Python client, which is the bottleneck here: "
                "install wrk for the server's figure."
                if client == "python"
                else "."
            ),
        ]
    lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=REPORTS)
    parser.add_argument("--clients", type=int, default=CLIENTS)
    parser.add_argument("--seconds", type=float, default=SECONDS, help="per round and server")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    args = parser.parse_args()
    print(table(run(args.reports, args.clients, args.seconds, args.rounds)))


if __name__ == "__main__":
    main()
