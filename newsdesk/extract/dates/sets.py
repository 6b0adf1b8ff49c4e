"""Rules for recurring times: "daily", "every week", "$5 a year", "on Mondays"
(and "one day" said of the future)."""

from __future__ import annotations

import re

from . import timex as tx
from .normalise import (
    _g,
    _wd,
)
from .patterns import (
    _NUMW,
    SEASON,
    UNIT1,
    WD,
)
from .registry import Context, rule

_SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
              "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M"}


@rule("set_adverb", r"(?P<w>daily|nightly|weekly|monthly|annually|yearly|hourly)")
def _set_adverb(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    return "SET", _SET_WORDS[_g(m, "w")]


@rule(
    "set_every",
    rf"(?P<q>every|each|per|a|once a|twice a|(?:\w+) times a) (?:(?P<n>other|\d+|{_NUMW}) )?"
    rf"(?P<unit>{UNIT1}|{WD}|morning|evening|night|{SEASON})",
    priority=1,
)
def _set_every(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    q, unit = _g(m, "q"), _g(m, "unit")
    if q == "a" and not _after_amount(m):
        raise tx.NotTimex  # "a year" alone is a duration; "$5 a year" a set
    n = 2.0 if _g(m, "n") == "other" else tx.number(m["n"]) if m["n"] else 1.0
    if unit.endswith("day") and unit in tx.WEEKDAYS:
        return "SET", f"XXXX-WXX-{_wd(unit) + 1}"
    if unit in tx.SEASONS:
        return "SET", f"XXXX-{tx.SEASONS[unit]}"
    if unit in tx.DAY_PARTS:
        if q in ("a", "per") and unit == "night":  # "$55 a night": a rate per night
            return "SET", "P1D"
        return "SET", f"XXXX-XX-XXT{tx.DAY_PARTS[unit]}"
    return "SET", tx.duration(n, unit)


_AMOUNT_BEFORE = re.compile(
    r"(?:\d|\btimes|\bonce|\btwice|\bmillion|\bbillion|\bthousands?|\bhundreds?|\bdollars?"
    r"|\bpounds?|\bcents?|\bpercent|%)(?:\s+[a-z]\w*){0,2}\s*$",
    re.I,
)


def _after_amount(m: re.Match[str]) -> bool:
    """An amount just before: "$5 a day", "fifty thousand CDs a year"."""
    return bool(_AMOUNT_BEFORE.search(m.string, max(0, m.start() - 40), m.start()))


@rule("weekday_plural", rf"(?P<wd>(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun))days"
      rf"|(?P<wd2>{WD}) (?P<part>mornings|afternoons|evenings|nights)")
def _weekday_plural(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    """"on Mondays", "on Monday nights": every one of them."""
    wd = _wd((m["wd"] + "day") if m["wd"] else m["wd2"])
    part = _g(m, "part")
    return "SET", f"XXXX-WXX-{wd + 1}" + (f"T{tx.DAY_PARTS[part[:-1]]}" if part else "")


@rule("someday", r"(?:one|some) day", priority=1)
def _someday(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    before = m.string[max(0, m.start() - 12) : m.start()].lower()
    if not re.search(r"\b(?:will|would|could|may|might|can|should|to|hope|hopes)\s+$", before):
        raise tx.NotTimex  # "one day" as a span is a duration (another rule)
    return "DATE", "FUTURE_REF"
