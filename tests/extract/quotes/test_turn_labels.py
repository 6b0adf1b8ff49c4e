"""Interviews printed with names as labels: a name with a lower-case
particle labels its turns, a question that reports someone's words is still
the interviewer's turn, the label is no part of a name run on into the
answer, and a lobby transcript's `PMOS:` is the prime minister's official
spokesman, unnamed. On text written for these tests."""

from __future__ import annotations

from .conftest import run


def _turns(text: str) -> tuple[list[tuple[str | None, str]], list[str]]:
    a = run(text)
    return ([(q["speaker_name"], a.text[q["content"][0][0] : q["content"][0][1]][:24])
             for q in a.quotes],
            sorted({e["name"] for e in a.entities if e["label"] == "PERSON"}))


_INTERVIEW = (
    "The new boss of the Riverside ferries\nBy Colleen Hartigan\n"
    "Mariana Oliveira da Costa took over the ferry service in May. This interview has been "
    "edited for length.\n"
    "Hartigan: {question}\n"
    "Oliveira da Costa: Not before the autumn. I won't give you a date I can't keep.\n"
    "Hartigan: Do you take the ferry yourself?\n"
    "Oliveira da Costa: Every day. Nelson and I disagree about the timetable, but I like him.\n")


def test_a_name_with_a_particle_labels_its_turns_and_is_no_part_of_the_answer() -> None:
    turns, people = _turns(_INTERVIEW.format(question="When will the new boats arrive?"))
    assert [speaker for speaker, _ in turns] == [
        "Colleen Hartigan", "Mariana Oliveira da Costa"] * 2
    assert people == ["Colleen Hartigan", "Mariana Oliveira da Costa"]


def test_a_question_that_reports_words_is_still_the_interviewers_turn() -> None:
    turns, _ = _turns(_INTERVIEW.format(
        question="Passengers tell us the late boats feel unsafe. What are you doing about it?"))
    assert ("Colleen Hartigan", "Passengers tell us the l") in turns


def test_a_lobby_transcripts_pmos_is_the_unnamed_spokesman() -> None:
    a = run(
        "No 10 refuses to rule out reshuffle\nThe prime minister's official spokesman was "
        "pressed on a reshuffle. The exchange went as follows:\n"
        "Q: Can you rule out a reshuffle before Easter?\n"
        "PMOS: I'm not going to get into speculation about reshuffles.\n"
        "Q: So that's a no?\n"
        "PMOS: It's the same answer you've had from this podium many times.\n")
    answers = [(q["speaker_name"], q["speaker_type"]) for q in a.quotes
               if a.text[q["content"][0][0]].startswith(("I", "It"))]
    assert answers == [("the prime minister's official spokesman", "anonymous")] * 2
    assert not [e for e in a.entities if e["label"] == "PERSON"]
