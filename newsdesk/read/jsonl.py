"""JSON Lines: one article object per line, streamed.

Each line holds a text (or HTML) and metadata, under newsdesk's names or those
of Media Cloud, trafilatura and news-please (`fields`). A bad line is reported
as `file:line` and the others are read; fields left unused are counted and
warned about once per file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..config import Options
from ..errors import InputError, TooLargeError
from .fields import RecordReader
from .limits import from_file
from .notes import InputWarning
from .types import Item


def read_jsonl(path: Path, options: Options) -> Iterator[Item]:
    return from_file(path, options, jsonl_stream)


def jsonl_stream(fh: BinaryIO, source: str, options: Options) -> Iterator[Item]:
    """The articles of a JSON Lines stream named `source`."""
    records = RecordReader(source, options)
    seen_any = False
    lineno = 0
    try:
        while True:
            line = fh.readline(options.max_bytes + 1)
            if not line:
                break
            lineno += 1
            where = f"{source}:{lineno}"
            if len(line) > options.max_bytes and not line.endswith(b"\n"):
                size = len(line) + _skip_rest_of_line(fh)
                yield TooLargeError(where, size, options.max_bytes)
                seen_any = True
                continue
            if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]  # a UTF-8 byte-order mark, as Windows tools write
            if not line.strip():
                continue
            seen_any = True
            try:
                yield records.article(where, parse_object(where, line))
            except InputError as exc:
                yield exc
    except OSError as exc:
        yield InputError(source, f"cannot read after line {lineno}: {exc.strerror or exc}")
    if not seen_any:
        yield InputError(source, "empty file: no JSON lines")
    yield from records.tally.warnings()


def _skip_rest_of_line(fh: BinaryIO) -> int:
    skipped = 0
    while True:
        chunk = fh.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def parse_object(where: str, data: bytes | str) -> dict[str, Any]:
    """One JSON object, or InputError saying why `data` is none."""
    return expect_object(where, parse_json(where, data))


def parse_json(where: str, data: bytes | str) -> Any:
    """Any JSON value; every way `json` can fail becomes InputError."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise InputError(where, f"not UTF-8 (byte {exc.start}): JSON must be UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON: {exc.msg} at column {exc.colno}") from exc
    except RecursionError as exc:
        raise InputError(where, "not readable JSON: nested too deeply") from exc
    except ValueError as exc:  # e.g. an integer over Python's 4,300-digit limit
        raise InputError(where, f"not readable JSON: {exc}") from exc


def expect_object(where: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError(where, f"expected a JSON object, got {type(value).__name__}")
    return value


__all__ = ["InputWarning", "jsonl_stream", "parse_json", "parse_object", "read_jsonl"]
