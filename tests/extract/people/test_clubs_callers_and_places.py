"""Who speaks and who the people are, on paragraphs written for these
tests: "the club" after "Penrhos RFC" is the club; "Kerry GAA" and "the
Deodhar Trophy" are no people; "DPP Grace Lim" is a prosecutor by her
title; a caller named by a given name alone ("Another caller, Tariq from
Luton,", "Sandra, who runs a launderette") is a person, but not a mother
named only so ("Her mother, Eleni,") nor a short form of a longer name;
a headline's "Tongan minister" is the minister of Tonga, though another
minister was named first; a Philippine "Ma." (María) opens the name after
it, though the tagger cut it off."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_the_club_after_its_name_with_club_letters(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Penrhos fined over floodlights\nPenrhos RFC have been fined £800 after their "
        "floodlights failed during a league game.\nIn a message to members, the club said: "
        "\"We are as frustrated as anyone and have booked an electrician for Monday.\"\n")
    assert speakers == [("Penrhos RFC", "organisation")]
    assert people == []


def test_a_county_board_and_a_trophy_are_no_people(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Tickets on sale\nKerry GAA said in a notice on Thursday that tickets for the county "
        "final would go on sale next week.\nOpener Vikram Sethi, a former Deodhar Trophy "
        "batsman, said he would retire at the end of the season.\n")
    assert speakers == [("Kerry GAA", "organisation"), ("Vikram Sethi", "person")]
    assert people == ["Vikram Sethi"]


def test_a_deputy_public_prosecutor_by_her_title(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Travel agent jailed\nDPP Grace Lim, however, argued that the cheating went on for two "
        "years and was carefully planned.\n")
    assert speakers == [("Grace Lim", "person")]
    assert people == ["Grace Lim"]


def test_a_caller_by_given_name_but_not_a_mother_so_named(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Callers vent over bins\nAnother caller, Tariq from Luton, said his street had not had a "
        "collection for three weeks.\nHer mother, Eleni, still rings every Sunday.\n")
    assert speakers == [("Tariq", "person")]
    assert people == ["Tariq"]
    _, people = speakers_and_people(
        "Launderette owner rings in\nSandra, who runs a launderette in Swindon, rang the "
        "phone-in on Monday.\n")
    assert people == ["Sandra"]


def test_a_headlines_minister_by_the_country_named(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Reef 'cannot survive' another coal mine, Tongan minister warns\nPacific governments "
        "reacted angrily after Queensland Resources Minister Darren Keogh approved the mine.\n"
        "Tonga's Minister for Lands, Sione Fifita, said on Monday that the mine would add to "
        "the pressure on the reef.\n")
    assert speakers == [("Sione Fifita", "person")] * 2


def test_a_philippine_ma_opens_the_name_it_stands_before(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Wi-Fi sites\nSen. Ma. Lourdes Ferrer-Sandoval said the sites did not exist. "
        "Ferrer-Sandoval added that auditors had found nothing.\n")
    assert speakers == [("Ma. Lourdes Ferrer-Sandoval", "person")] * 2
    assert people == ["Ma. Lourdes Ferrer-Sandoval"]
