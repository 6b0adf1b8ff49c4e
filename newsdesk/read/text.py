"""Plain-text articles (`.txt`): the text exactly as read, newlines normalised."""

from __future__ import annotations

from pathlib import Path

from ..article import Article, normalise_newlines
from ..config import Options
from ..errors import InputError
from .decode import decode_text, sniff_binary
from .limits import read_limited


def read_text(path: Path, options: Options) -> Article:
    source = str(path)
    raw = read_limited(path, options.max_bytes)
    sniff_binary(source, raw[:8192])
    text, encoding = decode_text(source, raw, encoding=options.encoding)
    return text_article(source, text, encoding=encoding)


def text_article(source: str, text: str, *, encoding: str | None = None, **meta: object) -> Article:
    """An article from already-decoded text; refuses text with nothing in it."""
    text = normalise_newlines(text)
    if not text.strip():
        raise InputError(source, "no text: the input is empty or only whitespace")
    given = {k: v for k, v in meta.items() if v is not None}
    return Article(text=text, source=source, encoding=encoding, **given)  # type: ignore[arg-type]
