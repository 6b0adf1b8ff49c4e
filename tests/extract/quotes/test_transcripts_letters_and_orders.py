"""Statements podcast transcripts, letters pages, courts and science desks
write, on text written for these tests: a time stamp before a transcript's
speaker label (`[00:00:04] Name: ...`), a label on a line of its own
(`NAME, HOST:` above the turn), a turn running into a paragraph with
no label, a letters page's "Sir, – X laments
that ...", a court that "directed the IGP to submit ..." and a Speaker who
"cautioned her to ...", "said in a statement that it was investing ... and
would ..." (the clause the parser hung on "statement"), "calculated that",
and "My son says ..." inside a quote (an unnamed source)."""

from __future__ import annotations

from .conftest import said_as as _said


def test_a_time_stamp_before_a_transcripts_label() -> None:
    said = _said(
        "The Long Margin, Episode 212\n[00:00:04] Hannah Okonedo-Fisk: Hello and welcome to The "
        "Long Margin. I'm Hannah.\n[00:00:07] Rob Delacroix-Penn: And I'm Rob, and today we are "
        "talking about memory chips.\n")
    assert said == [
        ("Hannah Okonedo-Fisk", "person", "Hello and welcome to The Long Margin. I'm Hannah."),
        ("Rob Delacroix-Penn", "person",
         "And I'm Rob, and today we are talking about memory chips."),
    ]


def test_a_letters_pages_salutation_is_no_speaker() -> None:
    said = _said(
        "Politics and soundbites\nSir, – Fintan Mac Cárthaigh laments that TDs no longer debate "
        "one another.\n")
    assert said == [("Fintan Mac Cárthaigh", "person", "that TDs no longer debate one another")]


def test_a_court_directing_and_a_speaker_cautioning_someone_to_act() -> None:
    said = _said(
        "LHC seeks report from IGP\nThe judge directed the IGP to appear in person if the "
        "detainee was not traced.\nThe Deputy Speaker, Mr Yusuph Selemani Lukumay, cautioned her "
        "to substantiate the claim or withdraw it.\n")
    assert [s[2] for s in said] == ["to appear in person if the detainee was not traced",
                                    "to substantiate the claim or withdraw it"]
    assert said[1][0] == "Yusuph Selemani Lukumay"
    # a film directed by someone reports nothing
    assert _said("Festival opens\nShe directed the film in 2019.\n") == []


def test_the_clause_the_parser_hung_on_in_a_statement() -> None:
    said = _said(
        "Peru to build new reservoirs\nThe water authority said in a statement that it was "
        "investing in new reservoirs and would study the findings \"with great interest\".\n")
    assert said == [("The water authority", "organisation",
                     "that it was investing in new reservoirs and would study the findings "
                     "\"with great interest\"")]


def test_calculated_that_and_my_son_says() -> None:
    said = _said(
        "Renters spend more on housing\nThe Resolution Foundation calculated last month that "
        "the typical renter now spends 34% of their income on housing.\n")
    assert said == [("Resolution Foundation", "organisation",
                     "that the typical renter now spends 34% of their income on housing")]
    said = _said(
        "Herders worry\nJuana Perez, a herder in the valley, spoke to reporters on Monday.\n\"We "
        "walk for an hour to reach the ice now,\" she said. \"My son says there will be nothing "
        "left for his children.\"\n")
    assert ("My son", "anonymous", "there will be nothing left for his children") in said


def test_a_turn_running_into_a_paragraph_without_a_label_goes_on() -> None:
    said = _said(
        "The Long Margin, Episode 212\n"
        "Hannah Okonedo-Fisk: And memory this year, you think it's the same movie?\n"
        "Keiko Sasamoto-Brandt: Same movie, different cast. The data centres are buying "
        "everything.\n"
        "It's not a conspiracy, by the way. Nobody sat in a room and planned it.\n"
        "Rob Delacroix-Penn: Should people buy a laptop now?\n"
        "Keiko Sasamoto-Brandt: I'm not a financial adviser.\n")
    assert ("Keiko Sasamoto-Brandt", "person",
            "It's not a conspiracy, by the way. Nobody sat in a room and planned it.") in said
    assert len(said) == 5


def test_a_label_on_a_line_of_its_own_opens_the_next_paragraph() -> None:
    said = _said(
        "After the flood, a town asks who was watching\nTranscript\nMARTA KOWALCZYK-REID, HOST:\n"
        "Families in the river town of Eastbrook are going back to houses that sat under water "
        "for a week. Jonah Pell reports.\n(SOUNDBITE OF PUMP RUNNING)\nJONAH PELL, BYLINE: On "
        "Mill Lane, Ada Brisk is hauling her carpet out to the curb.\nADA BRISK: It came up "
        "through the floor first, and then under the door.\nPELL: Her neighbour made eleven "
        "trips that night in a borrowed boat.\n")
    assert said[0] == ("Marta Kowalczyk-Reid", "person",
                       "Families in the river town of Eastbrook are going back to houses that "
                       "sat under water for a week. Jonah Pell reports.")
    assert [s[0] for s in said] == ["Marta Kowalczyk-Reid", "Jonah Pell", "Ada Brisk",
                                    "Jonah Pell"]
