"""Annotate stage: sentences, entities, quotes and time expressions of a cleaned article."""
