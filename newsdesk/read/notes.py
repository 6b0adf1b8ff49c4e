"""Warnings from readers: something in an input was left unused, though the
input itself was read.

A warning is not an error: it does not make a run fail. Readers yield
`InputWarning` alongside `Article` and `InputError`; `read_paths` and
`read_file` hand each one to an `on_warning` callback (by default the
`newsdesk.read` logger) so that their own stream stays `Article | InputError`,
which every existing consumer relies on. Warnings are counted per file and
given once per file, not once per record.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

LOG = logging.getLogger("newsdesk.read")


@dataclass(frozen=True, slots=True)
class InputWarning:
    """Something in `source` was not used; `count` records were concerned."""

    source: str
    message: str
    count: int = 1

    def __str__(self) -> str:
        return f"{self.source}: warning: {self.message}"


WarningHook = Callable[[InputWarning], None]


def log_warning(warning: InputWarning) -> None:
    """The default hook: the `newsdesk.read` logger, at WARNING level."""
    LOG.warning("%s", warning)


@dataclass
class Tally:
    """Per-file counts of fields left unused, turned into warnings at the end."""

    source: str
    records: int = 0
    unknown: Counter[str] = field(default_factory=Counter)
    unused: Counter[str] = field(default_factory=Counter)
    #: field -> records whose value could not be used, and the first: (where, why).
    unusable: Counter[str] = field(default_factory=Counter)
    first: dict[str, tuple[str, str]] = field(default_factory=dict)

    def bad_value(self, name: str, why: str, where: str) -> None:
        self.unusable[name] += 1
        self.first.setdefault(name, (where, why if len(why) <= 200 else why[:199] + "…"))

    def warnings(self) -> list[InputWarning]:
        out: list[InputWarning] = []
        of = f" of {self.records}" if self.records else ""
        for name, n in sorted(self.unusable.items()):
            where, why = self.first[name]
            out.append(InputWarning(
                self.source,
                f"field {name!r} could not be used in {n}{of} record(s), first at {where}: {why}",
                n,
            ))
        if self.unused:
            listed = ", ".join(f"{k} ({n})" for k, n in sorted(self.unused.items()))
            out.append(InputWarning(
                self.source,
                f"known fields newsdesk does not use were ignored: {listed}",
                sum(self.unused.values()),
            ))
        if self.unknown:
            listed = ", ".join(f"{k} ({n})" for k, n in sorted(self.unknown.items())[:20])
            more = f" and {len(self.unknown) - 20} more" if len(self.unknown) > 20 else ""
            example = sorted(self.unknown)[0]
            out.append(InputWarning(
                self.source,
                f"fields newsdesk does not know were ignored: {listed}{more}; to use one, "
                f"map it (e.g. --field published={example})",
                sum(self.unknown.values()),
            ))
        return out
