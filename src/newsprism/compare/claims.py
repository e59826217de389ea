"""Atomic factual claims of a story's reports, and the public entry point ``compare_claims``.

A claim is one clause of the reporter's own text: a predicate with who, what,
when, where and how many. Why this shape:

- **Clauses, not sentences.** "Twelve people died and two were missing after
  the ferry capsized on Sunday" states three facts; an outlet that gives a
  different day for the capsizing must conflict with the third, not with the
  whole sentence. Clause heads are the parse's root, conjoined verbs, clausal
  complements, adverbial and relative clauses.
- **Quotes are someone else's words.** Text inside quotation marks is masked
  (the quote groups compare it); the reporter's framing around it ("X told
  reporters at Old Quay late on Sunday") stays a claim.
- **Slots from the story's own annotations.** Entities come from
  ``story.entities`` mentions (canonical ids, so "Renee" and "Renée" match),
  dates from ``story.times`` resolved values (so "on Sunday" and "June 14"
  are one day); only numbers, clock times and negation are read here.
- **Agent kept apart from theme.** "Forty-seven people were pulled from the
  water" and "he pulled nine people from the water" share every content word;
  only the explicit agent tells them apart, so it is a slot of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsprism.compare.lexicon import SPEECH, concept, stem
from newsprism.compare.slots import (
    ArticleIndex,
    DateSlot,
    NumberSlot,
    agent,
    dates,
    numbers,
    predicate,
)
from newsprism.model import Article, Claim, Difference, Story

__all__ = ["ClaimUnit", "DateSlot", "NumberSlot", "compare_claims", "extract_units"]

_HEAD_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl"})
_RELATIVES = frozenset({"WDT", "WP", "WP$"})


@dataclass(frozen=True, slots=True)
class ClaimUnit:
    """One clause of one report with its slots: the unit that is aligned across reports."""

    id: str
    article_id: str
    start: int
    end: int
    text: str
    pred: str
    speech: bool
    negated: bool
    words: frozenset[str]
    entities: frozenset[str]
    agent: frozenset[str]
    places: tuple[tuple[str, str], ...]  # (entity id, surface) in a prepositional phrase
    persons: frozenset[str]
    numbers: tuple[NumberSlot, ...]
    dates: tuple[DateSlot, ...]
    norm: str  # content words without values, for fuzzy matching


def compare_claims(
    story: Story, articles: Sequence[Article], nlp: Language | None = None
) -> tuple[tuple[Claim, ...], tuple[Difference, ...]]:
    """Claims of the story with their support, and the differences between reports.

    ``nlp`` is the loaded spaCy pipeline (loaded here with the default name
    when None); only its tagger and parser run. Returns claims in the order
    of their first report and differences most confident first.
    """
    from newsprism.compare.align import align_units
    from newsprism.compare.support import build_claims

    if nlp is None:
        from newsprism.annotate import load_pipeline

        nlp = load_pipeline()
    by_id = {a.id: a for a in articles}
    ordered = [by_id[i] for i in story.article_ids if i in by_id]
    docs = parse_syntax(nlp, [a.text for a in ordered])
    units = extract_units(story, ordered, docs)
    clusters = align_units(units)
    labels = {a.id: a.outlet or Path(a.source).name or a.id for a in ordered}
    return build_claims(story, clusters, labels)


def parse_syntax(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """Tagger and parser only (no NER: entities come from the story's annotations)."""
    keep = {"tagger", "parser"}
    needed = set(keep)
    for name, component in nlp.components:
        listeners = getattr(component, "listening_components", None)
        if listeners and keep.intersection(listeners):
            needed.add(name)
    disable = [n for n in nlp.pipe_names if n not in needed]
    return list(nlp.pipe(texts, batch_size=32, disable=disable))


def extract_units(
    story: Story, articles: Sequence[Article], docs: Sequence[Doc]
) -> list[ClaimUnit]:
    """Every claim clause of every article, in article and text order."""
    units: list[ClaimUnit] = []
    for article, doc in zip(articles, docs, strict=True):
        index = ArticleIndex(story, article)
        for sent in doc.sents:
            if sent.text.rstrip().endswith("?"):
                continue
            units.extend(_sentence_units(article, sent, index))
    return units


def _is_head(token: Token) -> bool:
    if token.dep_ == "ROOT":
        return True
    if token.dep_ == "acl" and token.tag_ in ("VBN", "VBG"):
        # "built in 1987", "conducted on Wednesday": a participle with its own when/where
        return any(c.dep_ in ("prep", "npadvmod", "agent") for c in token.children)
    if token.dep_ not in _HEAD_DEPS or not token.tag_.startswith(("VB", "MD")):
        return False
    return not (token.dep_ == "conj" and not token.head.tag_.startswith(("VB", "MD")))


def _clause_of(token: Token, heads: set[int]) -> int:
    node = token
    while node.i not in heads and node.head.i != node.i:
        node = node.head
    return node.i


def _sentence_units(article: Article, sent: Span, index: ArticleIndex) -> list[ClaimUnit]:
    heads = {t.i for t in sent if _is_head(t)}
    members: dict[int, list[Token]] = {h: [] for h in heads}
    for token in sent:
        if not token.is_space and not index.is_masked(token.idx):
            members[_clause_of(token, heads)].append(token)
    doc = sent.doc
    units = []
    for head_i, tokens in members.items():
        head = doc[head_i]
        extra = _borrowed_subject(head)
        unit = _unit(article, head, tokens, extra, index)
        if unit is not None:
            units.append(unit)
    return sorted(units, key=lambda u: u.start)


def _borrowed_subject(head: Token) -> list[Token]:
    """Subject tokens a clause shares: a relative clause's noun, a subjectless conjunct's."""
    own_subject = [c for c in head.children if c.dep_.startswith("nsubj")]
    if head.dep_ in ("relcl", "acl") and all(c.tag_ in _RELATIVES for c in own_subject):
        # "the people who died": the noun is the clause's subject; not "Hospital, where four..."
        noun = head.head
        near = ("nummod", "compound", "amod", "poss")
        return [noun, *(t for c in noun.children if c.dep_ in near for t in c.subtree)]
    if head.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in head.children):
        for child in head.head.children:
            if child.dep_.startswith("nsubj"):
                return list(child.subtree)
    return []


def _unit(
    article: Article, head: Token, tokens: list[Token], extra: list[Token], index: ArticleIndex
) -> ClaimUnit | None:
    content = [t for t in tokens if t.text.strip() and not t.is_punct]
    if not content:
        return None
    pred_token = predicate(head)
    if index.is_masked(pred_token.idx):
        return None  # "that the ferry was “listing on every crossing”": the fact is in the quote
    pred = concept(pred_token.text)
    speech = stem(head.text) in SPEECH or concept(head.text) == "say"
    if speech and any(c.dep_ == "ccomp" for c in head.children):
        # the framing of reported speech: a claim only if it says more than "X said"
        subject = {s.i for c in head.children if c.dep_.startswith("nsubj") for s in c.subtree}
        rest = [t for t in content if t.i not in subject and t.tag_.startswith(("NN", "CD"))]
        if len(rest) < 2:
            return None
    start = min(t.idx for t in content)
    end = max(t.idx + len(t.text) for t in content)
    while content and content[-1].dep_ in ("cc", "punct"):
        content.pop()
        end = max(t.idx + len(t.text) for t in content) if content else end
    scope = content + [t for t in extra if t not in content]
    in_scope = {t.i for t in scope}
    entities: set[str] = set()
    persons: set[str] = set()
    places: list[tuple[str, str]] = []
    for t in scope:
        found = index.entity_at(t.idx)
        if found is None:
            continue
        entities.add(found[0])
        if found[1] == "person":
            persons.add(found[0])
        if found[1] == "place" and t.head.dep_ == "prep" and (found[0], t.text) not in places:
            places.append((found[0], t.text))
    found_dates, date_tokens = dates(head, scope, index)
    found_numbers = numbers(scope, in_scope, date_tokens)
    words = frozenset(
        concept(t.text)
        for t in scope
        if t.tag_.startswith(("NN", "VB", "JJ"))
        and not t.is_stop
        and t.is_alpha
        and t.i not in date_tokens
    )
    common = [t for t in scope if t.tag_.startswith(("NN", "VB", "JJ")) and t.tag_ != "NNP"]
    if len(words) + len(entities) < 2 or not any(concept(t.text) in words for t in common):
        return None
    text = article.text[start:end].strip()
    negated = any(c.dep_ == "neg" for c in (*head.children, *pred_token.children))
    who = agent(head, index)
    norm = " ".join(sorted(words | {"e:" + e for e in entities}))
    return ClaimUnit(
        id=f"{article.id}:{start}:{end}",
        article_id=article.id,
        start=start,
        end=end,
        text=text,
        pred=pred,
        speech=speech,
        negated=negated,
        words=words,
        entities=frozenset(entities),
        agent=who,
        places=tuple(places),
        persons=frozenset(persons),
        numbers=tuple(found_numbers),
        dates=tuple(found_dates),
        norm=norm,
    )
