"""Clock times and dates written with digits, found on the raw text.

A number inside a time or a date says when, never how many: `find_numbers`
skips these spans, so `10:32`, `9.15am`, `3 p.m.`, `1032 GMT`, a live blog's
`10.32` time stamp at the start of a line, `12.03.2017`, `2017-03-12` and
`2016-17` never become counts (nor `3 p.m.` three pence). Dates written with
words (`12 January`, `in 2015`) are left to the finder and the date extractor,
which read them on the parse.
"""

from __future__ import annotations

import re

#: Time zones and clock words that may follow a time.
_ZONE = (
    r"(?:GMT|BST|UTC|CET|CEST|EET|EEST|WET|IST|JST|AEST|AEDT|ACST|AWST|NZST|NZDT|"
    r"E[SD]?T|C[SD]T|M[SD]T|P[SD]T|AKST|HST|SGT|HKT|hrs|hours\s+local\s+time|local\s+time)\b"
)
_MERIDIEM = r"(?:a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b)"
#: What may follow a decimal that is an amount, not a time (`at 10.32 per cent`).
_AMOUNT = (
    r"(?:per\b|percent|pc\b|p\b|pence|points?\b|pts\b|m\b|mn\b|bn\b|million|billion|"
    r"dollars|euros|pounds|cents|miles|km\b|metres|meters|seconds|secs?\b|s\b|mph|kg\b|"
    r"tonnes|times|of\b)"
)
_HOUR = r"(?:[01]?\d|2[0-4])"
_MINUTE = r"[0-5]\d"
_PATTERNS = (
    # 10:32, 10:32:05, 6:45 a.m. ET: a colon between hours and minutes is always a time
    re.compile(rf"(?<![\d:.,])\b{_HOUR}:{_MINUTE}(?::{_MINUTE})?(?:\s?{_MERIDIEM})?"
               rf"(?:\s?{_ZONE})?(?![\d:])"),
    # 9.15am, 10.32 pm, 22.05 GMT, 10h30: a dot or an h needs a meridiem or a zone after it
    re.compile(rf"(?<![\d.,£$€¥])\b{_HOUR}[.h]{_MINUTE}\s?(?:{_MERIDIEM}(?:\s?{_ZONE})?|{_ZONE})"),
    # 3pm, 3 p.m., 11am GMT, 5-8pm (the range's first hour too)
    re.compile(rf"(?<![\d.,£$€¥])\b(?:1[0-2]|0?[1-9])(?:\s?[-–]\s?(?:1[0-2]|0?[1-9]))?"
               rf"\s?{_MERIDIEM}(?:\s?{_ZONE})?"),
    re.compile(r"\b(?:1[0-2]|0?[1-9])\s?o'clock\b", re.IGNORECASE),
    # 1032 GMT, 0900 hrs: a 24-hour time needs a zone
    re.compile(rf"(?<![\d.,])\b(?:[01]\d|2[0-3]){_MINUTE}\s?{_ZONE}"),
    # `at 10.32`, `from 9.15 until 10.30`: a time preposition, and no unit after
    re.compile(rf"\b(?:at|from|until|till|before|after|around|since|between)\s"
               rf"(?P<t>{_HOUR}\.{_MINUTE})(?![\d.,%°]|\s?{_AMOUNT})", re.IGNORECASE),
    # a live blog's time stamp: `10.32`, `10:32`, `10.32am` opening a line, then text
    re.compile(rf"(?m)^[ \t]*{_HOUR}[.:]{_MINUTE}(?:\s?{_MERIDIEM})?(?:\s?{_ZONE})?"
               rf"(?=[ \t]*(?:[:|\-–—][ \t]*)?(?:$|[A-Z\"“‘'(]))"),
    # 12.03.2017, 12/03/17, 03-10-2004, 2017-03-12, 2017.03.12
    # (a two-digit year only between dots or slashes: `12-3-10` is a vote's tally)
    re.compile(r"(?<![\d.,/-])\b(?:\d{1,2}([./-])\d{1,2}\1\d{4}|\d{1,2}([./])\d{1,2}\2\d{2}|"
               r"\d{4}([./-])\d{1,2}\3\d{1,2})\b(?![./-]\d)"),
)
#: Words before `at 12.45` that make it a price, a rate or a score, not a time.
_MARKET = re.compile(
    r"\b(?:trad\w*|clos\w*|pric\w*|rates?|shares?|stocks?|index|yields?|fell|rose|"
    r"dropped|climbed|slipped|jumped|cut|raised|lowered|valued|exchange|euros?|dollars?|pounds?|"
    r"sterling|currency|interest|inflation|score|scored|odds)\b",
    re.IGNORECASE,
)
#: `5.25 to 5.00`: a range of two decimals, which clock times written with a
#: dot rarely make without am or pm.
_RANGE_TO = re.compile(r"\s*(?:to|and|-|–)\s*\d{1,2}\.\d{2}(?!\s?(?:am|pm|a\.m|p\.m))\b")
#: `2016-17`, `2016/17`: a season or financial year (the second year follows the first).
_SEASON = re.compile(r"(?<![\d.,])\b((?:1[6-9]|20)\d\d)[-–/](\d\d)\b(?![-–/.,]?\d)")


def time_spans(text: str) -> list[tuple[int, int]]:
    """The `(start, end)` of every clock time and digit-written date in `text`,
    in order and without overlaps.

    >>> text = "10.32 Police said 40 people were hurt at 9.15am."
    >>> [text[s:e] for s, e in time_spans(text)]
    ['10.32', '9.15am']
    """
    found: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if "t" in pattern.groupindex:
                # `trading at 1.12`, `closed at 12.45`, `from 5.25 to 5.00`: a
                # price or a rate after a preposition of time is no time.
                if _MARKET.search(text, max(0, m.start() - 40), m.start("t")) or _RANGE_TO.match(
                    text, m.end("t")
                ):
                    continue
                found.append(m.span("t"))
            else:
                found.append(m.span())
    for m in _SEASON.finditer(text):
        if (int(m.group(1)) + 1) % 100 == int(m.group(2)):
            found.append((m.start(), m.end()))
    found.sort()
    merged: list[tuple[int, int]] = []
    for s, e in found:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged
