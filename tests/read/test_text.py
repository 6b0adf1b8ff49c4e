from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.config import Options
from newsdesk.errors import InputError, TooLargeError
from newsdesk.read.text import read_text

BODY = "A headline\n“Quoted,” she said. It cost £5 – a bargain.\n"


def test_utf8_with_bom_is_read_without_the_bom(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbf" + BODY.encode())
    article = read_text(f, Options())
    assert article.text == BODY
    assert article.encoding == "utf-8-sig"


def test_windows_1252_file_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "cp.txt"
    f.write_bytes(BODY.encode("cp1252"))
    article = read_text(f, Options())
    assert article.text == BODY
    assert article.encoding == "cp1252"


def test_crlf_is_normalised_and_offsets_index_the_result(tmp_path: Path) -> None:
    f = tmp_path / "crlf.txt"
    f.write_bytes(BODY.replace("\n", "\r\n").encode())
    assert read_text(f, Options()).text == BODY


def test_utf16_with_bom(tmp_path: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes(BODY.encode("utf-16"))
    assert read_text(f, Options()).text == BODY


def test_mixed_invalid_utf8_is_refused_with_the_byte_offset(tmp_path: Path) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes("Valid “UTF-8” first, ".encode() + b"then a stray \xff\xfe byte.")
    with pytest.raises(InputError) as info:
        read_text(f, Options())
    assert "invalid UTF-8 at byte" in info.value.reason
    assert "--encoding" in info.value.reason


def test_forced_encoding_reads_what_detection_refuses(tmp_path: Path) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes("Valid “UTF-8” first, ".encode() + b"then \xff.")
    assert read_text(f, Options(encoding="latin-1")).encoding == "latin-1"


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "empty file"),
        (b"  \n\n \t\n", "no text"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        (b"abc\x00def\x00" * 20, "NUL"),
    ],
)
def test_unreadable_text_is_refused_with_a_reason(tmp_path: Path, data: bytes, why: str) -> None:
    f = tmp_path / "x.txt"
    f.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_text(f, Options())
    assert why in info.value.reason
    assert info.value.source == str(f)


def test_a_file_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.truncate(200_000_000)
    with pytest.raises(TooLargeError) as info:
        read_text(f, Options())
    assert "10,000,000-byte limit" in info.value.reason
    assert "--max-bytes" in info.value.reason


def test_the_limit_can_be_raised(tmp_path: Path) -> None:
    f = tmp_path / "long.txt"
    f.write_text("Headline\n" + "word " * 3000)
    with pytest.raises(TooLargeError):
        read_text(f, Options(max_bytes=1000))
    assert read_text(f, Options(max_bytes=100_000)).text.startswith("Headline")
