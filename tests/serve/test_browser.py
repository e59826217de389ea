"""The web UI in a real browser: Debian's Chromium driven by Playwright, on 127.0.0.1 only.

Proves what a reader gets: the story list leads to the dossier, the dossier
shows the story's title, report count, a difference and a quote group, and
a hostile report's ``<script>`` and ``onerror`` markup is shown as text and
never runs — checked in the browser itself (``window.__pwned`` stays
undefined), not only in the HTML source. Screenshots go to pytest's tmp dir.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsprism.model import Analysis
from newsprism.serve import InMemoryRepository, serve_in_thread

from .conftest import HOSTILE_ID, IMG, SCRIPT

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent (apt-get install chromium)"
    ),
    pytest.mark.skipif(
        importlib.util.find_spec("playwright") is None,
        reason="the playwright package is absent (pip install playwright; no browser download)",
    ),
]


@pytest.fixture(scope="module")
def base_url(site_analysis: Analysis) -> Iterator[str]:
    with serve_in_thread(InMemoryRepository(site_analysis), "127.0.0.1", 0) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


def test_list_then_dossier(page: Any, base_url: str, tmp_path: Path) -> None:
    page.goto(base_url + "/")
    assert page.title() == "Stories · newsprism"
    page.get_by_role("link", name="Morning Lark capsizing: what we know so far").click()
    page.wait_for_url("**/story/*")
    assert page.locator("h2").first.inner_text() == "Morning Lark capsizing: what we know so far"
    assert "7 reports from 7 outlets" in page.locator(".story-head .meta").inner_text()
    differences = page.locator(".differences .difference")
    assert differences.count() == 3
    assert "Reports differ on a count (people)" in differences.all_inner_texts()[2]
    groups = page.locator(".quotes .quote-group")
    assert groups.count() > 0
    assert "Renée Castellane" in " ".join(groups.all_inner_texts())
    page.screenshot(path=str(tmp_path / "dossier.png"))
    page.get_by_role("link", name="marked-up text").nth(2).click()
    page.wait_for_url("**/article/lowmoor-20260615-ferry?story=*")
    assert page.locator(".hl-quote").count() > 0


def test_hostile_article_shows_markup_as_text_and_runs_nothing(
    page: Any, base_url: str, tmp_path: Path
) -> None:
    messages: list[str] = []
    page.on("console", lambda m: messages.append(m.text))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(base_url + f"/article/{HOSTILE_ID}")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("script").count() == 0
    assert page.locator("img").count() == 0
    assert SCRIPT in page.locator("h1").inner_text()
    assert SCRIPT in page.locator(".article-text").inner_text()
    assert IMG in page.locator(".article-text").inner_text()
    assert page.get_by_text(SCRIPT).first.is_visible()
    assert not [u for u in requests if not u.startswith(base_url)]  # nothing fetched from x
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
    page.goto(base_url + "/")  # the hostile title in the list, too
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert SCRIPT in page.locator("table.story-list").inner_text()
