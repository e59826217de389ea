"""Cheap features of one article for story clustering: content words, names, numbers, date.

Why these and not a parse: clustering runs on every article of a stream, so a
feature must cost microseconds. Two channels are kept apart because they carry
different evidence:

- *terms*: content words (stop words dropped, a light plural fold), with the
  title counted again because a headline states the event (counting the lead
  sentence again is available but did not help on ECB+, so it is off by default);
- *names*: capitalised spans (``Lindsay Lohan``, ``Betty Ford Center``) and
  every word of them (so ``Lohan`` alone still matches), plus numbers
  (``6.1``, ``2008``). Two events of the same kind share most words but not
  their people, places and figures, so this channel is what separates them.

Weights (IDF) are not decided here: the clusterer learns document frequencies
from the stream it has seen.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from dataclasses import dataclass

from newsprism.model import Article

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|\d+(?:[.,:]\d+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]?\s+|\n+")
# A capitalised word, allowing inner capitals and apostrophes (McCain, O'Brien).
_CAP = r"(?:[A-Z][a-z]*[A-Z]?[a-z'’]+|[A-Z]{2,})"
_NAME = re.compile(rf"{_CAP}(?:(?:\s+|\s+(?:of|de|del|la|van|von|bin|al|the)\s+|-){_CAP})*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?<![\d.,$€£])(?:19[5-9]\d|20\d\d)(?![\d%])")

STOP_WORDS = frozenset(
    """
a about above after again against all also although am an and any are around as at be
because been before being below between both but by can could did do does doing done down
during each either even ever every few for from further had has have having he her here
hers herself him himself his how however i if in into is it its itself just last least
less like made make many may me might more most much must my myself near never new next no
nor not now of off often on once one only or other our ours ourselves out over own per
perhaps put quite rather really said same say saying says see seen she should since so some
still such than that the their theirs them themselves then there these they this those
though through thus to told too toward towards under until up upon us very via was we
were what whatever when where whether which while who whom whose why will with within
without would yet you your yours yourself yourselves
according added adding also another asked back being came come comes day days get gets
go goes going got including later less lot since take taken takes took two three week
weeks well went year years yesterday today tomorrow monday tuesday wednesday thursday
friday saturday sunday mr mrs ms dr http https www com html htm org net
""".split()
)
# Capitalised words that open sentences or headlines without naming anything.
_NOT_NAMES = STOP_WORDS | frozenset(
    """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec update updated breaking photo video
read more share comments reuters ap afp the a an
""".split()
)


@dataclass(frozen=True, slots=True)
class Features:
    """The raw counts of one article; weighting happens in the clusterer."""

    terms: dict[str, float]
    names: dict[str, float]
    day: int | None  # proleptic ordinal of the publication date, when known
    year: int | None  # published year, else the year its opening (dateline region) names


def fold(word: str) -> str:
    """Lower-case and fold a plural or possessive, so ``fires``/``fire's`` match ``fire``."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _lead(text: str) -> str:
    """The first sentence of substance (more than a few words), skipping URL lines."""
    for part in _SENTENCE_END.split(text[:1200]):
        if len(part.split()) >= 6 and "http" not in part:
            return part
    return ""


def _count_terms(text: str, counts: defaultdict[str, float], weight: float) -> None:
    for match in _WORD.finditer(text):
        word = fold(match.group())
        if len(word) > 1 and word not in STOP_WORDS and not word[0].isdigit():
            counts[word] += weight


def _count_names(text: str, counts: defaultdict[str, float], weight: float) -> None:
    for match in _NAME.finditer(text):
        parts = [fold(p) for p in re.split(r"[\s\-]+", match.group())]
        parts = [p for p in parts if p not in _NOT_NAMES and len(p) > 1]
        if not parts:
            continue
        start = match.start()
        before = text[max(0, start - 3) : start]
        sentence_start = start == 0 or bool(re.search(r"[.!?\n\"“]\s*$", before))
        if len(parts) == 1 and sentence_start:
            continue  # a capital that only opens a sentence says nothing
        for part in parts:
            counts["@" + part] += weight
        if len(parts) > 1:
            counts["@" + " ".join(parts)] += weight
    for match in _NUMBER.finditer(text):
        value = match.group().replace(",", "")
        if len(value) > 1 or value != "0":
            counts["#" + value] += weight


def parse_day(published: str | None) -> int | None:
    """The publication date as a day number, or ``None`` when absent or unreadable."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def extract(article: Article, title_weight: float = 2.0, lead_weight: float = 0.0) -> Features:
    """Term and name counts of ``article``: body once, title and lead again (weighted)."""
    terms: defaultdict[str, float] = defaultdict(float)
    names: defaultdict[str, float] = defaultdict(float)
    lead = _lead(article.text) if lead_weight else ""
    extra = [(article.title or "", title_weight), (lead, lead_weight)]
    for text, weight in [(article.text, 1.0), *extra]:
        if text and weight:
            _count_terms(text, terms, weight)
            _count_names(text, names, weight)
    day = parse_day(article.published)
    year = dt.date.fromordinal(day).year if day is not None else _latest_year(article.text)
    return Features(_sublinear(terms), _sublinear(names), day, year)


def _latest_year(text: str) -> int | None:
    """The year an undated report's opening names (dateline, URL, first line), if any.

    Only the first 300 characters: further in, years are history (``first
    elected in 2005``). Of those, the most named wins (the latest of ties), and
    a later year only when it is at most one past it (``a deal through 2017``
    is the future a report speaks of, not its date).
    """
    years = [int(m.group()) for m in _YEAR.finditer(text[:300])]
    if not years:
        return None
    common = max(set(years), key=lambda y: (years.count(y), y))
    return max(y for y in years if y <= common + 1)


def _sublinear(counts: defaultdict[str, float]) -> dict[str, float]:
    """``1 + log(tf)``: the tenth mention of a word is weaker evidence than the first."""
    return {k: 1.0 + math.log(v) if v >= 1 else v for k, v in counts.items()}
