"""The CLI end to end on the real seeds: analyze, search, show, extract, report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.cli import main


@pytest.fixture
def db(seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "s.db"
    assert main(["analyze", str(seeds), "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def test_analyze_prints_a_summary_and_is_idempotent(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.db"
    report = tmp_path / "r.html"
    assert main(["analyze", str(seeds), "--db", str(db), "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "3 article(s) added, 0 already stored, 0 failed" in out
    assert "removed as spam: 1 span(s)" in out
    assert report.read_text().startswith("<!doctype html>")
    assert main(["analyze", str(seeds), "--db", str(db)]) == 0
    assert "0 article(s) added, 3 already stored" in capsys.readouterr().out


def test_search_finds_cleaned_text(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Sellafield", "--db", str(db), "--jsonl"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(hits) == 1 and "by-elections" in hits[0]["title"]


def test_search_does_not_find_removed_spam(
    db: Path, seed_paths: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spam_line = seed_paths["001"].read_text(encoding="utf-8").splitlines()[0].strip()
    assert main(["search", f'"{spam_line}"', "--db", str(db), "--jsonl"]) == 0
    assert capsys.readouterr().out == ""


def test_show_marks_removed_spans(db: Path, seed_paths: dict[str, Path],
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(seed_paths["001"]), "--jsonl"]) == 0
    article = json.loads(capsys.readouterr().out)
    assert main(["show", article["id"][:8], "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "[spam:" in out and "[video_title:" in out and "flag spam_injection" in out


def test_show_unknown_id_fails_clearly(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "ffffffff", "--db", str(db)]) == 2
    assert "no article with id" in capsys.readouterr().err


def test_commands_on_a_missing_store_explain_how_to_make_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "x", "--db", str(tmp_path / "none.db")]) == 2
    assert "newsdesk analyze" in capsys.readouterr().err


def test_extract_follows_the_v1_contract(seed_paths: dict[str, Path],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(seed_paths[k]) for k in ("000", "001", "002")]
    assert main(["extract", *paths, "--jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 3
    for row, path in zip(rows, paths, strict=True):
        for key in ("id", "source", "url", "outlet", "title", "published", "text", "removed",
                    "flags", "quotes", "entities", "claims", "dates"):
            assert key in row
        # text is the input exactly (after newline normalisation): offsets index the file
        assert row["text"] == Path(path).read_text(encoding="utf-8").replace("\r\n", "\n")
        for r in row["removed"]:
            assert 0 <= r["start"] < r["end"] <= len(row["text"])
        for f in row["flags"]:
            assert 0 <= f["score"] <= 1
            for s, e in f["evidence"]:
                assert 0 <= s < e <= len(row["text"])
    # 001 opens with an injected spam line; its headline is the next non-blank line
    lines_001 = [ln for ln in rows[1]["text"].splitlines() if ln.strip()]
    assert rows[1]["title"] == lines_001[1]


def test_help_explains_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for cmd in ("analyze", "extract", "search", "show", "report"):
        assert cmd in out


def test_people_with_a_name_lists_that_persons_statements(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["people", "mr corbyn", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Jeremy Corbyn") and "we do a lot better on social media" in out
    assert main(["people", "Mr Corbyn", "--db", str(db), "--jsonl"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["name"] == "Jeremy Corbyn"
    assert all(r["speaker_type"] == "person" for r in row["statement_rows"])
    assert main(["people", "Nobody Atall", "--db", str(db)]) == 2
    assert "no person called" in capsys.readouterr().err
