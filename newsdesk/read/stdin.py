"""`-` as an input: standard input, named `<stdin>`, its kind sniffed from
its first bytes (JSON Lines, a JSON array, HTML, WARC, gzip-compressed WARC,
else plain text). JSON Lines and WARC are streamed; a text or HTML page is
read up to the size limit like a file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import BinaryIO

from ..config import Options
from ..errors import InputError, TooLargeError
from .decode import decode_text, sniff_binary
from .html import html_article
from .jsonfile import json_stream
from .jsonl import jsonl_stream
from .text import text_article
from .types import Item
from .warc import warc_stream

STDIN = "<stdin>"
_PEEK = 4096


class Rewound:
    """A binary stream whose first bytes were read to sniff it, put back."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def read(self, size: int = -1, /) -> bytes:
        if not self._head:
            return self._rest.read(size)
        if size < 0:
            out, self._head = self._head + self._rest.read(), b""
            return out
        out, self._head = self._head[:size], self._head[size:]
        return out

    def readline(self, size: int = -1, /) -> bytes:
        if self._head:
            cut = self._head.find(b"\n") + 1
            if cut > 0 and (size < 0 or cut <= size):
                out, self._head = self._head[:cut], self._head[cut:]
                return out
            if 0 <= size <= len(self._head):
                out, self._head = self._head[:size], self._head[size:]
                return out
            out, self._head = self._head, b""
            return out + self._rest.readline(-1 if size < 0 else size - len(out))
        return self._rest.readline(size)

    def close(self) -> None:
        pass  # standard input stays open: it is not ours to close


def sniff(head: bytes) -> str:
    """The kind of input `head` starts: jsonl, json, html, warc, warc.gz or text."""
    if head.startswith(b"\x1f\x8b"):
        return "warc.gz"
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"["):
        return "json"
    if start[:1] == b"<":
        return "html"
    return "text"


def read_stdin(options: Options, stream: BinaryIO | None = None) -> Iterator[Item]:
    fh = stream if stream is not None else sys.stdin.buffer
    try:
        head = fh.read(_PEEK)
    except OSError as exc:
        yield InputError(STDIN, f"cannot read: {exc.strerror or exc}")
        return
    if not head:
        yield InputError(STDIN, "empty input: nothing on standard input")
        return
    kind = sniff(head)
    src = Rewound(head, fh)
    if kind == "jsonl":
        yield from jsonl_stream(src, STDIN, options)  # type: ignore[arg-type]
    elif kind == "json":
        yield from json_stream(src, STDIN, options)  # type: ignore[arg-type]
    elif kind in ("warc", "warc.gz"):
        yield from warc_stream(src, STDIN, options)  # type: ignore[arg-type]
    else:
        try:
            yield _page(src, kind, options)
        except InputError as exc:
            yield exc


def _page(src: Rewound, kind: str, options: Options) -> Item:
    raw = src.read(options.max_bytes + 1)
    if len(raw) > options.max_bytes:
        size = len(raw)
        while chunk := src.read(1 << 20):
            size += len(chunk)
        raise TooLargeError(STDIN, size, options.max_bytes)
    if kind == "html":
        return html_article(STDIN, raw)
    sniff_binary(STDIN, raw[:8192])
    text, encoding = decode_text(STDIN, raw, encoding=options.encoding)
    return text_article(STDIN, text, encoding=encoding)
