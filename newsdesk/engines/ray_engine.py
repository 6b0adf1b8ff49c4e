"""`analyze` on Ray: the same article stages, spread over a cluster.

1. Ray Data makes one item per shard (an input file, local or a URL) and a
   `flat_map` runs newsdesk's readers on it, one row per article or error.
2. `map_batches` sends the rows to an actor pool; each actor builds the
   pipeline (and loads the spaCy model) once and runs `Pipeline.run_batch`
   on each batch. An article a stage fails on becomes an error row.
3. The rows are written as Parquet (`newsdesk.parquet`), which the driver
   loads into the store in input order, in transactions; then the corpus
   stages run on the store, as after a local `analyze`.

Ray is the optional extra `newsdesk[ray]`: it is imported only when this runs.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import Options
from ..errors import ConfigError, NewsdeskError, StageError
from ..parquet import Row, article_row, error_row, load_parquet, row_article, rows_table
from ..runner import RunSummary
from .shards import expand, local_root, shard_items, shard_rows

if TYPE_CHECKING:
    import pyarrow as pa

    from ..corpus.update import CorpusProgress
    from ..pipeline import Pipeline
    from ..runner import ProgressHook
    from ..store import Store

#: A store with more ids than this is not shipped to the readers to skip stored
#: articles early (it would be a large object on every node); the loader still
#: skips them, after their stages ran.
KNOWN_IDS_LIMIT = 1_000_000
#: Memory each pipeline actor asks Ray for: the spaCy model and a batch of 16
#: parsed articles (peak RSS 0.6-0.95 GB measured, docs/BENCHMARKS.md).
ACTOR_MEMORY = 1 << 30
#: Rows a read task hands on at a time.
READ_CHUNK = 64


class RayRunError(NewsdeskError):
    """The cluster could not finish the run (not an input's or an article's fault)."""


def require_ray() -> Any:
    """The `ray` module, or a ConfigError saying how to install it."""
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise ConfigError(
            "the Ray engine needs Ray Data: pip install 'newsdesk[ray]' "
            f"(import failed: {exc})"
        ) from exc
    return ray


class ArticleStages:
    """An actor of the pool: builds the pipeline once, then runs batches of rows."""

    def __init__(self, options: Options) -> None:
        from ..pipeline import Pipeline

        self.pipeline: Pipeline = Pipeline(options=options)

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows: list[Row] = batch.to_pylist()
        todo = [(i, a) for i, r in enumerate(rows) if (a := row_article(r)) is not None]
        out = list(rows)  # error and already-stored rows pass through as they are
        results = self._run([a for _, a in todo])
        for (i, article), result in zip(todo, results, strict=True):
            row = rows[i]
            if isinstance(result, StageError):
                out[i] = error_row(
                    article.source, result.reason, row["shard"], row["seq"],
                    stage=result.stage, article_id=article.id,
                )
            else:
                out[i] = article_row(result, row["shard"], row["seq"])
        return rows_table(out)

    def _run(self, articles: list[Any]) -> list[Any]:
        try:
            return self.pipeline.run_batch(articles)
        except Exception:
            # Something outside the per-article handling broke (spaCy's batch
            # parse): run each article alone so only the bad one fails.
            return [self._one(a) for a in articles]

    def _one(self, article: Any) -> Any:
        try:
            return self.pipeline.run_batch([article])[0]
        except Exception as exc:
            return StageError("nlp", article.id, f"{type(exc).__name__}: {exc}")


@dataclass
class RaySummary(RunSummary):
    """The local runner's summary, and where this run's Parquet rows are
    (None when they went to a temporary folder, removed after loading)."""

    parquet: str | None = None


def analyze_ray(
    paths: Sequence[str | Path],
    store: Store,
    options: Options | None = None,
    *,
    address: str | None = None,
    num_cpus: int | None = None,
    actors: int | None = None,
    parquet_dir: str | Path | None = None,
    progress: ProgressHook | None = None,
    corpus: bool = True,
    corpus_progress: CorpusProgress | None = None,
    progress_bars: bool = False,
) -> RaySummary:
    """Read, clean, flag and extract every article under `paths` on Ray, load
    the results into `store`, then bring the corpus stages up to date.

    `paths` are local files or folders, or URLs (s3://bucket/cc-news/, ...).
    `address`: a running cluster ("auto", "ray://head:10001"); None starts a
    local Ray with `num_cpus` (or joins the one this process already started).
    `actors`: the most pipeline actors (default: the cluster's CPUs less one,
    which is left for reading). `parquet_dir`: where the rows are written, a
    folder or URL every node can reach (default: a temporary folder, removed
    after loading); each run writes into its own subfolder, `run-N-XXXXXXXX`
    (N: the store's run id; XXXXXXXX: random, as several stores may share one
    folder), kept and named in the summary. `progress` is called while the
    rows are loaded, with (rows loaded, problems so far), as the local
    runner calls it per article.
    """
    from ..corpus.update import update_corpus
    from ..pipeline import Pipeline
    from ..runner import Problem

    ray = require_ray()
    items = shard_items(expand(paths))
    if not items:
        raise ConfigError("no inputs: give files, folders or URLs to analyze")
    options = options or Options()
    Pipeline(options=options)  # an unknown stage is named here, not by every actor
    if options.anchor_date is None:  # as the local runner does
        options = options.with_(anchor_date=store.median_published())
    summary = RaySummary(run_id=store.start_run("analyze", [str(p) for p in paths]))
    started = _start(ray, address, num_cpus)
    tmp: tempfile.TemporaryDirectory[str] | None = None
    try:
        if parquet_dir is None:
            tmp = tempfile.TemporaryDirectory(prefix="newsdesk-ray-")
            parquet_dir = tmp.name
        out = f"{str(parquet_dir).rstrip('/')}/run-{summary.run_id}-{uuid.uuid4().hex[:8]}"
        summary.parquet = None if tmp is not None else out
        try:
            _run_dataset(ray, items, store, options, out, actors, progress_bars)
        except Exception as exc:
            # Bad inputs and stage failures are rows, never exceptions: this is
            # the cluster failing (a node lost, the spaCy model missing on one).
            raise RayRunError(
                f"the Ray run failed, nothing was loaded (run {summary.run_id} left "
                f"unfinished; run again to retry): {type(exc).__name__}: {exc}"
            ) from exc
        finally:
            if started:  # the cluster is not needed for loading
                ray.shutdown()
        loaded = load_parquet(
            out, store, run_id=summary.run_id, batch_size=options.batch_size, progress=progress
        )
    finally:
        if tmp is not None:
            tmp.cleanup()
    summary.added, summary.skipped = loaded.added, loaded.skipped
    summary.problems.extend(Problem(s, r, st) for s, r, st in loaded.errors)
    store.add_errors(summary.run_id, loaded.errors)
    if corpus:
        summary.corpus = update_corpus(store, progress=corpus_progress)
    store.finish_run(
        summary.run_id, added=summary.added, skipped=summary.skipped, failed=summary.failed
    )
    return summary


def _start(ray: Any, address: str | None, num_cpus: int | None) -> bool:
    """Connect to Ray; True when this call started it (and so shuts it down)."""
    if ray.is_initialized():
        return False
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
    if address is None:
        # A local Ray's workers import this process's newsdesk, not another copy.
        path = os.pathsep.join(p for p in (local_root(), os.environ.get("PYTHONPATH")) if p)
        kwargs.update(num_cpus=num_cpus, runtime_env={"env_vars": {"PYTHONPATH": path}})
    else:
        kwargs["address"] = address
    ray.init(**kwargs)
    return True


def _run_dataset(
    ray: Any, items: list[dict[str, Any]], store: Store, options: Options, out: str,
    actors: int | None, progress_bars: bool,
) -> None:
    from ..pipeline import NLP_BATCH

    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = progress_bars
    known = _known_ids(store)
    known_ref = ray.put(known)
    if actors is None:
        actors = max(1, int(ray.cluster_resources().get("CPU", 2)) - 1)

    def read(batch: pa.Table) -> Iterator[pa.Table]:
        # Tables with the fixed schema (a flat_map's rows would have their types
        # guessed per block), yielded in pieces so a big shard streams.
        known = ray.get(known_ref)
        for item in batch.to_pylist():
            rows: list[Row] = []
            for row in shard_rows(item, options, known):
                rows.append(row)
                if len(rows) >= READ_CHUNK:
                    yield rows_table(rows)
                    rows = []
            if rows:
                yield rows_table(rows)

    ds = ray.data.from_items(items, override_num_blocks=len(items))  # one read task a shard
    ds = ds.map_batches(read, batch_size=1, batch_format="pyarrow", num_cpus=1)
    # The actors ask for memory too, which keeps Ray from fusing the reads into
    # them: reads stay tasks, and one shard's rows spread over every actor
    # instead of one actor working through a whole 1 GB shard alone.
    ds = ds.map_batches(
        ArticleStages,
        fn_constructor_kwargs={"options": options},
        batch_size=NLP_BATCH,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(min_size=1, max_size=actors),
        num_cpus=1,
        memory=ACTOR_MEMORY,
    )
    ds.write_parquet(out)


def _known_ids(store: Store) -> frozenset[str]:
    if store.count() > KNOWN_IDS_LIMIT:
        return frozenset()
    return frozenset(str(r[0]) for r in store.conn.execute("SELECT id FROM articles"))


__all__ = [
    "ACTOR_MEMORY", "KNOWN_IDS_LIMIT", "ArticleStages", "RayRunError", "RaySummary", "analyze_ray",
    "require_ray",
]
