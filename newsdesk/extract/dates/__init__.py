"""Dates: time expressions found by the rules (`rules`), normalised as TIMEX3
values (`timex`) against the publication date (`pubdate`) in `finder`;
docs/DATES.md."""

from __future__ import annotations

from .finder import article_anchor, find_dates
from .pubdate import find_pubdate

__all__ = ["article_anchor", "find_dates", "find_pubdate"]
