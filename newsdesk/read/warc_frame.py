"""WARC record framing: headers, Content-Length and the blank line after each
block checked, so that a wrong length is caught instead of swallowing or
cutting the next record, and reading resumes at the next `WARC/1.x` line.

Framing is done here (it is cheap: one header parse and one read per record);
the HTTP message inside each record is parsed and decoded by FastWARC
(`warc.py`). Memory holds one record at most: blocks over the size limit are
skipped in chunks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

_CHUNK = 1 << 16
#: Longest WARC header block accepted (real ones are well under 4 KiB).
MAX_HEADER = 1 << 16
#: A record start inside a block: the end of a block, then a version line and
#: a header field. Seen inside a block, the block's length is wrong.
_EMBEDDED = re.compile(rb"\r\n\r\nWARC/1\.[01]\r\n[!-9;-~]{1,64}:")
#: A record start anywhere: where reading resumes after a broken record.
_START = re.compile(rb"(?:^|\n)(WARC/1\.[01]\r?\n)")
_VERSION = re.compile(rb"^WARC/\d+\.\d+\r?\n$")
_CUT = -1
#: A length is digits only (int() would also take "+5", "1_000" and spaces).
_DIGITS = re.compile(r"^[0-9]{1,18}$")


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class Source:
    """A byte stream with put-back, counting the offset of what is read.

    `_buf[_pos:]` is read ahead and not yet consumed; consuming moves `_pos`
    (no copy), so reading many short header lines stays linear."""

    def __init__(self, raw: Readable) -> None:
        self._raw = raw
        self._buf = b""
        self._pos = 0
        self.offset = 0

    def _ahead(self) -> int:
        return len(self._buf) - self._pos

    def _fill(self, want: int) -> bool:
        data = self._raw.read(max(want, _CHUNK))
        if not data:
            return False
        self._buf = self._buf[self._pos :] + data
        self._pos = 0
        return True

    def peek(self, n: int) -> bytes:
        while self._ahead() < n and self._fill(n - self._ahead()):
            pass
        return self._buf[self._pos : self._pos + n]

    def read(self, n: int) -> bytes:
        if self._ahead() >= n:
            out = self._buf[self._pos : self._pos + n]
            self._pos += n
        else:
            parts = [self._buf[self._pos :]]
            got = len(parts[0])
            self._buf, self._pos = b"", 0
            while got < n:
                data = self._raw.read(n - got)
                if not data:
                    break
                parts.append(data)
                got += len(data)
            out = b"".join(parts)
        self.offset += len(out)
        return out

    def readline(self, limit: int) -> bytes:
        while True:
            cut = self._buf.find(b"\n", self._pos, self._pos + limit)
            if cut >= 0:
                return self.read(cut + 1 - self._pos)
            if self._ahead() >= limit or not self._fill(_CHUNK):
                return self.read(min(limit, self._ahead()))

    def unread(self, data: bytes) -> None:
        self._buf = data + self._buf[self._pos :]
        self._pos = 0
        self.offset -= len(data)

    def skip_blank(self) -> None:
        while self.peek(1) in (b"\r", b"\n"):
            self.read(1)


@dataclass
class Record:
    offset: int
    header: bytes
    fields: dict[str, str]
    block: bytes
    length: int

    @property
    def type(self) -> str:
        return self.fields.get("warc-type", "").lower()

    def name(self, source: str) -> str:
        uri = self.fields.get("warc-target-uri") or self.fields.get("warc-record-id")
        return f"{source}#{uri}" if uri else f"{source}@{self.offset}"


@dataclass
class Broken:
    """A record (or bytes) that could not be framed; `where` names it."""

    where: str
    reason: str
    #: True when the stream ended inside it (nothing follows to resync to).
    truncated: bool = False


def _parse_fields(header: bytes) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in header.split(b"\n")[1:]:
        name, sep, value = line.partition(b":")
        if sep:
            key = name.strip().decode("latin-1").lower()
            fields.setdefault(key, value.strip().decode("utf-8", "replace"))
    return fields


def records(src: Source, source: str, limit: int) -> Iterator[Record | Broken]:
    """Every record of `src`, or a Broken for each place framing failed.

    A block longer than `limit` is skipped unread (its Record has `block`
    empty and `length` over the limit)."""
    first = True
    while True:
        src.skip_blank()
        offset = src.offset
        version = src.readline(256)
        if not version:
            return
        if not _VERSION.match(version):
            if first:
                yield Broken(source, f"not a WARC file: it starts with {version[:40]!r}")
                return
            yield Broken(
                f"{source}@{offset}",
                "no WARC record starts here (bytes between records); skipped to the next record",
            )
            _resync(src)
            continue
        first = False
        lines = [version]
        size = len(version)
        while True:
            line = src.readline(MAX_HEADER)
            lines.append(line)
            size += len(line)
            if not line or line in (b"\r\n", b"\n") or size > MAX_HEADER:
                break
        header = b"".join(lines)
        fields = _parse_fields(header)
        rec = Record(offset, header, fields, b"", 0)
        name = rec.name(source)
        if not line:
            yield Broken(name, "the file ends inside a record header", truncated=True)
            return
        if size > MAX_HEADER:
            yield Broken(name, f"record header over {MAX_HEADER:,} bytes; skipped")
            _resync(src)
            continue
        given = fields.get("content-length")
        if given is None or not _DIGITS.match(given):
            why = f"Content-Length {given!r} is not a length" if given else "no Content-Length"
            yield Broken(name, f"corrupt record: {why}; skipped to the next record")
            _resync(src)
            continue
        length = int(given)
        rec.length = length
        if length > limit:
            swallowed = _skip(src, length)
            if swallowed == _CUT:
                yield Broken(name, "the file ends inside this record", truncated=True)
                return
            if swallowed is not None:
                yield Broken(name, _too_long(length, swallowed))
                continue
            if not _ends_well(src):
                yield Broken(name, _too_short(length))
                _resync(src)
                continue
            yield rec  # too large: the caller reports it if it wanted the record
        else:
            block = src.read(length)
            hit = _EMBEDDED.search(block)
            if hit:
                src.unread(block[hit.start() + 4 :])
                yield Broken(name, _too_long(length, len(block) - hit.start() - 4))
                continue
            if len(block) < length:
                yield Broken(name, "the file ends inside this record", truncated=True)
                return
            rec.block = block
            if not _ends_well(src):
                yield Broken(name, _too_short(length))
                _resync(src)
                continue
            yield rec


def _too_long(length: int, early: int) -> str:
    return (
        f"corrupt record: Content-Length {length} runs into the next record, which starts "
        f"{early:,} bytes before this length ends; this record was skipped and reading "
        "resumed at the next one"
    )


def _too_short(length: int) -> str:
    return (
        f"corrupt record: Content-Length {length} ends inside the record (no record "
        "follows it); this record was skipped and reading resumed at the next one"
    )


def _ends_well(src: Source) -> bool:
    """A block must be followed by a blank line, then a record or the end."""
    tail = src.peek(4)
    if tail == b"\r\n\r\n":
        src.read(4)
        return True
    src.skip_blank()
    nxt = src.peek(5)
    return nxt in (b"", b"WARC/")


def _skip(src: Source, length: int) -> int | None:
    """Skip `length` bytes; if a record starts inside them, stop there (put
    back) and return how many bytes early it started; _CUT if the stream ends."""
    left = length
    carry = b""
    while left > 0:
        chunk = src.read(min(left, _CHUNK))
        if not chunk:
            return _CUT
        left -= len(chunk)
        window = carry + chunk
        hit = _EMBEDDED.search(window)
        if hit:
            src.unread(window[hit.start() + 4 :])
            return left + len(window) - hit.start() - 4
        carry = window[-80:]
    return None


def _resync(src: Source) -> None:
    """Skip to the next line that starts a WARC record (or the end)."""
    carry = b""
    while True:
        chunk = src.read(_CHUNK)
        if not chunk:
            return
        window = carry + chunk
        hit = _START.search(window)
        if hit:
            src.unread(window[hit.start(1) :])
            return
        carry = window[-16:]
