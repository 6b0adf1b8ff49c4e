"""newsdesk: scraped news in, a clean, searchable, attributed record out.

>>> import newsdesk
>>> article = newsdesk.extract_text("A headline\\nThe first paragraph of the story, told in full.")
>>> article.title
'A headline'
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .article import Article, Flag, Removed, Span
from .config import Options
from .notebook import News, open_store
from .pipeline import Pipeline
from .runner import Problem, RunSummary
from .runner import analyze as _analyze
from .store import Store

__version__ = "0.1.0"


def extract_text(
    text: str,
    *,
    options: Options | None = None,
    source: str = "<text>",
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    published: str | None = None,
) -> Article:
    """Run the default pipeline over one text and return the article."""
    article = Article(
        text=text, source=source, url=url, outlet=outlet, title=title, published=published
    )
    return Pipeline(options=options)(article)


def analyze(
    paths: Sequence[str | Path], *, db: str | Path = "newsdesk.db", options: Options | None = None
) -> RunSummary:
    """Analyze files or directories into the store at `db`."""
    with Store(db) as store:
        return _analyze(paths, store, options)


def open(path: str | Path, *, readonly: bool = True) -> News:
    """The store at `path` for notebooks: `.articles()`, `.statements()`,
    `.people()`, `.claims()`, `.stories()` as typed records and
    `.dataframe(table)` (see docs/NOTEBOOK.md)."""
    return open_store(path, readonly=readonly)


__all__ = [
    "Article",
    "Flag",
    "News",
    "Options",
    "Pipeline",
    "Problem",
    "Removed",
    "RunSummary",
    "Span",
    "Store",
    "analyze",
    "extract_text",
    "open",
]
