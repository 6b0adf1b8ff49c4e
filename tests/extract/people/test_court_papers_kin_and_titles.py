"""Court, council and press-room papers, kin and titles, as Pacific,
Caribbean and Indian desks write them, on paragraphs written for these
tests: "the police summary of facts", then "The summary says"; "the minutes
of the April meeting"; a report from a body named with its own words; "the
Judge" after "Justice X"; a Samoan matai title before a given name, set off
after an office; a front, a hall and a portfolio the tagger read as names
("Samyukta Kisan Morcha", "Shram Shakti Bhawan", "Tamil Nadu Water
Resources Minister"); "his associates"; "the family of X, an 84-year-old";
"Cr Pryor" and "His Honour"; "Its secretary general, Abdallahi Ould Ahmedou
Salem"; "the conflict monitor ACLED"; a press conference's "Q:", asked by no
one named."""

from __future__ import annotations

from .conftest import SpeakersAndPeople


def test_the_summary_is_the_police_summary_of_facts(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Village mayor jailed\nAccording to the police summary of facts, the defendant received "
        "three payments between March and October.\nThe summary says the money was used to pay "
        "for a family event.\n")
    assert speakers == [("the police summary", "organisation")] * 2


def test_the_minutes_of_a_meeting(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Market roof\nAccording to the minutes of the April meeting, the agency had promised to "
        "install the barriers within two weeks.\n")
    assert speakers == [("the minutes of the April meeting", "organisation")]


def test_a_report_from_a_body_keeps_its_own_words(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Deacon jailed\nThe pre-sentence report from the Probation Service describes the "
        "defendant as a church deacon with no previous convictions.\n")
    assert speakers == [("the Probation Service pre-sentence report", "organisation")]


def test_the_judge_is_the_one_given_a_judges_title(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Village mayor jailed\nIn delivering sentence, Justice Vaepule Iosefa Sefo said the "
        "apology was a relevant factor.\n\"The families of Satitoa live with the sea at their "
        "doorstep,\" the Judge said.\n")
    assert speakers == [("Vaepule Iosefa Sefo", "person")] * 2
    assert people == ["Vaepule Iosefa Sefo"]


def test_a_matai_title_before_a_given_name(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Seawall\nThe new Pulenu'u of Satitoa, Tupa'i Sione Lauina, said work on the seawall "
        "would begin next month.\n")
    assert speakers == [("Tupa'i Sione Lauina", "person")]
    assert people == ["Tupa'i Sione Lauina"]


def test_a_farmers_front_and_a_ministrys_hall_are_no_people(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Farmers march\nAt least 14 farmers were injured, according to the Samyukta Kisan "
        "Morcha (Non-Political), which is leading the protest.\n\"You cannot sit in Shram "
        "Shakti Bhawan and decide how much water reaches Thanjavur,\" she said.\n")
    assert speakers[0] == ("Samyukta Kisan Morcha", "organisation")
    assert people == []


def test_a_portfolio_before_minister_is_no_person(
        speakers_and_people: SpeakersAndPeople) -> None:
    _, people = speakers_and_people(
        "Cauvery row\nTalking to reporters, Tamil Nadu Water Resources Minister K. Ramaswamy "
        "said the state had exhausted all options.\n\"Tamil Nadu should understand this,\" "
        "he said.\n")
    assert people == ["K. Ramaswamy"]


def test_associates_and_a_family_are_unnamed_sources(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Hunger strike\nFarmer leader Baldev Singh Chahal was shifted to a hospital in Patiala "
        "on Thursday, his associates said.\nMeanwhile, the family of Shlomo Ben Haim, an "
        "84-year-old from Kiryat Ata who died on Monday, has asked the ministry to "
        "investigate.\n")
    assert speakers == [("his associates", "anonymous"),
                        ("the family of Shlomo Ben Haim", "anonymous")]


def test_cr_is_an_australian_councillors_title(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, people = speakers_and_people(
        "Councillor fined\nThe court heard from Mayor Susannah Pryor.\nCr Pryor told the ABC the "
        "case had been a hard lesson.\n")
    assert speakers == [("Susannah Pryor", "person")]
    assert people == ["Susannah Pryor"]


def test_his_honour_is_the_magistrate(speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Councillor fined\nMagistrate Andrew Pickering said the offence was serious.\n"
        "\"Ratepayers are entitled to know,\" His Honour said.\n")
    assert speakers == [("Andrew Pickering", "person")] * 2


def test_a_unions_secretary_general_named_with_ould(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Fuel prices\nThe General Confederation of Workers of Mauritania denounced the measure.\n"
        "Its secretary general, Abdallahi Ould Ahmedou Salem, told APA that the unions would "
        "strike.\n")
    assert speakers[-1] == ("Abdallahi Ould Ahmedou Salem", "person")


def test_a_body_by_its_initials_after_what_it_is(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Attack\nThe insurgency has killed more than 6,000 people, according to the conflict "
        "monitor ACLED.\n")
    assert speakers == [("ACLED", "organisation")]


def test_questions_no_one_named_asks_are_a_reporters(
        speakers_and_people: SpeakersAndPeople) -> None:
    speakers, _ = speakers_and_people(
        "Thackeray's press conference\nQ: You were 5-2 down in the breaker. What was going "
        "through your head?\nELLIE THACKERAY: Nothing useful! I just tried to make her play one "
        "more ball.\nQ: Does the cup come into your thinking?\nTHACKERAY: Not yet, honestly.\n")
    assert speakers[0] == ("a reporter", "anonymous")
