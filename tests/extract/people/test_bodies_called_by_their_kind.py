"""A body the article names, then calls by its kind, on paragraphs written
for these tests: "the district" is the one school district the article
names ("Harlow Valley Public Schools"), before or after it; "the agency"
of a lede is the agency named in the next sentence with a possessive
("The Nordic Medicines Agency's"); "the bank" after its named spokesperson
("Eastgate spokesperson Mira Solberg") is the bank she speaks for; "the
corporation" and "the authority" are the body that spoke just before."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_the_district_is_the_school_district_named(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Parents fight plan to shut Brookside Elementary\nThe district says the school is half "
        "empty. Parents say the count is wrong.\nAbout 150 parents crowded into the Harlow "
        "Valley Public Schools board room on Monday to oppose the closure.\nIn a statement "
        "after the meeting, the district said it would publish the enrolment figures.\n")
    assert speakers[0] == speakers[-1] == ("Harlow Valley Public Schools", "organisation")
    # two districts named: no guess between them
    speakers, _ = speakers_and_people(
        "Districts split on phone ban\nPupils at Harlow Valley Public Schools and Millbrook "
        "Area Schools will return in September.\nThe district said the ban would start then.\n")
    assert speakers[0][0] != "Harlow Valley Public Schools"


def test_a_ledes_agency_is_named_next_with_a_possessive(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Regulator backs monthly asthma shot\nCOPENHAGEN, May 4 - Europe's drug regulator on "
        "Thursday backed approval of a monthly asthma injection, the agency said.\nThe Nordic "
        "Medicines Agency's advisory committee said in a statement that the drug had cut "
        "attacks by half.\n")
    assert speakers[0] == ("Nordic Medicines Agency", "organisation")


def test_the_bank_is_the_one_its_named_spokesperson_speaks_for(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Dormant account fees refunded\nEastgate Savings took $25 a quarter from accounts "
        "nobody had touched, customers say.\nEastgate spokesperson Mira Solberg said the bank "
        "had stopped the fee for customers over 80.\n\"We should have written to these "
        "customers sooner,\" the bank said in the statement.\n")
    assert speakers[-1] == ("Eastgate", "organisation")
    # (a spokesperson of no name is no body's: "District spokesperson")
    speakers, _ = speakers_and_people(
        "Buses cut back\nDistrict spokesperson Lena Ford said routes would change.\n"
        "\"We had no choice,\" the district said.\n")
    assert speakers[-1][0] != "District"


def test_the_corporation_and_the_authority_are_the_body_that_spoke(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Freight line reopens\nRift Valley Railways said on Sunday that the line had been "
        "cleared.\nLast month the corporation said it would run more freight trains to the "
        "inland depot.\n")
    assert speakers == [("Rift Valley Railways", "organisation")] * 2
    speakers, _ = speakers_and_people(
        "Market hall to stay shut\nDenholm Council said engineers were still inspecting the "
        "roof.\nThe authority said it was too early to give a date for reopening.\n")
    assert speakers == [("Denholm Council", "organisation")] * 2
