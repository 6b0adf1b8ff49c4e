"""Exports open in pandas and DuckDB with the documented types, and stream."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from newsdesk import export
from newsdesk.export import (
    TABLES,
    ExportError,
    arrow_schema,
    export_table,
    pandas_dtypes,
    read_csv,
)
from newsdesk.notebook import RECORDS, News, record_fields
from newsdesk.store import Store

from .factory import corbyn_article, resolve_people

FORMATS = ("jsonl", "csv", "parquet")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "news.db"
    with Store(path) as store:
        store.add_articles([corbyn_article(n, f"Outlet {n % 2}") for n in range(1, 6)])
        resolve_people(store)
        with store.transaction():
            store.conn.execute("INSERT INTO storylines (id, title, centroid) "
                               "VALUES (1, 'line', '{}')")
            store.conn.execute("INSERT INTO stories (id, storyline_id, title, centroid, "
                               "updated_seq) VALUES (1, 1, 'Nuclear', '{}', 1)")
            store.conn.execute("INSERT INTO story_articles (article_id, story_id, "
                               "similarity) SELECT id, 1, 1.0 FROM articles")
            store.conn.execute("INSERT INTO timeline (article_id, date, date_start, "
                               "date_end, start, end, who) SELECT article_id, value, start, "
                               "end, start, end, '[\"Jeremy Corbyn\"]' FROM dates")
    return path


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    with Store(store_path, readonly=True) as s:
        yield s


def _count(store: Store, table: str) -> int:
    return int(store.conn.execute(
        f"SELECT count(*) FROM ({TABLES[table].sql})").fetchone()[0])


@pytest.mark.parametrize("table", list(TABLES))
def test_every_table_in_every_format_reads_back_with_its_types(
    store: Store, table: str, tmp_path: Path
) -> None:
    n = _count(store, table)
    assert n > 0, f"the fixture store has no {table}"
    paths = {fmt: tmp_path / f"{table}.{fmt}" for fmt in FORMATS}
    for fmt, path in paths.items():
        assert export_table(store, table, fmt, path) == n
    dtypes = pandas_dtypes(table)
    from_parquet = pd.read_parquet(paths["parquet"])
    from_csv = read_csv(paths["csv"], table)
    from_json = pd.read_json(paths["jsonl"], lines=True, dtype=dtypes)
    for frame in (from_parquet, from_csv, from_json):
        assert list(frame.columns) == TABLES[table].names
        assert len(frame) == n
    assert pq.read_schema(paths["parquet"]).remove_metadata() == arrow_schema(table)
    for column, kind in TABLES[table].columns:
        parquet_kind = str(from_parquet[column].dtype)
        expected = {"int": ("int64", "float64"), "float": ("float64",),
                    "bool": ("bool", "object"), "str": ("object", "str", "string")}[kind]
        # a nullable int column reads as float64 from Parquet via numpy; Int64 via dtypes
        assert parquet_kind in expected, (column, parquet_kind)
        assert str(from_csv[column].dtype) == dtypes[column]


def test_duckdb_reads_the_parquet_and_the_dataframes_with_types(
    store: Store, store_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "claims.parquet"
    export_table(store, "claims", "parquet", path)
    described = duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{path}')").fetchall()
    types = {r[0]: r[1] for r in described}
    assert (types["value"], types["start"], types["kind"]) == ("DOUBLE", "BIGINT", "VARCHAR")
    [(low, high)] = duckdb.sql(f"SELECT low, high FROM read_parquet('{path}') "
                               "WHERE kind = 'count' LIMIT 1").fetchall()
    assert (low, high) == (20.0, 30.0)
    with News(store_path) as news:
        statements = news.dataframe("statements")
        polls = news.dataframe("polls")
    con = duckdb.connect()
    con.register("polls", polls)
    con.register("statements", statements)
    rows = con.sql("SELECT party, avg(share) FROM polls GROUP BY party ORDER BY party"
                   ).fetchall()
    assert rows == [("Conservatives", 35.0), ("Labour", 38.0)]
    kinds = {r[0]: r[1] for r in con.sql("DESCRIBE statements").fetchall()}
    assert (kinds["direct"], kinds["person_id"], kinds["content"]) == (
        "BOOLEAN", "BIGINT", "VARCHAR")
    assert len(statements) == 10


def test_export_streams_in_chunks(store: Store, monkeypatch: pytest.MonkeyPatch,
                                  tmp_path: Path) -> None:
    whole = tmp_path / "whole.parquet"
    export_table(store, "entities", "parquet", whole)
    monkeypatch.setattr(export, "CHUNK", 4)
    chunks = list(export.iter_rows(store, "entities"))
    assert len(chunks) == 4 and max(len(c) for c in chunks) == 4  # 15 rows
    chunked = tmp_path / "chunked.parquet"
    export_table(store, "entities", "parquet", chunked)
    assert pd.read_parquet(chunked).equals(pd.read_parquet(whole))
    assert pq.ParquetFile(chunked).num_row_groups == 4


def test_jsonl_rows_are_typed_json(store: Store) -> None:
    out = io.BytesIO()
    export_table(store, "dates", "jsonl", out)
    first = json.loads(out.getvalue().decode().splitlines()[0])
    assert first["estimated"] is False and isinstance(first["start"], int)
    assert (first["value"], first["date"], first["granularity"]) == (
        "2017-02-21", "2017-02-21", "day")
    assert not out.closed  # the caller's stream is left open


def test_csv_has_a_header_and_true_false(store: Store) -> None:
    out = io.BytesIO()
    export_table(store, "statements", "csv", out)
    lines = out.getvalue().decode().splitlines()
    assert lines[0].split(",")[:3] == ["id", "article_rowid", "article_id"]
    assert ",true," in lines[1]


def test_unknown_table_or_format_is_a_named_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="choose one of articles"):
        export_table(store, "lsh_bands", "csv", tmp_path / "x.csv")
    with pytest.raises(ExportError, match="jsonl, csv, parquet"):
        export_table(store, "articles", "xlsx", tmp_path / "x.xlsx")
    with pytest.raises(ExportError, match="cannot write"):
        export_table(store, "articles", "csv", tmp_path / "missing" / "x.csv")


def test_records_carry_the_exported_columns() -> None:
    for table in RECORDS:
        assert record_fields(table) == TABLES[table].names, table


def test_notebook_records_are_typed(store_path: Path) -> None:
    with News(store_path) as news:
        [claim] = [c for c in news.claims() if c.kind == "count"][:1]
        assert (claim.low, claim.high, claim.value) == (20.0, 30.0, None)
        people = {p.name: p for p in news.people()}
        assert people["Jeremy Corbyn"].n_statements == 5
        statement = next(news.statements())
        assert statement.direct is True and isinstance(statement.start, int)
        assert news.text(statement.article_rowid, statement.start, statement.start + 7) == (
            "We will")
        [story] = list(news.stories())
        assert (story.n_articles, story.outlets is not None) == (5, True)
        assert len(list(news.articles())) == 5
        empty = news.dataframe("polls").iloc[:0]
        assert list(empty.columns) == TABLES["polls"].names


def test_views_and_tables_read_with_their_types_in_pandas(store_path: Path) -> None:
    import sqlite3

    with sqlite3.connect(f"file:{store_path}?mode=ro", uri=True) as conn:
        people = pd.read_sql("SELECT * FROM people", conn)
        claims = pd.read_sql("SELECT * FROM claims", conn)
        dates = pd.read_sql("SELECT * FROM dates", conn)
    assert str(people["n_statements"].dtype) == "int64"
    assert str(people["id"].dtype) == "int64"
    assert str(claims["low"].dtype) == "float64" and str(claims["start"].dtype) == "int64"
    assert pd.to_datetime(dates["date"]).notna().all()
