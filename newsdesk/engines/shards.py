"""Shards: the input files an engine spreads over its workers, local or remote.

A shard is one file newsdesk reads (a WARC, a JSONL, ...), named by a local
path or by a URL that pyarrow's filesystems open (s3://, gs://, hdfs://,
abfs://, file://) or, failing that, fsspec (http://, ...). Reading a shard
gives what `newsdesk.read.read_file` gives for a local file, with the shard's
own name as the source of every article and error.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..article import Article
from ..config import Options
from ..errors import InputError
from ..read import KNOWN_SUFFIXES, iter_files, kind_of, read_file


@dataclass(frozen=True, slots=True)
class Shard:
    """One input file, numbered in input order (the loader keeps that order)."""

    index: int
    path: str


def is_url(path: str) -> bool:
    return "://" in path


def expand(paths: Sequence[str | Path]) -> list[Shard | InputError]:
    """The shards under `paths`, numbered in order, with an InputError for each
    path that names nothing readable (as the local runner reports them)."""
    out: list[Shard | InputError] = []
    for p in paths:
        found = _expand_url(str(p)) if is_url(str(p)) else iter_files([p])
        for item in found:
            out.append(item if isinstance(item, InputError) else Shard(len(out), str(item)))
    return out


#: What pyarrow raises for a URL scheme it has no filesystem for
#: (ArrowInvalid is a ValueError, ArrowNotImplementedError a NotImplementedError).
_NO_PYARROW_FS = (ValueError, NotImplementedError)


def _expand_url(url: str) -> Iterator[str | InputError]:
    try:
        names = _list_pyarrow(url)
    except _NO_PYARROW_FS:
        try:
            names = _list_fsspec(url)
        except ImportError:
            yield InputError(url, "no filesystem for this URL: pyarrow has none and fsspec "
                             "is not installed")
            return
        except Exception as exc:  # fsspec's filesystems raise their own types
            yield InputError(url, f"cannot list: {type(exc).__name__}: {exc}")
            return
    except OSError as exc:
        yield InputError(url, f"cannot list: {exc}")
        return
    if names is None:
        yield InputError(url, "no such file or directory")
        return
    if names == [""]:
        yield url  # a file
        return
    names = sorted(
        n for n in names
        if kind_of(Path(n)) and not any(part.startswith(".") for part in n.split("/"))
    )
    if not names:
        yield InputError(url, f"no readable files in this directory ({', '.join(KNOWN_SUFFIXES)})")
    base = url.rstrip("/")
    for name in names:
        yield f"{base}/{name}"


def _list_pyarrow(url: str) -> list[str] | None:
    """Paths under `url` relative to it ([""] for a file, None if missing)."""
    import pyarrow.fs as pafs

    fs, root = pafs.FileSystem.from_uri(url)
    info = fs.get_file_info(root)
    if info.type == pafs.FileType.NotFound:
        return None
    if info.type == pafs.FileType.File:
        return [""]
    prefix = root.rstrip("/") + "/"
    return [
        f.path[len(prefix):]
        for f in fs.get_file_info(pafs.FileSelector(root, recursive=True))
        if f.type == pafs.FileType.File
    ]


def _list_fsspec(url: str) -> list[str] | None:
    import fsspec  # type: ignore[import-untyped]

    fs, root = fsspec.core.url_to_fs(url)
    if not fs.exists(root):
        return None
    if not fs.isdir(root):
        return [""]
    prefix = root.rstrip("/") + "/"
    return [str(p)[len(prefix):] for p in fs.find(root) if str(p).startswith(prefix)]


def _open_remote(url: str) -> AbstractContextManager[IO[bytes]]:
    # Raw bytes: the readers decompress .gz themselves (and notice a cut-off file),
    # so the filesystem must not (pyarrow detects compression from the name by default).
    import pyarrow.fs as pafs

    try:
        fs, path = pafs.FileSystem.from_uri(url)
    except _NO_PYARROW_FS:
        import fsspec

        return fsspec.open(url, "rb", compression=None)  # type: ignore[no-any-return]
    return fs.open_input_stream(path, compression=None)  # type: ignore[no-any-return]


def read_shard(path: str, options: Options) -> Iterator[Article | InputError]:
    """Every article in one shard, or the reasons it has none."""
    if not is_url(path):
        yield from read_file(Path(path), options)
        return
    kind = kind_of(Path(path.split("?")[0]))
    if kind is None:
        yield from read_file(Path(path), options)  # the reader's "unknown file type"
        return
    # The readers take a local file: the shard is streamed to a temporary copy
    # (a 1 GB WARC never sits in memory), and sources renamed back to the URL.
    with tempfile.TemporaryDirectory(prefix="newsdesk-shard-") as tmp:
        local = Path(tmp) / f"shard{kind}"
        try:
            with _open_remote(path) as src, local.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        except Exception as exc:  # any filesystem's failure is this shard's problem
            yield InputError(path, f"cannot read: {type(exc).__name__}: {exc}")
            return
        for item in read_file(local, options):
            yield _renamed(item, str(local), path)


def _renamed(item: Article | InputError, old: str, new: str) -> Article | InputError:
    def fix(source: str) -> str:
        return new + source[len(old):] if source.startswith(old) else source

    if isinstance(item, Article):
        item.source = fix(item.source)
        return item
    return InputError(fix(item.source), item.reason)


def shard_rows(
    shard: dict[str, Any], options: Options, known: frozenset[str] = frozenset()
) -> Iterator[dict[str, Any]]:
    """One Parquet row (see `newsdesk.parquet`) per article or error in a shard.

    `shard` is `{"shard": index, "path": str, "error": str | None}`; an error
    item is a path that named nothing readable, passed through as its row.
    Articles whose id is in `known` are already stored: they get a bare row
    and no stage runs on them.
    """
    from ..parquet import article_row, error_row, known_row

    index, path = int(shard["shard"]), str(shard["path"])
    if shard.get("error"):
        yield error_row(path, str(shard["error"]), index, 0)
        return
    seq = 0
    try:
        for item in read_shard(path, options):
            if isinstance(item, InputError):
                yield error_row(item.source, item.reason, index, seq)
            elif item.id in known:
                yield known_row(item.id, item.source, index, seq)
            else:
                yield article_row(item, index, seq)
            seq += 1
    except Exception as exc:  # a reader's bug must not take the other shards down
        yield error_row(path, f"reader failed: {type(exc).__name__}: {exc}", index, seq)


def shard_items(shards: Sequence[Shard | InputError]) -> list[dict[str, Any]]:
    """The items an engine distributes: one per shard or per path error, numbered."""
    items: list[dict[str, Any]] = []
    for n, s in enumerate(shards):
        if isinstance(s, InputError):
            items.append({"shard": n, "path": s.source, "error": s.reason})
        else:
            items.append({"shard": n, "path": s.path, "error": None})
    return items


def local_root() -> str:
    """The folder holding the `newsdesk` package this process imported (so
    local Ray workers import the same code, not another installed copy)."""
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
