"""The person a description of what they do points to: "the retired teacher" is Anand
Kulkarni when the text said he "taught English at the school for 37 years", "the founder"
whoever "founded" the firm. The description's head is the agent noun of a verb the text
made that person the subject of (teach → teacher, found → founder, run → runner).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsprism.annotate import speakers as sp
from newsprism.annotate.cues import subject_of


def agent_nouns(lemma: str) -> set[str]:
    """The nouns for whoever does ``lemma`` (write → writer, run → runner, found → founder)."""
    lemma = lemma.lower()
    found = {lemma + "er", lemma + "or"}  # teach → teacher, sail → sailor
    if lemma.endswith("e"):
        found |= {lemma + "r"}
    v = "aeiou"  # run → runner, swim → swimmer: one vowel before a final consonant
    if len(lemma) >= 3 and lemma[-1] not in v + "wy" and lemma[-2] in v and lemma[-3] not in v:
        found.add(lemma + lemma[-1] + "er")
    return found


def doers(doc: Doc, head: str, before: int, after: int = 0) -> list[Span]:
    """The names of the people the text made the subject of a verb whose agent noun is
    ``head``, between the offsets ``after`` and ``before``."""
    names: list[Span] = []
    for token in doc:
        if token.idx >= before:
            break
        if token.idx < after or token.pos_ != "VERB" or head not in agent_nouns(token.lemma_):
            continue
        subject = subject_of(token)
        name = sp.name_of(doc, subject) if subject is not None else None
        if name is not None and any(t.ent_type_ == "PERSON" for t in name):
            names.append(name)
    return names
