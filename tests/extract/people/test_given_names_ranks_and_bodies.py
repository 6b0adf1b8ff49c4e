"""Who speaks and who the people are, on paragraphs written for these
tests: "she" after "I asked Rosalind what ..." is the woman asked; a
rank with no name after it ("Rear Admiral") and an outlet's staff byline
("By Al Jazeera Staff") are no people; "Coulthard, answering a question
tabled by the Conservatives, said" is Coulthard's; "the Joint Chiefs of
Staff" is a body by its name, and the "It said" and "according to the
Joint Chiefs" after it are theirs."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_rank_alone_and_a_staff_byline_are_no_people(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Ferry search resumes\nBy Al Jazeera Staff\n\"Our divers went back into the hull at "
        "first light,\" coast guard spokesman Rear Admiral Jerome Dela Cruz told reporters in "
        "Manila, \"but visibility is very poor.\"\n")
    assert people == ["Jerome Dela Cruz"]


def test_the_minister_answering_a_question_tabled_by_a_party(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Commons\nThe health secretary, Martin Coulthard, faced angry exchanges in the Commons "
        "on Tuesday.\nCoulthard, answering an urgent question tabled by the Conservatives, said "
        "the backlog now stood at 6.94m treatments.\n")
    assert speakers == [("Martin Coulthard", "person")]


def test_the_joint_chiefs_of_staff_and_it(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Missile launch\nThe missile flew about 380 kilometers before landing outside Japan’s "
        "exclusive economic zone, the Joint Chiefs of Staff said in a text message sent to "
        "reporters. It said the South had “strengthened its surveillance and vigilance”.\n")
    assert speakers == [("Joint Chiefs of Staff", "organisation")] * 2
    speakers, _ = speakers_and_people(
        "Missiles into sea\nSEOUL, South Korea (AP) — North Korea fired two short-range "
        "ballistic missiles on Thursday, South Korea’s Joint Chiefs of Staff said.\nThe "
        "missiles flew about 350 kilometers before landing in the sea, according to the Joint "
        "Chiefs.\n")
    assert speakers == [("South Korea’s Joint Chiefs of Staff", "organisation")] * 2


def test_she_is_the_woman_the_writer_asked(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "The last drive-in\nGloria Estrada, who has run the concession stand since 2002, "
        "remembers the night the new projector was switched on. “People honked for ten "
        "minutes,” she says.\nI asked Rosalind what would happen to the Starlite after her. She "
        "was quiet for a while, and then she said that was a question for her sons.\n")
    assert speakers[-1] == ("Rosalind", "person")
