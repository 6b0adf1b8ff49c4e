"""Trades and groups, on paragraphs written for these tests: "the
pharmacist" after "pharmacist Omondi Achieng said" is him, and a trade
two people share binds neither; a body's name set off before "a group of
neighbours who ..." is the body, not an unnamed group; "a group calling
itself X" is X, and "the gang" after "a gang calling itself X" too; "His
employer, haulage firm X Ltd," is the firm, and "The city's main hotel
association, X," is X."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_the_trade_is_the_one_named_with_it(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Clinic overwhelmed\nAt the county hospital, pharmacist Wekesa Barasa said the clinic "
        "had run out of antivirals by noon.\n\"We turned away forty people today,\" the "
        "pharmacist said.\n")
    assert speakers == [("Wekesa Barasa", "person")] * 2


def test_a_trade_two_people_share_binds_neither(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Drivers walk out\nDriver Wekesa Barasa said the depot had cut his shifts. Driver "
        "Otieno Kamau said the same.\n\"Nobody told us anything,\" the driver said.\n")
    assert speakers[-1] == ("the driver", "anonymous")


def test_a_name_set_off_before_a_group_of_people_is_the_body(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Bandstand sale opposed\nFriends of Ashgrove Park, a group of about 40 neighbours who "
        "run summer concerts, said the borough had never asked them.\n")
    assert speakers == [("Friends of Ashgrove Park", "organisation")]


def test_a_group_calling_itself_a_name_is_that_name(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Leaflets appear\nA group calling itself Parents for Clean Taps said the town had "
        "never consulted residents about the plan.\n")
    assert speakers == [("Parents for Clean Taps", "organisation")]


def test_an_employer_set_off_by_its_name_is_that_firm(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Lorry driver cleared\nHis employer, Tameside haulage firm Brindle Aggregates Ltd, said "
        "the lorry had been fitted with a side camera.\n")
    assert speakers == [("Brindle Aggregates Ltd", "organisation")]


def test_a_body_described_before_its_name_is_the_name(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Levy opposed\nThe city's main hotel association, Hostemar, said the levy was \"a tax "
        "on the wrong visitor\".\n")
    assert speakers == [("Hostemar", "organisation")]


def test_the_gang_is_the_one_calling_itself_a_name_before(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Hospital hit by ransomware\nLate on Sunday, a ransomware gang calling itself Copper "
        "Wren added the hospital to its leak site. \"You chose silence,\" the gang wrote "
        "beneath the listing.\n")
    assert speakers == [("Copper Wren", "organisation")]
