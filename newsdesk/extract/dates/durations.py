"""Rules for spans of time ("three years", "a five-day", "decades") and years
said in words ("nineteen ninety-four")."""

from __future__ import annotations

import re

from . import timex as tx
from .normalise import (
    _SPOKEN,
    _g,
    _spoken,
)
from .patterns import (
    _FRACTION,
    _NUMW,
    MOD,
    NUM,
    UNIT,
    UNIT1,
)
from .registry import Context, rule

#: After "a second": a noun it counts ("a second group"), not a span of time.
_ORDINAL_SECOND = re.compile(
    r" (?!(?:ago|later|earlier|before|after|or|and|to|of|in|for|longer|more|too)\b)"
    r"(?:[a-z][\w-]*)")


@rule("duration", rf"{MOD}?{MOD}?(?P<n>{NUM})(?: more| full| straight| consecutive| long)?"
      rf" (?P<unit>{UNIT})(?: (?:and a half|or so|or more|running|in a row))?(?! old| of age)")
def _duration(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    unit = tx.unit_of(m["unit"])
    n = tx.number(m["n"])
    if m["unit"].lower() == "second" and n == 1 and _ORDINAL_SECOND.match(m.string, m.end()):
        raise tx.NotTimex  # "a second betrayal": the ordinal
    if m["unit"].lower() == "quarter" and _FRACTION.match(m.string, m.end()):
        raise tx.NotTimex  # "more than a quarter of the market": a fourth part
    if m.group(0).lower().endswith("and a half") and n is not None:
        n += 0.5
    return "DURATION", tx.duration(n, unit)


@rule("duration_adj", rf"(?P<n>\d+|{_NUMW}(?:-{_NUMW})?|half)-(?P<unit>{UNIT1})(?!-old)")
def _duration_adj(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    return "DURATION", tx.duration(tx.number(m["n"]) if m["n"] != "half" else 0.5,
                                   tx.unit_of(m["unit"]))


@rule("duration_long", rf"(?:(?P<n>\d+|{_NUMW}|half)-)?(?P<unit>{UNIT})-long")
def _duration_long(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    unit = tx.unit_of(m["unit"])
    plural = m["unit"].lower() != unit
    n = 0.5 if _g(m, "n") == "half" else tx.number(m["n"]) if m["n"] else None if plural else 1
    return "DURATION", tx.duration(n, unit)


@rule(
    "vague_plural",
    r"(?:(?P<rel>recent|the past|the last|past|the coming|the next|coming|many|several|some"
    r"|a few|few|the) )?(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades"
    r"|centuries)",
)
def _vague_plural(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    rel = _g(m, "rel")
    if rel in ("recent", "past", "the past", "the last"):
        return "DATE", "PAST_REF"
    if rel in ("the coming", "coming", "the next"):
        return "DURATION", tx.duration(None, tx.unit_of(m["unit"]))
    before = m.string[max(0, m.start() - 8) : m.start()].lower()
    after = m.string[m.end() : m.end() + 8].lower()
    if not rel and not (
        re.search(r"\b(?:for|within|after|over)\s+$", before)
        or re.match(r" (?:of|ago|before|after|later|earlier)\b", after)
    ):
        raise tx.NotTimex  # bare plurals are too often not expressions
    return "DURATION", tx.duration(None, tx.unit_of(m["unit"]))



@rule(
    "spoken_year",
    r"(?P<c>nineteen|twenty) (?P<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?P<u>one|two|three|four|five|six|seven|eight|nine))?|the year two thousand"
    r"(?: and (?P<u2>one|two|three|four|five|six|seven|eight|nine|ten))?",
)
def _spoken_year(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    if m["c"]:
        y = _spoken(_g(m, "c"), _g(m, "t"), _g(m, "u"))
    else:
        y = 2000 + _SPOKEN.get(_g(m, "u2"), 0)
    return "DATE", str(y)
