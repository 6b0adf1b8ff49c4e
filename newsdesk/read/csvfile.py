"""CSV files with a header row: one article per row, streamed.

Column names are matched as JSON field names are (`fields`), so a Media Cloud
or news-please export keeps its outlet and date. The encoding is found as for
.txt files, from the first megabyte (a byte-order mark, UTF-8, else the most
likely legacy encoding); a row that is not in that encoding is reported and
the rows after it are read. Rows are named `file:line` (the line a row starts
on).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..config import Options
from ..errors import InputError
from .decode import BOMS, decode_text, sniff_binary
from .fields import RecordReader
from .limits import from_file
from .types import Item

_HEAD = 1 << 20
_ESCAPED = re.compile("[\udc80-\udcff]")


def read_csv(path: Path, options: Options) -> Iterator[Item]:
    return from_file(path, options, csv_stream)


def _raise_field_limit(limit: int) -> None:
    # The limit is process-wide; only ever raise it, and keep it a C long.
    wanted = min(max(limit, 1 << 17), (1 << 31) - 1)
    if csv.field_size_limit() < wanted:
        csv.field_size_limit(wanted)


def _encoding(source: str, head: bytes, forced: str | None) -> str:
    sniff_binary(source, head[:8192])
    if forced:
        return forced
    for bom, name in BOMS:
        if head.startswith(bom):
            return name  # decoded as a stream below; a cut head would not decode
    # Decode only whole lines of the head: a cut multi-byte character is no error.
    cut = head.rfind(b"\n") + 1 if len(head) >= _HEAD else len(head)
    _, encoding = decode_text(source, head[: cut or len(head)], encoding=forced)
    return "utf-8-sig" if encoding == "utf-8" else encoding


def csv_stream(fh: BinaryIO, source: str, options: Options) -> Iterator[Item]:
    try:
        head = fh.read(_HEAD)
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    if not head.strip():
        yield InputError(source, "empty file: no CSV header row")
        return
    try:
        encoding = _encoding(source, head, options.encoding)
        codecs.lookup(encoding)
    except (InputError, LookupError) as exc:
        yield exc if isinstance(exc, InputError) else InputError(source, str(exc))
        return
    _raise_field_limit(options.max_bytes)
    # Undecodable bytes become lone surrogates, caught row by row below, so a
    # bad row is that row's error and the rows around it are read.
    stream = io.TextIOWrapper(
        io.BufferedReader(_Joined(head, fh)), encoding=encoding, errors="surrogateescape",
        newline="",
    )
    records = RecordReader(source, options, encoding.removesuffix("-sig"))
    reader = csv.reader(stream)
    line = 1
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            yield InputError(source, "no CSV header row")
            return
        names = [h.strip() for h in header]
        rows = 0
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield InputError(f"{source}:{start}", f"not valid CSV: {exc}")
                if reader.line_num < start:
                    break  # the reader cannot move on: stop rather than loop
                continue
            line = start
            if not any(cell.strip() for cell in row):
                continue
            rows += 1
            where = f"{source}:{start}"
            if len(row) > len(names):
                yield InputError(where, f"{len(row)} cells but {len(names)} columns in the header")
                continue
            if any(_ESCAPED.search(cell) for cell in row):
                yield InputError(
                    where,
                    f"not {encoding.removesuffix('-sig')}: bytes in this row do not decode "
                    "(pass --encoding to force one)",
                )
                continue
            try:
                yield records.article(where, {n: v for n, v in zip(names, row, strict=False) if n})
            except InputError as exc:
                yield exc
        if rows == 0:
            yield InputError(source, "no rows after the CSV header")
    except UnicodeDecodeError as exc:
        yield InputError(
            f"{source}:{line + 1}",
            f"not {encoding.removesuffix('-sig')} from here on (pass --encoding to force one); "
            "the rest of the file was not read",
        )
        del exc
    except OSError as exc:
        yield InputError(source, f"cannot read after line {line}: {exc.strerror or exc}")
    yield from records.tally.warnings()


class _Joined(io.RawIOBase):
    """The head already read, then the rest of the stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(b))
        b[: len(data)] = data
        return len(data)
