"""RSS/Atom feeds from a local server: full content, linked articles, summaries."""

from __future__ import annotations

from newsprism.model import RawDocument, Rejection
from newsprism.sources import FetchOptions, fetch_documents
from newsprism.sources.feeds import SUMMARY_MIN_WORDS, stable_id

from .conftest import LocalServer, Reply

LOCAL = FetchOptions(allow_private=True, timeout=5)
RSS_TYPE = {"Content-Type": "application/rss+xml"}
ARTICLE = (
    "<html><body><article><p>The pier closed at noon, officials said.</p></article></body></html>"
)


def rss(items: str, title: str = "Harbour Gazette") -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>{title}</title><link>http://gazette.example/</link>
<description>News</description>{items}</channel></rss>""".encode()


def item(n: int, *, content: str = "", summary: str = "", link: str = "") -> str:
    body = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
    return (
        f"<item><title>Story {n}</title><link>{link or f'http://gazette.example/{n}'}</link>"
        f'<guid isPermaLink="false">gazette-{n}</guid>'
        f"<pubDate>Tue, 04 Mar 2025 0{n}:15:00 +0100</pubDate>"
        f"<description><![CDATA[{summary}]]></description>{body}</item>"
    )


def fetch(names: list[str], options: FetchOptions = LOCAL) -> list[RawDocument | Rejection]:
    return list(fetch_documents(names, options))


def test_full_content_entries(server: LocalServer) -> None:
    server.routes["/feed"] = Reply(
        rss(item(1, content="<p>The council voted.</p>") + item(2, content="<p>It rained.</p>")),
        headers=RSS_TYPE,
    )
    docs = fetch([server.url("/feed")])
    assert all(isinstance(d, RawDocument) for d in docs) and len(docs) == 2
    first = docs[0]
    assert isinstance(first, RawDocument)
    assert first.source == server.url("/feed") + "#item-1"
    assert first.title == "Story 1" and first.url == "http://gazette.example/1"
    assert first.published == "2025-03-04T00:15:00Z"
    assert first.outlet == "Harbour Gazette" and first.format == "html"
    assert "The council voted." in first.content
    assert first.id == stable_id(server.url("/feed"), "gazette-1")
    assert first.id is not None and first.id.startswith("f") and len(first.id) == 17
    assert server.paths() == ["/robots.txt", "/feed"]  # no entry link was fetched


def test_stable_id_is_global_for_uri_guids() -> None:
    assert stable_id("http://a/feed", "tag:x,2025:1") == stable_id("http://b/rss", "tag:x,2025:1")
    assert stable_id("http://a/feed", "1") != stable_id("http://b/rss", "1")


def test_atom_feed_served_as_text_html_is_sniffed(server: LocalServer) -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ferry Watch</title><id>urn:fw</id>
<updated>2025-03-04T10:00:00Z</updated>
<entry><title>Ferry late</title><id>urn:fw:1</id><link href="/ferry-late"/>
<updated>2025-03-04T09:30:00+02:00</updated>
<content type="html">&lt;p&gt;The ferry was two hours late.&lt;/p&gt;</content></entry></feed>"""
    server.routes["/atom"] = Reply(atom, headers={"Content-Type": "text/html"})
    doc = fetch([server.url("/atom")])[0]
    assert isinstance(doc, RawDocument)
    assert doc.outlet == "Ferry Watch" and doc.published == "2025-03-04T07:30:00Z"
    assert doc.url == server.url("/ferry-late")  # relative link resolved against the feed
    assert "two hours late" in doc.content


def test_summary_only_entries_fetch_the_link(server: LocalServer) -> None:
    server.routes["/feed"] = Reply(
        rss(item(1, summary="Pier closes.", link=server.url("/a/1"))), headers=RSS_TYPE
    )
    server.routes["/a/1"] = Reply(ARTICLE.encode())
    doc = fetch([server.url("/feed")])[0]
    assert isinstance(doc, RawDocument)
    assert doc.source == server.url("/a/1") and "officials said" in doc.content
    assert doc.title == "Story 1" and doc.outlet == "Harbour Gazette"
    assert doc.published == "2025-03-04T00:15:00Z"


def test_linked_article_failure_names_the_link(server: LocalServer) -> None:
    server.routes["/feed"] = Reply(
        rss(item(1, summary="Pier closes.", link=server.url("/gone"))), headers=RSS_TYPE
    )
    rejection = fetch([server.url("/feed")])[0]
    assert isinstance(rejection, Rejection) and rejection.source == server.url("/gone")
    assert "HTTP 404" in rejection.reason and "2-word summary" in rejection.reason


def test_teaser_rejected_when_links_are_not_followed(server: LocalServer) -> None:
    server.routes["/feed"] = Reply(rss(item(1, summary="Pier closes at noon.")), headers=RSS_TYPE)
    options = FetchOptions(allow_private=True, fetch_linked_articles=False)
    rejection = fetch([server.url("/feed")], options)[0]
    assert isinstance(rejection, Rejection) and rejection.kind == "no_text"
    assert rejection.reason.startswith("feed gives only a summary (a 4-word summary")
    assert "--no-linked-articles" in rejection.reason


def test_long_summary_is_the_last_resort(server: LocalServer) -> None:
    long = "<p>" + " ".join(["word"] * SUMMARY_MIN_WORDS) + "</p>"
    server.routes["/feed"] = Reply(rss(item(1, summary=long)), headers=RSS_TYPE)
    options = FetchOptions(allow_private=True, fetch_linked_articles=False)
    doc = fetch([server.url("/feed")], options)[0]
    assert isinstance(doc, RawDocument)
    assert doc.source == server.url("/feed") + "#item-1-summary"


def test_broken_and_empty_feeds(server: LocalServer) -> None:
    server.routes["/broken"] = Reply(b"<rss><channel><item><title>x", headers=RSS_TYPE)
    server.routes["/empty"] = Reply(rss(""), headers=RSS_TYPE)
    broken, empty = fetch([server.url("/broken"), server.url("/empty")])
    assert isinstance(broken, Rejection) and isinstance(empty, Rejection)
    assert empty.reason == "the feed has no entries"


def test_feedparser_never_fetches_by_itself(server: LocalServer) -> None:
    """An entity pointing at a URL or a file is not followed (the bytes go in as a stream)."""
    evil = rss(item(1, content="<p>x</p>")).replace(
        b'<?xml version="1.0" encoding="utf-8"?>',
        b'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE rss [<!ENTITY e SYSTEM "'
        + server.url("/entity").encode()
        + b'">]>',
    )
    server.routes["/feed"] = Reply(evil, headers=RSS_TYPE)
    fetch([server.url("/feed")])
    assert "/entity" not in server.paths()
