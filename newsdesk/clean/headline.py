"""The headline of a plain-text article: the first line left after cleaning,
unless that line is plainly the story's first sentence (wire copy often has
no headline line)."""

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
    if (
        len(kept) >= 2 and 1 <= len(first.words) <= 30 and len(first.text) <= 250
        and not reads_as_a_lede(first.text)
    ):
        article.title = first.text
        article.title_span = Span(first.start, first.end)
    return article


#: A lede has at least this many words; headlines rarely do.
LEDE_WORDS = 20


def reads_as_a_lede(line: str) -> bool:
    """A long sentence in sentence case that ends like one: `Anheuser-Busch
    Cos. said it plans to aggressively discount its major beer brands, ...`.
    Headlines ending in a full stop are short or written in Title Case."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(line.split()) < LEDE_WORDS or not words:
        return False
    capitalised = sum(w[0].isupper() for w in words) / len(words)
    return capitalised < 0.4 and line.rstrip().rstrip("\"'”’)").endswith((".", "!", "?"))
