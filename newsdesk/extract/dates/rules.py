"""The patterns that find time expressions, each with its normaliser.

A rule is a regular expression over the text (case-insensitive; month and
weekday names must be capitalised, so "may" and "march" as verbs are not
dates) and a function that turns its match into a TIMEX3 type and value.
Extents follow TimeML: a leading preposition ("in 2011", "on Sunday",
"since 2008") is not part of the expression; a determiner and a modifier
are ("the past three months", "late yesterday", "about a decade").
Relative values need the context's anchor date and tense direction; with no
anchor they raise `Unresolved` and the value stays null.
"""

from __future__ import annotations

# The rule modules register their rules in `RULES` as they are imported, in this
# order: a tie between rules matching the same span at the same priority goes to
# the earlier one, so the order is part of the behaviour.
# isort: off
from . import absolute  # noqa: F401
from . import relative  # noqa: F401
from . import durations  # noqa: F401
from . import sets  # noqa: F401
from . import clock  # noqa: F401
from . import holidays  # noqa: F401
# isort: on
from .registry import RULES, Context, Rule
from .relative import ANAPHOR

__all__ = ["ANAPHOR", "RULES", "Context", "Rule"]
