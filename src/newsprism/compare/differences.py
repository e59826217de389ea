"""Differences between reports of one claim: a day, a count, a place, a name, a negation.

Precision first (a false contradiction costs more than a missed one), so a
difference is reported only between two clauses that agree on everything but
the differing slot:

- **same predicate family** ("capsized" / "overturned"), because "the
  interview was conducted on Wednesday" and "he told state television on
  Sunday" date two different events, both true;
- **same explicit agent, or none on both sides**, because "47 people were
  pulled from the water" and "he pulled nine people from the water" count
  different things;
- **the slot attached to the predicate itself**: a date inside a noun phrase
  ("Sunday evening's disaster") dates the noun, not the clause;
- **values that cannot both be true**: "about 18:40" and "18:40" agree (a
  rounded value is compatible within a tolerance); a day and the week or
  month containing it agree; only two different days, two different exact
  counts, two places or two names conflict.

What is left over but still worth a look (two different days of a speech act:
people speak more than once) is kind ``detail`` with a low confidence, and its
description says it may well be compatible.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from newsprism.compare.align import Cluster, similarity
from newsprism.compare.claims import ClaimUnit
from newsprism.model import Difference, SourceSpan, Variant

__all__ = ["Conflict", "find_conflicts"]

_MIN_SIM = {"date": 0.6, "clock": 0.6, "number": 0.6, "negation": 0.75, "place": 0.75, "name": 0.75}
_BASE = {"date": 0.85, "clock": 0.7, "number": 0.8, "negation": 0.65, "place": 0.55, "name": 0.5}
_NUMBER_TOLERANCE = 0.15  # a rounded count within 15 % of an exact one agrees with it
_CLOCK_TOLERANCE = 20  # minutes, when either time is "about"
_PAIR_PROBES = 6
_TOLL_PARTS = frozenset({"miss", "injure"})  # counts a death toll may or may not include
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class _Value:
    key: object
    display: str
    approx: bool = False


@dataclass(slots=True)
class Conflict:
    """A difference found in one cluster, and the reports on its minority side."""

    difference: Difference
    minority: frozenset[str]


Extractor = Callable[[ClaimUnit], dict[str, _Value]]


def find_conflicts(
    cluster: Cluster,
    labels: Mapping[str, str],
    claim_id: str,
    by_article: Mapping[str, Sequence[ClaimUnit]],
) -> list[Conflict]:
    """Every difference between members of one cluster, most confident first.

    ``labels`` names each report (its outlet) in descriptions; ``by_article``
    holds every clause of each report, to explain a gap between two counts.
    """
    if len({m.article_id for m in cluster.members}) < 2:
        return []
    found: list[Conflict] = []
    for kind, extract in _EXTRACTORS.items():
        slots: dict[str, list[tuple[_Value, ClaimUnit]]] = {}
        for member in cluster.members:
            for slot, value in extract(member).items():
                slots.setdefault(slot, []).append((value, member))
        for slot, values in sorted(slots.items()):
            conflict = _conflict(kind, slot, values, labels, claim_id, by_article)
            if conflict is not None:
                found.append(conflict)
    return sorted(found, key=lambda c: -c.difference.confidence)


def _day_values(unit: ClaimUnit) -> dict[str, _Value]:
    days = {}
    for d in unit.dates:
        if d.on_pred and d.granularity in ("day", "time"):
            day = d.value[:10]
            days[day] = _Value(day, f"{_weekday(day)} {day} (\u201c{d.text}\u201d)")
    return {"day": next(iter(days.values()))} if len(days) == 1 else {}


def _clock_values(unit: ClaimUnit) -> dict[str, _Value]:
    clocks = {}
    for d in unit.dates:
        if not d.on_pred:
            continue
        if d.granularity == "clock":
            clocks[d.value] = _Value(_minutes(d.value), d.value, d.approx)
        elif d.granularity == "time" and len(d.value) >= 16:
            approx = any(w in d.text.lower() for w in ("about", "around", "approximately"))
            clocks[d.value[11:16]] = _Value(_minutes(d.value[11:16]), d.value[11:16], approx)
    return {"clock": next(iter(clocks.values()))} if len(clocks) == 1 else {}


def _number_values(unit: ClaimUnit) -> dict[str, _Value]:
    by_key: dict[str, list[_Value]] = {}
    for n in unit.numbers:
        display = n.text if n.text.replace(",", "").isdigit() else f"{n.text} ({n.value:g})"
        by_key.setdefault(n.key, []).append(_Value(n.value, display, n.approx))
    return {k: v[0] for k, v in by_key.items() if len({x.key for x in v}) == 1}


def _negation_values(unit: ClaimUnit) -> dict[str, _Value]:
    return {"negated": _Value(unit.negated, "not " + unit.pred if unit.negated else unit.pred)}


def _place_values(unit: ClaimUnit) -> dict[str, _Value]:
    ids = {p[0] for p in unit.places}
    return {"place": _Value(unit.places[0][0], unit.places[0][1])} if len(ids) == 1 else {}


def _name_values(unit: ClaimUnit) -> dict[str, _Value]:
    people = sorted(a for a in unit.agent if a.startswith("e:") and a[2:] in unit.persons)
    if unit.speech or len(people) != 1:
        return {}
    return {"agent": _Value(people[0], people[0][2:])}


_EXTRACTORS: dict[str, Extractor] = {
    "date": _day_values,
    "clock": _clock_values,
    "number": _number_values,
    "negation": _negation_values,
    "place": _place_values,
    "name": _name_values,
}


def _compatible(kind: str, a: _Value, b: _Value) -> bool:
    if a.key == b.key:
        return True
    if kind == "number" and isinstance(a.key, float) and isinstance(b.key, float):
        if a.approx or b.approx:
            return abs(a.key - b.key) <= _NUMBER_TOLERANCE * max(a.key, b.key)
        return False
    if kind == "clock" and isinstance(a.key, int) and isinstance(b.key, int):
        return (a.approx or b.approx) and abs(a.key - b.key) <= _CLOCK_TOLERANCE
    return False


def _groups(
    kind: str, values: list[tuple[_Value, ClaimUnit]]
) -> list[list[tuple[_Value, ClaimUnit]]]:
    """Members grouped by compatible values, in order of first appearance."""
    groups: list[list[tuple[_Value, ClaimUnit]]] = []
    for value, member in values:
        for group in groups:
            if _compatible(kind, group[0][0], value):
                group.append((value, member))
                break
        else:
            groups.append([(value, member)])
    return groups


def _conflict(
    kind: str,
    slot: str,
    values: list[tuple[_Value, ClaimUnit]],
    labels: Mapping[str, str],
    claim_id: str,
    by_article: Mapping[str, Sequence[ClaimUnit]],
) -> Conflict | None:
    groups = _groups(kind, values)
    if len(groups) < 2:
        return None
    groups.sort(key=lambda g: -len({m.article_id for _, m in g}))
    major = groups[0]
    major_ids = {m.article_id for _, m in major}
    best: tuple[float, ClaimUnit, ClaimUnit, list[tuple[_Value, ClaimUnit]]] | None = None
    for other in groups[1:]:
        pair = _best_pair(major, other)
        if pair is not None and (best is None or pair[0] > best[0]):
            best = (*pair, other)
    if best is None:
        return None
    score, a, b, other = best
    speech = a.speech or b.speech
    if score < _MIN_SIM[kind]:
        return None
    if kind == "negation" and speech:
        return None
    minority = frozenset(m.article_id for _, m in other) - major_ids
    if not minority:
        return None
    confidence = _BASE[kind] * (0.6 + 0.4 * min(score, 1.0))
    out_kind = "date" if kind == "clock" else kind
    note = ""
    if speech and kind in ("date", "clock"):
        out_kind, confidence = "detail", min(confidence, 0.3)
        note = (
            " These date a statement, and people speak more than once: "
            "probably compatible detail, not a contradiction."
        )
    if any(d.inferred for _, m in (major[0], other[0]) for d in m.dates):
        confidence *= 0.7
        note += " One report has no publication time, so its relative date is an estimate."
    if kind == "number":
        note += _number_note(major, other, by_article)
    variants = tuple(_variant(g) for g in (major, other))
    description = _describe(out_kind, slot, (major[0][0], a), (other[0][0], b), labels) + note
    digest = hashlib.sha256(f"{claim_id}|{kind}|{slot}".encode()).hexdigest()[:16]
    difference = Difference(
        id="d" + digest,
        kind=out_kind,
        description=description,
        variants=variants,
        confidence=round(confidence, 3),
    )
    return Conflict(difference, minority)


def _best_pair(
    major: list[tuple[_Value, ClaimUnit]], other: list[tuple[_Value, ClaimUnit]]
) -> tuple[float, ClaimUnit, ClaimUnit] | None:
    best: tuple[float, ClaimUnit, ClaimUnit] | None = None
    for _, a in major[:_PAIR_PROBES]:
        for _, b in other[:_PAIR_PROBES]:
            if a.article_id == b.article_id or a.pred != b.pred or not _same_agent(a, b):
                continue
            score = similarity(a, b, values=False)
            if best is None or (score, len(a.text)) > (best[0], len(best[1].text)):
                best = (score, a, b)
    return best


def _same_agent(a: ClaimUnit, b: ClaimUnit) -> bool:
    return (not a.agent and not b.agent) or bool(a.agent & b.agent)


def _variant(group: list[tuple[_Value, ClaimUnit]]) -> Variant:
    ids = tuple(dict.fromkeys(m.article_id for _, m in group))
    spans = tuple(SourceSpan(m.article_id, m.start, m.end) for _, m in group)
    return Variant(text=group[0][0].display, article_ids=ids, spans=spans)


def _describe(
    kind: str,
    slot: str,
    major: tuple[_Value, ClaimUnit],
    other: tuple[_Value, ClaimUnit],
    labels: Mapping[str, str],
) -> str:
    """What differs, each side's value with the clause that states it, by whom."""
    what = {
        "date": "the day",
        "detail": "the day",
        "number": f"a count ({slot})",
        "negation": "whether it happened",
        "place": "the place",
        "name": "who did it",
    }[kind]
    if slot == "clock":
        what = "the time of day"

    def side(value: _Value, unit: ClaimUnit) -> str:
        label = labels.get(unit.article_id, unit.article_id)
        return f"{value.display} in {label} (\u201c{unit.text}\u201d)"

    return f"Reports differ on {what}: {side(*other)}, against {side(*major)}."


def _number_note(
    major: list[tuple[_Value, ClaimUnit]],
    other: list[tuple[_Value, ClaimUnit]],
    by_article: Mapping[str, Sequence[ClaimUnit]],
) -> str:
    """Say so when the gap between two counts is itself a count the reports give (12 + 2 = 14)."""
    low_v, high_v = major[0][0].key, other[0][0].key
    if not isinstance(low_v, float) or not isinstance(high_v, float):
        return ""
    low, high = sorted((low_v, high_v))
    gap = high - low
    for _, member in (*major, *other):
        for sibling in by_article.get(member.article_id, ()):
            if sibling is member or not (sibling.pred in _TOLL_PARTS or "miss" in sibling.words):
                continue
            if any(n.value == gap for n in sibling.numbers):
                return (
                    f" Note: {high:g} = {low:g} + {gap:g}, and {sibling.text!r} appears in"
                    " the same report: the higher count may include those."
                )
    return ""


def _weekday(day: str) -> str:
    try:
        from datetime import date

        return _WEEKDAYS[date.fromisoformat(day).weekday()]
    except ValueError:
        return ""


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)
