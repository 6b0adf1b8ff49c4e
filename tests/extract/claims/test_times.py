"""Clock times and dates written with digits are never numbers, hence never
counts: `times.py`, through `find_numbers` and `find_claims`, on sentences
written for the test."""

from __future__ import annotations

import pytest

from newsdesk.extract.claims.finder import find_claims
from newsdesk.extract.claims.numbers import find_numbers
from newsdesk.extract.claims.times import time_spans
from newsdesk.nlp import load_nlp


def _spans(text: str) -> list[str]:
    return [text[s:e] for s, e in time_spans(text)]


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("The ferry left the quay at 10:32 on Monday.", "10:32"),
        ("The ferry left the quay at 10.32 on Monday.", "10.32"),
        ("Crews arrived at 9.15am to clear the road.", "9.15am"),
        ("Crews arrived at 9:15 a.m. to clear the road.", "9:15 a.m."),
        ("The count ended at 3 p.m. on Friday.", "3 p.m."),
        ("The count ended at 11pm GMT.", "11pm GMT"),
        ("Troops crossed the border at 1032 GMT.", "1032 GMT"),
        ("Polls close at 22:00 BST tonight.", "22:00 BST"),
        ("The fair runs 5-8pm on Saturday.", "5-8pm"),
        ("The bells rang at six o'clock and 7 o'clock.", "7 o'clock"),
        ("Talks ran from 9.15 until 10.30 in the hall.", "9.15"),
    ],
)
def test_clock_times(text: str, time: str) -> None:
    assert time in _spans(text)
    assert not [n for n in find_numbers(text) if n.text in time], find_numbers(text)


@pytest.mark.parametrize(
    "stamp",
    ["10:32", "10.32", "10.32am", "10:32 BST", "10.32:", "10.32 -"],
)
def test_live_blog_time_stamps_at_a_line_start(stamp: str) -> None:
    text = (
        f"Flood updates\n{stamp}\nThe river is rising in Skerry.\n"
        f"{stamp} Police said 40 homes were empty.\n"
    )
    assert [n.text for n in find_numbers(text)] == ["40"]
    claims = find_claims(load_nlp()(text))
    assert [(c["text"], c["kind"], c["unit"]) for c in claims] == [("40", "count", "homes")]


@pytest.mark.parametrize(
    "date",
    ["12.03.2017", "12/03/2017", "03-10-2004", "2017-03-12", "2017.03.12", "2016-17", "2016/17"],
)
def test_dates_written_with_digits(date: str) -> None:
    text = f"The harbour plan dated {date} lists 40 berths."
    assert [n.text for n in find_numbers(text)] == ["40"]


@pytest.mark.parametrize(
    "text",
    [
        "Shares closed up 10.32 per cent on the day.",  # a decimal share, not a time
        "The fare rose to £10.32 on Monday.",
        "It weighs 12.30 kg in all.",
        "The team won 3-1 at home.",  # a score has no minutes
        "Between 2000-2500 people marched.",  # a range of people, not of years
        "Some 12.5 million people voted.",
        "The summer beat the average by 1.43°C in Skerry.",
        "The krona was trading at 1.12 against the euro.",  # a price after `at`
        "The Skerry index closed at 12.45 on Friday.",
        "The bank cut its rate from 5.25 to 5.00.",  # a range of rates
        "The board voted 12-3-10 to approve the plan.",  # a tally, not a date
    ],
)
def test_decimals_amounts_and_ranges_are_no_times(text: str) -> None:
    assert _spans(text) == []
    assert find_numbers(text)


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("In 2009 the ferry sank with 40 passengers on board.", ["40"]),
        ("The council, founded in 1974, has 45 members.", ["45"]),
        ("Ferry captain Ola Brenn, 52, said 85 passengers were on board.", ["85"]),
        ("A 52-year-old passenger and 85 others were rescued.", ["85"]),
        ("The youngest of the 85 passengers was aged 7.", ["85"]),
        ("The 85 passengers, aged 20 to 60, were rescued on 12 March.", ["85"]),
        ("At 10:32 on 12.03.2017, 85 passengers boarded.", ["85"]),
    ],
)
def test_years_ages_and_days_are_not_counts_but_passengers_are(
    sentence: str, counts: list[str]
) -> None:
    claims = find_claims(load_nlp()(sentence))
    assert [c["text"] for c in claims] == counts
