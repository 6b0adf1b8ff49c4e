"""Offices, names and outlets as Indian, Latin American, New Zealand and
business desks write them, on paragraphs written for these tests: "the CP"
and "the SP" for a commissioner or superintendent of police named before,
initials after "Leader of the Opposition", a Māori elder's style ("Kuia"), a
name the tagger called a body set off by "governor of the CBN", four names
after a role ("economist Camila Ruiz Díaz Bonetto"), a nickname with its
article ("“el Flaco”"), offices after a place, papers, streets and unions
the tagger called people, "the company" after an outlet reported on it or an
analyst's employer was named, "the department" a spokesperson spoke for, a
byline with the writer's job after a slash, car makes, "Sri Lanka's" and a
national side's title ("Former Springbok X") kept out of people, and a role in
the body bound to the one named before it, not after."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_the_cp_is_the_commissioner_of_police_named_before(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Loan app gang busted\nSpeaking to reporters, Commissioner of Police M. Venkata "
        "Ramana informed that the gang had cheated 120 people.\n\"Most victims were "
        "pensioners,\" the CP said.\nThe CP further said that two more accused were on the "
        "run. He appealed to people not to share OTPs with callers.\n")
    assert people == ["M. Venkata Ramana"]
    assert speakers == [("M. Venkata Ramana", "person")] * 4


def test_initials_after_the_leader_of_the_opposition(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Walkout over tank repairs\nCongress floor leader P. Suresh said the repairs had been "
        "delayed for two years.\nLeader of the Opposition K. Ravindran opined that the "
        "scheme was a failure. \"We will not be silenced,\" he said.\n")
    assert people == ["K. Ravindran", "P. Suresh"]
    assert speakers == [("P. Suresh", "person"), ("K. Ravindran", "person"),
                        ("K. Ravindran", "person")]


def test_kuia_is_a_style_not_a_given_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Town told to boil water\nKuia Ana Pōtae said she had kept bottled water since the "
        "last flood.\n\"I am ready this time,\" she told RNZ.\n")
    assert people == ["Ana Pōtae"]
    assert speakers == [("Ana Pōtae", "person")] * 2


def test_a_name_set_off_by_an_office_of_a_named_body_is_a_person(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Bank holds rate\nAdebisi Okunade-Lawal, governor of the CBN, said the committee "
        "voted to hold the rate.\nAnalyst Chinedu Eze-Morgan said he had expected a cut.\n"
        "\"Inflation is still too high,\" the governor said.\n")
    assert "Adebisi Okunade-Lawal" in people
    assert speakers[0] == ("Adebisi Okunade-Lawal", "person")
    assert speakers[-1] == ("Adebisi Okunade-Lawal", "person")


def test_four_names_after_a_role_and_a_nickname_with_its_article(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Unions reject offer\n\"Wages have not caught up,\" economist Lucía Márquez Ortiz "
        "Villegas told the Herald. She added that a strike was likely.\nIts leader in the "
        "Senate, Ramiro “el Gordo” Acevedo, acknowledged that talks would be hard.\n")
    assert people == ["Lucía Márquez Ortiz Villegas", "Ramiro Acevedo"]
    assert speakers == [("Lucía Márquez Ortiz Villegas", "person")] * 2 + [
        ("Ramiro Acevedo", "person")]


def test_offices_papers_streets_and_unions_are_no_people(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Governors split on decree\nMendoza Governor Julián Arce Ferreyra said his province "
        "had \"done its part\". \"We pay on time,\" Arce told La Voz on Monday.\nThe office "
        "will move to a building on Avenida Colón. The National Workers Confederation "
        "rejected the offer.\n")
    assert people == ["Julián Arce Ferreyra"]


def test_the_company_is_not_the_outlet_that_reported_on_it(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Harlow Mills beats forecasts on price rises\nCHICAGO (Reuters) - Harlow Mills posted "
        "a higher quarterly profit on Thursday.\n\"Price did the work,\" said Ana Ruiz, an "
        "analyst at Stifel.\nThe Wall Street Journal reported last week that Harlow had "
        "held talks to sell its bakery unit.\nThe company also said in a filing that it "
        "would close a plant in Ohio.\n")
    assert speakers[-1] == ("Harlow Mills", "organisation")


def test_a_shouted_acronym_opening_a_line_keeps_its_capitals(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Truck falls through ice\nRCMP said in a news release that the truck went through "
        "the ice on Tuesday.\n")
    assert speakers == [("RCMP", "organisation")]


def test_the_department_a_spokesperson_spoke_for(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Ice road closed\nA spokesperson for Saskatchewan Highways and Rural Roads said crews "
        "had measured the ice on Monday.\nThe department said warm weather may have weakened "
        "the crossing.\n")
    assert speakers == [
        ("A spokesperson for Saskatchewan Highways and Rural Roads", "anonymous"),
        ("Saskatchewan Highways and Rural Roads", "organisation")]


def test_a_bill_named_in_a_headline_is_no_person(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Drainage Bill passed\nAccording to the ministry, 300 km of channels were cleared "
        "last year.\n")
    assert people == []


def test_a_byline_with_the_writers_job_after_a_slash(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "House extends curfew powers\nPublished: Tuesday | May 5, 2026 | 12:05 AM\nShaniece "
        "Brown/Senior Staff Reporter\nJustice Minister Delroy Chuck told the House yesterday "
        "that the powers had been used 14 times.\n")
    assert people == ["Delroy Chuck", "Shaniece Brown"]


def test_cars_countries_and_team_titles_are_no_part_of_people(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Test heads for a draw\nA silver Toyota Axio was seen leaving the ground. Sri Lanka's "
        "bowling coach, the former Test opener Roshan Wickramaratne, was more guarded.\nFormer "
        "Springbok Pieter du Toit-Visser, speaking on a podcast this week, questioned why "
        "the side had not declared.\n")
    assert people == ["Pieter du Toit-Visser", "Roshan Wickramaratne"]
    assert speakers == [("Pieter du Toit-Visser", "person")]

