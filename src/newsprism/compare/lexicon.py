"""Word normalisation and value parsing for claim comparison: stems, synonyms, numbers.

Why hand-written and small:

- **No lemmatizer in the parse.** The compare stage runs the tagger and parser
  only (the attribute ruler and lemmatizer cost about as much as the parser);
  claims are matched on crude stems, which only have to be *consistent*
  ("capsized", "capsizes", "capsize" -> ``capsiz``), not dictionary forms.
- **A few news synonyms, no thesaurus.** Outlets say "died" / "are dead",
  "capsized" / "overturned", "rescued" / "survived", "said" / "told". Mapping
  these few predicate families lets two reports of one event align; a general
  thesaurus would align events that are merely related, which is how false
  contradictions are born.
- **Numbers as values.** "Twelve", "12" and "twelve" are one value; "about",
  "around", "more than" mark it approximate so that rounding is never a
  conflict.
"""

from __future__ import annotations

import re

__all__ = [
    "APPROX_WORDS",
    "SPEECH",
    "concept",
    "parse_number",
    "stem",
]

_IRREGULAR = {
    "was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "being": "be", "am": "be",
    "has": "have", "had": "have", "having": "have", "said": "say", "says": "say", "told": "tell",
    "took": "take", "taken": "take", "went": "go", "gone": "go", "left": "leave", "held": "hold",
    "met": "meet", "saw": "see", "seen": "see", "rose": "rise", "fell": "fall", "began": "begin",
    "begun": "begin", "came": "come", "made": "make", "gave": "give", "given": "give",
    "found": "find", "thought": "think", "brought": "bring", "sent": "send", "struck": "strike",
    "built": "build", "ran": "run", "running": "run", "won": "win", "lost": "lose", "led": "lead",
    "spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write", "felt": "feel",
    "kept": "keep", "paid": "pay", "people": "people", "children": "child", "men": "man",
    "women": "woman", "news": "news", "crew": "crew", "sank": "sink", "sunk": "sink",
    "became": "become", "died": "die", "dies": "die", "dying": "die", "lied": "lie",
    "knew": "know", "known": "know", "got": "get", "put": "put",
    "hit": "hit", "cut": "cut", "set": "set", "bought": "buy", "sold": "sell", "stood": "stand",
    "thus": "thus", "this": "this", "his": "his", "its": "its", "us": "us", "as": "as",
}  # fmt: skip

# Families of predicates that news reports use interchangeably for one event.
_CONCEPTS = {
    "die": "die", "dead": "die", "death": "die", "kill": "die", "perish": "die",
    "capsiz": "capsize", "overturn": "capsize", "sink": "capsize",
    "rescu": "rescue", "survive": "rescue", "surviv": "rescue", "sav": "rescue",
    "say": "say", "tell": "say", "stat": "say", "add": "say", "announc": "say",
    "miss": "miss", "missing": "miss",
    "injur": "injure", "wound": "injure", "hurt": "injure",
    "arrest": "arrest", "detain": "arrest",
}  # fmt: skip

SPEECH = frozenset(
    "say tell stat add announc claim insist assert not remark stress emphasiz reiterat "
    "acknowledg comment speak told explain describ writ wrote".split()
)

APPROX_WORDS = frozenset(
    "about around roughly nearly almost approximately some over more than least up under "
    "less fewer estimated estimate circa ca. c. toward towards several dozens hundreds".split()
)

_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
_MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_SUFFIXES = (("ies", "i"), ("ied", "i"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def stem(word: str) -> str:
    """A consistent crude stem: lower case, irregular forms, then suffixes stripped.

    Only consistency matters (both reports' words go through it), so the
    stems are not words: ``capsized`` and ``capsize`` both give ``capsiz``.
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3:
        return w
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) + len(repl) >= 3:
            if suffix == "s" and w.endswith("ss"):
                break
            w = w[: -len(suffix)] + repl
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
        w = w[:-1]
    return w


def concept(word: str) -> str:
    """The predicate family of a word (``died`` and ``dead`` -> ``die``), else its stem."""
    s = stem(word)
    return _CONCEPTS.get(s, _CONCEPTS.get(word.lower(), s))


def parse_number(words: list[str]) -> float | None:
    """The value of a number written in one or more tokens, or None.

    ``["12"]`` -> 12, ``["4,000"]`` -> 4000, ``["Forty-seven"]`` -> 47,
    ``["two", "hundred"]`` -> 200, ``["3.5", "million"]`` -> 3.5e6.
    """
    total = 0.0
    current: float | None = None
    for raw in words:
        w = raw.lower().strip()
        if not w or w in {"and", "-"}:
            continue
        if _DIGITS.match(w):
            current = (current or 0.0) + float(w.replace(",", ""))
            continue
        if w in _MULTIPLIERS:
            current = (current if current is not None else 1.0) * _MULTIPLIERS[w]
            if _MULTIPLIERS[w] >= 1000:
                total += current
                current = None
            continue
        parts = w.split("-")
        if all(p in _NUMBER_WORDS for p in parts):
            current = (current or 0.0) + sum(_NUMBER_WORDS[p] for p in parts)
            continue
        return None
    if current is None and total == 0.0:
        return None
    return total + (current or 0.0)
