"""`.json` files: an array of article objects (streamed, one element at a time)
or one article object (as trafilatura writes one file per page).

Elements are named `file[0]`, `file[1]`, ... A bad element is reported and the
next one read; where the array itself is broken the rest of the file cannot be
found, so that is reported once and reading stops.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..config import Options
from ..errors import InputError, TooLargeError
from .fields import RecordReader
from .jsonl import expect_object
from .limits import from_file
from .types import Item

_CHUNK = 1 << 20
_SPACE = " \t\r\n"
_SKIP = object()


class _Text:
    """UTF-8 text decoded from a binary stream in chunks. `buf[pos:]` is the
    unread part; the read part is dropped when more is read, so memory stays at
    about one chunk plus one element."""

    def __init__(self, fh: BinaryIO, source: str) -> None:
        self._fh = fh
        self._source = source
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.buf = ""
        self.pos = 0
        self.eof = False

    def more(self) -> bool:
        if self.eof:
            return False
        data = self._fh.read(_CHUNK)
        self.buf = self.buf[self.pos:]
        self.pos = 0
        try:
            self.buf += self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise InputError(self._source, "not UTF-8: JSON must be UTF-8") from exc
        self.eof = not data
        return True

    @property
    def left(self) -> int:
        return len(self.buf) - self.pos

    def skip_space(self) -> str:
        """The next non-space character ('' at the end), not consumed."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _SPACE:
                self.pos += 1
            if self.pos < len(self.buf) or not self.more():
                return self.buf[self.pos : self.pos + 1]

    def take(self, n: int) -> None:
        self.pos += n


def read_json(path: Path, options: Options) -> Iterator[Item]:
    return from_file(path, options, json_stream)


def json_stream(fh: BinaryIO, source: str, options: Options) -> Iterator[Item]:
    records = RecordReader(source, options)
    text = _Text(fh, source)
    limit = options.max_bytes
    try:
        first = text.skip_space()
        if not first:
            yield InputError(source, "empty file: no JSON")
            return
        if first == "{":
            value = _element(text, source, limit)
            try:
                yield records.article(source, expect_object(source, value))
            except InputError as exc:
                yield exc
            if text.skip_space():
                yield InputError(source, "not valid JSON: more data after the object")
            return
        if first != "[":
            yield InputError(source, "expected a JSON array of article objects or one object")
            return
        text.take(1)
        index = 0
        while True:
            nxt = text.skip_space()
            if nxt == "]" and index == 0:
                break
            where = f"{source}[{index}]"
            try:
                value = _element(text, where, limit)
            except TooLargeError as exc:
                yield exc  # read whole, so the next element can be found
                value = _SKIP
            except InputError as exc:
                yield exc  # where this element ends cannot be known: stop
                return
            if value is not _SKIP:
                try:
                    yield records.article(where, expect_object(where, value))
                except InputError as exc:
                    yield exc
            index += 1
            sep = text.skip_space()
            if sep == ",":
                text.take(1)
                continue
            if sep == "]":
                break
            reason = f"expected ',' or ']', not {sep!r}" if sep else "the file ends in the array"
            yield InputError(source, f"not valid JSON after element {index - 1}: {reason}")
            return
        text.take(1)
        if text.skip_space():
            yield InputError(source, "not valid JSON: more data after the array")
        elif index == 0:
            yield InputError(source, "empty array: no articles")
    except InputError as exc:
        yield exc
    finally:
        yield from records.tally.warnings()


def _element(text: _Text, where: str, limit: int) -> object:
    """Decode the JSON value at the front of `text`, reading more as needed."""
    decoder = json.JSONDecoder()
    while True:
        try:
            value, end = decoder.raw_decode(text.buf, text.pos)
        except json.JSONDecodeError as exc:
            if text.left > limit:
                raise InputError(
                    where,
                    f"no complete JSON value in {limit:,} bytes ({exc.msg}): an element over "
                    "the --max-bytes limit, or broken JSON; the rest of the file was not read",
                ) from exc
            if text.more():
                continue  # most likely cut off at the end of what was read so far
            raise InputError(
                where, f"not valid JSON: {exc.msg}; the rest of the file was not read"
            ) from exc
        except RecursionError as exc:
            raise InputError(
                where, "not readable JSON: nested too deeply; the rest of the file was not read"
            ) from exc
        except ValueError as exc:  # an integer over Python's 4,300-digit limit
            raise InputError(
                where, f"not readable JSON: {exc}; the rest of the file was not read"
            ) from exc
        if end == len(text.buf) and not text.eof:
            text.more()  # a number or literal may go on in the next chunk
            continue
        size = end - text.pos
        text.pos = end
        if size > limit:
            raise TooLargeError(where, size, limit)
        return value
