"""JSON Lines: one article object per line, streamed.

Each line holds `text` or `html`, and optionally `id`, `url`, `title`,
`published`, `outlet`. A bad line is reported as `file:line` and the others
are read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..article import Article
from ..config import Options
from ..errors import InputError, TooLargeError
from .html import html_article
from .meta import iso_date
from .text import text_article

_FIELDS = ("id", "url", "title", "published", "outlet")


def read_jsonl(path: Path, options: Options) -> Iterator[Article | InputError]:
    source = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        seen_any = False
        lineno = 0
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
            if not line.strip():
                continue
            seen_any = True
            try:
                yield _article(where, line)
            except InputError as exc:
                yield exc
        if not seen_any:
            yield InputError(source, "empty file: no JSON lines")


def _skip_rest_of_line(fh: BinaryIO) -> int:
    skipped = 0
    while True:
        chunk = fh.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _article(where: str, line: bytes) -> Article:
    try:
        obj = json.loads(line)
    except UnicodeDecodeError as exc:
        raise InputError(where, f"not UTF-8 (byte {exc.start}): JSON Lines must be UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON: {exc.msg} at column {exc.colno}") from exc
    if not isinstance(obj, dict):
        raise InputError(where, f"expected a JSON object, got {type(obj).__name__}")
    meta: dict[str, str | None] = {}
    for key in _FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            if key == "id" and isinstance(value, int):
                value = str(value)
            else:
                raise InputError(where, f"field {key!r} must be a string")
        meta[key] = value
    try:
        meta["published"] = iso_date(meta["published"])
    except ValueError as exc:
        raise InputError(where, f"field 'published': {exc}") from exc
    text, html = obj.get("text"), obj.get("html")
    if isinstance(text, str) and text.strip():
        return text_article(where, text, encoding="utf-8", **meta)
    if isinstance(html, str) and html.strip():
        return html_article(where, html, **meta)
    raise InputError(where, "no article: the object needs a non-empty 'text' or 'html' string")
