"""The Ray engine on a local Ray gives the store the local runner gives.

One Ray session (2 CPUs, no dashboard, no usage stats) serves the module and is
shut down at its end; a watchdog ends the process with a traceback if Ray hangs.
"""

from __future__ import annotations

import faulthandler
import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdesk.config import Options
from newsdesk.runner import analyze
from newsdesk.store import Store
from tests.engines.shards import make_jsonl, make_shards

ROOT = Path(__file__).resolve().parents[2]
#: Seconds the whole module may take before the watchdog kills it (Ray start-up
#: and two spaCy loads take about a minute on a busy two-core machine).
WATCHDOG_S = 900


@pytest.fixture(scope="module")
def ray_session() -> Iterator[Any]:
    if importlib.util.find_spec("ray") is None:
        pytest.skip("Ray is not installed: pip install 'newsdesk[ray]' to test the Ray engine")
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    import ray

    faulthandler.dump_traceback_later(WATCHDOG_S, exit=True)
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        # Workers import this worktree's newsdesk, not an installed copy.
        runtime_env={"env_vars": {"PYTHONPATH": str(ROOT)}},
    )
    try:
        yield ray
    finally:
        ray.shutdown()
        faulthandler.cancel_dump_traceback_later()


def _snapshot(store: Store) -> dict[str, Any]:
    c = store.conn

    def rows(sql: str) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in c.execute(sql)]

    return {
        "articles": rows(
            "SELECT id, source, url, outlet, title, title_start, title_end, published, text, "
            "n_chars, n_removed FROM articles ORDER BY rowid"
        ),
        "removed": rows("SELECT article_id, start, end, reason FROM removed ORDER BY 1, 2, 3"),
        "flags": rows(
            "SELECT article_id, name, score, evidence FROM flags ORDER BY article_id, name"
        ),
        "statements": rows(
            "SELECT article_id, data FROM records WHERE kind = 'quote' ORDER BY article_id, rowid"
        ),
        "records": rows("SELECT article_id, kind, data FROM records ORDER BY article_id, rowid"),
        "errors": rows("SELECT source, reason, stage FROM errors ORDER BY rowid"),
        "corpus_done": rows("SELECT article_id FROM corpus_done ORDER BY article_id"),
        "story_articles": rows("SELECT * FROM story_articles ORDER BY 1, 2"),
        "timeline": rows("SELECT * FROM timeline ORDER BY article_id, date_start, start, date"),
    }


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("shards")
    return [*make_shards(folder), make_jsonl(folder / "wire.jsonl")]


def test_ray_run_gives_the_local_runners_store(
    ray_session: Any, inputs: list[Path], tmp_path: Path
) -> None:
    from newsdesk.engines.ray_engine import analyze_ray

    with Store(tmp_path / "local.db") as local:
        expected_summary = analyze(inputs, local)
        expected = _snapshot(local)
    with Store(tmp_path / "ray.db") as store:
        summary = analyze_ray(inputs, store, Options(), parquet_dir=tmp_path / "rows")
        got = _snapshot(store)
        # The rows stay on disk for the user, one folder per run.
        assert summary.parquet is not None
        assert summary.parquet.startswith(str(tmp_path / "rows" / f"run-{summary.run_id}-"))
        assert list(Path(summary.parquet).glob("*.parquet"))

        # What the comparison rests on is not empty.
        assert len(expected["articles"]) == 9
        assert {"wire-0", "wire-1"} <= {a[0] for a in expected["articles"]}
        assert len(expected["statements"]) >= 9
        assert {"too_short", "near_duplicate"} <= {f[1] for f in expected["flags"]}
        assert expected["timeline"]
        assert [(e[0].rsplit("/", 1)[-1], e[1][:15]) for e in expected["errors"]] == [
            ("broken", "binary data, no"), ("wire.jsonl:2", "not valid JSON:")
        ]
        for part in expected:
            assert got[part] == expected[part], part
        assert (summary.added, summary.skipped, summary.failed) == (
            expected_summary.added, expected_summary.skipped, expected_summary.failed
        )
        assert [str(p) for p in summary.problems] == [str(p) for p in expected_summary.problems]
        assert summary.problems[0].source.endswith("shard-1.warc.gz#https://news.example/broken")

        # Run again: every article is already stored, so none is added twice.
        calls: list[tuple[int, int]] = []
        again = analyze_ray(inputs, store, Options(), progress=lambda *a: calls.append(a))
        assert (again.added, again.skipped) == (0, 9)
        assert again.parquet is None  # a temporary folder, gone
        assert calls[-1] == (11, 2)  # 9 articles skipped, the 2 bad inputs reported again
        assert _snapshot(store)["articles"] == expected["articles"]
        assert store.runs()[-1].finished_at is not None


def test_a_missing_input_is_a_problem_and_the_rest_is_stored(
    ray_session: Any, inputs: list[Path], tmp_path: Path
) -> None:
    from newsdesk.engines.ray_engine import analyze_ray

    missing = tmp_path / "nowhere.warc.gz"
    with Store(tmp_path / "ray.db") as store:
        summary = analyze_ray([missing, inputs[0]], store, corpus=False)  # a WARC of 3
        assert summary.added == 3
        assert [(p.source, p.reason) for p in summary.problems] == [
            (str(missing), "no such file or directory")
        ]
        stored = store.errors(summary.run_id)
        assert [(r["source"], r["reason"]) for r in stored] == [
            (str(missing), "no such file or directory")
        ]
        # corpus=False: the corpus stages are left for a later run.
        assert store.conn.execute("SELECT count(*) FROM corpus_done").fetchone()[0] == 0
