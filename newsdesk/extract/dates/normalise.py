"""Helpers of the normalisers: a match's words as month, weekday or year
numbers, a checked calendar day, a year said in words, the quarter news reports on."""

from __future__ import annotations

import re

from . import timex as tx
from .timex import Date


def _g(m: re.Match[str], name: str) -> str:
    return (m.group(name) or "").lower().strip()


def _month(word: str) -> int:
    return tx.MONTHS[word.lower().rstrip(".")[:4] if word.lower().startswith("sept") else
                     word.lower().rstrip(".")[:3] if len(word.rstrip(".")) > 3 else
                     word.lower().rstrip(".")]


def _wd(word: str) -> int:
    w = word.lower().rstrip(".")
    return tx.WEEKDAYS[w] if w in tx.WEEKDAYS else tx.WEEKDAYS[w[:3]]


def _year(text: str) -> int:
    y = int(text.strip("'"))
    if len(text.strip("'")) == 2:
        y += 1900 if y > 30 else 2000
    return y


def _calendar_day(y: int, mon: int, d: int) -> str:
    """`YYYY-MM-DD`, or NotTimex when there is no such day ("Feb. 30", "2016-13-45")."""
    try:
        return Date(y, mon, d).isoformat()
    except ValueError:
        raise tx.NotTimex from None


_SPOKEN = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_SPOKEN_TENS = {w: 20 + 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}


def _spoken(century: str, tens: str, units: str) -> int:
    """A year said in words: ("nineteen", "ninety", "four") -> 1994; "twenty twenty" -> 2020."""
    return (19 if century == "nineteen" else 20) * 100 + _SPOKEN_TENS[tens] + _SPOKEN.get(units, 0)


def _reported_quarter(anchor: Date) -> tuple[int, int]:
    """(year, quarter) news of `anchor`'s date reports on: the one just
    ended when the anchor is early in a quarter (in January, the last
    year's fourth), else the current one."""
    q = tx.quarter(anchor)
    early = anchor.month % 3 == 1 or (anchor.month % 3 == 2 and anchor.day <= 20)
    if not early:
        return anchor.year, q
    return (anchor.year, q - 1) if q > 1 else (anchor.year - 1, 4)


def _last_quarter(anchor: Date) -> int:
    """The number of `_reported_quarter`."""
    return _reported_quarter(anchor)[1]


def _quarter_value(anchor: Date) -> str:
    y, q = _reported_quarter(anchor)
    return f"{y}-Q{q}"
