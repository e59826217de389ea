"""Subjects the parse hides behind an opening participle: "Replying, the leader of the
opposition, Aditi Bellamkonda, said …", "Sentencing, the Recorder, Judge X, told …". The
participle (tagged a proper noun when capitalised) is no speaker; the person set off
after it is.
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


def _set_off(doc: Doc, token: Token) -> bool:
    """Whether the name over ``token`` follows a comma, titles aside (", Judge X")."""
    ent = sp.entity_at(doc, token)
    if ent is None:
        return False
    start = ent.start
    while start > 0 and doc[start - 1].lower_.rstrip(".") in sp.TITLES:
        start -= 1
    return start > 0 and doc[start - 1].text == ","
