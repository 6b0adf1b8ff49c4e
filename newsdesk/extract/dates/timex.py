"""TIMEX3 values: the vocabulary of time words and calendar arithmetic.

Values follow TimeML's TIMEX3 (ISO 8601 with TimeML's extensions):
`2017-02-21` a day, `2017-W08` an ISO week, `2017-W08-WE` its weekend,
`2017-02` a month, `2017-Q1` a quarter, `2017-H1` a half, `2017-SU` a
season, `2017` a year, `201X` / `199X` a decade, `2017-02-20TNI` a part of
a day (MO, AF, EV, NI), `2017-02-21T17:00` a clock time, `P3Y` / `PT2H` a
duration (`PXY` when the amount is vague), and `PAST_REF`, `PRESENT_REF`,
`FUTURE_REF` for "recently", "now", "soon".
"""

from __future__ import annotations

import datetime as dt
import re

Date = dt.date


class Unresolved(Exception):
    """A relative expression with no anchor date: its value stays null."""


class NotTimex(Exception):
    """A pattern matched words that are not a time expression here."""


MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        "january jan",
        "february feb",
        "march mar",
        "april apr",
        "may",
        "june jun",
        "july jul",
        "august aug",
        "september sep sept",
        "october oct",
        "november nov",
        "december dec",
    ),
    start=1,
):
    for _n in _names.split():
        MONTHS[_n] = _i

WEEKDAYS = {
    name: i
    for i, names in enumerate(
        ("monday mon", "tuesday tue tues", "wednesday wed", "thursday thu thurs",
         "friday fri", "saturday sat", "sunday sun")
    )
    for name in names.split()
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
DAY_PARTS = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "tonight": "NI",
}

_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS: dict[str, float] = {w: float(i) for i, w in enumerate(_SMALL)}
NUMBER_WORDS.update({w: float(20 + 10 * i) for i, w in enumerate(_TENS)})
NUMBER_WORDS.update(
    {"a": 1, "an": 1, "one": 1, "a couple of": 2, "couple of": 2, "a dozen": 12,
     "dozen": 12, "half a": 0.5, "a half": 0.5, "hundred": 100, "a hundred": 100}
)
#: Amounts too vague for a number: the value gets an X ("PXY").
VAGUE = {"several", "a few", "few", "some", "many", "the", "dozens of", "hundreds of",
         "a number of", "recent", "the past few", "the last few", "the next few", ""}

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
            "3rd": 3, "4th": 4, "final": 4, "last": 4}

#: Duration unit -> (TIMEX3 letter, is a time unit, days it spans roughly).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "trading day": ("D", False),
    "business day": ("D", False),
    "session": ("D", False),
    "week": ("W", False),
    "weekend": ("WE", False),
    "fortnight": ("W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
}


def unit_of(word: str) -> str:
    """The singular unit of `word` ('years' -> 'year', 'centuries' -> 'century')."""
    w = word.lower().strip()
    if w == "centuries":
        return "century"
    if w.endswith("s") and w[:-1] in UNITS:
        return w[:-1]
    return w


def number(text: str) -> float | None:
    """A written amount as a number: '3', '2.5', 'five', 'twenty-four', '5 1/2',
    'a' -> 1; None when vague ('several', 'a few')."""
    t = re.sub(r"\s+", " ", text.lower().strip()).replace(",", "")
    if t in VAGUE:
        return None
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?: (\d)/(\d))?", t)
    if m:
        value = float(m.group(1))
        if m.group(2):
            value += int(m.group(2)) / int(m.group(3))
        return value
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def duration(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: (3, 'year') -> 'P3Y', (2, 'hour') -> 'PT2H',
    (None, 'week') -> 'PXW', (5.5, 'hour') -> 'PT5H30M'."""
    letter, is_time = UNITS[unit]
    if unit == "fortnight":
        amount = None if amount is None else amount * 2
    if unit == "weekend":
        return "P2D" if amount in (None, 1) else f"P{_num(2 * (amount or 1))}D"
    if unit == "decade" and amount is not None:
        letter, amount = "Y", amount * 10
    if unit == "century" and amount is not None:
        letter, amount = "Y", amount * 100
    prefix = "PT" if is_time else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    if amount != int(amount):
        whole, frac = int(amount), amount - int(amount)
        smaller = {"H": ("M", 60), "Y": ("M", 12), "D": ("H", 24), "M": ("D", 30) if not is_time
                   else ("S", 60), "W": ("D", 7)}.get(letter)
        if smaller:
            sub = f"{_num(round(frac * smaller[1]))}{smaller[0]}"
            if letter == "D":  # days then hours: P1DT12H
                return f"P{whole}DT{sub}" if whole else f"PT{sub}"
            return f"{prefix}{whole}{letter}{sub}" if whole else f"{prefix}{sub}"
    return f"{prefix}{_num(amount)}{letter}"


def _num(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


# -- calendar arithmetic ------------------------------------------------------


def need(anchor: Date | None) -> Date:
    """The anchor, or Unresolved when there is none."""
    if anchor is None:
        raise Unresolved
    return anchor


def day(d: Date) -> str:
    return d.isoformat()


def week(d: Date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def add_months(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def quarter(d: Date) -> int:
    return (d.month - 1) // 3 + 1


def weekday_near(anchor: Date, wd: int, direction: int) -> Date:
    """The weekday `wd` (0 = Monday) nearest `anchor`: on or after it when
    `direction` > 0 (future tense), else on or before it (news weekdays
    are mostly the days just past)."""
    if direction > 0:
        return anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7)


#: How much nearer a day before / after the anchor counts, by tense (-1 past,
#: 0 unknown, +1 future): the tense leans, it does not forbid ("extended the
#: offer to Nov. 16" is past tense about a day to come). News mostly reports
#: what happened, so with no tense the past leans a little (TempEval-3 train).
#: -2 / +2 ("since", "as recently as") all but force a side.
LEAN: dict[int, tuple[float, float]] = {
    -2: (1.0, 100.0), -1: (1.0, 6.0), 0: (0.75, 1.0), 1: (6.0, 1.0), 2: (100.0, 1.0)}


def _lean(days: int, direction: int) -> float:
    past, future = LEAN[max(-2, min(2, direction))]
    return -days * past if days < 0 else days * future


def month_near(anchor: Date, m: int, direction: int) -> int:
    """The year of month `m` as the text most likely means it: the nearest
    occurrence, leaning to the past or future as the tense says."""
    options = [anchor.year - 1, anchor.year, anchor.year + 1]
    here = anchor.year * 12 + anchor.month - 1
    return min(options, key=lambda y: _lean(y * 12 + m - 1 - here, direction))


def nearest(anchor: Date, options: list[Date], direction: int) -> Date | None:
    """The day of `options` the text most likely means: the nearest to
    `anchor`, leaning to the past or future as the tense says."""
    if not options:
        return None
    return min(options, key=lambda o: _lean((o - anchor).days, direction))


def date_near(anchor: Date, m: int, d: int, direction: int) -> Date | None:
    """Month `m`, day `d` in the year the text most likely means (None if no such day)."""
    options: list[Date] = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(Date(y, m, d))
        except ValueError:
            continue
    return nearest(anchor, options, direction)


def shift(anchor: Date, amount: int, unit: str) -> str:
    """The date `amount` units from `anchor` (negative: before) at the unit's
    granularity: days give a day, weeks a week, months a month, years a year."""
    if unit in ("day", "night", "trading day", "business day", "session"):
        return day(anchor + dt.timedelta(days=amount))
    if unit in ("week", "fortnight", "weekend"):
        return week(anchor + dt.timedelta(weeks=amount * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        return month(*add_months(anchor.year, anchor.month, amount))
    if unit == "quarter":
        y, m = add_months(anchor.year, anchor.month, 3 * amount)
        return f"{y}-Q{(m - 1) // 3 + 1}"
    if unit == "year":
        return str(anchor.year + amount)
    if unit == "decade":
        return f"{(anchor.year + 10 * amount) // 10}X"
    if unit == "century":
        return f"{(anchor.year + 100 * amount) // 100:02d}"  # TIMEX3 writes a century "19"
    if unit in ("hour", "minute", "second"):
        return day(anchor)
    raise ValueError(unit)
