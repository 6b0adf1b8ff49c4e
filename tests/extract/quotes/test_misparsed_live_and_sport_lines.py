"""Statements the parser misreads in sport and parliamentary copy, on text
written for these tests: speech reported inside a pundit's labelled line
("X on BBC Radio 5 Live: I said at half-time they needed ..."), a reported
clause that ends in a quote before a second verb ("that the call "could have
gone either way" and insisted ..."), "X, the MP for Y, later conceded to
reporters that ..." (the verb read as a participle on the name, whom it was
said to kept out of what was said), and "The 47-year-old, under pressure,
refused ..., saying only that ..." (the age read as an adjective's clause)."""

from __future__ import annotations

from .conftest import said_by as _said


def test_speech_reported_inside_a_labelled_line_is_the_labels() -> None:
    said = _said(
        "Harlow 2-1 Denton: live\nMark Ellery on BBC Radio 5 Live: I said at half-time they "
        "needed to get the ball forward earlier, and that's what they've done.\n")
    assert ("Mark Ellery", "at half-time they needed to get the ball forward earlier") in said


def test_a_reported_clause_ending_in_a_quote_before_a_second_verb() -> None:
    said = _said(
        "Eastholme lose\nEastholme manager Bruno Tavares Costa was in no mood to blame the "
        "officials. He told BBC Radio Northshire that the penalty call \"could have gone "
        "either way\" and insisted his side had only themselves to blame.\n")
    assert said == [
        ("Bruno Tavares Costa", 'that the penalty call "could have gone either way"'),
        ("Bruno Tavares Costa", "his side had only themselves to blame"),
    ]


def test_later_conceded_to_reporters_that() -> None:
    said = _said(
        "Farmers count losses after flood\nDelroy Cunningham, the MP for Clarendon, later "
        "conceded to reporters that the relief money was \"not enough\".\n")
    assert said == [("Delroy Cunningham", 'that the relief money was "not enough"')]


def test_an_age_read_as_an_adjectives_clause_is_the_subject() -> None:
    said = _said(
        "Wales lose to Fiji\nWales head coach Gethin ap Rhys said his side were second best.\n"
        "The 47-year-old, under pressure after six defeats, refused to be drawn on his own "
        "future, saying only that his employers \"know where I stand\".\n")
    assert said[-1] == ("Gethin ap Rhys", 'only that his employers "know where I stand"')
