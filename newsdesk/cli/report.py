"""`report`: the store as one self-contained HTML file."""

from __future__ import annotations

import click

from ..report import write_report
from .app import cli
from .common import EXIT_OK, db_option, open_existing
from .output import console, line


@cli.command("report")
@db_option
@click.option("-o", "--output", default="report.html", show_default=True, metavar="FILE",
              help="The report file to write.")
@click.option("--max-articles", type=click.IntRange(min=0), default=500, show_default=True,
              metavar="N",
              help="Articles shown in full.")
def report_cmd(db: str, output: str, max_articles: int) -> int:
    """Write the HTML report for a store.

    One self-contained HTML file (no external requests): the stories,
    people, outlets, flags and timeline of the store, then its articles with
    removed spans, statements and claims marked. Its path goes to stderr.
    """
    with open_existing(db) as store:
        path = write_report(store, output, max_articles=max_articles)
    console(stderr=True).print(line(f"report: {path}"))
    return EXIT_OK
