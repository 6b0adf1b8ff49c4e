"""Who an office, a kind of body or a description is, on paragraphs written
for these tests: a name after a portfolio ending in an institution's word
("Minister for Textile Industries Ramesh Chandra Joshi") is a person's; a
timestamp's zone ("09.15 GMT") is no business "the firm" may be; "the
organization" closing a sentence about a named newsroom is that newsroom; a
headline's kind of body ("Security agency accuses ...") is no name "the
interior ministry" stands for; a description opening a paragraph is the one
who spoke last in the paragraph before, unless someone was named since; and
"the minister", beside a Minister of State, is the senior minister."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_a_name_after_a_portfolio_of_industries_is_a_persons(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Cotton duty cut\nUnion Minister for Textile Industries Ramesh Chandra Joshi said on "
        "Friday that the duty on raw cotton would be cut. He said mills had asked for it.\n")
    assert speakers == [("Ramesh Chandra Joshi", "person")] * 2
    assert people == ["Ramesh Chandra Joshi"]


def test_a_timestamps_zone_is_no_firm(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Coach breaks silence\nTue 3 Mar 2026 08.40 GMT\nThrough his lawyers, the coach said "
        "he had done nothing wrong. In a statement the firm added: \"Our client will answer "
        "every question put to him.\"\n")
    assert "GMT" not in [name for name, _ in speakers]


def test_the_organization_closing_a_sentence_is_the_newsroom_it_is_about(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Newsroom cuts jobs\nThe Delta Ledger, the nonprofit newsroom that launched in 2019 to "
        "cover the river towns, is cutting nine of its 25 jobs, the organization announced "
        "Tuesday.\n")
    assert speakers == [("Delta Ledger", "organisation")]


def test_a_headlines_kind_of_body_is_no_name_for_a_body_after_it(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Security agency accuses blogger\nThe interior ministry said that the blogger had spread "
        "false claims about the coastguard.\n")
    assert speakers[-1][0] not in ("Security agency", "Security")


def test_a_description_opening_a_paragraph_is_the_last_speaker_before(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Sheep farmers march on Cardiff\n\"We cannot keep selling lambs below cost,\" Farmers "
        "Union president Gareth Lloyd-Prys said.\nThe Ceredigion hill farmer said the union "
        "would meet the buyers next week.\n")
    assert speakers == [("Gareth Lloyd-Prys", "person")] * 2


def test_the_minister_beside_a_minister_of_state_is_the_senior_one(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Rail safety row in Parliament\nMinister says signalling will be upgraded by 2028\n"
        "Union Minister for Railways Anand Prakash Verma told the House that 400 stations "
        "would get new signalling. Minister of State for Railways Kavitha Reddy Nallapati said "
        "an inquiry had begun.\nOpposition leader Rohan Mehra said the answer was not "
        "enough.\n")
    assert speakers[0] == ("Anand Prakash Verma", "person")


def test_a_description_after_someone_named_since_is_not_the_last_speaker(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Court hears anchor's petition\nJustice Farah Qadir Baloch heard the petition.\n"
        "\"Where is the complaint?\" the judge asked PTA's counsel, Advocate Tariq Mehmood "
        "Rana.\nThe PTA lawyer told the bench that the programme had aired unverified "
        "claims.\n")
    assert speakers[-1][0] != "Farah Qadir Baloch"


def test_the_official_after_an_unnamed_source_is_that_source(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Rowing body under fire\nA trustee of the rowing association, speaking on condition "
        "of anonymity, said the warnings had been ignored for a year. \"Nobody wanted to know,\" "
        "the official said.\n")
    assert speakers == [("A trustee of the rowing association", "anonymous")] * 2


def test_a_bodys_figures_by_its_initials_are_the_bodys(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Ferry numbers climb\nThe Island Ferries Authority (IFA) will add a sailing in June. "
        "Summer crossings are now fuller than before the pandemic, according to IFA figures.\n")
    assert speakers == [("Island Ferries Authority", "organisation")]
