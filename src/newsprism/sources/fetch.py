"""Fetching URLs safely and politely: one :class:`Fetcher` per run.

Every hop of a request (the first and each redirect) is checked before it
connects: scheme http(s), host resolved and every address checked by
:mod:`newsprism.sources.safety`, and ``robots.txt`` of that origin obeyed.
The connection then goes to the checked IP (the name travels in ``Host`` and
TLS SNI, so certificates are still verified against it). Bodies are read as a
stream and abandoned as soon as they pass ``max_bytes`` (before and after
gzip decompression) or the response takes longer than ``timeout``.

Connections are pooled per origin (scheme, host, port) for the life of the
fetcher, never across host names, so a TLS connection made for one name is
never reused for another name that happens to share its IP.
"""

from __future__ import annotations

import time
import zlib
from dataclasses import dataclass
from types import TracebackType
from urllib.robotparser import RobotFileParser

import httpx

from newsprism.sources.options import ROBOTS_TOKEN, FetchOptions
from newsprism.sources.pages import Failure, media_type
from newsprism.sources.safety import Refusal, Resolver, Target, check_host, system_resolver

ACCEPT_PAGE = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
ACCEPT_ANY = (
    "application/rss+xml,application/atom+xml,application/xml;q=0.9,"
    "text/html;q=0.9,text/xml;q=0.8,*/*;q=0.5"
)
ROBOTS_LIMIT = 512_000
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 65_536


@dataclass(frozen=True, slots=True)
class Response:
    """A complete response body (any status), and the URL it finally came from."""

    url: str
    status: int
    media_type: str
    charset: str | None
    content_type: str
    body: bytes


class _TooLarge(Exception):
    pass


class _TooSlow(Exception):
    pass


class Fetcher:
    """Safe, polite HTTP GETs for one run: per-origin clients and ``robots.txt`` cache.

    ``resolver`` and ``transport`` are for tests (a fake DNS, an in-process
    server); by default the system resolver and real connections are used.
    """

    def __init__(
        self,
        options: FetchOptions,
        *,
        resolver: Resolver = system_resolver,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.options = options
        self._resolver = resolver
        self._transport = transport
        self._clients: dict[str, httpx.Client] = {}
        self._robots: dict[str, RobotFileParser | Failure] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close every pooled connection."""
        for client in self._clients.values():
            client.close()
        self._clients.clear()

    def forget_robots(self) -> None:
        """Drop cached ``robots.txt`` rules (``watch`` re-reads them at every poll)."""
        self._robots.clear()

    def get(self, url: str, accept: str = ACCEPT_ANY) -> Response | Failure:
        """GET ``url``: a 2xx response, or why not (refused, robots, timeout, status …)."""
        result = self._get(url, accept, self.options.max_bytes, self.options.respect_robots)
        if isinstance(result, Failure) or 200 <= result.status < 300:
            return result
        return _status_failure(result, url)

    def _get(self, url: str, accept: str, limit: int, robots: bool) -> Response | Failure:
        try:
            current = httpx.URL(url)
        except (httpx.InvalidURL, TypeError) as exc:
            return Failure(f"not a valid URL ({exc}); check it", "unsupported")
        for hop in range(self.options.max_redirects + 1):
            where = "" if hop == 0 else f"redirected to {current}: "
            target = self._check(current, robots)
            if isinstance(target, Failure):
                return Failure(where + target.reason, target.kind, target.transient)
            result = self._request(current, target, accept, limit)
            if isinstance(result, Failure):
                return Failure(where + result.reason, result.kind, result.transient)
            if isinstance(result, Response):
                return result
            current = result
        return Failure(
            f"more than {self.options.max_redirects} redirects (last to {current}); "
            "the site may redirect in a loop",
            "unreadable",
        )

    def _check(self, url: httpx.URL, robots: bool) -> Target | Failure:
        if url.scheme not in ("http", "https"):
            return Failure(
                f"refused: {url.scheme or 'scheme-less'} URLs are not fetched "
                "(only http and https)",
                "unsupported",
            )
        port = url.port or (443 if url.scheme == "https" else 80)
        target = check_host(
            url.host, port, allow_private=self.options.allow_private, resolver=self._resolver
        )
        if isinstance(target, Refusal):
            return Failure(target.reason, "unreadable")
        if robots:
            rules = self._robots_for(url)
            if isinstance(rules, Failure):
                return rules
            if not rules.can_fetch(ROBOTS_TOKEN, str(url)):
                return Failure(
                    f"robots.txt of {_origin(url)} disallows {url.raw_path.decode('ascii')} "
                    "for newsprism; ask the site, or pass --no-robots if you have permission",
                    "unreadable",
                )
        return target

    def _robots_for(self, url: httpx.URL) -> RobotFileParser | Failure:
        origin = _origin(url)
        rules = self._robots.get(origin)
        if rules is None:
            rules = self._load_robots(origin)
            self._robots[origin] = rules
        return rules

    def _load_robots(self, origin: str) -> RobotFileParser | Failure:
        address = origin + "/robots.txt"
        result = self._get(address, "text/plain,*/*;q=0.5", ROBOTS_LIMIT, robots=False)
        rules = RobotFileParser(address)
        hint = "retry later, or pass --no-robots if you have permission"
        if isinstance(result, Failure):
            if result.kind == "too_large":
                rules.parse([])  # RFC 9309 lets a crawler stop reading at a limit
                return rules
            return Failure(
                f"robots.txt of {origin} could not be read ({result.reason}); {hint}",
                result.kind,
                transient=True,
            )
        if result.status in (401, 403):
            rules.parse(["User-agent: *", "Disallow: /"])
        elif 400 <= result.status < 500:
            rules.parse([])
        elif not 200 <= result.status < 300:
            return Failure(
                f"robots.txt of {origin} could not be read (HTTP {result.status}); {hint}",
                "unreadable",
                transient=True,
            )
        else:
            rules.parse(result.body.decode("utf-8", "replace").splitlines())
        return rules

    def _client(self, url: httpx.URL) -> httpx.Client:
        key = _origin(url)
        client = self._clients.get(key)
        if client is None:
            client = httpx.Client(
                transport=self._transport,
                trust_env=False,
                follow_redirects=False,
                timeout=httpx.Timeout(self.options.timeout),
                limits=httpx.Limits(max_connections=4, max_keepalive_connections=2),
            )
            self._clients[key] = client
        return client

    def _request(
        self, url: httpx.URL, target: Target, accept: str, limit: int
    ) -> Response | httpx.URL | Failure:
        headers = {
            "Host": url.netloc.decode("ascii"),
            "User-Agent": self.options.user_agent,
            "Accept": accept,
            "Accept-Encoding": "gzip, deflate",
        }
        extensions = {"sni_hostname": target.host} if url.scheme == "https" else {}
        pinned = url.copy_with(host=target.ip)
        deadline = time.monotonic() + self.options.timeout
        timeout = self.options.timeout
        try:
            with self._client(url).stream(
                "GET", pinned, headers=headers, extensions=extensions
            ) as response:
                location = response.headers.get("location")
                if response.status_code in _REDIRECTS and location:
                    return url.join(location.strip())
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    return _too_large(limit, int(declared))
                body = _read_limited(response, limit, deadline)
                content_type = response.headers.get("content-type", "")
        except _TooLarge:
            return _too_large(limit, None)
        except (_TooSlow, httpx.TimeoutException):
            return Failure(
                f"timed out after {timeout:g} s; retry later or raise --timeout", "unreadable", True
            )
        except httpx.UnsupportedProtocol as exc:
            return Failure(f"refused: {exc}", "unsupported")
        except httpx.ConnectError as exc:
            return Failure(
                f"could not connect to {target.host} ({exc}); check the address or retry later",
                "unreadable",
                True,
            )
        except httpx.InvalidURL as exc:
            return Failure(f"bad redirect or URL ({exc})", "unsupported")
        except httpx.HTTPError as exc:
            return Failure(
                f"network error ({type(exc).__name__}: {exc}); retry later", "unreadable", True
            )
        except (zlib.error, _UnsupportedEncoding) as exc:
            return Failure(f"response body cannot be decompressed ({exc})", "malformed")
        kind, charset = media_type(content_type)
        return Response(str(url), response.status_code, kind, charset, content_type, body)


class _UnsupportedEncoding(Exception):
    pass


def _read_limited(response: httpx.Response, limit: int, deadline: float) -> bytes:
    encoding = response.headers.get("content-encoding", "").strip().lower()
    inflater: zlib._Decompress | None
    if encoding in ("", "identity"):
        inflater = None
    elif encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    else:
        raise _UnsupportedEncoding(f"content encoding {encoding!r} was not asked for")
    out = bytearray()
    raw = 0
    for chunk in response.iter_raw(_CHUNK):
        raw += len(chunk)
        if raw > limit:
            raise _TooLarge
        if inflater is None:
            out += chunk
        else:
            out += inflater.decompress(chunk, limit + 1 - len(out))
            if inflater.unconsumed_tail:
                raise _TooLarge
        if len(out) > limit:
            raise _TooLarge
        if time.monotonic() > deadline:
            raise _TooSlow
    if inflater is not None:
        out += inflater.flush()
        if len(out) > limit:
            raise _TooLarge
    return bytes(out)


def _origin(url: httpx.URL) -> str:
    return f"{url.scheme}://{url.netloc.decode('ascii')}"


def _too_large(limit: int, size: int | None) -> Failure:
    what = f"{size:,} bytes" if size is not None else "more than that"
    return Failure(
        f"response larger than --max-bytes ({what} > {limit:,}); raise --max-bytes to read it",
        "too_large",
    )


def _status_failure(response: Response, url: str) -> Failure:
    status = response.status
    where = "" if response.url == url else f"redirected to {response.url}: "
    phrase = httpx.codes.get_reason_phrase(status)
    text = f"{where}HTTP {status} {phrase}".rstrip()
    if status in (404, 410):
        return Failure(f"{text}; check the address", "unreadable")
    if status in (401, 403, 451):
        return Failure(f"{text}; the site refuses access to this page", "unreadable")
    if status == 429 or status >= 500:
        return Failure(f"{text}; the site is busy or failing, retry later", "unreadable", True)
    return Failure(f"{text}; not a page newsprism can read", "unreadable")
