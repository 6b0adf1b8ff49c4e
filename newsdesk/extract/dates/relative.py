"""Rules for words relative to the anchor ("yesterday", "last Friday", "now",
"this quarter", "that year", "the 21st century") and offsets ("two years ago")."""

from __future__ import annotations

import datetime as dt
import re

from . import timex as tx
from .normalise import (
    _g,
    _quarter_value,
    _reported_quarter,
    _wd,
)
from .patterns import (
    _DEICTIC,
    _FRACTION,
    MOD,
    MON,
    NUM,
    PART,
    SEASON,
    UNIT,
    WD,
    YEAR,
)
from .registry import Context, rule
from .timex import need


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
