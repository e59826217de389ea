"""``transposed_phrase`` errata: two words swapped out of a fixed phrase (``War World II``).

A bigram ``a b`` is suspect when it occurs once in the whole story and the
swapped ``b a`` is a known fixed phrase:

* both words capitalised (and ``a`` not capitalised only because it starts a
  sentence): ``b a`` is a built-in fixed expression
  (:data:`~newsprism.compare.phrases.FIXED_BIGRAMS`), or a name the story's
  reports write that way at least twice, in at least two reports, always
  capitalised — so one report's consistent variant is never measured
  against itself;
* lower case: ``b a`` is a built-in fixed expression *and* occurs in the
  story next to the same content word as the suspect does. Sentences often
  put two words in reverse order across a phrase boundary (``after the war
  world leaders met``), and that context is the only cheap evidence against
  it.

Words must be separated by exactly one space (no punctuation, no line break)
and neither may be a function word.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsprism.compare.phrases import FIXED_BIGRAMS
from newsprism.compare.quote_text import STOPWORDS
from newsprism.model import Article, Erratum

__all__ = ["transposed_phrases"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?:;\"“”\n]\s*$")


@dataclass(frozen=True, slots=True)
class _Token:
    article_id: str
    start: int
    end: int
    text: str
    key: str  # case-folded
    capitalised: bool
    sentence_start: bool


def _tokens(article: Article) -> list[_Token]:
    out: list[_Token] = []
    text = article.text
    for m in _WORD.finditer(text):
        word = m.group()
        before = text[max(0, m.start() - 3) : m.start()]
        out.append(
            _Token(
                article.id,
                m.start(),
                m.end(),
                word,
                word.casefold(),
                word[0].isupper(),
                m.start() == 0 or bool(_SENTENCE_END.search(before)),
            )
        )
    return out


def _adjacent(text: str, a: _Token, b: _Token) -> bool:
    """Two tokens separated by exactly one space: one phrase, no punctuation between."""
    return text[a.end : b.start] == " "


def transposed_phrases(articles: Sequence[Article]) -> Iterable[Erratum]:
    """Rare bigrams whose swapped order is a known fixed phrase (see the module docstring)."""
    counts: Counter[tuple[str, str]] = Counter()
    reports: dict[tuple[str, str], set[str]] = defaultdict(set)
    lowered: set[tuple[str, str]] = set()  # bigrams seen with a lower-case word
    contexts: dict[tuple[str, str], set[str]] = defaultdict(set)  # neighbouring words
    sequences: list[tuple[Article, list[_Token]]] = []
    for article in articles:
        toks = _tokens(article)
        sequences.append((article, toks))
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if not _adjacent(article.text, a, b):
                continue
            key = (a.key, b.key)
            counts[key] += 1
            reports[key].add(article.id)
            if not (a.capitalised and b.capitalised):
                lowered.add(key)
            if i > 0:
                contexts[key].add("<" + toks[i - 1].key)
            if i + 2 < len(toks):
                contexts[key].add(">" + toks[i + 2].key)
    for article, toks in sequences:
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            key, swapped = (a.key, b.key), (b.key, a.key)
            if a.key == b.key or a.key in STOPWORDS or b.key in STOPWORDS:
                continue
            if not _adjacent(article.text, a, b) or counts[key] != 1 or key in FIXED_BIGRAMS:
                continue
            neighbours = set()
            if i > 0:
                neighbours.add("<" + toks[i - 1].key)
            if i + 2 < len(toks):
                neighbours.add(">" + toks[i + 2].key)
            evidence = _swap_evidence(a, b, swapped, counts, reports, lowered, contexts, neighbours)
            if evidence is None:
                continue
            reason, confidence = evidence
            phrase = f"{b.text} {a.text}"
            yield Erratum(
                article_id=article.id,
                kind="transposed_phrase",
                text=article.text[a.start : b.end],
                start=a.start,
                end=b.end,
                suggestion=phrase,
                reason=f"{a.text + ' ' + b.text!r} occurs nowhere else in the story; {reason}",
                confidence=confidence,
            )


def _swap_evidence(
    a: _Token,
    b: _Token,
    swapped: tuple[str, str],
    counts: Counter[tuple[str, str]],
    reports: dict[tuple[str, str], set[str]],
    lowered: set[tuple[str, str]],
    contexts: dict[tuple[str, str], set[str]],
    neighbours: set[str],
) -> tuple[str, float] | None:
    """Why ``b a`` is the phrase meant, with a confidence; None when the evidence is thin."""
    known = swapped in FIXED_BIGRAMS
    seen, outlets = counts[swapped], len(reports[swapped])
    # a shared neighbour only counts when it is a content word ("the" precedes anything)
    shared_context = any(n[1:] not in STOPWORDS for n in neighbours & contexts[swapped])
    phrase = f"{b.text} {a.text}"
    if a.capitalised and b.capitalised and not a.sentence_start:
        if known:
            extra = f" and the story's reports write it so {seen} time(s)" if seen else ""
            return f"{phrase!r} is a fixed English phrase{extra}", 0.9 if seen else 0.85
        if seen >= 2 and outlets >= 2 and swapped not in lowered:
            conf = 0.8 if shared_context else 0.7
            return (
                f"the story's reports write the name {phrase!r} {seen} times in {outlets} reports",
                conf,
            )
        return None
    if known and seen >= 1 and shared_context and not (a.capitalised or b.capitalised):
        return (
            f"{phrase!r} is a fixed English phrase, written so elsewhere in the story "
            "in the same context",
            0.7,
        )
    return None
