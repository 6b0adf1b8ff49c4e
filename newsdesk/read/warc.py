"""WARC and WARC.gz: HTTP response records holding HTML, read with warcio.

Gzip is decompressed here rather than inside warcio so that a truncated file
is noticed: warcio (and fastwarc) stop quietly at a cut-off gzip member,
which would lose articles without a word.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from ..article import Article
from ..config import Options
from ..errors import InputError, TooLargeError
from .html import html_article

_CHUNK = 1 << 16


class GzipMembers:
    """A read-only stream over a multi-member gzip file that records, instead
    of raising, whether the file ended inside a member."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._inflate = zlib.decompressobj(wbits=31)
        self._buffer = b""
        self._in_member = False
        self.truncated = False
        self.corrupt: str | None = None

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._buffer) < size:
            if not self._fill():
                break
        if size < 0:
            out, self._buffer = self._buffer, b""
        else:
            out, self._buffer = self._buffer[:size], self._buffer[size:]
        return out

    def _fill(self) -> bool:
        data = self._inflate.unused_data or self._raw.read(_CHUNK)
        if self._inflate.unused_data:
            self._inflate = zlib.decompressobj(wbits=31)
        if not data:
            if self._in_member:
                self.truncated = True
            return False
        try:
            self._buffer += self._inflate.decompress(data)
        except zlib.error as exc:
            self.corrupt = str(exc)
            return False
        self._in_member = not self._inflate.eof
        return True

    def close(self) -> None:
        self._raw.close()


def read_warc(path: Path, options: Options) -> Iterator[Article | InputError]:
    source = str(path)
    try:
        raw = path.open("rb")
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    gz = path.name.lower().endswith(".gz")
    stream: BinaryIO | GzipMembers = GzipMembers(raw) if gz else raw
    n_records = 0
    cut = False
    try:
        for record in ArchiveIterator(stream):
            if record.format != "warc":
                yield InputError(source, f"not a WARC file (found {record.format} data)")
                return
            if record.rec_type != "response":
                continue
            n_records += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            where = f"{source}#{uri or record.rec_headers.get_header('WARC-Record-ID')}"
            http = record.http_headers
            content_type = (http.get_header("Content-Type") if http else "") or ""
            if content_type and "html" not in content_type.lower():
                continue  # images, PDFs, JSON: not articles
            length = record.length or 0
            if length > options.max_bytes:
                yield TooLargeError(where, length, options.max_bytes)
                continue
            body = record.content_stream().read(options.max_bytes + 1)
            if getattr(record.raw_stream, "limit", 0) > 0:
                n_records -= 1
                cut = True
                break  # the file ends inside this record: reported below
            if not body:
                continue
            try:
                yield html_article(where, body, url=uri or None)
            except InputError as exc:
                yield exc
    except Exception as exc:  # warcio raises plain exceptions on malformed WARC
        if not (isinstance(stream, GzipMembers) and stream.truncated):
            yield InputError(source, f"malformed WARC after {n_records} records: {exc}")
        cut = True
    finally:
        stream.close()
    if isinstance(stream, GzipMembers) and stream.corrupt:
        yield InputError(source, f"corrupt gzip data after {n_records} records: {stream.corrupt}")
    elif cut or (isinstance(stream, GzipMembers) and stream.truncated):
        yield InputError(
            source,
            f"truncated: the file ends inside a record after {n_records} complete "
            "response records (those were read)",
        )
    elif n_records == 0:
        yield InputError(source, "no HTTP response records in this WARC file")
