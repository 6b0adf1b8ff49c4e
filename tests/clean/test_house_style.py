"""House style: the paragraphs that write quote marks, apostrophes, dashes,
titles or spellings the other way from the rest of the page."""

from __future__ import annotations

from newsdesk.clean.house_style import house_style
from newsdesk.clean.lines import split_lines


def paragraphs(*texts: str) -> list:
    return split_lines("\n\n".join(texts))


def test_one_style_throughout_is_no_mix() -> None:
    body = paragraphs(
        "“We will build it,” the mayor said on Monday.",
        "The council’s vote — the third this year — passed easily.",
        "“It’s done,” said Ms Okafor, who chairs the committee.",
        "Ms Okafor said the work would start in May.",
    )
    mix = house_style(body)
    assert mix.minority == {}
    assert mix.honorific_names == []


def test_the_minority_way_is_named_paragraph_by_paragraph() -> None:
    body = paragraphs(
        "“We will build it,” the mayor said on Monday.",
        "“It’s done,” said the committee’s chair.",
        '"It\'s a waste," said a resident -- one of dozens at the meeting.',
        "The council’s vote — the third this year — passed easily.",
    )
    mix = house_style(body)
    assert mix.minority["quote marks"] == [2]
    assert mix.minority["apostrophes"] == [2]
    assert mix.minority["dashes"] == [2]


def test_a_person_with_and_without_a_title_is_a_mix() -> None:
    body = paragraphs(
        "Ms Okafor said the work would start in May.",
        "Okafor said the budget was already spent.",
        "Dana Okafor has chaired the committee since 2019.",
    )
    mix = house_style(body)
    assert mix.honorific_names == ["Okafor"]
    # "Dana Okafor has" is a full name, not the bare surname.
    assert mix.minority["titles"] == [1]


def test_spellings_of_one_newsroom() -> None:
    body = paragraphs(
        "Support rose to 41 per cent in the U.S. poll published at 8 a.m.",
        "Turnout was 62% at 9am, officials in the US said.",
        "Support fell to 38 per cent in the U.S. poll released at 10 a.m. today.",
    )
    mix = house_style(body)
    assert mix.minority["per cent"] == [1]
    assert mix.minority["U.S. or US"] == [1]
    assert mix.minority["a.m. or am"] == [1]
