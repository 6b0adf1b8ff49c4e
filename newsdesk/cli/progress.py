"""`analyze`'s progress bar: a total and an ETA when the number of articles
can be known before reading them, a spinner-like bar when it cannot."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from ..read import iter_files, kind_of
from ..store import Store

#: Inputs holding one article each; JSON Lines hold one a non-blank line.
_ONE_EACH = {".txt", ".text", ".html", ".htm", ".xhtml"}
_LINES = {".jsonl", ".ndjson"}


def count_articles(paths: Sequence[str]) -> int | None:
    """How many articles `paths` hold, counted without parsing (one per text
    or HTML file, one per non-blank JSON Lines line, one per failing input);
    None when a WARC, other container or standard input makes it unknowable."""
    total = 0
    if "-" in paths:
        return None
    for item in iter_files(paths):
        if not isinstance(item, Path):
            total += 1  # a missing path is one problem, counted as done when reported
            continue
        kind = kind_of(item)
        if kind in _ONE_EACH or kind is None:
            total += 1
        elif kind in _LINES:
            try:
                with item.open("rb") as fh:
                    total += sum(1 for raw in fh if raw.strip())
            except OSError:
                total += 1
        else:
            return None
    return total


class CountingStore(Store):
    """A store that counts the articles a run finds already stored, so the
    bar can advance over them (the runner's hook counts processed ones only)."""

    skipped = 0

    def has(self, article_id: str) -> bool:
        found = super().has(article_id)
        self.skipped += found
        return found


@dataclass
class Bar:
    """Callbacks for `runner.analyze`, drawing on one rich Progress."""

    progress: Progress
    task: TaskID
    linking: TaskID
    store: CountingStore

    total: int | None

    def articles(self, done: int, failed: int) -> None:
        # done counts articles through the pipeline (stage failures included),
        # failed every problem: inputs that failed to read count only there.
        completed = done + self.store.skipped + failed
        if self.total is not None:
            completed = min(completed, self.total)
        self.progress.update(self.task, completed=completed, failed=failed)

    def corpus(self, done: int, total: int) -> None:
        self.progress.update(self.linking, completed=done, total=total, visible=True)


@contextmanager
def analyze_bar(
    err: Console, store: CountingStore, total: int | None, *, show: bool
) -> Iterator[Bar]:
    """A bar for articles (with ETA when `total` is known) and one for linking
    stories; nothing is drawn unless `show` (stderr a terminal, not --quiet)."""
    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[failed]} failed"), TimeElapsedColumn(),
        TextColumn("eta"), TimeRemainingColumn(),
        console=err, disable=not show, transient=True,
    ) as progress:
        task = progress.add_task("analyzing", total=total, failed=0)
        linking = progress.add_task("linking stories", total=None, failed=0, visible=False)
        yield Bar(progress, task, linking, store, total)
