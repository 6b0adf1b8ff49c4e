"""Names that are no one's, on paragraphs written for these tests: a
school's short name ("Cedar Hollow" of "Cedar Hollow Elementary"), a
campaign's name and its gloss ('dubbed "Foleni Kimya" (Silent Queue)') and
a thing someone carries ("your Ghana Card")."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_buildings_short_name_is_no_person(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Families fight plan to close Cedar Hollow Elementary\nThe district says Cedar Hollow "
        "enrolls 160 students in a building meant for 450. A survey found that Cedar Hollow's "
        "boiler needs replacing.\n")
    assert people == []


def test_a_dubbed_name_and_its_gloss_are_no_people(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Opposition launches voter drive\nParty chairman Hamza Rashidi Mollel said members "
        "would knock on every door in the region. The campaign, dubbed \"Foleni Kimya\" (Silent "
        "Queue), is set to kick off in Mbeya on July 3.\n")
    assert people == ["Hamza Rashidi Mollel"]


def test_a_thing_someone_carries_is_no_person(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Voters urged to bring IDs\nReturning officer Yaw Boakye Antwi posted on Facebook:\n"
        "Techiman South, polls open at 7am! Bring your Ghana Card and let us vote in peace. "
        "#TechimanVotes\n")
    assert people == ["Yaw Boakye Antwi"]
