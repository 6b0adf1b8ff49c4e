"""What is not a statement, on paragraphs written for these tests: a short
dateline in capitals before a colon ("AGRA: A group of geologists has
...") is no speaker; a "what" clause a finding confirms ("the data
confirmed what fishermen had been saying"), a measure against a report
("smaller than the paper reported") and a noun phrase a cue only names
("disputed that estimate", "rejected that characterisation") are no
one's words, unless they quote someone's ('rejected the allegations as
"politics of victimhood"'); nor is what one "had yet to explain", or what
one "ran across the yard to find"."""

from __future__ import annotations

from .conftest import said_by


def test_a_short_dateline_in_capitals_is_no_speaker() -> None:
    assert said_by(
        "Scientists map ancient river channels under desert\nAGRA: A group of city-based "
        "geologists has traced three buried river channels beneath the dunes using satellite "
        "radar, the first such survey in the region.\n") == []
    # (a label in capitals that speaks for itself is a speaker still)
    assert said_by(
        "Town hall transcript\nJB: I think we were let down by the council, and I have said "
        "so to every councillor who would listen to me for the last three years.\n"
    )[0][0] == "JB"


def test_what_a_finding_confirms_is_no_statement() -> None:
    assert said_by(
        "Bird counts back up fishermen\nLead researcher Marta Quill said the data confirmed "
        "what coastal communities had been saying for a decade.\n") == [
        ("Marta Quill",
         "the data confirmed what coastal communities had been saying for a decade")]


def test_a_measure_against_a_report_is_no_statement() -> None:
    found = said_by(
        "Reef survey questioned\nDr Lena Marsh, who was not involved in the survey, said it "
        "was careful work.\nBut she warned divers could miss corals in murky water, meaning the "
        "real loss could be smaller or larger than the paper reported.\n")
    assert [speaker for speaker, _ in found] == ["Lena Marsh", "Lena Marsh"]


def test_a_noun_phrase_a_cue_only_names_is_no_statement() -> None:
    found = said_by(
        "Town disputes cost of pool repairs\nAn engineers' report said the pool would need $2 "
        "million in repairs. Residents have disputed that estimate, pointing out that the pumps "
        "were replaced in 2021.\n")
    assert not any(content == "that estimate" for _, content in found)
    found = said_by(
        "Minister hits back\nThe health minister rejected that characterisation on Monday. "
        "Opposition MPs questioned that figure, pointing out that the wards had closed.\n")
    assert not any(content in ("that characterisation", "that figure") for _, content in found)
    # (words quoted in the phrase are a characterisation someone gave)
    found = said_by(
        "Minister hits back\nInterior minister Rana Sajid Khan rejected the opposition's "
        "allegations as \"politics of victimhood\" on Monday.\n")
    assert [speaker for speaker, _ in found] == ["Rana Sajid Khan"]


def test_what_is_yet_to_be_said_and_what_one_ran_to_find_are_no_statements() -> None:
    found = said_by(
        "MPs question tender for field radios\nA member of the defence committee warned that the "
        "ministry had yet to explain how the supplier was chosen.\n")
    assert [speaker for speaker, _ in found] == ["A member of the defence committee"]
    found = said_by(
        "Woman found injured\nHer grandson said he heard his grandmother \"screaming for "
        "somebody\" and ran across the yard to find her lying near the gate.\n")
    assert not any(content == "her lying near the gate" for _, content in found)
