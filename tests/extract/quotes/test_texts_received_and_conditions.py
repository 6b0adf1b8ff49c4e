"""What is and is not said, on text written for these tests: a request to
keep one's surname out of print is a condition of speaking, no statement; a
thing that "tells you" something inside a quote is a figure of speech, no
report; a participle of saying after a text someone received ("opened a
letter ... saying that ...") is the text's words, not the receiver's; a
denial of a charge, a part or an act ("denied any wrongdoing", "denied
interfering in the tender") is a statement, a refusal ("denied bail") not."""

from __future__ import annotations

from .conftest import speakers_and_words as _said


def test_asking_that_ones_surname_not_be_printed_is_no_statement() -> None:
    said = _said(
        "Arrears cases pile up\nRosalba, 61, who asked that her surname not be printed, said "
        "she had been sent four court papers in a month.\n")
    assert said == [("Rosalba", "she had been sent four court papers in a month")]


def test_a_thing_that_tells_you_inside_a_quote_is_no_report() -> None:
    said = _said(
        "Brokers split on Tarang Tech\n\"The headline beat is nice but the thin order book "
        "tells you the next two quarters will be flat,\" said Kiran Bhosle, an analyst at "
        "Malabar Capital.\n")
    assert [speaker for speaker, _ in said] == ["Kiran Bhosle"]


def test_a_letter_received_says_what_its_participle_reports() -> None:
    said = _said(
        "Pensioner told to quit flat\nOn Monday Edith Brannock opened a letter from her "
        "landlord's agents telling her that she must leave the flat by June 1.\n")
    assert said[0][1] == "that she must leave the flat by June 1"
    assert said[0][0] != "Edith Brannock"


def test_a_denial_of_a_charge_or_a_part_is_a_statement_but_a_refusal_is_not() -> None:
    said = _said(
        "Tender official in court\nSipho Dlamini-Khumalo, 52, denied any wrongdoing. The "
        "minister denied interfering in the tender. Dlamini-Khumalo also denied any part in the "
        "fleet contract. The magistrate denied bail, and the court denied his request for a "
        "postponement.\n")
    assert [content for _, content in said] == [
        "any wrongdoing", "interfering in the tender", "any part in the fleet contract"]


def test_a_quote_going_on_after_a_request_for_anonymity_is_still_the_speakers() -> None:
    said = _said(
        "Fake tablets flood markets\n\"Two years ago the fever broke in two days. Now it takes "
        "five,\" said Dr Amina, a paediatrician who asked that her surname not be used because "
        "she is not authorised to speak to the media.\n\"Parents buy tablets at the market. "
        "Some of them are fake.\"\n")
    assert [speaker for speaker, _ in said] == ["Amina", "Amina"]
