"""Whom "he" or "she" stands for after a sentence about someone else: the
man a woman's question names answers it, and the person a description is
said to be is the one the next pronoun means. On text written for these
tests."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_the_man_a_womans_question_names_is_the_he_who_answers(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Senate passes zoning bill\nSen. Harold Pike, R-Tyler, wrote the bill.\n"
        "Sen. Ruben Castaneda, D-El Paso, said it would hurt renters.\n"
        "Late in the debate, when Pike dismissed one of Sen. Laura Whitfield's amendments as "
        "\"a fix for nothing,\" she held up a pile of complaints and asked whether he had read "
        "any of them.\n"
        "\"I've read every one,\" he shot back. \"They are about noise.\"\n")
    assert speakers[-1] == ("Harold Pike", "person")


def test_the_person_a_description_is_said_to_be_is_the_next_she(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Board votes to close school\n"
        "One of the last speakers of the night was 9-year-old Rosa Delgado-Finch, a third "
        "grader, who read a letter she had written to the board.\n"
        "\"Mr. Abbott taught my dad and now he teaches me,\" she read. \"Please let him "
        "stay.\"\n")
    assert speakers == [("Rosa Delgado-Finch", "person")]


def test_a_reply_to_someone_addressed_by_name_is_theirs(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "The band is back\nMarisol Achterberg-Diaz is tuning a cello. \"It sounds like a "
        "kettle,\" she says.\nAcross the room, Oskar Penhallow does not look up. \"It's the same "
        "cello you always played, Marisol.\"\n\"Then it always sounded like a kettle.\"\n")
    assert speakers == [("Marisol Achterberg-Diaz", "person"), ("Oskar Penhallow", "person"),
                        ("Marisol Achterberg-Diaz", "person")]
    # a quote addressing no one who has spoken is the speaker going on
    speakers, _ = speakers_and_people(
        "Coach speaks\n\"We were poor tonight,\" coach Dana Whitlow said. \"Credit to them, "
        "Jordan.\"\n\"We go again on Saturday.\"\n")
    assert set(speakers) == {("Dana Whitlow", "person")}
