"""``newsprism serve`` options: loopback by default, a warning elsewhere, clear errors."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from newsprism.model import Analysis
from newsprism.serve import add_arguments, run_serve
from newsprism.serve.command import is_loopback


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args(argv)


def test_defaults_bind_to_this_machine_only() -> None:
    args = parse()
    assert (args.db, args.host, args.port) == ("newsprism.db", "127.0.0.1", 8000)
    assert is_loopback(args.host) and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.1") and not is_loopback("x")


def test_bad_port_is_a_usage_error() -> None:
    with pytest.raises(SystemExit):
        parse("--port", "70000")


def test_missing_store_is_an_error_not_a_new_file(tmp_path: Path) -> None:
    err = io.StringIO()
    db = tmp_path / "none.db"
    assert run_serve(parse("--db", str(db)), err) == 1
    assert "no store at" in err.getvalue() and not db.exists()


def test_warns_when_binding_beyond_loopback(
    tmp_path: Path, site_analysis: Analysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsprism.store import Store

    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add_articles(site_analysis.articles)
        store.put_stories(site_analysis.stories)
    served: list[tuple[str, int]] = []
    monkeypatch.setattr(
        "newsprism.serve.app.serve", lambda repo, host, port: served.append((host, port))
    )
    err = io.StringIO()
    assert run_serve(parse("--db", str(db), "--host", "0.0.0.0", "--port", "8123"), err) == 0
    assert served == [("0.0.0.0", 8123)]
    assert "warning" in err.getvalue() and "no login" in err.getvalue()
    err = io.StringIO()
    assert run_serve(parse("--db", str(db)), err) == 0
    assert "warning" not in err.getvalue()
