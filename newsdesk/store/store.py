"""Reading and writing the store. Writes are batched, one transaction each,
and idempotent: an article already stored (same id) is never added twice."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..article import Article, Flag, Removed, Span
from ..errors import StoreError
from .migrations import migrate

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

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 10000")
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
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
        self.conn.execute(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
            (cur.lastrowid, a.title or "", a.kept_text()),
        )
        self.conn.executemany(
            "INSERT INTO removed (article_id, start, end, reason, detail) VALUES (?, ?, ?, ?, ?)",
            [(a.id, r.start, r.end, r.reason, r.detail) for r in a.removed],
        )
        self.conn.executemany(
            "INSERT INTO flags (article_id, name, score, evidence, explanation) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (a.id, f.name, f.score, json.dumps([s.as_list() for s in f.evidence]),
                 f.explanation)
                for f in a.flags
            ],
        )
        for attr, kind in _RECORD_KINDS:
            self.conn.executemany(
                "INSERT INTO records (article_id, kind, data) VALUES (?, ?, ?)",
                [(a.id, kind, json.dumps(rec)) for rec in getattr(a, attr)],
            )

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
        """Articles matching an FTS5 query, best first, with a snippet."""
        try:
            rows = self.conn.execute(
                "SELECT a.id, a.title, a.outlet, a.published, "
                "snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet "
                "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(
                f"cannot search for {query!r}: {exc} (FTS5 syntax: words, \"a phrase\", "
                "OR, NOT, prefix*)"
            ) from exc
        return [dict(r) for r in rows]

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
        """Named people across the corpus, most quoted first."""
        sql = "SELECT * FROM people ORDER BY n_statements DESC, n_articles DESC, name"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [dict(r) for r in self.conn.execute(sql)]

    def statements_by(self, name: str) -> list[dict[str, Any]]:
        """What a person said, across articles and outlets, in date order."""
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT * FROM statements WHERE speaker_type = 'person' AND speaker_name = ? "
                "ORDER BY published IS NULL, published, article_id, start",
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


def _covered(spans: Iterable[Removed]) -> int:
    """Characters covered by the union of spans."""
    total, end = 0, -1
    for r in sorted(spans, key=lambda r: r.start):
        if r.end <= end:
            continue
        total += r.end - max(r.start, end)
        end = r.end
    return total
