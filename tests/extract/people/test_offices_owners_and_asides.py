"""Speakers as Indian, Korean, Japanese and US broadcast desks write them, on
paragraphs written for these tests: the Tamil "Thiru" a title; a chief
minister named in an aside on "the 58-year-old" is whose aide, not who
spoke; a ministry the tagger read as a name before "Minister"; a place and
"Superintendent" the tagger read as a name before "of Police" and the
officer's name, and "the officer" after him; a standfirst's "Chipmaker";
"the company said" after a sentence about a carmaker that names its plant;
a union set off by a description; a role after a quote that the person the
sentence before introduced holds, not the article's main person; "A woman at
the gas station told me"; a politician's campaign and an official's office."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_thiru_is_a_tamil_title(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Cauvery row\nSpeaking in Chennai, Fisheries Minister Thiru R. Senthilnathan said the "
        "state would go back to the court.\n")
    assert speakers == [("R. Senthilnathan", "person")]
    assert people == ["R. Senthilnathan"]


def test_a_principal_named_in_an_aside_did_not_speak(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Bill passed\nCongress MP Gurpreet Singh Virk, who represents Patiala, said the Bill "
        "was a betrayal.\nThe 61-year-old, a former irrigation minister and a close aide of "
        "Chief Minister Balwant Singh Mann, later told reporters that the party would go to "
        "court.\n\"We will fight it,\" he said.\n")
    assert speakers == [("Gurpreet Singh Virk", "person")] * 3


def test_a_ministry_read_as_a_name_before_minister(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Lok Sabha passes water Bill\nJal Shakti Minister says tribunal will end delays\n"
        "Replying to the debate, Jal Shakti Minister Devendra Prasad Yadav said the Bill "
        "would set up one tribunal.\n")
    assert speakers == [("Devendra Prasad Yadav", "person")] * 2


def test_superintendent_of_police_and_the_officer(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Farmers stopped at border\nAmbala Superintendent of Police Rajesh Kalia said some "
        "protesters had thrown stones at the barricades.\n\"Nobody is stopped from protesting. "
        "But tractors cannot enter the capital,\" the officer told reporters.\n")
    assert speakers == [("Rajesh Kalia", "person")] * 2
    assert people == ["Rajesh Kalia"]


def test_a_standfirst_calls_the_company_by_its_trade(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Tomoda Semiconductor profit jumps on AI demand\n"
        "Chipmaker raises outlook but warns export curbs cloud its plans\n"
        "TOKYO -- Tomoda Semiconductor on Tuesday reported a 38% jump in net profit.\n")
    assert speakers == [("Tomoda Semiconductor", "organisation")] * 2


def test_the_company_is_the_carmaker_the_sentence_is_about(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Output shift\nDaesung Motor will move production of two sport utility vehicles from "
        "its Ulsan plant to Georgia by next year, the company said Wednesday.\n")
    assert speakers == [("Daesung Motor", "organisation")]


def test_a_union_set_off_by_a_description(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Union pushback\nDaesung Motor's labor union, the largest single-company union in the "
        "country, said the decision amounted to \"exporting jobs.\"\n")
    assert speakers == [("Daesung Motor's labor union", "organisation")]


def test_a_role_after_a_quote_is_the_one_the_sentence_before_introduced(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Water row\nTamil Nadu Minister K. Ramaswamy said the state had exhausted all options.\n"
        "Ramaswamy said the Centre had looked the other way. Ramaswamy said farmers would "
        "protest.\nIn Bengaluru, Deputy Chief Minister D. N. Shivalingaiah rejected the charge, "
        "telling reporters that the dams were at 38 per cent.\n\"We have released what we "
        "could. Where will we bring water from?\" the Congress leader asked.\n")
    assert speakers[-1] == ("D. N. Shivalingaiah", "person")
    assert speakers[0] == ("K. Ramaswamy", "person")


def test_a_woman_who_told_the_speaker_is_someone_new(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Runoff\nSimone Achebe-Lund: Organizer Delia Sutton-Greer joins us. What happened?\n"
        "Delia Sutton-Greer: It was the hospital closing. A woman at the gas station "
        "told me she drives 50 minutes now to see a doctor.\nSimone Achebe-Lund: Thank you.\n")
    assert speakers[1:3] == [("Delia Sutton-Greer", "person"),
                             ("A woman at the gas station", "anonymous")]


def test_a_politicians_campaign_and_an_officials_office(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Georgia runoff\nThe runoff pits Democrat Terrence Boatwright against Cal Haverty.\n"
        "Boatwright's campaign says it raised $14 million in five days.\n"
        "The office of Secretary of State Ruth Abernathy-Cole says the rules protect election "
        "workers.\n")
    assert speakers == [("Boatwright's campaign", "organisation"),
                        ("office of Secretary of State Ruth Abernathy-Cole", "organisation")]
