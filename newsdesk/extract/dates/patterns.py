"""Regular-expression pieces the date rules share (month and weekday names,
numbers, units, modifiers) and the words for days next to today."""

from __future__ import annotations

import re

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

#: After "quarter(s)": what it is a fourth part of ("a quarter of voters"), not a year's quarter.
_FRACTION = re.compile(r" of (?!(?:the |this |last |next )?(?:year|fiscal|\d{4}|'\d\d)\b)")

_DEICTIC = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
