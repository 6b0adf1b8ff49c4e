"""Names as Hong Kong, Israeli, Gulf and British science and opinion pages
write them, on paragraphs written for these tests: a Cantonese given name
with its second syllable in lower case ("Dominic Fung Siu-lun"), also where
the tagger calls it a work of art; honours after a name ("FMedSci"); a
party in brackets after a name ("Orly Ben Shimol (Yesh Atid)", the tagger's
"person" the party); a columnist's bare name on its own line above the
date, the "I" of the column; a town "an 84-year-old from" lives in; a
street ending in "Row"."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_cantonese_given_name_in_lower_case_after_a_hyphen(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Lawmakers question ferry subsidy\nSeveral lawmakers questioned the subsidy.\nDominic "
        "Fung Siu-lun, a lawmaker from the Business and Professionals Alliance, said the "
        "operator had \"every incentive to run the routes badly\".\n\"We hear the same story "
        "every three years,\" Fung said.\n")
    assert people == ["Dominic Fung Siu-lun"]
    assert speakers == [("Dominic Fung Siu-lun", "person")] * 2
    speakers, people = speakers_and_people(
        "Lawmakers question ferry subsidy\nDominic Fung Siu-lun, a lawmaker, said the operator "
        "was to blame.\n\"We hear the same story every three years,\" Fung said.\n")
    assert people == ["Dominic Fung Siu-lun"]
    assert speakers == [("Dominic Fung Siu-lun", "person")] * 2


def test_honours_after_a_name_are_no_part_of_it(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "expert reaction to study on diet\nProf Sir Alasdair McKellar FMedSci, Emeritus "
        "Professor of Neurology, University of Dunmore, said:\n\u201cThis is a welcome result, "
        "but the trial was small.\u201d\n")
    assert people == ["Alasdair McKellar"]
    assert speakers == [("Alasdair McKellar", "person")]


def test_a_party_in_brackets_after_a_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Hospitals warn of overcrowding\nOpposition lawmaker Orly Ben Shimol (Yesh Atid) "
        "called the plan \"a press release, not a policy\" and demanded that the minister "
        "resign.\n")
    assert people == ["Orly Ben Shimol"]
    assert speakers == [("Orly Ben Shimol", "person")] * 2


def test_a_columnists_name_on_its_own_line_above_the_date(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "The bypass nobody asked for\nHarriet Mbeki-Long\nThu 9 Apr 2026 06.00 BST\nLast "
        "spring I wrote in these pages that the bypass would cost twice its budget. It has.\n")
    assert people == ["Harriet Mbeki-Long"]
    assert speakers == [("Harriet Mbeki-Long", "person")]


def test_where_someone_is_from_and_a_row_are_places(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Hospitals warn of overcrowding\nThe family of Moshe Levi, an 84-year-old from Kiryat "
        "Ata who died on Monday, has asked the ministry to investigate.\nThe garage would "
        "stand on Delancey Row, beside the old market.\n")
    assert people == ["Moshe Levi"]


def test_a_cast_lists_players_in_brackets_are_people(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Review: The Salt Road\nThe three adult children, Rui (Duarte Salgueiro), Ines (Kalina "
        "Petrova) and Tomas (Omar Haddad-Lindqvist), drift apart.\nSalgueiro said he chooses "
        "parts for the silences.\n")
    assert {"Duarte Salgueiro", "Kalina Petrova", "Omar Haddad-Lindqvist"} <= set(people)
