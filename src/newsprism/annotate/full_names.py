"""Whether a span's words make a person's full name, whatever label the tagger gave it.

``person_repair`` relabels a span as a person when its shape says so: two or three
capitalised words whose first is a first name and whose last ends no place's or
institution's name ("Cosmo Lourenço", not "Victoria Station"), or one or two initials
and a name ("R. Manickavasagam"). A first name is one of the first-name table's (its
gender clear), or a common name that either gender has ("Maxime", "Sasha": the second
table of ``person_words``) when it is longer than three letters and does not follow a
preposition of place ("a widow from Ashby Fields" is a place; "in Yuki Tanabe-Morrison's
new show" is hers, a possessive).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from newsprism.annotate.person_words import (
    NON_PERSON_HEADS,
    TITLES,
    ambiguous_first_names,
    gender_of_words,
)

__all__ = ["PLACE_HEADS", "PLACE_PREPS", "full_name"]

_INITIAL = re.compile(r"^[A-Z]\.$")
PLACE_PREPS = set("in from into across throughout within".split())

# Last words of places, buildings, events and awards named after a person.
PLACE_HEADS = set(
    "station street st road avenue lane square park bridge airport cathedral church chapel "
    "hall centre center stadium arena ground hotel island isle lake river valley county city "
    "town village port bay beach castle palace tower prize award awards cup trophy open "
    "games festival act bill fund fellowship lecture memorial garden gardens estate house "
    "building hospital clinic school college academy institute gallery theatre theater "
    "line way drive court place crescent close terrace row wharf dock pier harbour harbor "
    "mountain mount hill falls forest reserve camp base day week oval coast shield letters "
    "general crossing".split()
)

# Capitalised words that begin names of places and institutions and are also someone's first
# name in the table ("Real Madrid", "West Ham", "Al Jazeera", "Golden State").
_NAME_WORDS_IN_PLACES = set(
    "new old grand great royal general saint san santa los las el al de del la le van von st "
    "north south east west central upper lower golden silver black white green red blue "
    "young big little deep long high mount fort port lake river bay cape premier real crystal "
    "city union national united inter sporting dynamo glen sun star sky ocean forest".split()
)


def full_name(ent: Span, names: dict[str, str], lone_places: set[str]) -> bool:
    """Whether ``ent`` is shaped as a person's full name (``names``: the first-name table;
    ``lone_places``: words the text uses alone as places)."""
    words = [t for t in ent if t.text != "-"]
    initials = 0
    while initials < min(2, len(words) - 1) and _INITIAL.match(words[initials].text):
        initials += 1  # "R. Manickavasagam", "S. Lakshmi Narayanan", "K. Saraswathi"
    if initials:
        rest = words[initials:]
        return (
            1 <= len(rest) <= 3
            and all(t.is_alpha and t.is_title for t in rest)
            and rest[-1].lower_ not in NON_PERSON_HEADS
            and rest[-1].lower_ not in PLACE_HEADS
        )
    spaced = len(ent.text.split())  # "Anne-Sophie Mercier-Dubois" is two words
    if not 2 <= spaced <= 3 or not all(t.is_alpha and t.is_title for t in words):
        return False
    first, last = words[0].lower_, words[-1].lower_
    if first not in names and ent.text.split()[0].lower() in names:
        first = ent.text.split()[0].lower()  # "Jean-Baptiste": the table has it whole
    if first not in names and not _either_gender(ent, first):
        return False
    if first in _NAME_WORDS_IN_PLACES or first in lone_places:
        return False
    if first in TITLES or gender_of_words([first]):
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the":
        return False  # "the Sunshine Coast", "the Adelaide Oval"
    return last not in NON_PERSON_HEADS and last not in PLACE_HEADS


def _either_gender(ent: Span, first: str) -> bool:
    """A common first name either gender has ("Maxime Delorme"), not after a preposition
    of place ("from Ashby Fields") unless the name is a possessive ("in Yuki's show")."""
    if len(first) < 4 or first not in ambiguous_first_names():
        return False
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ not in PLACE_PREPS:
        return True
    return ent[-1].tag_ == "POS" or (ent.end < len(doc) and doc[ent.end].tag_ == "POS")
