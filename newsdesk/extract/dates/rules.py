"""The patterns that find time expressions, each with its normaliser.

A rule is a regular expression over the text (case-insensitive; month and
weekday names must be capitalised, so "may" and "march" as verbs are not
dates) and a function that turns its match into a TIMEX3 type and value.
Extents follow TimeML: a leading preposition ("in 2011", "on Sunday",
"since 2008") is not part of the expression; a determiner and a modifier
are ("the past three months", "late yesterday", "about a decade").
Relative values need the context's anchor date and tense direction; with no
anchor they raise `Unresolved` and the value stays null.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import timex as tx
from .timex import Date, need

#: Month and weekday names, capitalised (`(?-i:...)` switches case-insensitivity off).
MON = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
)
MONTH_NAME = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)"
)
WD = r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
_NUMW = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred)"
)
NUM = (
    rf"(?:\d+(?:\.\d+)?(?: \d/\d)?|{_NUMW}(?:[- ]{_NUMW})?|a couple of|couple of|a dozen|dozens of"
    r"|a few|few|several|some|many|a|an|half an?|a half)"
)
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|trading days?|business days?|sessions?"
    r"|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries)"
)
UNIT1 = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
PART = r"(?:morning|afternoon|evening|night|overnight)"
MOD = (
    r"(?:(?:about|around|nearly|almost|roughly|approximately|some|at least|at most|more than"
    r"|less than|fewer than|over(?! the)|under|up to|just|only|barely|well over|upwards of|a full"
    r"|the better part of|the last|the past|the next|the first|the final|the remaining"
    r"|another|an additional|the same|the) )"
)
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_NOT_NUMBER = r"(?![\d,.]?\d|%| ?per ?cent| percent)"


@dataclass(slots=True)
class Context:
    """What a normaliser knows beyond its match."""

    anchor: Date | None
    #: Tense of the governing verb: -1 past, +1 future, 0 unknown; -2 forced past ("since").
    direction: int = 0


Normaliser = Callable[[re.Match[str], Context], tuple[str, str | None]]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    normalise: Normaliser
    #: Wins a tie with another rule matching the same span ("$5 a year" is a set).
    priority: int = 0


RULES: list[Rule] = []


def rule(name: str, pattern: str, priority: int = 0) -> Callable[[Normaliser], Normaliser]:
    """Register a pattern (compiled case-insensitive, on word boundaries)."""

    def register(func: Normaliser) -> Normaliser:
        compiled = re.compile(rf"(?<![\w$£€-]){pattern}(?![\w-])", re.I)
        RULES.append(Rule(name, compiled, func, priority))
        return func

    return register


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


# -- absolute dates -----------------------------------------------------------

_ORD = r"(?:st|nd|rd|th)?"


@rule("iso", r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
def _iso(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    return "DATE", _calendar_day(int(m["y"]), int(m["m"]), int(m["d"]))


def _calendar_day(y: int, mon: int, d: int) -> str:
    """`YYYY-MM-DD`, or NotTimex when there is no such day ("Feb. 30", "2016-13-45")."""
    try:
        return Date(y, mon, d).isoformat()
    except ValueError:
        raise tx.NotTimex from None


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


# -- words relative to the anchor ---------------------------------------------

_DEICTIC = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


@rule(
    "deictic_day",
    r"(?:(?P<em>early|late|earlier|later) )?(?P<w>the day before yesterday|the day after tomorrow"
    rf"|today|yesterday|tomorrow)(?: (?P<part>{PART}))?",
)
def _deictic_day(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    if m.group(0)[0].isupper() and re.search(r"[A-Z][\w'’-]* $", m.string[max(0, m.start() - 20) :
                                                                          m.start()]):
        raise tx.NotTimex  # part of a name: "Labour Tomorrow", "the Today programme"
    d = need(c.anchor) + dt.timedelta(days=_DEICTIC[_g(m, "w")])
    part = _g(m, "part")
    if part:
        return "TIME", f"{tx.day(d)}T{tx.DAY_PARTS[part]}"
    return "DATE", tx.day(d)


@rule("tonight", rf"(?:(?P<rel>this|last|tomorrow|yesterday) )?(?P<part>tonight|{PART})")
def _day_part(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    rel, part = _g(m, "rel"), _g(m, "part")
    if not rel and part != "tonight":
        raise tx.NotTimex  # a bare "morning" is not an expression: dropped by the tagger
    anchor = need(c.anchor)
    shift = {"last": -1 if part in ("night", "overnight") else 0, "yesterday": -1,
             "tomorrow": 1}.get(rel, 0)
    return "TIME", f"{tx.day(anchor + dt.timedelta(days=shift))}T{tx.DAY_PARTS[part]}"


@rule(
    "weekday",
    rf"(?:(?P<rel>this|last|next|this coming|this past|coming|past|early|late) )?(?P<wd>{WD})"
    rf"(?:,? (?P<part>{PART}))?(?! ?(?:\d|{MON}|the \d))",
)
def _weekday(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    anchor = need(c.anchor)
    wd = _wd(m["wd"])
    rel = _g(m, "rel")
    if rel in ("last", "past", "this past"):
        d = tx.weekday_near(anchor - dt.timedelta(days=1), wd, -1)
    elif rel in ("next", "coming", "this coming"):
        d = tx.weekday_near(anchor + dt.timedelta(days=1), wd, 1)
    elif rel == "this":
        d = anchor + dt.timedelta(days=wd - anchor.weekday())
        if c.direction > 0 and d < anchor:
            d += dt.timedelta(days=7)
    else:
        d = tx.weekday_near(anchor, wd, c.direction)
    part = _g(m, "part")
    if part:  # TimeBank types "Friday night" as a date with a part of day
        return "DATE", f"{tx.day(d)}T{tx.DAY_PARTS[part]}"
    return "DATE", tx.day(d)


_REF = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "just now": "PAST_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "this time": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "present": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "the moment": "PRESENT_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "lately": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "the past": "PAST_REF",
    "once": "PAST_REF",
    "earlier": "PAST_REF",
    "soon": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
    "shortly": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "later": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the coming years": "FUTURE_REF",
    "the years ahead": "FUTURE_REF",
    "the days ahead": "FUTURE_REF",
    "the weeks ahead": "FUTURE_REF",
    "the months ahead": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "soon after": "FUTURE_REF",
}


@rule(
    "ref",
    r"(?P<w>right now|just now|now|currently|nowadays|these days|the present|at present"
    r"|recently|lately|the past|(?<!as )soon(?! as| after)|as soon as possible"
    r"|the near future|the future"
    r"|a later date|the (?:near|short|long) term|the (?:days|weeks|months|years) ahead)",
)
def _ref(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    words = _g(m, "w")
    if words.endswith("ahead"):  # "in the weeks ahead": a span of weeks to come
        return "DURATION", tx.duration(None, tx.unit_of(words.split()[1]))
    return "DATE", _REF[words]


# "recent" and "future" alone are mostly not annotated as expressions (TimeBank)
@rule("ref_adj", r"(?P<w>current)(?= (?!account|affairs|events)[a-z])")
def _ref_adj(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    return "DATE", _REF[_g(m, "w")]


_REL_UNITS = r"(?:day|night|week|weekend|month|quarter|year|decade|century|season)"


@rule(
    "this_unit",
    rf"(?:(?P<em>early|late|earlier|later|mid|the end of|the beginning of|the start of"
    rf"|the middle of|the rest of|the remainder of) (?:in )?)?"
    rf"(?P<rel>this|last|next|the past|the last|the next|the previous|the coming|the current"
    rf"|the following|the same|this past|this coming|past|previous|coming|current|the)"
    rf" (?P<unit>{_REL_UNITS}|{SEASON})",
)
def _this_unit(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    rel, unit = _g(m, "rel"), _g(m, "unit")
    if rel == "the":
        return _the_unit(unit, m, c)
    if rel in ("the past", "the last", "past", "this past") and not m["em"] and unit not in (
        "weekend", "night") and unit not in tx.SEASONS:
        if unit in ("decade", "century"):  # "over the past decade": ten years to now
            return "DURATION", tx.duration(1, unit)
        # "the past year": the last calendar year, as TimeBank reads it
        rel = "last"
    if rel in ("the next", "the coming") and unit in ("year", "month", "week", "day", "decade"):
        return "DURATION", tx.duration(1, unit)
    anchor = need(c.anchor)
    delta = {"last": -1, "previous": -1, "the previous": -1, "next": 1, "coming": 1,
             "the coming": 1, "the following": 1, "this coming": 1}.get(rel, 0)
    if unit in tx.SEASONS:
        y = anchor.year + (delta if delta else 0)
        if delta < 0 and tx.SEASONS[unit] == "WI":
            y = anchor.year - 1
        return "DATE", f"{y}-{tx.SEASONS[unit]}"
    if unit == "night":
        d = anchor + dt.timedelta(days=-1 if delta < 0 or rel == "last" else delta)
        return "TIME", f"{tx.day(d)}TNI"
    if unit == "weekend":
        base = anchor + dt.timedelta(weeks=delta)
        if delta == 0 and c.direction < 0 and anchor.weekday() < 5:
            base = anchor - dt.timedelta(weeks=1)
        return "DATE", f"{tx.week(base)}-WE"
    if unit == "quarter" and delta == 0:
        current = rel in ("current", "the current")
        return "DATE", f"{anchor.year}-Q{tx.quarter(anchor)}" if current else _quarter_value(anchor)
    if unit == "season":
        unit = "quarter"
    return "DATE", tx.shift(anchor, delta, unit)


def _the_unit(unit: str, m: re.Match[str], c: Context) -> tuple[str, str | None]:
    """'the weekend', 'the year', 'the quarter': the one the article is about."""
    if m["em"]:
        anchor = need(c.anchor)
        # "the end of the summer", "the end of the season": within the anchor's year
        within = "year" if unit in tx.SEASONS or unit == "season" else unit
        return "DATE", tx.shift(anchor, 0, within)
    if unit == "weekend":
        anchor = need(c.anchor)
        base = anchor if c.direction >= 0 or anchor.weekday() >= 5 else anchor - dt.timedelta(
            weeks=1)
        return "DATE", f"{tx.week(base)}-WE"
    if unit in tx.SEASONS:
        return "DATE", f"{need(c.anchor).year}-{tx.SEASONS[unit]}"
    if unit == "quarter":
        if _FRACTION.match(m.string, m.end()):
            raise tx.NotTimex  # "the quarter of caucus voters": a fourth part
        return "DATE", _quarter_value(need(c.anchor))
    if unit == "week":  # "for the week, the index fell": the anchor's week
        return "DATE", tx.week(need(c.anchor))
    if unit in ("year", "month"):
        return "DURATION", tx.duration(1, unit)
    if unit == "day":
        if re.match(r" (?:after|before|of|when|that|on|in|which|he|she|they|it)\b",
                    m.string[m.end() : m.end() + 8]):
            raise tx.NotTimex  # "the day after the vote": a day fixed by an event
        return "DATE", tx.day(need(c.anchor))
    raise tx.NotTimex


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


#: A value resolved later against the date the narrative last named ("that
#: year", "the following day"): `@<offset>:<unit>`.
ANAPHOR = re.compile(r"@(-?\d+):(\w+)")


@rule(
    "anaphor",
    r"(?:(?:later|earlier) (?:in |on )?)?(?P<rel>that(?: same)?|the same|the following|the previous"
    r"|the preceding|the prior|the next(?= (?:day|morning|afternoon|evening|night)))"
    r" (?P<unit>day|morning|afternoon|evening|night|week|month|year)(?! (?:or|and|to)\b)"
    r"|that (?:same )?(?P<q>quarter)"
    r"|the (?:day|night) (?P<ba>before|after)(?! (?:yesterday|tomorrow|last|next)\b)"
    rf"|(?P<wrel>the following|the previous|the preceding|the prior) (?P<wd>{WD})",
    priority=1,
)
def _anaphor(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    if m["ba"]:
        if not re.match(r"\s*(?:[,.;:)]|$)", m.string[m.end() : m.end() + 2]):
            raise tx.NotTimex  # "the day before the vote": an event, not a date
        return "DATE", f"@{-1 if _g(m, 'ba') == 'before' else 1}:day"
    if m["q"]:  # "that quarter": the quarter last named
        return "DATE", "@0:quarter"
    if m["wd"]:  # "the previous Friday": the Friday before the day last named
        return "DATE", f"@{1 if _g(m, 'wrel') == 'the following' else -1}:wd{_wd(m['wd'])}"
    unit = _g(m, "unit")
    offset = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1,
              "the prior": -1}.get(_g(m, "rel"), 0)
    return "DATE", f"@{offset}:{unit}"


@rule("earlier_this", r"(?P<em>earlier|later) (?:in |on )?(?:the )?(?P<unit>day|week|month|year)")
def _earlier_the(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    return "DATE", tx.shift(need(c.anchor), 0, _g(m, "unit"))


@rule(
    "quarter",
    rf"(?:the )?(?:(?P<y0>{YEAR})(?:'s)? |(?P<yrel0>this|last|next) year's )?"
    r"(?:(?P<ya>year-ago|year-earlier|prior-year) )?"
    r"(?:(?P<rel>latest|last|current|previous|next|same"
    r"|comparable|fiscal|year-earlier|year-ago|year earlier|prior-year|first|second|third"
    r"|fourth|1st|2nd|3rd|4th|final)[- ])"
    r"(?:(?:fiscal|calendar|financial|(?P<ya2>year-earlier|year-ago))[- ])?"
    r"(?P<what>quarter|half|period)"
    rf"(?: of (?:(?P<y>{YEAR})|(?P<yrel>this|last|next) year))?",
)
def _quarter(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    rel, what = _g(m, "rel"), _g(m, "what")
    given = m["y"] or m["y0"]
    if given:
        y = int(given)
    else:
        anchor = need(c.anchor)
        y = anchor.year + {"last": -1, "next": 1}.get(_g(m, "yrel") or _g(m, "yrel0"), 0)
        given = m["yrel0"] or m["yrel"]
    if m["ya"] or m["ya2"]:
        y -= 1
        given = given or m["ya"] or m["ya2"]
    if what == "half":
        n = 1 if rel in ("first", "1st") else 2
        return "DATE", f"{y}-H{n}"
    if what == "period" and rel not in ("latest", "year-earlier", "year-ago", "year earlier",
                                        "prior-year", "comparable", "same", "current"):
        raise tx.NotTimex  # "the first period" of a match
    if rel in tx.ORDINALS and rel != "last":
        q = tx.ORDINALS[rel]
        if not given and c.anchor is not None and c.direction < 0 and q > tx.quarter(c.anchor):
            y -= 1
        return "DATE", f"{y}-Q{q}"
    anchor = need(c.anchor)
    reported, q = _reported_quarter(anchor)
    y += reported - anchor.year  # in January the quarter reported on is last year's
    if rel in ("year-earlier", "year-ago", "year earlier", "prior-year"):
        return "DATE", f"{y - 1}-Q{q}"
    if rel == "current":
        return "DATE", f"{y}-Q{tx.quarter(anchor)}"
    if rel in ("last", "previous"):
        yq = anchor.year * 4 + tx.quarter(anchor) - 2
        return "DATE", f"{yq // 4}-Q{yq % 4 + 1}"
    if rel == "next":
        yq = anchor.year * 4 + tx.quarter(anchor)
        return "DATE", f"{yq // 4}-Q{yq % 4 + 1}"
    return "DATE", f"{y}-Q{q}"


@rule(
    "period_last_year",
    r"(?:the )?(?:(?:corresponding|comparable|same|like) )?(?:period|quarter)(?: of| in)?"
    r" (?:last year|a year (?:ago|earlier)|the (?:previous|prior) year)"
    r"|(?:last|the (?:previous|prior)) year's (?:period|quarter)",
)
def _period_last_year(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    """"the corresponding period last year": last year, until a quarter named
    before makes it that quarter a year back (`dates.find_dates`)."""
    return "DATE", str(need(c.anchor).year - 1)


@rule("year_earlier", r"(?P<w>year-earlier|year-ago|prior-year|a year-ago)")
def _year_earlier(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    return "DATE", str(need(c.anchor).year - 1)


@rule(
    "fiscal_year",
    r"(?:the )?(?:(?P<rel>current|latest|last|next|previous|full|same|coming|new|prior|past)"
    r"[- ])?(?P<kind>fiscal|financial|full|calendar|tax) year|(?P<end>year-end|year's end)",
)
def _fiscal_year(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    rel, kind = _g(m, "rel"), _g(m, "kind")
    if not rel and kind in ("fiscal", "financial", "tax") and not m["end"]:
        return "DURATION", "P1Y"  # "for the fiscal year": the year's span
    anchor = need(c.anchor)
    delta = {"last": -1, "latest": -1, "previous": -1, "prior": -1, "past": -1, "next": 1,
             "coming": 1, "new": 1}.get(rel, 0)
    return "DATE", str(anchor.year + delta)


_ORDINAL_WORDS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "twenty-first".split(), start=1)}


@rule(
    "century",
    r"(?:the )?(?:(?:early|mid|late)[- ])?(?P<n>\d{1,2})(?:st|nd|rd|th)[- ]century"
    r"|(?:the )?(?P<w>(?:twenty-)?first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth)[- ]century",
)
def _century(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    n = int(m["n"]) if m["n"] else _ORDINAL_WORDS[_g(m, "w")]
    return "DATE", f"{n - 1:02d}"


_DECADE_WORDS = {w: i for i, w in enumerate(
    "twenties thirties forties fifties sixties seventies eighties nineties".split(), start=2)}


@rule("decade_words", r"the (?:(?:early|mid|late)[- ])?(?:(?P<c>nineteen|twenty)[- ])?"
      r"(?P<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)")
def _decade_words(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    century = 20 if _g(m, "c") == "twenty" else 19
    return "DATE", f"{century}{_DECADE_WORDS[_g(m, 'd')]}X"


# -- offsets: "two years ago", "a year earlier" ------------------------------


@rule(
    "ago",
    rf"{MOD}?(?P<n>{NUM}) (?P<unit>{UNIT})(?: or so)?"
    r" (?P<dir>ago|earlier|before|later|after|from now|hence|back)"
    r"(?! (?:than|the|that|this|his|her|its|their|he|she|they|it|we|I|a|an)\b)",
)
def _ago(m: re.Match[str], c: Context) -> tuple[str, str | None]:
    unit = tx.unit_of(m["unit"])
    n = tx.number(m["n"])
    word = _g(m, "dir")
    sign = -1 if word in ("ago", "earlier", "before", "back") else 1
    if word not in ("ago", "back", "from now", "hence") and unit not in ("year", "quarter"):
        # "three days later": counted from another event, not from the anchor
        return "DURATION", tx.duration(n, unit)
    if n is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    anchor = need(c.anchor)
    if unit in ("hour", "minute", "second"):
        return "DATE", tx.day(anchor)
    return "DATE", tx.shift(anchor, int(sign * n), unit)


# -- durations ----------------------------------------------------------------


#: After "quarter(s)": what it is a fourth part of ("a quarter of voters"), not a year's quarter.
_FRACTION = re.compile(r" of (?!(?:the |this |last |next )?(?:year|fiscal|\d{4}|'\d\d)\b)")
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


_SPOKEN = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_SPOKEN_TENS = {w: 20 + 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}


def _spoken(century: str, tens: str, units: str) -> int:
    """A year said in words: ("nineteen", "ninety", "four") -> 1994; "twenty twenty" -> 2020."""
    return (19 if century == "nineteen" else 20) * 100 + _SPOKEN_TENS[tens] + _SPOKEN.get(units, 0)


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


# -- sets ---------------------------------------------------------------------

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


# -- clock times --------------------------------------------------------------


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


# -- holidays -----------------------------------------------------------------

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
