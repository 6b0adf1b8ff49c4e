"""The publication date written in an article's text, when metadata has none.

Scraped pages keep a dateline or a stamp near the top or the bottom:
"Published 12:01, 21 February 2017", "Updated: Feb 21, 2017 4:05 pm",
"Tuesday 21 February 2017", "LONDON, Feb. 21 (Reuters) -" is not enough
(no year). Only the first and last few lines are searched, and only a line
that is a stamp (a stamp word, or a date with little else on the line), so a
date in the story ("the 12 January 2016 vote") is not taken for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import dateparser

#: Lines searched at each end of the text.
EDGE_LINES = 6

_STAMP = re.compile(
    r"\b(?:published|updated|posted|last (?:updated|modified)|first published|date|dated"
    r"|filed)\b\s*(?:on|at)?\s*:?",
    re.I,
)
_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)? {_MON},? \d{{4}}|{_MON} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\b"
)


@dataclass(frozen=True, slots=True)
class PubDate:
    """A publication date found in the text: ISO date and where it was written."""

    date: str
    start: int
    end: int
    #: 'stamp' (a Published/Updated line) or 'dateline' (a line that is mostly a date).
    kind: str


def _lines(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _parse(words: str) -> str | None:
    settings = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                "REQUIRE_PARTS": ["day", "month", "year"]}
    parsed = dateparser.parse(words, languages=["en"], settings=settings)  # type: ignore[arg-type]
    return parsed.date().isoformat() if parsed else None


def find_pubdate(text: str) -> PubDate | None:
    """The publication date written near the top or bottom of `text`, or None.

    A stamp line ("Published ...", "Updated ...") wins over a bare dateline;
    among several stamps the first published one wins over an update.
    Removed spans are searched too: the stamp is page furniture that cleaning
    removes, yet it is where the date is written.
    """
    lines = _lines(text)
    edge = lines[:EDGE_LINES] + [s for s in lines[-EDGE_LINES:] if s not in lines[:EDGE_LINES]]
    best: PubDate | None = None
    for start, end in edge:
        line = text[start:end]
        m = _DATE.search(line)
        if m is None:
            continue
        stamp = _STAMP.search(line)
        rest = len(_DATE.sub("", line).strip(" ,|-–—:•\t"))
        if not stamp and rest > 40:
            continue  # a sentence that mentions a date, not a dateline
        value = _parse(m.group(0))
        if value is None:
            continue
        found = PubDate(value, start + m.start(), start + m.end(), "stamp" if stamp else "dateline")
        if stamp and "updat" not in stamp.group(0).lower():
            return found
        if best is None or (best.kind != "stamp" and found.kind == "stamp"):
            best = found
    return best
