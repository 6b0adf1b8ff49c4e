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
    """Bring the store to the latest version; return the version it was at."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version > LATEST:
        raise StoreError(
            f"the store is at schema version {version}, newer than this newsdesk "
            f"understands ({LATEST}): upgrade newsdesk"
        )
    for target in range(version + 1, LATEST + 1):
        conn.execute("BEGIN IMMEDIATE")
        _apply(conn, MIGRATIONS[target - 1], target)
    return int(version)


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
