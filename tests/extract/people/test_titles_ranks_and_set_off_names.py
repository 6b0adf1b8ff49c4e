"""Names with a cleric's style, a rank or an office before them, and people
set off beside a role, on paragraphs written for these tests: "the Rt Revd
Simon Achterberg" is Simon Achterberg, "Snr Supt Garvin Mohammed" Garvin
Mohammed, and "Gen" of "Maj Gen (retd) Harish Bhandari" no one; "District
Collector K.P. Anbarasi" is a person; "Its chair, Colin Abara-Reeve," is
Colin Abara-Reeve, however the parser hung the name; "One parishioner, a
retired nurse" and "A neighbour on Kereama's street" are unnamed sources; a
photo credit is no one; "The Directorate General of Canal Navigation" is a
body, and "the directorate" it; a town after a street ("Guapo Road, Point
Fortin,") is no person; "One of the two bidders, Gdansk-based Baltmor Yards,"
is Baltmor Yards."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_clerics_style_or_a_rank_is_no_part_of_the_name(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Choir school review\nThe Bishop of Marlbury, the Rt Revd Simon Achterberg, said the "
        "diocese accepted all 23 recommendations.\n")
    assert speakers == [("Simon Achterberg", "person")]
    assert people == ["Simon Achterberg"]
    speakers, people = speakers_and_people(
        "Crime roundup\nSnr Supt Garvin Mohammed said it was \"worrying\" that young people "
        "were being used to hold guns.\n")
    assert speakers == [("Garvin Mohammed", "person")]
    speakers, people = speakers_and_people(
        "Radar delays\nMaj Gen (retd) Harish Bhandari, a former air defence commander, said the "
        "radar project was \"not an isolated case\".\n")
    assert speakers == [("Harish Bhandari", "person")]
    assert people == ["Harish Bhandari"]


def test_an_office_before_initials_and_a_name_is_a_persons(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Temple crush\nDistrict Collector K.P. Anbarasi said five persons died on the spot.\n")
    assert speakers == [("K.P. Anbarasi", "person")]
    assert people == ["K.P. Anbarasi"]


def test_a_role_set_off_beside_a_name_is_that_person(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Abbot apologises as abuse review is published\n\"We failed the boys who were placed in "
        "our care, and I cannot undo that,\" he said. \"What I can do is make sure it never "
        "happens here again.\"\nHe added that an outside auditor would inspect the abbey's "
        "safeguarding files every year.\nThe Ashcombe Abbey Survivors Network, which speaks for "
        "20 former boarders, welcomed the findings but said that they had come \"far too "
        "late\".\nIts chair, Colin Abara-Reeve, who was a boarder at the abbey school from 1981 "
        "to 1986, said he had read the findings twice overnight.\n\"Nobody has been held to "
        "account,\" he said. \"Some of those men are still preaching.\"\n")
    assert speakers[-1] == ("Colin Abara-Reeve", "person")


def test_unnamed_sources_described_at_length_are_anonymous(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Teenager reported missing\nA neighbour on Kereama's street, who asked not to be named, "
        "said she had seen the boy cycling towards the river on Sunday.\n")
    assert speakers[0][1] == "anonymous"
    speakers, _ = speakers_and_people(
        "Parishioners divided over church closure\nOne parishioner, a retired nurse who asked "
        "not to be named, said the decision had been made \"behind closed doors\".\n")
    assert speakers[0][1] == "anonymous"


def test_a_photo_credit_and_a_streets_town_are_no_people(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Pilgrims crushed at hilltop shrine gate\nDevotees wait outside the shrine on Monday. | "
        "Photo Credit: Special Arrangement\n\"Three of the injured are children,\" she said.\n")
    assert people == [] and speakers[0][0] != "Photo Credit"
    _, people = speakers_and_people(
        "Gunshots in Point Fortin\nResidents of Guapo Road, Point Fortin, said they were woken "
        "by at least six loud bangs shortly after midnight.\n")
    assert people == []


def test_a_directorate_general_is_a_body_and_the_directorate_it(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Greece tightens canal rules\nThe Directorate General of Canal Navigation said the canal "
        "had been closed to wide ships for 40 hours.\n\"We have seen what a loaded bulker does "
        "when it touches the canal wall,\" the directorate said.\n")
    assert speakers == [("Directorate General of Canal Navigation", "organisation")] * 2


def test_one_of_several_bodies_set_off_by_name_is_that_body(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Shipyards bid for frigate work\nOne of the two bidders, Gdansk-based Baltmor Yards, said "
        "in a statement that it could deliver the first hull by 2029.\n")
    assert speakers == [("Baltmor Yards", "organisation")]
