"""Helpers for the cleaning tests: run the cleaning stages on text written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdesk.article import Article
from newsdesk.config import Options
from newsdesk.pipeline import Pipeline

#: The cleaning stages, without spaCy or the stitched flag (tested on its own).
CLEANING = ("clean.spam", "clean.boilerplate", "clean.headline", "flags.quality")

#: A short fictional article, English prose on one topic: the context a line
#: is judged against (topic overlap, the article's script and language).
BODY = (
    "Council votes to close two town libraries",
    "The council voted on Tuesday to close two libraries in the north of the town, "
    "despite a petition signed by more than 4,000 residents.",
    "Councillor Jane Holt, who leads the finance committee, said the decision was painful "
    "but that the budget left no other choice.",
    '"We have looked at every option," she told the meeting. "Nobody wanted this."',
    "Campaigners said they would ask for a judicial review of the vote and accused the "
    "council of ignoring its own consultation on the libraries.",
    "The libraries will close at the end of March, and their books will be moved to the "
    "central branch, which will open for longer on Saturdays.",
)

Cleaner = Callable[..., Article]


def clean_text(text: str, options: Options | None = None) -> Article:
    return Pipeline(CLEANING, options)(Article(text=text))


def clean_lines(*lines: str, at: int = 2, body: tuple[str, ...] = BODY) -> Article:
    """Clean an article made of `body` with `lines` inserted before line `at`."""
    return clean_text("\n\n".join([*body[:at], *lines, *body[at:]]))


@pytest.fixture
def clean() -> Cleaner:
    """`clean(*lines, at=2, body=BODY)`: lines inserted into a fictional article."""
    return clean_lines


@pytest.fixture
def clean_raw() -> Cleaner:
    """`clean_raw(text, options=None)`: any text through the cleaning stages."""
    return clean_text


@pytest.fixture
def body() -> tuple[str, ...]:
    return BODY


def removed_reasons(article: Article) -> dict[str, str]:
    """Removed text -> reason."""
    return {article.text[r.start : r.end]: r.reason for r in article.removed}


@pytest.fixture
def reasons() -> Callable[[Article], dict[str, str]]:
    return removed_reasons
