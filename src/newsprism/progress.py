"""A progress bar on standard error for long runs, silent when it is not a terminal."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

_MIN_ITEMS = 20
_INTERVAL = 0.1


def terminal_progress(stream: TextIO | None = None) -> Callable[[int], Callable[[int], None]]:
    """A factory: given the total, return a ``tick(n)`` that redraws the bar."""
    out = stream if stream is not None else sys.stderr

    def factory(total: int) -> Callable[[int], None]:
        if total < _MIN_ITEMS or not out.isatty():
            return lambda _n: None
        done = 0
        last = 0.0

        def tick(n: int) -> None:
            nonlocal done, last
            done += n
            now = time.monotonic()
            if now - last < _INTERVAL and done < total:
                return
            last = now
            width = 30
            filled = width * done // total
            bar = "#" * filled + "-" * (width - filled)
            out.write(f"\rcleaning [{bar}] {done}/{total}")
            if done >= total:
                out.write("\n")
            out.flush()

        return tick

    return factory
