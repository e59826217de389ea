"""Polling feeds: durations, only new entries passed on, stopping, command-line flags."""

from __future__ import annotations

import argparse
import threading

import pytest

from newsprism.model import RawDocument, Rejection
from newsprism.sources import FetchOptions, add_arguments, options_from_args, parse_every, watch

from .conftest import LocalServer, Reply
from .test_feeds import RSS_TYPE, item, rss

LOCAL = FetchOptions(allow_private=True, timeout=5)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("15m", 900),
        ("1h", 3600),
        ("30s", 30),
        ("1h30m", 5400),
        ("90", 90),
        ("2.5m", 150),
        ("1d", 86400),
    ],
)
def test_parse_every(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15x", "0m", "-5m", "15m now"])
def test_parse_every_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_every(text)


def test_only_new_entries_are_passed_on(server: LocalServer) -> None:
    feed = server.url("/feed")
    server.routes["/feed"] = Reply(rss(item(1, content="<p>One.</p>")), headers=RSS_TYPE)
    polls: list[list[RawDocument | Rejection]] = []

    def callback(items: list[RawDocument | Rejection]) -> None:
        polls.append(items)
        if len(polls) == 2:  # the story moves on: a second entry appears
            server.routes["/feed"] = Reply(
                rss(item(2, content="<p>Two.</p>") + item(1, content="<p>One.</p>")),
                headers=RSS_TYPE,
            )

    n = watch([feed], 0.01, callback, threading.Event(), options=LOCAL, max_polls=3)
    assert n == 3
    titles = [[d.title for d in poll if isinstance(d, RawDocument)] for poll in polls]
    assert titles == [["Story 1"], [], ["Story 2"]]


def test_linked_articles_fetched_once(server: LocalServer) -> None:
    server.routes["/feed"] = Reply(
        rss(item(1, summary="Teaser.", link=server.url("/a/1"))), headers=RSS_TYPE
    )
    server.routes["/a/1"] = Reply(b"<html><body><p>Full story.</p></body></html>")
    watch(
        [server.url("/feed")],
        0.01,
        lambda items: None,
        threading.Event(),
        options=LOCAL,
        max_polls=3,
    )
    assert server.paths().count("/a/1") == 1
    assert server.paths().count("/feed") == 3


def test_transient_failures_are_retried(server: LocalServer) -> None:
    server.routes["/feed"] = Reply(
        rss(item(1, summary="Teaser.", link=server.url("/a/1"))), headers=RSS_TYPE
    )
    server.routes["/a/1"] = Reply(b"busy", 503, {"Content-Type": "text/plain"})
    polls: list[list[RawDocument | Rejection]] = []

    def callback(items: list[RawDocument | Rejection]) -> None:
        polls.append(items)
        server.routes["/a/1"] = Reply(b"<html><body><p>Full story.</p></body></html>")

    watch([server.url("/feed")], 0.01, callback, threading.Event(), options=LOCAL, max_polls=2)
    assert isinstance(polls[0][0], Rejection) and isinstance(polls[1][0], RawDocument)


def test_stop_event_ends_the_wait(server: LocalServer) -> None:
    server.routes["/feed"] = Reply(rss(item(1, content="<p>One.</p>")), headers=RSS_TYPE)
    stop = threading.Event()
    n = watch([server.url("/feed")], 3600, lambda items: stop.set(), stop, options=LOCAL)
    assert n == 1


def test_flags_make_options() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-bytes", type=int, default=1000)
    add_arguments(parser)
    default = options_from_args(parser.parse_args([]))
    assert default == FetchOptions(max_bytes=1000)
    args = parser.parse_args(["--allow-private", "--timeout", "2.5", "--no-robots"])
    options = options_from_args(args)
    assert options.allow_private and options.timeout == 2.5 and not options.respect_robots
    assert not options_from_args(parser.parse_args(["--no-linked-articles"])).fetch_linked_articles
    with pytest.raises(SystemExit):
        parser.parse_args(["--timeout", "0"])


def test_options_validated() -> None:
    with pytest.raises(ValueError, match="timeout"):
        FetchOptions(timeout=0)
    with pytest.raises(ValueError, match="max_bytes"):
        FetchOptions(max_bytes=0)
