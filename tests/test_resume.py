"""A run killed by SIGKILL at any point and started again ends with the same
store as a clean run: each article once, and the same statements, claims,
dates, flags, stories, timeline, briefs and people. Runs `analyze` as a real
process from the worktree root; the kill points are the test-only hook in
newsdesk/killpoint.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.storeruns import article_counts, differences, dump, run_analyze, write_inputs

#: The kills, in order, on one store: before the first commit, after one,
#: while re-resolving undated articles' dates, in the corpus stages, in the briefs.
CHAIN = ("read:3", "commit:1", "reanchor:2", "corpus:4", "brief:2")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_inputs(tmp_path_factory.mktemp("inputs"), n_dated=14, n_undated=10)


@pytest.fixture(scope="module")
def clean(inputs: list[Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    done = run_analyze(inputs, db)
    assert done.returncode == 0, done.stderr
    return dump(db)


def test_the_clean_run_resolves_undated_articles_against_the_corpus(
    clean: dict[str, Any],
) -> None:
    assert len(clean["articles"]) == 24
    estimated = [r for r in clean["records"] if r[1] == "date" and '"source": "corpus"' in r[2]]
    assert estimated, "no date was resolved against the corpus's estimate"
    assert clean["timeline"] and clean["stories"] and clean["people"]
    assert all(row[-1] is not None for row in clean["stories"]), "a brief is missing"


def test_a_run_killed_at_each_point_and_resumed_equals_a_clean_run(
    inputs: list[Path], clean: dict[str, Any], tmp_path: Path
) -> None:
    db = tmp_path / "killed.db"
    for point in CHAIN:
        killed = run_analyze(inputs, db, kill_at=point)
        assert killed.returncode == -9, f"{point} was never reached: {killed.stderr}"
    done = run_analyze(inputs, db)
    assert done.returncode == 0, done.stderr
    assert set(article_counts(db).values()) == {1}
    assert differences(dump(db), clean) == []


def test_a_store_filled_over_two_runs_equals_a_clean_run(
    inputs: list[Path], clean: dict[str, Any], tmp_path: Path
) -> None:
    # Dated articles first, then everything (the undated join a corpus whose
    # median they were not resolved against at first).
    db = tmp_path / "split.db"
    assert run_analyze(inputs[:1], db).returncode == 0
    assert run_analyze(inputs, db).returncode == 0
    assert differences(dump(db), clean) == []
