"""Settings of fetching (:class:`FetchOptions`) and the command-line flags that set them."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from newsprism import __version__
from newsprism.options import DEFAULT_MAX_BYTES

CONTACT_URL = "https://newsprism.example/bot"
DEFAULT_USER_AGENT = f"newsprism/{__version__} (+{CONTACT_URL}; reads news reports to compare them)"
ROBOTS_TOKEN = "newsprism"
DEFAULT_TIMEOUT = 15.0


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How URLs, feeds and WARC files are read.

    ``max_bytes`` bounds every response body (checked while streaming, also
    after gzip decompression) and every WARC record. ``timeout`` bounds each
    network wait (connect, each read) and the whole download of one response.
    ``allow_private`` lets newsprism connect to loopback, private, link-local
    and other non-public addresses (off: such URLs are refused, at every
    redirect too). ``respect_robots`` obeys each host's ``robots.txt`` for the
    ``newsprism`` user agent. ``fetch_linked_articles`` fetches an entry's
    link when the feed carries no full content.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = DEFAULT_USER_AGENT
    respect_robots: bool = True
    fetch_linked_articles: bool = True

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ValueError(f"max_bytes must be positive, got {self.max_bytes}")
        if not self.timeout > 0:
            raise ValueError(f"timeout must be positive seconds, got {self.timeout}")
        if self.max_redirects < 0:
            raise ValueError(f"max_redirects must be 0 or more, got {self.max_redirects}")
        if not self.user_agent.strip():
            raise ValueError("user_agent must not be empty; name the tool and a contact URL")


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds, got {text!r}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the fetch flags (``--allow-private``, ``--timeout``, ``--no-robots``, …)."""
    group = parser.add_argument_group("fetching URLs and feeds")
    group.add_argument(
        "--allow-private",
        action="store_true",
        help="allow fetching from loopback, private and link-local addresses (your own network)",
    )
    group.add_argument(
        "--timeout",
        type=_positive_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="give up on a URL after this many seconds (default: %(default)s)",
    )
    group.add_argument(
        "--no-robots",
        dest="respect_robots",
        action="store_false",
        help="do not obey robots.txt (only for sites you have permission to crawl)",
    )
    group.add_argument(
        "--no-linked-articles",
        dest="fetch_linked_articles",
        action="store_false",
        help="do not fetch an entry's link when a feed carries only a summary",
    )


def options_from_args(args: argparse.Namespace) -> FetchOptions:
    """The :class:`FetchOptions` the parsed flags ask for (``--max-bytes`` too, if present)."""
    max_bytes = getattr(args, "max_bytes", None)
    return FetchOptions(
        max_bytes=max_bytes if isinstance(max_bytes, int) else DEFAULT_MAX_BYTES,
        timeout=float(args.timeout),
        allow_private=bool(args.allow_private),
        respect_robots=bool(args.respect_robots),
        fetch_linked_articles=bool(args.fetch_linked_articles),
    )
