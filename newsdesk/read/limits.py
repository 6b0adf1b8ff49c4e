"""Size limits: an input over the limit is refused before it is read."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError, TooLargeError


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
