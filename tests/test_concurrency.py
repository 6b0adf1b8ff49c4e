"""Two `analyze` processes on one store at once (a new store, so they also
race to create its schema): nothing lost, nothing doubled, and each either
finishes or says clearly that the store is busy."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.storeruns import ROOT, analyze_cmd, article_counts, write_inputs

TRIALS = 3


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_inputs(tmp_path_factory.mktemp("inputs"), n_dated=8, n_undated=6)


def _start(inputs: list[Path], db: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "NEWSDESK_TEST_KILL_AT"}
    env["OPENBLAS_NUM_THREADS"] = "1"
    return subprocess.Popen(
        analyze_cmd(inputs, db), cwd=ROOT, env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


@pytest.mark.parametrize("trial", range(TRIALS))
def test_two_runs_at_once_lose_nothing_and_double_nothing(
    inputs: list[Path], tmp_path: Path, trial: int
) -> None:
    db = tmp_path / "shared.db"
    # Trial 0: the same inputs twice; then one run has part of what the other has.
    first = inputs if trial == 0 else inputs[trial % 2 :]
    runs = [_start(first, db), _start(inputs, db)]
    results = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in runs]
    for code, err in results:
        assert "Traceback" not in err, err
        assert code == 0 or (code == 2 and "busy" in err), (code, err)
    if any(code != 0 for code, _ in results):  # the busy one, run again, finishes the job
        again = _start(inputs, db)
        assert again.wait(timeout=300) == 0
    counts = article_counts(db)
    assert len(counts) == 14 and set(counts.values()) == {1}
    with sqlite3.connect(db) as conn:
        done = conn.execute("SELECT count(*) FROM corpus_done").fetchone()[0]
        placed = conn.execute("SELECT count(DISTINCT article_id) FROM story_articles").fetchone()[0]
        stale = conn.execute("SELECT count(*) FROM stories WHERE brief IS NULL").fetchone()[0]
        undated_dates = conn.execute(
            "SELECT count(*) FROM records r JOIN articles a ON a.id = r.article_id "
            "WHERE r.kind = 'date' AND a.published IS NULL "
            "AND json_extract(r.data, '$.anchor.date') IS NULL"
        ).fetchone()[0]
    assert done == placed == 14
    assert stale == 0
    assert undated_dates == 0, "an undated article was left unresolved"


def test_many_connections_creating_one_store_at_once_all_open_it(tmp_path: Path) -> None:
    import threading

    from newsdesk.store import Store
    from newsdesk.store.migrations import LATEST

    db = tmp_path / "new.db"
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def open_store() -> None:
        start.wait()
        try:
            Store(db).close()
        except BaseException as exc:  # collected: the assertion below names it
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST


def test_a_store_locked_past_the_busy_timeout_is_reported_as_busy(tmp_path: Path) -> None:
    from newsdesk.errors import StoreError
    from newsdesk.runner import analyze
    from newsdesk.store import Store

    (tmp_path / "a.txt").write_text("A headline\nThe mayor said the bridge would reopen.\n")
    db = tmp_path / "locked.db"
    Store(db).close()
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another writer that does not let go
    try:
        with Store(db) as store:
            store.conn.execute("PRAGMA busy_timeout = 200")
            with pytest.raises(StoreError, match="is busy: another process"):
                analyze([tmp_path / "a.txt"], store)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Store(db) as store:  # nothing half-written: the next run stores it
        assert store.count() == 0
        assert analyze([tmp_path / "a.txt"], store).added == 1


def test_switching_to_wal_waits_for_a_connection_creating_the_store(tmp_path: Path) -> None:
    # SQLite answers "locked" at once, without its busy handler, when the
    # journal mode changes while another connection holds the new file
    import threading

    from newsdesk.store.store import _use_wal

    db = tmp_path / "new.db"
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE t (x)")
    threading.Timer(0.3, lambda: holder.execute("COMMIT")).start()
    waiter = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    _use_wal(waiter, wait=5.0)
    assert waiter.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    waiter.close()
    holder.close()
