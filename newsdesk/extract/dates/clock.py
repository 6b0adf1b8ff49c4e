"""Rules for clock times: "10:35 a.m. Friday", "noon", "midnight tomorrow"."""

from __future__ import annotations

import datetime as dt
import re

from . import timex as tx
from .normalise import (
    _g,
    _month,
    _wd,
)
from .patterns import (
    _DEICTIC,
    MON,
    WD,
)
from .registry import Context, rule
from .timex import need


@rule(
    "clock",
    r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))? ?(?P<ap>a\.m\.|p\.m\.|am\b|pm\b|o'clock)"
    r"(?: (?P<tz>[A-Z]{2,4}T|GMT|UTC))?"
    rf"(?:,? (?:on )?(?:(?P<day>{WD}|today|yesterday|tomorrow|tonight)"
    rf"|(?P<mon>{MON}) (?P<md>\d{{1,2}})))?",
)
def _clock(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    h, mi = int(m["h"]), int(m["mi"] or 0)
    ap = _g(m, "ap")
    if ap.startswith("p") and h < 12:
        h += 12
    if ap.startswith("a") and h == 12:
        h = 0
    if h > 23 or mi > 59:
        raise tx.NotTimex
    anchor = need(c.anchor)
    day_word = _g(m, "day")
    if not day_word and not m["mon"]:  # "10:35 a.m. (0735 GMT) Friday": the day after an aside
        aside = _ASIDE_DAY.match(m.string, m.end())
        day_word = aside["day"].lower() if aside else ""
    if day_word in ("yesterday", "tomorrow", "today", "tonight"):
        d = anchor + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(day_word, 0))
    elif day_word:
        d = tx.weekday_near(anchor, _wd(day_word), c.direction)
    elif m["mon"]:
        d = tx.date_near(anchor, _month(m["mon"]), int(m["md"]), c.direction) or anchor
    else:
        d = anchor
    return "TIME", f"{tx.day(d)}T{h:02d}:{mi:02d}"


_ASIDE_DAY = re.compile(rf" \([^()\n]{{1,30}}\),? (?:on )?(?P<day>{WD}|today|yesterday|tomorrow)")


@rule("noon", rf"(?P<w>noon|midday|midnight)(?: (?P<day>{WD}|today|yesterday|tomorrow))?")
def _noon(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    anchor = need(c.anchor)
    day_word = _g(m, "day")
    if day_word in _DEICTIC:
        d = anchor + dt.timedelta(days=_DEICTIC[day_word])
    elif day_word:
        d = tx.weekday_near(anchor, _wd(day_word), c.direction)
    else:
        d = anchor
    return "TIME", f"{tx.day(d)}T{'12:00' if _g(m, 'w') != 'midnight' else '24:00'}"
