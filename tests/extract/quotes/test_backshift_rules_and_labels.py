"""Reported speech as health, business and Gulf desks write it, on paragraphs
written for these tests: a second predicate with a back-shifted modal is
part of what was said ("said it was disappointed and would appeal"); a
relative clause between a name and its cue; a list's `Lismore Mayor Jodie
Pennefather:` label; what a directive "says" hospitals must do; speech that is
only a rule's case ("before asking") or still to come ("would table a motion
asking")."""

from __future__ import annotations

from .conftest import said_as, said_by


def test_a_backshifted_second_predicate_is_part_of_the_report() -> None:
    text = ("Drug rejected\nHalden Pharma said it was “deeply disappointed” and would file "
            "further cost analyses before the consultation closes.\n")
    assert said_by(text) == [
        ("Halden Pharma", "it was “deeply disappointed” and would file further cost analyses "
                          "before the consultation closes")]


def test_a_name_set_off_with_a_relative_clause_before_its_cue() -> None:
    text = ("Prices steady\nAt a market in Al Wakrah, Sri Lankan driver Nimal Perera, who has "
            "lived in Qatar for years, said he had noticed prices were higher.\n")
    assert said_by(text) == [("Nimal Perera", "he had noticed prices were higher")]


def test_an_office_and_a_surname_left_untagged_in_a_list_label() -> None:
    text = ("Unit opens\nThe renal unit opened on Monday.\nWhat they said:\n"
            "Ballina Mayor Jodie Pennefather: “This is a community deciding what it needs and "
            "then building it.”\n")
    assert [(sp, kind) for sp, kind, _ in said_as(text)] == [("Jodie Pennefather", "person")]


def test_what_a_directive_says_hospitals_must_do_is_a_rule() -> None:
    text = ("Overtime capped\nThe directive, issued by the health agency last week, says "
            "hospitals must obtain a director's approval before asking a nurse to work more "
            "than 12 hours of overtime.\nAgency spokesperson Karine Dubois said the agency had "
            "received 214 requests.\n")
    assert said_by(text) == [("Karine Dubois", "the agency had received 214 requests")]


def test_a_motion_still_to_be_tabled_asks_nothing_yet() -> None:
    text = ("Overtime limit\nOpposition house leader Luc Tremblay-Roy said his party would "
            "table a motion Thursday asking the government to make the limit binding. \"Let "
            "her put it in a bill,\" the member for Rimouski said.\n")
    assert said_by(text) == [
        ("Luc Tremblay-Roy", "his party would table a motion Thursday asking the government "
                             "to make the limit binding"),
        ("Luc Tremblay-Roy", "\"Let her put it in a bill,\"")]
