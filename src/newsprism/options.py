"""One frozen options object handed to every stage."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of one run.

    ``max_bytes`` bounds both the size of an input file and the decompressed
    size of a ``.gz`` input (so a gzip bomb is rejected, not unpacked).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    progress: bool = False

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ValueError(f"max_bytes must be positive, got {self.max_bytes}")
