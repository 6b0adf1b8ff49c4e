"""Where a cue's words stop and start: a clause joined on by "and" is no cue
closing the words before it, "called for X to be Y" is what was called for,
"who said that," says only "that", and "the word 'crisis'" names a word. On
text written for these tests."""

from __future__ import annotations

from .conftest import run
from .conftest import said_by as _said
from .conftest import with_words as _with


def test_a_clause_joined_by_and_is_no_cue_for_the_words_before_it() -> None:
    said = _said(
        "Cholera spreading, study finds\n\nThe researchers wrote that the spread was "
        "underestimated, and they called for vaccines to be added to routine immunisation.\n")
    assert ("The researchers", "that the spread was underestimated") in said
    assert ("The researchers", "for vaccines to be added to routine immunisation") in said
    assert len(said) == 2
    assert _said(
        "United lose again\n\nMorland is a better manager than his results, and a worse one "
        "than his reputation in Porto suggested. The derby is next.\n") == []


def test_called_for_something_to_be_done_is_what_was_called_for() -> None:
    said = _said("Measles warning\n\nThe nurses called for schools to be closed for a week.\n")
    assert said == [("The nurses", "for schools to be closed for a week")]


def test_who_said_that_says_only_that() -> None:
    a = run(
        "Market manager\n\nMs Okonjo-Berg said she knew who said that, and he now sells more "
        "cider than potatoes.\n")
    assert _with(a, a.quotes, "cider") == []
    assert [q["speaker_name"] for q in a.quotes] == ["Okonjo-Berg"]
    a = run("Market manager\n\nQ: Do they have a point?\nA: I know who said that, and he now "
            "sells more cider than potatoes. Look, we are not a museum.\n")
    # the question and the answer, nothing cut from the answer at "who said"
    assert [a.text[s:e].split()[0] for q in a.quotes for s, e in q["content"]] == ["Do", "I"]


def test_the_word_in_quotes_names_a_word() -> None:
    assert _said(
        "United lose again\n\nCastleford lost 3-1, and the word \"crisis\" was being used in "
        "the press box.\n") == []


def test_per_a_source_set_off_by_a_comma_attributes_the_clause() -> None:
    a = run("Comets guard out\n\nThe team is also exploring the trade market for a backup guard, "
            "per league sources, though its manager has said little.\n")
    per = [q for q in a.quotes if a.text[q["cue"][0] : q["cue"][1]] == "per"]
    assert [(q["speaker_name"], q["speaker_type"]) for q in per] == [
        ("league sources", "anonymous")]
    assert a.text[per[0]["content"][0][0] :].startswith("The team is also exploring")
    # a rate is no source
    assert run("Fees rise\n\nParking will cost $4, per hour, from May, the council said.\n"
               ).quotes[0]["speaker_name"] == "the council"


def test_what_someone_said_they_did_is_no_cue_of_its_own() -> None:
    said = _said(
        "Rookie starts\n\nCoach Ray Mendes said rookie Jalen Okoro would start.\nOkoro, the No. 17 "
        "pick in June's draft, said he had texted Mendes after the game.\n")
    assert [s for _, s in said] == ["rookie Jalen Okoro would start",
                                    "he had texted Mendes after the game"]


def test_speech_still_conditional_is_no_statement() -> None:
    said = _said(
        "Line closed\n\nSpokesperson Pieter de Groot says crews will begin lifting the cars once "
        "the fire department declares the site safe, possibly overnight.\n")
    assert [name for name, _ in said] == ["Pieter de Groot"]


def test_a_speaker_vouching_for_their_own_words_reports_nothing_inside_the_quote() -> None:
    said = _said(
        'Guard out\n\n"So six weeks? I\'ll take that. I\'ll be back before the playoffs, I '
        'promise you," Chidi Eze said.\n')
    assert len(said) == 1
    # ("when I tell them they're getting it" reports what was told)
    said = _said(
        'Scholarships\n\n"I wish you could hear them when I tell them they are getting the '
        'scholarship," Dex Gardner says.\n')
    assert len(said) == 2
