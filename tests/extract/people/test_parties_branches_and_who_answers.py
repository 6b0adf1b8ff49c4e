"""Who a speaker is and who the people are, on paragraphs written for these
tests: a party in brackets after a name ("Magnus de Geer (Social
Democrats)") is no part of it; a minister of a portfolio of two ("Minister of Culture and
Sport X") is X; the one who replies "he" after "she put to him" is the man,
not the woman who asked; "Through his attorney, X, he said" is not X's; "by
the family's lawyer, X, the pathologist said" is the pathologist's; a body's branch
by its country ("Amnesty International Kenya") and a body's part named in
capitals ("the Treasury's Office of Tax Policy") speak by their whole
names; "which it said would ..." after a body is that body's; "the
exchange" is the exchange named just before, not a body a link line names;
"Jean-Baptiste | Kouadio Yao", cut in two by the tagger, is one person; a
business ("Hershey Co.") is never "the union" after it; a union's name
the tagger took for a title is "the union" all the same."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_party_in_brackets_the_tagger_ran_into(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Council votes to keep village schools\n\"We have listened. This was never about "
        "saving money at the expense of children,\" council chair Magnus de Geer (Social "
        "Democrats) told local newspaper Nya Wermlands-Tidningen.\n")
    assert speakers == [("Magnus de Geer", "person")]
    assert people == ["Magnus de Geer"]


def test_a_minister_of_a_portfolio_of_two(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Stadium plan\nMinister of Culture and Sport Tõnis Kägu (Isamaa) said the money was not "
        "there.\n\"We cannot build a stadium on hope,\" the minister told reporters.\n")
    assert speakers == [("Tõnis Kägu", "person")] * 2
    assert people == ["Tõnis Kägu"]


def test_he_who_replies_is_not_the_woman_who_put_the_question(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Inquiry\nEvidence leader Adv Zanele Mthembu SC was unconvinced.\n\u201cMr Ntuli, the "
        "first certificate is for R31-million. You had the travel logs on your desk,\u201d she "
        "put to him.\n\u201cI did not look at travel logs, Adv Mthembu. That was not my "
        "function,\u201d he replied.\n")
    assert speakers == [("Zanele Mthembu", "person"), ("Ntuli", "person")]


def test_the_lawyer_he_speaks_through_is_not_he(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Hearing\nZungu, who resigned in 2024 and is expected to testify next month, has "
        "previously denied interfering in procurement. Through his attorney, Ashwin Govender, "
        "he said on Thursday he would \u201crespond fully and under oath\u201d when called.\n")
    # (his denial first, then what he said through his attorney: both his)
    assert speakers == [("Zungu", "person")] * 2


def test_the_witness_after_the_name_of_the_lawyer_questioning_him(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Boda boda rider was shot from behind, pathologist tells Kisumu inquest\nA boda boda "
        "rider killed during a police crackdown in Kisumu was shot from behind while running "
        "away, a government pathologist has told an inquest into his death.\nBut under "
        "cross-examination by the family's lawyer, Ken Nyakundi Mogaka, the pathologist said "
        "none of the injuries suggested he had been in a fight.\n\"Apart from the gunshot "
        "wound there were only abrasions on the knees,\" he said.\n")
    assert ("Ken Nyakundi Mogaka", "person") not in speakers
    assert speakers[-1] == speakers[-2]  # "he": the pathologist, whoever the article makes them


def test_a_bodys_branch_by_its_country(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Inquest\nAmnesty International Kenya said in a report last year that fewer than one in "
        "ten inquests into police killings had resulted in a prosecution.\n")
    assert speakers == [("Amnesty International Kenya", "organisation")]


def test_a_bodys_part_named_in_capitals(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Crypto rules\nLast week, the U.S. Securities and Exchange Commission's Division of "
        "Trading and Markets warned that several platforms were mixing client funds.\n")
    assert speakers[0][0] is not None
    assert speakers[0][0].endswith("Division of Trading and Markets")


def test_which_it_said_after_a_body(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Output forecast\nThe International Energy Agency on Wednesday raised its forecast for "
        "global demand growth to 1.4 million barrels a day, which it said would be the fastest "
        "rise since 2023.\n")
    assert ("International Energy Agency", "organisation") in speakers


def test_the_exchange_named_before_not_a_link_lines_body(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Withdrawals halted\nBitvora said hackers took about $40 million from a hot wallet.\n"
        "The exchange says customer funds are safe.\n")
    assert speakers == [("Bitvora", "organisation")] * 2
    speakers, _ = speakers_and_people(
        "Withdrawals halted\nBitvora said hackers took about $40 million from a hot wallet.\n\n"
        "Read also: Scam losses hit $1bn in 2025, Elliptic says\n\n"
        "The exchange said customer funds were safe.\n")
    assert speakers[-1] != ("Elliptic", "organisation")


def test_a_hyphened_given_name_the_tagger_cut_from_two_surnames(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Ivory Coast cocoa arrivals climb\n\"The mid-crop is looking a lot healthier than "
        "anyone thought in January,\" said Jean-Baptiste Kouadio Yao, who manages a cooperative "
        "of 1,400 growers near Soubr\u00e9. \"The rains came at the right time.\"\nKouadio Yao "
        "said members were delivering about a fifth more beans than at this point last "
        "season.\n")
    assert set(speakers) == {("Jean-Baptiste Kouadio Yao", "person")}
    assert people == ["Jean-Baptiste Kouadio Yao"]


def test_a_business_is_never_the_union(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Cocoa\nHershey Co. has said it will cut prices selectively in 2026.\nThe union "
        "blamed the government for the delays.\n")
    assert speakers[0] == ("Hershey Co.", "organisation")
    assert speakers[1][0] != "Hershey Co."


def test_a_unions_name_tagged_as_a_title_is_the_union(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Teachers' union sets March strike date as pay talks collapse\nERR News\nThe Estonian "
        "Educational Personnel Union (EHL) will hold a one-day warning strike on March 18 after "
        "talks with the Ministry of Education and Research on next year's salary floor broke "
        "down on Tuesday, the union announced.\n")
    assert speakers == [("Estonian Educational Personnel Union", "organisation")]
