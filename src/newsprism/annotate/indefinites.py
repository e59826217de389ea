"""The unnamed person a definite description points back to, by the text's own phrase
(or as the one who spoke unnamed before).

"One minister who backed the reforms said …. “…,” the minister said", "The rebel boss
was barely off the bus when a heckler lobbed the missile. “…!” the heckler yelled",
"One MP backing Vass was scathing. “…,” the MP said": the definite description is the
someone the reporter introduced, just before, with "a", "an", "one" or "another" and the
same head noun, and never named. It is not the minister or the party leader named
further back, whatever role they hold. The phrase is read from the parse itself, so a
subject inside a subordinate clause ("when a heckler lobbed …") counts as well as a main
one.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsprism.annotate import person_words as pw
from newsprism.annotate.pronouns import Candidate

_INTRODUCING = {"a", "an", "one", "another"}


def indefinite_before(
    doc: Doc, head: str, before: int, inside: Callable[[int], bool]
) -> str | None:
    """The last subject "a/an/one/another … <head>" in ``doc`` in the paragraph before the
    offset ``before`` or the one before it (outside the quotes: ``inside`` says whether an
    offset is in one), when no named person is made a subject after it; None otherwise.
    Not an apposition or a predicate ("Delphine Achterberg, a pharmacist, said": she is
    named)."""
    text = doc.text
    para = text.rfind("\n", 0, before) + 1
    start = text.rfind("\n", 0, len(text[:para].rstrip())) + 1 if para > 1 else 0
    # The phrase runs from its determiner to the end of the head's subtree (a relative
    # clause included: "One minister who backed the reforms").
    found: Token | None = None
    for token in doc:
        if token.idx < start or token.idx >= before or inside(token.idx):
            continue
        if found is not None and _named_subject(token):
            found = None  # "A witness told the jury …. ¶ Kerry-Ann Doyle, 36, said …"
        if token.lower_ != head or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        det = [c for c in token.lefts if c.dep_ in ("det", "nummod") and c.lower_ in _INTRODUCING]
        if det and pw.human_description("a " + head):
            found = token
    if found is None:
        return None
    left = min(found.left_edge.i, *(c.i for c in found.lefts))
    right = found.right_edge.i + 1  # up to a comma: not ", speaking on condition of …"
    right = next((t.i for t in doc[found.i + 1 : right] if t.text == ","), right)
    while right - 1 > found.i and doc[right - 1].is_punct:
        right -= 1
    return doc[left:right].text


def _named_subject(token: Token) -> bool:
    """A named person made a subject (or the subject's apposition): someone the text now
    names, who a later "the witness" may be."""
    if token.ent_type_ != "PERSON" or token.dep_ not in ("nsubj", "nsubjpass", "appos"):
        return False
    return token.dep_ != "appos" or token.head.dep_ in ("nsubj", "nsubjpass")


def spoke_unnamed(cand: Candidate, before: int, candidates: list[Candidate]) -> bool:
    """An unnamed person who spoke ("the Prime Minister's official spokesman said") whom no
    named person made a subject or a speaker since ("… the education minister announced.
    ¶ Beatrix Hallström-Obi said …": "the minister" is her now), nor described by a
    possessive ("Her father", "his musicians": someone's, resolved by other rules)."""
    if not cand.person or (cand.description or "").split()[0].lower() in _POSSESSIVES:
        return False
    return not any(
        c.name and c.person and (c.main or c.speaker) and cand.at < c.at < before
        for c in candidates
    )


_POSSESSIVES = {"his", "her", "their", "its"}
