"""Who a role or a pronoun stands for, on paragraphs written for these
tests: "the councillor" closing a quote is the one the sentence before had
as its subject; "the MP" is the "Member of Parliament for ..."; "The judge"
is the judge the article has named since an unnamed "a judge", and a lede's
"a coroner" is the coroner the article goes on to name; "his employer, a
haulage firm" is no one "he" can be; a given name set off by a trade ("For
Tomasz, a courier from Gdansk,") is a person, but not the second half of a
hyphened surname ("Alcott-Vance, a senior fellow"); "The company" is the
maker, not its product ("Brisa Robotics' Paragon drone"); initials stand for
a name with a possessive in it ("Rural Nurses' Federation (RNF)"); "the
committee" is the one named before (the tagger leaving it unlabelled), not
the one it wrote to."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_role_closing_a_quote_is_the_subject_before(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Lido to stay shut for two summers\nOpposition leader Tomasz Wisniewski accused the "
        "ruling group of neglect.\nWisniewski was unconvinced. \"I have seen the drawings. They "
        "always have sunshine in them,\" the councillor said.\n")
    assert speakers[-1] == ("Tomasz Wisniewski", "person")
    # (an opening quotation mark before the role is the quote's, not a close)
    speakers, _ = speakers_and_people(
        "Tenants win reprieve\n\"I thought that was it,\" said Ms de la Fuente. \"The solicitor "
        "at the clinic read the notice and told me it wasn't valid because my deposit had "
        "never been protected. I laughed.\"\n")
    assert ("The solicitor at the clinic", "person") in speakers


def test_the_mp_is_the_member_of_parliament(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Chiefs demand action on illegal mining\nThe Member of Parliament for Amenfi Central, "
        "Hon. Patrick Kobina Arhin-Yeboah, backed the chiefs.\nThe chiefs spoke for an hour.\n"
        "\"The minister assured me that a task force would come. That was five weeks ago,\" "
        "the MP said.\n")
    assert speakers[0] == ("Patrick Kobina Arhin-Yeboah", "person")


def test_the_judge_is_the_judge_named_since(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Tribunal halts removal of student\nA student who has lived in Leeds since she was "
        "nine has won a challenge against her removal, after a judge ruled that officials had "
        "ignored medical evidence.\nJustice Helen Marwick on Monday quashed the decision, "
        "finding that the Home Office had \"failed to engage\" with two reports.\nThe judge "
        "said the reports should have been given \"significant weight\".\n")
    assert speakers == [("Helen Marwick", "person")] * 3
    assert people == ["Helen Marwick"]


def test_a_ledes_role_is_the_one_named_with_it_later(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Quarry death was accidental, inquest finds\nA coroner has ruled that a worker who "
        "fell at a Derbyshire quarry died by accident.\nThe inquest heard that the barrier had "
        "been removed a week earlier.\nCoroner Hilary Fenwick-Shaw recorded a conclusion of "
        "accidental death.\n")
    # (the headline's `..., inquest finds` is a finding of its own, first)
    assert speakers[1] == ("Hilary Fenwick-Shaw", "person")
    # (an unnamed source stays unnamed, whoever the article names later)
    speakers, _ = speakers_and_people(
        "Talks stall over port deal\nA source said the talks had stalled over the price.\n"
        "Union organiser Mark Bell said members would meet on Friday.\n")
    assert speakers[0] == ("A source", "anonymous")


def test_he_is_never_a_business_set_off_as_one(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Delivery riders face new income rule\nFor Tomasz, a courier from Gdansk who settled "
        "in Malmo in 2019, the rule came as a blow. His employer, a logistics firm, pays him "
        "27,000 kronor a month.\n\"I have never missed a shift. Now they say my pay is not "
        "enough,\" he told reporters.\n")
    assert speakers == [("Tomasz", "person")]
    assert people == ["Tomasz"]


def test_a_given_name_set_off_by_a_trade_is_a_person(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Care workers count the cost of the new rules\nFor Priya, a care assistant from Kochi "
        "who came to Leeds in 2022, the change arrived without warning. She now works nights.\n")
    assert people == ["Priya"]
    speakers, people = speakers_and_people(
        "Report questions savings\n\"We went in expecting savings,\" said Gregory Alcott-Vance, "
        "a senior fellow at Hollister.\nAlcott-Vance, a former Medicaid director, said the "
        "findings did not amount to a case against the rules.\n")
    assert speakers == [("Gregory Alcott-Vance", "person")] * 2
    assert people == ["Gregory Alcott-Vance"]


def test_the_company_is_the_maker_not_its_product(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Brisa Robotics' Paragon drone crashes on first delivery flight\nThe company said the "
        "aircraft's battery overheated minutes after takeoff.\n")
    assert speakers == [("Brisa Robotics", "organisation")]


def test_initials_of_a_name_with_a_possessive(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Nurses vote to strike over rosters\nThe Rural Nurses' Federation (RNF) said on Monday "
        "that members at 40 hospitals had voted for action. The RNF says a four-hour stoppage "
        "will follow next week if talks fail.\n")
    assert speakers == [("Rural Nurses' Federation", "organisation")] * 2


def test_the_committee_is_the_one_named_before_not_the_one_written_to(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Principals warn over new levy\nDr Ama Mensah, chair of the Vice-Principals' "
        "Committee, told reporters that forty secondary schools could run out of cash by June.\n"
        "Mensah said the committee had written to the Finance Ministry and to Parliament's "
        "Health Committee asking that the levy be scrapped.\n")
    assert speakers[-1] == ("Vice-Principals' Committee", "organisation")
