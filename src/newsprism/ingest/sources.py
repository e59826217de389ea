"""Expand what the user named (files, folders, globs, ``-``) into input sources.

Directories are walked recursively in sorted order (hidden files and folders
skipped), globs are expanded (``**`` allowed), and a name that matches nothing
becomes a :class:`~newsprism.model.Rejection` instead of stopping the run.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsprism.model import Rejection

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Source:
    """One input to read: a file path, or standard input when ``path`` is None."""

    name: str
    path: Path | None


def expand_sources(names: Sequence[str]) -> Iterator[Source | Rejection]:
    """Yield every source the names stand for, each once, in a stable order."""
    seen: set[str] = set()
    for name in names:
        for item in _expand_one(name):
            if isinstance(item, Source):
                key = item.name if item.path is None else str(item.path.resolve())
                if key in seen:
                    continue
                seen.add(key)
            yield item


def _expand_one(name: str) -> Iterator[Source | Rejection]:
    if name == STDIN:
        yield Source(name="<stdin>", path=None)
        return
    path = Path(name)
    if path.is_dir():
        yield from _walk(path)
        return
    if path.is_file():
        yield Source(name=name, path=path)
        return
    if _GLOB_CHARS & set(name):
        matches = sorted(glob.glob(name, recursive=True))
        if not matches:
            yield Rejection(name, "no file matches this pattern", "unreadable")
        for match in matches:
            mpath = Path(match)
            if mpath.is_dir():
                yield from _walk(mpath)
            elif mpath.is_file():
                yield Source(name=match, path=mpath)
        return
    if path.exists():
        yield Rejection(name, "not a regular file or folder (device, socket or pipe)", "unreadable")
    else:
        yield Rejection(name, "no such file or folder; check the path", "unreadable")


def _walk(root: Path) -> Iterator[Source]:
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            if filename.startswith("."):
                continue
            path = Path(dirpath) / filename
            if path.is_file():
                yield Source(name=str(path), path=path)
