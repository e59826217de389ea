"""The command line: exit codes, outputs, messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsprism import __version__
from newsprism.cli import main

REPORT = (
    "Harbour Council Closes Old Pier\n\n"
    "PORT ELLIS – The harbour council voted on Tuesday to close the old pier after "
    "engineers found cracks in two of its pillars.\n"
    "“We cannot wait for an accident,” said council chair Mira Osei.\n"
)


def write_corpus(folder: Path) -> None:
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "b.txt").write_text(REPORT.replace("Tuesday", "Wednesday"), encoding="utf-8")
    (folder / "broken.jsonl").write_text("{oops\n", encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "analyze" in capsys.readouterr().err


def test_bad_max_bytes_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["analyze", "x", "--max-bytes", "0"])
    assert exc.value.code == 2
    assert "--max-bytes" in capsys.readouterr().err


def test_bad_processes_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["analyze", "x", "--processes", "0"])
    assert exc.value.code == 2
    assert "--processes" in capsys.readouterr().err


def test_analyze_writes_json_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(tmp_path)
    out = tmp_path / "out"
    assert main(["analyze", str(tmp_path), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "2 articles from 4 inputs, 2 rejected" in printed
    assert "broken.jsonl#L1" in printed and "photo.png" in printed
    data = json.loads((out / "newsprism.json").read_text(encoding="utf-8"))
    assert set(data) >= {"schema_version", "articles", "rejected", "stories"}
    article = data["articles"][0]
    for key in (
        "id",
        "source",
        "outlet",
        "title",
        "published",
        "dateline",
        "byline",
        "text",
        "cleaning",
    ):
        assert key in article
    assert article["title"] == "Harbour Council Closes Old Pier"
    assert article["dateline"] == "PORT ELLIS"
    assert not article["text"].startswith("PORT ELLIS")
    assert {r["kind"] for r in data["rejected"]} == {"malformed", "unsupported"}
    assert data["stories"][0]["article_ids"] == [a["id"] for a in data["articles"]]
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "Harbour Council Closes Old Pier" in report and "Rejected inputs" in report


def test_json_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(tmp_path)
    assert main(["analyze", str(tmp_path / "a.txt"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["articles"]) == 1 and data["rejected"] == []


def test_nothing_to_analyse_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code = main(["analyze", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), "--json"])
    err = capsys.readouterr().err
    assert code == 1
    assert "nothing to analyse" in err and "empty.txt" in err and "missing.txt" in err


def test_installed_console_script_reads_stdin(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "newsprism"
    if not script.exists():
        pytest.skip("console script not installed in this environment (pip install -e .)")
    proc = subprocess.run(
        [str(script), "analyze", "-", "--json"],
        input=REPORT.encode(),
        capture_output=True,
        check=False,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert data["articles"][0]["source"] == "<stdin>"
    assert not (tmp_path / "out").exists()


def test_add_twice_adds_nothing_the_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_corpus(tmp_path)
    db = tmp_path / "store.db"
    assert (
        main(["add", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db), "--no-nlp"])
        == 0
    )
    assert "2 articles added" in capsys.readouterr().out
    assert main(["add", str(tmp_path / "a.txt"), "--db", str(db), "--no-nlp"]) == 0
    assert "0 articles added, 1 already stored" in capsys.readouterr().out


def test_serve_without_a_store_says_how_to_make_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 1
    assert "newsprism add" in capsys.readouterr().err


def test_watch_refuses_loopback_without_allow_private(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "w.db"
    code = main(
        ["watch", "http://127.0.0.1:9/feed.xml", "--db", str(db), "--polls", "1", "--no-nlp"]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "refused" in out and "--allow-private" in out
