"""Pages over HTTP from a local server: limits, timeouts, statuses, robots.txt, charsets."""

from __future__ import annotations

import gzip

from newsprism.model import RawDocument, Rejection
from newsprism.sources import FetchOptions, fetch_documents
from newsprism.sources.collect import iter_documents
from newsprism.sources.fetch import Fetcher
from newsprism.sources.options import DEFAULT_USER_AGENT

from .conftest import LocalServer, Reply

PAGE = b"<!doctype html><html><body><p>The harbour council met on Tuesday.</p></body></html>"
LOCAL = FetchOptions(allow_private=True, timeout=5)


def fetch(names: list[str], options: FetchOptions = LOCAL) -> list[RawDocument | Rejection]:
    return list(fetch_documents(names, options))


def only(items: list[RawDocument | Rejection]) -> RawDocument | Rejection:
    assert len(items) == 1, items
    return items[0]


def test_page_becomes_html_document(server: LocalServer) -> None:
    server.routes["/story"] = Reply(PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    doc = only(fetch([server.url("/story")]))
    assert isinstance(doc, RawDocument)
    assert doc.format == "html" and "harbour council" in doc.content
    assert doc.source == doc.url == server.url("/story")
    assert doc.encoding == "utf-8" and doc.byte_size == len(PAGE)


def test_polite_user_agent_sent(server: LocalServer) -> None:
    server.routes["/story"] = Reply(PAGE)
    fetch([server.url("/story")])
    agents = {headers.get("User-Agent") for _, headers in server.requests}
    assert agents == {DEFAULT_USER_AGENT}
    assert DEFAULT_USER_AGENT.startswith("newsprism/") and "+https://" in DEFAULT_USER_AGENT


def test_charset_from_header_then_meta(server: LocalServer) -> None:
    latin = "<html><body><p>Caf\u00e9 \u2019</p></body></html>".encode("cp1252")
    server.routes["/header"] = Reply(
        latin, headers={"Content-Type": "text/html; charset=ISO-8859-1"}
    )
    meta = b'<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9</p></body></html>'
    server.routes["/meta"] = Reply(meta, headers={"Content-Type": "text/html"})
    a, b = fetch([server.url("/header"), server.url("/meta")])
    assert isinstance(a, RawDocument) and "Caf\u00e9 \u2019" in a.content
    assert a.encoding == "cp1252"
    assert isinstance(b, RawDocument) and "Caf\u00e9" in b.content


def test_gzip_body_decoded(server: LocalServer) -> None:
    server.routes["/gz"] = Reply(
        gzip.compress(PAGE), headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    doc = only(fetch([server.url("/gz")]))
    assert isinstance(doc, RawDocument) and "harbour council" in doc.content


def test_size_limit_enforced_while_streaming(server: LocalServer) -> None:
    server.routes["/endless"] = Reply(b"<p>" + b"x" * 8192 + b"</p>", chunks=200)
    server.routes["/declared"] = Reply(b"<p>" + b"y" * 50_000 + b"</p>")
    server.routes["/ok"] = Reply(PAGE)
    options = FetchOptions(allow_private=True, timeout=5, max_bytes=20_000)
    endless, declared, ok = fetch(
        [server.url("/endless"), server.url("/declared"), server.url("/ok")], options
    )
    assert isinstance(endless, Rejection) and endless.kind == "too_large"
    assert "raise --max-bytes" in endless.reason
    assert isinstance(declared, Rejection) and "50,007 bytes" in declared.reason
    assert isinstance(ok, RawDocument)


def test_gzip_bomb_stopped(server: LocalServer) -> None:
    bomb = gzip.compress(b"<p>" + b"a" * 5_000_000)
    server.routes["/bomb"] = Reply(
        bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    options = FetchOptions(allow_private=True, timeout=5, max_bytes=100_000)
    item = only(fetch([server.url("/bomb")], options))
    assert isinstance(item, Rejection) and item.kind == "too_large"


def test_timeout_then_next_url_still_read(server: LocalServer) -> None:
    server.routes["/slow"] = Reply(PAGE, delay=1.5)
    server.routes["/fast"] = Reply(PAGE)
    options = FetchOptions(allow_private=True, timeout=0.3, respect_robots=False)
    slow, fast = fetch([server.url("/slow"), server.url("/fast")], options)
    assert isinstance(slow, Rejection) and slow.source == server.url("/slow")
    assert "timed out after 0.3 s" in slow.reason and "--timeout" in slow.reason
    assert isinstance(fast, RawDocument)


def test_http_status_rejected_with_advice(server: LocalServer) -> None:
    server.routes["/busy"] = Reply(b"busy", 503, {"Content-Type": "text/plain"})
    missing, busy = fetch([server.url("/missing"), server.url("/busy")])
    assert isinstance(missing, Rejection)
    assert missing.reason == "HTTP 404 Not Found; check the address"
    assert isinstance(busy, Rejection) and "retry later" in busy.reason


def test_redirect_followed_and_final_url_kept(server: LocalServer) -> None:
    server.routes["/old"] = Reply(status=301, headers={"Location": "/new"})
    server.routes["/new"] = Reply(PAGE)
    doc = only(fetch([server.url("/old")]))
    assert isinstance(doc, RawDocument)
    assert doc.source == server.url("/old") and doc.url == server.url("/new")


def test_redirect_loop_bounded(server: LocalServer) -> None:
    server.routes["/a"] = Reply(status=302, headers={"Location": "/b"})
    server.routes["/b"] = Reply(status=302, headers={"Location": "/a"})
    item = only(fetch([server.url("/a")], FetchOptions(allow_private=True, max_redirects=4)))
    assert isinstance(item, Rejection) and "more than 4 redirects" in item.reason
    assert server.paths().count("/a") + server.paths().count("/b") == 5


def test_robots_disallow_and_cache(server: LocalServer) -> None:
    server.routes["/robots.txt"] = Reply(
        b"User-agent: newsprism\nDisallow: /private/\n", headers={"Content-Type": "text/plain"}
    )
    server.routes["/private/x"] = Reply(PAGE)
    server.routes["/public/y"] = Reply(PAGE)
    server.routes["/public/z"] = Reply(PAGE)
    names = [server.url(p) for p in ("/private/x", "/public/y", "/public/z")]
    private, y, z = fetch(names)
    assert isinstance(private, Rejection)
    assert "robots.txt of http://127.0.0.1:" in private.reason
    assert "disallows /private/x" in private.reason and "--no-robots" in private.reason
    assert isinstance(y, RawDocument) and isinstance(z, RawDocument)
    assert server.paths().count("/robots.txt") == 1
    assert "/private/x" not in server.paths()
    again = fetch(names[:1], FetchOptions(allow_private=True, respect_robots=False))
    assert isinstance(again[0], RawDocument)


def test_robots_server_error_means_stay_away(server: LocalServer) -> None:
    server.routes["/robots.txt"] = Reply(b"down", 500, {"Content-Type": "text/plain"})
    server.routes["/page"] = Reply(PAGE)
    item = only(fetch([server.url("/page")]))
    assert isinstance(item, Rejection) and "robots.txt of" in item.reason
    assert "HTTP 500" in item.reason


def test_not_a_page_or_feed(server: LocalServer) -> None:
    server.routes["/img"] = Reply(
        b"\x89PNG\r\n\x1a\n" + bytes(100), headers={"Content-Type": "image/png"}
    )
    server.routes["/data"] = Reply(b'{"a": 1}', headers={"Content-Type": "application/json"})
    img, data = fetch([server.url("/img"), server.url("/data")])
    for item in (img, data):
        assert isinstance(item, Rejection) and item.kind == "unsupported"
        assert "not an HTML page or an RSS/Atom feed" in item.reason


def test_names_that_are_neither_urls_nor_warcs() -> None:
    items = fetch(["notes.txt", "ftp://example.org/x"])
    assert [type(i) for i in items] == [Rejection, Rejection]
    assert all(isinstance(i, Rejection) and i.kind == "unsupported" for i in items)


def test_invalid_host_refused_before_any_lookup() -> None:
    def no_dns(host: str, port: int) -> list[str]:
        raise AssertionError(f"looked up {host}")

    with Fetcher(FetchOptions(), resolver=no_dns) as fetcher:
        items = list(iter_documents(["http://exa mple.org/", "http://a_b..c/"], fetcher))
    assert all(isinstance(i, Rejection) and "not a valid host name" in i.reason for i in items)
