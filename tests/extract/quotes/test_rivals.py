"""Of statements that report the same words, the one a reader counts
(quotes/rivals.py), on text written for these tests."""

from __future__ import annotations

from .conftest import QuotesOf


def test_a_weak_cue_inside_the_words_reported_is_one_of_those_words(quotes_of: QuotesOf) -> None:
    text = (
        "Donor row\nDaniel Okafor said the donation was unrelated. He told the Herald he had "
        "supported the mayor \"for years\" and had never asked for anything in return.\n"
    )
    assert [text[s:e] for q in quotes_of(text) for s, e in q["content"]] == [
        "the donation was unrelated",
        "he had supported the mayor \"for years\" and had never asked for anything in return",
    ]
