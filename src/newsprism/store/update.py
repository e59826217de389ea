"""Incremental, resumable updates of a store: ``newsprism add PATH… [--db FILE]``.

How an update works, and why it can be killed at any moment:

1. New inputs are ingested and cleaned together (as ``analyze`` does, so one
   outlet's repeated boilerplate is recognised across the batch), then added
   in batches of ``batch_size``, one transaction each. A report already
   stored is skipped (see :meth:`Store.add_articles`), so re-running after an
   interruption adds nothing twice.
2. The stored articles are clustered in arrival order with a
   :class:`~newsprism.link.cluster.StoryClusterer`. The clusterer is online:
   its decision for an article depends only on the articles before it, so
   appending articles never changes an existing story's id or earlier
   members; it can only add members and found new stories. Its state is
   saved in the store as rows (:mod:`newsprism.store.clusterer_rows`), so the
   next update restores it, reading only the rows its new articles need, and
   clusters only the articles that arrived since (a state made with other
   settings, for another arrival order, or with a damaged row is not used:
   all are re-clustered, to the same stories).
3. Dossiers (link, annotate, compare; as :func:`newsprism.pipeline.build_stories`)
   are recomputed only for the stories the new articles joined whose stored
   members differ, and each is written in its own transaction, the last
   with the clusterer's changes. A run killed between steps 1 and 3, or
   between two stories, left the previous clusterer state: the next run, even
   one with no new input, re-clusters the same articles to the same stories
   and writes those not yet stored. Stories written behind the clusterer's
   back (``--one-story``) are noticed by a counter and compared all.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import logging
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from newsprism.clean.run import clean_documents
from newsprism.errors import NewsprismError
from newsprism.ingest import ingest
from newsprism.model import Article, RawDocument, Rejection, Story
from newsprism.options import DEFAULT_MAX_BYTES, DEFAULT_SPACY_MODEL, Options
from newsprism.store.clusterer_rows import SavedClusterer
from newsprism.store.db import Store

if TYPE_CHECKING:
    from newsprism.link.cluster import StoryClusterer

__all__ = ["AddReport", "add_arguments", "add_paths", "main", "run_add"]

DEFAULT_DB = "newsprism.db"
DEFAULT_BATCH = 50


@dataclass(frozen=True, slots=True)
class AddReport:
    """What one ``add`` did: counts, and the ids of the stories rewritten."""

    added: int
    skipped_duplicates: int
    rejected: int
    stories_updated: int
    story_ids: tuple[str, ...] = ()


def add_paths(
    store: Store,
    names: Sequence[str],
    options: Options | None = None,
    *,
    batch_size: int = DEFAULT_BATCH,
    fetch_options: object | None = None,
) -> AddReport:
    """Add the articles of ``names`` (paths, globs, ``-``, URLs/feeds) and update the stories.

    ``fetch_options`` is a :class:`newsprism.sources.FetchOptions` for URL,
    feed and WARC inputs (default: its defaults with ``options.max_bytes``).
    """
    opts = options or Options()
    return add_documents(
        store, list(_documents(names, opts, fetch_options)), opts, batch_size=batch_size
    )


def add_documents(
    store: Store,
    items: Sequence[RawDocument | Rejection],
    options: Options | None = None,
    *,
    batch_size: int = DEFAULT_BATCH,
) -> AddReport:
    """Clean and add already-read documents (``newsprism watch`` polls), then update stories."""
    opts = options or Options()
    raws: list[RawDocument] = []
    rejected: list[Rejection] = []
    for item in items:
        (rejected if isinstance(item, Rejection) else raws).append(item)  # type: ignore[arg-type]
    articles, no_text = clean_documents(raws, opts)
    rejected.extend(no_text)
    if rejected:
        store.add_rejections(rejected)
    added = 0
    for i in range(0, len(articles), max(1, batch_size)):
        added += len(store.add_articles(articles[i : i + batch_size]))
    updated = update_stories(store, opts)
    return AddReport(
        added=added,
        skipped_duplicates=len(articles) - added,
        rejected=len(rejected),
        stories_updated=len(updated),
        story_ids=tuple(updated),
    )


def update_stories(store: Store, options: Options) -> list[str]:
    """Cluster the new articles; rebuild and write the stories whose members changed.

    The clusterer's state is saved with the last story written (or with the
    removals, or alone when no story changed), in the same transaction; the
    next update restores it and adds only the articles that arrived since.
    """
    if not (options.link and options.cluster):
        ids = store.article_ids()
        if not ids:
            return []
        digest = hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()
        grouped = [Story(id="s" + digest[:16], article_ids=tuple(ids))]
        stored = store.story_article_ids()
        changed = [s for s in grouped if stored.get(s.id) != s.article_ids]
        gone = sorted(set(stored) - {s.id for s in grouped})
        saved: SavedClusterer | None = None
    else:
        with store.snapshot():
            clustered = _cluster_stored(store)
            changed, gone = _changed_stories(store, clustered)
        saved = clustered.saved
    if gone or (saved is not None and not changed):
        store.remove_stories(gone, clusterer=None if changed else saved)
    if not changed:
        return []
    wanted = list(dict.fromkeys(a for story in changed for a in story.article_ids))
    by_id = {a.id: a for a in store.articles(wanted)}
    nlp = None
    if options.annotate:
        from newsprism.annotate import load_pipeline

        nlp = load_pipeline(options.spacy_model)
    for n, story in enumerate(changed, start=1):
        members = [by_id[i] for i in story.article_ids]
        last = n == len(changed)
        store.put_stories(
            [_dossier(story, members, options, nlp)], clusterer=saved if last else None
        )
    return [s.id for s in changed]


@dataclass(slots=True)
class _Clustered:
    """The outcome of clustering the stored articles (see :func:`_cluster_stored`)."""

    clusterer: StoryClusterer
    restored: bool  # continued the saved state (else re-clustered every article)
    saved: SavedClusterer | None  # to save with the stories (None: the saved one is current)
    stories_match: bool = True  # no story written since the state was saved but with it


def _cluster_stored(store: Store) -> _Clustered:
    """Cluster the stored articles, continuing the saved clusterer when it still fits.

    Call inside ``store.snapshot()``. The saved state fits when it was made
    with the current settings and format and the arrival order still starts
    with exactly the articles it covered; it is then restored lazily (only
    the rows the new articles need are read) and only the articles after
    them are clustered. Otherwise, or when a saved row turns out damaged,
    every article is clustered again from scratch: as the clusterer is
    deterministic both give the same stories.
    """
    from newsprism.link.cluster import STATE_VERSION, ClusterSettings, StoryClusterer

    settings = dataclasses.asdict(ClusterSettings())
    header = store.clusterer_header()
    if (
        header is not None
        and header.state.settings == settings
        and header.state.version == STATE_VERSION
    ):
        seq = store.clusterer_fit(header)
        if seq is not None:
            try:
                clusterer = StoryClusterer.from_source(store.clusterer_source(header))
                new = store.articles_after(seq)
                for article in new:
                    clusterer.add(article)
            except ValueError as exc:  # a damaged row (StateError) or a state that disagrees
                logging.getLogger(__name__).warning(
                    "saved story clusterer not usable (%s); re-clustering every article", exc
                )
            else:
                base = (header.n_articles, header.last_article_id)
                # saved again even without new articles when the stories were checked,
                # so the next update knows they match
                saved = (
                    SavedClusterer(
                        header.n_articles + len(new),
                        new[-1].id if new else header.last_article_id,
                        base,
                        clusterer.changes(),
                    )
                    if new or not header.stories_match
                    else None
                )
                return _Clustered(clusterer, True, saved, header.stories_match)
    clusterer = StoryClusterer(settings=ClusterSettings())
    new = store.articles_after(0)
    for article in new:
        clusterer.add(article)
    # counted from what was read: another process may have added articles since
    saved = SavedClusterer(len(new), new[-1].id, None, clusterer.changes()) if new else None
    return _Clustered(clusterer, False, saved)


def _changed_stories(store: Store, clustered: _Clustered) -> tuple[list[Story], list[str]]:
    """Stories whose stored members differ from the clusterer's, and stored stories it lacks.

    Call inside ``store.snapshot()``. Continuing a saved clusterer, only the
    stories its new articles joined are compared; and when stories were
    written since it was saved other than with it (a run killed between its
    story transactions, ``--one-story``), also those whose stored members
    disagree with it. After re-clustering every article, every story is.
    """
    clusterer = clustered.clusterer
    touched = {s.id: s for s in clusterer.touched()}
    gone: list[str] = []
    if clustered.restored:
        for sid in [] if clustered.stories_match else store.stale_story_ids():
            if sid in touched:
                continue
            story = clusterer.story(sid)
            if story is None:
                gone.append(sid)
            else:
                touched[sid] = story
        stored = store.story_members(list(touched))
    else:
        stored = store.story_article_ids()
        gone = sorted(set(stored) - set(touched))
    # in founding order (stale ones, only after a crash, last)
    changed = [s for s in touched.values() if stored.get(s.id) != s.article_ids]
    return changed, sorted(gone)


def _dossier(story: Story, members: Sequence[Article], options: Options, nlp: object) -> Story:
    """One story's dossier, exactly as ``build_stories`` makes it for that story."""
    if options.link:
        from newsprism.link import near_duplicate_groups, provenance

        story = dataclasses.replace(
            story,
            duplicate_groups=tuple(near_duplicate_groups(members)),
            provenance=tuple(provenance(members)),
        )
    if nlp is not None:
        from newsprism.annotate import annotate_story
        from newsprism.compare import compare_story

        story = compare_story(annotate_story(story, members, nlp), members, nlp)  # type: ignore[arg-type]
    return story


def _documents(
    names: Sequence[str], options: Options, fetch_options: object | None = None
) -> Iterator[RawDocument | Rejection]:
    """Paths through the ingest stage; URLs and WARC files through ``newsprism.sources``."""
    remote = [n for n in names if "://" in n or n.lower().endswith((".warc", ".warc.gz"))]
    paths = [n for n in names if n not in remote]
    if paths:
        yield from ingest(paths, options)
    if not remote:
        return
    try:
        from newsprism.sources import FetchOptions, fetch_documents
    except ImportError:
        for name in remote:
            yield Rejection(
                name,
                "URL, feed and WARC inputs need newsprism.sources, not installed",
                "unsupported",
            )
        return
    fetch = fetch_options if isinstance(fetch_options, FetchOptions) else None
    yield from fetch_documents(remote, fetch or FetchOptions(max_bytes=options.max_bytes))


# -- command line --------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``newsprism add``, for the main command line to mount."""
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, folders, globs, - for stdin, or URLs"
    )
    parser.add_argument(
        "--db", default=DEFAULT_DB, metavar="FILE", help=f"the store (default: {DEFAULT_DB})"
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"largest input, also after decompression (default: {DEFAULT_MAX_BYTES:,})",
    )
    parser.add_argument("--spacy-model", default=DEFAULT_SPACY_MODEL, metavar="NAME")
    parser.add_argument(
        "--no-nlp", action="store_true", help="skip entities, quotes, times and comparison"
    )
    parser.add_argument(
        "--one-story", action="store_true", help="do not cluster: all articles form one story"
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH,
        metavar="N",
        help=f"articles per committed transaction (default: {DEFAULT_BATCH})",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")


def run_add(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run ``newsprism add``; exit 0 unless every input was rejected (1) or the store failed."""
    out = out or sys.stdout
    err = err or sys.stderr
    if args.max_bytes <= 0 or args.batch_size <= 0:
        print("newsprism add: error: --max-bytes and --batch-size must be positive", file=err)
        return 2
    options = Options(
        max_bytes=args.max_bytes,
        spacy_model=args.spacy_model,
        annotate=not args.no_nlp,
        cluster=not args.one_story,
    )
    try:
        with Store(args.db) as store:
            report = add_paths(
                store,
                args.paths,
                options,
                batch_size=args.batch_size,
                fetch_options=_fetch_options(args),
            )
            n_stories = store.story_count()
    except NewsprismError as exc:
        print(f"newsprism add: error: {exc}", file=err)
        return 1
    if not args.quiet:
        print(
            f"{report.added} articles added, {report.skipped_duplicates} already stored, "
            f"{report.rejected} rejected; {report.stories_updated} of {n_stories} stories "
            f"updated in {args.db}",
            file=out,
        )
    if report.rejected and not report.added and not report.skipped_duplicates:
        print("newsprism add: error: every input was rejected", file=err)
        return 1
    return 0


def _fetch_options(args: argparse.Namespace) -> object | None:
    """FetchOptions from the fetch flags, when the command line has them (``newsprism add``)."""
    if not hasattr(args, "allow_private"):
        return None
    from newsprism.sources import options_from_args

    return options_from_args(args)


def main(argv: Sequence[str] | None = None) -> int:
    """``newsprism add`` on its own (tests and the kill test start it in a subprocess)."""
    parser = argparse.ArgumentParser(prog="newsprism add", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run_add(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
