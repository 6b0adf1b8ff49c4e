"""Cues and layouts of Indian, business and local-television desks, on
paragraphs written for these tests: a dateline before a colon opening the
story ("Warangal: The police on Sunday ..."), what a Bill provides ("According
to the Bill, ..."), a question put in the House ("sought to know why ..."), a
cue with its particle set off inside the clause it reports (", she pointed
out,"), a headline's verbless clause after ", says" ("..., says food
inflation still a threat"), a time's "p.m." ending a sentence, a summons
("called X to appear") and an outlet's report the parser read as a noun
phrase ("Channel 9 news reported Tuesday night that ..."); and from
Caribbean, Eastern European and US local desks: "according to" inside the
clause it reports, a second cue after a clause about a thing ("said the case
was ... and called on ..."), what a plan "calls for" and a plan inside what was
said ("expected to make arrests")."""

from __future__ import annotations

from .conftest import said_as, said_by


def test_a_dateline_before_a_colon_is_no_speaker() -> None:
    text = ("Fake loan app gang held\nFour accused sent to remand\nWarangal: The police on "
            "Sunday arrested four men who allegedly cheated more than 200 people across the "
            "State through a fake loan app run from a rented flat in Hanamkonda.\nThe men were "
            "produced before a court in Warangal and remanded.\n")
    assert said_by(text) == []


def test_what_a_bill_provides_is_no_statement_but_what_a_ministry_says_is() -> None:
    text = ("Drainage Bill passed\nAccording to the Bill, every district collector will "
            "file a report before the monsoon.\nAccording to the ministry, 300 km of "
            "channels were cleared last year.\nThe EU will impose duties of up to 41 per cent on "
            "tiles from China, according to a draft regulation seen by the Financial Times.\n")
    assert [content for _, content in said_by(text)] == [
        "300 km of channels were cleared last year",
        "The EU will impose duties of up to 41 per cent on tiles from China"]


def test_a_question_put_in_the_house_is_a_statement() -> None:
    text = ("House debates Bill\nBJP member R. Lakshmi Narayan sought to know why the Bill "
            "left out tenant farmers.\n")
    assert said_by(text) == [
        ("R. Lakshmi Narayan", "to know why the Bill left out tenant farmers")]


def test_a_cue_with_its_particle_set_off_inside_what_it_reports() -> None:
    # (the parser hangs "The lower end of the guidance" on the cue)
    text = ("Shares slip after results\nKavya Rao, vice president - research at Emkay "
            "Global, was more cautious. The lower end of the guidance, she pointed out, "
            "implies almost no growth in the second half.\n")
    assert said_by(text) == [
        ("Kavya Rao", "The lower end of the guidance / implies almost no growth in the second "
                      "half")]


def test_a_headlines_verbless_clause_after_says_is_what_its_subject_says() -> None:
    text = ("Bank holds rate at 18%, says prices still a worry\nThe central bank left its "
            "policy rate unchanged on Tuesday.\n")
    assert said_as(text) == [("Bank", "organisation", "prices still a worry")]


def test_a_time_ends_a_sentence_before_the_next() -> None:
    text = ("Fuel truck breaks through ice\nRCMP said in a news release that the truck, "
            "which was hauling about 20,000 litres of gasoline, went through the ice about 30 "
            "kilometres north of the reserve around 3:45 p.m. The 44-year-old driver from "
            "Gillam managed to climb out through the cab window, police said.\n")
    assert [c for _, c in said_by(text)] == [
        "that the truck, which was hauling about 20,000 litres of gasoline, went through the "
        "ice about 30 kilometres north of the reserve around 3:45 p.m",
        "The 44-year-old driver from Gillam managed to climb out through the cab window"]


def test_a_summons_is_no_statement_but_a_call_on_someone_is() -> None:
    text = ("Minister summoned\nThe committee chair, Ana Quesada Mora, was unimpressed.\nThe "
            "lawmaker has called Arguedas to appear before the committee next week.\nShe "
            "called on the minister to resign.\n")
    assert [content for _, content in said_by(text)] == ["to resign"]


def test_an_outlets_report_the_parser_read_as_a_noun_phrase() -> None:
    # ("news reported Tuesday night" parsed as a noun with a participle on it)
    text = ("Flu wave fills hospital wards across the country\nChannel 9 news reported Tuesday "
            "night that ministers were considering declaring a national health emergency.\n")
    assert said_by(text) == [
        ("Channel 9 news", "that ministers were considering declaring a national health "
                           "emergency")]


def test_according_to_inside_the_clause_it_reports() -> None:
    text = ("Police probe triple killing\nSunday’s killings pushed the country’s murder toll "
            "for 2026 to 94, according to police statistics, compared with 101 at the same "
            "time last year.\n")
    assert said_by(text) == [
        ("police statistics", "Sunday’s killings pushed the country’s murder toll for 2026 to "
                              "94")]


def test_a_second_cue_after_a_clause_about_a_thing_is_the_first_speakers() -> None:
    text = ("Moscow condemns verdict\nThe Russian Foreign Ministry said in a statement that "
            "the case was part of a \"campaign of persecution\" and called on Chisinau to "
            "\"stop fighting its own citizens.\"\n")
    assert [sp for sp, _ in said_by(text)] == ["Russian Foreign Ministry"] * 2


def test_what_a_plan_calls_for_is_no_statement() -> None:
    text = ("Tower approved\nIn a memo, planning manager Vanessa Kowalczyk wrote that the "
            "project was consistent with the 2019 area plan, which calls for “high-density "
            "development” along the avenue.\n")
    assert said_by(text) == [
        ("Vanessa Kowalczyk", "that the project was consistent with the 2019 area plan, which "
                              "calls for “high-density development” along the avenue")]


def test_a_plan_inside_what_was_said_is_no_statement_of_its_own() -> None:
    text = ("Arrests expected in triple killing\nSpeaking at a news conference in Port of Spain, "
            "Commissioner Rodney Alleyne said investigators had already identified “persons "
            "of interest” and expected to make arrests “within days, not weeks”.\n")
    assert [sp for sp, _ in said_by(text)] == ["Rodney Alleyne"]
