"""The story's timeline: dated events, each worded by the reports that date it.

A reader checking a running story wants to see *when* things happened and
*who says so*. Every resolved :class:`~newsprism.model.TimeExpression` is an
anchor; its event is the clause around it (the sentence, trimmed at strong
punctuation and at the first comma after the date), because the whole
sentence often carries several facts. Clauses that share a resolved date and
say much the same thing are one event; each report's wording is kept as a
:class:`~newsprism.model.Variant` with its span so every line can be traced.
Expressions that resolved to nothing are left out: an undated event cannot be
placed on an axis.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from rapidfuzz import fuzz

from newsprism.compare._vectors import Vector, Vectoriser, cosine
from newsprism.link import split_sentences
from newsprism.model import Article, SourceSpan, Story, TimeExpression, TimelineEvent, Variant

# Two clauses of the same day are one event at or above this similarity (average link).
GROUP_THRESHOLD = 0.2
# Near-verbatim wording (rapidfuzz ratio, 0-100) also counts as the same event.
_VERBATIM = 85.0
# A comma only ends a clause when at least this many words precede it.
_MIN_CLAUSE_WORDS = 6

_STRONG = re.compile(r";|\s[—–]\s|\s-\s|:\s|\(|\)")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_GRANULARITY_ORDER = {"year": 0, "month": 1, "week": 2, "day": 3, "time": 4}


@dataclass(frozen=True, slots=True)
class _Mention:
    """One dated clause of one report: the raw material of an event."""

    value: str
    granularity: str
    article_id: str
    order: int  # the report's position in the story
    start: int
    end: int
    text: str
    vector: Vector  # TF-IDF of the clause without its date words
    bare: str  # the clause without its date words, for the verbatim check


def build_timeline(story: Story, articles: Sequence[Article]) -> tuple[TimelineEvent, ...]:
    """Dated events of the story in date order, grouped across the reports that date them."""
    by_id = {a.id: a for a in articles if a.id in story.article_ids}
    order = {aid: n for n, aid in enumerate(story.article_ids)}
    spans = {aid: split_sentences(a.text) for aid, a in by_id.items()}
    vectoriser = Vectoriser(a.text[s:e] for aid, a in by_id.items() for s, e in spans[aid])
    mentions: dict[tuple[str, str, int, int], _Mention] = {}
    for time in sorted(story.times, key=lambda t: (order.get(t.article_id, 1 << 30), t.start)):
        article = by_id.get(time.article_id)
        if time.value is None or article is None:
            continue
        start, end = clause_span(article.text, spans[article.id], time)
        key = (_day(time.value, time.granularity), time.article_id, start, end)
        known = mentions.get(key)
        if known is not None and _finer(known.granularity, time.granularity):
            continue  # "at 18:40 on Sunday" dates the clause once, to the minute
        text = article.text[start:end]
        bare = text[: time.start - start] + " " + text[time.end - start :]
        mentions[key] = _Mention(
            value=time.value,
            granularity=time.granularity,
            article_id=time.article_id,
            order=order[time.article_id],
            start=start,
            end=end,
            text=text,
            vector=vectoriser.vector(bare),
            bare=" ".join(bare.lower().split()),
        )
    by_day: dict[str, list[_Mention]] = {}
    for (day, *_), mention in mentions.items():
        by_day.setdefault(day, []).append(mention)
    events = [_event(group) for day in by_day for group in _group(by_day[day])]
    events.sort(key=_event_key)
    return tuple(events)


def _day(value: str, granularity: str) -> str:
    """The grouping key: a time of day is grouped with the dates of its day."""
    return value[:10] if granularity in ("day", "time") else value


def _finer(a: str, b: str) -> bool:
    """True when granularity ``a`` is at least as fine as ``b``."""
    return _GRANULARITY_ORDER.get(a, 0) >= _GRANULARITY_ORDER.get(b, 0)


def clause_span(
    text: str, sentences: Sequence[tuple[int, int]], time: TimeExpression
) -> tuple[int, int]:
    """The span of the clause around ``time``: its sentence cut at strong punctuation.

    The right edge also stops at the first comma after the date when enough
    words precede it ("X capsized on Sunday, midway through …" → "X capsized
    on Sunday"). The left edge never moves past a comma: the subject of the
    clause is usually there. Unbalanced quotation marks at the edges are dropped.
    """
    s_start, s_end = next(
        ((s, e) for s, e in sentences if s <= time.start < e), (time.start, time.end)
    )
    start, end = s_start, s_end
    for m in _STRONG.finditer(text, s_start, s_end):
        if m.end() <= time.start:
            start = m.end()
        elif m.start() >= time.end:
            end = m.start()
            break
    comma = text.find(", ", time.end, end)
    if comma != -1 and _count_words(text[start:comma]) >= _MIN_CLAUSE_WORDS:
        end = comma
    return _tidy(text, start, end)


def _tidy(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, trailing commas and quotation marks left without their partner."""
    while start < end and text[start] in " \t\n,":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    piece = text[start:end]
    opens = sum(piece.count(c) for c in "“‘")
    closes = sum(piece.count(c) for c in "”’")
    straight = piece.count('"')
    if straight % 2 == 1:
        if piece.startswith('"'):
            start += 1
        elif piece.endswith('"'):
            end -= 1
    elif opens > closes and piece.startswith(("“", "‘")):
        start += 1
    elif closes > opens and piece.endswith("”"):
        end -= 1
    while start < end and text[start] in " \t\n,":
        start += 1
    return start, end


def _count_words(text: str) -> int:
    return len(_WORD.findall(text))


def similarity(a: _Mention, b: _Mention) -> float:
    """How alike two dated clauses are (0-1): TF-IDF cosine, or 1 for near-verbatim wording."""
    if fuzz.ratio(a.bare, b.bare) >= _VERBATIM:
        return 1.0
    return cosine(a.vector, b.vector)


def _group(mentions: Sequence[_Mention]) -> list[list[_Mention]]:
    """Average-link agglomerative grouping of one day's clauses.

    Merges the most similar pair of groups until none reaches
    :data:`GROUP_THRESHOLD`; ties go to the earlier pair, so the result does
    not depend on anything but the input.
    """
    groups = [[m] for m in mentions]
    sims = {
        (i, j): similarity(a, b) for i, a in enumerate(mentions) for j, b in enumerate(mentions)
    }
    index = {id(m): n for n, m in enumerate(mentions)}

    def link(g: list[_Mention], h: list[_Mention]) -> float:
        return sum(sims[index[id(a)], index[id(b)]] for a in g for b in h) / (len(g) * len(h))

    while len(groups) > 1:
        best, pair = GROUP_THRESHOLD, None
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                score = link(groups[i], groups[j])
                if score >= best + 1e-12 or (pair is None and score >= best):
                    best, pair = score, (i, j)
        if pair is None:
            break
        i, j = pair
        groups[i] = groups[i] + groups[j]
        del groups[j]
    return groups


def _event(group: Sequence[_Mention]) -> TimelineEvent:
    """One event: the most typical wording as its text, every report's wording as a variant.

    The date is the finest one the reports give: a clause saying "at 18:40 on
    Sunday" places the event at 18:40 when no report gives another time.
    """
    ordered = sorted(group, key=lambda m: (m.order, m.start))
    by_text: dict[str, list[_Mention]] = {}
    for m in ordered:
        by_text.setdefault(" ".join(m.text.split()), []).append(m)
    variants = tuple(
        Variant(
            text=text,
            article_ids=tuple(dict.fromkeys(m.article_id for m in ms)),
            spans=tuple(SourceSpan(m.article_id, m.start, m.end) for m in ms),
        )
        for text, ms in by_text.items()
    )

    finest = max(_GRANULARITY_ORDER.get(m.granularity, 0) for m in ordered)
    values = [m for m in ordered if _GRANULARITY_ORDER.get(m.granularity, 0) == finest]
    counts: dict[str, int] = {}
    for m in values:
        counts[m.value] = counts.get(m.value, 0) + 1
    dated = min(values, key=lambda m: (-counts[m.value], m.value))

    def typicality(m: _Mention) -> tuple[int, float, int, int]:
        shared = len(by_text[" ".join(m.text.split())])
        total = sum(similarity(m, o) for o in group if o is not m)
        return (-shared, -total, m.order, m.start)

    # The event reads as a report that gives the event's own date, worded as most do.
    central = min((m for m in values if m.value == dated.value), key=typicality)
    return TimelineEvent(
        date=dated.value,
        granularity=dated.granularity,
        text=" ".join(central.text.split()),
        variants=variants,
    )


def reports(event: TimelineEvent) -> tuple[str, ...]:
    """The distinct reports that date ``event``, in the order their variants list them."""
    return tuple(dict.fromkeys(aid for v in event.variants for aid in v.article_ids))


def date_key(value: str) -> datetime:
    """The start of the period an ISO value names (year, month, ISO week, day or time).

    Lexical order is wrong for weeks ("2025-W09" > "2025-12"), hence a parse.
    """
    try:
        if re.fullmatch(r"\d{4}", value):
            return datetime(int(value), 1, 1)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            return datetime(int(m[1]), int(m[2]), 1)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            day = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return datetime(day.year, day.month, day.day)
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed.replace(tzinfo=None)
    except ValueError:
        return datetime.max


def _event_key(event: TimelineEvent) -> tuple[datetime, int, int, str]:
    return (
        date_key(event.date),
        _GRANULARITY_ORDER.get(event.granularity, 9),
        -len(reports(event)),
        event.text,
    )
