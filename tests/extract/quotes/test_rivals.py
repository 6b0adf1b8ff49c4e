"""Of statements that report the same words, the one a reader counts, and
what is no part of any statement's words (quotes/rivals.py), on text written
for these tests."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("dateline", [
    "SINGAPORE - ", "KYIV, Ukraine (AP) — ", "LONDON (Reuters) - ", "WASHINGTON — ",
])
def test_a_dateline_is_no_part_of_what_was_said(quotes_of: QuotesOf, dateline: str) -> None:
    text = (
        "Tax rise confirmed\n"
        f"{dateline}The Goods and Services Tax will rise to 10 per cent next year as "
        "planned, Deputy Prime Minister Gan Kim Yong said on Tuesday, dismissing calls "
        "from opposition MPs to delay the increase.\n"
    )
    assert [text[s:e] for q in quotes_of(text) for s, e in q["content"]] == [
        "The Goods and Services Tax will rise to 10 per cent next year as planned"
    ]


def test_a_verb_hung_on_the_saying_is_no_second_statement(quotes_of: QuotesOf) -> None:
    text = (
        "Last show\n"
        "Host Rosa Lindqvist closed the season. \"We will be back in the spring, whatever "
        "happens,\" Rosa warned as she signed off.\n"
    )
    found = quotes_of(text)
    assert [(q["speaker_name"], text[q["cue"][0] : q["cue"][1]]) for q in found] == [
        ("Rosa Lindqvist", "warned")
    ]


def test_a_partial_quote_inside_reported_words_is_no_statement_of_its_own(
        quotes_of: QuotesOf) -> None:
    text = (
        "Layoffs\n"
        "Mr Osei-Bonsu spoke on Tuesday. According to him, the company would rehire workers "
        "\"when the situation improves\".\n"
    )
    found = quotes_of(text)
    assert [text[q["content"][0][0] : q["content"][-1][1]] for q in found] == [
        "the company would rehire workers \"when the situation improves\""
    ]
