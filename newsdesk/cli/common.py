"""What several commands share: exit codes, the `--db` option and opening a
store that must exist, the input options (from the settings table) and
`--field`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ..config import SETTINGS, Options
from ..errors import NewsdeskError
from ..read import KNOWN_SUFFIXES
from ..store import Store

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2

#: The article fields `--field NAME=FIELD` may name (the readers' own names).
FIELD_NAMES = ("id", "url", "title", "published", "outlet", "author", "text", "html")

F = TypeVar("F", bound=Callable[..., Any])


def setting_help(name: str) -> str:
    """An option's help from the settings table, so `--help` and
    docs/SETTINGS.md cannot drift apart."""
    s = next(s for s in SETTINGS if s.name == name)
    if s.default is None or s.default == ():  # the help says what happens
        return s.help
    return f"{s.help} (default: {s.default})"


def db_option(f: F) -> F:
    return click.option(
        "--db", default="newsdesk.db", show_default=True, metavar="FILE",
        help="The store: an SQLite file.",
    )(f)


def open_existing(db: str) -> Store:
    """The store at `db`, which must exist: a read command never creates one."""
    if db != ":memory:" and not Path(db).is_file():
        raise NewsdeskError(f"no store at {db}: create one with `newsdesk analyze PATH --db {db}`")
    return Store(db)


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"not a date (YYYY-MM-DD): {value!r}") from None


def _fields(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> tuple[tuple[str, str], ...]:
    pairs = []
    for value in values:
        name, sep, field = value.partition("=")
        name, field = name.strip(), field.strip()
        if not sep or not field:
            raise click.BadParameter(f"{value!r} is not NAME=FIELD (e.g. published=my_date)")
        if name not in FIELD_NAMES:
            raise click.BadParameter(
                f"{name!r} is not an article field; NAME is one of {', '.join(FIELD_NAMES)}"
            )
        pairs.append((name, field))
    return tuple(pairs)


def input_options(f: F) -> F:
    """PATH... and the reading settings, shared by analyze and extract."""
    decorators = [
        click.argument("paths", nargs=-1, required=True, metavar="PATH..."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=None,
                     metavar="BYTES", help=setting_help("max_bytes")),
        click.option("--encoding", default=None, metavar="NAME",
                     help=setting_help("encoding")),
        click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
                     help=setting_help("workers")),
        click.option("--anchor-date", metavar="YYYY-MM-DD", default=None, callback=_iso_date,
                     help=setting_help("anchor_date")),
        click.option("--field", "fields", metavar="NAME=FIELD", multiple=True,
                     callback=_fields,
                     help=f"{setting_help('fields')} Repeatable; NAME is one of "
                     f"{', '.join(FIELD_NAMES)}."),
    ]
    for d in reversed(decorators):
        f = d(f)
    return f


PATHS_HELP = (
    f"PATH... are files or directories (walked recursively) of the types "
    f"{' '.join(KNOWN_SUFFIXES)}; `-` reads standard input."
)


def options_from(
    *, max_bytes: int | None, encoding: str | None, workers: int | None,
    anchor_date: str | None, fields: tuple[tuple[str, str], ...], batch_size: int | None = None,
) -> Options:
    return Options().with_(
        max_bytes=max_bytes, encoding=encoding, workers=workers, batch_size=batch_size,
        anchor_date=anchor_date, fields=fields or None,
    )
