"""`analyze` (inputs into the store) and `extract` (inputs to JSON Lines)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from ..article import Article
from ..errors import InputError
from ..read import iter_files
from ..report import write_report
from ..runner import Problem, RunSummary, analyze, extract
from .app import cli
from .common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_PARTIAL,
    PATHS_HELP,
    input_options,
    options_from,
    setting_help,
)
from .output import console, jsonl_line, line
from .progress import CountingStore, analyze_bar, count_articles


def _nothing_to_read(paths: Sequence[str]) -> list[InputError] | None:
    """The reasons, when no PATH names anything to read (every path missing,
    every directory without readable files); None when something is there.
    `-` (standard input) is always something."""
    if "-" in paths or any("://" in p for p in paths):
        return None  # standard input, or a URL that only the Ray engine reads
    problems = []
    for item in iter_files(paths):
        if isinstance(item, Path):
            return None
        problems.append(item)
    return problems


def _report_nothing(problems: Sequence[InputError]) -> int:
    err = console(stderr=True)
    err.print("error: nothing to read", style="bold red")
    for p in problems:
        err.print(line(f"  {p.source}: {p.reason}"))
    return EXIT_ERROR


def _print_problems(problems: Sequence[Problem]) -> None:
    if problems:
        err = console(stderr=True)
        err.print(f"{len(problems)} input(s) failed:", style="bold red")
        for p in problems:
            err.print(line(f"  {p}"))


def _remove_store(db: str) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(db + suffix).unlink(missing_ok=True)


@cli.command("analyze", epilog=PATHS_HELP)
@input_options
@click.option("--db", default="newsdesk.db", show_default=True, metavar="FILE",
              help="The store (an SQLite file), created if missing.")
@click.option("--report", metavar="FILE", help="Also write a self-contained HTML report.")
@click.option("--batch-size", type=click.IntRange(min=1), default=None, metavar="N",
              help=setting_help("batch_size"))
@click.option("-q", "--quiet", is_flag=True,
              help="No progress bar and no summary (problems are still reported).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local",
              show_default=True,
              help="local: this machine's processes; ray: a Ray cluster (the extra "
              "newsdesk[ray]) runs the article stages, writes Parquet, and the store loads it "
              "(docs/CLUSTER.md). PATH... may then be URLs (s3://, gs://, file://).")
@click.option("--ray-address", metavar="ADDRESS", default=None,
              help="With --engine ray: the cluster to join (e.g. auto); default: a local Ray.")
@click.option("--parquet-dir", metavar="DIR", default=None,
              help="With --engine ray: keep the run's Parquet rows here (default: a "
              "temporary folder, removed after loading).")
def analyze_cmd(
    paths: tuple[str, ...], db: str, report: str | None, batch_size: int | None, quiet: bool,
    engine: str, ray_address: str | None, parquet_dir: str | None,
    max_bytes: int | None, encoding: str | None, workers: int | None, anchor_date: str | None,
    fields: tuple[tuple[str, str], ...],
) -> int:
    """Read, clean, flag and store articles; print a summary.

    Reads every article under PATH..., removes spam and boilerplate (kept as
    spans), flags bad pages, finds who said what (quotes, reported speech,
    speakers) and the people and organisations named, stores everything in
    the SQLite file --db and brings stories, people and the timeline up to
    date. Articles already stored are skipped, so re-running resumes an
    interrupted run. A progress bar with a total and ETA shows on a terminal
    when the number of articles can be counted up front.

    When no PATH exists the command stops with exit 2; when nothing could be
    read from them, no store is left behind.
    """
    nothing = _nothing_to_read(paths)
    if nothing is not None:
        return _report_nothing(nothing)
    options = options_from(max_bytes=max_bytes, encoding=encoding, workers=workers,
                           anchor_date=anchor_date, fields=fields, batch_size=batch_size)
    err = console(stderr=True)
    show = not quiet and err.is_terminal
    new = db != ":memory:" and not Path(db).exists()
    store = CountingStore(db)
    with store:
        total = count_articles(paths) if show else None
        with analyze_bar(err, store, total, show=show) as bar:
            summary: RunSummary
            if engine == "ray":
                from ..engines.ray_engine import analyze_ray

                summary = analyze_ray(paths, store, options, address=ray_address,
                                      parquet_dir=parquet_dir, progress=bar.articles,
                                      corpus_progress=bar.corpus)
            else:
                summary = analyze(paths, store, options, progress=bar.articles,
                                  corpus_progress=bar.corpus)
        stats = store.stats()
        # nothing read, and nothing stored by anyone: another process may have
        # created the store at the same moment and filled it (its run is there)
        empty = (summary.added == 0 and summary.skipped == 0 and store.count() == 0
                 and len(store.runs()) <= 1)
        if report and not (new and empty):
            write_report(store, report)
    if new and empty:
        _remove_store(db)
        err.print(line(f"nothing could be read: no store written at {db}"))
    elif not quiet:
        _print_summary(summary, stats, db, report)
    _print_problems(summary.problems)
    return EXIT_PARTIAL if summary.problems else EXIT_OK


def _print_summary(
    summary: RunSummary, stats: dict[str, Any], db: str, report: str | None
) -> None:
    out = console()
    out.print(line(
        f"{summary.added} article(s) added, {summary.skipped} already stored, "
        f"{summary.failed} failed; the store {db} holds {stats['articles']}."
    ))
    corpus = summary.corpus
    out.print(
        f"  stories: {corpus.new_stories} new, {len(corpus.touched_stories)} updated; "
        f"near-duplicates found: {corpus.copies}"
    )
    for f in stats["flags"]:
        out.print(f"  flagged {f['name']}: {f['n']}")
    for r in stats["removed"]:
        out.print(f"  removed as {r['reason']}: {r['n']} span(s), {r['chars']} chars")
    if report:
        out.print(line(f"report: {report}"))


@cli.command("extract", epilog=PATHS_HELP)
@input_options
@click.option("--jsonl", is_flag=True, help="JSON Lines output (the default and only format).")
def extract_cmd(
    paths: tuple[str, ...], jsonl: bool, max_bytes: int | None, encoding: str | None,
    workers: int | None, anchor_date: str | None, fields: tuple[tuple[str, str], ...],
) -> int:
    """Print one JSON object per article (no store).

    Runs the pipeline over PATH... and prints each article as one JSON object
    per line on stdout (the v1 contract in docs/CONTRACT.md), in input order.
    Problems go to stderr, named with their reason; the rest is printed.
    """
    nothing = _nothing_to_read(paths)
    if nothing is not None:
        return _report_nothing(nothing)
    options = options_from(max_bytes=max_bytes, encoding=encoding, workers=workers,
                           anchor_date=anchor_date, fields=fields)
    err = console(stderr=True)
    failed = 0
    out = sys.stdout
    for item in extract(paths, options):
        if isinstance(item, Article):
            out.write(jsonl_line(item.to_json()) + "\n")
        else:
            failed += 1
            err.print(line(str(item)))
    out.flush()
    return EXIT_PARTIAL if failed else EXIT_OK
