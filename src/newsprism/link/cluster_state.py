"""A saved story clusterer read piece by piece, and saved by what changed.

Why: after 100,000 articles a clusterer holds hundreds of megabytes of state
(document frequencies, posting lists, every story's centroids and recent
members), but one arriving article reads only the document frequencies of its
own features, the posting lists of its strongest ones, the few candidate
stories those name, and it changes one story. So a saved clusterer is rows
(see :mod:`newsprism.store.clusterer_rows`) that a restored
:class:`~newsprism.link.cluster.StoryClusterer` reads through a
:class:`StateSource` when it first needs them, keeps in memory, and saves back
as :class:`StateChanges`: only what it read or made.

The containers below stand in for the plain dicts, set and list of a
clusterer made in memory, so the clusterer's decision code is the same for
both: a value missing from memory is fetched from the source, once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, overload

__all__ = [
    "LazyCounts",
    "LazyIds",
    "LazyPostings",
    "LazySeen",
    "MemberRow",
    "StateChanges",
    "StateError",
    "StateHeader",
    "StateSource",
    "StoryRow",
    "StoryTable",
]

T = TypeVar("T")
V = TypeVar("V")


class StateError(ValueError):
    """A saved clusterer is damaged or of another version (re-cluster from the articles)."""


@dataclass(frozen=True, slots=True)
class StateHeader:
    """What a saved clusterer is as a whole: format version, settings, counts."""

    version: int
    settings: dict[str, Any]
    docs: int  # articles counted in the document frequencies
    n_stories: int


@dataclass(frozen=True, slots=True)
class StoryRow:
    """One story's saved state without its members (centroids, recent members, dates).

    ``state`` is the JSON object of :meth:`StoryClusterer.to_state`'s story
    entry minus ``article_ids`` and ``memberships``, which are member rows.
    """

    index: int
    id: str
    n_members: int
    last_article_id: str
    state: dict[str, Any]


@dataclass(frozen=True, slots=True)
class MemberRow:
    """One article's place in a story and the evidence for it (a JSON list)."""

    article_id: str
    story_index: int
    position: int
    membership: list[Any]


@dataclass(frozen=True, slots=True)
class StateChanges:
    """What to write so the saved clusterer equals the one in memory.

    ``complete``: the whole state (a clusterer made in memory); the saved
    rows are replaced. Otherwise only the rows read or made since the
    clusterer was restored: document frequencies and posting lists (a row
    read but unchanged is written back as it was), stories that gained
    members, and the new members.
    """

    header: StateHeader
    complete: bool
    df: dict[str, int]
    postings: dict[str, list[int]]
    stories: tuple[StoryRow, ...]
    members: tuple[MemberRow, ...]


class StateSource(Protocol):
    """Where a restored clusterer reads its saved state, one piece at a time.

    Each method raises :class:`StateError` when what it reads is damaged.
    """

    def header(self) -> StateHeader: ...

    def doc_frequency(self, key: str) -> int | None: ...

    def posting(self, key: str) -> list[int] | None: ...

    def story_index(self, story_id: str) -> int | None: ...

    def story(self, index: int) -> tuple[dict[str, Any], list[list[Any]]]:
        """The story row's ``state`` and its members' membership rows, in order."""
        ...

    def has_article(self, article_id: str) -> bool: ...


class LazyCounts(dict[str, int]):
    """Document frequencies: those in memory, else fetched once (absent ones remembered)."""

    __slots__ = ("_absent", "_fetch")

    def __init__(self, fetch: Callable[[str], int | None]) -> None:
        super().__init__()
        self._fetch = fetch
        self._absent: set[str] = set()

    @overload
    def get(self, key: str, default: None = None, /) -> int | None: ...
    @overload
    def get(self, key: str, default: int, /) -> int: ...
    @overload
    def get(self, key: str, default: T, /) -> int | T: ...
    def get(self, key: str, default: object = None, /) -> object:
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        if key not in self._absent:
            value = self._fetch(key)
            if value is not None:
                dict.__setitem__(self, key, value)
                return value
            self._absent.add(key)
        return default


class LazyPostings(dict[str, dict[int, None]]):
    """Posting lists (story indexes, least recently updated first), fetched once each."""

    __slots__ = ("_absent", "_fetch")

    def __init__(self, fetch: Callable[[str], list[int] | None]) -> None:
        super().__init__()
        self._fetch = fetch
        self._absent: set[str] = set()

    def _load(self, key: str) -> dict[int, None] | None:
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        if key in self._absent:
            return None
        value = self._fetch(key)
        if value is None:
            self._absent.add(key)
            return None
        posting = dict.fromkeys(value)
        dict.__setitem__(self, key, posting)
        return posting

    @overload
    def get(self, key: str, default: None = None, /) -> dict[int, None] | None: ...
    @overload
    def get(self, key: str, default: dict[int, None], /) -> dict[int, None]: ...
    @overload
    def get(self, key: str, default: T, /) -> dict[int, None] | T: ...
    def get(self, key: str, default: object = None, /) -> object:
        posting = self._load(key)
        return default if posting is None else posting

    def setdefault(self, key: str, default: dict[int, None] | None = None, /) -> dict[int, None]:
        posting = self._load(key)
        if posting is None:
            posting = {} if default is None else default
            self._absent.discard(key)
            dict.__setitem__(self, key, posting)
        return posting


class LazySeen(set[str]):
    """Article ids clustered: those added since the restore, else asked of the source."""

    __slots__ = ("_has",)

    def __init__(self, has: Callable[[str], bool]) -> None:
        super().__init__()
        self._has = has

    def __contains__(self, item: object) -> bool:
        return set.__contains__(self, item) or (isinstance(item, str) and self._has(item))


class LazyIds(dict[str, V]):
    """Story ids: stories in memory, else asked of the source (for the collision check)."""

    __slots__ = ("_has",)

    def __init__(self, has: Callable[[str], bool]) -> None:
        super().__init__()
        self._has = has

    def __contains__(self, item: object) -> bool:
        return dict.__contains__(self, item) or (isinstance(item, str) and self._has(item))


class StoryTable(Generic[T]):
    """The stories by founding index; those saved are loaded on first access.

    ``stored`` is how many the source holds (indexes ``0 … stored-1``);
    appended ones follow them. Iterating loads every story (only a complete
    listing needs that).
    """

    __slots__ = ("_items", "_load", "_size", "stored")

    def __init__(self, load: Callable[[int], T] | None = None, stored: int = 0) -> None:
        self._items: dict[int, T] = {}
        self._load = load
        self.stored = stored
        self._size = stored

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, index: int) -> T:
        item = self._items.get(index)
        if item is None:
            if self._load is None or not 0 <= index < self.stored:
                raise IndexError(f"no story at index {index} of {self._size}")
            item = self._load(index)
            self._items[index] = item
        return item

    def __iter__(self) -> Iterator[T]:
        for index in range(self._size):
            yield self[index]

    def append(self, item: T) -> None:
        self._items[self._size] = item
        self._size += 1

    def in_memory(self) -> list[tuple[int, T]]:
        """The stories loaded or appended so far, by index."""
        return sorted(self._items.items(), key=lambda pair: pair[0])
