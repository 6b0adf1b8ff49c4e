"""Is a line only a date or a time of day: a page's time stamp?

One judgement for every stage that meets such lines: the HTML reader drops
them around an article's body, and the `truncated` flag passes over them
after its last paragraph ("Last updated: 13 July 2020" ends no sentence, and
cuts none).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun"
).split()
#: Words a date line carries besides the date: its label, the time of day and
#: the zone. Nothing here can be a sentence's verb or subject.
_STAMP_WORDS = frozenset(
    "updated last posted published modified first created on at am pm a p m noon midnight "
    "gmt utc bst cet cest edt est cdt cst mdt mst pdt pst et ct pt ist aest aedt jst "
    "of the".split()
)
_NUMBER = re.compile(r"\d{1,4}(?:st|nd|rd|th|am|pm|h)?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:.h][0-5]\d\b")
_NUMERIC_DATE = re.compile(
    r"\b(?:(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.](?:19|20)?\d\d)\b"
)


def is_timestamp(line: str) -> bool:
    """True when `line` is only a date with its year, or a time of day,
    perhaps with a label ("Last updated", "Posted on") and a time zone: no
    word of a sentence. A date without a year ("Thursday April 2") is left
    alone: it is more often a heading of a schedule than a page's stamp."""
    words = _WORD.findall(line.casefold())
    if not words or len(words) > 14:
        return False
    months = [w for w in words if w in _MONTHS]
    dated = bool(months) and any(_NUMBER.fullmatch(w) for w in words)
    if not ((dated and _YEAR.search(line)) or _NUMERIC_DATE.search(line) or _CLOCK.search(line)):
        return False
    return all(
        w in _MONTHS or w in _WEEKDAYS or w in _STAMP_WORDS or _NUMBER.fullmatch(w)
        for w in words
    )
