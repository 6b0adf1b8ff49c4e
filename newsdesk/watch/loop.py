"""`watch`: keep a store current from folders and feeds, round after round.

A round polls the folders (`folder.py`), reads each feed or sitemap that is
due (`sources.py`), downloads each item not taken before (`fetch.py`), and
hands the ready files and the downloaded pages to `runner.analyze` in one run,
which skips any article already stored (same content id) and brings the
corpus stages up to date. What was read is then remembered (`state.py`), so
each file (per size and time) and each feed item (per URL) is read once.

Downloaded pages reach `analyze` as lines of a JSON Lines file in a temporary
folder (the page's HTML, its URL, the feed's date and outlet), the format
the readers already take; so an article from a feed has its page URL in
`url`, and `source` names that spool file and line.
"""

from __future__ import annotations

import json
import signal
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from ..config import Options
from ..errors import StoreError
from ..runner import Problem, analyze
from ..store import Store
from .events import EventHook, WatchEvent
from .fetch import Fetcher
from .folder import Seen, scan
from .settings import WatchSettings
from .sources import Page, Sources
from .state import WatchState

_FAILURES = ("problem", "source_failed")


@dataclass
class WatchSummary:
    rounds: int = 0
    added: int = 0
    skipped: int = 0
    #: Every `problem` and `source_failed` event.
    problems: list[WatchEvent] = field(default_factory=list)
    #: Ended by Ctrl-C (or `stop`) rather than by `once`.
    interrupted: bool = False

    @property
    def exit_code(self) -> int:
        """For the CLI: 1 when anything could not be read or fetched, else 0."""
        return 1 if self.problems else 0


class _Stop(Exception):
    """Raised from analyze's progress hook to end the run after the current article."""


def watch(
    store: Store | str | Path,
    *,
    folders: Sequence[str | Path] = (),
    feeds: Sequence[str] = (),
    options: Options | None = None,
    settings: WatchSettings | None = None,
    once: bool = False,
    on_event: EventHook | None = None,
    stop: threading.Event | None = None,
) -> WatchSummary:
    """Keep `store` current from `folders` and `feeds` (RSS/Atom/JSON feeds,
    sitemaps, or web pages that link their feed).

    Runs one round when `once`; otherwise a round every `settings.interval`
    seconds until Ctrl-C or `stop` is set. Ctrl-C ends the run after the
    article being analysed (a second Ctrl-C at once). Each event is passed to
    `on_event` as it happens; the summary is returned at the end.
    """
    settings = settings or WatchSettings()
    opened = not isinstance(store, Store)
    the_store = Store(store) if not isinstance(store, Store) else store
    stop = stop or threading.Event()
    watcher = _Watcher(
        the_store, [Path(f) for f in folders], list(feeds), options or Options(), settings,
        on_event, stop,
    )
    try:
        with _ctrl_c_sets(stop):
            watcher.loop(once=once)
    except KeyboardInterrupt:  # the second Ctrl-C, or one outside the main thread
        watcher.summary.interrupted = True
        watcher.emit(WatchEvent("stopped", "watch", "interrupted"))
    finally:
        if opened:
            the_store.close()
    return watcher.summary


@contextmanager
def _ctrl_c_sets(stop: threading.Event) -> Iterator[None]:
    """While inside, the first SIGINT sets `stop` (work ends after the current
    article); the next one raises KeyboardInterrupt as usual."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)

    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class _Watcher:
    def __init__(
        self,
        store: Store,
        folders: list[Path],
        feeds: list[str],
        options: Options,
        settings: WatchSettings,
        on_event: EventHook | None,
        stop: threading.Event,
    ) -> None:
        self.store = store
        self.state = WatchState(store)
        self.folders = folders
        self.options = options
        self.settings = settings
        self.on_event = on_event
        self.stop = stop
        self.fetcher = Fetcher(settings, max_bytes=options.max_bytes)
        self.sources = Sources(feeds, self.fetcher, self.state, settings, self.emit, stop)
        self.summary = WatchSummary()

    def emit(self, event: WatchEvent) -> None:
        if event.kind in _FAILURES:
            self.summary.problems.append(event)
        if self.on_event:
            self.on_event(event)

    def loop(self, *, once: bool) -> None:
        while not self.stop.is_set():
            started = time.monotonic()
            self.round()
            if once or self.stop.is_set():
                break
            self.stop.wait(max(0.0, self.settings.interval - (time.monotonic() - started)))
        if self.stop.is_set():
            self.summary.interrupted = True
            self.emit(WatchEvent("stopped", "watch", f"after {self.summary.rounds} round(s)"))

    def round(self) -> None:
        self.summary.rounds += 1
        found = scan(self.folders, self.state, settle=self.settings.settle, now=time.time())
        for where, reason in found.problems:
            self.emit(WatchEvent("problem", where, reason))
        for seen in found.pending:
            self.emit(WatchEvent("waiting", str(seen.path), "still being written"))
        pages = self.sources.collect()
        if self.stop.is_set():
            return
        added, skipped = self._ingest(found.ready, pages)
        self.emit(WatchEvent(
            "round", f"round {self.summary.rounds}",
            f"{added} added, {skipped} already stored, {len(found.ready)} file(s), "
            f"{len(pages)} page(s), {len(found.pending)} file(s) waiting",
        ))

    def _ingest(self, files: list[Seen], pages: list[Page]) -> tuple[int, int]:
        if not files and not pages:
            return 0, 0
        with tempfile.TemporaryDirectory(prefix="newsdesk-watch-") as tmp:
            spool = Path(tmp) / "pages.jsonl"
            paths: list[Path] = [f.path for f in files]
            if pages:
                with spool.open("w", encoding="utf-8") as fh:
                    for page in pages:
                        fh.write(json.dumps(page.record()) + "\n")
                paths.append(spool)

            def hook(done: int, failed: int) -> None:
                if self.stop.is_set():
                    raise _Stop

            before = self.store.count()
            try:
                run = analyze(paths, self.store, self.options.with_(batch_size=1), progress=hook)
            except _Stop:
                # Articles stored so far stay; nothing is marked read, so the
                # next run reads these inputs again and skips what is stored.
                added = self.store.count() - before
                self.summary.added += added
                return added, 0
            except StoreError as exc:  # busy (another writer): all of it next round
                self.emit(WatchEvent("problem", self.store.path, str(exc)))
                return 0, 0
            by_source = self._problems(run.problems, files, pages, spool)
        self._added_events(run.run_id, spool, pages)
        self.state.mark_files([
            (str(f.path), f.size, f.mtime_ns, *_status(by_source.get(str(f.path), [])))
            for f in files
        ])
        self.state.mark_items([
            (p.link, p.feed, *_status(by_source.get(p.url, []))) for p in pages
        ])
        self.summary.added += run.added
        self.summary.skipped += run.skipped
        return run.added, run.skipped

    def _problems(
        self, problems: Sequence[Problem], files: list[Seen], pages: list[Page], spool: Path
    ) -> dict[str, list[str]]:
        """Each problem reported under the page URL or the file it concerns;
        returned by that file or URL."""
        by_source: dict[str, list[str]] = {}
        names = [str(f.path) for f in files]
        for problem in problems:
            page = _page_of(problem.source, spool, pages)
            owner = page or next(
                (n for n in names if problem.source == n or problem.source.startswith(n + ":")),
                problem.source,
            )
            by_source.setdefault(owner, []).append(problem.reason)
            stage = f" [stage {problem.stage}]" if problem.stage else ""
            self.emit(WatchEvent("problem", page or problem.source, problem.reason + stage))
        return by_source

    def _added_events(self, run_id: int, spool: Path, pages: list[Page]) -> None:
        rows = self.store.conn.execute(
            "SELECT id, source, url, title FROM articles WHERE run_id = ? ORDER BY rowid", (run_id,)
        ).fetchall()
        for row in rows:
            where = row["url"] if _page_of(row["source"], spool, pages) else row["source"]
            title = f"{row['id'][:12]} {row['title'] or ''}".strip()
            self.emit(WatchEvent("added", str(where), title))


def _page_of(source: str, spool: Path, pages: list[Page]) -> str | None:
    """The URL of the page a spool `file:line` source came from."""
    prefix = f"{spool}:"
    if not source.startswith(prefix):
        return None
    line = source[len(prefix):].split(":", 1)[0]
    return pages[int(line) - 1].url if line.isdigit() and 0 < int(line) <= len(pages) else None


def _status(reasons: list[str]) -> tuple[str, str | None]:
    return ("failed", "; ".join(reasons)[:1000]) if reasons else ("done", None)
