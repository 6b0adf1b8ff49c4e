"""Fixtures shared by the who-said-what tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsdesk.article import Article
from newsdesk.pipeline import Pipeline

QuotesOf = Callable[[str], list[dict[str, Any]]]


@pytest.fixture(scope="session")
def quotes_of() -> QuotesOf:
    """The statements newsdesk finds in a text (headline first), as the contract gives them."""
    pipeline = Pipeline(("clean.headline", "extract.quotes"))

    def run(text: str) -> list[dict[str, Any]]:
        return pipeline(Article(text=text)).quotes

    return run


#: The stages a statement test runs: the headline, the entities and the quotes.
STAGES = ("clean.headline", "extract.entities", "extract.quotes")


def run(text: str) -> Article:
    """The article newsdesk makes of a text (headline first), through `STAGES`."""
    return Pipeline(STAGES)(Article(text=text))


def with_words(a: Article, records: list[dict[str, Any]], words: str) -> list[dict[str, Any]]:
    """The records among `records` whose content holds `words`."""
    return [q for q in records if any(words in a.text[s:e] for s, e in q["content"])]


def said_by(text: str) -> list[tuple[str | None, str]]:
    """Who newsdesk says said what in a text: (speaker, content pieces joined by " / ")."""
    a = run(text)
    return [(q["speaker_name"], " / ".join(a.text[s:e] for s, e in q["content"]))
            for q in a.quotes]


def said_as(text: str) -> list[tuple[str | None, str, str]]:
    """As `said_by`, with the speaker's type: (speaker, type, content)."""
    a = run(text)
    return [(q["speaker_name"], q["speaker_type"], " / ".join(a.text[s:e] for s, e in q["content"]))
            for q in a.quotes]


def speakers_and_words(text: str) -> list[tuple[str | None, str]]:
    """Each statement newsdesk finds in a text: its speaker's name and its
    words, pieces joined by " / "."""
    a = run(text)
    return [(q["speaker_name"], " / ".join(a.text[s:e] for s, e in q["content"]))
            for q in a.quotes]
