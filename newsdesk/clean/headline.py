"""The headline of a plain-text article: the first line left after cleaning."""

from __future__ import annotations

from ..article import Article, Span
from .lines import Line


def find_headline(article: Article, lines: list[Line]) -> Article:
    """Set `title` and `title_span` from the first kept line when it reads as a
    headline; a title given by metadata is kept and located in the text."""
    kept = [ln for ln in lines if not article.is_removed(ln.start, ln.end)]
    if not kept:
        return article
    first = kept[0]
    if article.title:
        wanted = " ".join(article.title.split()).casefold()
        if " ".join(first.text.split()).casefold() == wanted:
            article.title_span = Span(first.start, first.end)
        return article
    if len(kept) >= 2 and 1 <= len(first.words) <= 30 and len(first.text) <= 250:
        article.title = first.text
        article.title_span = Span(first.start, first.end)
    return article
