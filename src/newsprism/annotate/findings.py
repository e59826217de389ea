"""What one parsed article yields for its story: entity mentions, quotes, time expressions.

Everything here needs the article's Doc; what it returns does not, so it can
cross a process boundary (the Doc stays in the process that parsed it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from newsprism.annotate.mentions import RawMention, collect_mentions, outlet_key
from newsprism.annotate.times import StoryClock, article_times
from newsprism.model import Article, Quote, TimeExpression

QuoteExtractor = Callable[[Doc, str], list[Quote]]


@dataclass(frozen=True, slots=True)
class ArticleFindings:
    """One article's raw findings, before the story's entities are built."""

    mentions: tuple[RawMention, ...]
    quotes: tuple[Quote, ...]
    times: tuple[TimeExpression, ...]


def read_article(
    article: Article, doc: Doc, order: int, clock: StoryClock, extractor: QuoteExtractor
) -> ArticleFindings:
    """Mentions, quotes (speakers as written) and resolved times of one parsed article."""
    return ArticleFindings(
        mentions=tuple(collect_mentions(doc, article.id, outlet_key(article), order)),
        quotes=tuple(extractor(doc, article.id)),
        times=tuple(article_times(article, doc, clock)),
    )
