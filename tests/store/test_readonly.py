"""Every read path works on a store that cannot be written, and never writes."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsdesk
from newsdesk.corpus import queries
from newsdesk.errors import StoreError
from newsdesk.export import TABLES, export_table
from newsdesk.search import search
from newsdesk.store import Store

from .factory import corbyn_article, resolve_people, version4_store


def _freeze(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the store and its directory read-only. Root ignores permission
    bits, so then `os.access` is made to answer as it would for anyone else."""
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    path.parent.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    if os.geteuid() == 0:
        real = os.access

        def access(p: object, mode: int, **kw: object) -> bool:
            return False if mode & os.W_OK else real(p, mode)  # type: ignore[arg-type]

        monkeypatch.setattr("newsdesk.store.store.os.access", access)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "news.db"
    with Store(db) as store:
        store.add_articles([corbyn_article(1, "Post"), corbyn_article(2, "Herald")])
        resolve_people(store)
        conn = store.conn
        with store.transaction():
            conn.execute("INSERT INTO storylines (id, title, centroid) VALUES (1, 't', '{}')")
            conn.execute("INSERT INTO stories (id, storyline_id, title, centroid, updated_seq, "
                         "first_published, last_published) "
                         "VALUES (1, 1, 'Nuclear', '{}', 1, '2017-02-21', '2017-02-21')")
            conn.execute("INSERT INTO story_articles (article_id, story_id, similarity) "
                         "SELECT id, 1, 1.0 FROM articles")
            conn.execute("INSERT INTO timeline (article_id, date, date_start, date_end, start, "
                         "end, who) SELECT article_id, value, start, end, start, end, '[]' "
                         "FROM dates")
    _freeze(db, monkeypatch)
    yield db
    folder.chmod(stat.S_IRWXU)
    db.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_read_only_store_is_opened_read_only(frozen: Path) -> None:
    before = _digest(frozen)
    with Store(frozen) as store:
        assert store.readonly
        with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only|query_only"):
            store.add_articles([corbyn_article(3)])
    assert _digest(frozen) == before


def test_search_people_stories_and_statements_on_a_read_only_store(frozen: Path) -> None:
    before = _digest(frozen)
    with Store(frozen) as store:
        assert search(store, "stop-and-frisk").total == 2
        assert search(store, "nuclear", kind="statements", speaker="Corbyn").total == 2
        assert [h["title"] for h in store.search("U.S.")]
        people = {p["name"]: p for p in queries.people(store)}
        assert people["Jeremy Corbyn"]["statements"] == 2
        assert queries.person_statements(store, people["Jeremy Corbyn"]["id"])
        [story] = queries.stories(store)
        assert story["n_articles"] == 2
        assert queries.story(store, 1) is not None
        assert queries.timeline(store)
        assert store.conn.execute("SELECT count(*) FROM people").fetchone()[0] == 2
        assert store.stats()["articles"] == 2
        assert store.get(store.iter_articles().__next__().id) is not None
    assert _digest(frozen) == before


def test_exports_and_the_notebook_api_on_a_read_only_store(
    frozen: Path, tmp_path: Path
) -> None:
    before = _digest(frozen)
    with Store(frozen) as store:
        for table in TABLES:
            for fmt in ("jsonl", "csv", "parquet"):
                export_table(store, table, fmt, tmp_path / f"{table}.{fmt}")
    with newsdesk.open(frozen) as news:
        assert len(list(news.statements())) == 4
        assert len(news.dataframe("polls")) == 4
    assert _digest(frozen) == before


def test_an_old_store_opened_read_only_asks_for_a_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    db = folder / "news.db"
    version4_store(db, [corbyn_article()])
    _freeze(db, monkeypatch)
    try:
        with pytest.raises(StoreError, match="needs a migration to version"):
            Store(db)
        with pytest.raises(StoreError, match="needs a migration"):
            newsdesk.open(db)
    finally:
        folder.chmod(stat.S_IRWXU)


def test_asking_for_read_only_never_creates_or_migrates(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()
    old = tmp_path / "old.db"
    version4_store(old, [corbyn_article()])
    with pytest.raises(StoreError, match="needs a migration"):
        Store(old, readonly=True)
    with sqlite3.connect(old) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
