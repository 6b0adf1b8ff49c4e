"""A name and the description set beside it ("Airlines for the Americas, the
main trade group,"; "Finance Minister Rüdiger Hamann, a Social Democrat who
..."), roles written with a hyphened prefix ("the Green co-leader, 44,"), and
a source written to hide a gender. Sentences written for these tests."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_body_named_then_described_is_the_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Flights cut\n\nCarriers for the Pacific, the main trade group, said airlines were "
        "working around the clock.\n")
    assert speakers == [("Carriers for the Pacific", "organisation")]
    speakers, _ = speakers_and_people(
        "Housing row\n\nTowns for Housing Ontario, a coalition of mayors from 40 towns, said "
        "in a statement that its members welcomed the review.\n")
    assert speakers == [("Towns for Housing Ontario", "organisation")]


def test_a_description_apposed_to_a_name_is_that_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Coalition row\n\nThe plan was drawn up by Finance Minister Jorunn Haldorsen, a Social "
        "Democrat who has long argued that the country's ferries have been neglected.\n")
    assert speakers == [("Jorunn Haldorsen", "person")]
    assert people == ["Jorunn Haldorsen"]


def test_a_hyphened_role_with_an_age_is_the_one_given_that_role(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Coalition row\n\nMarit Kjeldsen-Öztürk, the Green co-leader, told reporters that her "
        "party was angry.\nThe Green co-leader, 44, insisted that her party did not want to "
        "bring the government down.\n")
    assert speakers == [("Marit Kjeldsen-Öztürk", "person")] * 2
    speakers, _ = speakers_and_people(
        "Startup row\n\nAnna Berglund, the co-founder of Lumio, spoke on Monday. The "
        "co-founder said the firm would grow.\n")
    assert speakers == [("Anna Berglund", "person")]


def test_she_after_a_person_familiar_with_the_talks_is_the_woman_named_before(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Coalition row\n\nMarit Kjeldsen told reporters that her party was angry.\nA person "
        "familiar with the talks said a compromise was on the table.\n"
        '"We are not the ones who put this coalition at risk," she said.\n')
    assert speakers == [("Marit Kjeldsen", "person"), ("A person familiar with the talks",
                        "anonymous"), ("Marit Kjeldsen", "person")]
    # a source given a gender by its own words is still the "she" after it
    speakers, _ = speakers_and_people(
        "Coalition row\n\nMarit Kjeldsen told reporters that her party was angry.\nOne "
        "Green official said a compromise was on the table.\n"
        '"We are not the ones who put this coalition at risk," she said.\n')
    assert speakers[2] == speakers[1]


def test_a_player_by_a_hyphened_position_is_the_one_named_before(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "United lose again\n\nHis captain, Kwame Asante-Lind, was forthright. The centre-back "
        "said the players should carry the blame.\n")
    assert speakers == [("Kwame Asante-Lind", "person")]


def test_the_one_asked_a_question_answers_it_not_the_one_asking(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Controller speaks out\n\nBeatriz Olabarria spoke to Ngozi Eze. Asked by Eze whether "
        'she would ever go back to a tower, she paused. "Ask me in a year," she said.\n')
    assert speakers == [("Ngozi Eze", "person"), ("Beatriz Olabarria", "person")]
    speakers, _ = speakers_and_people(
        "United lose again\n\nTorsten Lindahl did not pretend otherwise. Asked about his job, "
        'he shrugged. "That is not my decision."\n')
    assert speakers == [("Torsten Lindahl", "person")]


def test_a_headline_or_lede_description_is_the_person_the_article_then_names(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    text = (
        "Fitness app shared runners' locations, researcher says\nBy Jonah Pell, Technology "
        "Reporter\nStrideo sent location data to nine advertising firms, a security researcher "
        "has found.\nIbrahim bin Yusof, who studies mobile tracking, said he spotted the "
        "transfers last month.\nJonah Pell can be reached by email.\n")
    speakers, _ = speakers_and_people(text)
    assert speakers == [("Ibrahim bin Yusof", "person")] * 3
    # a defendant named first, whose plea is no statement of theirs, is not
    # the prosecutor of the headline
    speakers, _ = speakers_and_people(
        "Courier drove van at cyclist, prosecutor tells jury\n\nA courier drove his van at a "
        "cyclist after a row, a jury has heard.\nKeon Mbatha, 41, denies causing grievous "
        "bodily harm.\nProsecutor Lydia Farrant-Obi said the cyclist was thrown ten feet.\n")
    assert speakers[0] != ("Keon Mbatha", "person")


def test_a_bodys_own_report_is_named_by_its_owner(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Market review criticised\n\nThe council's own review called the market \"a managed "
        "decline\".\n")
    assert speakers == [("the council's review", "organisation")]


def test_the_other_of_two_unnamed_sources_is_anonymous(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Minister weighed quitting\n\nTwo aides spoke on condition of anonymity. He drafted a "
        "resignation letter, one of them said. The other said the minister had been talked out "
        "of it.\n")
    assert [t for _, t in speakers] == ["anonymous", "anonymous"]
