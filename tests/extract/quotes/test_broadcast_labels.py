"""Broadcast transcripts' speaker labels, on lines written for these tests:
a senator's label with his title and party in capitals (`SEN. WADE KESSLER
(R-OH):`), a candidate's with her party and her office after a comma, a
guest's label in ordinary case with a role after her name, the show's host
role no person, a county clerk's office no part of her name."""

from __future__ import annotations

from .conftest import run, said_as

TRANSCRIPT = (
    "Ohio Senate race tightens\n"
    "NORA FAIRBANKS, CNN HOST: Good morning. Senator Wade Kessler joins me now.\n"
    "SEN. WADE KESSLER (R-OH): Good to be with you, Nora.\n"
    "FAIRBANKS: Will you take the ad down?\n"
    "KESSLER: No, I won't, because it's accurate.\n"
    "(BEGIN VIDEOTAPE)\n"
    "LORETTA OBI-HANSEN (D), OHIO SENATE CANDIDATE: Wade Kessler has been in Washington for "
    "twelve years.\n"
    "(END VIDEOTAPE)\n"
    "FAIRBANKS: Were you in Palm Beach?\n"
    "KESSLER: I was at a dinner.\n")


def test_labels_with_titles_and_parties_in_capitals() -> None:
    speakers = [(name, kind) for name, kind, _ in said_as(TRANSCRIPT)]
    assert speakers[1] == ("Wade Kessler", "person")
    assert ("Loretta Obi-Hansen", "person") in speakers
    assert not any(words.startswith("SEN.") for _, _, words in said_as(TRANSCRIPT))


def test_a_hosts_role_is_no_person() -> None:
    people = {e["name"] for e in run(TRANSCRIPT).entities if e["label"] == "PERSON"}
    assert people == {"Nora Fairbanks", "Wade Kessler", "Loretta Obi-Hansen"}


def test_a_guests_label_with_a_role_in_ordinary_case() -> None:
    text = ("Runoff\nSimone Achebe-Lund: Ron, what does his campaign do now?\n"
            "Ron Pickett, Republican Strategist: Honestly, they keep doing what worked. He "
            "talked about prices.\nSimone Achebe-Lund: Is that a winning message?\n"
            "Ron Pickett: It's a tested message.\n")
    said = said_as(text)
    assert said[1][:2] == ("Ron Pickett", "person")
    assert said[1][2].startswith("Honestly")


def test_a_county_clerks_office_is_no_part_of_her_name() -> None:
    text = ("Count\nCELESTE AMUNDSEN, BYLINE: Kent County Clerk Dorothy Vang-Hollis watches "
            "the machine.\nDOROTHY VANG-HOLLIS: Every one of these is somebody's vote.\n"
            "AMUNDSEN: She has done this for years.\nVANG-HOLLIS: And by then, the story had "
            "been written.\n")
    people = {e["name"] for e in run(text).entities if e["label"] == "PERSON"}
    assert "Dorothy Vang-Hollis" in people
    assert not any("Clerk" in name for name in people)
