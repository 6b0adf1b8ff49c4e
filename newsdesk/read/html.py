"""HTML pages: trafilatura finds the main text, title, author, date and site."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

import trafilatura
from trafilatura.settings import use_config

from ..article import Article, normalise_newlines
from ..config import Options
from ..errors import InputError
from .limits import read_limited

if TYPE_CHECKING:
    from configparser import ConfigParser


@lru_cache(maxsize=1)
def _config() -> ConfigParser:
    config = use_config()
    # trafilatura's timeout uses SIGALRM, which only works in the main thread.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def read_html(path: Path, options: Options) -> Article:
    raw = read_limited(path, options.max_bytes)
    return html_article(str(path), raw)


def html_article(
    source: str,
    html: bytes | str,
    *,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    id: str | None = None,
) -> Article:
    """Extract an article from one HTML page; metadata given here wins over
    what the page says (a JSONL record's `published`, a WARC's target URI)."""
    if isinstance(html, bytes) and b"\x00" in html[:4096]:
        raise InputError(source, "binary data, not HTML: it contains NUL bytes")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            config=_config(),
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise InputError(source, f"HTML could not be parsed: {type(exc).__name__}: {exc}") from exc
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(source, "no main text found in the HTML page")
    page_url = url or getattr(doc, "url", None)
    site = getattr(doc, "sitename", None) or getattr(doc, "hostname", None)
    if not site and page_url:
        site = urlparse(page_url).hostname
    date = getattr(doc, "date", None)
    return Article(
        text=normalise_newlines(text),
        id=id or "",
        source=source,
        url=page_url,
        outlet=outlet or site,
        title=title or getattr(doc, "title", None),
        published=published or (date[:10] if date else None),
        author=getattr(doc, "author", None),
        encoding="html",
    )
