"""Property-based fuzzing of the cleaner (issue 13): the cleaning stages of the
default pipeline over generated news-like texts and any text never raise,
never take 10 s, and leave removed spans, flags and the headline inside the
text (see `tests.fuzzing.check_cleaned`). Counts and the full run's command:
docs/FUZZING.md.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given

from newsdesk.article import Article
from newsdesk.pipeline import CLEANING_STAGES, Pipeline
from tests.fuzzing import CHAR, FUZZ, any_texts, check_cleaned, news_texts, timed, write_report

CLEANER = Pipeline(CLEANING_STAGES)


@pytest.fixture(scope="module", autouse=True)
def report() -> Iterator[None]:
    yield
    write_report()


def check(text: str) -> None:
    article = timed(lambda: CLEANER(Article(text=text)), text)
    check_cleaned(article, text)


@FUZZ
@given(text=news_texts(max_chars=200_000, max_repeats=5000))
def test_news_like_texts(text: str) -> None:
    check(text)


@FUZZ
@given(text=any_texts(CHAR, 3000))
def test_any_text(text: str) -> None:
    check(text)
