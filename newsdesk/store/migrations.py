"""Schema migrations, tracked by `PRAGMA user_version`.

Migration N takes a store from version N-1 to N, inside one transaction. A
store newer than this code is refused rather than written to.
"""

from __future__ import annotations

import sqlite3
from importlib.resources import files

from ..errors import StoreError
from .typed import backfill_script, relink_script


def _sql(name: str) -> str:
    return files("newsdesk.store").joinpath(name).read_text(encoding="utf-8")


#: Index i holds the SQL that takes version i to version i + 1.
MIGRATIONS: list[str] = [
    _sql("schema.sql"),  # 1: articles, removed spans, flags, records, runs, errors, FTS
    _sql("people.sql"),  # 2: statements and people views
    _sql("corpus.sql"),  # 3: corpus stages: duplicates, stories, people across articles
    _sql("sentences.sql"),  # 4: sentence spans kept at intake, for briefs
    # 5: child tables keyed by articles.rowid; typed tables, statements FTS, people view
    relink_script() + _sql("typed.sql") + backfill_script(),
]
LATEST = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the store to the latest version; return the version it was at.

    The version is read only after the write lock is taken (BEGIN IMMEDIATE),
    so two processes opening a new store never both apply a migration: the
    second waits for the lock (the connection's busy timeout), then finds the
    store already migrated."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version == LATEST:  # the common case: no lock needed to find nothing to do
        return int(version)
    first = None
    while True:
        conn.execute("BEGIN IMMEDIATE")
        (current,) = conn.execute("PRAGMA user_version").fetchone()
        if first is None:
            first = int(current)
        if current > LATEST:
            conn.execute("ROLLBACK")
            raise StoreError(
                f"the store is at schema version {current}, newer than this newsdesk "
                f"understands ({LATEST}): upgrade newsdesk"
            )
        if current == LATEST:
            conn.execute("COMMIT")
            return first
        _apply(conn, MIGRATIONS[current], current + 1)


def _apply(conn: sqlite3.Connection, sql: str, target: int) -> None:
    try:
        for statement in _statements(sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {target}")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        conn.execute("ROLLBACK")
        raise StoreError(f"migration to schema version {target} failed: {exc}") from exc


def _statements(sql: str) -> list[str]:
    """Split a script into statements (executescript would commit mid-way)."""
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
