"""The compare stage: quotes, claims, differences, errata, timeline and summary across reports.

Each module reads the annotated records of one story and returns new records;
nothing here re-reads files or runs NLP models.
"""
