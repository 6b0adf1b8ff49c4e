"""Dates: every time expression in an article, normalised TIMEX3-style.

Candidates come from the rules in `rules` (longest match wins where
they overlap). Each is resolved against an anchor date, the publication
date, and the tense of the verb that governs it (spaCy's parse): "said
Friday" is the Friday before the anchor, "will meet Friday" the one after.
The anchor is the article's metadata date, else a date found in the text
(`pubdate`), else a corpus estimate the options carry (marked estimated);
with none, relative expressions keep a null value (absolute ones such as
"12 January 2016" or "in 2011" still resolve).

A record: `{start, end, text, type, value, anchor}`, offsets `[start, end)`
into `Article.text`, `type` DATE | TIME | DURATION | SET, `value` a TIMEX3
value or null when unresolved, `anchor` `{date, source, estimated}`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...article import Article
from ...config import Options
from ...nlp import doc_text
from . import timex as tx
from .pubdate import find_pubdate
from .rules import ANAPHOR, RULES, Context, Rule

#: A stand-in anchor, used only to learn an unresolved expression's type.
_ANY_DAY = dt.date(2000, 1, 3)

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "going"}
_PAST_AUX = {"was", "were", "had", "did", "'d"}


Candidate = tuple[int, int, Rule, "re.Match[str]"]


def find_candidates(text: str) -> list[Candidate]:
    """Every rule match, in text order (overlapping ones included)."""
    found: list[Candidate] = []
    for r in RULES:
        for m in r.pattern.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), r, m))
    return sorted(found, key=lambda f: (f[0], -f[1]))


def longest(
    found: list[tuple[int, int, Any]], priority: Any = lambda f: 0
) -> list[tuple[int, int, Any]]:
    """The longest of overlapping spans (then the higher `priority`, then the
    earliest), in text order."""
    ranked = sorted(found, key=lambda f: (-(f[1] - f[0]), -priority(f), f[0]))
    taken: list[tuple[int, int, Any]] = []
    for cand in ranked:
        if all(cand[1] <= t[0] or cand[0] >= t[1] for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda t: t[0])


#: Words before a date that set it ahead, whatever the verb's tense.
_LOOKS_AHEAD = re.compile(
    r"\b(?:as (?:early|soon|late) as|until|till|by|no later than|effective|starting|due"
    r"|ahead of|(?<!to )come)\s+"
    r"(?:on\s+)?(?:next\s+|this\s+)?$",
    re.I,
)
#: Words before a date that set it back: "since Oct. 23", "since shortly after the Oct. 23 attack".
_LOOKS_BACK = re.compile(
    r"\b(?:since|as recently as)\s+(?:(?:shortly|just|soon|right)\s+)?(?:(?:after|before)\s+)?"
    r"(?:the\s+)?(?:last\s+)?$",
    re.I,
)
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|[Tt]oday")
#: How far up the parse a date looks for its verb ("the June 23 vote was ..." is four up).
HEAD_STEPS = 6


def direction(doc: Doc | None, start: int, end: int) -> int:
    """Tense of the verb governing `[start, end)`: -1 past, +1 future, 0 neither;
    -2 when a word before it sets it in the past ("since")."""
    if doc is None:
        return 0
    text = doc_text(doc)
    if _LOOKS_BACK.search(text, max(0, start - 40), start):
        return -2
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    for _ in range(HEAD_STEPS):
        if tok is None or tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            break
        tok = tok.head
    if tok is not None and tok.pos_ in ("VERB", "AUX") and _past_perfect(tok):
        return -1  # "had been due to expire Friday", "until Thursday they had not called"
    if _LOOKS_AHEAD.search(text, max(0, start - 30), start):
        return 1
    if text.startswith(("'s ", "’s "), end) and _WEEKDAY.search(text, start, end):
        return -1  # "Thursday's vote": the day has had its event ("May's contests" need not)
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return 0
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX:
        return 1
    if "to" in lowers:  # "plans to visit" looks ahead; "voted to leave" tells nothing
        return 1 if tok.head == tok or tok.head.tag_ != "VBD" else 0
    if lowers & _PAST_AUX or any(a.tag_ == "VBD" for a in auxes):
        return -1
    if lowers & {"has", "have", "'ve", "'s"} and tok.tag_ == "VBN":
        return -1
    if tok.tag_ == "VBD":
        return -1
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
        return -1
    if tok.tag_ == "VBG" and not auxes:  # "began raising its stake in July": the head's tense
        head = tok.head
        if head != tok and head.pos_ in ("VERB", "AUX"):
            return -1 if head.tag_ == "VBD" else 1 if head.tag_ in ("VBZ", "VBP", "MD") else 0
        return 0
    if tok.tag_ in ("VBZ", "VBP", "VBG"):
        return 1
    return 0


def _past_perfect(tok: Token) -> bool:
    """Whether `tok`'s clause, or one it complements ("had been due to
    expire"), is in the past perfect: its time lies before a past one."""
    for _ in range(3):
        if any(c.lower_ == "had" and c.dep_ in ("aux", "auxpass") for c in tok.children):
            return True
        if tok.dep_ not in ("xcomp", "acomp", "ccomp") or tok.head == tok:
            return False
        tok = tok.head
    return False


def normalise(
    rule: Rule, match: re.Match[str], anchor: dt.date | None, tense: int
) -> tuple[str, str | None] | None:
    """(type, value) of a match; value None when it needs an anchor it lacks;
    None when the match is not a time expression after all."""
    try:
        return rule.normalise(match, Context(anchor, tense))
    except tx.NotTimex:
        return None
    except (tx.Unresolved, OverflowError):  # OverflowError: a day before 1 AD or after 9999
        pass
    try:
        kind, _ = rule.normalise(match, Context(_ANY_DAY, tense))
    except (tx.NotTimex, tx.Unresolved):
        return None
    return kind, None


_QUARTER = re.compile(r"\d{4}-Q[1-4]")
#: Rules whose "a year ago" may mean the same quarter a year ago.
_YEAR_BACK = ("ago", "year_earlier", "year_period", "period_last_year")
_YEAR_BACK_WORDS = re.compile(r"year-ago|year-earlier|year earlier|prior-year|a year ago", re.I)
#: How far back (characters) a named quarter sets the period of "a year earlier".
QUARTER_REACH = 400


def _same_quarter(words: str, value: str, quarter: str) -> str:
    """"a year earlier" after a quarter's results is that quarter a year earlier."""
    if not re.fullmatch(r"\d{4}", value):
        return value
    if re.search(r"\d{4} period", words):  # "the 1988 period": that year's quarter
        return f"{value}-{quarter[5:]}"
    if re.search(r"\b(?:a|one|last|previous|prior) year|year-", words, re.I):
        # a year before the quarter named
        return f"{int(quarter[:4]) - 1}-{quarter[5:]}"
    return value


_CALENDAR = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?(?:T\w+)?")


def anchor_value(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def resolve_anaphor(offset: int, unit: str, ref: str | None) -> str | None:
    """`offset` units (`day`, `week`, `month`, `year`, or a part of a day)
    from the date `ref` (a TIMEX3 value), at the coarser of the two
    granularities; for a weekday unit (`wd4`: Friday) the one before (-1) or
    after (+1) the day `ref`. None with no reference."""
    if ref is None:
        return None
    if unit.startswith("wd"):  # the weekday before / after the day `ref`
        if len(ref) < 10 or not ref[:10].replace("-", "").isdigit():
            return None
        d, wd = dt.date.fromisoformat(ref[:10]), int(unit[2:])
        if offset > 0:
            return (d + dt.timedelta(days=(wd - d.weekday()) % 7 or 7)).isoformat()
        return (d - dt.timedelta(days=(d.weekday() - wd) % 7 or 7)).isoformat()
    y = int(ref[:4])
    if unit == "year" or len(ref) < 7:
        return str(y + (offset if unit == "year" else 0))
    mo = int(ref[5:7])
    if unit == "month" or len(ref) < 10:
        return tx.month(*tx.add_months(y, mo, offset if unit == "month" else 0))
    d = dt.date(y, mo, int(ref[8:10]))
    if unit == "week":
        return tx.week(d + dt.timedelta(weeks=offset))
    d += dt.timedelta(days=offset)
    if unit in tx.DAY_PARTS:
        return f"{d.isoformat()}T{tx.DAY_PARTS[unit]}"
    return d.isoformat()


#: An opening quote just before a match, and a time word inside it written
#: capitalised as in a title.
_QUOTED_TITLE = re.compile(r"(?:[\"“‘]|``|'')$")
_TITLE_WORDS = re.compile(
    r"(?<=\S )(?-i:(?:Seconds?|Minutes?|Hours?|Days?|Nights?|Weeks?|Months?|Years?|Decades?"
    r"|Century|Morning|Evening|Tonight|Today|Tomorrow|Yesterday)\b)")


def find_dates(
    doc: Doc | str,
    anchor: str | None,
    source: str | None,
    *,
    estimated: bool = False,
    skip: list[tuple[int, int]] | None = None,
) -> list[dict[str, Any]]:
    """The date records of a text (a Doc, for tense; or a plain string),
    resolved against `anchor` (`YYYY-MM-DD` or None) found at `source`."""
    text = doc_text(doc) if isinstance(doc, Doc) else doc
    parsed = doc if isinstance(doc, Doc) else None
    day = dt.date.fromisoformat(anchor[:10]) if anchor else None
    if day is not None and not dt.MINYEAR < day.year < dt.MAXYEAR:
        day = None  # rules look a year either side of the anchor: 1 AD or 9999 anchors nothing
    anchor_record = {"date": day.isoformat() if day else None,
                     "source": source if day else None, "estimated": bool(day and estimated)}
    valid: list[tuple[int, int, Any]] = []
    for start, end, r, m in find_candidates(text):
        if skip and any(s < end and start < e for s, e in skip):
            continue
        if _QUOTED_TITLE.search(text, max(0, start - 2), start) and _TITLE_WORDS.search(
                text, start, end):
            continue  # ABC's "This Week", CBS's "60 Minutes": the name of a show
        result = normalise(r, m, day, direction(parsed, start, end))
        if result is not None:  # a match that is no expression leaves room for shorter ones
            valid.append((start, end, (r, m, result)))
    out: list[dict[str, Any]] = []
    quarter: tuple[int, str] | None = None  # the last quarter named, and where
    named: str | None = None  # the last calendar date named: what "that day" refers to
    named_quarter: str | None = None  # the last quarter named: what "that quarter" refers to
    for start, end, (r, m, (kind, value)) in longest(valid, lambda f: f[2][0].priority):
        anaphor = ANAPHOR.fullmatch(value) if value else None
        if anaphor and anaphor[2] == "quarter":
            value = named_quarter or (f"{day.year}-Q{tx.quarter(day)}" if day else None)
        elif anaphor:
            ref = named or anchor_value(day)
            if anaphor[2].startswith("wd") and (ref is None or len(ref) < 10):
                ref = anchor_value(day)  # a weekday needs a day to count from
            try:
                value = resolve_anaphor(int(anaphor[1]), anaphor[2], ref)
            except OverflowError:  # the day after 9999-12-31: no calendar date
                value = None
        elif value and _CALENDAR.fullmatch(value):
            named = value
        if value and _QUARTER.fullmatch(value):
            named_quarter = value
            if not _YEAR_BACK_WORDS.search(m.group(0)):  # "the year-ago quarter" is the echo
                quarter = (end, value)
        elif value and r.name in _YEAR_BACK and quarter and start - quarter[0] < QUARTER_REACH:
            value = _same_quarter(m.group(0), value, quarter[1])
        out.append({"start": start, "end": end, "text": text[start:end], "type": kind,
                    "value": value, "anchor": dict(anchor_record)})
    return out


def article_anchor(article: Article, options: Options) -> tuple[str | None, str | None, bool]:
    """(date, source, estimated): metadata, else the text, else the corpus estimate."""
    published = _calendar_day(article.published)
    if published:
        return published, "metadata", False
    found = find_pubdate(article.text)
    if found is not None:
        return found.date, "text", False
    estimate = _calendar_day(getattr(options, "anchor_date", None))
    if estimate:
        return estimate, "corpus", True
    return None, None, False


def _calendar_day(value: str | None) -> str | None:
    """`value`'s date when it starts with one (`YYYY-MM-DD`, a timestamp),
    else None: readers check `published`, but `extract_text` and `Article`
    take any string, and "2017-02-30" is no day to count from."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
