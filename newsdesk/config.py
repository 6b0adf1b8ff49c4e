"""Settings: one table (name, default, help) that feeds the CLI, the API and docs.

`docs/SETTINGS.md` is checked against this table by a test, so a setting
cannot exist undocumented.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

#: Environment variable that sets the default number of workers (the tests set 1).
WORKERS_ENV = "NEWSDESK_WORKERS"


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "max_bytes",
        10_000_000,
        "Largest input accepted as one article (a .txt/.html file, a JSONL line, a "
        "WARC record), in bytes. Bigger inputs are refused unread.",
    ),
    Setting(
        "encoding",
        None,
        "Force the text encoding of .txt inputs (e.g. cp1252). Default: detect "
        "(BOM, then UTF-8, then a legacy single-byte encoding).",
    ),
    Setting("batch_size", 200, "Articles written to the store per transaction."),
    Setting(
        "workers",
        None,
        "Worker processes for article stages. Default: one per core (the "
        "NEWSDESK_WORKERS environment variable changes the default); 1 = in this "
        "process. Runs of fewer than 32 articles stay in this process.",
    ),
    Setting(
        "min_words",
        80,
        "Articles with fewer body words than this are flagged too_short.",
    ),
    Setting(
        "stitched_threshold",
        0.5,
        "Score at or above which an article is flagged stitched.",
    ),
    Setting(
        "anchor_date",
        None,
        "Date (YYYY-MM-DD) to resolve relative dates against in articles whose "
        "publication date is neither in their metadata nor in their text; such "
        "dates are marked estimated. analyze keeps it in the store for later runs; "
        "default for analyze: the date last given on that store, else the store's "
        "median publication date, kept current as the store grows; for extract: "
        "none (left unresolved).",
    ),
    Setting(
        "fields",
        (),
        "Extra JSONL/CSV field names, as (newsdesk field, input field) pairs, for "
        "inputs whose names newsdesk does not know (e.g. published=my_date).",
    ),
)

_DEFAULTS = {s.name: s.default for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Options:
    """All settings as one object, passed to readers, stages and runners."""

    max_bytes: int = _DEFAULTS["max_bytes"]
    encoding: str | None = _DEFAULTS["encoding"]
    batch_size: int = _DEFAULTS["batch_size"]
    #: None = `default_workers()`, resolved when a pipeline runs.
    workers: int | None = _DEFAULTS["workers"]
    min_words: int = _DEFAULTS["min_words"]
    stitched_threshold: float = _DEFAULTS["stitched_threshold"]
    anchor_date: str | None = _DEFAULTS["anchor_date"]
    #: (newsdesk field, input field) pairs that the readers look up first.
    fields: tuple[tuple[str, str], ...] = _DEFAULTS["fields"]
    #: Stage names to run, in order (None = the packaged default pipeline).
    stages: tuple[str, ...] | None = field(default=None)

    def with_(self, **changes: Any) -> Options:
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            from .errors import ConfigError

            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def default_workers() -> int:
    """Workers when none are asked for: $NEWSDESK_WORKERS, else one per core
    this process may run on (the affinity mask, which a container or
    `taskset` narrows, not the machine's count)."""
    raw = os.environ.get(WORKERS_ENV, "").strip()
    if raw:
        try:
            n = int(raw)
        except ValueError:
            n = 0
        if n < 1:
            from .errors import ConfigError

            raise ConfigError(f"{WORKERS_ENV} must be a whole number of at least 1, not {raw!r}")
        return n
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS and Windows have no affinity mask
        return max(1, os.cpu_count() or 1)
