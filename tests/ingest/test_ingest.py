"""Every input becomes raw documents or a rejection with a reason; nothing stops a run."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsprism.ingest import ingest
from newsprism.model import RawDocument, Rejection
from newsprism.options import Options

BODY = "The harbour council met on Tuesday.\nIt voted to close the old pier.\n"


def run(names: list[str], **kw: object) -> tuple[list[RawDocument], list[Rejection]]:
    opts = Options(**kw)  # type: ignore[arg-type]
    docs: list[RawDocument] = []
    rejs: list[Rejection] = []
    for item in ingest(names, opts):
        (rejs if isinstance(item, Rejection) else docs).append(item)  # type: ignore[arg-type]
    return docs, rejs


def test_text_html_and_folder_recursion(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.html").write_text("<html><body><p>Hello</p></body></html>", encoding="utf-8")
    (sub / ".hidden.txt").write_text(BODY, encoding="utf-8")
    docs, rejs = run([str(tmp_path)])
    assert [Path(d.source).name for d in docs] == ["a.txt", "b.html"]
    assert [d.format for d in docs] == ["text", "html"]
    assert rejs == []


def test_glob_and_missing_paths(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"r{n}.txt").write_text(BODY + str(n), encoding="utf-8")
    docs, rejs = run([str(tmp_path / "r*.txt"), str(tmp_path / "nope.txt"), str(tmp_path / "z*")])
    assert len(docs) == 3
    assert {r.kind for r in rejs} == {"unreadable"}
    assert any("no such file" in r.reason for r in rejs)
    assert any("no file matches" in r.reason for r in rejs)


def test_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    docs, _ = run([str(path), str(tmp_path)])
    assert len(docs) == 1


def test_jsonl_records_keep_ids_and_bad_lines_are_rejected(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "x1",
                "text": BODY,
                "title": "T",
                "outlet": "Gazette",
                "published": "2026-06-14T08:00:00Z",
                "url": "https://g.example/a",
            }
        ),
        "{not json",
        json.dumps({"id": "x2", "html": "<p>Hi there</p>"}),
        json.dumps({"id": "x3"}),
        json.dumps({"id": "x4", "text": "   "}),
        json.dumps(["a list"]),
        "",
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    docs, rejs = run([str(path)])
    assert [(d.id, d.format) for d in docs] == [("x1", "text"), ("x2", "html")]
    assert docs[0].outlet == "Gazette" and docs[0].published == "2026-06-14T08:00:00Z"
    assert [r.source.rsplit("#", 1)[1] for r in rejs] == ["L2", "L4", "L5", "L6"]
    assert [r.kind for r in rejs] == ["malformed", "malformed", "empty", "malformed"]


def test_json_list_object_and_articles_key(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": BODY}), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"text": BODY}, {"text": "B " + BODY}]))
    (tmp_path / "wrapped.json").write_text(json.dumps({"articles": [{"html": "<p>x</p>"}]}))
    (tmp_path / "bad.json").write_text("[1, 2", encoding="utf-8")
    docs, rejs = run([str(tmp_path)])
    assert len(docs) == 4
    assert len(rejs) == 1 and rejs[0].kind == "malformed" and "bad.json" in rejs[0].source


def test_csv_with_text_column(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "id,title,text,outlet\n"
        'c1,First,"Line one, with comma.\nLine two.",Herald\n'
        "c2,Second,,Herald\n",
        encoding="utf-8",
    )
    docs, rejs = run([str(path)])
    assert [d.id for d in docs] == ["c1"]
    assert docs[0].content == "Line one, with comma.\nLine two."
    assert rejs[0].source.endswith("#row3") and rejs[0].kind == "empty"


def test_csv_without_text_column_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    _, rejs = run([str(path)])
    assert rejs[0].kind == "malformed" and "'text'" in rejs[0].reason


def test_gzip_of_each_format(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(BODY.encode(), mtime=0))
    (tmp_path / "b.jsonl.gz").write_bytes(
        gzip.compress(json.dumps({"text": BODY}).encode(), mtime=0)
    )
    docs, rejs = run([str(tmp_path)])
    assert len(docs) == 2 and rejs == []


def test_gzip_bomb_is_rejected_without_unpacking(tmp_path: Path) -> None:
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 5_000_000, mtime=0))
    _, rejs = run([str(tmp_path)], max_bytes=100_000)
    assert rejs[0].kind == "decompression_limit"
    assert "gzip bomb" in rejs[0].reason


def test_too_large_file(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 1000, encoding="utf-8")
    _, rejs = run([str(tmp_path)], max_bytes=100)
    assert rejs[0].kind == "too_large" and "--max-bytes" in rejs[0].reason


def test_empty_binary_unsupported_and_fake_gzip(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "fake.txt.gz").write_bytes(b"not gzip at all")
    _, rejs = run([str(tmp_path)])
    kinds = {Path(r.source).name: r.kind for r in rejs}
    assert kinds == {
        "blank.txt": "empty",
        "doc.pdf": "unsupported",
        "empty.txt": "empty",
        "fake.txt.gz": "malformed",
        "image.txt": "binary",
    }


def test_non_utf8_is_detected_not_guessed(tmp_path: Path) -> None:
    text = (
        "Le maire a déclaré que la fermeture du pont était « une décision difficile ». "
        "Les élèves de l'école côtière ont été évacués à midi. "
    ) * 4
    (tmp_path / "fr.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    docs, rejs = run([str(tmp_path)])
    assert rejs == []
    assert all(d.content == text for d in docs)
    assert {d.encoding for d in docs} >= {"utf-16"}


def test_stdin_is_sniffed() -> None:
    html = b"<!DOCTYPE html><html><body><p>From a pipe</p></body></html>"
    items = list(ingest(["-"], Options(), stdin=io.BytesIO(html)))
    assert len(items) == 1
    doc = items[0]
    assert isinstance(doc, RawDocument) and doc.format == "html" and doc.source == "<stdin>"
    items = list(ingest(["-"], Options(), stdin=io.BytesIO(b'{"text": "a"}\n{"text": "b"}\n')))
    assert [getattr(d, "content", None) for d in items] == ["a", "b"]


@pytest.mark.parametrize("name", ["a.TXT", "b.Html", "c.md", "d.NDJSON"])
def test_suffixes_are_case_insensitive(tmp_path: Path, name: str) -> None:
    content = '{"text": "x"}' if name.lower().endswith("ndjson") else BODY
    (tmp_path / name).write_text(content, encoding="utf-8")
    docs, rejs = run([str(tmp_path)])
    assert len(docs) == 1 and rejs == []
