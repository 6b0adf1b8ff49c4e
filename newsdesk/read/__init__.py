"""Readers: paths in, articles (or the reason an input could not be read) out.

The reader is chosen by file name; `-` is standard input, its kind sniffed
from its first bytes. Directories are walked in sorted order so runs are
repeatable; a subdirectory that cannot be listed is an error, one that is
empty a warning. Errors are yielded, not raised, so one bad file never stops
a batch. Warnings (fields left unused, an empty subdirectory) go to the
`on_warning` callback, by default the `newsdesk.read` logger, so the stream
holds only `Article | InputError`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..article import Article
from ..config import Options
from ..errors import InputError
from .csvfile import read_csv
from .fields import FIELD_NAMES, check_fields
from .html import read_html
from .jsonfile import read_json
from .jsonl import read_jsonl
from .notes import InputWarning, WarningHook, log_warning
from .stdin import STDIN, read_stdin
from .text import read_text
from .types import Item
from .warc import read_warc

ReadResult = Article | InputError

_SINGLE: dict[str, Callable[[Path, Options], Article]] = {
    ".txt": read_text,
    ".text": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
}
_MANY: dict[str, Callable[[Path, Options], Iterator[Item]]] = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".csv": read_csv,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}

#: File endings newsdesk reads, for messages and docs.
KNOWN_SUFFIXES = tuple(sorted({*_SINGLE, *_MANY}))


def kind_of(path: Path) -> str | None:
    """The suffix that picks the reader for `path`, or None when none does."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    suffix = os.path.splitext(name)[1]
    return suffix if suffix in _SINGLE or suffix in _MANY else None


def read_items(path: Path, options: Options) -> Iterator[Item]:
    """Every article in one file, the reasons it has none, and warnings."""
    if str(path) == "-":
        yield from read_stdin(options)
        return
    kind = kind_of(path)
    if kind is None:
        yield InputError(
            str(path),
            f"unknown file type: newsdesk reads {', '.join(KNOWN_SUFFIXES)}",
        )
        return
    if kind in _MANY:
        yield from _MANY[kind](path, options)
        return
    try:
        yield _SINGLE[kind](path, options)
    except InputError as exc:
        yield exc


def read_file(
    path: Path, options: Options, on_warning: WarningHook | None = None
) -> Iterator[ReadResult]:
    """Every article in one file, or the reasons it has none."""
    yield from _split(read_items(path, options), on_warning or log_warning)


def _split(items: Iterable[Item | InputWarning], on_warning: WarningHook) -> Iterator[ReadResult]:
    for item in items:
        if isinstance(item, InputWarning):
            on_warning(item)
        else:
            yield item


def iter_files(
    paths: Iterable[str | Path], on_warning: WarningHook | None = None
) -> Iterator[Path | InputError]:
    """Files to read: named files as given (`-`: standard input), directories
    walked for known types."""
    hook = on_warning or log_warning
    for item in _inputs(paths):
        if isinstance(item, InputWarning):
            hook(item)
        else:
            yield item


def _inputs(paths: Iterable[str | Path]) -> Iterator[Path | InputError | InputWarning]:
    for p in paths:
        if str(p) == "-":
            yield Path("-")
            continue
        path = Path(p)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        else:
            yield InputError(str(path), "no such file or directory")


def _walk(top: Path) -> Iterator[Path | InputError | InputWarning]:
    found = False
    failed: list[OSError] = []
    reported: set[str] = set()

    def unreadable() -> Iterator[InputError]:
        while failed:
            exc = failed.pop(0)
            where = str(exc.filename or top)
            reported.add(where)
            yield InputError(where, f"cannot read this directory: {exc.strerror or exc}")

    for root, dirs, files in os.walk(top, onerror=failed.append):
        yield from unreadable()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = Path(root)
        if here != top and not files and not dirs:
            yield InputWarning(str(here), "empty directory: nothing to read")
        for name in sorted(files):
            child = here / name
            if not name.startswith(".") and kind_of(child):
                found = True
                yield child
    yield from unreadable()  # the last directory walked
    if not found and str(top) not in reported:
        yield InputError(
            str(top), f"no readable files in this directory ({', '.join(KNOWN_SUFFIXES)})"
        )


def read_all(paths: Iterable[str | Path], options: Options | None = None) -> Iterator[Item]:
    """Every article under `paths`, each failed input, and each warning."""
    options = options or Options()
    check_fields(options.fields)
    for item in _inputs(paths):
        if isinstance(item, InputError | InputWarning):
            yield item
        else:
            yield from read_items(item, options)


def read_paths(
    paths: Iterable[str | Path],
    options: Options | None = None,
    *,
    on_warning: WarningHook | None = None,
) -> Iterator[ReadResult]:
    """Every article under `paths`, with an InputError for each input that
    failed; warnings go to `on_warning` (default: the `newsdesk.read` logger)."""
    yield from _split(read_all(paths, options), on_warning or log_warning)


__all__ = [
    "FIELD_NAMES",
    "KNOWN_SUFFIXES",
    "STDIN",
    "InputWarning",
    "Item",
    "ReadResult",
    "check_fields",
    "iter_files",
    "kind_of",
    "read_all",
    "read_file",
    "read_items",
    "read_paths",
]
