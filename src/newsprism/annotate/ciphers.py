"""Anonymous people known by a cipher: "The firearms officer, known only as W12,", "The
appellant … is identified in tribunal documents only as MK.", "The patient, referred to
only as Patient A, told …". The cipher is the person's name (as court reports use it).
So is the name a phrase gives someone it describes: "a young lifeguard named Ollie".
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsprism.annotate.person_words import human_description

_CIPHER = re.compile(r"(?:[A-Z]{1,3}\d{0,3}|[A-Z]\d{1,3}|[A-Z][a-z]+ [A-Z]\d{0,2})")
_KNOWN_AS = {"know", "identify", "refer", "name", "call", "designate"}


def cipher_of(token: Token) -> Span | None:
    """The cipher an anonymous person is known by: "The firearms officer, known only as
    W12,", "The appellant … is identified in tribunal documents only as MK.", "The patient,
    referred to only as Patient A, told …". The cipher is the person's name."""
    doc = token.doc
    verbs = [c for c in token.children if c.dep_ == "acl"]
    if token.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(token.head)
    for verb in verbs:
        if verb.lemma_ not in _KNOWN_AS and verb.lower_ not in ("known", "identified", "referred"):
            continue
        for prep in verb.children:
            if prep.lower_ != "as" or prep.dep_ != "prep":
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.pos_ != "PROPN":
                continue
            span = doc[obj.left_edge.i : obj.i + 1]
            if _CIPHER.fullmatch(span.text):
                return span
    return None


def called_name(token: Token) -> Span | None:
    """``a young lifeguard named Ollie``, ``a man called Dave``: the person's name the
    phrase gives the one it describes (a person: not "a puppy called Bonnie")."""
    doc = token.doc
    if not human_description(token.lower_):
        return None
    for acl in (c for c in token.children if c.dep_ == "acl" and c.lower_ in ("named", "called")):
        for c in (c for c in acl.children if c.dep_ in ("oprd", "dobj", "attr")):
            ent = next((e for e in doc.ents if e.start <= c.i < e.end), None)
            if ent is not None and ent.label_ == "PERSON":
                return ent
    return None
