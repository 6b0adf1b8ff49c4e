"""What `watch` remembers between rounds and runs, in two tables of the store.

    watch_seen     one row per file seen in a folder (path, size, mtime) and
                   per feed item taken (its URL, the feed it came from), with
                   its status: pending (a file still being written), done or
                   failed (and why).
    watch_sources  one row per feed, sitemap or page given with --feed: what
                   it resolved to, its failures in a row, the last error and
                   when it may be tried again.

The tables are created with CREATE TABLE IF NOT EXISTS rather than by a store
migration, so that `watch` can be merged apart from the store's migrations;
they are meant to become one (see docs/WATCH.md).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from ..store import Store

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS watch_seen (
        kind TEXT NOT NULL CHECK (kind IN ('file', 'item')),
        key TEXT NOT NULL,
        size INTEGER,
        mtime_ns INTEGER,
        origin TEXT,
        status TEXT NOT NULL CHECK (status IN ('pending', 'done', 'failed')),
        detail TEXT,
        tries INTEGER NOT NULL DEFAULT 0,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (kind, key)
    )""",
    """CREATE TABLE IF NOT EXISTS watch_sources (
        url TEXT PRIMARY KEY,
        resolved TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        retry_after REAL,
        last_ok TEXT
    )""",
)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class FileSeen:
    size: int
    mtime_ns: int
    status: str


@dataclass(frozen=True, slots=True)
class SourceState:
    url: str
    resolved: str | None
    failures: int
    last_error: str | None
    retry_after: float | None


class WatchState:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn: sqlite3.Connection = store.conn
        with store.transaction():
            for statement in _SCHEMA:
                self.conn.execute(statement)

    # -- files ------------------------------------------------------------------

    def file(self, path: str) -> FileSeen | None:
        row = self.conn.execute(
            "SELECT size, mtime_ns, status FROM watch_seen WHERE kind = 'file' AND key = ?", (path,)
        ).fetchone()
        return FileSeen(row[0], row[1], row[2]) if row else None

    def mark_files(self, rows: list[tuple[str, int, int, str, str | None]]) -> None:
        """(path, size, mtime_ns, status, detail) rows, in one transaction."""
        with self.store.transaction():
            self.conn.executemany(
                "INSERT OR REPLACE INTO watch_seen (kind, key, size, mtime_ns, status, detail, "
                "seen_at) VALUES ('file', ?, ?, ?, ?, ?, ?)",
                [(*row, _now()) for row in rows],
            )

    # -- feed items ------------------------------------------------------------

    def item_seen(self, url: str) -> bool:
        """True once an item is taken or given up on (not while it is retried)."""
        row = self.conn.execute(
            "SELECT 1 FROM watch_seen WHERE kind = 'item' AND key = ? AND status != 'pending'",
            (url,),
        ).fetchone()
        return row is not None

    def item_failed_for_now(self, url: str, feed: str, reason: str, give_up_after: int) -> int:
        """Count one more failed try of an item that may work later; after
        `give_up_after` tries it is failed for good. Returns the tries so far."""
        row = self.conn.execute(
            "SELECT tries FROM watch_seen WHERE kind = 'item' AND key = ?", (url,)
        ).fetchone()
        tries = (row[0] if row else 0) + 1
        status = "failed" if tries >= give_up_after else "pending"
        with self.store.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO watch_seen (kind, key, origin, status, detail, tries, "
                "seen_at) VALUES ('item', ?, ?, ?, ?, ?, ?)",
                (url, feed, status, reason, tries, _now()),
            )
        return tries

    def mark_items(self, rows: list[tuple[str, str, str, str | None]]) -> None:
        """(url, feed, status, detail) rows, in one transaction."""
        with self.store.transaction():
            self.conn.executemany(
                "INSERT OR REPLACE INTO watch_seen (kind, key, origin, status, detail, seen_at) "
                "VALUES ('item', ?, ?, ?, ?, ?)",
                [(*row, _now()) for row in rows],
            )

    # -- sources ---------------------------------------------------------------

    def source(self, url: str) -> SourceState:
        row = self.conn.execute(
            "SELECT resolved, failures, last_error, retry_after FROM watch_sources WHERE url = ?",
            (url,),
        ).fetchone()
        if row is None:
            return SourceState(url, None, 0, None, None)
        return SourceState(url, row[0], row[1], row[2], row[3])

    def source_ok(self, url: str, resolved: str) -> None:
        with self.store.transaction():
            self.conn.execute(
                "INSERT INTO watch_sources (url, resolved, failures, last_ok) VALUES (?, ?, 0, ?) "
                "ON CONFLICT (url) DO UPDATE SET resolved = excluded.resolved, failures = 0, "
                "last_error = NULL, retry_after = NULL, last_ok = excluded.last_ok",
                (url, resolved, _now()),
            )

    def source_failed(self, url: str, reason: str, failures: int, retry_after: float) -> None:
        """Record the `failures`-th failure in a row and when to try again (time.time())."""
        with self.store.transaction():
            self.conn.execute(
                "INSERT INTO watch_sources (url, failures, last_error, retry_after) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                "failures = excluded.failures, last_error = excluded.last_error, "
                "retry_after = excluded.retry_after",
                (url, failures, reason, retry_after),
            )
