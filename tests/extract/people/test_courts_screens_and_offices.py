"""People as court reports, entertainment desks and South Asian papers write
them, on paragraphs written for these tests: "the CJ" for the chief justice
named before, a recorder's title, a source "who asked not to be named", "the
woman" for the woman who just spoke, a part an actor plays and a birth name
(no people of their own), and a building named after an office."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_the_cj_is_the_chief_justice_named_before(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Court seeks police report\nA bench headed by Chief Justice Aqeel Ahmed Abbasi heard "
        "the petition.\n“The police cannot be the judge of their own case,” the CJ "
        "observed.\n")
    assert people == ["Aqeel Ahmed Abbasi"]
    assert speakers == [("Aqeel Ahmed Abbasi", "person")]


def test_a_recorder_is_a_judges_title(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Denied charge\nA Hartlepool man has denied causing the death of a pedestrian by "
        "careless driving.\nRecorder Alison Hartley set a trial date of June 15 and granted "
        "Sowerby unconditional bail.\n")
    assert "Alison Hartley" in people and "Recorder Alison Hartley" not in people


def test_a_source_who_asked_not_to_be_named(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Outage hits thousands of sites\n\"We are counting every hour our clients were down,\" "
        "its managing director, who asked not to be named, said.\n")
    assert speakers == [("its managing director", "anonymous")]


def test_the_woman_is_the_woman_who_just_spoke(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Floods cut off villages\n\"The water came at midnight,\" said Mst Rahima Khatun, 48, "
        "of Tahirpur.\n\"Nobody has come to see us,\" the woman told reporters by phone.\n")
    assert speakers == [("Rahima Khatun", "person")] * 2


def test_parts_played_birth_names_and_buildings_are_no_people(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Star joins thriller\nDev Kapoor, who first broke out as Vikram \"Vicky\" Sethi on the "
        "sitcom, will star in the film. The singer, born Kaylee Anne Dunmore, later said she "
        "was thrilled. The minister chaired a meeting at the Chief Minister House.\n")
    assert people == ["Dev Kapoor"]
