"""``newsprism watch FEED… --every 15m``: poll feeds and pages, add what is new to the store.

Each poll's new documents go through :func:`newsprism.store.update.add_documents`
(clean, deduplicate, update the stories that changed) in the store's own
transactions, so stopping the watcher at any moment loses nothing committed.
Ctrl-C stops it after the current poll.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from typing import TextIO

from newsprism.model import RawDocument, Rejection
from newsprism.options import DEFAULT_MAX_BYTES, DEFAULT_SPACY_MODEL, Options
from newsprism.store.db import Store
from newsprism.store.update import DEFAULT_DB, add_documents


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``newsprism watch``, for the main command line to mount."""
    from newsprism.sources import add_arguments as add_fetch_arguments

    parser.add_argument("feeds", nargs="+", metavar="FEED", help="feed or page URLs to poll")
    parser.add_argument(
        "--every",
        type=_every,
        default="15m",
        metavar="DURATION",
        help="time between polls: 30s, 15m, 1h, 1h30m (default: 15m)",
    )
    parser.add_argument(
        "--db", default=DEFAULT_DB, metavar="FILE", help=f"the store (default: {DEFAULT_DB})"
    )
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N")
    parser.add_argument("--spacy-model", default=DEFAULT_SPACY_MODEL, metavar="NAME")
    parser.add_argument("--no-nlp", action="store_true", help="skip the NLP stages")
    parser.add_argument(
        "--polls", type=int, default=None, metavar="N", help="stop after N polls (default: never)"
    )
    add_fetch_arguments(parser)


def run_watch(
    args: argparse.Namespace, out: TextIO | None = None, stop: threading.Event | None = None
) -> int:
    """Poll until Ctrl-C (or ``--polls``); print one line per poll."""
    from newsprism.sources import options_from_args, watch

    out = out or sys.stdout
    stop_event = stop or threading.Event()
    if stop is None and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, lambda *_: stop_event.set())
    options = Options(
        max_bytes=args.max_bytes, spacy_model=args.spacy_model, annotate=not args.no_nlp
    )
    with Store(args.db) as store:

        def on_poll(items: Sequence[RawDocument | Rejection]) -> None:
            report = add_documents(store, list(items), options)
            print(
                f"poll: {report.added} new articles, {report.rejected} rejected, "
                f"{report.stories_updated} stories updated in {args.db}",
                file=out,
                flush=True,
            )
            for item in items:
                if isinstance(item, Rejection):
                    print(f"  rejected {item.source}: {item.reason}", file=out)

        watch(
            args.feeds,
            float(args.every),
            on_poll,
            stop_event,
            options=options_from_args(args),
            max_polls=args.polls,
        )
    return 0


def _every(value: str) -> float:
    from newsprism.sources import parse_every

    try:
        return parse_every(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
