"""Numeric claims: every number an article states as a fact, as a record.

Numbers are found on the text (`numbers.py`), then judged on spaCy's parse of
the same article (no second parse): dates, times, ages, identifiers and
numbers that only refer are dropped; the rest get a kind, a unit, a qualifier
and the phrase saying what they measure. Polls are gathered into one record
each (`polls.py`). Who states a claim comes from who-said-what (`quotes`),
when it holds from the date extractor (`dates`). The vocabulary and the rules
are documented in docs/CLAIMS.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...article import Removed
from ...nlp import doc_text
from ..doc import sentence
from .context import (
    LEAD_WORDS,
    MAJORITY_WORDS,
    MARGIN_WORDS,
    Context,
)
from .numbers import DISTANCE_UNITS, DURATION_UNITS, Number, find_numbers, qualifier_before
from .polls import find_polls
from .subjects import attribute, describe

#: The kinds of claim (docs/CLAIMS.md), most specific first.
KINDS = (
    "poll", "lead", "majority", "change", "money", "percent", "distance", "duration", "rank",
    "count",
)  # fmt: skip
#: Canonical qualifiers; None when the figure is unhedged.
QUALIFIERS = (
    "around", "about", "up to", "at least", "more than", "over", "less than", "nearly",
    "exactly",
)  # fmt: skip

_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_UP = frozenset(
    "rise rises rose risen rising increase increased increases increasing gain gained "
    "gains gaining grow grew grown growing climb climbed climbs jump jumped jumps surge surged "
    "soar soared boost boosted add added adds raise raised jump spike".split()
)
_DOWN = frozenset(
    "fall falls fell fallen falling drop dropped drops dropping decline declined declines "
    "decrease decreased decreases lose lost loses losing cut cuts slash slashed slump slumped "
    "dip dipped plunge plunged shrink shrank shrunk reduce reduced sink sank".split()
)
_SUPERLATIVE = re.compile(
    r"-?\s?(?:largest|biggest|highest|lowest|smallest|best|worst|most|least|oldest|largest|"
    r"richest|poorest|busiest|place|position|spot|ranked|rank)\b",
    re.IGNORECASE,
)
_RANK_BEFORE = re.compile(r"\b(?:ranked|ranks|ranking|finished|came|comes|placed|placing)\s+$",
                          re.IGNORECASE)  # fmt: skip
_RECORD = re.compile(
    r"\b(?P<what>(?:record\s+)?(?:highs?|lows?|highest|lowest|biggest|largest|smallest|worst|"
    r"best|strongest|weakest|most|fewest|least)\b[^.;:\n]{0,40}?|first\s+time\s+)"
    r"\b(?:since|in)\s+(?P<year>(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
#: Words before a number that make it a label or identifier, not a quantity.
_ID_BEFORE = frozenset(
    "page pages p pp room flight route interstate highway chapter line vol volume no number "
    "article section amendment proposition prop district ward bill form channel radio fox "
    "episode season level grade class category type title phase stage tier gate platform "
    "unit apartment suite box code zip hr h.r. s. resolution act covid version".split()
)
#: `the first woman to lead`, `the second candidate ever to win`.
_FIRST_TO = re.compile(
    r"^\s+(?:[A-Z]?[a-z]+\s+){0,2}(?:woman|man|person|president|candidate|black|female|"
    r"politician|leader|state|country|city|party|company|time)s?\s+(?:ever\s+)?to\s+\w+"
)
_TIME_AFTER = re.compile(r"^\s?(?:a\.?m\.?|p\.?m\.?|GMT|BST|EST|ET|PT|CET|o'clock|hrs\b)",
                         re.IGNORECASE)  # fmt: skip
_AGE_AFTER = re.compile(r"^[\s-]*(?:years?|yrs?)[\s-]*old\b|^-year-old|^-month-old",
                        re.IGNORECASE)  # fmt: skip
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+$", re.IGNORECASE)
_PLACES_RELATIVE = re.compile(
    r"\b(?:past|last|next|coming|previous|recent|first|final|in|within|over\s+the|for\s+the\s+"
    r"(?:past|last|next))\s+$",
    re.IGNORECASE,
)
_RELATIVE_AFTER = re.compile(r"^\s+(?:ago|later|earlier|before|after|from\s+now|hence)\b",
                             re.IGNORECASE)  # fmt: skip
_MULTIPLIER_AFTER = re.compile(r"^\s?(?:times|-fold|fold)\s+(?:as|more|less|the|higher|bigger|"
                               r"larger|greater|faster|over)\b", re.IGNORECASE)  # fmt: skip
#: `a 412-vote majority`, `a 14,208-vote total`: votes and seats glued to the number.
_VOTES_GLUED = re.compile(r"^-(?P<noun>votes?|seats?)\b", re.IGNORECASE)
#: `412 more votes than`, `412 more than Mr Penn`: a difference between two tallies.
_MORE_THAN = re.compile(r"^\s+(?:more|fewer)\s+(?:(?P<noun>votes|seats)\s+)?than\b",
                        re.IGNORECASE)  # fmt: skip
#: Verbs whose `by N votes` is a winning margin (`beat Penn by 412 votes`).
_WIN_VERBS = frozenset(
    "win won beat defeat edge oust unseat lose lead hold retain carry trail".split()
)
_REFERRING_DETS = frozenset(
    "the these those their his her its our your my both all each every".split()
)
_STREET = frozenset(
    "street st road rd avenue ave lane drive boulevard blvd way place square court".split()
)


def find_claims(
    doc: Doc,
    *,
    quotes: Sequence[dict[str, Any]] = (),
    dates: Sequence[dict[str, Any]] = (),
    removed: Sequence[Removed] = (),
    outlet: str | None = None,
) -> list[dict[str, Any]]:
    """Every numeric claim in the parsed article, as contract records, in text order.

    `quotes`, `dates`, `removed` and `outlet` are the article's (all optional):
    they give who states each claim, when it holds, and what to skip.
    """
    ctx = Context(doc, doc_text(doc), quotes, dates, removed, outlet)
    claims: list[dict[str, Any]] = []
    numbers = [n for n in find_numbers(ctx.text) if not _in_removed(ctx, n.start, n.end)]
    records = list(_records(ctx))
    taken = [(r["start"], r["end"]) for r in records]
    for n in numbers:
        if any(s <= n.start < e for s, e in taken):
            continue  # the year of a record (`since 2008`)
        claim = _claim(ctx, n)
        if claim is not None:
            claims.append(claim)
    claims.extend(records)
    claims.sort(key=lambda c: (c["start"], c["end"]))
    claims = find_polls(ctx, claims)
    for c in claims:
        attribute(ctx, c)
    return claims


# -- one number -----------------------------------------------------------------


def _in_removed(ctx: Context, start: int, end: int) -> bool:
    return any(r.start < end and start < r.end for r in ctx.removed)


def _claim(ctx: Context, n: Number) -> dict[str, Any] | None:
    """The claim a number makes, or None when it is not one."""
    span = ctx.doc.char_span(n.start, n.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if _not_a_claim(ctx, n, span):
        return None
    qualifier, q_start = qualifier_before(ctx.text, n.start)
    kind, unit, value = _kind(ctx, n, span)
    if kind is None:
        return None
    start = q_start
    direction = _direction(ctx, n, span)
    if kind == "change" and direction and isinstance(value, float):
        value = value * direction
        cue = _direction_word_start(ctx, span)
        if cue is not None:
            start = min(start, cue)
        elif ctx.text[n.start - 1 : n.start] in ("+", "-", "−", "–"):
            start = min(start, n.start - 1)  # the sign is part of the claim
    record: dict[str, Any] = {
        "start": start,
        "end": n.end,
        "text": ctx.text[start : n.end],
        "kind": kind,
        "value": list(value) if isinstance(value, tuple) else value,
        "unit": unit,
        "qualifier": qualifier,
    }
    describe(ctx, record, span, kind)
    return record


def _not_a_claim(ctx: Context, n: Number, span: Span) -> bool:
    """Dates, times, ages, identifiers, names and numbers that only refer."""
    text = ctx.text
    before = text[max(0, n.start - 30) : n.start]
    after = text[n.end : n.end + 20]
    lower = n.text.lower()
    tokens = list(span)
    first, last = tokens[0], tokens[-1]
    prev = ctx.doc[first.i - 1] if first.i > 0 else None
    nxt = ctx.doc[last.i + 1] if last.i + 1 < len(ctx.doc) else None
    words = {t.lower_ for t in (prev, nxt) if t is not None}
    if n.form == "ordinal":
        return not _is_rank(ctx, n, span)
    if n.unit is None and re.match(r"^-(?:and-a-half-)?[a-z]", after) and not _VOTES_GLUED.match(
        after
    ):
        return True  # `a nine-page plan`, `a three-way race`: a descriptor, not a figure
    if n.unit is None and (_TIME_AFTER.match(after) or ":" in n.text):
        return True  # a clock time (`10-11 a.m.`)
    if (
        n.form == "words"
        and re.fullmatch(r"(?:hundred|thousand|million|billion)", lower)
        and (
            re.search(r"\b(?:several|few|many|some|hundreds|thousands)\s+$", before, re.IGNORECASE)
        )
    ):
        return True  # `several hundred`: vague, no number
    if isinstance(n.value, float) and n.unit is None and n.form == "digits":
        digits = n.text.strip()
        if re.fullmatch(r"(?:1[6-9]|20)\d\d", digits) and (
            not _counts_noun(span) or span[0].ent_type_ == "DATE"
        ):
            return True  # a year (`the 2016 presidential contests` too)
        if words & _MONTHS or (nxt is not None and nxt.lower_ in _DAYS):
            return True  # a day of the month
        if _TIME_AFTER.match(after) or (nxt is not None and nxt.ent_type_ == "TIME" and
                                        not _counts_noun(span)):  # fmt: skip
            return True
        if prev is not None and prev.lower_.rstrip(".") in _ID_BEFORE:
            return True
        if prev is not None and _is_name_word(prev) and not _counts_noun(span):
            return True  # `Radio 4`, `Proposition 64`, `Labour 26` is left to polls
        if nxt is not None and nxt.lower_.rstrip(".") in _STREET:
            return True
        if (
            nxt is not None
            and nxt.i + 1 < len(ctx.doc)
            and nxt.pos_ == "PROPN"
            and (ctx.doc[nxt.i + 1].lower_.rstrip(".") in _STREET)
        ):
            return True  # `10 Downing Street`
    if any(s <= n.start < e for s, e in ctx.phones):
        return True
    if (n.unit == "years" and re.match(r"^[\s-]*old\b", after)) or _AGE_AFTER.match(after):
        return True  # `69 years old`, `a 16-year-old`
    if _AGE_BEFORE.search(before) or _apposed_age(ctx, n, span):
        return True  # `aged 45`, `Mr. Trump, 70,`
    if _MULTIPLIER_AFTER.match(after) or lower in ("twice", "once"):
        return True
    if n.unit in ("%", "points") and re.search(
        r"(?:\berror\b[^.]{0,25}|plus\s+or\s+minus\s+|\+/-\s?|±\s?)$", before, re.IGNORECASE
    ):
        return True  # a margin of error describes the poll, it claims nothing
    if n.form == "fraction" and not _fraction_is_share(ctx, n, span):
        return True
    if n.unit in DURATION_UNITS and (
        _PLACES_RELATIVE.search(before) or _RELATIVE_AFTER.match(after)
    ):
        return True  # `two years ago`, `in the past 10 years`: the date extractor's
    if n.form == "words" and lower in ("one", "a", "an") and n.unit is None:
        return not _direction(ctx, n, span)  # `one of`, `one MP`; `down one` stays
    if n.form in ("words", "digits") and n.unit is None and isinstance(n.value, float):
        det = _determiner(span)
        if det is not None and det.lower_ in _REFERRING_DETS and n.value < 20:
            return True  # `the two contests`
    if ctx.text[n.start - 1 : n.start] in ("+", "-", "−"):
        return _date_overlap(ctx, n)  # a signed figure (`(-1)`) is no name, whatever NER says
    if any(
        ctx.ent_of.get(t.i) is not None
        and ctx.ent_of[t.i].label_ in ("ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT")
        and n.unit is None
        for t in tokens
    ):
        return True  # inside a name (`Channel 4 News`, `Article 50`)
    return _date_overlap(ctx, n)


def _fraction_is_share(ctx: Context, n: Number, span: Span) -> bool:
    """`half of voters`, `a third said`, `cut by a third`; not `an hour and a half`,
    `half an hour`, `the second half`."""
    before = ctx.text[max(0, n.start - 12) : n.start].lower()
    after = ctx.text[n.end : n.end + 6].lower()
    if re.search(r"(?:\band|\bthe|first|second|-)\s*$", before) or re.match(
        r"^(?:-|\s+an?\b)", after
    ):
        return False
    if re.match(r"^\s+of\b", after) or re.search(r"\bby\s+$", before):
        return True
    return span.root.dep_ in ("nsubj", "nsubjpass")


def _date_overlap(ctx: Context, n: Number) -> bool:
    """True when the date extractor read this number as a date or time (not a duration)."""
    for d in ctx.dates:
        if d.get("start", 0) < n.end and n.start < d.get("end", 0):
            typ = str(d.get("type") or "").upper()
            if typ != "DURATION" and not (n.unit in DURATION_UNITS and typ in ("", "DURATION")):
                return True
    return False


def _is_name_word(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.ent_type_ not in ("NORP",)
        and (tok.i > sentence(tok).start)
    )


def _counts_noun(span: Span) -> bool:
    """The number counts a plural noun right after it (`2000 votes`, `16 people`)."""
    root = span.root
    head = root.head
    return (
        root.dep_ in ("nummod", "quantmod")
        and head.tag_ in ("NNS", "NNPS")
        and (head.i > root.i and head.lower_ not in DURATION_UNITS)
    )


def _determiner(span: Span) -> Token | None:
    head = span.root.head if span.root.dep_ in ("nummod", "quantmod") else span.root
    for child in head.children:
        if child.dep_ in ("det", "poss", "predet") and child.i < span.start:
            return child
    return None


def _apposed_age(ctx: Context, n: Number, span: Span) -> bool:
    """`Mr. Trump, 70, said`: a number between commas after a person."""
    if n.unit is not None or not isinstance(n.value, float) or not 15 <= n.value <= 110:
        return False
    t0, t1 = span[0].i, span[-1].i
    doc = ctx.doc
    if t0 < 2 or t1 + 1 >= len(doc):
        return False
    return (
        doc[t0 - 1].text == ","
        and doc[t1 + 1].text in (",", ")")
        and (
            doc[t0 - 2].ent_type_ == "PERSON" or doc[t0 - 2].pos_ == "PROPN" or doc[t0 - 2].is_title
        )
    )


def _is_rank(ctx: Context, n: Number, span: Span) -> bool:
    """An ordinal that is a position in a ranking, not one of a sequence."""
    lower = n.text.lower()
    after = ctx.text[n.end : n.end + 25]
    before = ctx.text[max(0, n.start - 30) : n.start]
    if lower.startswith(("no", "number")):
        # `No 10` is Downing Street; `No. 1` a rank
        return not (n.value == 10 and not lower.startswith("no."))
    if _SUPERLATIVE.match(after) or _RANK_BEFORE.search(before):
        return True
    # `the first woman to lead ...`
    if re.search(r"\bthe\s+$", before, re.IGNORECASE):
        return bool(_FIRST_TO.match(after))
    return False


# -- kind, unit, value ------------------------------------------------------------


def _kind(ctx: Context, n: Number, span: Span) -> tuple[str | None, str | None, Any]:
    """The kind, unit and value of a number that is a claim."""
    value: Any = n.value
    lowers = _window_words(ctx, span, 6, 3)
    if n.form == "ordinal":
        return "rank", "rank", value
    direction = _direction(ctx, n, span)
    near_lead = bool(lowers & LEAD_WORDS) or _governs(span, LEAD_WORDS)
    if n.money:
        return ("change" if direction else "money"), n.unit, value
    if n.unit in ("%", "points"):
        if (n.unit == "points" and near_lead) or (n.unit == "%" and _lead_of(span)):
            return "lead", n.unit, value
        if direction:
            return "change", n.unit, value
        if n.unit == "points":
            return ("lead" if _sentence_has(span, LEAD_WORDS) else "change"), "points", value
        return "percent", "%", value
    if n.unit in DISTANCE_UNITS:
        return "distance", n.unit, value
    if n.unit in DURATION_UNITS:
        return "duration", n.unit, value
    if n.unit is not None:
        return "count", n.unit, value
    noun = _counted_noun(span)
    noun_text = None
    if noun is not None:  # as written, but `MPs` stays `MPs`
        noun_text = noun.text if noun.text[:-1].isupper() else noun.text.lower()
    glued = _VOTES_GLUED.match(ctx.text[n.end : n.end + 8])
    if glued:  # `a 412-vote majority`: the noun after the hyphen is the unit
        noun_text = glued.group("noun").lower().rstrip("s") + "s"
    words = MAJORITY_WORDS if isinstance(value, tuple) else MAJORITY_WORDS | MARGIN_WORDS
    if _is_majority(ctx, span, noun, words) or _margin_of_tallies(ctx, n, span):
        unit = noun_text if noun_text in ("votes", "seats") else "votes"
        return "majority", unit, value
    if direction:
        return "change", (noun_text or _change_unit(ctx, span)), value
    if noun_text is not None:
        return "count", noun_text, value
    if isinstance(value, tuple) or span.root.dep_ in (
        "dobj",
        "attr",
        "nsubj",
        "nsubjpass",
        "pobj",
        "appos",
        "conj",
    ):
        if n.form == "words" and value in (1.0,):
            return None, None, None
        return "count", None, value
    return None, None, None


def _window_words(ctx: Context, span: Span, left: int, right: int) -> set[str]:
    doc = ctx.doc
    lo = max(sentence(span).start, span.start - left)
    hi = min(sentence(span).end, span.end + right)
    return {t.lower_ for t in doc[lo : span.start]} | {t.lower_ for t in doc[span.end : hi]}


def _governs(span: Span, words: Iterable[str]) -> bool:
    """The number modifies one of `words` (`an 18-point lead`)."""
    wanted = set(words)
    tok = span.root
    for _ in range(2):
        if tok.lower_ in wanted:
            return True
        if tok.head == tok:
            break
        tok = tok.head
    return False


def _sentence_has(span: Span, words: Iterable[str]) -> bool:
    wanted = set(words)
    return any(t.lower_ in wanted for t in sentence(span))


def _lead_of(span: Span) -> bool:
    """`a lead of 5%`, `leads by 5%`, `5% ahead`."""
    root = span.root
    head = root.head
    if head.lower_ in ("by", "of") and head.head.lower_ in LEAD_WORDS:
        return True
    return any(t.lower_ in ("ahead", "behind") for t in root.doc[span.end : span.end + 2])


def _direction(ctx: Context, n: Number, span: Span) -> int:
    """+1 or -1 when the number is a rise or fall, else 0: `up two points`,
    `fell 3 percent`, `rose by 5%`, `an increase of 5%`, `a 10-point jump`.
    `rose to 35 percent` is a level, not a change."""
    mark = ctx.text[n.start - 2 : n.start] if n.start >= 2 else ""
    if len(mark) == 2 and mark[1] in "+-−–" and not mark[0].isalnum():
        return 1 if mark[1] == "+" else -1  # `(+2)`, `lost -7 points`
    doc = ctx.doc
    lo = max(sentence(span).start, span.start - 4)
    for t in reversed(list(doc[lo : span.start])):
        w = t.lower_
        if w in ("up", "down"):
            return 1 if w == "up" else -1
        if w in ("by", "of") or t.pos_ in ("DET", "ADV") or w in ("nearly", "almost"):
            continue  # `by`, `an increase of`, `only`, `nearly`
        sign = _sign_word(t)
        if sign and t.pos_ in ("VERB", "AUX", "NOUN") and t.dep_ not in ("amod", "compound"):
            return sign
        break
    head = span.root.head
    if span.root.dep_ in ("nummod", "compound", "amod", "npadvmod") and head.i >= span.end:
        return _sign_word(head) if head.pos_ == "NOUN" else 0  # `a 10-point increase`
    return 0


def _sign_word(t: Token) -> int:
    lemma, w = t.lemma_.lower(), t.lower_
    if lemma in _UP or w in _UP:
        return 1
    if lemma in _DOWN or w in _DOWN:
        return -1
    return 0


def _direction_word_start(ctx: Context, span: Span) -> int | None:
    if span.start > 0 and ctx.doc[span.start - 1].lower_ in ("up", "down"):
        return int(ctx.doc[span.start - 1].idx)
    return None


def _change_unit(ctx: Context, span: Span) -> str | None:
    """`Labour down one on 26 per cent`: a bare change beside a share is in points."""
    sent = sentence(span)
    near = [*ctx.doc[max(sent.start, span.start - 3) : span.start]]
    near += [*ctx.doc[span.end : min(sent.end, span.end + 6)]]
    if any(t.text == "%" or t.lower_ in ("cent", "percent") for t in near):
        return "points"
    return None


def _counted_noun(span: Span) -> Token | None:
    """The noun a number counts: `ten new followers` → followers."""
    root = span.root
    if (
        root.dep_ in ("nummod", "quantmod", "compound", "amod")
        and root.head.pos_ in ("NOUN", "PROPN")
        and root.head.i > root.i
        and root.head.lower_ not in ("%", "cent", "percent")
    ):
        return root.head
    # `20,000 of them`? no noun; `5,000 votes`-like tokens right after
    return None


def _is_majority(ctx: Context, span: Span, noun: Token | None, words: frozenset[str]) -> bool:
    """A winning margin: `a majority of 2,500`, `majority ... was around 2,500`,
    `5,000 ahead of UKIP`, `won by 5,000 votes`."""
    doc = ctx.doc
    sent = sentence(span)
    nxt = doc[span.end : min(sent.end, span.end + 3)]
    if any(t.lower_ in ("ahead", "behind") for t in nxt) and (
        noun is None or noun.lower_ in ("votes", "seats")
    ):
        return True
    # the clause's subject or the number's head is a majority
    tok = span.root
    for _ in range(4):
        if tok.lower_ in words:
            return True
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in words:
                return True
        if tok.head == tok:
            break
        tok = tok.head
    prev = [t.lower_ for t in doc[max(sent.start, span.start - 3) : span.start]]
    won_by = any(w in ("won", "win", "wins", "winning", "lost") for w in prev) and "by" in prev
    return (won_by or _by_after_win(span)) and (noun is None or noun.lower_ in ("votes", "seats"))


def _by_after_win(span: Span) -> bool:
    """`beat Ray Penn by 412 votes`: the number is the object of a `by` that a verb
    of winning or losing takes."""
    tok = span.root
    if tok.dep_ == "nummod" and tok.head.lower_ in ("votes", "seats", "vote", "seat"):
        tok = tok.head
    by = tok.head
    return (
        tok.dep_ == "pobj" and by.lower_ == "by" and by.head.lemma_.lower() in _WIN_VERBS
    )


def _margin_of_tallies(ctx: Context, n: Number, span: Span) -> bool:
    """`412 more votes than Mr Penn`, `412 more than Mr Penn` in a sentence about votes."""
    m = _MORE_THAN.match(ctx.text[n.end : n.end + 30])
    if m is None:
        return False
    return m.group("noun") is not None or any(
        t.lower_ in ("votes", "seats", "vote") for t in sentence(span)
    )


# -- records ---------------------------------------------------------------------


def _records(ctx: Context) -> Iterable[dict[str, Any]]:
    """Records and extremes with their reference year: `lows not seen since 2008`."""
    for m in _RECORD.finditer(ctx.text):
        if _in_removed(ctx, m.start(), m.end()):
            continue
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        record: dict[str, Any] = {
            "start": m.start(),
            "end": m.end(),
            "text": m.group(0),
            "kind": "rank",
            "value": float(m.group("year")),
            "unit": "year",
            "qualifier": None,
        }
        describe(ctx, record, span, "rank")
        yield record
