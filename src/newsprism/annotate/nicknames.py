"""Names the text says a person goes by: "Marguerite Oyelaran, known to nearly everyone
as “Daisy”," and "Margaret Doherty, Maggie to everyone in the building,". A speaker
named by the nickname later ("Daisy shrugs at the fuss.") is that person."""

from __future__ import annotations

import functools
import re

from newsprism.annotate.person_words import TITLES

_NICKNAME = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+), (?:known (?:to [^,.]{1,40} )?as "
    r"[“\"']?(?P<known>[A-Z][a-z]+)[”\"']?|(?P<to>[A-Z][a-z]+) to (?:everyone|everybody|all|"
    r"(?:his |her |their )?(?:friends|family|colleagues|regulars)))\b"
)


@functools.lru_cache(maxsize=32)  # asked once per name to expand, for one text at a time
def nicknames(text: str) -> dict[str, str]:
    """Nickname → the full name it stands for, the first the text gives for each."""
    found: dict[str, str] = {}
    for match in _NICKNAME.finditer(text):
        nick = str(match.group("known") or match.group("to"))
        words = str(match.group("name")).split()
        while len(words) > 2 and words[0].lower() in TITLES:
            words = words[1:]  # "Sir Tobias Wren" is Tobias Wren
        found.setdefault(nick, " ".join(words))
    return found
