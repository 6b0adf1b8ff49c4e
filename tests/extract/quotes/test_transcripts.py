"""Transcript and interview labels (quotes/labels.colon_lines and the
speaker a label names), on transcripts written for these tests: surnames in
capitals with hyphens, stage directions after a label, names with particles,
initials of a hyphened name."""

from __future__ import annotations

import newsdesk

from .conftest import QuotesOf


def _said(quotes_of: QuotesOf, text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker_name"], text[q["content"][0][0] : q["content"][0][1]])
            for q in quotes_of(text)]


def test_hyphened_surnames_in_capitals_taking_turns_are_people(quotes_of: QuotesOf) -> None:
    text = ("Harbour Tonight: the dredging row\n"
            "MBEKI-LARSEN: Why did the council vote yes tonight?\n"
            "O'NEILL-BRAY: Because doing nothing is also a decision.\n"
            "MBEKI-LARSEN: We have to leave it there, thank you.\n"
            "O'NEILL-BRAY: Thank you for having me tonight.\n")
    said = _said(quotes_of, text)
    assert [name for name, _ in said] == ["Mbeki-Larsen", "O'Neill-Bray"] * 2
    assert said[0][1] == "Why did the council vote yes tonight?"


def test_a_stage_direction_after_a_label_leaves_the_turn_its_speakers(
        quotes_of: QuotesOf) -> None:
    text = ("Harbour Tonight: the dredging row\n"
            "INES VALKONEN, CORRESPONDENT (voice-over): On the quay, the talk is all about "
            "the dredger.\n"
            "VALKONEN (on camera): The consultants were less sure.\n")
    assert _said(quotes_of, text) == [
        ("Ines Valkonen", "On the quay, the talk is all about the dredger."),
        ("Ines Valkonen", "The consultants were less sure."),
    ]


def test_a_name_with_particles_before_its_body_labels_a_turn(quotes_of: QuotesOf) -> None:
    text = ("Harbour Tonight: the dredging row\n"
            "HOST: Joining me are Ana Brandt of the port board and Luis de la Vega of the "
            "Bay Fishers Alliance.\n"
            "ANA BRANDT, PORT BOARD: The dredging will take a year.\n"
            "LUIS DE LA VEGA, BAY FISHERS ALLIANCE: The conditions were written by the company.\n"
            "HOST: Thank you both.\n")
    said = dict((line, name) for name, line in _said(quotes_of, text))
    assert said["The conditions were written by the company."] == "Luis de la Vega"


def test_initials_of_a_hyphened_name_label_its_answers(quotes_of: QuotesOf) -> None:
    text = ("Glaciologist publishes memoir\n"
            "Ingrid Solheim-Bakke: Because he worked offshore.\n"
            "ISB: Hope is not my job.\n")
    assert [name for name, _ in _said(quotes_of, text)] == ["Ingrid Solheim-Bakke"] * 2


def test_what_someone_said_referred_to_in_a_turn_is_no_statement(quotes_of: QuotesOf) -> None:
    text = ("Harbour Tonight: the dredging row\n"
            "MBEKI-LARSEN: That's not what he said --\n"
            "VEGA: -- he said it could be studied.\n"
            "MBEKI-LARSEN: Yes, we did.\n"
            "VEGA: So.\n")
    said = _said(quotes_of, text)
    assert ("Mbeki-Larsen", "That's not what he said --") in said
    assert not [line for _, line in said if line.startswith("MBEKI")]


def test_a_name_a_transcript_writes_only_in_its_labels_is_one_of_the_people() -> None:
    text = ("Harbour Tonight: the dredging row\n"
            "DANIEL MBEKI-LARSEN, HOST: Good evening.\n"
            "KWAME ASANTE-BOATENG, PORT DIRECTOR: We have modelled the dredging for a year.\n"
            "MBEKI-LARSEN: Thank you.\n")
    article = newsdesk.extract_text(text, source="test")
    people = {e["name"] for e in article.entities if e["label"] == "PERSON"}
    assert {"Daniel Mbeki-Larsen", "Kwame Asante-Boateng"} <= people


def test_full_names_taking_turns_give_each_line_to_its_speaker(quotes_of: QuotesOf) -> None:
    text = ("Glaciologist publishes memoir\n"
            "Tomasz Wierzbicki: Why start there?\n"
            "Ingrid Solheim-Bakke: My father was proud. He told me my graphs were nicely "
            "coloured.\n")
    said = _said(quotes_of, text)
    assert ("Ingrid Solheim-Bakke",
            "My father was proud. He told me my graphs were nicely coloured.") in said
    assert said[0] == ("Tomasz Wierzbicki", "Why start there?")


def test_initials_with_particles_in_lower_case_label_the_answers_and_the_byline_asks(
        quotes_of: QuotesOf) -> None:
    text = ("Hendrika van der Walt on the dikes\n"
            "Interview by Rafael Quintero-Baptiste\n"
            "Q: Let's start with the map. Why 1953?\n"
            "HvdW: Because 1,836 people drowned in one night.\n")
    assert _said(quotes_of, text) == [
        ("Rafael Quintero-Baptiste", "Let's start with the map. Why 1953?"),
        ("Hendrika van der Walt", "Because 1,836 people drowned in one night.")]


def test_a_name_in_capitals_taking_one_turn_in_a_transcript_is_a_speaker(
        quotes_of: QuotesOf) -> None:
    text = ("Cyclist alleges doping\n"
            "Host Callum Fairweather spoke to Marta Llorente-Vidal and the nurse Josephine "
            "Mwale-Berg.\n"
            "FAIRWEATHER: What happened in Calpe that year?\n"
            "LLORENTE-VIDAL: The doctor was waiting with a tray of syringes.\n"
            "MWALE-BERG: Did anybody ask what was in them?\n"
            "LLORENTE-VIDAL: One girl did, a young Belgian rider.\n"
            "FAIRWEATHER: Why did you wait so long to speak?\n")
    assert [name for name, _ in _said(quotes_of, text)] == [
        "Callum Fairweather", "Marta Llorente-Vidal", "Josephine Mwale-Berg",
        "Marta Llorente-Vidal", "Callum Fairweather"]


def test_a_live_blog_entry_titled_by_an_office_is_the_office_holders(
        quotes_of: QuotesOf) -> None:
    text = ("Storm Orla live\n"
            "Minister: stay away from the coast\n"
            "Transport Minister Colm Ó Faoláin-Byrne has just been speaking on Radio West.\n")
    assert _said(quotes_of, text) == [("Colm Ó Faoláin-Byrne", "stay away from the coast")]


def test_the_writers_paragraph_after_the_last_answer_is_nobodys(quotes_of: QuotesOf) -> None:
    text = ("'We moved too slowly': the deputy governor on rates\n"
            "Deputy governor Miriam Okafor-Steele spoke to us on Friday. The conversation has "
            "been edited for length.\n"
            "Q: Did the bank wait too long to cut?\n"
            "A: With hindsight, yes. We were cautious because wage growth was still strong.\n"
            "Q: What changed your mind?\n"
            "A: The data on services prices. When those turned, holding made little sense.\n"
            "Q: Will rates fall again in March?\n"
            "A: I won't pre-empt the committee. But the direction of travel is clear.\n"
            "Okafor-Steele, 52, joined the bank in 2019 from the Treasury.\n")
    said = _said(quotes_of, text)
    assert not [words for _, words in said if words.startswith("Okafor-Steele, 52")]
    assert [name for name, words in said if words.startswith("I won't")] == [
        "Miriam Okafor-Steele"]


def test_an_outlets_initials_asking_are_the_outlet(quotes_of: QuotesOf) -> None:
    text = ("The governor speaks\nBy Tom Harding\nGovernor Ruth Calloway sat down with us.\n"
            "FT: Is the worst over?\n"
            "RC: I think the worst of the inflation shock is behind us, yes.\n"
            "FT: And for mortgage holders?\n"
            "RC: It will take time. Fixed deals are still rolling off at higher rates.\n")
    found = quotes_of(text)
    assert [(q["speaker_name"], q["speaker_type"]) for q in found] == [
        ("FT", "organisation"), ("Ruth Calloway", "person")] * 2
