"""Who "I" is in an interview transcript's answer.

A printed Q&A gives each turn a label - ``A:``, the speaker's initials (``IA:``) or name
(``SIONE LĀTŪ:``) - and no quote marks round the answer. Words quoted inside an answer
after "I said" ("A: … And I said, “Yes, Gunnar, but you didn't have to say that.”")
are the interviewee's, not the writer's: the "I" is the one the label names. ``A:`` (or
an answer under a question printed in bold, ``**…?**``) is the person the introduction
is about, the first named person made a sentence's subject before the first turn.
"""

from __future__ import annotations

import re

from newsprism.annotate import pronouns as pr
from newsprism.annotate.names import ascii_fold

# A turn's label at the start of a line: "A:", "IA:", "SIONE LĀTŪ:", "Adewale:".
LABEL = re.compile(
    r"(A|[A-Z]{2,3}|[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+)?|[A-Z][a-z]+):\s"
)


def transcript_voice(text: str, at: int, candidates: list[pr.Candidate]) -> str | None:
    """The named person whose labelled answer holds offset ``at``, else None."""
    line = text.rfind("\n", 0, at) + 1
    label = LABEL.match(text, line)
    above = text[:line].rstrip().rsplit("\n", 1)[-1].strip()
    bold = label is None and above.startswith("**") and above.endswith("**")
    if (label is None and not bold) or (label is not None and label.group(1) == "Q"):
        return None  # a bold question above: "**Is the father your father?**" ¶ the answer
    people = [c for c in candidates if c.name and c.person and c.at < at]
    word = label.group(1) if label is not None else "A"
    if word == "A":
        first_turn = re.search(r"^(?:Q:|A:|\*\*)", text, re.M)
        end = first_turn.start() if first_turn else line
        mains = [c for c in people if c.main and c.at < end]
        return min(mains, key=lambda c: c.at).name if mains else None
    if len(word) <= 3 and word.isupper():  # initials: "IA" for Ifeoma Ashworth
        found = {c.name for c in people if c.name and _initials(c.name) == word}
    else:  # "SIONE LĀTŪ", "Adewale": the name itself
        key = ascii_fold(word).lower().split()
        found = {
            c.name
            for c in people
            if c.name and all(k in ascii_fold(c.name).lower().split() for k in key)
        }
    found = {n for n in found if not any(m != n and n in m for m in found)}
    return next(iter(found)) if len(found) == 1 else None


def _initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    return (words[0][0] + words[-1][0]).upper() if len(words) >= 2 else ""
