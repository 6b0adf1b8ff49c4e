"""The `newsdesk` group and `main`: exit codes, errors without tracebacks, and
a quiet exit when the reader of our output goes away (`| head`)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from .. import __version__
from ..errors import NewsdeskError
from ..terminal import safe_text
from .common import EXIT_ERROR, EXIT_OK
from .output import console

EPILOG = (
    "Exit codes: 0 success; 1 some inputs failed (named on stderr, the rest was "
    "processed); 2 the command could not run (bad options, no input, no store). "
    "`newsdesk COMMAND --help` explains each command; docs/CLI.md has examples."
)


def _silence_stdout() -> None:
    """After EPIPE: point stdout at /dev/null so the interpreter's final flush
    cannot raise again (the Python docs' recipe for SIGPIPE)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is no real file (a test's capture)
        pass
    finally:
        os.close(devnull)


class _Group(click.Group):
    """The group, catching a closed pipe inside click: click's own handler
    would exit 1 even with `standalone_mode=False`."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _silence_stdout()
            return EXIT_OK  # the reader took what it wanted


@click.group(
    cls=_Group, name="newsdesk", epilog=EPILOG,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="newsdesk", message="%(prog)s %(version)s")
def cli() -> None:
    """Turn scraped news into a clean, searchable, attributed record.

    `analyze` reads articles into a store (an SQLite file); `search`, `show`,
    `stories`, `story` and `people` read it; `report` writes it as HTML;
    `extract` prints articles as JSON without a store.
    """


def _error(message: str) -> None:
    err = console(stderr=True)
    err.print("error: ", style="bold red", end="")
    err.print(safe_text(message))


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code (never raises SystemExit)."""
    args = list(argv) if argv is not None else sys.argv[1:]
    try:
        result = cli.main(args=args, prog_name="newsdesk", standalone_mode=False)
    except click.UsageError as exc:
        exc.show()
        return EXIT_ERROR
    except click.ClickException as exc:
        _error(exc.format_message())
        return EXIT_ERROR
    except click.Abort:
        console(stderr=True).print(
            "interrupted: stored batches are kept; run the same command to resume"
        )
        return 130
    except NewsdeskError as exc:
        _error(str(exc))
        return EXIT_ERROR
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except SystemExit as exc:  # click exits by itself on EPIPE in its own output (--help)
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    return result if isinstance(result, int) else EXIT_OK
