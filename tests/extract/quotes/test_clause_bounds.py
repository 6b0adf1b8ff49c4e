"""Which clause a cue reports when another verb's words stand beside it: a
quote before "and said" belongs to the verb before, a time clause after
"officials said" is when, not what, an infinitive cue closes no words before
it, and "critics say" after another cue's object is said by the critics. On
text written for these tests."""

from __future__ import annotations

from .conftest import said_by as _said


def test_the_clause_after_and_said_is_what_was_said_not_the_quote_before_it() -> None:
    said = _said(
        "Flood toll rises\n"
        "A rescue worker at the scene put the number of missing higher, at \"about 40\", "
        "and said several boats had not returned to the harbour.\n")
    assert ("A rescue worker at the scene",
            "several boats had not returned to the harbour") in said


def test_a_time_clause_after_officials_said_is_when_not_what_they_said() -> None:
    said = _said(
        "Strike on city\n"
        "KHARKIV, Ukraine (AP) \u2014 A Russian missile slammed into a school building in the "
        "northern city before dawn Friday, killing at least four people, officials said, hours "
        "before the Kremlin rejected a proposal.\n")
    assert [speaker for speaker, _ in said] == ["officials"]
    assert said[0][1].startswith("A Russian missile slammed into a school building")
    assert "rejected a proposal" not in said[0][1]


def test_an_infinitive_cue_closes_no_words_before_it() -> None:
    said = _said(
        "Planning vote\n"
        "Several residents spoke against the project, citing concerns about noise.\n"
        "County Attorney Mark T. Rollins advised commissioners before the vote that the "
        "county's zoning ordinance did not allow them to deny a rezoning.\n")
    # not "Several residents" (what "them" was read as) saying the words before "to deny"
    assert not any("did not allow" in words and speaker != "Mark T. Rollins"
                   for speaker, words in said)


def test_critics_who_say_after_another_cues_object_are_the_speakers() -> None:
    said = _said(
        "Rental bill advances\n"
        "Fourteen senators opposed the plan, which its author says protects property values "
        "and critics say leaves towns powerless against developers.\n")
    assert ("critics", "leaves towns powerless against developers") in said


def test_but_added_after_said_is_the_speakers_not_the_reported_clauses_subject() -> None:
    said = _said(
        "Teenager jailed for stabbing\nA teenager who stabbed a shopkeeper has been jailed for "
        "five years.\nThe victim's son, Imran, said outside court that the family felt "
        "\"some relief\" had come, but added that five years \"is not enough\".\n")
    assert [speaker for speaker, _ in said] == ["Imran", "Imran"]


def test_a_body_that_said_it_had_something_and_described_another_thing_said_both() -> None:
    said = _said(
        "Drone crashes in eastern Poland\nBelarus's defence ministry said it had \"no "
        "information\" about the drone and described the Polish accusations as \"another "
        "provocation\".\n")
    assert said == [
        ("Belarus's defence ministry", "it had \"no information\" about the drone"),
        ("Belarus's defence ministry",
         "the Polish accusations as \"another provocation\""),
    ]


def test_evidence_the_inquiry_heard_after_it_is_a_statement_of_no_one_named() -> None:
    said = _said(
        "Bridge inquiry\nDerek Baird gave evidence on Monday.\nThe email had been copied to "
        "his deputy, the inquiry heard.\n")
    assert said == [(None, "The email had been copied to his deputy")]


def test_urging_anyone_who_saw_something_to_act_reports_the_whole_request() -> None:
    said = _said(
        "Drink-driver jailed\nA drink-driver has been jailed for killing a pedestrian.\n"
        "Sergeant Ian Walsh urged anyone who saw the crash to contact police.\n")
    assert said == [("Ian Walsh", "anyone who saw the crash to contact police")]
