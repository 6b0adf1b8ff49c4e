"""TIMEX3 values as people read them: "Tue 21 Feb 2017", "week 8 of 2017".

One function, `human_date`, used by every page, the API's `*_human` fields
and the static report, so a date reads the same everywhere.
"""

from __future__ import annotations

import datetime as dt
import re

_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_REFS = {"PAST_REF": "in the past", "PRESENT_REF": "now", "FUTURE_REF": "in the future"}
_UNITS = {
    "Y": ("year", "years"), "M": ("month", "months"), "W": ("week", "weeks"),
    "D": ("day", "days"), "Q": ("quarter", "quarters"), "DE": ("decade", "decades"),
    "CE": ("century", "centuries"), "H": ("hour", "hours"), "TM": ("minute", "minutes"),
    "S": ("second", "seconds"),
}
_WEEKDAYS = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T(MO|AF|EV|NI|DT|(\d{2}):(\d{2})(?::\d{2})?))?")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_PERIOD = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)")
_DURATION = re.compile(r"P(?:T)?(\d+(?:\.\d+)?|X)(DE|CE|Y|M|W|D|Q|H|S)")
_SET_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI))?")


def human_date(value: str | None, kind: str | None = None) -> str:
    """A TIMEX3 value (or an ISO date or time stamp) in words; a value it does
    not know is returned as given, None as "unresolved". `kind` is the TIMEX3
    type: a SET's duration reads as a frequency ("every 1 week").

    >>> human_date("2017-02-21")
    'Tue 21 Feb 2017'
    >>> human_date("2017-W08")
    'week 8 of 2017'
    >>> human_date("2017-02-20TNI")
    'Mon 20 Feb 2017, night'
    """
    if value is None or not value.strip():
        return "unresolved"
    v = value.strip()
    if v in _REFS:
        return _REFS[v]
    for reader in (_day, _week, _period, _month, _year, _duration, _set):
        text = reader(v)
        if text is not None:
            return f"every {text}" if kind == "SET" and reader is _duration else text
    return v


def _day(v: str) -> str | None:
    m = _DAY.fullmatch(v) or (_DAY.match(v) if len(v) > 10 and v[10] in "T " else None)
    if m is None:
        return None
    try:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    text = f"{day:%a} {day.day} {day:%b %Y}"
    if m[5] is not None and m.re is _DAY and m.end() == len(v):
        return f"{text}, {m[5]}:{m[6]}"
    if m[4] in _PARTS:
        return f"{text}, {_PARTS[m[4]]}"
    return text


def _week(v: str) -> str | None:
    m = _WEEK.fullmatch(v)
    if m is None:
        return None
    week = f"week {int(m[2])} of {m[1]}"
    return f"the weekend of {week}" if m[3] else week


def _period(v: str) -> str | None:
    m = _PERIOD.fullmatch(v)
    if m is None:
        return None
    if m[2] in _SEASONS:
        return f"{_SEASONS[m[2]]} {m[1]}"
    if m[2][0] == "Q":
        return f"Q{m[2][1]} {m[1]}"
    return f"{'first' if m[2] == 'H1' else 'second'} half of {m[1]}"


def _month(v: str) -> str | None:
    m = _MONTH.fullmatch(v)
    if m is None or not 1 <= int(m[2]) <= 12:
        return None
    return f"{dt.date(int(m[1]), int(m[2]), 1):%b %Y}"


def _year(v: str) -> str | None:
    if re.fullmatch(r"\d{4}", v):
        return v
    if re.fullmatch(r"\d{3}X", v):
        return f"the {v[:3]}0s"
    if re.fullmatch(r"\d{2}", v):
        return f"the {int(v) + 1}th century"
    return None


def _duration(v: str) -> str | None:
    m = _DURATION.fullmatch(v)
    if m is None:
        return None
    unit = m[2]
    if v.startswith("PT") and unit == "M":
        unit = "TM"
    one, many = _UNITS[unit]
    if m[1] == "X":
        return many
    n = float(m[1])
    amount = str(int(n)) if n == int(n) else m[1]
    return f"{amount} {one if n == 1 else many}"


def _set(v: str) -> str | None:
    m = _SET_WEEKDAY.fullmatch(v)
    if m is None:
        return None
    days = _WEEKDAYS[int(m[1]) - 1]
    return f"{days}, {_PARTS[m[2]]}" if m[2] else days
