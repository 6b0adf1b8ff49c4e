"""Metadata values from inputs, normalised (publication dates to ISO)."""

from __future__ import annotations

import datetime as dt
import re

import dateparser

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")


def iso_date(value: object) -> str | None:
    """`YYYY-MM-DD` for a date given as ISO text, a timestamp string or prose
    ("21 February 2017"); None for empty values. Raises ValueError otherwise."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected a date string, got {type(value).__name__}")
    text = value.strip()
    if _ISO.match(text):
        try:
            return dt.date.fromisoformat(text[:10]).isoformat()
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a valid date") from exc
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if parsed is None:
        raise ValueError(f"{value!r} is not a date newsdesk can read (use YYYY-MM-DD)")
    return str(parsed.date().isoformat())
