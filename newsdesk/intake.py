"""What the runners check on every input before any stage: a reader that
raises ends only its file, and an article that is not valid Unicode (a lone
surrogate, which no encoder, spaCy or SQLite takes) is refused by name or,
in metadata, escaped."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from .article import Article
from .config import Options
from .errors import InputError
from .read import iter_files, read_file

_SURROGATE = re.compile("[\ud800-\udfff]")
#: Metadata that is shown and stored but indexes nothing: escaped when it
#: holds a lone surrogate. `id` and `text` are refused instead (see unicode_problem).
_METADATA = ("source", "url", "outlet", "title", "published", "author", "language", "encoding")


def printable(text: str) -> str:
    """`text` with each lone surrogate written as its escape (`\\ud800`)."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def unicode_problem(article: Article) -> str | None:
    """Why the article cannot be stored as Unicode text, or None. A lone
    surrogate in `text` cannot be escaped (every offset indexes the text as
    read), nor in `id` (it would become another article's id)."""
    for name in ("id", "text"):
        value = getattr(article, name)
        if not isinstance(value, str):  # a reader's bug: named, not a traceback
            return f"the {name} is {type(value).__name__}, not text"
        found = _SURROGATE.search(value)
        if found:
            return (
                f"the {name} holds a lone surrogate U+{ord(found.group()):04X} at character "
                f"{found.start():,}: not valid Unicode (was the input decoded right?)"
            )
    for name in _METADATA:
        value = getattr(article, name)
        if isinstance(value, str) and _SURROGATE.search(value):
            setattr(article, name, printable(value))
    return None


def read_safely(paths: Sequence[str | Path], options: Options) -> Iterator[Article | InputError]:
    """Every article under `paths`, file by file: a reader that raises ends
    that file, reported by name, and the next file is read."""
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield from read_file(item, options)
        except Exception as exc:  # a reader's bug must not end the run
            yield InputError(
                str(item),
                f"the reader failed ({type(exc).__name__}: {str(exc)[:200]}); "
                "the rest of this file was not read",
            )
