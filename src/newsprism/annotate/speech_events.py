"""Whose words a paragraph of prose announces by naming the speech they come from.

"In a closing argument that lasted nearly four hours, Marisol Quintero-Blake walked jurors
through …" and "Below are extracts from the sentencing remarks of Mrs Justice Imelda
Okonjo-Hartley …" introduce the quote paragraphs after them: the argument's maker and the
remarks' owner are their speaker, even when the sentence names other people too.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsprism.annotate import speakers as sp

#: Nouns for a speech someone makes (lemmas).
SPEECH_EVENTS = set(
    "argument speech remark remarks statement evidence submission address testimony tribute "
    "eulogy sermon summing-up ruling judgment judgement lecture".split()
)


def event_owner(doc: Doc, sent: Sequence[Token]) -> Token | None:
    """The named person whose speech ``sent`` announces, or None: the subject of a clause
    opened by "In (a|her|his) <speech> …", or the owner of "the <speech> of X" / "X's
    <speech>" when the sentence's own subject is no person."""
    found: list[Token] = []
    for token in sent:
        if token.lemma_.lower() not in SPEECH_EVENTS and token.lower_ not in SPEECH_EVENTS:
            continue
        if token.pos_ != "NOUN":
            continue
        prep = token.head if token.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "in" and prep.head.pos_ in ("VERB", "AUX"):
            subjects = [c for c in prep.head.children if c.dep_ == "nsubj"]
            found += [s for s in subjects if _named(doc, s)]
            continue
        owners = [c for c in token.children if c.dep_ == "poss"]
        owners += [g for c in token.children if c.lower_ == "of" for g in c.children]
        found += [o for o in owners if o.dep_ in ("poss", "pobj") and _named(doc, o)]
    return found[0] if len({t.i for t in found}) == 1 else None


def _named(doc: Doc, token: Token) -> bool:
    name = sp.name_of(doc, token)
    return name is not None and any(t.ent_type_ == "PERSON" for t in name)
