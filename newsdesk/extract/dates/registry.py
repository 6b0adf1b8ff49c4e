"""A date rule (a pattern and its normaliser), the context a normaliser
reads, and `RULES`, the registered rules in the order they were added."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .timex import Date


@dataclass(slots=True)
class Context:
    """What a normaliser knows beyond its match."""

    anchor: Date | None
    #: Tense of the governing verb: -1 past, +1 future, 0 unknown; -2 forced past ("since").
    direction: int = 0


Normaliser = Callable[[re.Match[str], Context], tuple[str, str | None]]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    normalise: Normaliser
    #: Wins a tie with another rule matching the same span ("$5 a year" is a set).
    priority: int = 0


RULES: list[Rule] = []


def rule(name: str, pattern: str, priority: int = 0) -> Callable[[Normaliser], Normaliser]:
    """Register a pattern (compiled case-insensitive, on word boundaries)."""

    def register(func: Normaliser) -> Normaliser:
        compiled = re.compile(rf"(?<![\w$£€-]){pattern}(?![\w-])", re.I)
        RULES.append(Rule(name, compiled, func, priority))
        return func

    return register
