"""Who speaks and who is listed, on paragraphs written for these tests: a
passer-by named by a given name, an age and a home town is a person; a
writer's name alone under the headline is a byline, not the lede's
researcher; an elder's style ("Gogo") is no part of her name; a firm named
like a person after "consultancy", and an outlet a memo was shown to, are no
people; "the company", "the corporation", "the municipality" and "the
co-op" are the body the article named in full."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_given_name_with_an_age_and_a_home_town_is_a_person(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Visitors shrug at new charge\n\"Two euros is nothing next to the hotel,\" said "
        "Dafydd, 47, from Swansea, who was travelling with his wife.\n")
    assert speakers == [("Dafydd", "person")]
    assert people == ["Dafydd"]


def test_a_name_alone_under_the_headline_is_the_byline(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Researcher says lender ignored warnings\nKerstin Abadi\nA security researcher says "
        "a lender left customer files open online for weeks after he warned it.\nTomasz "
        "Oyelaran, a freelance tester in Bristol, says he first wrote to the bank in May.\n")
    assert speakers[1:] == [("Tomasz Oyelaran", "person")] * 2
    assert people == ["Kerstin Abadi", "Tomasz Oyelaran"]


def test_an_elders_style_is_no_part_of_her_name(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Taps dry for a week\n\"We carry buckets from the school,\" said Gogo Nomvula "
        "Zwane, who has lived in the township since 1979.\n")
    assert speakers == [("Nomvula Zwane", "person")]
    assert people == ["Nomvula Zwane"]


def test_a_firm_named_like_a_person_and_an_outlet_shown_a_memo_are_no_people(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Pension gaps widen\nA board memo, seen by Daily Maverick, warns of a shortfall. "
        "Priya Nandakumar, an actuary at consultancy Grant Hollis, said the gap had "
        "doubled.\n")
    assert people == ["Priya Nandakumar"]


def test_a_body_named_in_full_is_the_one_its_kind_stands_for(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Ramp shut after storm\nThe Savusavu Harbour Corporation Ltd closed the ramp on "
        "Tuesday. In a statement, the corporation said repairs would take a month.\nThe "
        "Ntuzuma Hills Local Municipality will raise tariffs. The municipality says the rise "
        "will pay for a new reservoir.\nPalakkad Infotech, India's fifth-largest IT services "
        "company, posted its results on Thursday. Revenue rose 4%, the company said in a "
        "filing.\n")
    assert speakers == [("Savusavu Harbour Corporation Ltd", "organisation"),
                        ("Ntuzuma Hills Local Municipality", "organisation"),
                        ("Palakkad Infotech", "organisation")]
