"""What a statement holds, on paragraphs written for these tests: a
watchdog's finding whose verb the parser read as a noun ("found that X's
fees harm competition") is still what it found; a cue in a clause of time
the parser cut from its "before" ('repaired "well before" the review
concluded') says when, and is no statement of the review's; "X said ...,
but Y alleged that ..." is two statements, the first without its "but";
"ruled that X, finding that Y" is two statements too."""

from __future__ import annotations

from .conftest import said_by


def test_a_finding_the_parser_read_as_a_noun_phrase() -> None:
    assert said_by(
        "Card fees ruling\nThe competition authority has provisionally found that Harlan "
        "Credit's card fees harm competition, and wants them capped.\n"
    ) == [("The competition authority", "Harlan Credit's card fees harm competition")]


def test_a_cue_in_a_clause_of_time_is_no_statement() -> None:
    assert said_by(
        "Savings app glitch fixed\nThe bank said the glitch had been repaired \"well "
        "before\" the review concluded, and that no saver had lost money.\n"
    ) == [("The bank", "the glitch had been repaired \"well before\" the review concluded, and "
           "that no saver had lost money")]


def test_a_second_speaker_after_but_is_a_statement_of_their_own() -> None:
    assert said_by(
        "Taps run dry in Kota\nWater minister Rajiv Malhotra said there was \"no shortage of "
        "water\" in Kota, but BJP leaders alleged that several wards in Talwandi had gone "
        "without supply for two days.\n"
    ) == [("Rajiv Malhotra", "there was \"no shortage of water\" in Kota"),
          ("BJP leaders", "that several wards in Talwandi had gone without supply for two days")]


def test_a_finding_after_a_ruling_is_a_statement_of_its_own() -> None:
    assert said_by(
        "Ombudsman sides with policyholder\nThe ombudsman has ruled that Larchfield Life must "
        "pay the claim in full, finding that the insurer took 14 months to reach a decision.\n"
    ) == [("The ombudsman", "that Larchfield Life must pay the claim in full"),
          ("The ombudsman", "that the insurer took 14 months to reach a decision")]
