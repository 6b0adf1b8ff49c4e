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
