"""Speakers and people as Irish, British sports and American local pages
write them, on paragraphs written for these tests: Irish surnames with a
mutated first letter ("Ó hÉigeartaigh") and "Mac an tSaoi" with its article
are names; a team that takes a plural verb ("Castleford have agreed") is no
person; a generational suffix's full stop ("Jr.") ends a titled speaker's
name, typed a person; "The Police Jury" is one body's name; a description
that told the speaker something, inside the speaker's own report, is
someone else (but the speaker described again is the speaker)."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_irish_surnames_with_a_mutated_letter(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Hospital waiting lists\nNiamh Ó hÉigeartaigh told Highland Radio on Tuesday that the "
        "trolley count was \"the worst in a decade\".\nSenator Eibhlín Mac an tSaoi said the "
        "count was no surprise to anyone in Letterkenny.\n")
    assert speakers == [("Niamh Ó hÉigeartaigh", "person"), ("Eibhlín Mac an tSaoi", "person")]
    assert people == ["Eibhlín Mac an tSaoi", "Niamh Ó hÉigeartaigh"]


def test_a_team_taking_a_plural_verb_is_no_person(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Castleford close in on hooker\nCastleford Tigers have agreed a fee with Wigan for "
        "hooker Liam Ashdown-Pryce.\nTigers head coach Marcus Oyelaran said the club had "
        "wanted him \"for two seasons\".\n\"He fits what we do,\" the Castleford head coach "
        "said.\n")
    assert speakers == [("Marcus Oyelaran", "person"), ("Marcus Oyelaran", "person")]
    assert "Castleford Tigers" not in people


def test_a_suffix_with_its_full_stop_ends_a_titled_name(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Parish news\nSheriff Delbert Thibodeaux Jr. reported that his office served 312 "
        "warrants in March.\n")
    assert speakers == [("Delbert Thibodeaux Jr.", "person")]
    assert people == ["Delbert Thibodeaux Jr."]


def test_a_body_named_by_a_kind_and_one_word(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Suit over dismissal\nThe Police Jury, in its answer to the suit, denies that the "
        "clerk's dismissal was related to her complaint.\n")
    assert speakers == [("Police Jury", "organisation")]


def test_one_who_told_the_speaker_is_someone_else(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Escrow row\nObiora Chukwuemeka-Eze was not convinced.\nHe said the former "
        "Minister of Mines had told him in 2024 that the account was a temporary "
        "arrangement.\n")
    assert speakers == [("Obiora Chukwuemeka-Eze", "person"),
                        ("the former Minister of Mines", "person")]


def test_the_speaker_described_again_in_their_report_is_the_speaker(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Interference\nRep. Dana Whitcombe called on the governor to act against the "
        "lobbyists, whose meddling the Vermont congresswoman said is designed to stall the "
        "bill.\n")
    assert [name for name, _ in speakers] == ["Dana Whitcombe", "Dana Whitcombe"]
