"""Who speaks in transcripts and police news, on paragraphs written for
these tests: a transcript's `D REYES:` and `M REYES:` are the Daniel and the
Marisol Reyes its first labels and its text name; initials written with a
particle in small letters (`MNíC:`) are the byline's Máire Ní Chonaill,
`SNíC:` the Siobhán Ní Chonaill the introduction names;
"Det Insp" and "Mufti" are titles, no part of a name; no person:
"Catholic Charities", "Blackburn Magistrates' Court", a street in an
address ("Daniel Heywood, 34, of Audley Range, Blackburn")."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_given_names_initial_and_a_surname_label(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "The nurse who recorded the border\nDANIEL REYES, HOST: For 31 years, Marisol Reyes "
        "worked night shifts as a nurse in Brownsville. She is also my mother. Welcome.\n"
        "MARISOL REYES: Thank you, mijo. I never thought I'd hear you say that on the radio.\n"
        "D REYES: Why start recording?\nM REYES: Because they were dying. In one year, four "
        "of the women I wanted to talk to passed away.\nD REYES: Did you keep every tape?\n"
        "M REYES: Every one. They are in shoeboxes in my closet.\n")
    labelled = [sp for sp in speakers if sp[0] in ("Daniel Reyes", "Marisol Reyes")]
    assert labelled == [("Daniel Reyes", "person"), ("Marisol Reyes", "person")] * 3
    assert not any(name in ("D REYES", "M REYES") for name, _ in speakers)


def test_initials_with_a_particle_in_small_letters(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "A novel written in a hospital car park\nMáire Ní Chonaill\nSiobhán Ní Chonaill’s "
        "debut novel was published last May. This conversation has been edited for length.\n"
        "MNíC: You started writing the book while your husband was in "
        "hospital. Is that right?\nSNíC: In the car park, mostly. I sat in the car for hours "
        "with a notebook.\nMNíC: Was it cold?\nSNíC: Freezing. I wrote with the engine "
        "running.\n")
    assert ("Máire Ní Chonaill", "person") in speakers
    assert ("Siobhán Ní Chonaill", "person") in speakers  # the tagger missed her name


def test_a_detective_inspectors_rank_is_no_part_of_her_name(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Man charged after house fire\nDet Insp Shazia Akhtar, of East CID, said: \"This was a "
        "terrifying ordeal for a young family who were woken in the early hours.\"\n")
    assert speakers == [("Shazia Akhtar", "person")]
    assert people == ["Shazia Akhtar"]


def test_a_mufti_by_his_name(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Path dispute\nMufti Mohammad Zahid Qasmi, who leads prayers at the mosque, said the "
        "youth of the area had been \"restless\" for weeks.\n")
    assert people == ["Mohammad Zahid Qasmi"]


def test_a_charity_a_court_and_an_address_are_no_people(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Local news\nAccording to Catholic Charities of Laredo, its downtown shelter served more "
        "than 11,400 people in 2025.\nDaniel Heywood, 34, of Audley Range, Blackburn, is due "
        "to appear before Blackburn Magistrates' Court tomorrow (Friday).\n")
    assert people == ["Daniel Heywood"]
    assert speakers[0][1] == "organisation"
