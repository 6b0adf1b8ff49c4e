"""Articles as Parquet rows, and the loader that puts a folder of them into a store.

An engine that runs the article stages elsewhere (on a Ray cluster) hands its
results back as Parquet: one row per article, or per input that could not be
read, or per article a stage failed on. Each row carries the article's full
`to_json()` (the `extract --jsonl` contract) plus a few typed columns for
queries without parsing the JSON, and its place in the input (`shard`, `seq`),
so the loader can add articles in the order the local runner would.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from .article import Article
from .store import Store

#: The columns of every row, in order. `json` is the article (null on an error
#: row, and on a row for an article the store already held); `error` the reason
#: it failed, `stage` the stage that failed (null for a read error).
SCHEMA = pa.schema(
    [
        ("shard", pa.int64()),
        ("seq", pa.int64()),
        ("ok", pa.bool_()),
        ("id", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("outlet", pa.string()),
        ("published", pa.string()),
        ("n_chars", pa.int64()),
        ("error", pa.string()),
        ("stage", pa.string()),
        ("json", pa.string()),
    ]
)

Row = dict[str, Any]


def _text(value: str | None) -> str | None:
    # Article text is untrusted: a lone surrogate cannot be written as UTF-8, and
    # one bad source string must not fail the whole batch's Parquet write.
    if value is None:
        return None
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def article_row(article: Article, shard: int, seq: int) -> Row:
    """The row for a read or finished article."""
    return {
        "shard": shard,
        "seq": seq,
        "ok": True,
        "id": _text(article.id),
        "source": _text(article.source),
        "url": _text(article.url),
        "outlet": _text(article.outlet),
        "published": _text(article.published),
        "n_chars": len(article.text),
        "error": None,
        "stage": None,
        # ASCII-escaped JSON, so any text (lone surrogates too) round-trips.
        "json": json.dumps(article.to_json(), ensure_ascii=True),
    }


def error_row(
    source: str, reason: str, shard: int, seq: int, *, stage: str | None = None,
    article_id: str | None = None,
) -> Row:
    """The row for an input that could not be read, or an article a stage failed on."""
    return {
        "shard": shard, "seq": seq, "ok": False, "id": _text(article_id),
        "source": _text(source), "url": None, "outlet": None, "published": None,
        "n_chars": None, "error": _text(reason), "stage": stage, "json": None,
    }


def known_row(article_id: str, source: str, shard: int, seq: int) -> Row:
    """The row for an article the store already held: skipped, never processed."""
    row = error_row(source, "", shard, seq, article_id=article_id)
    row.update(ok=True, error=None)
    return row


def row_article(row: Row) -> Article | None:
    """The article a row holds, or None for an error or skipped row."""
    return Article.from_json(json.loads(row["json"])) if row.get("json") else None


def rows_table(rows: Sequence[Row]) -> pa.Table:
    """Rows as a table with `SCHEMA` (an empty batch has the columns too)."""
    return pa.Table.from_pylist(list(rows), schema=SCHEMA)


def write_rows(rows: Sequence[Row], path: str) -> None:
    """Write rows to one Parquet file (tests and small runs; Ray writes its own)."""
    pq.write_table(rows_table(rows), path)


# -- reading back, in input order ---------------------------------------------------


def _filesystem(directory: str) -> tuple[pafs.FileSystem, str]:
    if "://" in directory:
        fs, path = pafs.FileSystem.from_uri(directory)
        return fs, str(path)
    return pafs.LocalFileSystem(), directory


def parquet_files(directory: str) -> tuple[pafs.FileSystem, list[str]]:
    """The Parquet files under a local folder or a URL (s3://, gs://, ...)."""
    fs, root = _filesystem(directory)
    info = fs.get_file_info(root)
    if info.type == pafs.FileType.NotFound:
        raise FileNotFoundError(f"no Parquet folder at {directory}")
    found = fs.get_file_info(pafs.FileSelector(root, recursive=True))
    files = sorted(
        f.path for f in found
        if f.type == pafs.FileType.File and f.base_name.endswith(".parquet")
    )
    return fs, files


@dataclass(order=True)
class _File:
    first: tuple[int, int]
    path: str = field(compare=False)


def _keys(fs: pafs.FileSystem, path: str) -> list[tuple[int, int]]:
    t = pq.read_table(path, columns=["shard", "seq"], filesystem=fs)
    return list(zip(t.column("shard").to_pylist(), t.column("seq").to_pylist(), strict=True))


def _sorted_rows(fs: pafs.FileSystem, path: str) -> Iterator[Row]:
    table = pq.read_table(path, filesystem=fs, schema=SCHEMA)
    table = table.sort_by([("shard", "ascending"), ("seq", "ascending")])
    for batch in table.to_batches(max_chunksize=256):
        yield from batch.to_pylist()


def iter_rows(directory: str) -> Iterator[Row]:
    """Every row under `directory`, in (shard, seq) order.

    Files are opened only when their first key comes up, so when each file
    holds a contiguous run of the input (as Ray writes blocks that keep their
    order) one file is in memory at a time; overlapping files are merged.
    """
    import heapq

    fs, paths = parquet_files(directory)
    files = []
    for p in paths:
        keys = _keys(fs, p)
        if keys:
            files.append(_File(min(keys), p))
    files.sort(reverse=True)  # pop() takes the smallest first key
    heap: list[tuple[tuple[int, int], int, Row, Iterator[Row]]] = []
    tick = 0  # tie-breaker: rows never compare

    def push(it: Iterator[Row]) -> None:
        nonlocal tick
        row = next(it, None)
        if row is not None:
            tick += 1
            heapq.heappush(heap, ((row["shard"], row["seq"]), tick, row, it))

    while heap or files:
        while files and (not heap or files[-1].first <= heap[0][0]):
            push(_sorted_rows(fs, files.pop().path))
        _, _, row, it = heapq.heappop(heap)
        yield row
        push(it)


# -- into the store --------------------------------------------------------------------


@dataclass
class Loaded:
    """What loading a folder of rows did."""

    added: int = 0
    skipped: int = 0
    #: (source, reason, stage) of each input or article that failed, in input order.
    errors: list[tuple[str, str, str | None]] = field(default_factory=list)


def load_rows(
    rows: Iterable[Row], store: Store, *, run_id: int | None = None, batch_size: int = 200,
    progress: Callable[[int, int], None] | None = None,
) -> Loaded:
    """Add the rows' articles to the store, `batch_size` per transaction.

    As in the local runner, an article the store already holds (or one read
    twice in this run) is skipped, and a stage's failure on such an article is
    no problem; errors are returned, not stored, so the caller records them
    with its run.
    """
    out = Loaded()
    seen: set[str] = set()
    batch: list[Article] = []

    def take(row: Row) -> None:
        aid = row.get("id")
        if aid is not None and (aid in seen or store.has(aid)):
            out.skipped += 1
            return
        if not row["ok"]:
            if aid is not None:  # a copy of this article later in the input is skipped
                seen.add(aid)
            out.errors.append((row["source"] or "", row["error"] or "", row["stage"]))
            return
        article = row_article(row)
        if article is None:  # held by the store when read, gone now: nothing to add
            return
        seen.add(article.id)
        batch.append(article)
        if len(batch) >= batch_size:
            out.added += store.add_articles(batch, run_id=run_id)
            batch.clear()

    for done, row in enumerate(rows, start=1):
        take(row)
        if progress:
            progress(done, len(out.errors))
    if batch:
        out.added += store.add_articles(batch, run_id=run_id)
    return out


def load_parquet(
    directory: str, store: Store, *, run_id: int | None = None, batch_size: int = 200,
    progress: Callable[[int, int], None] | None = None,
) -> Loaded:
    """Load a folder (or URL) of Parquet rows into the store, in input order.
    `progress` is called after each row with (rows so far, errors so far)."""
    return load_rows(
        iter_rows(directory), store, run_id=run_id, batch_size=batch_size, progress=progress
    )


__all__ = [
    "SCHEMA",
    "Loaded",
    "Row",
    "article_row",
    "error_row",
    "iter_rows",
    "known_row",
    "load_parquet",
    "load_rows",
    "parquet_files",
    "row_article",
    "rows_table",
    "write_rows",
]
