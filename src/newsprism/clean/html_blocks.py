"""DOM evidence for the HTML extractor: where each extracted block sits in the page.

trafilatura returns text, not the nodes it came from. To repair its two typical
mistakes on news pages — keeping only the first of several sibling containers
that together hold the article body, and keeping teasers, share prompts and
comment fragments — the extractor needs to know, for each extracted block,
which element of the original page it was read from. This module finds that
element by matching word tokens, and answers structural questions about it
(container, class/id tokens, link density). Nothing here is keyed to a site or
to a benchmark: only to element names, class/id words and text statistics.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from lxml import html as lxml_html

#: An ``lxml.html.HtmlElement``; lxml ships no type information mypy can use here.
Element: TypeAlias = Any

_WORD = re.compile(r"\w+")
_KEY_TOKENS = 10

#: Elements whose text is read as one block when harvesting a sibling container.
TEXT_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"})
#: Elements indexed as possible sources of an extracted block.
_SOURCE_TAGS = TEXT_TAGS | {
    "h1",
    "div",
    "td",
    "dd",
    "dt",
    "span",
    "section",
    "figcaption",
    "ul",
    "ol",
    "dl",
    "table",
}
#: Elements never harvested from: their text is not body text.
_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "nav",
        "aside",
        "form",
        "button",
        "figure",
        "figcaption",
        "footer",
        "header",
        "select",
        "iframe",
        "object",
    }
)

#: class/id words that mark a block as not part of the article body. Matched against
#: whole tokens of class and id values split on non-letters (so "comment-list" and
#: "relatedPosts" match, "adventure" does not match "ad").
BOILERPLATE_TOKENS = frozenset(
    {
        "comment",
        "comments",
        "related",
        "promo",
        "promotion",
        "newsletter",
        "share",
        "sharing",
        "social",
        "recommended",
        "recommendations",
        "recommend",
        "teaser",
        "teasers",
        "sidebar",
        "subscribe",
        "subscription",
        "signup",
        "advert",
        "advertisement",
        "ad",
        "ads",
        "outbrain",
        "taboola",
        "trending",
        "popular",
        "disqus",
        "reply",
        "respond",
        "breadcrumb",
        "breadcrumbs",
        "cta",
        "rail",
        "widget",
        "more",
        "tags",
        "tag",
        "author",
        "byline",
        "footer",
        "caption",
    }
)


def tokens(text: str) -> list[str]:
    """Word tokens, the unit every comparison here works on (case kept, like the metric)."""
    return _WORD.findall(text)


def norm_text(element: Element) -> str:
    """The element's text with runs of whitespace collapsed."""
    return " ".join(element.text_content().split())


def block_text(element: Element) -> str:
    """Text of a page element read as one block: ``<br>`` kept as a line break."""
    copy = lxml_html.fromstring(lxml_html.tostring(element, encoding="unicode"))
    for br in copy.iter("br"):
        br.tail = "\n" + (br.tail or "")
    lines = copy.text_content().split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def class_tokens(element: Element) -> set[str]:
    """Lower-case words of the element's class and id (camelCase and dashes split)."""
    raw = f"{element.get('class') or ''} {element.get('id') or ''}"
    raw = re.sub(r"([a-z])([A-Z])", r"\1 \2", raw)
    return {t for t in re.split(r"[^a-zA-Z]+", raw.lower()) if t}


def link_density(element: Element) -> float:
    """Share of the element's characters that sit inside links."""
    total = len(norm_text(element))
    if not total:
        return 0.0
    linked: int = sum(len(norm_text(a)) for a in element.iter("a"))
    return min(1.0, linked / total)


@dataclass(frozen=True, slots=True)
class PageIndex:
    """The original page and a lookup from a block's first words to candidate elements."""

    root: Element
    by_key: dict[tuple[str, ...], list[Element]]
    order: dict[Element, int]

    def locate(self, text: str) -> Element | None:
        """The page element an extracted block was most likely read from, if any.

        Among elements whose text starts with the same words, prefer the one whose
        word count is closest to the block's, then the deepest (last in document
        order), since trafilatura reads paragraphs, not their wrappers.
        """
        words = tokens(text)
        if not words:
            return None
        candidates = self.by_key.get(tuple(words[:_KEY_TOKENS]))
        if not candidates:
            return None
        n = len(words)
        return min(
            candidates,
            key=lambda e: (abs(len(tokens(e.text_content())) - n), -self.order[e]),
        )


def build_index(root: Element) -> PageIndex:
    """Index the page's block-level elements by their first words."""
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    by_key: dict[tuple[str, ...], list[Element]] = {}
    order: dict[Element, int] = {}
    for i, element in enumerate(root.iter()):
        if not isinstance(element.tag, str):
            continue
        order[element] = i
        if element.tag not in _SOURCE_TAGS:
            continue
        words = tokens(element.text_content())
        if words:
            by_key.setdefault(tuple(words[:_KEY_TOKENS]), []).append(element)
    return PageIndex(root, by_key, order)


def ancestors(element: Element, stop: Element | None = None) -> Iterator[Element]:
    """The element and its ancestors, up to but not including ``stop``."""
    current: Element | None = element
    while current is not None and current is not stop:
        yield current
        current = current.getparent()


def main_container(located: Sequence[Element]) -> Element | None:
    """The element that directly holds most of the located blocks (their usual parent)."""
    parents = Counter(e.getparent() for e in located if e.getparent() is not None)
    if not parents:
        return None
    best: Element = parents.most_common(1)[0][0]
    return best


def _signature(element: Element) -> tuple[str, str]:
    return element.tag, " ".join(sorted((element.get("class") or "").split()))


def sibling_containers(container: Element, max_up: int = 4) -> list[Element]:
    """Containers elsewhere on the page built from the same template as ``container``.

    Pages that cut an article into chunks (around ads or embeds) repeat the body
    container: same element name, same class list, under sibling wrappers. Walk
    up a few levels and, at each, look inside the siblings of the current branch
    for elements with the container's signature. A container without a class is
    too common a shape to mean anything, so it is not followed.
    """
    signature = _signature(container)
    if not signature[1]:
        return []
    found: list[Element] = []
    branch = container
    for _ in range(max_up):
        parent = branch.getparent()
        if parent is None:
            break
        for sibling in parent:
            if sibling is branch or not isinstance(sibling.tag, str):
                continue
            found.extend(e for e in sibling.iter() if _signature(e) == signature)
        if found:
            break
        branch = parent
    return found


def harvest(container: Element) -> list[Element]:
    """Body-text elements of a container, outermost first, skipping chrome and link lists."""
    out: list[Element] = []

    def walk(element: Element) -> None:
        for child in element:
            if not isinstance(child.tag, str) or child.tag in _SKIP_TAGS:
                continue
            if class_tokens(child) & BOILERPLATE_TOKENS:
                continue
            if child.tag in TEXT_TAGS:
                if tokens(child.text_content()) and link_density(child) < 0.5:
                    out.append(child)
            else:
                walk(child)

    walk(container)
    return out


def densest_container(root: Element) -> Element | None:
    """The element whose paragraphs hold the most non-link words (readability-style).

    Paragraphs count fully for their parent and half for their grandparent, as in
    readability, so that a body cut into wrapped chunks still wins as a whole.

    A second opinion for pages where trafilatura finds next to nothing, for instance
    when the page's ``<body>`` carries an id that reads like an article container.
    """
    scores: dict[Element, float] = {}
    for paragraph in root.iter("p"):
        parent = paragraph.getparent()
        if parent is None or any(class_tokens(a) & BOILERPLATE_TOKENS for a in ancestors(parent)):
            continue
        words = len(tokens(paragraph.text_content())) * (1.0 - link_density(paragraph))
        scores[parent] = scores.get(parent, 0.0) + words
        grandparent = parent.getparent()
        if grandparent is not None:  # a body cut into wrapped chunks still scores as one
            scores[grandparent] = scores.get(grandparent, 0.0) + words / 2
    if not scores:
        return None
    return max(scores, key=lambda e: scores[e])
