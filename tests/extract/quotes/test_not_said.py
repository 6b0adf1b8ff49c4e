"""Sentences with a verb of saying in them that report nobody's words: what
people did after a cue ("applauded, and a few wore ..."), a rule a text lays
down ("The law says the board must ..."), a job held ("who advises one of the
parties"); and a source set off by commas after the words it gave, a dateline
before them. Text written for these tests."""

from __future__ import annotations

from .conftest import run


def _said(text: str) -> list[tuple[str | None, str]]:
    a = run(text)
    return [(q["speaker_name"], " | ".join(a.text[s:e] for s, e in q["content"]))
            for q in a.quotes]


def test_a_clause_joined_to_a_cue_with_a_name_quoted_in_it_is_not_said() -> None:
    found = _said(
        "Bike lanes\n\nTomasz Wisniewski said the city was \"waging a war on drivers.\" "
        "Several people in the audience applauded, and a few wore buttons from the "
        "\"Riverside for Everyone\" campaign.\n")
    assert [name for name, _ in found] == ["Tomasz Wisniewski"]
    # but words joined on after a cue set off inside a sentence are said
    found = _said(
        "Coalition row\n\nCoalitions argued, the chancellor said, and that was \"democracy, "
        "not a crisis\".\n")
    assert any("democracy, not a crisis" in words for _, words in found)


def test_a_rule_a_law_lays_down_is_not_a_statement() -> None:
    assert _said("Merger\n\nThe law says the board must publish its reasons for any "
                 "decision to block a merger.\n") == []
    # what a document says happened is
    assert _said("Merger\n\nThe report says the board met twice in secret.\n") != []


def test_a_job_in_a_relative_clause_is_not_what_was_said() -> None:
    found = _said(
        "Telecoms\n\nOne of them, who advises one of the parties and asked not to be named, "
        "said Arunika had already sounded out a smaller rival.\n")
    assert [words for _, words in found] == ["Arunika had already sounded out a smaller rival"]


def test_a_source_set_off_after_the_words_before_the_writers_aside_gives_them() -> None:
    found = _said(
        "Telecoms\n\nKUALA LUMPUR, Sept 3 — The board is preparing to open an investigation "
        "into the takeover of rival Kencana, three people familiar with the matter said, a "
        "move that could delay the deal.\n")
    assert [name for name, _ in found] == ["three people familiar with the matter"]
    assert "The board is preparing to open an investigation" in found[0][1]
    assert "a move that could delay" not in found[0][1]


def test_a_quote_after_a_passive_cues_agent_is_not_the_agents_words() -> None:
    a = run("Landlord fined\n\nThe prosecutor said Mr Dunn had been warned by the council about "
            'the scaffolding and had "ignored" the letter.\n')
    assert [(q["speaker_name"], a.text[q["cue"][0]:q["cue"][1]]) for q in a.quotes] == [
        ("The prosecutor", "said")]


def test_an_offence_in_quotation_marks_is_nobodys_statement() -> None:
    assert _said(
        "Protest leader detained\nThe fines come as the authorities prosecute protesters.\n"
        "On March 3, police detained Irakli Menabde, a 31-year-old teacher who has led many "
        "of the marches, on charges of \"organizing mass disorder.\"\n") == []
    assert _said(
        "Exiled politician jailed in absentia\nA court sentenced exiled politician Nika "
        "Zhvania in absentia to six years in prison for \"public calls to seize power.\"\n") == []


def test_what_one_wants_another_to_explain_is_not_the_others_statement() -> None:
    assert _said(
        "Drone crash prompts emergency sitting\nThe speaker wants the government to explain "
        "why the drone was not intercepted.\n") == []


def test_continuing_to_do_something_is_not_saying_it() -> None:
    found = _said(
        "Bridge inquiry\nA spokeswoman said the council continued to co-operate fully with "
        "the inquiry and that it would be \"inappropriate to comment\".\n")
    assert [name for name, _ in found] == ["A spokeswoman"]
