"""WARC archives written with warcio's own writer in a temporary folder."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

from newsprism.model import RawDocument, Rejection
from newsprism.sources import FetchOptions, fetch_documents
from newsprism.sources.warc import WarcCounts, read_warc

PAGE = b"<html><body><p>The harbour council met on Tuesday.</p></body></html>"
DATED = (
    b'<html><head><meta property="article:published_time" content="2025-03-01T08:00:00Z">'
    b"</head><body><p>Dated page.</p></body></html>"
)


def _response(
    writer: WARCWriter, uri: str, body: bytes, status: str = "200 OK", ctype: str = "text/html"
) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": "2025-03-04T12:00:00Z"},
    )
    writer.write_record(record)


def write_warc(path: Path, gz: bool = True) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        request = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "a.example")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record("http://a.example/a", "request", http_headers=request)
        )
        _response(writer, "http://a.example/a", PAGE)
        _response(writer, "http://a.example/dated", DATED, ctype="text/html; charset=utf-8")
        _response(writer, "http://a.example/gone", b"gone", status="404 Not Found")
        _response(writer, "http://a.example/logo.png", b"\x89PNG", ctype="image/png")
        _response(writer, "http://a.example/old", b"", status="301 Moved Permanently")
    return path


@pytest.mark.parametrize("gz", [True, False])
def test_html_responses_become_documents(tmp_path: Path, gz: bool) -> None:
    path = write_warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), gz)
    counts = WarcCounts()
    items = list(read_warc(path, 1_000_000, counts))
    assert all(isinstance(i, RawDocument) for i in items) and len(items) == 2
    first, dated = items
    assert isinstance(first, RawDocument) and isinstance(dated, RawDocument)
    assert first.source == f"{path}#http://a.example/a" and first.url == "http://a.example/a"
    assert first.format == "html" and "harbour council" in first.content
    assert first.published == "2025-03-04T12:00:00Z"  # capture date: the page gives none
    assert dated.published is None  # the page's own date wins in the clean stage
    assert counts.documents == 2
    assert counts.skipped == {
        "warcinfo": 1,
        "request": 1,
        "HTTP 404": 1,
        "HTTP 301": 1,
        "image/png": 1,
    }
    assert counts.describe().startswith("2 documents, 0 rejected, 5 skipped")


def test_through_fetch_documents(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz")
    items = list(fetch_documents([str(path)], FetchOptions()))
    assert [type(i) for i in items] == [RawDocument, RawDocument]


def test_record_over_the_limit_rejected_alone(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz")
    items = list(read_warc(path, 100))
    kinds = [(type(i).__name__, getattr(i, "kind", None)) for i in items]
    assert kinds == [("RawDocument", None), ("Rejection", "too_large")]
    assert isinstance(items[1], Rejection) and "raise --max-bytes" in items[1].reason
    assert items[1].source.endswith("#http://a.example/dated")


def test_corrupt_archive_keeps_what_came_before(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc", gz=False)
    data = path.read_bytes()
    cut = data.index(b"http://a.example/dated")
    broken = tmp_path / "broken.warc"
    broken.write_bytes(data[:cut] + b"\x00garbage\r\n\r\n" * 4)
    items = list(read_warc(broken, 1_000_000))
    assert isinstance(items[0], RawDocument)
    assert isinstance(items[-1], Rejection) and items[-1].kind == "malformed"
    assert "WARC is corrupt after" in items[-1].reason and "warcio check" in items[-1].reason


def test_not_a_warc_and_missing_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(b"this is not an archive at all\n" * 10)
    missing = tmp_path / "missing.warc"
    bad, gone = list(fetch_documents([str(junk), str(missing)], FetchOptions()))
    assert isinstance(bad, Rejection) and bad.kind == "malformed"
    assert isinstance(gone, Rejection) and gone.kind == "unreadable"


def test_archive_without_pages(tmp_path: Path) -> None:
    path = tmp_path / "meta.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
    items = list(read_warc(path, 1_000_000))
    assert len(items) == 1 and isinstance(items[0], Rejection)
    assert items[0].kind == "no_text" and "warcinfo: 1" in items[0].reason
