"""Quotes inside quotes (text written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import QuotesOf

STORY = (
    "Salon owner says deputies shrugged off a trespasser\n"
    "Usman Hasib runs the salon on Elm Street.\n"
    "\"The deputies came round, and they said, 'We have a report of someone here.' "
    "Then I said, 'No, he left,'\" Hasib said.\n"
    "Maria Ortiz was buying a coat when it happened.\n"
    "\"The clerk asked me, 'When is the baby due?' and I laughed,\" Ortiz said.\n"
    "\"I called the film 'a fraud' and walked out,\" she said.\n"
    "\"We read 'The Long Road' at school,\" Ortiz said.\n"
)


@pytest.fixture(scope="module")
def quotes(quotes_of: QuotesOf) -> list[dict[str, Any]]:
    return quotes_of(STORY)


def _exactly(quotes: list[dict[str, Any]], words: str) -> dict[str, Any] | None:
    """The statement whose content is the quote holding `words`, marks included."""
    for q in quotes:
        if len(q["content"]) == 1:
            s, e = q["content"][0]
            if words in STORY[s:e] and e - s <= len(words) + 4:
                return q
    return None


def test_a_quote_reported_inside_a_quote_is_a_statement_of_its_own(
    quotes: list[dict[str, Any]],
) -> None:
    deputies = _exactly(quotes, "We have a report of someone here.")
    assert deputies is not None and deputies["direct"]
    # "they" inside Hasib's words is not Hasib: an unnamed group
    assert deputies["speaker_type"] == "anonymous"
    clerk = _exactly(quotes, "When is the baby due?")
    assert clerk is not None
    s, e = clerk["speaker"]
    assert STORY[s:e] == "The clerk"


def test_i_inside_a_quote_is_the_one_quoted(quotes: list[dict[str, Any]]) -> None:
    mine = _exactly(quotes, "No, he left,")  # short, and still words said
    assert mine is not None and mine["speaker_name"] == "Usman Hasib"


def test_the_outer_quote_keeps_its_speaker(quotes: list[dict[str, Any]]) -> None:
    outer = [q for q in quotes if STORY[q["content"][0][0] :].startswith('"The deputies')]
    assert [q["speaker_name"] for q in outer] == ["Usman Hasib"]


def test_a_title_or_a_scare_quote_inside_a_quote_is_no_statement(
    quotes: list[dict[str, Any]],
) -> None:
    assert _exactly(quotes, "a fraud") is None
    assert _exactly(quotes, "The Long Road") is None


def test_a_quote_reported_by_a_second_verb_of_one_subject_is_found(quotes_of: QuotesOf) -> None:
    text = (
        "Summer tournament\n"
        "“My brother would call me and say, ‘Hey, I got another one, he is a good kid.’ "
        "And we put that kid up for a summer,” Dexter Gardner said.\n"
    )
    inner = [q for q in quotes_of(text) if text[slice(*q["content"][0])].startswith("‘Hey")]
    assert len(inner) == 1
    s, e = inner[0]["speaker"]
    assert text[s:e] == "My brother"
