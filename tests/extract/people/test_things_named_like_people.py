"""Names that are no one's, on paragraphs written for these tests: a
school's short name ("Cedar Hollow" of "Cedar Hollow Elementary"), a
campaign's name and its gloss ('dubbed "Foleni Kimya" (Silent Queue)') and
a thing someone carries ("your Ghana Card"); a scheme "known as" a name (not
a man known as one); a business named by its trade ("Kaveri Infotech",
"Corvale Residential"); a street by its abbreviation ("418 Fenwick Ave.")."""

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


def test_a_schemes_name_is_no_person_but_a_mans_alias_is(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Atoll unveils raised homes plan\nThe scheme, known as Kiron Tamana, will lift 150 homes "
        "above the king-tide line by 2031, the Ministry of Works said.\n")
    assert people == []
    _, people = speakers_and_people(
        "Talks resume\nA negotiator known as Abu Khalil said the talks would resume.\n")
    assert people == ["Abu Khalil"]


def test_businesses_named_by_their_trade_and_streets_are_no_people(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Kaveri Infotech shares slip\nShares of Kaveri Infotech, a Mysuru software company, "
        "ended 0.6% lower. Chief financial officer Anjali Rao said margins had improved.\n"
        "The flats were bought in 2020 by Corvale Residential, which says the block needs new "
        "lifts.\nTenants have met in the lobby of 212 Harwood Ave. since March.\n")
    assert people == ["Anjali Rao"]
