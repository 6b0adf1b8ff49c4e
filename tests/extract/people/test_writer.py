"""The writer: "I" outside quotes is the page's author or its byline, and
neither the writer nor the byline is anyone's "he" or "she"."""

from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.pipeline import Pipeline

STAGES = ("clean.headline", "extract.entities", "extract.quotes")


def _said(text: str, author: str | None = None) -> list[tuple[str | None, str, list[str]]]:
    a = Pipeline(STAGES)(Article(text=text, author=author))
    return [(q["speaker_name"], q["speaker_type"], [a.text[s:e] for s, e in q["content"]])
            for q in a.quotes]


@pytest.mark.parametrize(
    "byline",
    [
        "By Dana Whitcombe",
        "Posted by Dana Whitcombe | Eastfield Civic Notes | March 11, 2026",
        "Posted by Dana Whitcombe and Tom Baker | blog | 12 March 2026",
        "Opinion | Dana Whitcombe",
    ],
)
def test_the_writers_own_words_are_the_bylines(byline: str) -> None:
    said = _said(f"Council delays bike lanes\n{byline}\nI asked Mayor Phil Kowalczyk whether "
                 "he would back the lanes.\n")
    assert said == [("Dana Whitcombe", "person", ["whether he would back the lanes"])]


def test_a_writers_note_at_the_foot_names_the_writer() -> None:
    said = _said("Our hospitals are not coping\n\nLast week I told the minister, Alan Pryce, "
                 "that the system was failing.\nFiona MacAuley is a former nurse and writes a "
                 "weekly column on health.\n")
    assert said == [("Fiona MacAuley", "person", ["that the system was failing"])]


def test_the_pages_author_is_the_writer() -> None:
    said = _said("Bike lanes\n\nI told the mayor the plan would fail.\n", author="Ann Ross")
    assert said == [("Ann Ross", "person", ["the plan would fail"])]


def test_a_writer_nobody_names_is_the_author() -> None:
    said = _said("Bike lanes\n\n\"That is not good enough,\" I told the mayor.\n")
    assert said == [("the author", "anonymous", ["\"That is not good enough,\""])]


@pytest.mark.parametrize(
    "sentence",
    [
        "I was told the plan would fail.",  # the one told, not who told
        "I think the plan will fail.",  # a thought
    ],
)
def test_what_the_writer_hears_or_thinks_is_no_statement_of_theirs(sentence: str) -> None:
    said = _said(f"Bike lanes\nBy Dana Whitcombe\n{sentence}\n")
    assert all(name != "Dana Whitcombe" for name, _, _ in said)


def test_i_inside_a_quote_is_the_one_quoted() -> None:
    said = _said("Bike lanes\nBy Dana Whitcombe\n\"I told them it would fail,\" said Mayor "
                 "Phil Kowalczyk.\n")
    assert {name for name, _, _ in said} == {"Phil Kowalczyk"}


def test_she_is_never_the_byline() -> None:
    said = _said("Salt Road review\n\nBy Rhiannon Achterberg\nThe lead actor said that she had "
                 "rehearsed the scene forty times.\n\"I was barely moving my mouth,\" she said.\n")
    assert all(name != "Rhiannon Achterberg" for name, _, _ in said)


def test_he_after_the_writer_asked_someone_is_the_one_asked() -> None:
    said = _said("Council delays bike lanes\n\nCouncil President Desmond Achterberg voted "
                 "yes. I asked Mayor Phil Kowalczyk whether he would back the lanes. He said "
                 "\"probably.\"\n")
    assert ("Phil Kowalczyk", "person", ["\"probably.\""]) in said


def test_she_after_a_sentence_about_nobody_is_the_one_it_names() -> None:
    said = _said("The case for a land tax\n\nHis deputy, Aoife Byrne, spoke on radio. \"I "
                 "don't think so,\" she said.\nThat should not surprise anyone who has read "
                 "Hester van der Molen. As she wrote in her 2019 book, \"a tax on land is the "
                 "only tax that makes a city cheaper.\"\n")
    assert said[-1][0] == "Hester van der Molen"


def test_he_after_the_writer_met_someone_by_role_is_that_person() -> None:
    said = _said("Council\n\nMayor Phil Kowalczyk opposed the plan. The chair is Council "
                 "President Desmond Achterberg, and he cast the deciding vote.\nWhen I caught the "
                 "mayor on his way out, I asked him whether he would back the lanes. He said "
                 "\"probably,\" and then he was gone.\n")
    assert ("Phil Kowalczyk", "person", ["\"probably,\""]) in said


@pytest.mark.parametrize(
    ("byline", "writers"),
    [
        ("By MARIA L. PETERS and DANIEL OKAFOR Associated Press",
         ["Daniel Okafor", "Maria L. Peters"]),
        ("By JAMIE THORNTON-BELL Associated Press", ["Jamie Thornton-Bell"]),
        ("By: Katrina Mae Dizon-Villanueva - Reporter", ["Katrina Mae Dizon-Villanueva"]),
    ],
    ids=["ap-two", "ap-hyphened", "colon-and-job"],
)
def test_a_byline_names_its_writers_not_their_agency_or_job(
    byline: str, writers: list[str]
) -> None:
    a = Pipeline(("clean.headline", "extract.entities", "extract.quotes"))(Article(
        text=f"Senate panel backs highway bill\n{byline}\nWASHINGTON (AP) \u2014 A Senate panel "
             "approved a highway bill on Tuesday, Sen. Kevin Marsh said.\n"))
    people = sorted({e["name"] for e in a.entities if e["label"] == "PERSON"})
    assert people == sorted([*writers, "Kevin Marsh"])
