"""WARC and WARC.gz: HTTP response records holding HTML.

Records are framed by `warc_frame` (a wrong Content-Length is caught and
reading resumes at the next record); the HTTP message in each response record
is parsed and its body decoded (chunked; gzip, deflate, Brotli) by FastWARC,
and by warcio only where FastWARC cannot read it (a raw-deflate body, as some
servers send for `Content-Encoding: deflate`). Responses that are not HTML or
not a success (redirects, 404s) are skipped. Streamed: memory holds one record.

Gzip is decompressed here rather than inside FastWARC or warcio so that a
truncated file is noticed: both stop quietly at a cut-off gzip member, which
would lose articles without a word.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator as FastIterator
from fastwarc.warc import WarcRecordType
from warcio.archiveiterator import ArchiveIterator as WarcioIterator

from ..config import Options
from ..errors import InputError, TooLargeError
from .html import html_article
from .limits import from_file
from .types import Item
from .warc_frame import Broken, Record, Source, records

_CHUNK = 1 << 16
#: Most bytes inflated in one step.
_MAX_STEP = 1 << 20


class GzipMembers:
    """A read-only stream over a multi-member gzip file that records, instead
    of raising, whether the file ended inside a member.

    At most 1 MiB is inflated per step, so a member that inflates to gigabytes
    (a gzip bomb) is read a little at a time like any other."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._inflate = zlib.decompressobj(wbits=31)
        self._buffer = bytearray()
        self._in_member = False
        self.truncated = False
        self.corrupt: str | None = None

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._buffer) < size:
            if not self._fill():
                break
        n = len(self._buffer) if size < 0 else min(size, len(self._buffer))
        out = bytes(self._buffer[:n])
        del self._buffer[:n]  # cheap at the front of a bytearray
        return out

    def _fill(self) -> bool:
        inflate = self._inflate
        if inflate.eof:  # the next member, in what is left over or still to read
            # (after the end of a member its rest is in unused_data, and also
            # still in unconsumed_tail when the last step was cut short)
            data = inflate.unused_data or self._raw.read(_CHUNK)
            if data:
                self._inflate = inflate = zlib.decompressobj(wbits=31)
        elif inflate.unconsumed_tail:
            data = inflate.unconsumed_tail
        else:
            data = self._raw.read(_CHUNK)
        if not data:
            if self._in_member:
                self.truncated = True
            return False
        try:
            self._buffer += inflate.decompress(data, _MAX_STEP)
        except zlib.error as exc:
            self.corrupt = str(exc)
            return False
        self._in_member = not inflate.eof
        return True

    def close(self) -> None:
        self._raw.close()


def read_warc(path: Path, options: Options) -> Iterator[Item]:
    return from_file(path, options, warc_stream)


@dataclass
class Response:
    """The HTTP response in a record: status, content type and decoded body."""

    status: int | None
    content_type: str
    body: bytes
    #: Which library read it: "fastwarc" or "warcio".
    reader: str


def warc_stream(raw: BinaryIO, source: str, options: Options) -> Iterator[Item]:
    """The articles of a WARC stream, gzip-compressed or not (the magic decides)."""
    sniffed = Source(raw)
    gz = sniffed.peek(2) == b"\x1f\x8b"
    stream = GzipMembers(sniffed) if gz else None  # type: ignore[arg-type]
    src = Source(stream) if stream is not None else sniffed
    n_read = 0
    reported = False
    truncated = False
    try:
        for item in records(src, source, options.max_bytes):
            if isinstance(item, Broken):
                if item.truncated:
                    truncated = True
                    break
                reported = True
                yield InputError(item.where, item.reason)
                continue
            if item.type != "response":
                continue
            name = item.name(source)
            if item.length > options.max_bytes:
                reported = True
                yield TooLargeError(name, item.length, options.max_bytes)
                continue
            n_read += 1
            try:
                response = read_response(item, name, options.max_bytes)
            except InputError as exc:
                yield exc
                continue
            if response is None:
                continue
            uri = item.fields.get("warc-target-uri") or None
            try:
                yield html_article(name, response.body, url=uri)
            except InputError as exc:
                yield exc
    except OSError as exc:
        reported = True
        yield InputError(source, f"cannot read after {n_read} records: {exc.strerror or exc}")
    if stream is not None and stream.corrupt:
        yield InputError(source, f"corrupt gzip data after {n_read} records: {stream.corrupt}")
    elif truncated or (stream is not None and stream.truncated):
        yield InputError(
            source,
            f"truncated: the file ends inside a record after {n_read} complete "
            "response records (those were read)",
        )
    elif n_read == 0 and not reported:
        yield InputError(source, "no HTTP response records in this WARC file")


def read_response(record: Record, name: str, limit: int) -> Response | None:
    """The HTML of a response record; None when it holds no HTML page worth
    reading (an image, a redirect, a 404); InputError when neither FastWARC
    nor warcio can read it."""
    data = record.header + record.block + b"\r\n\r\n"
    try:
        response = _fastwarc(data, limit)
        fast_error = "its HTTP headers could not be parsed"
    except (OSError, ValueError) as exc:
        response, fast_error = None, str(exc)
    if response is None:
        try:
            response = _warcio(data, limit)
        except Exception as exc:  # warcio raises plain exceptions on bad input
            raise InputError(
                name,
                f"cannot read the HTTP response (FastWARC: {fast_error}; warcio: "
                f"{type(exc).__name__}: {exc})",
            ) from exc
    if len(response.body) > limit:
        raise TooLargeError(name, len(response.body), limit)
    if response.status is not None and not 200 <= response.status < 300:
        return None
    if response.content_type and "html" not in response.content_type.lower():
        return None  # images, PDFs, JSON: not articles
    return response if response.body.strip() else None


def _fastwarc(data: bytes, limit: int) -> Response | None:
    for rec in FastIterator(
        io.BytesIO(data),
        record_types=WarcRecordType.response,
        parse_http=True,
        auto_decode="all",
        fsspec_args=False,
        quirks_mode=True,  # header lines ending in a bare LF, as some crawlers write
    ):
        http = rec.http_headers
        if http is None or "\n" in (http.status_line or ""):
            return None  # HTTP headers FastWARC could not split: warcio may
        body = rec.reader.read(limit + 1)
        return Response(http.status_code, rec.http_content_type or "", body, "fastwarc")
    return None


def _warcio(data: bytes, limit: int) -> Response:
    for rec in WarcioIterator(io.BytesIO(data)):
        http = rec.http_headers
        status = None
        if http is not None:
            try:
                status = int(http.get_statuscode())
            except (TypeError, ValueError):
                status = None
        content_type = (http.get_header("Content-Type") if http else "") or ""
        body = rec.content_stream().read(limit + 1)
        return Response(status, content_type, body, "warcio")
    raise ValueError("no record found")
