"""Sources stage: URLs of pages and RSS/Atom feeds, and WARC archives, to raw documents.

Public entry point: :func:`fetch_documents`. Every fetch is checked against
SSRF (private, loopback, link-local … addresses refused unless
``allow_private``, at every redirect), obeys ``robots.txt``, is bounded in
size and time, and every failure becomes a
:class:`~newsprism.model.Rejection` saying what to do. :func:`watch` polls
feeds for new entries; :func:`add_arguments` gives the command-line flags.
"""

from __future__ import annotations

from newsprism.sources.collect import fetch_documents
from newsprism.sources.options import FetchOptions, add_arguments, options_from_args
from newsprism.sources.watch import parse_every, watch

__all__ = [
    "FetchOptions",
    "add_arguments",
    "fetch_documents",
    "options_from_args",
    "parse_every",
    "watch",
]
