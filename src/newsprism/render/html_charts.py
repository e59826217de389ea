"""Pictures of the HTML report, drawn as inline SVG from the records: timeline, word diffs.

Kept apart from the template because drawing is arithmetic, not layout. Every
piece of article text that goes into a picture passes through
:func:`markupsafe.escape` here, and the result is handed to the template as
:class:`~markupsafe.Markup`, so the template's autoescaping never doubles it
and nothing from a report can become markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from markupsafe import Markup, escape

from newsprism.compare.timeline import date_key
from newsprism.model import TimelineEvent

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
_DIFF = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.DOTALL)
_GAP_DAYS = 31  # a longer jump between two columns is drawn as a break in the axis

_COLUMN = 96
_MARGIN = 28
_ROW = 30
_AXIS_PAD = 46


def date_label(value: str, granularity: str) -> str:
    """A date as a reporter writes it: "Sun 14 Jun 2026, 18:40", "Mar 2026", "1987"."""
    when = date_key(value)
    if when == datetime.max:
        return value
    if granularity == "year":
        return str(when.year)
    if granularity == "month":
        return f"{MONTHS[when.month - 1]} {when.year}"
    if granularity == "week":
        return f"week of {when.day} {MONTHS[when.month - 1]} {when.year}"
    day = f"{_DAYS[when.weekday()]} {when.day} {MONTHS[when.month - 1]} {when.year}"
    if granularity == "time" and "T" in value:
        return f"{day}, {when.hour:02d}:{when.minute:02d}" + (" UTC" if value.endswith("Z") else "")
    return day


def _column_key(event: TimelineEvent) -> str:
    return event.date[:10] if event.granularity in ("day", "time") else event.date


def _column_label(event: TimelineEvent) -> tuple[str, str]:
    """Two short lines under the axis: ("14 Jun", "2026") or ("Mar", "2026") or ("1987", "")."""
    when = date_key(event.date)
    if when == datetime.max:
        return (event.date[:10], "")
    if event.granularity == "year":
        return (str(when.year), "")
    if event.granularity == "month":
        return (MONTHS[when.month - 1], str(when.year))
    return (f"{_DAYS[when.weekday()]} {when.day} {MONTHS[when.month - 1]}", str(when.year))


@dataclass(frozen=True, slots=True)
class _Dot:
    number: int
    x: float
    y: float
    r: float
    reports: int
    title: str


def timeline_svg(events: Sequence[TimelineEvent], report_counts: Sequence[int]) -> Markup:
    """Events as numbered dots over a date axis: one column per date, dot size = reports.

    Columns are evenly spaced (background years and the days of the story
    would otherwise crush each other); a jump of more than a month is drawn
    as a break in the axis. Numbers match the list under the picture.
    """
    if not events:
        return Markup("")
    columns: list[str] = []
    first_event: dict[str, TimelineEvent] = {}
    for event in events:
        key = _column_key(event)
        if key not in first_event:
            first_event[key] = event
            columns.append(key)
    stacks: dict[str, int] = {}
    dots: list[_Dot] = []
    for number, (event, count) in enumerate(zip(events, report_counts, strict=True), start=1):
        key = _column_key(event)
        level = stacks.get(key, 0)
        stacks[key] = level + 1
        r = min(14.0, 7.0 + 1.2 * count)
        title = f"{number}. {date_label(event.date, event.granularity)} — {event.text} ({count})"
        dots.append(_Dot(number, columns.index(key), level, r, count, title))
    tallest = max(stacks.values())
    width = _MARGIN * 2 + _COLUMN * len(columns)
    axis_y = _MARGIN + tallest * _ROW + 4
    height = axis_y + _AXIS_PAD
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline-svg" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">',
        f"<title>Timeline: {len(events)} dated events</title>",
        f'<line class="axis" x1="{_MARGIN / 2}" y1="{axis_y}" x2="{width - _MARGIN / 2}" '
        f'y2="{axis_y}"/>',
    ]
    previous: datetime | None = None
    for i, key in enumerate(columns):
        cx = _MARGIN + _COLUMN * i + _COLUMN / 2
        when = date_key(first_event[key].date)
        if previous is not None and (when - previous).days > _GAP_DAYS:
            bx = cx - _COLUMN / 2
            parts.append(
                f'<path class="break" d="M{bx - 5} {axis_y + 7} L{bx - 1} {axis_y - 7} '
                f'M{bx + 1} {axis_y + 7} L{bx + 5} {axis_y - 7}"/>'
            )
        previous = when
        top, bottom = _column_label(first_event[key])
        parts.append(
            f'<line class="tick" x1="{cx}" y1="{axis_y - 4}" x2="{cx}" y2="{axis_y + 4}"/>'
        )
        parts.append(
            f'<text class="date" x="{cx}" y="{axis_y + 19}" text-anchor="middle">'
            f"{escape(top)}</text>"
        )
        if bottom:
            parts.append(
                f'<text class="year" x="{cx}" y="{axis_y + 33}" text-anchor="middle">'
                f"{escape(bottom)}</text>"
            )
    for dot in dots:
        cx = _MARGIN + _COLUMN * dot.x + _COLUMN / 2
        cy = axis_y - _ROW / 2 - 6 - dot.y * _ROW
        strong = " many" if dot.reports >= 3 else ""
        parts.append(
            f'<g class="event{strong}"><title>{escape(dot.title)}</title>'
            f'<circle cx="{cx}" cy="{cy:.1f}" r="{dot.r:.1f}"/>'
            f'<text x="{cx}" y="{cy + 4:.1f}" text-anchor="middle">{dot.number}</text></g>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def diff_markup(diff: str) -> Markup:
    """A ``[-removed-]``/``{+added+}`` word diff as escaped text with ``<del>``/``<ins>``."""
    out: list[str] = []
    last = 0
    for m in _DIFF.finditer(diff):
        out.append(str(escape(diff[last : m.start()])))
        if m.group(1) is not None:
            out.append(f"<del>{escape(m.group(1))}</del>")
        else:
            out.append(f"<ins>{escape(m.group(2))}</ins>")
        last = m.end()
    out.append(str(escape(diff[last:])))
    return Markup("".join(out))
