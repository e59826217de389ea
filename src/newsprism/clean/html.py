"""The HTML path of the clean stage: article body and metadata from one web page.

trafilatura does the heavy lifting (boilerplate removal, metadata), run with
``include_comments=False, favor_precision=True``, the best of its settings on
news pages. Its output is then repaired with evidence from the page itself
(see :mod:`newsprism.clean.html_blocks`):

* **sibling merge** — many sites cut a long article into several containers of
  the same template (around ads, newsletter boxes, embeds); trafilatura keeps
  the first. The repeated containers are found by their element name and class
  list and their paragraphs merged in document order.
* **chrome drop** — blocks read from inside elements whose class/id words say
  comment, related, promo, newsletter, share... and short blocks that are
  mostly link text (teasers, "Read more" lines) are dropped.
* **headline drop** — a leading heading that repeats the page title is the
  title, not body text; it is returned as ``title``.

Every repair is general: element names, class/id words, text statistics; no
rule knows a site. The function is pure and deterministic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import trafilatura
from lxml import etree
from trafilatura.settings import Document

from newsprism.clean import html_blocks as hb

SECOND_OPINION_RATIO = 0.5
LIST_LINK_DENSITY = 0.8
_MARKUP = re.compile(r"<[A-Za-z!/?]")
_LINE_TAGS = frozenset({"list", "table"})


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    """What one HTML page yields: the article body and the page's own metadata.

    ``text`` holds paragraphs separated by a blank line; headings inside the body
    are paragraphs of their own; list items and table rows are one per line.
    ``method`` says how the text was obtained, for the cleaning report.
    """

    text: str
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None
    url: str | None
    description: str | None
    method: str


@dataclass(frozen=True, slots=True)
class _Block:
    text: str
    kind: str
    element: hb.Element | None


def _block_text(element: etree._Element) -> str:
    """One block of trafilatura's output tree as text (lists/tables: one line per item/row)."""
    if element.tag in _LINE_TAGS:
        rows = element.iter("item") if element.tag == "list" else element.iter("row")
        cells = (" ".join(" ".join(r.itertext()).split()) for r in rows)
        return "\n".join(line for line in cells if line)
    lines = "".join(_with_breaks(element)).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def _with_breaks(element: etree._Element) -> list[str]:
    """The element's text with trafilatura's ``<lb/>`` (a ``<br>`` in the page) as a newline."""
    parts = [element.text or ""]
    for child in element:
        parts += ["\n"] if child.tag == "lb" else _with_breaks(child)
        parts.append(child.tail or "")
    return parts


def _trafilatura_blocks(body: etree._Element | None) -> list[tuple[str, str]]:
    """(tag, text) per top-level block; loose text between blocks is a paragraph of its own."""
    if body is None:
        return []
    blocks: list[tuple[str, str]] = [("p", " ".join((body.text or "").split()))]
    for child in body:
        if isinstance(child.tag, str):
            blocks.append((child.tag, _block_text(child)))
        blocks.append(("p", " ".join((child.tail or "").split())))
    return [(tag, text) for tag, text in blocks if text]


def _empty(url: str | None, method: str) -> HtmlExtract:
    return HtmlExtract("", None, None, None, None, url, None, method)


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """Extract the article body and metadata of one HTML page.

    Returns ``text=""`` when the page has no findable body (empty, garbage or
    not HTML at all); the caller turns that into a "no article text" rejection.
    Raises nothing for bad markup.
    """
    method = "trafilatura(favor_precision)"
    if not _MARKUP.search(html):  # no tag at all: not HTML, so there is no article in it
        return _empty(url, method)
    try:
        # Comments off (never article text); precision over recall, since the repairs
        # below win back the recall it loses on bodies split over several containers.
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, favor_precision=True
        )
        root = trafilatura.load_html(html)
    except (ValueError, TypeError, etree.ParserError):  # markup lxml cannot read at all
        return _empty(url, method)
    if not isinstance(doc, Document):
        return _empty(url, method)
    raw = _trafilatura_blocks(doc.body)
    title = doc.title or None
    blocks: list[_Block]
    if root is not None and raw:
        index = hb.build_index(root)
        blocks = [_Block(text, tag, index.locate(text)) for tag, text in raw]
        second = _second_opinion(blocks, index)
        if second is not blocks:
            blocks, method = second, method + "+densest-container"
        blocks, merged = _merge_siblings(blocks, index)
        blocks, dropped = _drop_chrome(blocks, title)
        if merged:
            method += "+sibling-merge"
        if dropped:
            method += "+chrome-drop"
    else:
        blocks = [_Block(text, tag, None) for tag, text in raw]
    return HtmlExtract(
        text="\n\n".join(b.text for b in blocks),
        title=title,
        author=doc.author or None,
        date=_precise_date(root) or doc.date or None,
        sitename=doc.sitename or None,
        url=doc.url or url,
        description=doc.description or None,
        method=method,
    )


_DATE_XPATHS = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@property='og:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//meta[@name='pubdate' or @name='publishdate' or @name='date' or @name='dc.date.issued'"
    " or @name='DC.date.issued' or @name='parsely-pub-date' or @name='sailthru.date']/@content",
    "//article//time/@datetime",
)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')
_HAS_TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d")


def _precise_date(root: Any) -> str | None:
    """The page's declared publication time when it carries the time of day.

    trafilatura's metadata keeps only the day; pages usually declare the minute
    and the zone (``article:published_time``, JSON-LD ``datePublished``,
    ``<time datetime>``), and a dossier's timeline needs them.
    """
    if root is None:
        return None
    candidates: list[str] = []
    for xpath in _DATE_XPATHS:
        candidates.extend(str(v) for v in root.xpath(xpath))
    for script in root.xpath("//script[@type='application/ld+json']/text()"):
        candidates.extend(_JSONLD_DATE.findall(str(script)))
    for value in candidates:
        if _HAS_TIME.match(value.strip()):
            return value.strip()
    return None


def _merge_siblings(blocks: list[_Block], index: hb.PageIndex) -> tuple[list[_Block], bool]:
    """Add the paragraphs of same-template sibling containers, in document order.

    Only when trafilatura's blocks mostly come from one container (otherwise there is
    no template to repeat), and only containers that read as prose: a repeated
    template of short items is a list of teasers, bylines or credits, not a body.
    """
    located = [b.element for b in blocks if b.element is not None]
    container = hb.main_container(located)
    if container is None:
        return blocks, False
    inside = sum(len(hb.tokens(b.text)) for b in blocks if b.element in set(container))
    if inside < 0.5 * sum(len(hb.tokens(b.text)) for b in blocks):
        return blocks, False
    seen = set().union(*(_shingles(b.text) for b in blocks))
    extra: list[_Block] = []
    for sibling in hb.sibling_containers(container):
        found = []
        for element in hb.harvest(sibling):
            text = hb.block_text(element)
            shingles = _shingles(text)
            if len(shingles & seen) <= len(shingles) / 2:  # not a copy of text we have
                seen |= shingles
                found.append(_Block(text, "p", element))
        if _is_prose(found):
            extra += found
    if not extra:
        return blocks, False
    # Blocks trafilatura found keep their order; a block that could not be located
    # takes the position of the block before it.
    positioned: list[tuple[int, int, _Block]] = []
    last = -1
    for i, block in enumerate(blocks):
        if block.element is not None:
            last = index.order.get(block.element, last)
        positioned.append((last, i, block))
    positioned += [
        (index.order.get(b.element, 0), len(blocks) + i, b)
        for i, b in enumerate(extra)
        if b.element is not None
    ]
    positioned.sort(key=lambda t: (t[0], t[1]))
    return [b for _, _, b in positioned], True


def _second_opinion(blocks: list[_Block], index: hb.PageIndex) -> list[_Block]:
    """Use the densest paragraph container when trafilatura kept far fewer words."""
    candidate = hb.densest_container(index.root)
    if candidate is None:
        return blocks
    found = [_Block(hb.block_text(e), "p", e) for e in hb.harvest(candidate)]
    ours = sum(len(hb.tokens(b.text)) for b in blocks)
    theirs = sum(len(hb.tokens(b.text)) for b in found)
    if ours < SECOND_OPINION_RATIO * theirs:
        return found
    return blocks


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = hb.tokens(text)
    return {tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3))}


def _is_prose(blocks: list[_Block]) -> bool:
    """Enough words, in paragraphs long enough to be running text rather than items."""
    counts = [len(hb.tokens(b.text)) for b in blocks]
    return sum(counts) >= 20 and sum(counts) / max(1, len(counts)) >= 10


def _drop_chrome(blocks: list[_Block], title: str | None) -> tuple[list[_Block], bool]:
    """Drop blocks whose place in the page or whose links say they are not body text."""
    located = [b.element for b in blocks if b.element is not None]
    container = hb.main_container(located)
    shared: set[hb.Element] = set(hb.ancestors(container)) if container is not None else set()
    title_words = hb.tokens(title or "")
    kept: list[_Block] = []
    for block in blocks:
        if len(kept) < 3 and block.kind == "head" and _is_title(block.text, title_words):
            continue
        if block.element is not None and _is_chrome(block, shared):
            continue
        kept.append(block)
    while kept and kept[-1].kind == "head":  # a heading with no body after it labels chrome
        kept.pop()
    return kept, len(kept) < len(blocks)


def _is_title(text: str, title_words: list[str]) -> bool:
    """The heading repeats the page title (which may carry a " | Site" suffix)."""
    words = hb.tokens(text)
    return bool(words) and title_words[: len(words)] == words and len(words) >= len(title_words) / 2


def _is_chrome(block: _Block, shared: set[hb.Element]) -> bool:
    element = block.element
    assert element is not None
    for ancestor in hb.ancestors(element):
        if ancestor in shared:
            break
        if hb.class_tokens(ancestor) & hb.BOILERPLATE_TOKENS:
            return True
    density = hb.link_density(element)
    if block.kind == "list":  # a list of nothing but links is a link box, whatever its size
        return density > LIST_LINK_DENSITY
    return len(hb.tokens(block.text)) < 25 and density > 0.6
