from __future__ import annotations

import pytest

from newsdesk.web.dates import human_date


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        ("2017-02-21", None, "Tue 21 Feb 2017"),
        ("2017-02-21T00:00:00+00:00", None, "Tue 21 Feb 2017"),
        ("2017-W08", None, "week 8 of 2017"),
        ("2017-W07-WE", None, "the weekend of week 7 of 2017"),
        ("2017-02-20TNI", None, "Mon 20 Feb 2017, night"),
        ("2017-02-21TMO", None, "Tue 21 Feb 2017, morning"),
        ("2017-02-21T17:00", None, "Tue 21 Feb 2017, 17:00"),
        ("2017-02", None, "Feb 2017"),
        ("2016-Q3", None, "Q3 2016"),
        ("2017-H1", None, "first half of 2017"),
        ("2017-SU", None, "summer 2017"),
        ("2016-FA", None, "autumn 2016"),
        ("2011", None, "2011"),
        ("199X", None, "the 1990s"),
        ("19", None, "the 20th century"),
        ("PAST_REF", None, "in the past"),
        ("PRESENT_REF", None, "now"),
        ("FUTURE_REF", None, "in the future"),
        ("P3Y", "DURATION", "3 years"),
        ("P1D", "DURATION", "1 day"),
        ("PT2H", "DURATION", "2 hours"),
        ("PT30M", "DURATION", "30 minutes"),
        ("P3M", "DURATION", "3 months"),
        ("PXY", "DURATION", "years"),
        ("P1W", "SET", "every 1 week"),
        ("XXXX-WXX-1", "SET", "Mondays"),
        ("XXXX-WXX-1TNI", "SET", "Mondays, night"),
        (None, None, "unresolved"),
        ("", None, "unresolved"),
    ],
)
def test_values_read_as_people_read_dates(value: str | None, kind: str | None,
                                          expected: str) -> None:
    assert human_date(value, kind) == expected


@pytest.mark.parametrize("value", ["2017-02-30", "2017-13", "soon-ish", "<b>x</b>"])
def test_impossible_or_unknown_values_are_returned_as_given(value: str) -> None:
    assert human_date(value) == value
