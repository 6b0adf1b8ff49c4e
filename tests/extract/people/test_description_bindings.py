"""Whom a description, an office, initials or a titled surname binds to, on
paragraphs written for these tests: one of several holders of a role, a lede's
description named later, an office the tagger took into a name, a body's
initials, a study called "the research", a title's gender, a source close to
someone."""

from __future__ import annotations

from .test_descriptions import quotes


def test_one_of_several_holders_of_a_role_is_an_unnamed_source() -> None:
    # "the" of the relative clause does not make the description definite
    found = quotes(
        "Council sells reserve\n"
        "Councillor Dean Marsh, who moved the motion, said the land was surplus to needs.\n"
        "One councillor who voted against the sale, speaking on condition of anonymity, "
        "claimed the vote had been rushed.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [
        ("Dean Marsh", "person"), ("One councillor", "anonymous")]


def test_a_lede_description_is_the_holder_named_with_the_role_later() -> None:
    found = quotes(
        "Drowning prompts river warning\n"
        "A coroner has warned of the \"deceptive\" currents in the river after a man drowned.\n"
        "Recording a conclusion of accident, assistant coroner Margaret Lyle said the current "
        "had been \"far stronger than it looked\".\n"
    )
    assert [q["speaker_name"] for q in found] == ["Margaret Lyle", "Margaret Lyle"]


def test_an_office_the_tagger_took_into_the_name_binds_the_office() -> None:
    found = quotes(
        "Homeless figures hit record\n"
        "The Taoiseach has insisted that the housing plan is \"working\", despite record "
        "numbers in emergency accommodation.\n"
        "Taoiseach Declan Brennan said 38,000 homes had been completed this year.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Declan Brennan", "Declan Brennan"]


def test_a_body_by_its_initials_is_the_name_spelt_out_before() -> None:
    found = quotes(
        "Toy maker recalls scooters\n"
        "The U.S. Consumer Product Safety Commission said parents should stop using the "
        "scooters.\n"
        "The scooters can be identified by a red label under the deck, the CPSC said.\n"
        "Agents are looking into the sales, the FBI said.\n"
    )
    assert [q["speaker_name"] for q in found] == [
        "U.S. Consumer Product Safety Commission", "U.S. Consumer Product Safety Commission",
        "FBI"]


def test_a_body_by_the_letters_glossed_in_brackets_is_the_name_before_them() -> None:
    # the letters spell the party's name in its own language, not the English one
    found = quotes(
        "Opposition attacks border plan\n"
        "The main opposition party, Freedom and Homeland (SiO), accused the government of "
        "\"leaving the border open\".\n"
        "The minister should resign, SiO said in a statement.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Freedom and Homeland", "Freedom and Homeland"]
    found = quotes(
        "Agency defends flood aid\n"
        "Officials spoke to the Federal Water Relief Office, known by its local acronym FEWARO.\n"
        "In a statement, FEWARO said every family had received food parcels.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Federal Water Relief Office"]


def test_the_research_is_the_study_that_spoke_before() -> None:
    found = quotes(
        "Walking linked to better sleep, study finds\n"
        "The research, which followed 4,000 adults in Scotland for six years, found that "
        "those who walked daily slept 40 minutes longer than those who did not.\n"
    )
    assert [q["speaker_name"] for q in found] == ["the study", "the study"]


def test_a_titled_surname_is_not_the_relative_of_the_other_gender() -> None:
    found = quotes(
        "Eleanor Voss Whitcombe, piano teacher, dies at 90\n"
        "Eleanor Voss Whitcombe taught piano in Harlow for 50 years. She married Harold "
        "Whitcombe, a printer, in 1960.\n"
        "\"Mrs. Whitcombe gave me a hymn book and said, 'Play it twice before you judge it,'\" "
        "said Tom Grady, a former pupil.\n"
    )
    assert [q["speaker_name"] for q in found] == ["Tom Grady", "Eleanor Voss Whitcombe"]


def test_a_source_close_to_someone_is_not_the_one_named_next() -> None:
    found = quotes(
        "Rovers sack manager\n"
        "League Two side Rovers have sacked manager Hans Mulder after ten games without a win.\n"
        "Mulder has not commented, but a source close to the manager told the BBC he was "
        "\"disappointed but not surprised\" by the decision and felt let down in January.\n"
    )
    assert [(q["speaker_name"], q["speaker_type"]) for q in found][:1] == [
        ("a source close to the manager", "anonymous")]
