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
