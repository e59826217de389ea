"""Slots of a claim clause: its dates, numbers, agent, and where the story's annotations are.

Why separate from clause splitting: these are the values differences are
made of, each with the rule that decides whether it belongs to the clause's
predicate ("capsized on Saturday") or only to a noun inside it ("Sunday
evening's disaster"), and whether it is rounded ("about 18:40", "more than
thirty"), which makes it compatible with a nearby exact value.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Token

from newsprism.annotate.quote_marks import find_quote_spans
from newsprism.compare.lexicon import APPROX_WORDS, concept, parse_number, stem
from newsprism.model import Article, Story

__all__ = ["ArticleIndex", "DateSlot", "NumberSlot", "agent", "dates", "numbers", "predicate"]

_COPULAS = frozenset({"be", "remain", "becom", "seem", "confirm", "report", "believ", "fear"})
_CLOCK = re.compile(r"(?<![\d:.])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d:])")
_DATE_UP = frozenset({"pobj", "prep", "npadvmod", "appos", "compound", "nummod", "amod", "conj"})
_IGNORED_NUMBERS = frozenset({"one"})


@dataclass(frozen=True, slots=True)
class NumberSlot:
    """A number in a claim, keyed by what it counts (``people``, ``passeng``)."""

    key: str
    value: float
    approx: bool
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateSlot:
    """A resolved date or clock time in a claim; ``on_pred`` when it dates the predicate itself."""

    value: str
    granularity: str
    text: str
    start: int
    end: int
    on_pred: bool
    approx: bool = False
    inferred: bool = False


class ArticleIndex:
    """Entity mentions, times and masked (quoted) ranges of one article, by offset."""

    def __init__(self, story: Story, article: Article) -> None:
        self.mentions = sorted(
            (m.start, m.end, e.id, e.type)
            for e in story.entities
            for m in e.mentions
            if m.article_id == article.id
        )
        self.mention_starts = [m[0] for m in self.mentions]
        self.times = sorted(
            (t.start, t.end, t.value, t.granularity, t.text, t.inferred)
            for t in story.times
            if t.article_id == article.id and t.value is not None
        )
        masked = [(q.start, q.end) for q in find_quote_spans(article.text)]
        masked += [(q.start, q.end) for q in story.quotes if q.article_id == article.id]
        self.masked = sorted(masked)
        self.mask_starts = [m[0] for m in self.masked]

    def is_masked(self, offset: int) -> bool:
        i = bisect.bisect_right(self.mask_starts, offset) - 1
        while i >= 0 and self.masked[i][0] > offset - 5000:
            if self.masked[i][0] <= offset < self.masked[i][1]:
                return True
            i -= 1
        return False

    def entity_at(self, offset: int) -> tuple[str, str] | None:
        i = bisect.bisect_right(self.mention_starts, offset) - 1
        if i >= 0 and self.mentions[i][0] <= offset < self.mentions[i][1]:
            return self.mentions[i][2], self.mentions[i][3]
        return None


def predicate(head: Token) -> Token:
    if head.tag_.startswith("NN"):
        # "The ferry overturned at 18:40" misparsed as a noun phrase with a reduced relative
        for child in head.children:
            if child.dep_ == "acl" and child.tag_ in ("VBD", "VBN"):
                return child
    if concept(head.text) in _COPULAS or stem(head.text) in _COPULAS:
        for child in head.children:
            if child.dep_ in ("acomp", "attr", "oprd") and not child.is_stop:
                return child
    return head


def agent(head: Token, index: ArticleIndex) -> frozenset[str]:
    """Who acts, when the clause says so: an active subject with an object, or a passive 'by'."""
    children = list(head.children)
    found: list[Token] = []
    if any(c.dep_ == "dobj" for c in children):
        found = [c for c in children if c.dep_ == "nsubj"]
    for c in children:
        if c.dep_ == "agent":
            found.extend(g for g in c.children if g.dep_ == "pobj")
    names: set[str] = set()
    for token in found:
        for t in token.subtree:
            entity = index.entity_at(t.idx)
            if entity is not None:
                names.add("e:" + entity[0])
            elif t.tag_.startswith(("NN", "PRP")) and not t.is_punct:
                names.add(stem(t.text))
    return frozenset(names)


def dates(head: Token, scope: list[Token], index: ArticleIndex) -> tuple[list[DateSlot], set[int]]:
    """Dates of the clause from ``story.times`` and clock times read from the text."""
    slots: list[DateSlot] = []
    covered: set[int] = set()
    for start, end, value, granularity, text, inferred in index.times:
        inside = [t for t in scope if start <= t.idx < end]
        if not inside or value is None:
            continue
        covered.update(t.i for t in inside)
        root = min(inside, key=lambda t: len(list(t.ancestors)))
        slots.append(
            DateSlot(value, granularity, text, start, end, _attached(root, head), False, inferred)
        )
    for token in scope:
        match = _CLOCK.fullmatch(token.text)
        if match is None or token.i in covered:
            continue
        covered.add(token.i)
        value = f"{int(match.group(1)):02d}:{match.group(2)}"
        slots.append(
            DateSlot(
                value,
                "clock",
                token.text,
                token.idx,
                token.idx + len(token.text),
                _attached(token, head),
                _approximate(token),
            )
        )
    return slots, covered


def _attached(token: Token, head: Token) -> bool:
    """True when the date modifies the clause's predicate (not a noun inside the clause)."""
    node = token
    for _ in range(6):
        if node.head.i == head.i or node.head.i == predicate(head).i:
            return node.dep_ in ("prep", "npadvmod", "pobj", "tmod", "advmod", "nummod")
        if node.dep_ not in _DATE_UP or node.head.i == node.i:
            return False
        node = node.head
    return False


def numbers(scope: list[Token], in_scope: set[int], skip: set[int]) -> list[NumberSlot]:
    slots: list[NumberSlot] = []
    seen: set[int] = set()
    for token in scope:
        if token.i in seen or token.i in skip or not (token.like_num or token.tag_ == "CD"):
            continue
        if _CLOCK.fullmatch(token.text) or token.lower_ in _IGNORED_NUMBERS:
            continue
        run = [token]
        nxt = token.i + 1
        doc = token.doc
        while nxt < len(doc) and (nxt in in_scope or doc[nxt].text == "-"):
            if doc[nxt].like_num or doc[nxt].tag_ == "CD":
                run.append(doc[nxt])
                nxt += 1
            elif doc[nxt].text == "-" and nxt + 1 < len(doc) and doc[nxt + 1].like_num:
                run.extend((doc[nxt], doc[nxt + 1]))
                nxt += 2
            else:
                break
        seen.update(t.i for t in run)
        value = parse_number(
            ["".join(t.text for t in run if True)]
            if len(run) == 3 and run[1].text == "-"
            else [t.text for t in run]
        )
        if value is None:
            continue
        last = run[-1]
        after = doc[last.i + 1].lower_ if last.i + 1 < len(doc) else ""
        if (
            after in ("-", "year", "years")
            and last.i + 2 < len(doc)
            and doc[last.i + 2].lower_
            in (
                "year",
                "old",
            )
        ):
            continue  # an age: "a 34-year-old nurse"
        slots.append(
            NumberSlot(
                key=_number_key(last),
                value=value,
                approx=_approximate(token),
                text=doc[token.i : last.i + 1].text,
                start=token.idx,
                end=last.idx + len(last.text),
            )
        )
    return slots


def _approximate(token: Token) -> bool:
    """True for "about 18:40", "more than thirty", "around 4,000": a rounded value."""
    doc = token.doc
    prev = [doc[i].lower_ for i in range(max(token.i - 2, 0), token.i)]
    if prev and prev[-1] in APPROX_WORDS:
        return True
    if len(prev) == 2 and prev[0] in APPROX_WORDS and prev[1] in ("than", "to", "least"):
        return True
    return any(
        c.dep_ in ("advmod", "quantmod") and c.lower_ in APPROX_WORDS for c in token.children
    )


def _number_key(token: Token) -> str:
    """What a number counts: its noun, or its role when it stands alone ("two were missing")."""
    head = token.head
    if token.dep_ in ("nummod", "amod", "quantmod", "compound") and head.tag_.startswith("NN"):
        return stem(head.text)
    if token.dep_.startswith("nsubj"):
        return "subject"
    if token.dep_ == "dobj":
        return "object"
    return f"{token.dep_}:{stem(head.text)}"
