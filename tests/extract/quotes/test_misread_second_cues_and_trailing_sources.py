"""Cues the parser misreads, on text written for these tests: a second verb
of saying with no "that", read as an adjective of the clause's subject ("but
insisted staff would ..."); a second verb joined to a clause under "she was
frustrated that ..." ("and urged ..."); a source and the name set off after
the clause it closes, read as an apposition ("..., her lawyer, Ana Ruiz,
told CPJ."); and a statement's clause hung on the participle that says
where it was posted ("said in a statement posted to its website that ...")."""

from __future__ import annotations

from .conftest import speakers_and_words as _said


def test_a_second_verb_read_as_an_adjective_is_a_second_statement() -> None:
    said = _said(
        "Lift engineers reject night rota\nBranch secretary Morag Lindqvist said the engineers "
        "were ready to negotiate, but insisted members would never accept single-crew night "
        "shifts.\n")
    assert said == [
        ("Morag Lindqvist", "the engineers were ready to negotiate"),
        ("Morag Lindqvist", "members would never accept single-crew night shifts"),
    ]


def test_a_second_verb_after_a_feeling_and_its_clause_is_the_speakers() -> None:
    said = _said(
        "Bus drivers name strike days\nCounty transport chief Ruth Okonedo said she was "
        '"bitterly disappointed" that the talks had collapsed and urged the company and the '
        "union to accept mediation this week.\n")
    assert said[-1] == ("Ruth Okonedo",
                        "the company and the union to accept mediation this week")


def test_a_source_set_off_after_the_clause_it_closes_is_its_speaker() -> None:
    said = _said(
        "Columnist convicted of libel\nSantos was given a suspended sentence of up to two "
        "years but remains free pending appeal, her lawyer, Ana Ruiz-Medel, told CPJ.\n")
    assert said == [("Ana Ruiz-Medel", "Santos was given a suspended sentence of up to two "
                                       "years but remains free pending appeal")]


def test_a_statements_clause_on_where_it_was_posted_is_what_it_said() -> None:
    said = _said(
        "Blogger accused of inventing sources\nThe foreign ministry said in a statement posted "
        "to its website on Friday that the blogger had published invented claims about the "
        "navy.\n")
    assert said == [("The foreign ministry", "that the blogger had published invented claims "
                                             "about the navy")]
