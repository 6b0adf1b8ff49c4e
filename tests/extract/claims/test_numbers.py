"""Numbers as written: digits, words, fractions, ranges, percentages, ordinals."""

from __future__ import annotations

import pytest

from newsdesk.extract.claims.numbers import Number, find_numbers, parse_number, qualifier_before


def one(text: str) -> Number:
    found = find_numbers(text)
    assert len(found) == 1, [n.text for n in found]
    return found[0]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("20,000", 20000.0),
        ("2.5", 2.5),
        ("3.5bn", 3.5e9),
        ("1.2 million", 1.2e6),
        ("5k", 5000.0),
        ("eighteen", 18.0),
        ("two hundred", 200.0),
        ("twenty-five", 25.0),
        ("a dozen", 12.0),
        ("two hundred and fifty thousand", 250000.0),
    ],
)
def test_parse_number(written: str, value: float) -> None:
    assert parse_number(written) == value


def test_parse_number_refuses_words_that_are_not_numbers() -> None:
    assert parse_number("several") is None
    assert parse_number("12 apples") is None


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("It cost £3.5bn last year.", "£3.5bn", 3.5e9, "GBP"),
        ("They raised $1.2 million from donors.", "$1.2 million", 1.2e6, "USD"),
        ("A fine of €40 was paid.", "€40", 40.0, "EUR"),
        ("It costs 50p a bag.", "50p", 0.5, "GBP"),
        ("Support stood at 44 per cent.", "44 per cent", 44.0, "%"),
        ("Support stood at 44%.", "44%", 44.0, "%"),
        ("Support stood at 44 percent.", "44 percent", 44.0, "%"),
        ("A third of voters agreed.", "A third", 33.33, "%"),
        ("Half of members voted.", "Half", 50.0, "%"),
        ("Two-thirds of MPs agreed.", "Two-thirds", 66.67, "%"),
        ("One in five voters is undecided.", "One in five", 20.0, "%"),
        ("Nine out of ten cats agree.", "Nine out of ten", 90.0, "%"),
        ("He made a 700-mile round trip.", "700-mile", 700.0, "miles"),
        ("The trip took 16 hours.", "16 hours", 16.0, "hours"),
        ("They have an 18-point lead.", "18-point", 18.0, "points"),
        ("It fell 1.5 percentage points.", "1.5 percentage points", 1.5, "points"),
        ("It is the third-largest party.", "third", 3.0, "rank"),
        ("The song reached No. 1 in May.", "No. 1", 1.0, "rank"),
        ("He is the 45th president.", "45th", 45.0, "rank"),
    ],
)
def test_find_numbers_values_and_units(sentence: str, text: str, value: float, unit: str) -> None:
    n = one(sentence)
    assert (n.text, n.value, n.unit) == (text, value, unit)
    assert sentence[n.start : n.end] == n.text


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Between 10 and 20 people came.", "Between 10 and 20", (10.0, 20.0)),
        ("Some 10-20 people came.", "10-20", (10.0, 20.0)),
        ("Rates of 20-25% are common.", "20-25%", (20.0, 25.0)),
        ("It grew 3 to 5 percent.", "3 to 5 percent", (3.0, 5.0)),
        ("The council voted 19-15 for it.", "19-15", (19.0, 15.0)),
        ("It will cost £3bn-£4bn.", "£3bn-£4bn", (3e9, 4e9)),
        ("It cost $5-10m.", "$5-10m", (5e6, 1e7)),
    ],
)
def test_ranges_and_tallies(sentence: str, text: str, value: tuple[float, float]) -> None:
    n = one(sentence)
    assert (n.text, n.value) == (text, value)


def test_a_pair_that_is_not_a_range_gives_two_numbers() -> None:
    found = find_numbers("It cost £3.5bn and $1.2 million.")
    assert [(n.text, n.unit) for n in found] == [("£3.5bn", "GBP"), ("$1.2 million", "USD")]


@pytest.mark.parametrize("text", ["G20", "9/11", "10:30", "COVID-19", "someone", "the 1990s"])
def test_identifiers_and_words_are_not_numbers(text: str) -> None:
    assert find_numbers(f"We saw {text} there.") == []


@pytest.mark.parametrize(
    ("before", "qualifier", "hedge"),
    [
        ("which could employ up to ", "up to", "up to "),
        ("the majority was only around ", "around", "only around "),
        ("at least ", "at least", "at least "),
        ("more than ", "more than", "more than "),
        ("just over ", "over", "just over "),
        ("nearly ", "nearly", "nearly "),
        ("fewer than ", "less than", "fewer than "),
        ("approximately ", "around", "approximately "),
        ("just ", None, "just "),
        ("the ", None, ""),
    ],
)
def test_qualifiers(before: str, qualifier: str | None, hedge: str) -> None:
    text = before + "2,500"
    q, start = qualifier_before(text, len(before))
    assert q == qualifier
    assert text[start : len(before)] == hedge
