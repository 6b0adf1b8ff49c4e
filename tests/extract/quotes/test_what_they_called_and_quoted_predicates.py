"""What a statement holds and who says it, on paragraphs written for these
tests: "in what the skipper has branded "..."" is the skipper's, "what
troopers described as minor injuries" the troopers', but "what engineers
call "thermal runaway"" is a trade's term and "Bread is what my family
calls ..." says what a thing is; a headline's quoted predicate after its
subject ("Harbour master 'will not back down' over ...") is the subject's,
a feeling quoted ("'heartbroken' as she splits") is not; a speaker's name
holds no "on Friday" after it, no aside set off by commas ("The Commission,
in a statement later, said") and no bracket left open; "lawyer Jonathan Yeo
of Crestmoor Chambers said" is the lawyer's, not his chambers'; what a
seasonal outlook suggests is a statement, and "said in a social media post
that he had written to ..." reports the clause the parser hung on "post"."""

from __future__ import annotations

from .conftest import said_as, said_by


def test_what_someone_branded_or_described_is_theirs() -> None:
    assert said_by(
        "Harriers face Wanderers\nHarriers host Wanderers on Sunday in what skipper Dylan "
        "Morgan has already branded \"the biggest game in the club's history\".\n"
    ) == [("Dylan Morgan", "\"the biggest game in the club's history\"")]
    assert said_as(
        "Crash on Route 9\nTwo pupils were taken to hospital with what troopers described as "
        "minor injuries.\n") == [("troopers", "anonymous", "as minor injuries")]


def test_a_trades_term_or_what_a_thing_is_is_nobodys_statement() -> None:
    assert said_by(
        "How batteries fail\nThe cell heats, and the heat speeds the reaction. The result is "
        "what engineers call \"thermal runaway\".\nPan is what my family calls every kind of "
        "bread.\n") == []


def test_a_headlines_quoted_predicate_is_its_subjects() -> None:
    assert said_by(
        "Harbour master 'will not back down' over mooring charges at Kilbrack\nSpeaking on the "
        "breakfast programme, harbour master Declan Furlong said the charges had been set after "
        "two years of consultation.\n"
    ) == [("Declan Furlong", "'will not back down' over mooring charges at Kilbrack"),
          ("Declan Furlong", "the charges had been set after two years of consultation")]
    assert said_by(
        "Soap star Kayla Marsh 'heartbroken' as she splits from fiancé\nThe actress said she was "
        "sad.\n") == [("Kayla Marsh", "she was sad")]


def test_a_speakers_name_holds_no_day_aside_or_open_bracket() -> None:
    assert said_as(
        "Panel backs shot\nThe European Medicines Agency's human medicines committee on Friday "
        "recommended approval of the drug.\n"
    )[0][:2] == ("The European Medicines Agency's human medicines committee", "organisation")
    assert said_as(
        "Clerk held\nThe Malaysian Anti-Corruption Commission (MACC), in a statement later, "
        "said the clerk had been arrested at his home in Kuantan.\n"
    ) == [("The Malaysian Anti-Corruption Commission (MACC)", "organisation",
           "the clerk had been arrested at his home in Kuantan")]
    assert said_by(
        "Drug panel\nThe Committee for Medicinal Products for Human Use (CHMP) said the company "
        "had not provided enough data.\n"
    ) == [("Committee for Medicinal Products for Human Use",
           "the company had not provided enough data")]


def test_a_lawyer_of_his_chambers_speaks_for_himself() -> None:
    assert said_as(
        "Driver fined\nIn mitigation, defence lawyer Jonathan Yeo of Crestmoor Chambers said his "
        "client had paid the victim's medical bills.\n"
    ) == [("Jonathan Yeo", "person", "his client had paid the victim's medical bills")]


def test_an_outlook_suggests_and_a_post_that_reports() -> None:
    assert said_by(
        "Frost risk lingers\nThe weather service's seasonal outlook suggests there is a high "
        "chance of late frosts across the tablelands in October.\n"
    ) == [("The weather service's seasonal outlook",
           "there is a high chance of late frosts across the tablelands in October")]
    assert said_by(
        "MP presses Ottawa on hail losses\nLocal MP Glenn Sauder said in a social media post "
        "that he had written to the finance minister asking for an early decision on relief.\n"
    ) == [("Glenn Sauder", "that he had written to the finance minister asking for an early "
           "decision on relief")]
