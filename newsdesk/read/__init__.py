"""Readers: paths in, articles (or the reason an input could not be read) out.

The reader is chosen by file name; directories are walked in sorted order so
runs are repeatable. Errors are yielded, not raised, so one bad file never
stops a batch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..article import Article
from ..config import Options
from ..errors import InputError
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text
from .warc import read_warc

ReadResult = Article | InputError

_SINGLE: dict[str, Callable[[Path, Options], Article]] = {
    ".txt": read_text,
    ".text": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
}
_MANY: dict[str, Callable[[Path, Options], Iterator[ReadResult]]] = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
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


def read_file(path: Path, options: Options) -> Iterator[ReadResult]:
    """Every article in one file, or the reasons it has none."""
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


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files to read: named files as given, directories walked for known types."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    child = Path(root) / name
                    if not name.startswith(".") and kind_of(child):
                        found = True
                        yield child
            if not found:
                yield InputError(
                    str(path), f"no readable files in this directory ({', '.join(KNOWN_SUFFIXES)})"
                )
        elif path.exists():
            yield path
        else:
            yield InputError(str(path), "no such file or directory")


def read_paths(paths: Iterable[str | Path], options: Options | None = None) -> Iterator[ReadResult]:
    """Every article under `paths`, with an InputError for each input that failed."""
    options = options or Options()
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, options)


__all__ = ["KNOWN_SUFFIXES", "ReadResult", "iter_files", "kind_of", "read_file", "read_paths"]
