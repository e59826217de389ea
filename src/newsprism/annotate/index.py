"""Look up the entity behind a name string or a span: the resolver other annotators use.

Why a separate index: the quote extractor knows a speaker only as written
(``Peskov``, ``Kremlin spokesman Dmitry Peskov``, ``Zelenskyy’s``). The index
maps every alias, surname and transliteration variant of the story's entities
to its entity, and refuses to guess: a key shared by two entities (two
people called Biden) resolves to ``None``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence

from newsprism.annotate.names import TITLE_WORDS, Key, mention_key, name_tokens, strip_possessive
from newsprism.model import Entity

__all__ = ["EntityIndex"]


class EntityIndex:
    """Resolve names and spans of one story to its entities."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.entities = tuple(entities)
        full: dict[Key, set[int]] = defaultdict(set)
        surname: dict[str, set[int]] = defaultdict(set)
        spans: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        for n, entity in enumerate(self.entities):
            for form in (entity.name, *entity.aliases):
                key = mention_key(form)
                if key:
                    full[key].add(n)
                    if entity.type == "person":
                        surname[key[-1]].add(n)
            for m in entity.mentions:
                spans[m.article_id].append((m.start, m.end, n))
        self._full = {k: next(iter(v)) for k, v in full.items() if len(v) == 1}
        self._surname = {k: next(iter(v)) for k, v in surname.items() if len(v) == 1}
        self._spans = {a: sorted(v) for a, v in spans.items()}

    def resolve(self, name: str) -> Entity | None:
        """The entity a name as written refers to, or None when unknown or ambiguous.

        Titles in front and a possessive at the end are ignored; a surname
        alone resolves when only one person of the story carries it.
        """
        words = name_tokens(strip_possessive(name.strip()))
        while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
            words.pop(0)
        key = mention_key(" ".join(words))
        if not key:
            return None
        if key in self._full:
            return self.entities[self._full[key]]
        if len(key) == 1 and key[0] in self._surname:
            return self.entities[self._surname[key[0]]]
        return None

    def at(self, article_id: str, start: int, end: int) -> Entity | None:
        """The one entity with a mention overlapping ``[start, end)`` of that article, else None."""
        spans = self._spans.get(article_id, [])
        hits: set[int] = set()
        i = bisect_right(spans, (end, -1, -1))
        while i > 0:
            i -= 1
            s, e, n = spans[i]
            if e > start and s < end:
                hits.add(n)
            if e <= start and s < start - 200:
                break
        return self.entities[next(iter(hits))] if len(hits) == 1 else None
