"""The local web UI: stories, live dossiers, marked-up articles and search, each also as JSON.

``newsprism serve`` shows what the store holds while a story is still
running: the same dossier as ``report.html``, re-read from the store as new
reports arrive. Importing this package starts nothing.
"""

from __future__ import annotations

from newsprism.serve.app import create_app, serve, serve_in_thread
from newsprism.serve.command import add_arguments, run_serve
from newsprism.serve.repository import InMemoryRepository, Repository

__all__ = [
    "InMemoryRepository",
    "Repository",
    "add_arguments",
    "create_app",
    "run_serve",
    "serve",
    "serve_in_thread",
]
