"""Following a running story: poll feeds and pages every so often, pass on what is new.

New means an entry (by id or link) or a page version (by URL and content)
not seen in an earlier poll of this ``watch``; the memory lives only as long
as the loop (the store deduplicates by content anyway). An entry whose fetch
failed for a reason that may pass (timeout, HTTP 5xx) is tried again at the
next poll; one rejected for good is reported once.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence

from newsprism.model import RawDocument, Rejection
from newsprism.sources.collect import iter_documents
from newsprism.sources.fetch import Fetcher
from newsprism.sources.options import FetchOptions

Callback = Callable[[list[RawDocument | Rejection]], None]
_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd])", re.I)


def parse_every(text: str) -> float:
    """Seconds in a duration: ``15m`` → 900, ``1h30m`` → 5400, ``30s``, ``90`` (seconds).

    Raises ValueError with a hint for anything else, or a duration of 0.
    """
    spec = text.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", spec):
        seconds = float(spec)
    else:
        parts = _PART.findall(spec)
        if not parts or _PART.sub("", spec).strip():
            raise ValueError(f"not a duration: {text!r}; write e.g. 30s, 15m, 1h or 1h30m")
        seconds = sum(float(n) * _UNITS[unit.lower()] for n, unit in parts)
    if seconds <= 0:
        raise ValueError(f"the duration must be more than 0 seconds, got {text!r}")
    return seconds


def watch(
    names: Sequence[str],
    every_seconds: float,
    callback: Callback,
    stop_event: threading.Event,
    *,
    options: FetchOptions | None = None,
    max_polls: int | None = None,
) -> int:
    """Poll ``names`` every ``every_seconds`` until ``stop_event`` is set; return the polls.

    After each poll ``callback`` gets what is new (documents and rejections,
    possibly an empty list). The first poll starts at once; the wait between
    polls ends early when ``stop_event`` is set. ``max_polls`` bounds the
    loop (for tests and one-shot runs).
    """
    if every_seconds <= 0:
        raise ValueError(f"every_seconds must be positive, got {every_seconds}")
    seen: set[str] = set()
    polls = 0
    with Fetcher(options or FetchOptions()) as fetcher:
        while not stop_event.is_set():
            items = list(iter_documents(names, fetcher, seen))
            fetcher.forget_robots()
            polls += 1
            callback(items)
            if max_polls is not None and polls >= max_polls:
                break
            if stop_event.wait(every_seconds):
                break
    return polls
