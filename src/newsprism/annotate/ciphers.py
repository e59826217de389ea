"""Anonymous people known by a cipher: "The firearms officer, known only as W12,", "The
appellant … is identified in tribunal documents only as MK.", "The patient, referred to
only as Patient A, told …". The cipher is the person's name (as court reports use it).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

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
