"""The person a profile opens on, whom a role description then stands in for.

Feature writers name their subject once and then vary: "Ottilie Brandvold is already
seated when I arrive …. “I hope you don’t mind,” says the chief executive of Brandvold
Line." The role phrase ("the chief executive of …", "the founder of Plinth") would
introduce someone new in a news report ("said the head of the union"), so it names the
profile's subject only when the text settles it: one named person in the quote's
paragraph and the one before it, made a sentence's subject there, and not yet heard
speaking (someone who has spoken is already attributed by name; a new role then is
likely someone else).
"""

from __future__ import annotations

from newsprism.annotate import pronouns as pr


def profile_subject(text: str, candidates: list[pr.Candidate], before: int) -> str | None:
    """The named person the paragraph at ``before`` (and the one before it) is about, when
    that person is its only named person, a main subject there, and has not spoken."""
    para = text.rfind("\n", 0, before) + 1
    start = text.rfind("\n", 0, max(0, len(text[:para].rstrip("\n")))) + 1
    named = [  # not a transcript's label ("DK:") the tagger took for a name
        c
        for c in candidates
        if c.name and c.person and not c.name.isupper() and start <= c.at < before
    ]
    keys = {pr.surname_key(c) for c in named}
    if len(keys) != 1 or not any(c.main for c in named):
        return None
    key = next(iter(keys))
    if any(c.speaker and c.name and pr.surname_key(c) == key for c in candidates if c.at < before):
        return None
    return max((c.name for c in named if c.name), key=lambda n: len(n.split()))
