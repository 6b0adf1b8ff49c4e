"""Names as Middle Eastern, Indonesian and Pacific papers write them, and
what is no person's name, on paragraphs written for these tests: forms of
address before a name ("Hagg", "Pak", "Bu", "Raden"), "the father of seven"
for the man just named, an outlet told something, a title inside a place's
name, a saint's name on a building, and bylines written "Name - PLACE" or
"Author: NAME"."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_forms_of_address_are_no_part_of_the_name(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Farmers wait at silos\n\"I have been waiting here since dawn,\" said Hagg Ibrahim "
        "Abdel-Salam, a 60-year-old farmer.\n")
    assert speakers == [("Ibrahim Abdel-Salam", "person")]
    # "Pak Hendra" inside a quote is the minister named in full, not a second person
    speakers, people = speakers_and_people(
        "Farmers wait for subsidy\n\"Pak Hendra came here last year and then nothing,\" said "
        "Wawan Setiawan, a farmer, referring to Agriculture Minister Hendra Wijaya Kusuma.\n"
        "Speaking in Jakarta, Hendra told lawmakers that the subsidy would be paid in May.\n")
    assert speakers[-1] == ("Hendra Wijaya Kusuma", "person")
    assert people == ["Hendra Wijaya Kusuma", "Wawan Setiawan"]


def test_the_father_of_seven_is_the_man_just_named(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Mango season begins\n\"The rains came late this year,\" said Hamad Al-Zahrani, a farmer "
        "in Sabya.\nThe father of seven told reporters that his farm had doubled its yield.\n")
    assert speakers == [("Hamad Al-Zahrani", "person")] * 2
    # not the woman named last
    speakers, _ = speakers_and_people(
        "Driver saves passengers\nA passenger who gave her name only as Keziah said the man had "
        "carried a pushchair above his head.\nThe father of two told the Courier he had watched "
        "the water climb.\n")
    assert speakers[-1] != ("Keziah", "person")


def test_an_outlet_told_something_is_no_person(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Farmers complain of queues\nBut in Minya, farmers told Ahram Online that trucks were "
        "waiting for two days at the silos.\n")
    assert people == []


def test_a_title_inside_a_places_name_and_a_saints_building_are_no_people(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    # (a senator's title stays hers, her party and state after her name)
    speakers, _ = speakers_and_people(
        "Panel splits\nSen. Patricia \"Patsy\" Greenhalgh, D-Wash., said privatization "
        "\"would not hire a single controller\".\n")
    assert speakers == [("Patricia Greenhalgh", "person")]
    speakers, people = speakers_and_people(
        "Evacuees reach shelters\nA spokesperson for the City of Prince Albert said about 200 "
        "evacuees had registered at the arena.\nThe charity wants to open a night shelter in the "
        "former Saint Casimir school building.\n")
    assert speakers[0][1] == "anonymous"
    assert people == []


def test_bylines_of_a_name_and_a_place_or_after_author(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "Istanbul renews old buildings\nDeniz Erkanoğlu - ISTANBUL\nThe governor said on Monday "
        "that 300 buildings would be demolished.\n")
    assert people == ["Deniz Erkanoğlu"]
    _, people = speakers_and_people(
        "Coffee comes of age\nAuthor: SALEH FAYEZ AL-QAHTANI\nThe ministry said on Thursday that "
        "coffee production had doubled.\n")
    assert people == ["Saleh Fayez Al-Qahtani"]


def test_a_vietnamese_name_and_the_role_after_it_before_said(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    # the tagger reads the name as a body and the parser hangs it on "Monday"
    speakers, people = speakers_and_people(
        "Da Nang to expand bus network\nAt a press conference on Monday, Le Thi Bich Ngoc, deputy "
        "director of the Da Nang Department of Construction, said the city would buy 200 "
        "electric buses.\n\"People need a real choice,\" Ngoc said.\n")
    assert speakers == [("Le Thi Bich Ngoc", "person")] * 2
    assert people == ["Le Thi Bich Ngoc"]


def test_a_place_written_with_a_title_is_no_person_anywhere_in_the_article(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "Evacuees reach shelters\nMost of the members left by bus to Prince Albert.\nA "
        "spokesperson for the City of Prince Albert said about 450 evacuees had registered.\n")
    assert people == []
