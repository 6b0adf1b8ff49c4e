"""Reported speech as Southern African, sports and investigations desks write
it, on paragraphs written for these tests: a verb of saying joined to a
clause whose subject is the speaker again is their second statement ("said
it supported the strike and urged members ..."); a past progressive goes on
with the report ("his client was devastated and was weighing a challenge");
a call made to someone is no statement ("when a reporter called him")."""

from __future__ import annotations

from .conftest import said_by


def test_a_second_act_of_the_speaker_reporting_on_itself() -> None:
    text = ("Strike called\nThe teachers' union said it supported the strike and urged "
            "members to stay at home on Monday.\n")
    assert [c for _, c in said_by(text)] == [
        "it supported the strike", "members to stay at home on Monday"]


def test_a_past_progressive_goes_on_with_the_report() -> None:
    text = ("Ban upheld\nThe sprinter's lawyer, Joseph Wanjiru, told reporters his client was "
            "\"devastated\" and was weighing an appeal to the federal tribunal.\n")
    assert said_by(text) == [
        ("Joseph Wanjiru", "his client was \"devastated\" and was weighing an appeal to the "
                           "federal tribunal")]


def test_a_call_made_to_someone_is_no_statement() -> None:
    text = ("Billing probe\nHer son, Harold, learned about the billing only when a reporter "
            "called him last month. “My mother was gone,” the 67-year-old said.\n")
    assert [c for _, c in said_by(text)] == ["“My mother was gone,”"]
