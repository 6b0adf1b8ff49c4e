"""Role nouns that belong to someone else, on paragraphs written for these
tests: "A spokesperson" for a minister's office is not a party's
spokesperson named paragraphs later; "the chairperson of the Office of
Public Works" is not the committee's chairperson named below (the first
description stays as written rather than take the wrong person); but "a
retired sergeant" is the "retired Sgt. X" the next paragraph names, and a
body's "its chairman said" the chairman the next paragraph names speaking
(the writer on a `Name, Senior Business Reporter` line no one of them);
"His lawyer told" is the lawyer named later as "Okafor's lawyer, X,"; "the
analyst" is the economist who spoke just before in the paragraph."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_spokesperson_is_not_another_bodys_spokesperson_named_later(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Childcare row\nJunior minister Ciarán Ó Dálaigh said the fee cap was failing rural "
        "parents.\nThe Journal contacted the minister's office. A spokesperson said he "
        "\"stands over every word\".\nThe Tánaiste, Gráinne Nic Amhlaoibh, said she would "
        "not comment.\nLabour children's spokesperson Aoife Ní Bhroin said the "
        "Government was divided.\n")
    assert speakers[1] == ("A spokesperson", "anonymous")
    assert speakers[-1] == ("Aoife Ní Bhroin", "person")


def test_the_chairperson_of_a_named_body_is_not_another_chairperson(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Flood scheme\nThe chairperson of the Office of Public Works has told a committee that "
        "the overrun \"should have been flagged much earlier\".\nCommittee chairperson Seán "
        "Ó Catháin asked how so many changes had been approved.\n")
    assert speakers[0][0] != "Seán Ó Catháin"
    assert speakers[-1] == ("Seán Ó Catháin", "person")


def test_a_description_named_next_by_its_office_written_short(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Police chief on leave\nThe move comes a week after a retired sergeant sued the city, "
        "claiming he was punished for reporting unpaid overtime.\nThe lawsuit, filed in "
        "county court by retired Sgt. Dwayne Pettaway, says the chief retaliated against him.\n")
    assert speakers[0] == ("Dwayne Pettaway", "person")


def test_a_bodys_chairman_is_the_one_named_speaking_next(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Port to double terminal, says chairman\nMaryam Al Hashimi, Senior Business Reporter\n"
        "DUBAI — Gulf Harbour Holdings will spend $1bn on its terminal in Khor Fakkan, its "
        "chairman said on Monday.\nSheikh Khalid bin Saeed Al Nuaimi told reporters at the "
        "company's meeting that the terminal was \"very close to its limit\".\n")
    assert speakers[:2] == [("Khalid bin Saeed Al Nuaimi", "person")] * 2
    assert people == ["Khalid bin Saeed Al Nuaimi", "Maryam Al Hashimi"]


def test_someones_role_named_later_with_the_owner(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Veteran's appeal\nAfter the board rejected his claim, Daniel Okafor filed his appeal "
        "40 days late. His lawyer told the court that he had been in hospital twice during "
        "that time.\nThe judges will rule by June.\nIn a statement, Okafor's lawyer, Ruth "
        "Abernathy-Cole of the Veterans Law Clinic, called the deadline unfair.\n")
    assert speakers[0] == ("Ruth Abernathy-Cole", "person")


def test_the_analyst_is_the_economist_who_just_spoke(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Rates on hold\nAn economist at Harbour Research, Mr Tunde Bakare-Olowu, argued that "
        "the bank had little choice. According to the analyst, a cut would have sent the "
        "wrong signal to investors.\n")
    assert speakers == [("Tunde Bakare-Olowu", "person")] * 2
