"""Statements as live pages, sports reports and wire headlines write them, on
text written for these tests: a pundit's or reader's line labelled with who
they are or where they speak from (`Former Harlow captain Mark Ellery on BBC
Radio 5 Live: ...`, `Gary Pike on WhatsApp: ...`), a manager "speaking to BBC
Sport:" (the outlet is no speaker), a heading signed with a surname after a
dash, crossheads that are a quote and nothing else and a live page's
`GOAL:` (no statements), a headline's "'unacceptable' says X" with no comma,
"ruled out", a body's call the parser hung on its name ("The Greens, now in
opposition, called on ..."), a source with a possessive inside "according
to", and a Scandinavian given name "Per" (not "per", "according to")."""

from __future__ import annotations

from .conftest import said_as as _said


def test_a_pundit_or_reader_labelled_by_who_they_are_or_where_they_speak() -> None:
    said = _said(
        "Harlow 1-0 Denton: live\nFormer Harlow defender Mark Ellery on BBC Radio 5 Live: "
        "They've been much the better side. Denton look tired.\nGary Pike on WhatsApp: Sit "
        "down, ref. Nerves shredded in the East Stand.\nBBC football correspondent Ewan "
        "McCrindle: The home side will be glad of the break, I think.\n")
    assert [(s[0], s[1]) for s in said] == [
        ("Mark Ellery", "person"), ("Gary Pike", "person"), ("Ewan McCrindle", "person")]
    assert said[1][2] == "Sit down, ref. Nerves shredded in the East Stand."


def test_a_sentence_running_up_to_a_name_and_a_colon_is_no_label() -> None:
    said = _said(
        "Harlow 1-0 Denton: live\nThe home fans were chanting for defender Mark Ellery: a "
        "song about his header last season.\n")
    assert said == []


def test_speaking_to_an_outlet_the_name_speaks_not_the_outlet() -> None:
    said = _said(
        "Harlow 2-1 Denton: live\nHarlow manager Owen Hughes, speaking to BBC Match of the Day: "
        "\"At half-time I told the lads nobody was going to hand us anything.\n\"We spoke "
        "about that in the dressing room and he's gone and won us the game.\"\n")
    assert {s[0] for s in said} == {"Owen Hughes"}
    assert said[0][2].startswith('"At half-time I told the lads')


def test_a_heading_signed_with_a_surname_after_a_dash() -> None:
    said = _said(
        "Harlow 2-1 Denton: live\n'We showed real character' - Hughes-Baptiste\nHarlow "
        "manager Rhodri Hughes-Baptiste was delighted with the win.\n")
    assert said == [("Rhodri Hughes-Baptiste", "person", "'We showed real character'")]


def test_crossheads_of_a_quote_alone_and_a_live_pages_labels_are_no_statements() -> None:
    said = _said(
        "Wimbledon: Rossi through - live\nGOAL: Harlow 2-1 Denton\n'I listened to him for "
        "once'\nMatteo Rossi thanked his coach after the match.\nPre-match: 'He is the best "
        "mover in the world'\nBefore the match, Matteo Rossi told BBC Sport that his opponent "
        "was \"the best mover in the world on grass\".\n")
    assert said == [("Matteo Rossi", "person",
                     "that his opponent was \"the best mover in the world on grass\"")]


def test_a_headlines_speaker_after_a_quote_with_no_comma() -> None:
    said = _said(
        "Milan transport strike 'unacceptable' says Di Castri-Fontana\nInfrastructure "
        "Minister Vittorio Di Castri-Fontana on Wednesday criticised the strike.\n")
    assert said[0] == ("Vittorio Di Castri-Fontana", "person",
                       "Milan transport strike 'unacceptable'")


def test_ruled_out_and_a_call_the_parser_hung_on_the_bodys_name() -> None:
    said = _said(
        "Coalition row deepens in Berlin\nFinance Minister Friedrich zu Stolberg-Haldern on "
        "Wednesday ruled out any further exemptions in next year's budget.\nThe Greens, now "
        "in opposition, called on the government to reform the debt brake.\nThe scan ruled "
        "out a fracture.\n")
    assert [s[0] for s in said] == ["Friedrich zu Stolberg-Haldern", "Greens"]
    assert said[0][2] == "any further exemptions in next year's budget"
    assert said[1][2].endswith("to reform the debt brake")


def test_a_possessive_inside_an_according_to_source() -> None:
    said = _said(
        "Milan strike enters second day\nAccording to sources in the minister's League party, "
        "Di Castri-Fontana is preparing a decree that would tighten the rules on strikes.\n")
    assert said == [("sources in the minister's League party", "anonymous",
                     "Di Castri-Fontana is preparing a decree that would tighten the rules on "
                     "strikes")]


def test_per_is_a_given_name_after_a_comma() -> None:
    said = _said(
        "Row over youth centre in Uppsala\nThe Social Democrat who chairs the municipal "
        "board, Per-Olof \"Pelle\" Sandqvist, told a local newspaper that he understood the "
        "decision.\n\"You cannot search your way out of gang crime,\" he said.\n")
    assert {s[0] for s in said} == {"Per-Olof Sandqvist"}
    assert not any(s[2].startswith('"Pelle"') for s in said)


def test_a_heading_signed_with_the_surname_of_a_name_the_tagger_missed() -> None:
    said = _said(
        "Wimbledon 2026: Matteo Rossi beats Alejandro Ruiz de la Vega\nPosted at 20:06\n'I had "
        "nothing left in the legs' - Ruiz de la Vega\nAlejandro Ruiz de la Vega has been "
        "speaking in his news conference.\n")
    assert said == [("Alejandro Ruiz de la Vega", "person", "'I had nothing left in the legs'")]


def test_a_headline_name_the_tagger_ran_into_the_line_break() -> None:
    said = _said(
        "Milan transport strike 'unacceptable' says Di Castri-Fontana\nUnions hit back over "
        "the walkout\n(ANSA) - MILAN, MARCH 18 - Infrastructure and Transport Minister "
        "Vittorio Di Castri-Fontana on Wednesday slammed the strike.\n")
    assert said[0][:2] == ("Vittorio Di Castri-Fontana", "person")
