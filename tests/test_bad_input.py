"""Bad input gets a clear error and loses nothing: one batch holding every
kind of bad input, plus good articles that must all be stored."""

from __future__ import annotations

import gzip
import json
import sqlite3
import tracemalloc
from pathlib import Path

import pytest

from newsdesk.cli import main
from newsdesk.config import Options
from newsdesk.read import read_paths

GOOD = "A good headline\nThe mayor said on Monday that the bridge would reopen in spring.\n"


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    d = tmp_path / "batch"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (d / "mixed.txt").write_bytes("Some “UTF-8” text ".encode() + b"and a bad \xff\xfe\xfd run")
    with (d / "huge.txt").open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    (d / "lines.jsonl").write_text(
        json.dumps({"text": "Second headline\nA second good article, with a full sentence."})
        + "\n{broken json\n",
        encoding="utf-8",
    )
    record = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\n" + b"x" * 400
    data = gzip.compress(record)
    (d / "cut.warc.gz").write_bytes(data[: len(data) // 2])
    (d / "nothing").mkdir()
    (d / "nothing" / "notes.pdf").write_bytes(b"%PDF-1.4")
    return d


def test_every_bad_input_is_named_with_its_reason_and_good_ones_are_stored(
    batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.db"
    code = main(["analyze", str(batch), str(batch / "nothing"), "--db", str(db), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    expected = {
        "empty.txt": "empty file",
        "binary.txt": "binary file",
        "mixed.txt": "invalid UTF-8",
        "huge.txt": "--max-bytes",
        "lines.jsonl:2": "not valid JSON",
        "cut.warc.gz": "truncated",
        "nothing": "no readable files",
    }
    for name, reason in expected.items():
        line = next((ln for ln in err.splitlines() if f"{name}:" in ln), None)
        assert line is not None, f"{name} not reported in:\n{err}"
        assert reason in line, line
    with sqlite3.connect(db) as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM articles")}
        errors = conn.execute("SELECT count(*) FROM errors").fetchone()[0]
    assert titles == {"A good headline", "Second headline"}
    assert errors == len(expected)


def test_the_huge_file_is_never_read_into_memory(batch: Path) -> None:
    tracemalloc.start()
    results = list(read_paths([batch / "huge.txt"], Options()))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(results) == 1
    assert peak < 5_000_000


def test_extract_reports_problems_on_stderr_and_prints_the_rest(
    batch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["extract", str(batch / "good.txt"), str(batch / "empty.txt"), "--jsonl"])
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["A good headline"]
    assert "empty.txt: empty file" in err
