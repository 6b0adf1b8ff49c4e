"""What a given name says of gender, and a pronoun speaker who agrees with it
(sentences written for these tests)."""

from __future__ import annotations

import pytest

import newsdesk
from newsdesk.extract.people.given_names import gender_of_given_name


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Lena", "f"), ("Siobhan", "f"), ("Aisha", "f"), ("Dolores", "f"),
        ("Tom", "m"), ("Rahul", "m"), ("Eoin", "m"), ("Thabo", "m"),
        ("Tomás", "m"),  # accents are the table's plain letters
        ("mara", "f"),  # any case
        # joined names the table lacks: their parts that tell a gender agree
        ("Mary-Beth", "f"), ("Kwame-Kofi", "m"),
    ],
)
def test_a_name_nearly_all_its_bearers_share_a_gender_with_tells_it(
    name: str, gender: str
) -> None:
    assert gender_of_given_name(name) == gender


@pytest.mark.parametrize(
    "name",
    ["Jean", "Kim", "Xi", "Andrea", "Rice", "Survey", "", None, "Mary-John", "Kerry-Lynn",
     "Tri-Ace"])
def test_a_name_borne_by_both_or_no_name_tells_nothing(name: str | None) -> None:
    assert gender_of_given_name(name) is None


def _speakers(text: str) -> dict[str, str | None]:
    a = newsdesk.extract_text(text, source="test")
    return {a.text[slice(*q["content"][0])].strip('",'): q["speaker_name"] for q in a.quotes}


def test_she_is_the_woman_named_not_the_man_named_after_her() -> None:
    said = _speakers(
        "Singer back on tour\n"
        "Mara Quillon met her manager, Tom Brackley, in a cafe in Leeds on Monday. "
        "Brackley ordered coffee.\n"
        '"I am not going anywhere," she said.\n'
        '"The tour starts in May," he said.\n'
    )
    assert said["I am not going anywhere"] == "Mara Quillon"
    assert said["The tour starts in May"] == "Tom Brackley"
