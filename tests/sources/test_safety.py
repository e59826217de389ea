"""SSRF refusals: non-public addresses, numeric tricks, redirects, DNS rebinding."""

from __future__ import annotations

import ipaddress

import httpx
import pytest

from newsprism.model import RawDocument, Rejection
from newsprism.sources import FetchOptions, fetch_documents
from newsprism.sources.collect import iter_documents
from newsprism.sources.fetch import Fetcher
from newsprism.sources.safety import Refusal, Target, address_problem, check_host

from .conftest import LocalServer, Reply

PUBLIC = "93.184.216.34"
PAGE = b"<html><body><p>The harbour council met on Tuesday.</p></body></html>"


def fake_dns(table: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise OSError(f"no such host {host}")
        return table[host]

    return resolve


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fc00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("64:ff9b::7f00:1", "loopback"),
        ("2002:c0a8:101::", "private"),
    ],
)
def test_non_public_addresses_named(address: str, words: str) -> None:
    problem = address_problem(ipaddress.ip_address(address))
    assert problem is not None and words in problem


@pytest.mark.parametrize("address", [PUBLIC, "2606:4700:4700::1111", "::ffff:93.184.216.34"])
def test_public_addresses_pass(address: str) -> None:
    assert address_problem(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "2130706433", "0x7f.1", "017700000001", "127.1", "[::1]", "0.0.0.0", "0"]
)
def test_numeric_tricks_resolve_to_refused_addresses(host: str) -> None:
    result = check_host(host, 80, allow_private=False)
    assert isinstance(result, Refusal)
    assert result.reason.startswith("refused: ")
    assert "--allow-private" in result.reason


@pytest.mark.parametrize("host", ["localhost", "localhost.", "LOCALHOST", "api.localhost"])
def test_localhost_names_refused_without_lookup(host: str) -> None:
    result = check_host(host, 80, allow_private=False, resolver=fake_dns({}))
    assert isinstance(result, Refusal) and "names this machine" in result.reason


def test_reason_wording_for_a_literal_and_a_name() -> None:
    literal = check_host("127.0.0.1", 80, allow_private=False)
    assert isinstance(literal, Refusal)
    assert literal.reason == (
        "refused: 127.0.0.1 is a loopback address; "
        "pass --allow-private to fetch from your own network"
    )
    named = check_host(
        "intranet.example",
        80,
        allow_private=False,
        resolver=fake_dns({"intranet.example": ["10.0.0.7"]}),
    )
    assert isinstance(named, Refusal)
    assert "intranet.example resolves to 10.0.0.7, which is a private address" in named.reason


def test_any_private_answer_refuses_the_host() -> None:
    dns = fake_dns({"mixed.example": [PUBLIC, "127.0.0.1"]})
    assert isinstance(check_host("mixed.example", 80, allow_private=False, resolver=dns), Refusal)


def test_allow_private_pins_the_address() -> None:
    result = check_host("127.0.0.1", 8080, allow_private=True)
    assert result == Target(host="127.0.0.1", port=8080, ip="127.0.0.1")


def test_local_server_refused_without_allow_private(server: LocalServer) -> None:
    server.routes["/page"] = Reply(PAGE)
    items = list(fetch_documents([server.url("/page")], FetchOptions()))
    assert len(items) == 1 and isinstance(items[0], Rejection)
    assert "127.0.0.1 is a loopback address" in items[0].reason
    assert "--allow-private" in items[0].reason
    assert server.requests == []  # nothing was sent, not even robots.txt


def _mock_fetcher(handler, table: dict[str, list[str]], **kw: object) -> Fetcher:  # type: ignore[no-untyped-def]
    options = FetchOptions(respect_robots=False, **kw)  # type: ignore[arg-type]
    return Fetcher(options, resolver=fake_dns(table), transport=httpx.MockTransport(handler))


@pytest.mark.parametrize(
    "location",
    [
        "http://127.0.0.1:9/admin",
        "http://2130706433/admin",
        "http://[::1]/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://localhost./admin",
        "file:///etc/passwd",
    ],
)
def test_public_url_redirecting_inward_is_refused_at_the_redirect(location: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": location})

    with _mock_fetcher(handler, {"news.example": [PUBLIC]}) as fetcher:
        items = list(iter_documents(["http://news.example/story"], fetcher))
    assert len(items) == 1 and isinstance(items[0], Rejection)
    assert items[0].source == "http://news.example/story"
    assert items[0].reason.startswith("redirected to ")
    assert "refused" in items[0].reason
    assert len(seen) == 1  # the inward hop was never requested


def test_connection_goes_to_the_checked_address() -> None:
    """The resolver is asked once per hop and the request is sent to that very IP."""
    answers = iter([[PUBLIC], ["127.0.0.1"]])
    calls: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        calls.append(host)
        return next(answers)

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, headers={"Content-Type": "text/html"}, stream=httpx.ByteStream(PAGE)
        )

    options = FetchOptions(respect_robots=False)
    transport = httpx.MockTransport(handler)
    with Fetcher(options, resolver=rebinding, transport=transport) as fetcher:
        items = list(iter_documents(["https://news.example/story"], fetcher))
    assert isinstance(items[0], RawDocument)
    assert calls == ["news.example"]
    assert seen[0].url.host == PUBLIC
    assert seen[0].headers["Host"] == "news.example"
    assert seen[0].extensions["sni_hostname"] == "news.example"
    assert items[0].url == "https://news.example/story"


def test_redirects_are_bounded() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        n = int(request.url.path.strip("/") or 0)
        return httpx.Response(301, headers={"Location": f"/{n + 1}"})

    with _mock_fetcher(handler, {"loop.example": [PUBLIC]}, max_redirects=3) as fetcher:
        items = list(iter_documents(["http://loop.example/0"], fetcher))
    assert isinstance(items[0], Rejection)
    assert "more than 3 redirects" in items[0].reason
