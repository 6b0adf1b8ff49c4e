"""Who speaks and who the people are, on paragraphs written for these
tests: "the regulator" after "the Commission for Energy Pricing" is that
commission; a town's office written before a name ("Payette Fire Chief
Roberta Haines") and a body's initials before its name ("NHS Strathmore") are no
people; a speaker written without the "Ma." the tagger cut from the name is
the person named in full ("Ma. Lourdes Cabrera-Ignacio")."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_the_regulator_named_by_its_kind_and_field(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Gas bills to rise 7pc\nThe Commission for Energy Pricing said the rise would pay for "
        "new pipes in the midlands.\nIn its final decision, the regulator said average bills "
        "would go up by €38 a year.\n")
    assert speakers == [("Commission for Energy Pricing", "organisation")] * 2


def test_an_office_or_a_bodys_initials_before_a_name_is_no_person(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Barn fire near Payette ruled accidental\nPayette Fire Chief Roberta Haines said a heat "
        "lamp in the calf pen most likely started the blaze.\n")
    assert speakers == [("Roberta Haines", "person")]
    assert people == ["Roberta Haines"]
    _, people = speakers_and_people(
        "Health board apologises over cancelled operations\nMore than 140 planned operations "
        "were cancelled at Kinloch Hospital in March.\nNHS Strathmore's chief executive, Dr "
        "Colin Fyfe, said the board regretted the disruption to patients.\n")
    assert people == ["Colin Fyfe"]


def test_a_speaker_the_tagger_cut_from_a_full_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Depots told to hold more fuel\nEnergy Secretary Ma. Cristina Dizon-Alcantara said the "
        "department had ordered all depots to hold 30 days of diesel.\n")
    assert speakers == [("Ma. Cristina Dizon-Alcantara", "person")]
    assert people == ["Ma. Cristina Dizon-Alcantara"]
