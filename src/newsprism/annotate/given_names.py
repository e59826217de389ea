"""Given names and their familiar forms: Winnie is Winifred, Bill is William, Lou is Louise.

A feature calls its subject "Winifred Ashdown" once and "Winnie" from then on; one
outlet writes "Bill Hartley", another "William Hartley". The pairs come from the
hand-curated English table of the ``nicknames`` package (Carlton Northern and Nick
Crews, Apache-2.0). That table is written for genealogy and links names that today
are separate names in their own right (Robert and Rupert, Margaret and Rita, Louise
and Eliza), so only a familiar form that *looks* shortened from the full name is kept:

* it is shorter than the full name, and
* it begins with the full name's first letter (Winnie, Lou, Alex), or its first
  three letters stand inside the full name (Liz and Beth in Elizabeth), or it rhymes
  with a kept form that does (Bill with Will, Bob with Rob, Dick with Rick).

Names are compared by :func:`~newsprism.annotate.names.token_key` (accents and case
folded), so ``Zoë`` and ``Zoe`` stay one name.
"""

from __future__ import annotations

import functools

from newsprism.annotate.names import token_key

__all__ = ["familiar_forms", "same_given_name"]


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    """Full given name (key) → the familiar forms kept for it (keys)."""
    from nicknames import NickNamer  # a 50 ms CSV read, only when a name asks

    kept: dict[str, frozenset[str]] = {}
    for full, forms in NickNamer().nickname_lookup.items():
        full_key = token_key(full)
        keys = {token_key(f) for f in forms} - {"", full_key}
        plain = {
            f for f in keys if len(f) < len(full_key) and (f[0] == full_key[0] or f[:3] in full_key)
        }
        rhymes = {f for f in keys if len(f) < len(full_key) and any(f[1:] == p[1:] for p in plain)}
        if plain | rhymes:
            kept[full_key] = frozenset(plain | rhymes)
    return kept


def familiar_forms(name: str) -> frozenset[str]:
    """The kept familiar forms of a full given name, as keys (``William`` → bill, will, …)."""
    return _table().get(token_key(name), frozenset())


def same_given_name(a: str, b: str) -> bool:
    """Whether two given names are one: the same key, or one a kept familiar form of the other."""
    ka, kb = token_key(a), token_key(b)
    if not ka or not kb:
        return False
    return ka == kb or kb in _table().get(ka, ()) or ka in _table().get(kb, ())
