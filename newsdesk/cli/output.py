"""Printing: a human listing on a terminal, `--jsonl` or `--csv` for programs.

Every console here has markup, highlighting and emoji codes off, and every
piece of article text goes through `newsdesk.terminal` first, so a title
holding `[/]` or an escape sequence prints as the characters it holds.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.text import Text

from ..terminal import json_safe, safe_line, safe_text

F = TypeVar("F", bound=Callable[..., Any])


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # Rich exits 1 here; let the command group end quietly with 0 instead.
        raise BrokenPipeError


def console(*, stderr: bool = False) -> Console:
    """A console that prints text as text (styles only where we build them)."""
    return _Console(
        stderr=stderr, markup=False, highlight=False, emoji=False, soft_wrap=True
    )


def styled(s: str, style: str = "", *, one_line: bool = False) -> Text:
    """Untrusted text as a Rich Text: never markup, controls made visible."""
    return Text(safe_line(s) if one_line else safe_text(s), style=style)


def line(*parts: str | tuple[str, str]) -> Text:
    """One output line from (text, style) pairs and plain strings, all made safe."""
    return Text.assemble(
        *((safe_line(p), "") if isinstance(p, str) else (safe_line(p[0]), p[1]) for p in parts)
    )


def format_options(*, what: str = "row", jsonl_what: str | None = None) -> Callable[[F], F]:
    """`--jsonl` and `--csv`: one flag each, stored as `fmt` (None: the human
    listing). `what` is what a line holds; `jsonl_what` if --jsonl differs."""

    def decorate(f: F) -> F:
        f = click.option(
            "--csv", "fmt", flag_value="csv",
            help=f"CSV with a header row, one {what} a line (lists joined by '; ').",
        )(f)
        return click.option(
            "--jsonl", "fmt", flag_value="jsonl",
            help=f"JSON Lines: one JSON object per {jsonl_what or what}.",
        )(f)

    return decorate


def jsonl_line(obj: Any) -> str:
    """One JSON object, terminal-safe, as a line (no newline)."""
    return json_safe(json.dumps(obj, ensure_ascii=False))


def write_jsonl(rows: Iterable[Any]) -> None:
    out = sys.stdout
    for row in rows:
        out.write(jsonl_line(row) + "\n")
    out.flush()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(
        isinstance(v, str | int | float) and not isinstance(v, bool) for v in value
    ):
        return "; ".join(str(v) for v in value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> None:
    """CSV with a header row. Lists of names join with '; '; nested values are
    JSON. Redirected, values are exact; on a terminal, control characters are
    shown as escapes (CSV has no escape of its own for them)."""
    writer = csv.writer(sys.stdout, lineterminator="\n")
    shown = safe_text if sys.stdout.isatty() else str
    writer.writerow(columns)
    for row in rows:
        writer.writerow([shown(_cell(row.get(c))) for c in columns])
    sys.stdout.flush()


def emit(
    fmt: str | None, rows: Sequence[dict[str, Any]], columns: Sequence[str],
    human: Callable[[Console, dict[str, Any]], None], noun: str,
) -> None:
    """Print `rows` in the chosen format; the human form ends with a count."""
    if fmt == "jsonl":
        write_jsonl(rows)
    elif fmt == "csv":
        write_csv(rows, columns)
    else:
        out = console()
        for row in rows:
            human(out, row)
        out.print(f"{len(rows)} {noun}", style="dim")
