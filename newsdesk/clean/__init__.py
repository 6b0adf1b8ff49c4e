"""Cleaning stages: spam and boilerplate recorded as removed spans, the
headline found, quality flags raised. None of them edits the text."""

from __future__ import annotations

from ..article import Article
from ..config import Options
from ..registry import stage
from .boilerplate import boilerplate_lines
from .headline import find_headline
from .lines import split_lines
from .quality import quality_flags
from .spam import spam_lines
from .stitched import stitched_flag


@stage("clean.spam", assigns=("removed",))
def clean_spam(article: Article, options: Options) -> Article:
    """Remove injected spam lines (other script or language, SEO bait)."""
    article.removed.extend(spam_lines(split_lines(article.text)))
    return article


@stage("clean.boilerplate", assigns=("removed",))
def clean_boilerplate(article: Article, options: Options) -> Article:
    """Remove site furniture, captions and video titles."""
    lines = split_lines(article.text)
    skip = {ln.index for ln in lines if article.is_removed(ln.start, ln.end)}
    article.removed.extend(boilerplate_lines(lines, skip=skip))
    return article


@stage("clean.headline", assigns=("title", "title_span"))
def clean_headline(article: Article, options: Options) -> Article:
    """Find the headline: the first line left after cleaning."""
    return find_headline(article, split_lines(article.text))


@stage("flags.quality", requires=("text", "removed"), assigns=("flags", "language"))
def flag_quality(article: Article, options: Options) -> Article:
    """Raise spam_injection, boilerplate, truncated, too_short, not_english."""
    article.flags.extend(quality_flags(article, split_lines(article.text), options))
    return article


@stage("flags.stitched", requires=("text", "removed"), assigns=("flags",))
def flag_stitched(article: Article, options: Options) -> Article:
    """Raise stitched for pages assembled from several articles."""
    flag = stitched_flag(article, split_lines(article.text), options)
    if flag is not None:
        article.flags.append(flag)
    return article
