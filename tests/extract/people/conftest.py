"""Fixtures shared by the people tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdesk.article import Article
from newsdesk.pipeline import Pipeline

#: (speaker name, speaker type) of each statement, and the article's people.
SpeakersAndPeople = Callable[[str], tuple[list[tuple[str | None, str]], list[str]]]


@pytest.fixture(scope="session")
def speakers_and_people() -> SpeakersAndPeople:
    """Who newsdesk says speaks in a text (headline first), and whom it lists as people."""
    pipeline = Pipeline(("clean.headline", "extract.entities", "extract.quotes"))

    def read(text: str) -> tuple[list[tuple[str | None, str]], list[str]]:
        a = pipeline(Article(text=text))
        return ([(q["speaker_name"], q["speaker_type"]) for q in a.quotes],
                sorted({e["name"] for e in a.entities if e["label"] == "PERSON"}))

    return read
