"""Numeric claims: numbers as written (`numbers`), judged on the parse
(`finder`, with `context`, `subjects` and `polls`); docs/CLAIMS.md."""

from __future__ import annotations

from .finder import KINDS, QUALIFIERS, find_claims
from .numbers import Number, find_numbers

__all__ = ["KINDS", "QUALIFIERS", "Number", "find_claims", "find_numbers"]
