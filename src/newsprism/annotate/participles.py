"""Subjects the parse hides behind an opening participle: "Replying, the leader of the
opposition, Aditi Bellamkonda, said …", "Sentencing, the Recorder, Judge X, told …". The
participle (tagged a proper noun when capitalised) is no speaker; the person set off
after it is. Likewise an opening place: "Outside court, the defendant's brother, Lorcan
Devlin, said …", where the parse made "Outside" or "court" the subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprism.annotate import speakers as sp


def opening_participle(token: Token) -> bool:
    """``Replying, …`` / ``Sentencing, …``: a participle opening the sentence before a
    comma, which the parse made the subject (tagged a proper noun when capitalised)."""
    doc = token.doc
    return token.tag_ == "VBG" or (
        token.i == token.sent.start
        and token.lower_.endswith("ing")
        and not token.ent_type_
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text == ","
    )


def participle_subject(token: Token) -> Token:
    """The subject behind an opening participle: the person's name set off by commas
    ("Replying, the leader of the opposition, Aditi Bellamkonda, said"), else the first
    apposition ("Sentencing, the Recorder, Judge X, told")."""
    doc = token.doc
    named = [
        c
        for c in token.children
        if c.dep_ in ("appos", "npadvmod") and c.ent_type_ == "PERSON" and _set_off(doc, c)
    ]
    appos = [c for c in token.children if c.dep_ == "appos"]
    return named[0] if named else appos[0] if appos else token


OPENING_PREPOSITIONS = frozenset({"outside", "inside", "after", "before", "following", "during"})


def opening_place(token: Token) -> bool:
    """``Outside court, …`` / ``After the hearing, …`` / ``Opening First Minister's
    Questions in Welsh, …``: the subject the parse chose is (or opens with) a preposition
    or a participle that starts the sentence and is set off by a comma."""
    first = token.sent[0]
    opening = first.lower_ in OPENING_PREPOSITIONS or first.tag_ == "VBG"
    if not opening or token.left_edge != first or token.ent_type_ == "PERSON":
        return False
    return any(t.text == "," for t in token.subtree)


def place_subject(token: Token) -> Token:
    """The subject behind an opening place: the first apposition set off after it ("the
    defendant's brother", whose own apposition names him) - or the person's name the parse
    hung beside it rather than under it - else the token itself."""
    doc = token.doc
    appos = [
        t
        for t in token.subtree
        if t.dep_ == "appos" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
    ]
    if not appos:
        return token
    named = [t for t in appos if t.ent_type_ == "PERSON"]  # "Mr Maclean's widow, Jodie,"
    if named and named[0] not in appos[0].subtree:  # "the leader …, X," hung beside it
        return named[0]
    return appos[0]


def _set_off(doc: Doc, token: Token) -> bool:
    """Whether the name over ``token`` follows a comma, titles aside (", Judge X")."""
    ent = sp.entity_at(doc, token)
    if ent is None:
        return False
    start = ent.start
    while start > 0 and doc[start - 1].lower_.rstrip(".") in sp.TITLES:
        start -= 1
    return start > 0 and doc[start - 1].text == ","
