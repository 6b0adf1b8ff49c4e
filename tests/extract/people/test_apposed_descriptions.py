"""A name and the description set beside it ("Airlines for the Americas, the
main trade group,"; "Finance Minister Rüdiger Hamann, a Social Democrat who
..."), roles written with a hyphened prefix ("the Green co-leader, 44,"), a
source written to hide a gender, the name set off after a role that serves
someone else ("the Press Secretary to Governor X, Mr Y,"). Sentences written
for these tests."""

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


def test_a_ledes_office_is_the_person_then_named_speaking_after_byline_and_dateline(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    text = (
        "Harbour chief says port fees will rise 'without exception'\nBy Nadia Orlova and staff "
        "reporters\nMarch 3, 2026 09:10 GMT\nVARNA -- The head of the city's harbour authority "
        "has said that new port fees will apply \"without exception\" from April.\n"
        '"Every ship pays. Nobody gets a discount," Kiril Dobrev told a local radio station.\n'
        "Critics said the fees would drive trade to Romania.\n")
    speakers, _ = speakers_and_people(text)
    assert speakers[:3] == [("Kiril Dobrev", "person")] * 3
    # one the article gives an office of their own is not the lede's
    speakers, _ = speakers_and_people(
        text.replace("Kiril Dobrev told", "Opposition councillor Kiril Dobrev told"))
    assert speakers[1] == ("The head of the city's harbour authority", "person")


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


def test_the_name_set_off_after_a_role_is_the_one_speaking_not_whom_the_role_serves(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    # a principal inside the role's preposition, a body's possessive before it
    speakers, people = speakers_and_people(
        "Governor's office replies senator\n\nIn a statement, the Chief Press Secretary to "
        "Governor Ahmed Yusuf Attah, Mr Onuche Salihu-Ameh, described the allegations as "
        "\"baseless.\"\n")
    assert speakers == [("Onuche Salihu-Ameh", "person")]
    assert people == ["Ahmed Yusuf Attah", "Onuche Salihu-Ameh"]
    speakers, _ = speakers_and_people(
        "DA grills minister\n\nThe Democratic Alliance's spokesperson on water and sanitation, "
        "Lindiwe van der Merwe, asked the minister why the department had ignored warnings.\n")
    assert speakers == [("Lindiwe van der Merwe", "person")]
    # a document's head is no role: the name after it is whom it is against
    speakers, _ = speakers_and_people(
        "Fraud\n\nA criminal complaint filed in October against one of the dealers, Travis "
        "Lee Hembree of Corbin, alleges that Hembree paid the clerk in cash.\n")
    assert speakers[0][0] != "Travis Lee Hembree"


def test_the_party_after_a_party_spoke_by_its_initials_is_that_party(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "DA to take water board to Scopa\n\nIn a statement on Monday, the DA said it would "
        "ask Scopa to summon the board. \"South Africans are tired of paying twice,\" the "
        "party said.\n")
    assert speakers == [("the DA", "organisation"), ("the DA", "organisation")]


def test_an_office_after_chief_is_no_name(speakers_and_people: SpeakersAndPeople) -> None:
    # "Chief" is a title of address in Nigeria; "Chief Executive" is an office
    speakers, _ = speakers_and_people(
        "Kestrel shares fall\n\nShares fell after the chipmaker's finance chief warned that "
        "customers were still working through stockpiles.\nChief Executive Matthias "
        "Vandenberghe struck a more upbeat tone.\n")
    assert speakers[0][0] != "Matthias Vandenberghe"


def test_the_finance_chief_is_the_chief_financial_officer(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, _ = speakers_and_people(
        "Kestrel shares fall\n\nShares fell after the chipmaker's finance chief warned that "
        "customers were still working through stockpiles.\n\"We are being conservative,\" "
        "Chief Financial Officer Ngozi Abernathy-Kwon said.\nChief Executive Matthias "
        "Vandenberghe struck a more upbeat tone.\n")
    assert speakers == [("Ngozi Abernathy-Kwon", "person")] * 2


def test_a_given_name_the_tagger_called_a_people_set_off_by_a_role_is_a_person(
    speakers_and_people: SpeakersAndPeople,
) -> None:
    speakers, people = speakers_and_people(
        "Parcelwise workers vote to unionise\n\nConor Vasquez-Doyle founded Parcelwise in 2020 "
        "with Amara Nwosu-Bergin, a former airline operations manager.\n\"We'll sit down with "
        "the union in good faith,\" Nwosu-Bergin said on Friday. She said the founders "
        "respected the result.\n")
    assert speakers == [("Amara Nwosu-Bergin", "person")] * 2
    assert people == ["Amara Nwosu-Bergin", "Conor Vasquez-Doyle"]
