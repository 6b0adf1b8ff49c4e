"""`analyze`'s progress bar: the total counted before reading, and the bar
moving over articles processed, already stored or failed."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from newsdesk.cli.progress import CountingStore, analyze_bar, count_articles

ROOT = Path(__file__).resolve().parents[1]


def test_the_total_counts_files_and_json_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A\nB\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "1"}\n\n{"text": "2"}\n{"text": "3"}',
                                      encoding="utf-8")
    assert count_articles([str(tmp_path)]) == 5
    assert count_articles([str(tmp_path), str(tmp_path / "missing.txt")]) == 6
    assert count_articles([str(tmp_path / "c.jsonl")]) == 3


def test_no_total_when_it_cannot_be_known(tmp_path: Path) -> None:
    assert count_articles([str(ROOT / "examples")]) is None  # holds a WARC
    assert count_articles([str(tmp_path), "-"]) is None


def test_the_bar_counts_stored_and_failed_articles_and_stops_at_the_total() -> None:
    buffer = io.StringIO()
    err = Console(file=buffer, force_terminal=True, width=100)
    store = CountingStore(":memory:")
    with analyze_bar(err, store, 10, show=True) as bar:
        store.skipped = 3
        bar.articles(4, 1)
        (task,) = [t for t in bar.progress.tasks if t.description == "analyzing"]
        assert task.total == 10 and task.completed == 8 and task.fields["failed"] == 1
        bar.articles(9, 2)
        assert task.completed == 10
        bar.corpus(2, 5)
    assert "analyzing" in buffer.getvalue() and "eta" in buffer.getvalue()
    store.close()


def test_the_counting_store_counts_what_it_has() -> None:
    from newsdesk import extract_text

    store = CountingStore(":memory:")
    article = extract_text("A headline\nThe first paragraph of the story, told in full.")
    store.add_articles([article])
    assert store.has(article.id) and not store.has("nope")
    assert store.skipped == 1
    store.close()
