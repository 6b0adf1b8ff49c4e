"""Cue readings that repair the parser, on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.pipeline import Pipeline

STAGES = ("clean.headline", "extract.entities", "extract.quotes")


def _said(text: str) -> list[tuple[str | None, list[str]]]:
    a = Pipeline(STAGES)(Article(text=text))
    return [(q["speaker_name"], [a.text[s:e] for s, e in q["content"]]) for q in a.quotes]


def test_a_that_clause_the_parser_reads_as_a_noun_object_is_what_was_told() -> None:
    # the small English model parses "that budget cuts" as a noun phrase
    said = _said(
        "Flood defences failed\n\nThe council's chief executive, Alan Marsh, told the "
        "hearing that budget cuts had delayed repairs.\n"
    )
    assert said == [("Alan Marsh", ["that budget cuts had delayed repairs"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Alan Marsh told reporters that day about the repairs.",
        "Alan Marsh told the hearing that story of the wall.",
    ],
)
def test_that_as_a_determiner_opens_no_clause(sentence: str) -> None:
    assert _said(f"Flood defences failed\n\n{sentence}\n") == []
