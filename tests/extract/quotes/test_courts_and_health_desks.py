"""Statements as court, inquest and health desks write them, on text written
for these tests: "The coroner said", after "Assistant coroner Dr X" (the same
coroner), a headline's "..., coroner finds" and "Council urges residents to
...", a speaker whose relative clause the parser read as the sentence ("X,
... whose youngest daughter, Ellie, spent a month there, said": X speaks,
not Ellie), and the writer's "My wife says ..." (an unnamed source)."""

from __future__ import annotations

from .conftest import said_as as _said


def test_the_coroner_is_the_assistant_coroner_named_before() -> None:
    said = _said(
        "Cyclist died after lorry collision, coroner rules\nAssistant coroner Dr Ruth Okafor "
        "said the junction was dangerous.\nThe coroner said she would write to the council "
        "about the road layout.\n")
    assert [s[0] for s in said] == ["Ruth Okafor"] * 3


def test_a_headlines_finding_and_request() -> None:
    said = _said(
        "Pensioner, 82, died of hypothermia after 'failures in care', coroner finds\nCoroner "
        "Dr Alan Price said there had been failures in her care.\n")
    assert said[0] == ("Alan Price", "person",
                       "Pensioner, 82, died of hypothermia after 'failures in care'")
    said = _said(
        "Council urges residents to boil tap water as E. coli found in supply\nSevern County "
        "Council is urging residents to boil their drinking water until further notice.\n")
    assert said[0][2] == "to boil tap water as E. coli found in supply"
    assert said[0][1] == "organisation"


def test_the_relative_clauses_subject_is_no_speaker() -> None:
    said = _said(
        "Hospital opens new children's ward\nSarah Hughes, a mother of two from Bridgend whose "
        "youngest daughter, Ellie, spent a month on the old ward, said she was delighted with "
        "the new unit.\n")
    assert said == [("Sarah Hughes", "person", "she was delighted with the new unit")]


def test_the_writers_kin_is_an_unnamed_source() -> None:
    said = _said(
        "Wimbledon: Rossi through - live\nMarcus Treadwell on WhatsApp: I'm late for a "
        "wedding. My wife says if I'm not there by the speeches I needn't bother coming home.\n")
    assert said[1] == ("My wife", "anonymous",
                       "if I'm not there by the speeches I needn't bother coming home")
