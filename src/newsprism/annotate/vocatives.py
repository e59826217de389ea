"""Vocatives: a quote that calls someone by name or title ("Senator, …", "…, your
honour.", "Ms Holmqvist, you are asking …") speaks to them. In an exchange that
tells the sides apart: a quote addressing the last speaker answers them, and the one
addressed answers next.
"""

from __future__ import annotations

import re
from typing import Protocol

_TITLE_WORDS = {"sen": "senator", "min": "minister", "cllr": "councillor"}
# A quote that addresses someone ("Senator, …", "…, your honour.") answers them: in an
# exchange it is not the previous speaker going on.
_VOCATIVE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Madam|Madame|Mister|Sir|Dr)\.? ?[A-Z]\w*|Senator|Minister|Chair|"
    r"Chairman|Chairwoman|Judge|Sir|Madam|Your (?:Honou?r|Worship|Lordship|Ladyship)|"
    r"My Lord|My Lady)\b,|,\s*(?:your (?:honou?r|worship|lordship|ladyship)|my lord|my lady|"
    r"sir|madam|senator|minister|Mr\.? [A-Z]\w*|Ms\.? [A-Z]\w*|Mrs\.? [A-Z]\w*|[A-Z][a-z]+)[.?!]*$",
)
_NAME = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor)\.? )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
# "Ms Holmqvist, you …", "Zofia, congratulations." at the start of a quote or of one of
# its sentences; "…, Mrs Haverstock." at its end.
_NAME_FIRST = re.compile(rf"(?:^|[.?!] ){_NAME},\s")
_NAME_LAST = re.compile(rf",\s*{_NAME}[.?!,]*$")
# "…, Mr Ferreby. What would definitive have looked like?": a titled name closing a sentence
_TITLED_MID = re.compile(r",\s*(?:Mr|Mrs|Ms|Miss|Dr|Professor)\.? ([A-Z][\w'’-]+)[.?!]+\s")


class _Said(Protocol):
    name: str | None
    description: str | None


def addresses(text: str, prev_att: _Said) -> bool:
    """Whether a quote addresses the previous speaker ("Senator, …" after Sen. X spoke,
    "…, your honour." after the judge): then it is somebody answering them."""
    found = _VOCATIVE.search(text)
    if found is None:
        return False
    said = {
        w.strip(".,").lower() for w in f"{prev_att.name or ''} {prev_att.description or ''}".split()
    }
    said |= {_TITLE_WORDS[w] for w in said if w in _TITLE_WORDS}
    words = {w.strip(".,").lower() for w in found.group(0).split()}
    judge = bool(said & {"judge", "justice", "recorder", "magistrate", "coroner"})
    if words & {"honour", "honor", "lordship", "ladyship", "worship", "lord", "lady"}:
        return judge
    return bool((words - {"mr", "mrs", "ms", "madam", "dr", "sir", "your", "my"}) & said)


def addressed_names(text: str) -> list[list[str]]:
    """The names a quote calls someone by, each as its words ("Ms Holmqvist, you are
    asking …" → [["Holmqvist"]]); whether a name is a person's is for the caller."""
    found = [m.group(1) for m in _NAME_FIRST.finditer(text.strip())]
    last = _NAME_LAST.search(text.strip().rstrip("”\"'’"))
    if last is not None:
        found.append(last.group(1))
    found += [m.group(1) for m in _TITLED_MID.finditer(text.strip())]
    return [name.split() for name in found]


# Offices a questioner calls someone by instead of their name ("Commissioner, you …",
# "It's a simple number, minister. How many?").
_OFFICES = (
    "minister|commissioner|senator|mayor|governor|president|secretary|chancellor|councillor|"
    "inspector|constable|sergeant|officer|doctor|professor|coach|director|ambassador|judge|"
    "chair|chairman|chairwoman|premier|captain"
)
_TITLE_FIRST = re.compile(rf"^({_OFFICES}),\s", re.IGNORECASE)
_TITLE_INSIDE = re.compile(
    rf",\s*(?:(?:home|foreign|prime|first|health) )?({_OFFICES})[,.?!]", re.IGNORECASE
)


def addressed_office(text: str) -> str | None:
    """The office a quote calls its listener by ("Commissioner, you received …" →
    "commissioner"; "…, minister. How many?" → "minister"), lower case; else None."""
    text = text.strip().lstrip("“\"'‘«`")
    first = _TITLE_FIRST.match(text)
    if first is not None:
        return first.group(1).lower()
    inside = _TITLE_INSIDE.search(text)
    return inside.group(1).lower() if inside is not None else None
