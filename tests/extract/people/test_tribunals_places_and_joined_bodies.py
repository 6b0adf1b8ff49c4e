"""Bodies and places, on paragraphs written for these tests: a tribunal's
finding is its statement; a body the tagger cuts in two at "for" is one
body; "the company" after "a Sligo-based firm" is the firm, not the town;
"the telco" is the telecoms firm named before; a standfirst's "The
municipality says" is the municipality named next, whatever the tagger took
its name for; a port, a state, a constituency with a compass point and a town
north of which something lies ("Prince Albert") are no people."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_tribunals_finding_is_its_statement(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Driver wins claim\nThe tribunal found that the depot had never asked the driver for "
        "his account of the night.\n")
    assert speakers == [("The tribunal", "organisation")]


def test_a_body_cut_in_two_at_for_is_one_body(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Camps still waiting\nThe riverside camps now hold some 30,000 people, according to "
        "the UN Office for the Coordination of Humanitarian Affairs (OCHA).\n")
    assert speakers == [("UN Office for the Coordination of Humanitarian Affairs",
                         "organisation")]


def test_the_company_after_a_town_based_firm_is_the_firm(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Chef wins case\nAoife Brannock (31) brought a claim against Carrowmore Foods Ltd, a "
        "Sligo-based firm that makes soups for supermarkets.\nThe company denied that her "
        "illness had played any part in the decision.\n")
    assert speakers == [("Carrowmore Foods Ltd", "organisation")]


def test_the_company_after_a_firm_based_somewhere_is_the_firm(
        speakers_and_people: SpeakersAndPeople) -> None:
    # ("based in" after the name's comma is where it is, not a town-based firm)
    speakers, _ = speakers_and_people(
        "Plant to close\nBrackwell Plastics Ltd, based in Leeds since 1974, will shut its "
        "plant in March. The company said demand had collapsed.\n")
    assert speakers == [("Brackwell Plastics Ltd", "organisation")]


def test_the_telco_is_the_telecoms_firm_named_before(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Emergency calls failed\nPellucid Telecom was fined A$1.2 million on Monday. The "
        "telco said it had rebuilt its call routing since the outage.\nBluestem Fiber said "
        "permit delays had stalled work on 9,000 homes.\n")
    assert speakers == [("Pellucid Telecom", "organisation"), ("Bluestem Fiber", "organisation")]
    assert people == []


def test_a_port_a_state_and_a_constituency_are_no_people(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Arrivals moved\nMaria Kostaki, a volunteer, said the families were taken to the port "
        "of Agia Marina before dawn. Most had fled Rakhine State last year.\nMs Halloran, who "
        "has represented Kerry South-West since 2011, confirmed the rise. The camp lies about "
        "300 kilometres north of Prince Albert.\n")
    assert people == ["Halloran", "Maria Kostaki"]


def test_a_standfirsts_kind_of_body_is_the_one_named_next(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Water tariffs to rise by 18%\nThe municipality says the increase is unavoidable after "
        "its bulk supplier raised prices.\nThe Lekwa Hills Local Municipality will raise water "
        "tariffs by 18% from July.\n")
    assert speakers[0] == ("Lekwa Hills Local Municipality", "organisation")
