"""Spanish and Portuguese names as the papers write them: the first of two
surnames standing for the person ("Téllez" of "Rosaura Téllez Bravo"), a
surname after particles the tagger read as a place, "Filho" after the
surname, and a governor named before "on Monday". On text written for these
tests."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_the_first_of_two_surnames_stands_for_the_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Dockers strike in Manzanillo\nLabour Minister Adriana Téllez Bravo met union leaders "
        "in Manzanillo on Monday. \"We will not accept blackmail from anybody,\" Téllez said "
        "after the meeting.\n")
    assert speakers == [("Adriana Téllez Bravo", "person")]
    assert people == ["Adriana Téllez Bravo"]


def test_she_after_a_first_surname_is_the_woman_not_the_man_named_between(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "President defends judges\nPresident Adriana Téllez Bravo held her press conference "
        "on Tuesday. Farm leader Eraclio Quiñónez de la Torre said the government had not "
        "consulted farmers. Téllez insisted that the judges \"are working,\" and she called a "
        "report by the Center for Court Studies \"biased.\"\n")
    assert speakers[1:] == [("Adriana Téllez Bravo", "person")] * 2


def test_a_surname_after_particles_read_as_a_place_is_still_the_name(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Brazil central bank chief speaks to senators\nCentral bank Governor Otávio de Paula "
        "Figueiredo told senators on Tuesday that rates would stay high. \"There is no such "
        "thing as a little bit of inflation,\" Figueiredo said.\n")
    assert speakers == [("Otávio de Paula Figueiredo", "person")] * 2
    assert people == ["Otávio de Paula Figueiredo"]


def test_given_names_particles_and_filho_are_one_name(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Senator attacks rate decision\nSenator José Carlos dos Santos Filho, a government ally, "
        "was less diplomatic. \"Nobody invests with these rates,\" he told reporters.\n")
    assert speakers == [("José Carlos dos Santos Filho", "person")]
    assert people == ["José Carlos dos Santos Filho"]


def test_an_office_and_a_name_the_tagger_missed_before_on_monday_is_a_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Governor rejects farmers' complaints\nGovernor Paulina Ríos Vidal on Monday rejected "
        "complaints from farmers that Sonora had ignored them, telling reporters at her weekly "
        "briefing that the new dam \"will be finished this year.\"\n")
    assert speakers == [("Paulina Ríos Vidal", "person")]
    assert people == ["Paulina Ríos Vidal"]


def test_the_aged_president_is_the_president_not_the_governor_who_spoke_between(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    text = (
        "Treaty is safe, president says\nPresident Ximena Beltrán Ocampo on Tuesday told "
        "reporters that the water treaty \"is not in danger.\"\nThe president was responding "
        "to Texas Governor Wade Hollister, who said on Monday that Mexico was \"far behind.\"\n"
        "The 61-year-old president{aside} said the foreign minister would travel to Washington "
        "next week.\n")
    for aside in ("", ", a hydraulic engineer by training,"):
        speakers, _ = speakers_and_people(text.format(aside=aside))
        assert speakers[-1] == ("Ximena Beltrán Ocampo", "person")


def test_a_podcasts_title_does_not_take_its_hosts_surname(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Actress speaks out\nIt came up in 2018, when she appeared on podcast The Dan Wootton "
        "Interview.\n\u201cWhen I was 54 I got fat,\u201d she told Wootton.\nOn the Dan Wootton "
        "podcast, Alley explained, \u201cAbout a year ago I had it.\u201d\nWootton asked her, "
        "\u201cDid you get it from a tick?\u201d\n")
    assert speakers[-1] == ("Dan Wootton", "person")
    assert people == ["Dan Wootton"]


def test_a_word_of_a_longer_name_is_that_person_not_a_new_one(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    # "Jorge" is a given name too, but here one of the president's: the word
    # before it in the full name is no given name of a second person
    speakers, people = speakers_and_people(
        "Senate backs budget\nThe bill was sent to the Senate by President Joaquim Tadeu Jorge "
        "da Rocha last month. Jorge, who faces an election next year, has complained that the "
        "Senate is holding back investment.\n")
    assert speakers == [("Joaquim Tadeu Jorge da Rocha", "person")]
    assert people == ["Joaquim Tadeu Jorge da Rocha"]
