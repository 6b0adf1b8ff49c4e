from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.article import Article
from newsdesk.config import Options
from newsdesk.errors import InputError
from newsdesk.read.warc import read_warc


def _page(i: int) -> bytes:
    body = "".join(
        f"<p>Paragraph {p} of story {i}: the minister said on Monday that the plan would go "
        f"ahead despite the objections raised by the committee.</p>"
        for p in range(6)
    )
    return (f"<html><head><title>Story {i}</title></head><body><nav>Home | World</nav>"
            f"<article><h1>Story {i}</h1>{body}</article><footer>Copyright</footer>"
            "</body></html>").encode()


def make_warc(path: Path, n: int = 4, *, gzip: bool = True) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for i in range(n):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://news.example/{i}", "response", payload=io.BytesIO(_page(i)),
            http_headers=headers))
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://news.example/logo.png", "response", payload=io.BytesIO(b"\x89PNG...."),
        http_headers=image))
    data = buf.getvalue()
    path.write_bytes(data)
    return data


@pytest.mark.parametrize("gzip", [True, False])
def test_html_responses_become_articles_and_images_are_skipped(tmp_path: Path, gzip: bool) -> None:
    f = tmp_path / ("a.warc.gz" if gzip else "a.warc")
    make_warc(f, gzip=gzip)
    results = list(read_warc(f, Options()))
    assert all(isinstance(r, Article) for r in results)
    assert [r.url for r in results if isinstance(r, Article)] == [
        f"https://news.example/{i}" for i in range(4)
    ]
    first = results[0]
    assert isinstance(first, Article)
    assert "the minister said" in first.text and "Home | World" not in first.text


@pytest.mark.parametrize("gzip", [True, False])
def test_a_truncated_warc_keeps_the_records_before_the_cut(tmp_path: Path, gzip: bool) -> None:
    whole = tmp_path / "whole.warc"
    data = make_warc(whole, gzip=gzip)
    cut = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    cut.write_bytes(data[: int(len(data) * 0.6)])
    results = list(read_warc(cut, Options()))
    articles = [r for r in results if isinstance(r, Article)]
    errors = [r for r in results if isinstance(r, InputError)]
    assert 1 <= len(articles) < 4
    assert len(errors) == 1 and "truncated" in errors[0].reason
    assert errors[0].source == str(cut)


def test_not_a_warc_is_reported(tmp_path: Path) -> None:
    f = tmp_path / "x.warc"
    f.write_text("this is not a WARC file at all\n")
    [err] = list(read_warc(f, Options()))
    assert isinstance(err, InputError)
    assert "WARC" in err.reason


# -- records written byte by byte: encodings, broken lengths, both parsers ----

import zlib  # noqa: E402

import brotli  # noqa: E402

from newsdesk.errors import TooLargeError  # noqa: E402
from newsdesk.read.warc import read_response  # noqa: E402
from newsdesk.read.warc_frame import Record, Source, records  # noqa: E402


def _http(body: bytes, headers: str = "Content-Type: text/html; charset=utf-8",
          status: str = "200 OK", nl: bytes = b"\r\n") -> bytes:
    lines = [f"HTTP/1.1 {status}", *headers.split("\n"), f"Content-Length: {len(body)}"]
    return nl.join(line.encode() for line in lines) + nl + nl + body


def _record(i: int, http: bytes, *, length: int | None = None) -> bytes:
    n = len(http) if length is None else length
    return (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/{i}\r\n"
            f"WARC-Record-ID: <urn:uuid:0000-{i}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {n}\r\n\r\n"
            ).encode() + http + b"\r\n\r\n"


def _read(tmp_path: Path, data: bytes, name: str = "t.warc") -> list[object]:
    f = tmp_path / name
    f.write_bytes(data)
    return list(read_warc(f, Options()))


def _urls(results: list[object]) -> list[str | None]:
    return [r.url for r in results if isinstance(r, Article)]


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("br", brotli.compress),
        ("gzip", lambda b: __import__("gzip").compress(b)),
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some servers send
    ],
)
def test_encoded_bodies_are_decoded(tmp_path: Path, encoding: str, encode: object) -> None:
    body = encode(_page(1))  # type: ignore[operator]
    http = _http(body, f"Content-Type: text/html\nContent-Encoding: {encoding}")
    results = _read(tmp_path, _record(1, http) + _record(2, _http(_page(2))))
    assert _urls(results) == ["https://news.example/1", "https://news.example/2"]
    assert "the minister said" in results[0].text  # type: ignore[union-attr]


def _frame_one(data: bytes) -> Record:
    [rec] = list(records(Source(__import__("io").BytesIO(data)), "x.warc", 10_000_000))
    assert isinstance(rec, Record)
    return rec


def test_fastwarc_reads_ordinary_brotli_and_bare_lf_records() -> None:
    for http in (_http(_page(1)),
                 _http(brotli.compress(_page(1)), "Content-Type: text/html\nContent-Encoding: br"),
                 _http(_page(1), "Content-Type: text/html", nl=b"\n")):
        response = read_response(_frame_one(_record(1, http)), "x", 10_000_000)
        assert response is not None and response.reader == "fastwarc"
        assert response.body == _page(1)


def test_warcio_reads_what_fastwarc_cannot() -> None:
    raw_deflate = _http(zlib.compress(_page(1))[2:-4],
                        "Content-Type: text/html\nContent-Encoding: deflate")
    for http in (raw_deflate,):
        response = read_response(_frame_one(_record(1, http)), "x", 10_000_000)
        assert response is not None and response.reader == "warcio"
        assert response.body == _page(1)


def test_a_body_neither_can_decode_is_that_records_error(tmp_path: Path) -> None:
    bad = _http(b"not brotli at all", "Content-Type: text/html\nContent-Encoding: br")
    results = _read(tmp_path, _record(1, bad) + _record(2, _http(_page(2))))
    err = results[0]
    assert isinstance(err, InputError) and err.source.endswith("#https://news.example/1")
    assert "cannot read the HTTP response" in err.reason
    assert _urls(results) == ["https://news.example/2"]


def test_redirects_and_errors_are_skipped(tmp_path: Path) -> None:
    moved = _http(b"<html><body>Moved</body></html>", status="301 Moved Permanently")
    results = _read(tmp_path, _record(1, moved) + _record(2, _http(_page(2))))
    assert results and all(isinstance(r, Article) for r in results)
    assert _urls(results) == ["https://news.example/2"]


@pytest.mark.parametrize("gzip", [False, True])
def test_a_length_too_long_does_not_swallow_the_next_record(tmp_path: Path, gzip: bool) -> None:
    import gzip as gz

    http = _http(_page(1))
    parts = [_record(1, http, length=len(http) + 500), _record(2, _http(_page(2))),
             _record(3, _http(_page(3)))]
    data = b"".join(gz.compress(p) for p in parts) if gzip else b"".join(parts)
    results = _read(tmp_path, data, "t.warc.gz" if gzip else "t.warc")
    errors = [r for r in results if isinstance(r, InputError)]
    assert len(errors) == 1
    assert errors[0].source.endswith("#https://news.example/1")
    assert "Content-Length" in errors[0].reason and "runs into the next record" in errors[0].reason
    assert _urls(results) == ["https://news.example/2", "https://news.example/3"]


def test_a_length_far_too_long_is_caught_while_skipping(tmp_path: Path) -> None:
    http = _http(_page(1))
    data = _record(1, http, length=50_000_000) + _record(2, _http(_page(2)))
    results = _read(tmp_path, data)
    assert isinstance(results[0], InputError) and "runs into the next" in results[0].reason
    assert _urls(results) == ["https://news.example/2"]


def test_a_length_too_short_is_reported_and_reading_resumes(tmp_path: Path) -> None:
    http = _http(_page(1))
    data = (_record(1, http, length=len(http) - 300) + _record(2, _http(_page(2)))
            + _record(3, _http(_page(3))))
    results = _read(tmp_path, data)
    errors = [r for r in results if isinstance(r, InputError)]
    assert len(errors) == 1 and "ends inside the record" in errors[0].reason
    assert _urls(results) == ["https://news.example/2", "https://news.example/3"]


def test_a_length_that_is_no_number(tmp_path: Path) -> None:
    good = _record(2, _http(_page(2)))
    bad = _record(1, _http(_page(1))).replace(b"Content-Length: ", b"Content-Length: x", 1)
    results = _read(tmp_path, bad + good)
    assert isinstance(results[0], InputError) and "is not a length" in results[0].reason
    assert _urls(results) == ["https://news.example/2"]


def test_a_malformed_warc_is_reported_once(tmp_path: Path) -> None:
    results = _read(tmp_path, b"GARBAGE\r\n" + _record(1, _http(_page(1))))
    [err] = results
    assert isinstance(err, InputError) and err.reason.startswith("not a WARC file")
    assert err.source == str(tmp_path / "t.warc")


def test_an_oversized_response_is_refused_by_name(tmp_path: Path) -> None:
    f = tmp_path / "big.warc"
    f.write_bytes(_record(1, _http(_page(1))) + _record(2, _http(_page(2))))
    results = list(read_warc(f, Options(max_bytes=1000)))
    assert [type(r) for r in results] == [TooLargeError, TooLargeError]


def test_a_gzip_bomb_is_read_a_little_at_a_time(tmp_path: Path) -> None:
    import gzip as gz
    import tracemalloc

    size = 30_000_000
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/0\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {size}\r\n\r\n")
    comp = gz.GzipFile(fileobj=(buf := io.BytesIO()), mode="wb")
    comp.write(head.encode())
    for _ in range(size // 1_000_000):
        comp.write(b"\0" * 1_000_000)
    comp.write(b"\r\n\r\n")
    comp.close()
    f = tmp_path / "bomb.warc.gz"
    f.write_bytes(buf.getvalue() + gz.compress(_record(1, _http(_page(1)))))
    tracemalloc.start()
    try:
        results = list(read_warc(f, Options()))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(results[0], TooLargeError)
    assert _urls(results) == ["https://news.example/1"]
    assert peak < 15_000_000, f"peak {peak:,} bytes for a 30 MB record"
