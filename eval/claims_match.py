"""Comparing numeric claims for the claims scorer (`eval/claims.py`): values, units
and qualifiers, and the one-to-one matching of predicted to gold claims.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment  # type: ignore[import-untyped]

from eval.claims_gold import Claim, Span

#: Two numbers agree when they differ by at most this share of the larger.
REL_TOLERANCE = 0.005

Value = float | tuple[float, float] | dict[str, float] | None


# -- values, units, qualifiers ------------------------------------------------


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        cleaned = value.replace(",", "").strip()
        if _NUMBER.fullmatch(cleaned):
            return float(cleaned)
    return None


def normalise_value(value: Any) -> Value:
    """A number, a sorted `(low, high)` pair, a poll map of party → share, or None."""
    number = _number(value)
    if number is not None:
        return number
    if isinstance(value, Mapping):
        if {"low", "high"} <= set(value) or {"min", "max"} <= set(value):
            low = _number(value.get("low", value.get("min")))
            high = _number(value.get("high", value.get("max")))
            if low is not None and high is not None:
                return (min(low, high), max(low, high))
            return None
        shares: dict[str, float] = {}
        for key, share in value.items():
            # A share may itself be a record ({"share": 44, "change": 2}).
            if isinstance(share, Mapping):
                share = share.get("share", share.get("value"))
            number = _number(share)
            if isinstance(key, str) and number is not None:
                shares[key] = number
        return shares or None
    if isinstance(value, Sequence) and not isinstance(value, str) and len(value) == 2:
        low, high = _number(value[0]), _number(value[1])
        if low is not None and high is not None:
            return (min(low, high), max(low, high))
    return None


def numbers_equal(a: float, b: float) -> bool:
    """Equal within `REL_TOLERANCE` of the larger magnitude; signs ignored."""
    a, b = abs(a), abs(b)
    return abs(a - b) <= REL_TOLERANCE * max(a, b)


_WORD = re.compile(r"[^\W\d_]+")


def _party_words(name: str) -> list[str]:
    return [singular(w) for w in _WORD.findall(name.casefold())]


def party_matches(gold: str, pred: str) -> bool:
    """True when a predicted party/candidate key names the gold one.

    Equal after case and plurals, or one's words include the other's last word
    (`Hillary Clinton` ~ `Clinton`, `the Conservatives` ~ `Conservative`)."""
    g, p = _party_words(gold), _party_words(pred)
    if not g or not p:
        return False
    return g == p or g[-1] in p or p[-1] in g


def polls_equal(gold: Mapping[str, float], pred: Mapping[str, float]) -> bool:
    """Same number of parties, and each gold party has a predicted key with an equal share."""
    if len(gold) != len(pred):
        return False
    unused = dict(pred)
    for party, share in gold.items():
        found = next((k for k in unused if party_matches(party, k)), None)
        if found is None or not numbers_equal(share, unused.pop(found)):
            return False
    return True


def values_equal(gold: Any, pred: Any) -> bool:
    """The value rule of the module docstring."""
    g, p = normalise_value(gold), normalise_value(pred)
    if g is None or p is None:
        return g is None and p is None and gold == pred
    if isinstance(g, dict) or isinstance(p, dict):
        return isinstance(g, dict) and isinstance(p, dict) and polls_equal(g, p)
    if isinstance(g, tuple) or isinstance(p, tuple):
        gl, gh = g if isinstance(g, tuple) else (g, g)
        pl, ph = p if isinstance(p, tuple) else (p, p)
        return numbers_equal(gl, pl) and numbers_equal(gh, ph)
    return numbers_equal(g, p)


#: Synonyms of a unit, after lower-casing: each maps to one canonical name.
UNIT_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(["%", "percent", "per cent", "pct", "percentage", "per-cent"], "%"),
    **dict.fromkeys(
        ["point", "points", "pts", "pt", "pp", "percentage point", "percentage points"],
        "points",
    ),
    **dict.fromkeys(["$", "usd", "us$", "dollar", "dollars", "us dollars"], "USD"),
    **dict.fromkeys(["£", "gbp", "pounds sterling", "sterling"], "GBP"),
    **dict.fromkeys(["€", "eur", "euro", "euros"], "EUR"),
    **dict.fromkeys(["mile", "miles", "mi"], "mile"),
    **dict.fromkeys(["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"], "km"),
    **dict.fromkeys(["foot", "feet", "ft"], "foot"),
    **dict.fromkeys(["hour", "hours", "hrs", "hr", "h"], "hour"),
    **dict.fromkeys(["minute", "minutes", "mins", "min"], "minute"),
    **dict.fromkeys(["second", "seconds", "secs", "sec", "s"], "second"),
    **dict.fromkeys(["year", "years", "yrs", "yr"], "year"),
    **dict.fromkeys(["people", "person", "persons"], "person"),
}


def singular(word: str) -> str:
    """A crude singular for comparing units: `victims` → `victim`, `cities` → `city`."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def normalise_unit(unit: str | None, kind: str | None = None) -> str | None:
    """The canonical form of a unit (see `UNIT_SYNONYMS`); words singular, lower case."""
    if unit is None:
        return None
    key = " ".join(unit.casefold().split())
    if not key:
        return None
    if kind == "money" and key in {"pound", "pounds", "£"}:
        return "GBP"
    if key in UNIT_SYNONYMS:
        return UNIT_SYNONYMS[key]
    return " ".join(UNIT_SYNONYMS.get(w, singular(w)) for w in key.split())


def units_equal(gold: str | None, pred: str | None, kind: str | None = None) -> bool:
    """Normalised units equal, or their last words (head nouns) equal."""
    g, p = normalise_unit(gold, kind), normalise_unit(pred, kind)
    if g is None or p is None:
        return g == p
    return g == p or g.split()[-1] == p.split()[-1]


#: Qualifiers that mean the same bound.
QUALIFIER_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"about", "around", "approximately", "roughly", "some", "an estimated",
               "estimated", "approx", "circa", "on average", "average", "+/-",
               "plus or minus"}),
    frozenset({"nearly", "almost", "close to", "nearing", "approaches", "approaching",
               "just under", "just shy of"}),
    frozenset({"more than", "over", "above", "exceeds", "exceeding", "upwards of",
               "in excess of", "just above", "just over", "plus", "-plus"}),
    frozenset({"at least", "or more", "no fewer than", "no less than", "a minimum of"}),
    frozenset({"up to", "as many as", "as much as", "as high as", "at most", "or less",
               "no more than", "a maximum of"}),
    frozenset({"less than", "under", "fewer than", "below"}),
    frozenset({"only", "just", "a mere", "merely"}),
    frozenset({"between", "from"}),
)


def qualifiers_equal(gold: str | None, pred: str | None) -> bool:
    g = " ".join(gold.casefold().split()) if gold else ""
    p = " ".join(pred.casefold().split()) if pred else ""
    if g == p:
        return True
    return any(g in group and p in group for group in QUALIFIER_GROUPS)


# -- matching -----------------------------------------------------------------


def overlap(a: Span, b: Span) -> int:
    """Characters shared by two spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_claims(gold: Sequence[Claim], pred: Sequence[Claim]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs of overlapping claims.

    Maximises the number of pairs, then the total overlap, then kind agreement."""
    if not gold or not pred:
        return []
    weights = np.zeros((len(gold), len(pred)))
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            shared = overlap(g.span, p.span)
            if shared:
                # A pair is worth more than any overlap, an overlap character more than a kind.
                weights[i, j] = 1e9 + shared * 10 + (g.kind == p.kind)
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True) if weights[i, j] > 0]
