"""Rules for dates written out: "2016-05-03", "May 3, 2016", "June",
"the summer of 1969", "5/3/16", "2016", "the 1990s"."""

from __future__ import annotations

import re

from . import timex as tx
from .normalise import (
    _calendar_day,
    _g,
    _last_quarter,
    _month,
    _spoken,
    _wd,
    _year,
)
from .patterns import (
    _NOT_NUMBER,
    MON,
    MONTH_NAME,
    SEASON,
    WD,
    YEAR,
)
from .registry import Context, rule
from .timex import Date, need

_ORD = r"(?:st|nd|rd|th)?"


@rule("iso", r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
def _iso(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    return "DATE", _calendar_day(int(m["y"]), int(m["m"]), int(m["d"]))



@rule(
    "month_day",
    rf"(?:(?P<rel>last|next|this) )?(?:(?P<wd>{WD}),? )?(?:(?P<em>early|mid|late)[- ])?"
    rf"(?P<mon>{MON}) (?P<d>\d{{1,2}}){_ORD}(?:,? (?P<y>{YEAR}|'\d\d))?{_NOT_NUMBER}",
)
def _month_day(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    return _absolute(m, c)


@rule(
    "day_month",
    rf"(?:(?P<wd>{WD}),? )?(?:the )?(?P<d>\d{{1,2}}){_ORD} (?:of )?(?P<mon>{MON})"
    rf"(?:,? (?P<y>{YEAR}))?{_NOT_NUMBER}",
)
def _day_month(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    return _absolute(m, c)


def _absolute(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    mon, d = _month(m["mon"]), int(m["d"])
    if not 1 <= d <= 31:
        raise tx.NotTimex
    if m["y"]:
        return "DATE", _calendar_day(_year(m["y"]), mon, d)
    anchor = need(c.anchor)
    rel = (m.groupdict().get("rel") or "").lower()
    tense = {"last": -1, "next": 1}.get(rel, c.direction)
    if m["wd"]:  # "Monday, Oct. 26": the year in which that date is that weekday
        for y in (anchor.year, anchor.year - 1, anchor.year + 1):
            try:
                if Date(y, mon, d).weekday() == _wd(m["wd"]):
                    return "DATE", f"{y}-{mon:02d}-{d:02d}"
            except ValueError:
                break
    found = tx.date_near(anchor, mon, d, tense)
    if found is None:
        raise tx.NotTimex  # "Feb. 30"
    return "DATE", tx.day(found)


@rule(
    "week_of",
    rf"the week of (?P<mon>{MON}) (?P<d>\d{{1,2}}){_ORD}(?:,? (?P<y>{YEAR}))?(?!\d)"
    rf"|the week of (?:the )?(?P<d2>\d{{1,2}}){_ORD} (?:of )?(?P<mon2>{MON})(?:,? (?P<y2>{YEAR}))?",
)
def _week_of(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    mon, d, y = (m["mon"], m["d"], m["y"]) if m["mon"] else (m["mon2"], m["d2"], m["y2"])
    try:
        if y:
            day = Date(_year(y), _month(mon), int(d))
        else:
            found = tx.date_near(need(c.anchor), _month(mon), int(d), c.direction)
            if found is None:
                raise tx.NotTimex
            day = found
    except ValueError:
        raise tx.NotTimex from None
    return "DATE", tx.week(day)


@rule("month_year", rf"(?:(?P<em>early|mid|late)[- ])?(?P<mon>{MON}),? (?:of )?(?P<y>{YEAR})"
      rf"{_NOT_NUMBER}")
def _month_year(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    return "DATE", tx.month(int(m["y"]), _month(m["mon"]))


@rule("month", rf"(?:(?P<rel>this|last|next|early|mid|late|earlier|later|the end of|"
      rf"the beginning of|the start of|the middle of)[- ])?(?P<mon>{MONTH_NAME})"
      r"(?: (?P<yrel>this|last|next) year)?(?! of the\b| (?-i:for [A-Z]))")
def _month_alone(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    mon = _month(m["mon"])
    anchor = need(c.anchor)
    rel = _g(m, "rel")
    yrel = _g(m, "yrel")
    if yrel:  # "June last year"
        y = anchor.year + {"last": -1, "next": 1}.get(yrel, 0)
    elif rel == "last":
        y = anchor.year if mon < anchor.month else anchor.year - 1
    elif rel == "next":
        y = anchor.year if mon > anchor.month else anchor.year + 1
    elif rel == "this":
        y = anchor.year
    else:
        y = tx.month_near(anchor, mon, c.direction)
    return "DATE", tx.month(y, mon)


@rule(
    "season_year",
    rf"(?:the )?(?:(?:early|mid|late)[- ])?(?P<s>{SEASON}),? (?:of )?(?P<y>{YEAR}){_NOT_NUMBER}"
    rf"|(?:the )?(?:(?:early|mid|late)[- ])?(?P<s2>{SEASON}) of (?P<sy>nineteen|twenty) "
    r"(?P<st>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?P<su>one|two|three|four|five|six|seven|eight|nine))?"
    rf"|the (?:early|mid|late)[- ](?P<s3>{SEASON})",
)
def _season_year(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    """"the summer of 1969", "spring 2016", "the winter of nineteen ninety-four";
    "the early summer" of the anchor's year, the last one when past tense
    says it has not come yet."""
    if m["s3"]:
        anchor, season = need(c.anchor), _g(m, "s3")
        middle = {"spring": 4, "summer": 7, "fall": 10, "autumn": 10, "winter": 1}[season]
        y = anchor.year - (c.direction < 0 and middle > anchor.month)
        return "DATE", f"{y}-{tx.SEASONS[season]}"
    if m["y"]:
        return "DATE", f"{m['y']}-{tx.SEASONS[_g(m, 's')]}"
    y = _spoken(_g(m, "sy"), _g(m, "st"), _g(m, "su"))
    return "DATE", f"{y}-{tx.SEASONS[_g(m, 's2')]}"


@rule("numeric_date", r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")
def _numeric(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    a, b = int(m["m"]), int(m["d"])
    if a > 12:  # day first
        a, b = b, a
    return "DATE", _calendar_day(_year(m["y"]), a, b)


@rule(
    "year",
    rf"(?:(?P<fiscal>fiscal|calendar|the year|model year|school year) )?(?:(?P<em>early|mid|late"
    rf"|pre|post)[- ])?(?P<y>{YEAR}){_NOT_NUMBER}(?! ?(?:[ap]\.?m\b|hours|GMT|BST|UTC))",
)
def _year_rule(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    return "DATE", m["y"]


@rule("year_period", rf"the (?P<y>{YEAR}) (?P<what>period|quarter|year|season|fiscal year)")
def _year_period(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    if _g(m, "what") == "quarter" and c.anchor is not None:
        return "DATE", f"{m['y']}-Q{_last_quarter(c.anchor)}"
    return "DATE", m["y"]


@rule("decade", r"(?:the )?(?:(?:early|mid|late)[- ])?(?P<d>1\d\d0|20\d0|'\d0)'?s")
def _decade(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    d = m["d"]
    y = _year(d) if d.startswith("'") else int(d)
    return "DATE", f"{y // 10}X"
