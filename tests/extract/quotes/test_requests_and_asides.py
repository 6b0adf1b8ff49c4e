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


def _said(text: str) -> list[tuple[str | None, str]]:
    a = run(text)
    return [(q["speaker_name"], " / ".join(a.text[s:e] for s, e in q["content"]))
            for q in a.quotes]


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
