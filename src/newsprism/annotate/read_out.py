"""Statements read out for someone else: whose words "the statement" quotes.

At an inquest or outside court a relative or a solicitor reads a statement for
the family, a client or a witness too unwell to attend: "His sister, Abena
Owusu, read a statement on behalf of the family." The words are the family's,
not the reader's. One someone *made* on behalf of others ("Kit Quayle said in a
statement on behalf of the family") stays theirs (``descriptions.document_author``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsprism.annotate import pronouns as pr
from newsprism.annotate import speakers as sp

_READ = {"read", "reads", "reading", "delivered"}


def author(
    doc: Doc, head: str, before: int, inside: Callable[[int], bool], window: int = 900
) -> Token | None:
    """The head word of whom the latest ``head`` ("statement") before ``before`` was read
    out on behalf of, or None when it was not read out for anyone."""
    if head not in pr.DOCUMENTS:
        return None
    for token in reversed(doc):
        if token.idx >= before:
            continue
        if before - token.idx > window:
            break
        if token.lower_ != head or inside(token.idx):
            continue
        verb = token.head
        if verb.lower_ not in _READ:
            return None
        for behalf in (t for t in verb.subtree if t.lower_ == "behalf"):
            of = [c for c in behalf.children if c.lower_ == "of"]
            found = [g for c in of for g in c.children if g.dep_ == "pobj"]
            if len(found) == 1:
                return found[0]
        return None
    return None


def phrase(word: Token) -> str:
    """An unnamed author's phrase: "the family", "the families of the victims", but not
    "the family outside court"."""
    end = word.i + 1
    of_phrase = [c for c in word.rights if c.lower_ == "of"]
    if of_phrase:
        end = of_phrase[0].right_edge.i + 1
    return word.doc[sp.phrase_of(word.doc, word).start : end].text
