"""HTML pages: trafilatura finds the main text, title, author, date and site.

Extraction options were chosen on CleanPortalEval (see docs/EVALUATION.md and
`eval/cleanportal.py --ablation`): trafilatura's balanced mode with its
fallbacks and without comments scores best there; `favor_precision`,
`favor_recall` and `fast` all lose F1. Lines of its text that the page shows
only as link text, teaser cards of other stories, date stamps around the body
and HTML shown as text are then left out (`html_filters`). The page's headline
is kept as the first line of the text when trafilatura leaves it out, as a
person (and the gold text) would keep it and as plain-text inputs have it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import trafilatura
from trafilatura.settings import use_config
from trafilatura.utils import load_html

from ..article import Article, normalise_newlines
from ..config import Options
from ..errors import InputError
from .html_filters import FILTERS, drop_lines
from .limits import read_limited

if TYPE_CHECKING:
    from configparser import ConfigParser

#: A headline longer than this (characters or words) is not put into the text:
#: it is more likely a description or a whole sentence of metadata.
_HEADLINE_MAX_CHARS = 250
_HEADLINE_MAX_WORDS = 30
#: A line near the top that shares this share of its words with the headline
#: (counted on the longer of the two) already is it: an `og:title` worded a
#: little differently from the page's `<h1>`, not a lede that echoes it.
_HEADLINE_OVERLAP = 0.8
_HEADLINE_LOOKAHEAD = 5

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Extraction:
    """How the main text is taken from a page: trafilatura's options, then
    newsdesk's line filters (`html_filters`). The defaults are newsdesk's
    choices, measured on CleanPortalEval (docs/EVALUATION.md); `eval/cleanportal.py`
    changes one at a time to show what each buys."""

    # Balanced mode: on CleanPortalEval favor_precision and favor_recall both lower F1.
    favor_precision: bool = False
    favor_recall: bool = False
    #: fast=True skips trafilatura's fallbacks (its readability port and jusText).
    fast: bool = False
    # Readers' comments are not the article.
    include_comments: bool = False
    # Table cells come out as `a | b` rows that read as no sentence.
    include_tables: bool = False
    include_formatting: bool = False
    include_images: bool = False
    deduplicate: bool = False
    #: The page's title, author and date (and the headline kept in the text).
    with_metadata: bool = True
    #: XPath expressions of page parts removed before extraction.
    prune_xpath: tuple[str, ...] = ()
    #: newsdesk's line filters, by name (`html_filters.FILTERS`).
    filters: tuple[str, ...] = FILTERS
    #: A line is link text when at least this share of its words are in links.
    link_threshold: float = 0.8


DEFAULT_EXTRACTION = Extraction()


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
    what the page says (a JSONL record's `published`, a WARC's target URI).

    The text has one paragraph (or heading, or list item) per line, and starts
    with the headline when the page has one that the main text lacks.
    """
    page = read_page(source, html, url=url, title=title)
    doc = page.doc
    page_url = url or getattr(doc, "url", None)
    site = getattr(doc, "sitename", None) or getattr(doc, "hostname", None)
    if not site and page_url:
        site = urlparse(page_url).hostname
    date = getattr(doc, "date", None)
    return Article(
        text=page.text,
        id=id or "",
        source=source,
        url=page_url,
        outlet=outlet or site,
        title=page.headline,
        published=published or (date[:10] if date else None),
        author=getattr(doc, "author", None),
        encoding="html",
    )


@dataclass(frozen=True)
class Page:
    """What `read_page` found: the main text (headline first), the headline,
    and trafilatura's document with the page's metadata."""

    text: str
    headline: str | None
    doc: Any


def read_page(
    source: str,
    html: bytes | str,
    *,
    url: str | None = None,
    title: str | None = None,
    extraction: Extraction = DEFAULT_EXTRACTION,
) -> Page:
    """The main text of one HTML page as `extraction` says to take it."""
    if isinstance(html, bytes) and b"\x00" in html[:4096]:
        raise InputError(source, "binary data, not HTML: it contains NUL bytes")
    try:
        root = load_html(html)
        doc = trafilatura.bare_extraction(
            root if root is not None else html,
            url=url,
            with_metadata=extraction.with_metadata,
            fast=extraction.fast,
            favor_precision=extraction.favor_precision,
            favor_recall=extraction.favor_recall,
            include_comments=extraction.include_comments,
            include_tables=extraction.include_tables,
            include_formatting=extraction.include_formatting,
            include_images=extraction.include_images,
            deduplicate=extraction.deduplicate,
            prune_xpath=list(extraction.prune_xpath) or None,
            config=_config(),
        )
        headline = title or getattr(doc, "title", None)
        text = getattr(doc, "text", None) if doc is not None else None
        if text:
            text = drop_lines(
                normalise_newlines(text),
                root,
                filters=extraction.filters,
                headline=headline,
                link_threshold=extraction.link_threshold,
            )
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise InputError(source, f"HTML could not be parsed: {type(exc).__name__}: {exc}") from exc
    if not text or not text.strip():
        raise InputError(
            source,
            "no main text found in the HTML page (an index, video or log-in page, or "
            "text that only scripts fill in)",
        )
    return Page(with_headline(text.strip("\n"), headline), headline, doc)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def with_headline(text: str, headline: str | None) -> str:
    """`text` with `headline` as its first line, unless the text already has it
    (anywhere, or reworded near the top) or it does not read as a headline."""
    if not headline:
        return text
    headline = " ".join(headline.split())
    wanted = _words(headline)
    if not wanted or len(wanted) > _HEADLINE_MAX_WORDS or len(headline) > _HEADLINE_MAX_CHARS:
        return text
    if f" {' '.join(wanted)} " in f" {' '.join(_words(text))} ":
        return text
    need = Counter(wanted)
    for line in text.split("\n", _HEADLINE_LOOKAHEAD)[:_HEADLINE_LOOKAHEAD]:
        words = _words(line)
        shared = sum((need & Counter(words)).values())
        if shared >= _HEADLINE_OVERLAP * max(len(wanted), len(words)):
            return text
    return f"{headline}\n{text}"
