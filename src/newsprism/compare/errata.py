"""Errata per report: what one report got wrong or arrived damaged with.

Five general rules, none keyed to any story's words:

* ``doubled_word`` — a word typed twice (``the the``), unless the repetition
  is grammatical (``had had``, ``that that``: see
  :data:`~newsprism.compare.phrases.GRAMMATICAL_DOUBLES`) or a name
  (``Bora Bora``: both capitalised, not a function word).
* ``transposed_phrase`` — two words in an order that is rare where the
  swapped order is a known fixed phrase (``War World II``); the evidence
  rules are in :mod:`newsprism.compare.transpositions`.
* ``name_spelling`` — a mention spelled as an alias the entity stage flagged
  ``possible_misspelling``; only the flagged alias, so a transliteration a
  minority of outlets use (Zelensky/Zelenskyy) is never an erratum.
* ``encoding_repaired`` / ``chrome_removed`` — summaries of the article's
  cleaning steps, one erratum per report and kind: a reader wants to know a
  report arrived damaged and how much, and the steps themselves keep every
  span. These errata have ``start``/``end`` None (the spans are in
  ``raw_text``, see ``Article.cleaning``), as docs/schema.md asks for text
  that cleaning changed or removed.

For the spanned kinds, ``text == article.text[start:end]`` and replacing that
span with ``suggestion`` is the correction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from newsprism.annotate.names import strip_possessive, token_key
from newsprism.clean.edits import replay
from newsprism.compare.phrases import GRAMMATICAL_DOUBLES
from newsprism.compare.quote_text import STOPWORDS
from newsprism.compare.transpositions import transposed_phrases
from newsprism.model import Article, CleaningStep, Erratum, Story

__all__ = ["find_errata"]

# not part of a hyphenated or apostrophised word ("per-thread thread pool")
_DOUBLE = re.compile(r"(?<![\w'’-])(\w+)[ \t\u00a0]+(\1)(?![\w'’-])", re.IGNORECASE)
_KINDS = (
    "doubled_word",
    "transposed_phrase",
    "name_spelling",
    "encoding_repaired",
    "chrome_removed",
)
_EXAMPLES = 3


def find_errata(story: Story, articles: Sequence[Article]) -> tuple[Erratum, ...]:
    """Every erratum of every report of the story, in report order, then by position."""
    wanted = set(story.article_ids)
    members = [a for a in articles if a.id in wanted]
    found: list[Erratum] = []
    for article in members:
        found.extend(_doubled_words(article, story))
    found.extend(transposed_phrases(members))
    found.extend(_name_spellings(story, members))
    for article in members:
        found.extend(_cleaning_errata(article))
    order = {a.id: i for i, a in enumerate(members)}
    found.sort(
        key=lambda e: (
            order[e.article_id],
            e.start is None,
            e.start or 0,
            _KINDS.index(e.kind) if e.kind in _KINDS else len(_KINDS),
        )
    )
    return tuple(found)


def _in_quote(story: Story, article_id: str, start: int) -> bool:
    return any(q.article_id == article_id and q.start <= start < q.end for q in story.quotes)


def _doubled_words(article: Article, story: Story) -> Iterable[Erratum]:
    for m in _DOUBLE.finditer(article.text):
        first, second = m.group(1), m.group(2)
        lower = first.casefold()
        if lower in GRAMMATICAL_DOUBLES or first.isdigit() or any(c.isdigit() for c in first):
            continue
        if first[0].isupper() and second[0].isupper() and lower not in STOPWORDS:
            continue  # a reduplicated name (Bora Bora, Duran Duran), not a typo
        quoted = _in_quote(story, article.id, m.start())
        confidence = 0.95 if lower in STOPWORDS else 0.9
        reason = (
            f"the word {second!r} is repeated immediately; {lower!r} is not one of the words "
            "English grammar doubles (had had, that that)"
        )
        if quoted:
            confidence = 0.7
            reason += (
                " (inside a quotation, where a speaker's repetition may be transcribed on purpose)"
            )
        yield Erratum(
            article_id=article.id,
            kind="doubled_word",
            text=article.text[m.start() : m.end()],
            start=m.start(),
            end=m.end(),
            suggestion=first,
            reason=reason,
            confidence=confidence,
        )


def _name_spellings(story: Story, articles: Sequence[Article]) -> Iterable[Erratum]:
    """Mentions using an alias flagged ``possible_misspelling``: the wrong token, corrected."""
    texts = {a.id: a.text for a in articles}
    seen: set[tuple[str, int, int]] = set()
    for entity in story.entities:
        flags = {f.alias: f for f in entity.flags if f.kind == "possible_misspelling"}
        if not flags:
            continue
        canonical = entity.name.split()
        bad_tokens: dict[
            str, tuple[str, float, str]
        ] = {}  # misspelt token -> (right, conf, reason)
        for m in entity.mentions:
            flag = flags.get(m.text) or flags.get(strip_possessive(m.text))
            if flag is None or m.article_id not in texts:
                continue
            for start, end, wrong, right in _wrong_tokens(m.text, m.start, canonical):
                bad_tokens[wrong] = (right, flag.confidence, flag.reason)
                if (m.article_id, start, end) in seen:
                    continue
                seen.add((m.article_id, start, end))
                yield _name_erratum(
                    m.article_id,
                    start,
                    end,
                    wrong,
                    right,
                    flag.confidence,
                    entity.name,
                    flag.reason,
                )
        # the same misspelt token where the entity stage found no mention (NER missed it)
        users = {
            m.article_id
            for m in entity.mentions
            if (flags.get(m.text) or flags.get(strip_possessive(m.text)))
        }
        for article_id in sorted(users, key=list(texts).index):
            for wrong, (right, conf, reason) in bad_tokens.items():
                for hit in re.finditer(rf"\b{re.escape(wrong)}\b", texts[article_id]):
                    if (article_id, hit.start(), hit.end()) in seen:
                        continue
                    seen.add((article_id, hit.start(), hit.end()))
                    yield _name_erratum(
                        article_id,
                        hit.start(),
                        hit.end(),
                        wrong,
                        right,
                        round(conf * 0.9, 3),
                        entity.name,
                        reason,
                    )


def _wrong_tokens(
    mention: str, offset: int, canonical: Sequence[str]
) -> list[tuple[int, int, str, str]]:
    """Tokens of a mention that differ from the canonical name's, aligned from the surname."""
    toks = [(m.start(), m.group()) for m in re.finditer(r"\S+", mention)]
    out: list[tuple[int, int, str, str]] = []
    for (pos, tok), right in zip(reversed(toks), reversed(canonical), strict=False):
        bare = strip_possessive(tok).rstrip(",.;:")
        if token_key(bare) == token_key(right) or bare.casefold() == right.casefold():
            continue
        out.append((offset + pos, offset + pos + len(bare), bare, right))
    return out


def _name_erratum(
    article_id: str, start: int, end: int, wrong: str, right: str, conf: float, name: str, why: str
) -> Erratum:
    return Erratum(
        article_id=article_id,
        kind="name_spelling",
        text=wrong,
        start=start,
        end=end,
        suggestion=right,
        reason=f"{wrong!r} looks like a misspelling of {name!r}: {why}",
        confidence=conf,
    )


def _cleaning_errata(article: Article) -> Iterable[Erratum]:
    """One erratum per report for its repaired encoding (lossless, lossy) and removed chrome."""
    groups: dict[str, list[CleaningStep]] = defaultdict(list)
    for step in article.cleaning:
        if step.kind in ("encoding", "lossy_mojibake", "chrome") and step.start is not None:
            groups[step.kind].append(step)
    for kind in ("encoding", "lossy_mojibake"):
        steps = groups.get(kind)
        if steps:
            yield _encoding_erratum(article, kind, steps)
    chrome = groups.get("chrome")
    if chrome:
        lines = [s.before.strip() for s in chrome if len(s.before.strip()) > 1]
        shown = lines[:_EXAMPLES]
        yield Erratum(
            article_id=article.id,
            kind="chrome_removed",
            text=" | ".join(shown) + (" | …" if len(lines) > len(shown) else ""),
            start=None,
            end=None,
            suggestion=None,
            reason=(
                f"{len(chrome)} line(s) of site chrome ({sum(len(s.before) for s in chrome)} "
                "characters of page furniture around the article) were left in the report's "
                "text and removed by cleaning; spans are in raw_text, see the article's "
                "cleaning steps of kind 'chrome'"
            ),
            confidence=round(min(s.confidence for s in chrome), 3),
        )


def _encoding_erratum(article: Article, kind: str, steps: Sequence[CleaningStep]) -> Erratum:
    pass_index = steps[0].pass_index
    before_text = replay(
        article.raw_text, [s for s in article.cleaning if s.pass_index < pass_index]
    )
    examples: dict[str, str] = {}
    for step in steps:
        assert step.start is not None and step.end is not None
        damaged, repaired = _word_around(before_text, step.start, step.end, step.after)
        examples.setdefault(damaged, repaired)
    # examples inside words say more than a lone repaired dash
    ranked = sorted(examples.items(), key=lambda kv: not any(c.isalpha() for c in kv[1]))
    shown = ranked[:_EXAMPLES]
    lossy = kind == "lossy_mojibake"
    what = (
        "lossy mojibake (characters lost in a wrong decoding, restored by guessing from context)"
        if lossy
        else "mojibake (text decoded with the wrong encoding, repaired exactly)"
    )
    confidences = [s.confidence for s in steps]
    return Erratum(
        article_id=article.id,
        kind="encoding_repaired",
        text=" | ".join(d for d, _ in shown),
        start=None,
        end=None,
        suggestion=" | ".join(r for _, r in shown),
        reason=(
            f"{len(steps)} place(s) of {what}, e.g. "
            + ", ".join(f"{d!r} -> {r!r}" for d, r in shown)
            + f"; spans are in raw_text, see the article's cleaning steps of kind {kind!r}"
        ),
        confidence=round(sum(confidences) / len(confidences) if lossy else min(confidences), 3),
    )


def _word_around(text: str, start: int, end: int, after: str) -> tuple[str, str]:
    """The damaged word around a repaired span, and the same word repaired."""
    left = start
    while left > 0 and not text[left - 1].isspace() and start - left < 20:
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace() and right - end < 20:
        right += 1
    return text[left:right], text[left:start] + after + text[end:right]
