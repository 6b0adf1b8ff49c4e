"""`export`: a table of the store as JSON lines, CSV or Parquet (docs/EXPORT.md)."""

from __future__ import annotations

import sys

import click

from ..export import FORMATS, TABLES, ExportError, export_table
from .app import cli
from .common import EXIT_OK, EXIT_PARTIAL, db_option, open_existing
from .output import console, line


@cli.command("export")
@click.argument("table", type=click.Choice(sorted(TABLES)))
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl",
              show_default=True, help="jsonl, csv (header row) or parquet (typed columns).")
@click.option("-o", "--output", metavar="FILE", default=None,
              help="The file to write (default: standard output).")
def export_cmd(table: str, db: str, fmt: str, output: str | None) -> int:
    """Write one table of the store as JSON lines, CSV or Parquet.

    TABLE is one of the tables researchers read (articles, statements,
    people, claims, polls, dates, entities, stories, timeline), each row with
    its article and the span [start, end) of its source text. Columns and
    their types are listed in docs/EXPORT.md; Parquet keeps the types, for
    pandas, DuckDB or Arrow. Rows are written in chunks, so memory stays flat.
    """
    with open_existing(db) as store:
        try:
            n = export_table(store, table, fmt, output or sys.stdout.buffer)
        except ExportError as exc:
            console(stderr=True).print(line(f"error: {exc}"))
            return EXIT_PARTIAL
    if output:
        console(stderr=True).print(line(f"{n} row(s) of {table} written to {output}"))
    return EXIT_OK
