"""Named-entity mentions of one parsed article, tidied, with the roles the parse gives them.

Why tidy here: the small English NER model is right about *where* a name is
far more often than about its exact edges. It leaves a possessive on
(``Vance’s``), takes a leading article (``the Oval Office``) or a title
(``President Putin``), and joins two names with a hyphen (``Trump-Putin``).
Each fix is one cheap general rule over the tokens, and the span is moved so
that it still points at exactly the name in ``Article.text``.

Roles come from the dependency parse, the way news copy writes them: compound
and nominal modifiers before the name (``Kremlin spokesman Dmitry Peskov``,
``Secretary of State Marco Rubio``) and appositions after it (``Kirill
Dmitriev, the chief of Russia’s sovereign wealth fund and a lead negotiator``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsprism.annotate.names import TITLE_WORDS, is_role_noun, strip_possessive
from newsprism.model import Article

__all__ = ["ENTITY_LABELS", "RawMention", "collect_mentions"]

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_DETERMINERS = frozenset({"the", "a", "an"})
_ROLE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_ROLE_CUT_DEPS = frozenset({"conj", "cc", "punct", "relcl", "acl", "appos", "advcl"})
_LOCATIVE = frozenset({"in", "at", "from", "near", "into", "inside", "outside", "across"})
_MAX_ROLE_TOKENS = 12
_NAME_PART = re.compile(r"[A-Z][\w.’']+(?: [A-Z][\w.’']+)*")


@dataclass(frozen=True, slots=True)
class RawMention:
    """One tidied NER mention before mentions are grouped into entities.

    ``parts`` holds the sub-spans of a hyphenated pair of names
    (``Trump-Putin``); the entity builder uses them when every part is a
    name known elsewhere in the story, else it keeps the whole mention.
    ``locative`` is true when a place preposition stands before the name.
    """

    article_id: str
    outlet: str
    order: int
    start: int
    end: int
    text: str
    label: str
    roles: tuple[str, ...] = ()
    parts: tuple[tuple[int, int, str], ...] = ()
    locative: bool = False
    dropped_title: str = ""


def outlet_key(article: Article) -> str:
    """The outlet an article counts for; a report without one counts as its own outlet."""
    return (article.outlet or "").casefold() or f"article:{article.id}"


def collect_mentions(doc: Doc, article_id: str, outlet: str, order: int) -> list[RawMention]:
    """Every PERSON/ORG/GPE/LOC/NORP/FAC mention of one article, tidied.

    A PERSON that is only title words (``President``) is dropped: the NER
    model took a role for a name. ``anti-``/``pro-`` compounds are dropped:
    they describe a stance, not a mention.
    """
    found: list[RawMention] = []
    has_parse = doc.has_annotation("DEP")
    text = doc.text  # rebuilt from the tokens on every access: read it once
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS or "\n" in ent.text:
            continue
        mention = _tidy(ent, text, article_id, outlet, order, has_parse)
        if mention is not None:
            found.append(mention)
    return found


def _tidy(
    ent: Span, doc_text: str, article_id: str, outlet: str, order: int, has_parse: bool
) -> RawMention | None:
    tokens = list(ent)
    while tokens and tokens[0].lower_ in _DETERMINERS:
        tokens.pop(0)
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].text in ("’s", "'s", "’", "'")):
        tokens.pop()
    titles: list[Token] = []
    if ent.label_ == "PERSON":
        while tokens and tokens[0].lower_.rstrip(".") in TITLE_WORDS:
            titles.append(tokens.pop(0))
    if not tokens or all(t.lower_.rstrip(".") in TITLE_WORDS for t in tokens):
        return None  # a title the NER model took for a name (President, State)
    doc = ent.doc
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    text = strip_possessive(doc_text[start:end])
    end = start + len(text)
    if re.match(r"^(?:anti|pro|non|ex)-", text, re.IGNORECASE):
        return None
    if not any(ch.isalpha() for ch in text):
        return None
    roles: tuple[str, ...] = ()
    if ent.label_ == "PERSON" and has_parse:
        roles = _roles(ent, tokens)
    previous = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return RawMention(
        article_id=article_id,
        outlet=outlet,
        order=order,
        start=start,
        end=end,
        text=text,
        label=ent.label_,
        roles=roles,
        parts=_name_parts(text, start),
        locative=previous in _LOCATIVE,
        dropped_title=" ".join(t.text for t in titles),
    )


def _name_parts(text: str, start: int) -> tuple[tuple[int, int, str], ...]:
    """Sub-spans of ``Trump-Putin`` or ``Trump and Zelenskyy``: two names the NER model joined."""
    if " and " in text or " & " in text:
        separator = " and " if " and " in text else " & "
    elif "-" in text and " " not in text:
        separator = "-"
    else:
        return ()
    pieces = text.split(separator)
    if len(pieces) < 2 or not all(_NAME_PART.fullmatch(p) for p in pieces):
        return ()
    parts: list[tuple[int, int, str]] = []
    offset = start
    for piece in pieces:
        parts.append((offset, offset + len(piece), piece))
        offset += len(piece) + len(separator)
    return tuple(parts)


def _roles(ent: Span, name: list[Token]) -> tuple[str, ...]:
    """Titles and descriptions the parse attaches to a person's name."""
    root = name[-1]
    roles: list[str] = []
    before = _role_before(ent, root)
    if before:
        roles.append(before)
    for child in root.children:
        appos = child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > root.i
        if appos and is_role_noun(child.lower_):
            roles.extend(_description(child))
    head = root.head
    adjacent = head.i == ent.start - 1 or (ent.start > 0 and ent.doc[ent.start - 1].text == ",")
    appos = root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < ent.start
    if appos and adjacent and is_role_noun(head.lower_):
        roles.extend(_description(head, skip=root))
    return tuple(dict.fromkeys(r for r in roles if r))


def _role_before(ent: Span, root: Token) -> str:
    """``Kremlin spokesman`` in ``Kremlin spokesman Dmitry Peskov``: modifiers left of the name."""
    doc = ent.doc
    left = ent.start
    heads: list[Token] = []
    for child in root.lefts:
        if child.i < ent.start and child.dep_ in _ROLE_MODIFIER_DEPS:
            left = min(left, child.left_edge.i)
            heads.append(child)
    for i in range(ent.start - 1, left - 1, -1):
        token = doc[i]
        if token.dep_ in ("cc", "conj") or token.ent_type_ == "PERSON" or _is_stop_punct(token):
            left = i + 1
            break
    while left < ent.start and (
        doc[left].lower_ in _DETERMINERS or doc[left].tag_ in ("PRP$", "POS", "DT")
    ):
        left += 1
    tokens = [t for t in doc[left : ent.start] if not t.is_punct or t.text in ("-", "’s", "'s")]
    titles = [t for t in ent if t.i < root.i and t.lower_.rstrip(".") in TITLE_WORDS]
    if ent[0].lower_.rstrip(".") in TITLE_WORDS:
        tokens.extend(titles)
    tokens = _strip_nationality(tokens)
    if not tokens or len(tokens) > _MAX_ROLE_TOKENS:
        return ""
    kept = {t.i for t in tokens}
    if not any(h.i in kept and not h.ent_type_ and is_role_noun(h.lower_) for h in heads):
        return ""
    return _text(tokens)


def _is_stop_punct(token: Token) -> bool:
    return token.is_punct and token.text not in ("-", "’s", "'s", ".")


def _strip_nationality(tokens: list[Token]) -> list[Token]:
    """``Russian President`` -> ``President``: the nationality is the country's, not the role's."""
    while (
        len(tokens) > 1
        and tokens[0].ent_type_ in ("NORP", "GPE")
        and tokens[0].ent_iob_ == "B"
        and not tokens[1].ent_type_
        and tokens[1].text != "-"
    ):
        tokens = tokens[1:]
    return tokens


def _description(head: Token, skip: Token | None = None) -> list[str]:
    """An apposition's words (and those of its conjuncts), one role per conjunct."""
    out: list[str] = []
    conjuncts = [c for c in head.children if c.dep_ == "conj" and is_role_noun(c.lower_)]
    for noun in [head, *conjuncts]:
        words = [t for t in noun.subtree if not _cut(t, noun, skip)]
        while words and (
            words[0].lower_ in _DETERMINERS or words[0].is_punct or words[0].tag_ == "PRP$"
        ):
            words.pop(0)
        if words and words[0].tag_ in ("WP", "WP$", "WDT"):
            continue  # a relative clause ("whose brother ..."), not a description
        while words and words[-1].is_punct:
            words.pop()
        if words and len(words) <= _MAX_ROLE_TOKENS:
            out.append(_text(words))
    return out


def _cut(token: Token, noun: Token, skip: Token | None) -> bool:
    """True for tokens under a branch of ``noun`` that is not part of its description."""
    current = token
    while current.i != noun.i:
        if current.head.i == noun.i and (current.dep_ in _ROLE_CUT_DEPS or current is skip):
            return True
        if skip is not None and current.i == skip.i:
            return True
        current = current.head
    return False


def _text(tokens: list[Token]) -> str:
    out = ""
    for i, token in enumerate(tokens):
        out += token.text
        if i + 1 < len(tokens) and token.whitespace_:
            out += " "
    return out
