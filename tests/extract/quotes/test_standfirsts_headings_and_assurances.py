"""Standfirsts, headings and reports inside reports, on lines written for
these tests: "Chairman says ...; union warns of ...", where the parser hangs
the second cue on the first and each must keep its own words; a heading in
single marks after a speaker's words ('Enough talking'), no statement; "the
world keeps telling us" inside a quote, a figure of speech; "said X had
assured him that ...", X's words inside the report."""

from __future__ import annotations

from .conftest import said_by


def test_each_cue_of_a_standfirst_keeps_its_own_words() -> None:
    text = ("Daesung Motor to shift SUV output to Georgia\n"
            "Chairman says group 'cannot wait for politics'; union warns of hollowing-out at "
            "home\nBy Lee Ji-yoon\n"
            "\"We cannot wait for politics,\" Daesung Motor Group Chairman Chung Seung-ho said.\n")
    said = said_by(text)
    assert said[0] == ("Chung Seung-ho", "group 'cannot wait for politics'")
    assert said[1][1] == "of hollowing-out at home"


def test_a_clause_and_a_semicolon_before_a_saying_verb_with_words_of_its_own() -> None:
    # the semicolon closes the first report when the second cue has its own
    # complement ("said so in the survey"): the clause before is nobody's
    text = ("Survey\n\"Finding customers\" ranks as the top concern; about 25% of small "
            "businesses said so in the last survey.\n")
    assert not any("ranks as the top concern" in words for _, words in said_by(text))


def test_a_heading_in_single_marks_after_a_speakers_words_is_no_statement() -> None:
    text = ("Talks stall\nMs Litia Vuniwai said the Pacific was not asking for anything new.\n"
            "'Enough talking'\nSamoa's minister chairs the working group on loss and damage.\n")
    assert said_by(text) == [("Litia Vuniwai", "the Pacific was not asking for anything new")]


def test_a_short_quote_in_double_marks_after_a_speakers_words_is_more_of_them() -> None:
    text = ("Talks stall\n\"We will not sign,\" Ms Litia Vuniwai said.\n"
            "\"Not this week, not next week\"\n")
    assert said_by(text)[1] == ("Litia Vuniwai", "\"Not this week, not next week\"")


def test_the_world_telling_us_inside_a_quote_is_a_figure_of_speech() -> None:
    text = ("Talks stall\n\"Every cyclone season we lose a little more. The world keeps telling "
            "us the money is coming,\" Toleafoa Fa'asalele said.\n")
    assert [words for _, words in said_by(text)] == [
        "\"Every cyclone season we lose a little more. The world keeps telling us the money is "
        "coming,\""]


def test_what_someone_assured_the_speaker_inside_a_report() -> None:
    text = ("Water row\nRamaswamy, who met Minister C. R. Bhandari in Delhi on Monday, said "
            "Bhandari had assured him that the matter would be looked into.\n")
    assert ("C. R. Bhandari", "that the matter would be looked into") in said_by(text)


def test_that_and_a_comma_after_telling_people_is_no_clause_of_theirs() -> None:
    text = ("Runoff\nSome of it is the polling places, she said. When I tell people that, folks "
            "in Atlanta look at me like I am making it up.\n")
    assert not any(words.startswith("that, folks") for _, words in said_by(text))
    assert said_by("Plan\nThe mayor said that, if elected, he would cut taxes.\n") == [
        ("The mayor", "that, if elected, he would cut taxes")]
