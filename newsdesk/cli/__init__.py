"""The `newsdesk` command (click). Exit codes: 0 all went well, 1 some inputs
failed (the rest was processed), 2 the command could not run (bad options, no
input, no store).

One module per group of commands, each command one function registered on
the `cli` group with `@cli.command(NAME)`: run (analyze, extract), look
(search, show), corpus (stories, story, people), report. A new command is a
new module (or function) imported below.
"""

from __future__ import annotations

from . import corpus, export, look, report, run, serve, watch  # noqa: F401  (each registers its commands)
from .app import cli, main
from .look import highlighted

__all__ = ["cli", "highlighted", "main"]
