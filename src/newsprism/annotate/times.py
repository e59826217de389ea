"""Time expressions of a report, resolved against the report's publication time.

Why this shape:

- **Candidates from spaCy's DATE/TIME entities**, never from a free-text date
  search: ``dateparser.search_dates`` reads "We" as Wednesday and "€50" as 1950.
- **Not every DATE is a date.** Durations ("three years", "a day"), ages
  ("23-year-old", "59") and vague words ("recent", "decades", "the coming
  Spring") are skipped: a timeline must not show them as points in time.
- **Weekdays and day words by arithmetic**, with the tense of the verb they
  modify: news speaks of the past ("the Kremlin said Sunday", report of Monday
  3 March 2025 -> 2 March) unless the verb looks ahead ("the council meets on
  Wednesday", "will travel on Friday"). dateparser's own weekday rule jumps a
  week back when the day is the publication day, and it costs milliseconds
  per call; the rest (dates, months, "last month", "three years ago") goes to
  dateparser with ``RELATIVE_BASE`` = publication time, ``PREFER_DATES_FROM``
  past and a fixed ``DATE_ORDER``.
- **A report without a publication time** borrows the median time of the
  other reports of its story; what it resolves relative to that estimate is
  marked ``inferred`` with the reason.

Values: ``YYYY-MM-DD`` (day), ``YYYY-Www`` ISO week, ``YYYY-MM``, ``YYYY``, and
``YYYY-MM-DDTHH:MM`` for a clock time in the report's local time.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from dateparser.date import DateDataParser
from spacy.tokens import Doc, Span, Token

from newsprism.model import Article, Granularity, TimeExpression

__all__ = ["StoryClock", "article_times", "resolve_times", "story_clock", "time_id"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PARTS = r"(?:\s+(?:morning|afternoon|evening|night))?"
_WEEKDAY = re.compile(
    rf"^(?:(?P<rel>last|this|next|past|coming|on)\s+)?(?P<day>{'|'.join(_WEEKDAYS)}){_PARTS}$"
)
_DAY_WORDS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "yesterday morning": -1, "yesterday afternoon": -1,
    "yesterday evening": -1, "tomorrow": 1, "tomorrow morning": 1, "tomorrow evening": 1,
}  # fmt: skip
_UNIT = r"(?:second|minute|hour|day|week|weekend|month|year|decade|century|centuries)s?"
_QUANTITY = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|"
    r"hundred|thousand|several|few|a few|many|some|another|more|nearly|almost|about|over|"
    r"around|less than|more than|at least|the|\d+(?:[.,]\d+)?)"
)
_DURATION = re.compile(
    rf"^(?:for\s+|the\s+)?(?:(?:past|last|next|previous|first|coming|following)\s+)?"
    rf"(?:{_QUANTITY}\s+)+(?:and a half\s+)?{_UNIT}(?:\s+(?:long|old|later|earlier|running))?$"
)
_AGO = re.compile(rf"^(?:{_QUANTITY}\s+)+{_UNIT}\s+ago$")
_VAGUE = re.compile(
    r"^(?:the\s+)?(?:(?:coming|last|past|next|recent|early|late)\s+)?(?:recent|recently|now|"
    r"currently|present|future|past|time|times|era|decades|years|months|weeks|days|centuries|"
    r"spring|summer|autumn|fall|winter|season|holidays?|morning|afternoon|evening|night|"
    r"midday|noon|midnight|dawn|dusk|annual|daily|weekly|monthly|yearly|seconds|minutes|hours)$"
)
_AGE = re.compile(r"-(?:year|month|week|day|hour|minute|second)s?(?:-old)?\b|\baged?\b|^\d{1,3}$")
_RELATIVE = re.compile(
    r"\b(?:last|this|next|ago|yesterday|today|tomorrow|tonight|coming|past|previous)\b"
)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}|\b(?:a\.?m\.?|p\.?m\.?|o'clock|noon|midnight)\b")
_SPEECH = frozenset("says say tells tell adds add warns warn claims insists admits".split())
_PERIODS: dict[str, Granularity] = {
    "time": "time", "day": "day", "week": "week", "month": "month", "year": "year",
}  # fmt: skip


def time_id(article_id: str, start: int, end: int) -> str:
    """Stable id of one expression: its article and span."""
    return "t" + hashlib.sha256(f"{article_id}:{start}:{end}".encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class StoryClock:
    """The base time of one article: its own publication time, or the story's estimate."""

    base: datetime | None
    inferred: bool
    reason: str


def story_clock(articles: Sequence[Article]) -> dict[str, StoryClock]:
    """Base times of a story's articles; a report without a time borrows the others' median."""
    own = {a.id: _parse_iso(a.published) for a in articles}
    clocks: dict[str, StoryClock] = {}
    for article in articles:
        base = own[article.id]
        if base is not None:
            clocks[article.id] = StoryClock(base, False, f"published {article.published}")
            continue
        others = sorted(t for i, t in own.items() if t is not None and i != article.id)
        if not others:
            clocks[article.id] = StoryClock(None, False, "no report of the story has a time")
            continue
        median = others[(len(others) - 1) // 2]
        clocks[article.id] = StoryClock(
            median,
            True,
            f"report has no publication time; base borrowed from the median of the "
            f"{len(others)} other report(s) of the story ({median:%Y-%m-%dT%H:%MZ})",
        )
    return clocks


def _parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def resolve_times(
    articles: Sequence[Article], docs: Sequence[Doc], *, date_order: str = "MDY"
) -> tuple[TimeExpression, ...]:
    """Every dated expression of the story's articles (parsed docs in the same order)."""
    clocks = story_clock(articles)
    out: list[TimeExpression] = []
    for article, doc in zip(articles, docs, strict=True):
        out.extend(article_times(article, doc, clocks[article.id], date_order=date_order))
    return tuple(out)


def article_times(
    article: Article, doc: Doc, clock: StoryClock, *, date_order: str = "MDY"
) -> list[TimeExpression]:
    """The dated expressions of one article, resolved against its clock, in text order."""
    parser = _parser(clock.base, date_order)
    last_day: dict[int, date] = {}  # sentence start -> a day resolved in it
    parsed = doc.has_annotation("DEP")  # scans the doc: once per doc, not per expression
    candidates = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    clocks_last = sorted(candidates, key=lambda e: (bool(_CLOCK.search(e.text)), e.start))
    found_by_start: dict[int, tuple[Span, _Found]] = {}
    for ent in clocks_last:
        found = _resolve(ent, clock, parser, last_day, parsed)
        if found is not None and (found[0] is not None or found[3].startswith("relative")):
            found_by_start[ent.start] = (ent, found)
    out: list[TimeExpression] = []
    for start in sorted(found_by_start):
        ent, found = found_by_start[start]
        value, granularity, used_base, why = found
        inferred = clock.inferred and used_base
        reason = why + (f"; {clock.reason}" if used_base else "")
        out.append(
            TimeExpression(
                id=time_id(article.id, ent.start_char, ent.end_char),
                article_id=article.id,
                text=ent.text,
                start=ent.start_char,
                end=ent.end_char,
                value=value,
                granularity=granularity,
                inferred=inferred,
                reason=reason,
            )
        )
    return out


def _parser(base: datetime | None, date_order: str) -> DateDataParser:
    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": date_order,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    if base is not None:
        settings["RELATIVE_BASE"] = base
    return DateDataParser(languages=["en"], settings=settings)


_Found = tuple[str | None, Granularity, bool, str]


def _resolve(
    ent: Span,
    clock: StoryClock,
    parser: DateDataParser,
    last_day: dict[int, date],
    parsed: bool,
) -> _Found | None:
    if ent.text == "Today" and ent.start > 0 and ent.doc[ent.start - 1].pos_ == "PROPN":
        return None  # part of a name (Russia Today, USA Today)
    text = re.sub(r"\s+", " ", ent.text.lower().replace("’", "'")).strip()
    text = re.sub(r"^(?:on|in|at|by|since|until|from|during|over)\s+", "", text)
    if _AGE.search(text) or _VAGUE.match(text) or _DURATION.match(text):
        return None  # an age, a vague time or a duration: not a point in time
    base = clock.base
    sentence = ent.sent.start if parsed else 0
    if _CLOCK.search(text) and not re.search(r"\d{4}", text):
        day = last_day.get(sentence)
        if day is None:
            return None, "time", False, "a clock time with no day named in its sentence"
        clock_time = parser.get_date_data(text).date_obj
        if clock_time is None:
            return None, "time", False, "clock time not understood"
        value = f"{day.isoformat()}T{clock_time:%H:%M}"
        return value, "time", True, "clock time (local) on the day named in the same sentence"
    weekday = _WEEKDAY.match(text)
    if weekday or text in _DAY_WORDS or text.endswith("weekend"):
        if base is None:
            return None, "day", False, "relative day and no publication time in the story"
        found = _relative_day(text, weekday, base.date(), _looks_ahead(ent, parsed))
        if found is not None:
            if found[1] == "day":
                last_day.setdefault(sentence, date.fromisoformat(str(found[0])))
            return found
    relative = bool(_RELATIVE.search(text)) or not re.search(r"\b\d{4}\b", text)
    if relative and base is None:
        return None, "day", False, "relative date and no publication time in the story"
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return None, "day", False, "not understood as a date"
    granularity = _PERIODS.get(str(data.period), "day")
    when = data.date_obj
    if granularity == "month" and _looks_ahead(ent, parsed) and base is not None and when < base:
        when = when.replace(year=when.year + 1)
    return _format(when, granularity), granularity, relative, "resolved by dateparser"


def _relative_day(
    text: str, weekday: re.Match[str] | None, base: date, ahead: bool
) -> _Found | None:
    if text.endswith("weekend"):
        back = (base.weekday() - 5) % 7 or 7 if "next" not in text and not ahead else 0
        saturday = (
            base - timedelta(days=back) if back else base + timedelta((5 - base.weekday()) % 7)
        )
        return _format(saturday, "week"), "week", True, "the weekend's ISO week"
    if weekday is None:
        day = base + timedelta(days=_DAY_WORDS[text])
        return day.isoformat(), "day", True, f"{text!r} counted from the publication day"
    target = _WEEKDAYS.index(weekday.group("day"))
    rel = weekday.group("rel") or ""
    if rel == "next" or (ahead and rel not in ("last", "past")):
        delta = (target - base.weekday()) % 7 or (7 if rel == "next" else 0)
        why = "the next such day (the verb looks ahead)"
    else:
        delta = -((base.weekday() - target) % 7)
        if rel in ("last", "past") and delta == 0:
            delta = -7
        why = "the latest such day up to the publication day (news reports the past)"
    return (base + timedelta(days=delta)).isoformat(), "day", True, why


def _format(when: datetime | date, granularity: Granularity) -> str:
    if granularity == "year":
        return f"{when.year:04d}"
    if granularity == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if granularity == "week":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == "time" and isinstance(when, datetime):
        return f"{when:%Y-%m-%dT%H:%M}"
    return f"{when:%Y-%m-%d}"


def _looks_ahead(ent: Span, parsed: bool) -> bool:
    """Whether the verb the expression belongs to speaks of the future.

    ``will``/``shall`` auxiliaries, a present tense (``meets on Wednesday``,
    ``is meeting``) outside reporting verbs (``says``), or a "to" infinitive
    under such a verb (``plans to meet``).
    """
    if not parsed:
        return False
    verb: Token = ent.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    for _ in range(3):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in ("will", "shall", "'ll", "’ll", "wo") for a in auxes):
            return True
        if any(a.tag_ in ("VBD", "VBN") or a.lower_ in ("has", "have", "had") for a in auxes):
            return False
        if verb.tag_ in ("VBZ", "VBP", "VBG") and verb.lower_ not in _SPEECH:
            return verb.tag_ != "VBG" or bool(auxes)
        if verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes) and verb.head is not verb:
            verb = verb.head
            continue
        return False
    return False
