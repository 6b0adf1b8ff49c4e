"""Cleaning on the three seed articles, read from ../shared at run time.

Lines are found by their position or by generic site wording ("Please use
... browser", "Image:"), never by copying the articles' text here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsdesk.article import Article
from newsdesk.clean.lines import Line, split_lines
from newsdesk.config import Options
from newsdesk.read.text import read_text


@pytest.fixture
def seed(seed_paths: dict[str, Path], clean_raw):
    """`seed("001")`: the seed article after the cleaning stages, and its lines."""

    def load(number: str) -> tuple[Article, list[Line]]:
        article = clean_raw(read_text(seed_paths[number], Options()).text)
        return article, split_lines(article.text)

    return load


def _removed(article: Article) -> dict[int, str]:
    """Line index -> reason, for every removed line (each removal is one whole line)."""
    lines = {ln.start: ln for ln in split_lines(article.text)}
    out = {}
    for r in article.removed:
        line = lines[r.start]
        assert r.end == line.end, "removals are whole lines"
        out[line.index] = r.reason
    return out


def _indexes(lines: list[Line], pattern: str) -> list[int]:
    return [ln.index for ln in lines if re.search(pattern, ln.text)]


def test_seed_001_spam_boilerplate_captions_and_video_titles(seed) -> None:
    article, lines = seed("001")
    players = _indexes(lines, r"^Please use .* browser .*video player$")
    (trust,) = _indexes(lines, r"^Why you can trust ")
    (caption,) = _indexes(lines, r"^Image: ")
    (more_on,) = _indexes(lines, r"^More on \w+$")
    assert len(players) == 2
    expected = {
        0: "spam",  # the injected gambling line before the headline
        caption - 1: "caption",  # the bare name line above the caption
        caption: "caption",
        trust: "boilerplate",
        more_on: "boilerplate",
        **{p: "boilerplate" for p in players},
        **{p + 1: "video_title" for p in players},
    }
    assert _removed(article) == expected  # and every other line is kept

    flag = article.flag("spam_injection")
    assert flag is not None
    assert [(s.start, s.end) for s in flag.evidence] == [(lines[0].start, lines[0].end)]
    assert lines[0].scripts.get("Han", 0) > 0  # it is the Chinese line

    headline = lines[1]
    assert article.title == headline.text
    assert article.title_span is not None
    assert (article.title_span.start, article.title_span.end) == (headline.start, headline.end)
    assert article.flag("truncated") is None


def test_seed_000_only_the_related_stories_widget_is_removed(seed) -> None:
    article, lines = seed("000")
    (widget,) = [ln.index for ln in lines if ln.all_caps and "RELATED" in ln.text]
    assert _removed(article) == {widget: "boilerplate"}
    assert article.title == lines[0].text
    assert article.flag("spam_injection") is None
    assert article.flag("truncated") is None


def test_seed_002_is_truncated(seed) -> None:
    article, lines = seed("002")
    flag = article.flag("truncated")
    assert flag is not None and flag.score >= 0.6
    (span,) = flag.evidence
    assert lines[-1].start <= span.start < span.end == lines[-1].end
    assert article.removed == []
    assert article.title == lines[0].text
