"""Size limits: an input over the limit is refused before it is read."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..config import Options
from ..errors import InputError, TooLargeError

if TYPE_CHECKING:
    from .types import Item


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of `path`, refusing empty files and files over `limit` unread."""
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from exc
    if size == 0:
        raise InputError(source, "empty file (0 bytes)")
    if size > limit:
        raise TooLargeError(source, size, limit)
    try:
        with path.open("rb") as fh:
            # Read one byte past the limit: a file that grew since stat() is caught too.
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from exc
    if len(raw) > limit:
        raise TooLargeError(source, len(raw), limit)
    return raw


def from_file(
    path: Path,
    options: Options,
    stream_reader: Callable[[BinaryIO, str, Options], Iterator[Item]],
) -> Iterator[Item]:
    """Open `path` and read it with `stream_reader`, an unopenable file named."""
    source = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        yield from stream_reader(fh, source, options)
