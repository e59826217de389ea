"""Surnames that open with a particle or a Gaelic word, which the small tagger cuts off
or types apart: "Ana María" + "de la Cruz Ibarra", "Annelies" + "van der Wal", "Ruairí
Mac" + "an tSaoir", "Gwilym ap Dafydd"; and the whole surname met alone later ("Van der
Merwe-Lund", "Ó Súilleabháin"), which is that person.

Split from ``person_repair``, which calls these while it mends names.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

# The labels the small tagger gives names it mistypes: a person's name may hide in any.
RELABEL = frozenset("ORG GPE FAC LOC NORP PRODUCT WORK_OF_ART EVENT".split())

_PARTICLES = set(
    "de la del della di da das dos do du le van von der den ter bin ibn al el ap ab".split()
)
# Gaelic surnames open with a capitalised word of their own: "Bernadette Ó Súilleabháin",
# "Saoirse Nic Giolla Bhríde".
_PREFIXES = {"ó", "ní", "nic", "mac", "mag", "uí", "ua"}
# Irish "an"/"na" join a surname only before the mutated word after them: "Mac an
# tSaoir", "Ó na gCeann" ("John an Oscar" is no name).
_ARTICLES = {"an", "na"}
_MUTATED = re.compile(r"^(?:t|n|h|bh|mb|gc|nd|bhf|ng|dt)[A-ZÁÉÍÓÚ]\w+$")


def particle_at(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is a surname's particle ("van", "de", or "an" before a
    mutated word)."""
    if doc[i].lower_ in _PARTICLES:
        return True
    return doc[i].lower_ in _ARTICLES and i + 1 < len(doc) and bool(_MUTATED.match(doc[i + 1].text))


def with_particle_surname(
    ent: Span, taken: set[int], ents: list[Span], names: dict[str, str]
) -> Span | None:
    """A person's name the tagger ended before a surname that opens with a particle: "Ana
    María" + "de la Cruz Ibarra", "Pieter" + "van der Berg", "Cornelia" + "van der" +
    "Merwe-Lund" (the surname tagged as an organisation of its own), "Ruairí Mac" (tagged
    an organisation) + "an tSaoir"."""
    named = ent.label_ in RELABEL and len(ent) >= 2 and ent[0].lower_ in names
    if ent.label_ != "PERSON" and not named:
        return None
    doc = ent.doc
    end = ent.end
    while end < len(doc) and particle_at(doc, end) and end not in taken:
        end += 1
    if end == ent.end:
        return None
    after = [e for e in ents if e.start == end and e.label_ in RELABEL and len(e) <= 4]
    free = set(range(after[0].start, after[0].end)) if after else set()
    words = end
    while words < len(doc) and (words not in taken or words in free):
        token = doc[words]
        if (token.is_title and token.is_alpha) or _MUTATED.match(token.text):
            words += 1
        elif token.text == "-" and words > end and words + 1 < len(doc) and doc[words + 1].is_title:
            words += 1  # "Merwe-Lund"
        else:
            break
    if words == end or (free and words < max(free) + 1):
        return None  # "Ana María de" + nothing capitalised: not a surname
    return Span(doc, ent.start, words, label="PERSON")


def with_particle_given(ent: Span, taken: set[int], names: dict[str, str]) -> Span | None:
    """The given name the tagger left before a surname's particle: "Félix" + "de la" +
    "Cruz Obiang" (tagged from "Cruz"), "Annelies" + "van der Wal" (tagged from "van"),
    "Marloes" + "van den" + "Broek" (the surname tagged a place)."""
    if ent.label_ != "PERSON" and ent.label_ not in RELABEL:
        return None
    doc = ent.doc
    start = ent.start
    while start > 0 and doc[start - 1].lower_ in _PARTICLES and doc[start - 1].is_lower:
        start -= 1
    first = start - 1
    particle = start < ent.start or (ent[0].is_lower and ent[0].lower_ in _PARTICLES)
    if not particle or first < 0 or any(i in taken for i in range(first, ent.start)):
        return None
    if not (doc[first].is_title and doc[first].lower_ in names):
        return None
    return Span(doc, first, ent.end, label="PERSON")


def particle_surnames(ents: list[Span]) -> dict[tuple[str, ...], int]:
    """Surnames opening with a particle, as lower-cased words, and where first seen: "van
    der Merwe-Lund" of "Cornelia van der Merwe-Lund"."""
    found: dict[tuple[str, ...], int] = {}
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) >= 3 and ent[1].lower_ in _PARTICLES | _PREFIXES:
            found.setdefault(tuple(t.lower_ for t in ent[1:]), ent.start_char)
    return found
