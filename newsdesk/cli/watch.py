"""`watch`: keep a store current from folders and feeds (docs/WATCH.md)."""

from __future__ import annotations

import click

from ..config import Options
from ..watch import WatchEvent, WatchSettings, watch
from .app import cli
from .common import EXIT_OK, EXIT_PARTIAL, db_option, setting_help
from .output import console, line


@cli.command("watch")
@db_option
@click.option("--folder", "folders", multiple=True, metavar="DIR",
              help="A folder that scrapers write into (repeatable); each new or changed file "
              "is read once, when it has stopped growing.")
@click.option("--feed", "feeds", multiple=True, metavar="URL",
              help="An RSS/Atom/JSON feed, a sitemap, or a page that links its feed "
              "(repeatable); each new item is downloaded and stored once.")
@click.option("--interval", type=click.FloatRange(min=1), default=300, show_default=True,
              metavar="SECONDS", help="Seconds between the starts of two rounds.")
@click.option("--once", is_flag=True, help="Run one round and stop (for cron and tests).")
@click.option("--allow-private", is_flag=True,
              help="Fetch from private, loopback and link-local addresses too (refused by "
              "default, so a feed cannot point newsdesk at your own network).")
@click.option("--min-delay", type=click.FloatRange(min=0), default=2.0, show_default=True,
              metavar="SECONDS", help="Least seconds between two requests to one host "
              "(a robots.txt Crawl-delay that asks for more wins).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None, metavar="BYTES",
              help=setting_help("max_bytes"))
def watch_cmd(
    db: str, folders: tuple[str, ...], feeds: tuple[str, ...], interval: float, once: bool,
    allow_private: bool, min_delay: float, max_bytes: int | None,
) -> int:
    """Keep a store current from folders and feeds.

    Every --interval seconds: read the new files of each --folder and the new
    items of each --feed, politely (robots.txt honoured, a per-host delay,
    timeouts, retries with backoff), then bring the corpus stages up to date.
    A feed that fails is reported and tried again later; the rest goes on.
    Ctrl-C stops after the article being analysed. Exit code 1 when anything
    could not be read or fetched.
    """
    if not folders and not feeds:
        raise click.UsageError("give at least one --folder or --feed")
    out, err = console(), console(stderr=True)

    def show(event: WatchEvent) -> None:
        failed = event.kind in ("problem", "source_failed")
        (err if failed else out).print(line(str(event)))

    summary = watch(
        db, folders=folders, feeds=feeds, options=Options().with_(max_bytes=max_bytes),
        settings=WatchSettings(interval=interval, allow_private=allow_private,
                               min_delay=min_delay),
        once=once, on_event=show,
    )
    err.print(line(f"watch: {summary.rounds} round(s), {summary.added} added, "
                   f"{summary.skipped} already stored, {len(summary.problems)} problem(s)"))
    return EXIT_PARTIAL if summary.exit_code else EXIT_OK
