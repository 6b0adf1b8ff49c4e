"""Rules for feasts: Christmas, New Year's, Thanksgiving, Easter and the days
it moves."""

from __future__ import annotations

import datetime as dt
import re

from . import timex as tx
from .normalise import (
    _g,
)
from .registry import Context, rule
from .timex import Date, need

_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "boxing day": (12, 26),
             "halloween": (10, 31), "valentine's day": (2, 14), "independence day": (7, 4)}


def _pick(days: list[Date], anchor: Date, rel: str | None, direction: int) -> Date:
    """Of a feast's dates in three years: the one before the anchor ("last"),
    after it ("next"), else the nearest in the sentence's direction."""
    if rel == "last":
        return max(d for d in days if d < anchor)
    if rel == "next":
        return min(d for d in days if d > anchor)
    return tx.nearest(anchor, days, direction) or anchor


def _thanksgiving(y: int) -> Date:
    nov1 = Date(y, 11, 1)
    return nov1 + dt.timedelta(days=(3 - nov1.weekday()) % 7, weeks=3)


def easter(y: int) -> Date:
    """Easter Sunday of year `y` (Gregorian calendar, the Meeus/Jones/Butcher computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return Date(y, month, day + 1)


#: Days from Easter Sunday of the movable feasts.
_EASTER_DAYS = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1,
                "good friday": -2, "easter week": 0, "holy week": 0}


@rule("easter", r"(?-i:(?:(?P<rel>last|next|this) )?"
      r"(?P<w>Easter(?: Sunday| Day| Monday| week| Week)?|Good Friday|Holy Week))")
def _easter(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    anchor, w, rel = need(c.anchor), _g(m, "w"), _g(m, "rel")
    days = [easter(y) + dt.timedelta(days=_EASTER_DAYS[w])
            for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    found = _pick(days, anchor, rel, c.direction)
    if w.endswith("week"):  # the week that ends on Easter Sunday
        return "DATE", tx.week(found)
    return "DATE", tx.day(found)


@rule("holiday", r"(?-i:(?:last |next |this )?(?P<w>Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)"
      r"|Boxing Day|Halloween|Valentine's Day|Thanksgiving(?: Day)?|Independence Day))")
def _holiday(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    w = _g(m, "w")
    anchor = need(c.anchor)
    rel = m.group(0).split()[0].lower()
    if w.startswith("thanksgiving"):  # the fourth Thursday of November
        days = [_thanksgiving(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        return "DATE", tx.day(_pick(days, anchor, rel, c.direction))
    mon, d = _HOLIDAYS[w]
    y = anchor.year + {"last": -1, "next": 1}.get(rel, 0)
    if rel not in ("last", "next"):
        near = tx.date_near(anchor, mon, d, c.direction)
        y = near.year if near else y
    return "DATE", f"{y}-{mon:02d}-{d:02d}"
