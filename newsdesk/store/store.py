"""Reading and writing the store. Writes are batched, one transaction each,
and idempotent: an article already stored (same id) is never added twice."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..article import Article, Flag, Removed, Span
from ..errors import StoreError
from ..search import search
from .migrations import LATEST, migrate
from .typed import fill_article

_RECORD_KINDS = (
    ("quotes", "quote"), ("entities", "entity"), ("claims", "claim"), ("dates", "date")
)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class StoredRun:
    id: int
    command: str
    inputs: list[str]
    started_at: str
    finished_at: str | None
    n_added: int
    n_skipped: int
    n_failed: int


class Store:
    """An open newsdesk store.

    >>> store = Store(":memory:")
    >>> store.count()
    0
    """

    def __init__(self, path: str | Path, *, readonly: bool | None = None) -> None:
        """Open (or create) the store at `path`.

        `readonly=True` opens it without ever writing: no migration, no
        journal-mode change, `PRAGMA query_only`. `None` (the default) opens
        read-only when the file or its directory is not writable, so every
        read works on a store someone else owns.
        """
        self.path = str(path)
        if readonly is None:
            readonly = self.path != ":memory:" and not _writable(Path(self.path))
        self.readonly = readonly
        try:
            if readonly:
                self.conn = _connect_readonly(Path(self.path))
            else:
                self.conn = sqlite3.connect(
                    self.path, isolation_level=None, check_same_thread=False
                )
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 10000")
            if readonly:
                self.conn.execute("PRAGMA query_only = ON")
                _check_version(self.conn, self.path)
                return
            if self.path != ":memory:":
                _use_wal(self.conn)
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc):  # another process holds it (e.g. creating it): say so
                raise StoreError(
                    f"the store {self.path} is busy: another process kept it locked for too "
                    "long; run the command again"
                ) from exc
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs ----------------------------------------------------------------

    def start_run(self, command: str, inputs: Sequence[str]) -> int:
        cur = self.conn.execute(
            "INSERT INTO runs (command, inputs, started_at) VALUES (?, ?, ?)",
            (command, json.dumps(list(inputs)), _now()),
        )
        return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, *, added: int, skipped: int, failed: int) -> None:
        self.conn.execute(
            "UPDATE runs SET finished_at = ?, n_added = ?, n_skipped = ?, n_failed = ? "
            "WHERE id = ?",
            (_now(), added, skipped, failed, run_id),
        )

    def runs(self) -> list[StoredRun]:
        rows = self.conn.execute("SELECT * FROM runs ORDER BY id").fetchall()
        return [
            StoredRun(
                r["id"], r["command"], json.loads(r["inputs"]), r["started_at"],
                r["finished_at"], r["n_added"], r["n_skipped"], r["n_failed"],
            )
            for r in rows
        ]

    def add_errors(self, run_id: int, errors: Iterable[tuple[str, str, str | None]]) -> None:
        """Record (source, reason, stage) rows for a run, in one transaction."""
        rows = [(run_id, s, r, st) for s, r, st in errors]
        if not rows:
            return
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO errors (run_id, source, reason, stage) VALUES (?, ?, ?, ?)", rows
            )

    def errors(self, run_id: int | None = None) -> list[sqlite3.Row]:
        if run_id is None:
            return self.conn.execute("SELECT * FROM errors ORDER BY rowid").fetchall()
        return self.conn.execute(
            "SELECT * FROM errors WHERE run_id = ? ORDER BY rowid", (run_id,)
        ).fetchall()

    # -- articles --------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def add_articles(self, articles: Sequence[Article], *, run_id: int | None = None) -> int:
        """Store a batch in one transaction; return how many were new."""
        added = 0
        with self.transaction():
            for a in articles:
                if self.has(a.id):
                    continue
                self._insert(a, run_id)
                added += 1
        return added

    def _insert(self, a: Article, run_id: int | None) -> None:
        n_removed = _covered(a.removed)
        cur = self.conn.execute(
            "INSERT INTO articles (id, source, url, outlet, title, title_start, title_end, "
            "published, author, language, encoding, text, n_chars, n_removed, run_id, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                a.id, a.source, a.url, a.outlet, a.title,
                a.title_span.start if a.title_span else None,
                a.title_span.end if a.title_span else None,
                a.published, a.author, a.language, a.encoding, a.text,
                len(a.text), n_removed, run_id, _now(),
            ),
        )
        rowid = int(cur.lastrowid or 0)
        self.conn.execute(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
            (rowid, a.title or "", a.kept_text()),
        )
        self.conn.executemany(
            "INSERT INTO removed (article_rowid, article_id, start, end, reason, detail) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(rowid, a.id, r.start, r.end, r.reason, r.detail) for r in a.removed],
        )
        self.conn.executemany(
            "INSERT INTO flags (article_rowid, article_id, name, score, evidence, explanation) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, a.id, f.name, f.score,
                 json.dumps([s.as_list() for s in f.evidence]), f.explanation)
                for f in a.flags
            ],
        )
        for attr, kind in _RECORD_KINDS:
            self.conn.executemany(
                "INSERT INTO records (article_rowid, article_id, kind, data) VALUES (?, ?, ?, ?)",
                [(rowid, a.id, kind, json.dumps(rec)) for rec in getattr(a, attr)],
            )
        fill_article(self.conn, a.id, rowid)

    def get(self, article_id: str) -> Article | None:
        """The stored article, by id or by a unique id prefix."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None and len(article_id) >= 4:
            rows = self.conn.execute(
                "SELECT * FROM articles WHERE id LIKE ? LIMIT 2", (article_id + "%",)
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return self._article(row) if row is not None else None

    def _article(self, row: sqlite3.Row) -> Article:
        aid = row["id"]
        removed = [
            Removed(r["start"], r["end"], r["reason"], r["detail"])
            for r in self.conn.execute(
                "SELECT * FROM removed WHERE article_id = ? ORDER BY start", (aid,)
            )
        ]
        flags = [
            Flag(f["name"], f["score"], [Span(s, e) for s, e in json.loads(f["evidence"])],
                 f["explanation"])
            for f in self.conn.execute(
                "SELECT * FROM flags WHERE article_id = ? ORDER BY rowid", (aid,)
            )
        ]
        article = Article(
            text=row["text"], id=aid, source=row["source"], url=row["url"],
            outlet=row["outlet"], title=row["title"],
            title_span=Span(row["title_start"], row["title_end"])
            if row["title_start"] is not None else None,
            published=row["published"], author=row["author"], language=row["language"],
            encoding=row["encoding"], removed=removed, flags=flags,
        )
        for attr, kind in _RECORD_KINDS:
            getattr(article, attr).extend(
                json.loads(r["data"])
                for r in self.conn.execute(
                    "SELECT data FROM records WHERE article_id = ? AND kind = ? ORDER BY rowid",
                    (aid, kind),
                )
            )
        return article

    def iter_articles(self, *, limit: int | None = None) -> Iterator[Article]:
        sql = "SELECT * FROM articles ORDER BY published IS NULL, published, rowid"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        for row in self.conn.execute(sql).fetchall():
            yield self._article(row)

    def median_published(self) -> str | None:
        """The median publication date of the stored articles, or None: the
        corpus's estimate of when an undated article was written."""
        (n,) = self.conn.execute(
            "SELECT count(*) FROM articles WHERE published IS NOT NULL"
        ).fetchone()
        if not n:
            return None
        row = self.conn.execute(
            "SELECT published FROM articles WHERE published IS NOT NULL "
            "ORDER BY published LIMIT 1 OFFSET ?",
            (n // 2,),
        ).fetchone()
        return str(row[0])[:10]

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    # -- queries -----------------------------------------------------------------

    def search(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Articles matching a query, best first, with a snippet whose matches
        are marked `[...]` (see newsdesk.search: any query is served)."""
        hits = search(self, query, limit=limit)
        return [
            {"id": h.article_id, "title": h.title, "outlet": h.outlet,
             "published": h.published, "snippet": h.marked("[", "]")}
            for h in hits.hits
        ]

    def stats(self) -> dict[str, Any]:
        """The corpus at a glance: counts by outlet, by date and by flag."""
        c = self.conn
        return {
            "articles": self.count(),
            "outlets": [dict(r) for r in c.execute(
                "SELECT coalesce(outlet, '(unknown)') AS outlet, count(*) AS n "
                "FROM articles GROUP BY 1 ORDER BY n DESC, 1")],
            "dates": [dict(r) for r in c.execute(
                "SELECT coalesce(published, '(unknown)') AS published, count(*) AS n "
                "FROM articles GROUP BY 1 ORDER BY 1")],
            "flags": [dict(r) for r in c.execute(
                "SELECT name, count(*) AS n, round(avg(score), 3) AS mean_score "
                "FROM flags GROUP BY name ORDER BY n DESC")],
            "removed": [dict(r) for r in c.execute(
                "SELECT reason, count(*) AS n, sum(end - start) AS chars "
                "FROM removed GROUP BY reason ORDER BY n DESC")],
            "chars": c.execute(
                "SELECT coalesce(sum(n_chars), 0), coalesce(sum(n_removed), 0) FROM articles"
            ).fetchone()[:],
        }

    def people(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Named people by the articles' canonical names (before the corpus
        stage resolves them to persons: see the `people` view), most quoted first."""
        sql = "SELECT * FROM names ORDER BY n_statements DESC, n_articles DESC, name"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [dict(r) for r in self.conn.execute(sql)]

    def statements_by(self, name: str) -> list[dict[str, Any]]:
        """What a person said, across articles and outlets, in date order."""
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT s.*, a.title FROM statements s "
                "JOIN articles a ON a.rowid = s.article_rowid "
                "WHERE s.speaker_type = 'person' AND s.speaker_name = ? "
                "ORDER BY s.published IS NULL, s.published, s.article_id, s.start",
                (name,),
            )
        ]

    # -- helpers ---------------------------------------------------------------

    def transaction(self) -> _Transaction:
        return _Transaction(self.conn)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


def _writable(path: Path) -> bool:
    """Whether SQLite can write at `path`: the file (when it exists) and its
    directory (WAL keeps -wal and -shm files beside it)."""
    directory = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(directory, os.W_OK)


def _use_wal(conn: sqlite3.Connection, wait: float = 10.0) -> None:
    """Switch to write-ahead logging. SQLite answers "database is locked" at
    once, without its busy handler, when another connection is creating the
    same new file: try again for up to `wait` seconds, as the busy timeout
    would, before giving up."""
    deadline = time.monotonic() + wait
    pause = 0.01
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot write. `mode=ro` needs the WAL's -shm file or a
    writable directory; failing that, `immutable=1` reads the file as it is
    (a store closed cleanly has no WAL left to miss)."""
    if not path.exists():
        raise StoreError(f"no store at {path}: nothing to read (run `newsdesk analyze` first)")
    uri = path.resolve().as_uri()
    for mode in ("?mode=ro", "?mode=ro&immutable=1"):
        conn = sqlite3.connect(uri + mode, uri=True, isolation_level=None,
                               check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            conn.close()
    raise StoreError(f"cannot open store {path} read-only: it is locked or unreadable")


def _check_version(conn: sqlite3.Connection, path: str) -> None:
    """A read-only store must already be at this code's schema version."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version > LATEST:
        raise StoreError(
            f"the store {path} is at schema version {version}, newer than this newsdesk "
            f"understands ({LATEST}): upgrade newsdesk"
        )
    if version < LATEST:
        raise StoreError(
            f"the store {path} is at schema version {version} and needs a migration to "
            f"version {LATEST}, which a read-only store cannot take: open it once where it "
            "is writable (any newsdesk command does it), or work on a writable copy"
        )


def _covered(spans: Iterable[Removed]) -> int:
    """Characters covered by the union of spans."""
    total, end = 0, -1
    for r in sorted(spans, key=lambda r: r.start):
        if r.end <= end:
            continue
        total += r.end - max(r.start, end)
        end = r.end
    return total
