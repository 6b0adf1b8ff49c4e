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
