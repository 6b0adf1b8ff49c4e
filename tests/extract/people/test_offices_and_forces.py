"""Bodies and offices as news writes them the second time: "police" for the
force named before ("Westbrook Police Department"), "its chief executive" for
the one called "CEO", a school by its short name ("Crestview Elementary").
Sentences written for these tests."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_police_is_the_force_the_article_named_but_not_the_police_union(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Police: Man in custody after standoff\n\nThe Westbrook Police Department said a "
        "man is in custody. Officers were called at 6:45 p.m., police said.\n")
    assert speakers == [("Westbrook Police Department", "organisation")] * 3
    speakers, _ = speakers_and_people(
        "Pay row\n\nThe Westbrook Police Union said members would strike. Two officers "
        "were hurt, police said.\n")
    assert speakers[1] != ("Westbrook Police Union", "organisation")


def test_a_chief_executive_is_the_one_the_article_calls_ceo(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Harrowgate shares slide\n\nIts chief executive told investors that tariffs would "
        'weigh on margins. "We cannot re-source that overnight," CEO Devon Achterberg said.\n')
    assert speakers == [("Devon Achterberg", "person")] * 2
    assert people == ["Devon Achterberg"]


def test_a_school_by_its_short_name_is_no_person(speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "School closure vote set\n\nMost students would move to Crestview Elementary, "
        "Superintendent Maria Okafor said.\n")
    assert people == ["Maria Okafor"]
