"""Numbers as news writes them, found and parsed on the raw text.

`find_numbers(text)` returns every number expression with its value, a unit
hint and its span: digits with separators and scale words (`20,000`, `2.5`,
`£3.5bn`, `$1.2 million`, `5k`), number words (`eighteen`, `two hundred`,
`a dozen`), fractions and proportions (`a third`, `half`, `one in five`, as a
percentage), ranges and tallies (`between 10 and 20`, `10-20`, `19-15`),
percentages (`44 per cent`, `44%`, `44 percent`), measurement units written
with the number (`700-mile`, `16 hours`, `18-point`) and ordinals (`third`,
`45th`, `No. 1`). Numbers inside clock times and dates written with digits
(`10:32`, `9.15am`, `12.03.2017`; `times.py`) are not numbers here. Whether
a number is a *claim* is decided later, on the parse (see `finder.py`); this
module only reads what is written.

It is plain regular expressions over the text, so it is cheap and needs no
parse; offsets are offsets into the string given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .times import time_spans

Value = float | tuple[float, float]

# -- vocabularies -------------------------------------------------------------

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100,
}  # fmt: skip
#: Denominators of fractions written as words (`a third`, `two-fifths`).
_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
_CURRENCY_SIGNS = {"£": "GBP", "$": "USD", "US$": "USD", "€": "EUR", "¥": "JPY"}
_CURRENCY_WORDS = {
    "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "dollars": "USD", "dollar": "USD",
    "euros": "EUR", "euro": "EUR", "pence": "GBP/100", "p": "GBP/100", "cents": "USD/100",
}  # fmt: skip
#: Measurement units written with the number, to their canonical unit.
UNIT_WORDS = {
    "mile": "miles", "miles": "miles", "mi": "miles", "km": "km", "kilometre": "km",
    "kilometres": "km", "kilometer": "km", "kilometers": "km", "metre": "metres",
    "metres": "metres", "meter": "metres", "meters": "metres", "foot": "feet", "feet": "feet",
    "ft": "feet", "yard": "yards", "yards": "yards", "inch": "inches", "inches": "inches",
    "second": "seconds", "seconds": "seconds", "minute": "minutes", "minutes": "minutes",
    "mins": "minutes", "hour": "hours", "hours": "hours", "hrs": "hours", "day": "days",
    "days": "days", "week": "weeks", "weeks": "weeks", "month": "months", "months": "months",
    "year": "years", "years": "years", "decade": "decades", "decades": "decades",
    "century": "centuries", "centuries": "centuries", "point": "points", "points": "points",
    "pts": "points", "percentage point": "points", "percentage points": "points",
    "acre": "acres", "acres": "acres", "hectare": "hectares", "hectares": "hectares",
    "tonne": "tonnes", "tonnes": "tonnes", "ton": "tons", "tons": "tons", "kg": "kg",
    "mph": "mph", "degree": "degrees", "degrees": "degrees",
}  # fmt: skip
DISTANCE_UNITS = frozenset({"miles", "km", "metres", "feet", "yards", "inches"})
DURATION_UNITS = frozenset(
    {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"}
)

# -- patterns -------------------------------------------------------------------

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_WORD = "|".join(sorted([*_SMALL, *_SCALES, "dozen"], key=len, reverse=True))
# `two hundred and fifty thousand`, `twenty-five`, `a dozen`, `a million`
_WORDS = (
    rf"\b(?:(?:an?|one)\s+(?:dozen|hundred|thousand|million|billion|trillion)\b|(?:{_WORD})\b)"
    rf"(?:(?:\s+and\s+|[\s-]+)(?:{_WORD})\b)*"
)
_SCALE_AFTER = (
    r"(?:\s?(?:thousand|million|billion|trillion)\b|(?:k|m|mn|bn|b|tn|trn)\b|\s(?:bn|mn)\b)"
)
_SIGN = r"(?:US\$|[£$€¥])"
_NUM = rf"(?:(?:{_DIGITS})(?:{_SCALE_AFTER})?|(?:{_WORDS}))(?![\w,]\d|(?!p\b)\w)"
_PERCENT = r"(?:\s?%|\s?(?:per[\s-]?cent|percent|pct)\b)"
_UNIT = "|".join(sorted((re.escape(u) for u in UNIT_WORDS), key=len, reverse=True))
_MONEY_WORD = "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True))

_FRACTION = re.compile(
    r"\b(?P<num>an?|one|two|three|four|five|seven|nine)[\s-]+(?P<den>"
    + "|".join(sorted(_FRACTIONS, key=len, reverse=True))
    + r")\b|\b(?P<half>half)\b",
    re.IGNORECASE,
)
_ONE_IN = re.compile(
    rf"\b(?P<a>{_DIGITS}|{_WORDS})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{_DIGITS}|{_WORDS})\b",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    r"\b(?P<digits>\d+)(?:st|nd|rd|th)\b|\b(?P<word>(?:(?:twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)-)?(?:" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r"))\b"
    r"|\b(?:No\.?|Number|number)\s+(?P<no>\d+|one)\b",
)
_RANGE_LEAD = r"(?P<lead>\bbetween\s+)"
#: One number expression: currency sign, number, range, percent/currency/unit word.
_EXPR = re.compile(
    rf"(?:{_RANGE_LEAD})?(?:(?P<sign>{_SIGN})\s?)?(?P<num>{_NUM})"
    rf"(?:(?P<pct1>{_PERCENT}))?"
    rf"(?:(?P<sep>\s?[-–—]\s?|\s+to\s+|\s+and\s+)(?P<sign2>{_SIGN})?(?P<num2>{_NUM}))?"
    rf"(?:(?P<pct>{_PERCENT})|(?P<unitsep>[\s-])(?P<unit>{_UNIT})\b(?!-\w)"
    rf"|\s(?P<money>{_MONEY_WORD})\b|(?P<pence>p)\b)?",
    re.IGNORECASE,
)
_QUALIFIERS = {
    "around": "around", "about": "about", "approximately": "around", "roughly": "around",
    "some": "around", "circa": "around", "an estimated": "around", "up to": "up to",
    "as many as": "up to", "as much as": "up to", "at least": "at least", "at most": "up to",
    "more than": "more than", "over": "over", "above": "over", "upwards of": "more than",
    "in excess of": "more than", "just over": "over", "just under": "less than",
    "less than": "less than", "fewer than": "less than", "under": "less than",
    "below": "less than", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "exactly": "exactly", "precisely": "exactly", "only": "", "just": "", "a mere": "",
}  # fmt: skip
_QUALIFIER_RE = re.compile(
    r"(?:\b(?P<q>"
    + "|".join(sorted((re.escape(q) for q in _QUALIFIERS), key=len, reverse=True))
    + r")\s+)+$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Number:
    """A number expression as written: `text[start:end]` is the evidence."""

    start: int
    end: int
    text: str
    #: The number, or `(low, high)` for a range and `(first, second)` for a tally.
    value: Value
    #: `%`, `points`, a currency code (`GBP`, `USD`, `EUR`, `JPY`), a measurement
    #: unit from `UNIT_WORDS`, `rank` for ordinals, else None.
    unit: str | None
    #: `digits`, `words`, `fraction` (value in percent), `ordinal`.
    form: str
    #: The number starts with a currency sign or ends with a currency word.
    money: bool = False


def words_value(text: str) -> float | None:
    """The value of number words: `two hundred and fifty thousand` → 250000.

    >>> words_value("twenty-five"), words_value("a dozen"), words_value("eighteen")
    (25.0, 12.0, 18.0)
    """
    parts = [p for p in re.split(r"[\s-]+", text.lower()) if p and p != "and"]
    if not parts:
        return None
    total = current = 0.0
    seen = False
    for i, part in enumerate(parts):
        if part in ("a", "an") and i == 0:
            current = 1
        elif part in _SMALL:
            current += _SMALL[part]
            seen = True
        elif part == "dozen":
            current = (current or 1) * 12
            seen = True
        elif part == "hundred":
            current = (current or 1) * 100
            seen = True
        elif part in _SCALES:
            total += (current or 1) * _SCALES[part]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """The value of one number as written, without unit or range.

    >>> parse_number("20,000"), parse_number("3.5bn"), parse_number("1.2 million")
    (20000.0, 3500000000.0, 1200000.0)
    >>> parse_number("5k"), parse_number("two hundred")
    (5000.0, 200.0)
    """
    t = text.strip().replace("\u00a0", " ")
    m = re.fullmatch(rf"({_DIGITS})\s?([A-Za-z]+)?", t)
    if m:
        base = float(m.group(1).replace(",", ""))
        scale = (m.group(2) or "").lower()
        if not scale:
            return base
        factor = _SCALES.get(scale) or _SUFFIX_SCALES.get(scale)
        return base * factor if factor else None
    return words_value(t)


def _rounded(x: float) -> float:
    return round(x, 2)


def find_numbers(text: str) -> list[Number]:
    """Every number expression in `text`, in order, without overlaps.

    >>> [(n.text, n.value, n.unit) for n in find_numbers("up to £3.5bn, or 44 per cent")]
    [('£3.5bn', 3500000000.0, 'GBP'), ('44 per cent', 44.0, '%')]
    """
    found: list[Number] = []
    # a number inside a clock time or a digit-written date is no quantity
    taken: list[tuple[int, int]] = time_spans(text)

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(n: Number) -> None:
        found.append(n)
        taken.append((n.start, n.end))

    # proportions first: `one in five` must not become two counts
    for m in _ONE_IN.finditer(text):
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is None or b is None or a > b or not 2 <= b <= 1000:
            continue
        form = "words" if m.group("a")[0].isalpha() else "digits"
        add(Number(m.start(), m.end(), m.group(0), _rounded(100 * a / b), "%", form))
    for m in _FRACTION.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if m.group("half"):
            value = 50.0
        else:
            num = words_value(m.group("num")) or 1.0
            den = _FRACTIONS[m.group("den").lower()]
            if m.group("num").lower() in ("a", "an", "one") and m.group("den").lower().endswith(
                "s"
            ):
                continue  # `one thirds` is not English; `a fourths` neither
            value = 100 * num / den
        add(Number(m.start(), m.end(), m.group(0), _rounded(value), "%", "fraction"))
    ordinals = list(_ORDINAL.finditer(text))
    for m in ordinals:  # `No. 1` before its digit is read as a count
        if m.group("no") and free(m.start(), m.end()):
            add(Number(m.start(), m.end(), m.group(0), _no_value(m.group("no")), "rank", "ordinal"))
    pos = 0
    while (em := _EXPR.search(text, pos)) is not None:
        n = _expression(text, em)
        if n is not None and free(n.start, n.end):
            add(n)
        # a pair that was not a range (`£3.5bn and $1.2 million`): read the second again
        pos = n.end if n is not None and n.end > em.start() else em.end("num")
    for m in ordinals:
        if not free(m.start(), m.end()):
            continue
        if m.group("digits"):
            value = float(m.group("digits"))
        elif m.group("no"):
            continue
        else:
            word = m.group("word").lower()
            tens, _, unit = word.rpartition("-")
            value = float(_ORDINALS[unit] + (_SMALL[tens] if tens else 0))
        add(Number(m.start(), m.end(), m.group(0), value, "rank", "ordinal"))
    found.sort(key=lambda n: n.start)
    return found


def _expression(text: str, m: re.Match[str]) -> Number | None:
    """A `Number` from one `_EXPR` match, or None when it is not a number after all."""
    num = m.group("num")
    value = parse_number(num)
    if value is None:
        return None
    first = m.start("sign") if m.group("sign") else m.start("num")
    before = text[first - 1] if first else " "
    glued_hyphen = before == "-" and first > 1 and text[first - 2].isalnum()  # `COVID-19`
    if (
        before.isalnum()
        or before in "/:._"
        or glued_hyphen
        or re.match(r"[/:]\d", text[m.end() : m.end() + 2])
    ):
        return None  # inside a name or an identifier (`G20`, `9/11`, `10:30`, `COVID-19`)
    start, end = m.start("num"), m.end()
    if m.group("sign"):
        start = m.start("sign")
    sign = m.group("sign") or m.group("sign2")
    money_word = (m.group("money") or ("p" if m.group("pence") else "")).lower()
    pct = m.group("pct") or m.group("pct1")
    unit: str | None = None
    money = False
    if pct:
        unit = "%"
    elif sign:
        unit, money = _CURRENCY_SIGNS[sign.upper() if sign.startswith("U") else sign], True
    elif money_word:
        code = _CURRENCY_WORDS[money_word]
        unit, money = code.split("/")[0], True
        if code.endswith("/100"):
            value /= 100
    elif m.group("unit"):
        unit = UNIT_WORDS[m.group("unit").lower()]
    if m.group("pence") and not num[0].isdigit():
        return None  # `five p` is not money
    if m.group("unit") and m.group("unitsep") == "-" and unit in ("seconds",):
        return None  # `one-second` is hardly a claim, `second` is usually an ordinal
    result: Value = value
    num2 = m.group("num2")
    if num2 is not None:
        sep = m.group("sep").strip().lower()
        v2 = parse_number(num2)
        ranged = v2 is not None and (
            m.group("lead") is not None if sep == "and" else num2[0].isdigit() == num[0].isdigit()
        )
        if sep in ("-", "–", "—") and not (num[0].isdigit() and num2[0].isdigit()):
            ranged = False  # `twenty-five` is one number, already parsed by words_value
        if not ranged or v2 is None:
            # not a range: keep the first number only, and its own unit
            end = m.end("pct1") if m.group("pct1") else m.end("num")
            start = m.start("sign") if m.group("sign") else m.start("num")
            return Number(
                start,
                end,
                text[start:end],
                value,
                "%" if m.group("pct1") else (unit if sign else None),
                _form(num),
                money,
            )
        if (
            money
            and value < 1e3 <= v2
            and re.search(r"[a-z]$", num2, re.I)
            and not re.search(r"[a-z]$", num, re.I)
        ):
            value *= v2 / (parse_number(re.sub(r"\s?[a-z]+$", "", num2, flags=re.I)) or 1.0)
        if m.group("lead"):
            start = m.start("lead")
        if unit is None and m.group("pct1"):
            unit = "%"
        result = (value, v2)
    elif m.group("lead"):
        start = m.start("sign") if m.group("sign") else m.start("num")
    return Number(start, end, text[start:end], result, unit, _form(num), money)


def _no_value(no: str) -> float:
    return 1.0 if no.lower() == "one" else float(no)


def _form(num: str) -> str:
    return "digits" if num[0].isdigit() or num[0] == "." else "words"


def qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    """The hedge written just before a number (`only around`, `up to`) as its
    canonical qualifier (None for `only`/`just`, which do not move the figure),
    and where the hedge starts (`start` when there is none).

    >>> qualifier_before("which could employ up to 20,000", 25)
    ('up to', 19)
    """
    window = text[max(0, start - 40) : start]
    m = _QUALIFIER_RE.search(window)
    if not m:
        return None, start
    hedge_start = start - len(window) + m.start()
    words = re.findall(
        "|".join(sorted((re.escape(q) for q in _QUALIFIERS), key=len, reverse=True)),
        m.group(0).lower(),
    )
    canon = [_QUALIFIERS[w] for w in words if _QUALIFIERS.get(w)]
    return (canon[-1] if canon else None), hedge_start
