"""Typed errors. Every message says what went wrong and what to do next."""

from __future__ import annotations


class NewsprismError(Exception):
    """Base class of every error newsprism raises on purpose."""


class InputError(NewsprismError):
    """An input path or stream could not be used at all."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class NothingToAnalyzeError(NewsprismError):
    """Every input was rejected (or none was given): there is no article to analyse."""
