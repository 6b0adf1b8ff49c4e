"""Speakers named by a role, a given name or kin, on text written for these
tests: a place's mayor named beside the office, a given name set beside a
trade, a spokesman never named, a widow named by her given name, a surname the
tagger read as an adverb, and "she" after a name with a nickname inside it."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_places_mayor_named_beside_the_office_is_the_mayor_later(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Shelling hits Izium\nTwo people were injured in Izium overnight, Pavlo Hrytsai "
        "reported.\nA court in occupied Luhansk later sentenced Izium's mayor, Mykola "
        "Danylenko, in absentia.\nThe mayor said the town's water supply had been cut for a "
        "week.\n")
    assert speakers == [("Pavlo Hrytsai", "person"), ("Mykola Danylenko", "person")]


def test_a_given_name_beside_a_trade_is_a_person_and_her_she(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Villagers shelter in basements\nFor the few who remain, little has changed. Natalia, "
        "a 58-year-old nurse who asked that her surname be withheld for security reasons, said "
        "she had moved into the basement of the hospital in March.\n\"We hear the drones "
        "before we see them,\" she told reporters.\n")
    assert speakers[1:] == [("Natalia", "person")] * 2


def test_a_spokesman_never_named_is_an_unnamed_source(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "No 10 refuses to rule out reshuffle as spokesman dismisses talk of rift as "
        "'Westminster gossip'\nThe prime minister's official spokesman brushed aside reports "
        "of a rift between Graham Tolland and Wesley Aboderin.\nOne cabinet minister told the "
        "Guardian the relationship had been \"frosty for months\".\nAsked about Easter, the "
        "spokesman said he would not \"get into hypotheticals\", and described the reports as "
        "\"Westminster gossip\".\n")
    assert [kind for _, kind in speakers[-2:]] == ["anonymous", "anonymous"]


def test_a_widow_named_by_her_given_name_takes_the_surname(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    _, people = speakers_and_people(
        "Driver jailed\nGareth Pryce died at the scene. Mr Pryce's widow, Joanne, sat in the "
        "public gallery.\n")
    assert people == ["Gareth Pryce", "Joanne Pryce"]


def test_a_surname_read_as_an_adverb_still_speaks(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Family sues water park\nThe family's attorney is R. Clayton Amberly of Knoxville.\n"
        "Jalen Moore spent 11 days in hospital.\nAmberly said the boy had been a strong "
        "swimmer.\n")
    assert ("R. Clayton Amberly", "person") in speakers


def test_she_after_a_name_with_a_nickname_set_off_by_commas_is_that_woman(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Tbilisi website fined\nSaqme's editor in chief, Ketevan \"Keti\" Abashidze, said the "
        "website would not pay.\n\"We are not agents of anybody,\" she told reporters.\n")
    assert speakers == [("Ketevan Abashidze", "person")] * 2


def test_she_after_a_statement_read_by_a_prosecutor_is_the_widow_who_wrote_it(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Driver jailed\nGareth Pryce, 41, died at the scene. Prosecutor Rachel Tennant said "
        "police traced the car through CCTV.\nIn a victim personal statement read to the court "
        "by Ms Tennant, Mr Pryce's widow, Joanne, described the moment two officers knocked on "
        "her door.\n\"I knew before they opened their mouths,\" she wrote.\n")
    assert speakers[-1] == ("Joanne Pryce", "person")
    assert "Joanne Pryce" in people


def test_a_towns_mayor_the_tagger_took_the_town_of_for_a_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Drones hit Orikhiv as court sentences mayor\nDrones struck Orikhiv overnight, "
        "Governor Serhii Lytvynenko said.\nThe strike came hours after a court in occupied "
        "Melitopol sentenced Orikhiv's mayor, Anatolii Hrytsenko, in absentia to 14 years.\n"
        "In a statement, the court identified the defendant as \"Hrytsenko Anatolii Kuzmych, "
        "born 1971.\"\nOrikhiv was shelled again on Friday.\nThe mayor said the town's last "
        "bakery had closed in September.\n")
    assert speakers[-1] == ("Anatolii Hrytsenko", "person")
    assert "Hrytsenko Anatolii Kuzmych" not in people
