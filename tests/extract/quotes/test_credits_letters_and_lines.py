"""Statements around credits, letters and labelled lines, on text written for
these tests: a page's `Source: Al Jazeera` credit is no statement; "sent a
letter to Health Minister X warning that ..." is the senders' (the parser
reads the minister as the participle's subject); a quote after a labelled
turn goes on with the turn, not with what the turn reports; a caption's
photo credit under a quote paragraph signs nothing."""

from __future__ import annotations

from .conftest import said_as as _said


def test_a_source_credit_is_no_statement() -> None:
    said = _said(
        "Families in Sirte still wait for new homes\nResidents said the flats had not been "
        "delivered.\nSource: Al Jazeera\n")
    assert said == [("Residents", "anonymous", "the flats had not been delivered")]


def test_a_letter_sent_to_someone_warning_is_the_senders() -> None:
    said = _said(
        "Hospitals warn of overcrowding\nThe directors of five major hospitals, including "
        "Sheba Medical Center, sent a letter to Health Minister Dan Elbaz warning that wards "
        "were at 140 percent of capacity.\n")
    assert len(said) == 1 and said[0][1:] == ("anonymous",
                                              "that wards were at 140 percent of capacity")
    assert (said[0][0] or "").startswith("The directors of five major hospitals")


def test_a_quote_after_a_turn_goes_on_with_the_turn() -> None:
    said = _said(
        "The engineer who says the dikes are too low\nHendrika van der Walt has spent thirty "
        "years raising the country's dikes.\nQ: Why 1953?\nHvdW: Because the sea came in one "
        "night. My grandmother told me the water came like a thief.\nQ: Is the new dike out of "
        "date?\nHvdW: It was designed in 2016. I would rather tell them that now than have my "
        "successor tell them in 2060.\n\"A dike is a promise. You should not make promises you "
        "cannot keep.\"\nQ: What do the farmers say?\nHvdW: Some of them are furious, and I "
        "understand it.\n")
    quote = next(s for s in said if s[2].startswith('"A dike is a promise'))
    assert quote[0] == "Hendrika van der Walt"


def test_a_caption_credit_under_a_quote_signs_nothing() -> None:
    said = _said(
        "Bus lane to go\nDeputy mayor Lorraine Petrovic said the lane had been a mistake.\n"
        "“We never asked for it. Nobody uses it after nine,” Petrovic told the Courier.\n"
        "“The shops have lost half their parking, and the buses are no faster.”\n"
        "The lane on Monday. Credit: Fiona Draskovic\n")
    assert [speaker for speaker, _, _ in said] == ["Lorraine Petrovic"] * 3
