from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsdesk.article import Article, Flag, Removed, Span
from newsdesk.errors import StoreError
from newsdesk.store import Store
from newsdesk.store.migrations import LATEST


def _article(n: int) -> Article:
    text = f"Headline {n}\nSpam line here\nThe council met on day {n} and voted for the plan."
    return Article(
        text=text, source=f"f{n}.txt", outlet="Example Post", published="2017-02-21",
        title=f"Headline {n}", title_span=Span(0, len(f"Headline {n}")),
        removed=[Removed(text.index("Spam"), text.index("Spam") + 14, "spam", "test")],
        flags=[Flag("spam_injection", 0.9, [Span(1, 5)], "why")],
        quotes=[{"content": [[1, 2]], "speaker_name": None}],
    )


def test_articles_round_trip_exactly(store: Store) -> None:
    a = _article(1)
    assert store.add_articles([a]) == 1
    back = store.get(a.id)
    assert back is not None
    assert back.to_json() == a.to_json()
    assert store.get(a.id[:6]) is not None  # unique prefix


def test_adding_the_same_articles_twice_adds_nothing(store: Store) -> None:
    batch = [_article(1), _article(2)]
    assert store.add_articles(batch) == 2
    assert store.add_articles(batch) == 0
    assert store.count() == 2
    assert store.conn.execute("SELECT count(*) FROM flags").fetchone()[0] == 2


def test_a_failing_batch_leaves_nothing_behind(store: Store) -> None:
    good, bad = _article(1), _article(2)
    bad.removed.append(Removed(0, 1, None, ""))  # type: ignore[arg-type]  # NOT NULL reason
    with pytest.raises(sqlite3.IntegrityError):
        store.add_articles([good, bad])
    assert store.count() == 0
    assert store.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 0


def test_search_uses_the_kept_text_only(store: Store) -> None:
    store.add_articles([_article(1)])
    assert [h["title"] for h in store.search("council")] == ["Headline 1"]
    assert store.search("spam") == []  # removed spans are not indexed


def test_a_stray_quote_is_searched_as_a_word(store: Store) -> None:
    store.add_articles([_article(1)])
    assert [h["title"] for h in store.search('"council')] == ["Headline 1"]
    assert store.search('"council')[0]["snippet"].count("[council]") == 1


def test_schema_version_and_wal(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(db) as s:  # reopening migrates nothing and keeps data
        assert s.count() == 0


def test_a_newer_store_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(StoreError, match="upgrade newsdesk"):
        Store(db)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    db.write_text("not sqlite" * 200)
    with pytest.raises(StoreError, match="cannot open store"):
        Store(db)
