"""Statements police, court, magazine and wire pages write, on text written
for these tests: a request whose infinitive the parser hangs on the one
asked ("asked anyone who saw it to call police"), a "that" clause after the
setting of "told reporters at a briefing", the result of a "so" that is no
report ("has told it so often that ..."), "by her account", the second of
two quoted offences, an aside that only names a translation's source, a
headline's quote and the clause about its speaker, and a kicker that names
a country ("DR Congo: ...")."""

from __future__ import annotations

from .conftest import run
from .conftest import said_by as _said


def test_asked_anyone_who_saw_it_to_call_is_a_request() -> None:
    said = _said(
        "Father of shooting victim speaks\nThe father of a man shot dead outside a bar on "
        "Friday, Tomas Reyes, is asking anyone who saw the shooting to contact police.\n")
    assert said == [("Tomas Reyes", "anyone who saw the shooting to contact police")]
    said = _said("Fire at depot\nPolice asked anyone with information to call them.\n")
    assert said == [("Police", "anyone with information to call them")]


def test_told_reporters_at_a_briefing_that() -> None:
    said = _said(
        "Teen shot outside store\nPolice Chief Ana Ruiz told reporters at a morning briefing "
        "that officers were called to the store shortly after 2 a.m.\n")
    assert said == [("Ana Ruiz", "officers were called to the store shortly after 2 a.m")]


def test_the_result_of_so_is_not_what_was_told() -> None:
    said = _said(
        "The night the boat went out\nDai Morgan was 19 that winter. \"I held the rope,\" he "
        "said.\nDai has his own version of the night, and he has told it so many times that he "
        "no longer knows which parts are his.\n")
    assert said == [("Dai Morgan", '"I held the rope,"')]
    # a "so" inside what was said leaves it said
    said = _said(
        "Storm closes roads\nMayor Ann Hale spoke on Monday. She told reporters it was so cold "
        "that the pipes froze.\n")
    assert said == [("Ann Hale", "it was so cold that the pipes froze")]


def test_by_her_account_names_whose_words_the_clause_is() -> None:
    said = _said(
        "Deal falls apart\nBy Mr Osei's own account, the deal collapsed in March after the bank "
        "withdrew.\nThe firm, by all accounts, was struggling.\n")
    assert said == [("Osei", "the deal collapsed in March after the bank withdrew")]


def test_the_second_of_two_quoted_offences_is_no_quote() -> None:
    said = _said(
        "Blogger charged\nAwa Ndiaye, who runs a news site in Dakar, faces charges of "
        "\"spreading false news\" and \"insulting a person exercising the functions of head of "
        "state\". She was released on bail.\n")
    assert said == []


def test_an_aside_naming_only_a_translations_source_is_no_statement() -> None:
    said = _said(
        "Cleric asks for a date\n\"We welcomed them when they came. Now we ask them: when is the "
        "vote?\" the imam said in Bambara, according to a translation shared by his followers.\n")
    assert all(content != "the imam said in Bambara" for _, content in said)
    assert len(said) == 1


def test_a_headlines_quote_then_the_clause_about_its_speaker() -> None:
    a = run("'We will not gamble with passengers': rail boss defends timetable cuts on Morning "
            "Call\nHundreds of people crowded the station on Monday.\n")
    assert [(q["speaker_name"], q["direct"]) for q in a.quotes] == [("rail boss", True)]
    # the boss quoted by name below, saying the words again
    a = run("'We will not gamble with passengers': rail boss defends timetable cuts on Morning "
            "Call\nRail Authority chief Odile Brannigan-Kerr went on Morning Call to defend the "
            "cuts.\n\"We will not gamble with passengers to save a timetable,\" Brannigan-Kerr "
            "said.\n")
    assert [q["speaker_name"] for q in a.quotes] == ["Odile Brannigan-Kerr"] * 2


def test_a_kicker_naming_a_country_is_no_speaker() -> None:
    for kicker in ("DR Congo", "Mali"):
        said = _said(f"{kicker}: miners face eviction as cobalt prices soar\n"
                     "Hundreds of diggers crowded the pit on Monday.\n")
        assert said == [], kicker


def test_a_verb_of_a_demanded_clause_says_nothing() -> None:
    said = _said(
        "Growers block road\nThe union's secretary, Sunil Varma, demanded that the state "
        "government immediately announce a bonus for the season.\n")
    assert said == [("Sunil Varma",
                     "that the state government immediately announce a bonus for the season")]


def test_told_someone_that_in_person_reports_no_clause() -> None:
    said = _said(
        "Dairy farmers struggle\n\"Every litre we sell loses money,\" said Ruth Engel, who milks "
        "200 cows. \"I've told the governor that in person, and I'll tell him again.\"\n")
    assert [content for _, content in said if content.startswith("that")] == []


def test_which_the_firm_calls_a_name_is_no_statement() -> None:
    said = _said(
        "Couriers strike\nUnder the new system, which Ojekku calls \"Smart Bonus,\" the number "
        "of trips is set by an algorithm.\n")
    assert said == []


def test_a_clause_before_a_semicolon_is_not_the_next_cues() -> None:
    said = _said(
        "Couriers strike\nThousands logged off on Monday. Organizers put the turnout at 9,000; "
        "police estimated about 3,000.\n")
    assert said == [("police", "about 3,000")]


def test_a_verb_inside_what_someone_said_is_no_cue_of_its_own() -> None:
    said = _said(
        "Council changes market rules\nIn a statement, the council said the new scheme would "
        "\"cut queues at the gate\" and allow traders to set up \"well before the first "
        "customers arrive\".\n")
    assert len(said) == 1 and said[0][0] == "the council"


def test_a_headlines_described_speaker_before_a_colon() -> None:
    said = _said(
        "Iowa farmer: 'We're working for the bank, not for ourselves'\nGlen Ostby has farmed "
        "corn near Ames for 30 years.\n\"We're working for the bank, not for ourselves,\" Ostby "
        "said.\n")
    assert [name for name, _ in said] == ["Glen Ostby"] * 2


def test_according_to_a_translation_of_words_already_attributed() -> None:
    said = _said(
        "Party chair blames foreign money\n\"These are not local residents. They are paid per "
        "night,\" Lomidze said, according to Civil.ge's translation.\n")
    assert len(said) == 1 and said[0][0] == "Lomidze"


def test_said_at_the_time_that() -> None:
    said = _said(
        "Arsonist jailed\nFederal prosecutors said at the time that Dale Pruett had posted "
        "messages online attacking the mosque.\n")
    assert said == [("Federal prosecutors",
                     "Dale Pruett had posted messages online attacking the mosque")]


def test_who_asked_not_to_be_named_is_no_statement() -> None:
    said = _said(
        "Patient waited 30 hours\nA nurse at the hospital, who asked not to be named, described "
        "conditions on the ward as \"chaotic\".\n")
    assert all(not content.startswith("not to be named") for _, content in said)
