"""Every route of the web UI, its JSON twin, its headers, its escaping and its 404s.

Each test runs against the in-memory repository *and* the real store
(``repository`` fixture), so the stand-in cannot drift from what
``newsprism serve`` shows.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import quote

import pytest

with warnings.catch_warnings():  # Starlette asks for httpx2 instead of httpx: not installed
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from newsprism.model import Analysis
from newsprism.serve import InMemoryRepository, Repository, create_app
from newsprism.serve.app import CSP

from .conftest import HOSTILE_ID, HOSTILE_STORY, IMG, SCRIPT


class _Page(HTMLParser):
    """Tags, attributes and text as a browser would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    page.close()
    return page


def assert_inert(body: str) -> None:
    """No script, no event handler, no javascript: URL; the hostile markup shown as text."""
    page = parse(body)
    assert not [t for t, _ in page.tags if t in ("script", "img", "iframe", "object")]
    for _, attrs in page.tags:
        assert not [k for k in attrs if k.startswith("on")], attrs
        assert not any("javascript:" in (v or "") for v in attrs.values()), attrs
    text = "".join(page.text)
    assert SCRIPT in text


@pytest.fixture
def client(repository: Repository) -> Iterator[TestClient]:
    with TestClient(create_app(repository, refresh=0)) as test_client:
        yield test_client


def ferry_id(client: TestClient) -> str:
    stories = client.get("/stories.json").json()["stories"]
    return str(next(s["id"] for s in stories if s["id"] != HOSTILE_STORY))


def test_story_list_newest_first_with_outlets_and_coverage(client: TestClient) -> None:
    data = client.get("/stories.json").json()
    assert data["stories"][0]["id"] == HOSTILE_STORY  # published 17 Jun, newest
    ferry = data["stories"][1]
    assert ferry["n_reports"] == 7
    assert "The Lowmoor Record" in ferry["outlets"]
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    tree = parse(page.text)
    links = [
        a["href"] for t, a in tree.tags if t == "a" and (a.get("href") or "").startswith("/story/")
    ]
    assert links == [f"/story/{s['id']}" for s in data["stories"]]
    assert sum(1 for t, a in tree.tags if t == "svg" and a.get("class") == "cover") == 2
    assert "7" in "".join(tree.text)


def test_dossier_is_the_report_story_live(client: TestClient, ferry_analysis: Analysis) -> None:
    sid = ferry_id(client)
    page = client.get(f"/story/{sid}")
    assert page.status_code == 200
    text = " ".join("".join(parse(page.text).text).split())
    assert "Morning Lark capsizing: what we know so far" in text
    assert "7 reports from 7 outlets" in text
    assert "Reports differ on a count (people)" in text
    assert "Quotes across reports" in text and "Renée Castellane" in text
    assert f'href="/article/lowmoor-20260615-ferry?story={sid}"' in page.text


def test_story_json_is_the_schema_story(client: TestClient, ferry_analysis: Analysis) -> None:
    sid = ferry_id(client)
    got = client.get(f"/story/{sid}.json")
    assert got.headers["content-type"] == "application/json"
    expected = json.loads(json.dumps(ferry_analysis.to_dict()["stories"][0]))
    assert got.json() == expected


def test_article_page_marks_findings_in_place(client: TestClient) -> None:
    aid = "aa1077dab81151e0b"  # harbourlight.txt: quotes, names, a difference, chrome, repairs
    page = client.get(f"/article/{aid}")
    assert page.status_code == 200
    tree = parse(page.text)
    classes = " ".join(a.get("class") or "" for _, a in tree.tags)
    for kind in ("quote", "speaker", "entity", "difference", "repair", "removed"):
        assert f"hl-{kind}" in classes, kind
    assert "Leave a Reply" in "".join(tree.text)  # removed chrome shown where it was
    data = client.get(f"/article/{aid}.json").json()
    assert data["article"]["id"] == aid and data["story_id"]
    assert data["quotes"] and all(q["article_id"] == aid for q in data["quotes"])
    assert {h["kind"] for h in data["highlights"]} >= {"quote", "entity", "removed", "repair"}
    for h in data["highlights"]:
        assert 0 <= h["start"] <= h["end"] <= len(data["article"]["text"])


def test_article_without_story_hint_still_finds_its_story(client: TestClient) -> None:
    sid = ferry_id(client)
    hinted = client.get(f"/article/a07102a463a154652.json?story={sid}").json()
    guessed = client.get("/article/a07102a463a154652.json?story=wrong").json()
    assert hinted == guessed and hinted["story_id"] == sid


def test_search_finds_quotes_and_text(client: TestClient) -> None:
    data = client.get("/search.json?q=" + quote("vessel inspected")).json()
    kinds = {h["kind"] for h in data["hits"]}
    assert "quote" in kinds
    assert all(h["article_id"] for h in data["hits"])
    page = client.get("/search?q=Brandvold")
    tree = parse(page.text)
    hrefs = [a["href"] or "" for t, a in tree.tags if t == "a"]
    assert any(h.startswith("/article/") and "mark=" in h for h in hrefs)
    assert any(a.get("class") == "hl hl-match" for t, a in tree.tags if t == "span")
    assert client.get("/search.json?q=").json() == {"query": "", "hits": []}
    assert "Type a word" in client.get("/search").text


def test_search_hit_link_marks_the_match(client: TestClient) -> None:
    hits = client.get("/search.json?q=Brandvold").json()["hits"]
    hit = next(h for h in hits if h["start"] is not None)
    page = client.get(f"/article/{hit['article_id']}?mark={hit['start']}-{hit['end']}")
    assert 'id="match"' in page.text
    assert client.get(f"/article/{hit['article_id']}?mark=9-999999").status_code == 200


@pytest.mark.parametrize("path", ["/", "/story/{sid}", "/article/{aid}", "/search?q=ferry"])
def test_every_page_has_security_headers(client: TestClient, path: str) -> None:
    url = path.format(sid=ferry_id(client), aid=HOSTILE_ID)
    for target in (url, url.replace("?", ".json?") if "?" in url else url + ".json"):
        if target == "/.json":
            target = "/stories.json"
        got = client.get(target)
        assert got.status_code == 200, target
        assert got.headers["content-security-policy"] == CSP
        assert got.headers["x-content-type-options"] == "nosniff"
        assert got.headers["referrer-policy"] == "no-referrer"


def test_hostile_report_is_text_everywhere(client: TestClient) -> None:
    for url in ("/", f"/story/{HOSTILE_STORY}", f"/article/{HOSTILE_ID}", "/search?q=harbour"):
        body = client.get(url).text
        assert "<script>window" not in body and "<img src=x" not in body, url
        assert_inert(body)
    article = client.get(f"/article/{HOSTILE_ID}").text
    assert "javascript:" not in article  # the report's URL is dropped, not linked
    assert IMG in "".join(parse(article).text)
    search = client.get("/search?q=" + quote(SCRIPT)).text
    assert_inert(search)  # the query is echoed as text only, and finds the hostile report
    assert HOSTILE_ID in search


def test_json_keeps_hostile_text_verbatim(client: TestClient) -> None:
    data = client.get(f"/article/{HOSTILE_ID}.json").json()
    assert SCRIPT in data["article"]["title"] and IMG in data["article"]["text"]


@pytest.mark.parametrize(
    ("path", "is_json"),
    [
        ("/story/nope", False),
        ("/story/nope.json", True),
        ("/article/nope", False),
        ("/article/nope.json", True),
        ("/no/such/page", False),
        ("/no/such/page.json", True),
        (f"/article/{quote(SCRIPT, safe='')}", False),
    ],
)
def test_friendly_404s(client: TestClient, path: str, is_json: bool) -> None:
    got = client.get(path)
    assert got.status_code == 404
    assert got.headers["content-security-policy"] == CSP
    if is_json:
        assert got.headers["content-type"] == "application/json"
        assert got.json()["error"] == "not_found"
    else:
        assert got.headers["content-type"] == "text/html; charset=utf-8"
        assert "No such" in got.text and 'href="/"' in got.text
        assert "<script>" not in got.text


def test_etag_answers_304(client: TestClient) -> None:
    url = f"/story/{ferry_id(client)}"
    first = client.get(url)
    again = client.get(url, headers={"if-none-match": first.headers["etag"]})
    assert again.status_code == 304 and not again.content
    assert first.headers["content-encoding"] == "gzip"  # compressed once, when cached
    assert first.headers["vary"] == "Accept-Encoding"


def test_live_page_follows_the_repository(site_analysis: Analysis) -> None:
    repo = InMemoryRepository(site_analysis, updated_at="2026-06-17T10:00:00Z")
    with TestClient(create_app(repo, refresh=0)) as client:
        before = client.get(f"/story/{HOSTILE_STORY}").text
        assert "1 reports" in before or "1 report" in before
        story = site_analysis.stories[-1]
        ferry = site_analysis.articles[0]
        grown = story.__class__(id=story.id, article_ids=(*story.article_ids, ferry.id))
        repo.replace(
            Analysis(site_analysis.articles, (), (*site_analysis.stories[:-1], grown)),
            updated_at="2026-06-17T11:00:00Z",
        )
        after = client.get(f"/story/{HOSTILE_STORY}").text
        assert "2 reports" in after and ferry.title in after


def test_stylesheet_is_served_from_self(client: TestClient) -> None:
    got = client.get("/static/newsprism.css")
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/css")
    assert ".hl-quote" in got.text and "--ink" in got.text
