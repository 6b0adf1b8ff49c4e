"""Where a name ends when the tagger stops short or runs on: a generational
suffix after an untagged surname, a Korean given name hyphened to a lower-case
half, a body's name cut at "and" ("Fire and Rescue Service"), and a country's
ministry that is not the body which spoke before it. On text written for
these tests."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_surname_before_jr_is_part_of_the_name(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "House passes water bill\nA handful of Democrats backed the measure. Rep. Esteban "
        "Villarreal Jr., D-Pharr, said the bill would help families.\n\"It is about the "
        "farms,\" Villarreal said.\n")
    assert speakers == [("Esteban Villarreal Jr.", "person")] * 2
    assert people == ["Esteban Villarreal Jr."]


def test_a_suffix_whose_full_stop_was_split_off_is_no_speaker_of_its_own(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "House passes water bill\nA handful of Democrats backed the measure. Rep. Esteban "
        "Ybarra Sr., D-Brownsville, said the bill would help families.\n")
    assert speakers == [("Esteban Ybarra Sr.", "person")]


def test_a_korean_given_name_with_a_lower_case_half_is_a_listed_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Council meets on missile launch\nSpeaking to reporters outside the council chamber, "
        "South Korean Ambassador Kim Seo-yeon said Seoul's door to dialogue \"remains open\" "
        "but that it would respond firmly.\n")
    assert speakers == [("Kim Seo-yeon", "person")]
    assert people == ["Kim Seo-yeon"]


def test_a_bodys_name_cut_at_and_is_one_body_and_no_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Reservoir death\nCheshire Fire and Rescue Service advises people never to swim in "
        "reservoirs, even on the hottest days.\n")
    assert speakers == [("Cheshire Fire and Rescue Service", "organisation")]
    assert people == []


def test_a_countrys_ministry_is_not_the_body_that_spoke_before(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Steel duties\nThe Northern Steel Council said the duties were overdue.\n"
        "The Finnish trade ministry said in an emailed statement that it \"supports fair "
        "competition\" but that any measures should be temporary.\n")
    assert speakers == [("Northern Steel Council", "organisation"),
                        ("The Finnish trade ministry", "organisation")]
