from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.config import Options
from newsdesk.runner import analyze, extract
from newsdesk.store import Store


def _corpus(d: Path, n: int) -> Path:
    d.mkdir()
    for i in range(n):
        (d / f"{i:03}.txt").write_text(
            f"Headline number {i}\n"
            f"The committee met for session {i} and said it would report soon.\n"
        )
    return d


def test_a_killed_run_resumes_without_duplicates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "c", 10)
    db = tmp_path / "s.db"
    real_add = Store.add_articles
    calls = {"n": 0}

    def dying_add(self: Store, batch: list, **kw: object) -> int:  # type: ignore[type-arg]
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # the process is killed during the third batch
        return real_add(self, batch, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "add_articles", dying_add)
    with Store(db) as store, pytest.raises(KeyboardInterrupt):
        analyze([corpus], store, Options(batch_size=2))
    monkeypatch.setattr(Store, "add_articles", real_add)
    with Store(db) as store:
        assert store.count() == 4  # two whole batches committed, the third rolled back
        summary = analyze([corpus], store, Options(batch_size=2))
        assert (summary.added, summary.skipped, summary.failed) == (6, 4, 0)
        assert store.count() == 10


def test_the_same_text_twice_in_one_run_is_stored_once(tmp_path: Path) -> None:
    d = _corpus(tmp_path / "c", 2)
    (d / "copy.txt").write_text((d / "000.txt").read_text())
    with Store(":memory:") as store:
        summary = analyze([d], store)
    assert (summary.added, summary.skipped) == (2, 1)


def test_extract_yields_in_input_order(tmp_path: Path) -> None:
    d = _corpus(tmp_path / "c", 5)
    titles = [getattr(a, "title", None) for a in extract([d])]
    assert titles == [f"Headline number {i}" for i in range(5)]


def test_worker_processes_give_the_same_result(tmp_path: Path) -> None:
    d = _corpus(tmp_path / "c", 6)
    one = [a.to_json() for a in extract([d], Options(workers=1))]  # type: ignore[union-attr]
    two = [a.to_json() for a in extract([d], Options(workers=2))]  # type: ignore[union-attr]
    assert one == two


def _dates_of(store: Store, article_id: str) -> list[dict[str, object]]:
    article = store.get(article_id)
    assert article is not None
    return article.dates


def test_undated_articles_follow_the_corpus_estimate_as_it_moves(tmp_path: Path) -> None:
    import json

    undated = tmp_path / "undated.txt"
    undated.write_text("Bridge to reopen\nThe mayor said on Tuesday that the bridge would open.\n")
    dated = tmp_path / "dated.jsonl"
    dated.write_text(json.dumps({
        "id": "d1", "published": "2021-03-10",
        "text": "Council vote\nThe council voted on Monday to fund the bridge repairs.",
    }) + "\n")
    with Store(tmp_path / "s.db") as store:
        analyze([undated], store)
        [aid] = [a.id for a in store.iter_articles()]
        [tuesday] = [d for d in _dates_of(store, aid) if d["text"] == "Tuesday"]
        assert tuesday["value"] is None  # no estimate yet: left unresolved, never guessed
        analyze([dated], store)  # the corpus now has a median: 2021-03-10, a Wednesday
        [tuesday] = [d for d in _dates_of(store, aid) if d["text"] == "Tuesday"]
        assert tuesday["value"] == "2021-03-09"
        assert tuesday["anchor"] == {"date": "2021-03-10", "source": "corpus", "estimated": True}
        timeline = store.conn.execute(
            "SELECT date FROM timeline WHERE article_id = ?", (aid,)
        ).fetchall()
        assert [r[0] for r in timeline] == ["2021-03-09"]
        stale = store.conn.execute("SELECT count(*) FROM stories WHERE brief IS NULL")
        assert stale.fetchone()[0] == 0
        # A date given to --anchor-date is the store's from then on.
        analyze([], store, Options(anchor_date="2020-01-01"))
        analyze([], store)
        [tuesday] = [d for d in _dates_of(store, aid) if d["text"] == "Tuesday"]
        assert tuesday["anchor"]["date"] == "2020-01-01"
        assert tuesday["value"] == "2019-12-31"
