"""Block quotes: a paragraph quoted without marks after an attribution ending
in a colon (text written for these tests)."""

from __future__ import annotations

from .conftest import QuotesOf

REVIEW = (
    "A bleak book\n"
    "Ezra Klane makes his case in the third chapter. As Klane writes:\n"
    "The polarization of our politics is not a bug. It is the result of a system "
    "that rewards it, and it will not end soon.\n"
    "That is a bleak view.\n"
    "Governor Ann Marsh spoke next. The governor added:\n"
    "It is typical of the council. They know nothing, but the talking never stops.\n"
    "So here are some trends I have noticed in the race so far:\n"
    "Iowa and New Hampshire are not excited about either candidate yet.\n"
    "Follow us on social media:\n"
    "We post every day about the news in the region and more.\n"
)


def _by_start(quotes_of: QuotesOf) -> dict[str, dict[str, object]]:
    return {REVIEW[q["content"][0][0] :][:20]: q for q in quotes_of(REVIEW)}


def test_a_paragraph_after_a_colon_attribution_is_said_by_its_subject(
    quotes_of: QuotesOf,
) -> None:
    said = _by_start(quotes_of)
    klane = said["The polarization of "]
    assert klane["speaker_name"] == "Ezra Klane" and klane["direct"]
    assert said["It is typical of the"]["speaker_name"] == "Ann Marsh"


def test_the_writers_own_list_and_a_label_are_not_block_quotes(quotes_of: QuotesOf) -> None:
    said = _by_start(quotes_of)
    assert "Iowa and New Hampsh" not in said  # "trends I have noticed": the writer's
    assert "We post every day ab" not in said  # no verb of saying before the colon
    assert "That is a bleak view" not in said  # the block is one paragraph
