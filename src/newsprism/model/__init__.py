"""Plain, typed, serialisable records shared by every stage.

Each record is a frozen dataclass that a test can build by hand. Offsets are
character offsets (Python ``str`` indices) into ``Article.text`` unless a
record says otherwise. Stages never mutate a record; they return new ones.
One module per stage family; import them all from here.
"""

from __future__ import annotations

from newsprism.model.compare import (
    Claim,
    Difference,
    Erratum,
    QuoteGroup,
    SourceSpan,
    SummarySentence,
    TimelineEvent,
    Variant,
)
from newsprism.model.documents import (
    SCHEMA_VERSION,
    Article,
    CleaningStep,
    InputFormat,
    RawDocument,
    Rejection,
    RejectionKind,
    StepKind,
)
from newsprism.model.findings import (
    Entity,
    EntityFlag,
    EntityType,
    Granularity,
    Membership,
    Mention,
    PassageMatch,
    Provenance,
    ProvenanceKind,
    Quote,
    QuoteKind,
    TimeExpression,
)
from newsprism.model.story import (
    Analysis,
    Story,
)

__all__ = [
    "SCHEMA_VERSION",
    "Analysis",
    "Article",
    "Claim",
    "CleaningStep",
    "Difference",
    "Entity",
    "EntityFlag",
    "EntityType",
    "Erratum",
    "Granularity",
    "InputFormat",
    "Membership",
    "Mention",
    "PassageMatch",
    "Provenance",
    "ProvenanceKind",
    "Quote",
    "QuoteGroup",
    "QuoteKind",
    "RawDocument",
    "Rejection",
    "RejectionKind",
    "SourceSpan",
    "StepKind",
    "Story",
    "SummarySentence",
    "TimeExpression",
    "TimelineEvent",
    "Variant",
]
