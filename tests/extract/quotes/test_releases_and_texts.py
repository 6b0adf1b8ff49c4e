"""Statements press releases, broadcast write-ups, legislature reports and
obituaries write, on text written for these tests: a release's defined
term (`Brightwater Foods, Inc. ("Brightwater" or the "Company"), ...,
today announced`), "she's said" (has said), a chair calling members to
order, '"...," the message read' (the tagger's noun "read"), a statement
speaking for whoever issued it, "according to creator and showrunner NAME", a show's
title under a verb of doing, "he whispers", "had agreed to allow", and a
second verb of saying joined to the clause the first reports ("said she did
not see the votes but urged ..."), "saying" after "while briefing
journalists" (the journalists read as its subject), and "telling him to
wait"."""

from __future__ import annotations

from .conftest import said_as as _said


def test_a_releases_defined_term_stands_for_the_company_before_it() -> None:
    said = _said(
        "Brightwater Foods to Buy Ridgeline Dairy\nDENVER, March 2, 2026 /PRNewswire/ -- "
        "Brightwater Foods, Inc. (\"Brightwater\" or the \"Company\"), a leading supplier of "
        "packaged dairy products, today announced that it has agreed to acquire Ridgeline "
        "Dairy for $90 million.\n")
    assert said == [("Brightwater Foods, Inc.", "organisation",
                     "that it has agreed to acquire Ridgeline Dairy for $90 million")]


def test_shes_said_is_has_said() -> None:
    said = _said(
        "Speaker maker's boss on a hard year\nTamara Oduya has been CEO since 2023, and she’s "
        "said publicly that the company was in real trouble when she took over.\n")
    assert said == [("Tamara Oduya", "person",
                     "that the company was in real trouble when she took over")]
    # "it's said that ..." stays a passive with nobody saying it
    said = _said("Old mill to close\nIt's said that the mill will close in May.\n")
    assert not any(s[0] == "It" for s in said)


def test_calling_members_to_order_says_nothing() -> None:
    said = _said(
        "Assembly debate turns noisy\nThe debate grew noisy on Monday, with the chairwoman "
        "forced to call members to order twice as delegates shouted down the finance minister.\n")
    assert said == []
    said = _said(
        "Heckling in the chamber\nThe speaker called him to order. Later she called on the "
        "government to order a review of the rules.\n")
    assert len(said) == 1 and said[0][2].endswith("to order a review of the rules")


def test_a_statement_speaks_for_its_issuer_and_a_message_for_itself() -> None:
    said = _said(
        "Fund plans cuts\nIn a statement to reporters, a Global Fund spokesperson said no "
        "allocation decisions had been made. \"Our priority remains protecting treatment,\" the "
        "statement said.\n")
    assert [s[:2] for s in said] == [("a Global Fund spokesperson", "anonymous")] * 2
    # '"...," the message read': the tagger's noun "read" is the text's verb,
    # and a message is a document speaking for itself
    said = _said(
        "Councillor reads out resident's email\nCouncillor Tom Reid opened the meeting by "
        "reading out an email from a tenant who had been without heating since November.\n"
        "\"My children are sleeping in their coats. Nobody answers the phone,\" the message "
        "read.\n")
    assert [s[2] for s in said] == [
        '"My children are sleeping in their coats. Nobody answers the phone,"']


def test_according_to_roles_and_a_name_is_the_names() -> None:
    said = _said(
        "Showrunner explains finale\nAccording to creator and showrunner Siobhán Kennelly, that "
        "scene was written years before filming began.\n")
    assert said == [("Siobhán Kennelly", "person",
                     "that scene was written years before filming began")]


def test_a_shows_title_under_a_verb_of_doing_is_no_statement() -> None:
    said = _said(
        "Streamer orders more episodes\nPeacock renewed \"The Long Tide\" for a third season in "
        "February. Few viewers expected \"The Long Tide\" to end its second season with a "
        "funeral.\n")
    assert said == []


def test_whispers_and_agreed_to() -> None:
    said = _said(
        "Drama finale recap\nColm Keating is stabbed on the quay by his brother. He whispers "
        "that he is sorry.\n")
    assert said == [("Colm Keating", "person", "that he is sorry")]
    said = _said(
        "Elder dies aged 80\nHis daughter, Carol Munro, said the family had agreed to allow his "
        "photograph to be published because \"he always wanted to be seen\".\n")
    assert [s[:2] for s in said] == [("Carol Munro", "person")]


def test_a_second_verb_of_saying_joined_to_the_reported_clause() -> None:
    said = _said(
        "Senators unlikely to override veto\nSenator Graciela Pringles de Ruiz said she did not "
        "see the votes to override it but urged both sides to sit down together before the "
        "harvest.\n")
    assert said == [
        ("Graciela Pringles de Ruiz", "person", "she did not see the votes to override it"),
        ("Graciela Pringles de Ruiz", "person",
         "both sides to sit down together before the harvest"),
    ]


def test_saying_after_briefing_journalists_is_the_briefers() -> None:
    said = _said(
        "Cholera toll rises\nThe state Commissioner for Health, Dr. Hauwa Ibrahim-Gumau, "
        "disclosed this while briefing journalists in Bauchi on Wednesday, saying a total of "
        "1,362 suspected cases had been recorded.\n")
    assert said == [("Hauwa Ibrahim-Gumau", "person",
                     "a total of 1,362 suspected cases had been recorded")]


def test_telling_someone_to_do_something_is_an_instruction_given() -> None:
    said = _said(
        "Farm waits\nSchuetz wants his son back on the farm. For now, his father is telling him "
        "to wait.\n")
    assert [s[2] for s in said] == ["to wait"]
    # a label's words are no one's statement of their own
    said = _said(
        "Rockers recalled\nCompany spokeswoman Lauren DeSantis-Kuhl said the rockers carried a "
        "warning label telling parents not to use them for sleep.\n")
    assert [s[0] for s in said] == ["Lauren DeSantis-Kuhl"]
