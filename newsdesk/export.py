"""Tables of the store as JSON lines, CSV or Parquet, streamed in chunks.

Each exportable table has one column list with a type per column; it gives
the SELECT, the Parquet schema (pyarrow), the pandas dtypes and the notebook
records (newsdesk.notebook), so the formats agree. Types (docs/EXPORT.md):

- `int`: int64 (nullable: pandas `Int64`)
- `float`: float64
- `bool`: bool (nullable: pandas `boolean`)
- `str`: string; dates are ISO strings (`YYYY-MM-DD`), kept as text because
  inputs may give a partial date (`2017-02`) or none.

>>> sorted(TABLES)[:3]
['articles', 'claims', 'dates']
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

from .errors import NewsdeskError
from .store import Store

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "parquet")
ColumnType = Literal["int", "float", "bool", "str"]
#: Rows fetched and written at a time: memory stays flat whatever the table's size.
CHUNK = 2000


class ExportError(NewsdeskError, ValueError):
    """An unknown table or format, or an output that cannot be written."""


@dataclass(frozen=True)
class Exportable:
    description: str
    columns: tuple[tuple[str, ColumnType], ...]
    #: SELECT of exactly `columns`, in order, stable order of rows.
    sql: str

    @property
    def names(self) -> list[str]:
        return [c for c, _ in self.columns]


def _cols(spec: str) -> tuple[tuple[str, ColumnType], ...]:
    """'id:int title:str ...' -> ((name, type), ...)."""
    out: list[tuple[str, ColumnType]] = []
    for item in spec.split():
        name, kind = item.split(":")
        assert kind in ("int", "float", "bool", "str"), kind
        out.append((name, kind))  # type: ignore[arg-type]
    return tuple(out)


_ARTICLES = _cols(
    "rowid:int id:str source:str url:str outlet:str title:str published:str author:str "
    "language:str encoding:str n_chars:int n_removed:int text:str"
)
_STATEMENTS = _cols(
    "id:int article_rowid:int article_id:str idx:int outlet:str published:str start:int "
    "end:int content:str n_pieces:int direct:bool speaker_name:str speaker_type:str "
    "speaker_role:str speaker_start:int speaker_end:int cue_start:int cue_end:int "
    "continues:int person_id:int"
)
_PEOPLE = _cols(
    "id:int name:str n_statements:int n_articles:int outlets:str roles:str aliases:str "
    "first_published:str last_published:str"
)
_CLAIMS = _cols(
    "id:int article_rowid:int article_id:str idx:int start:int end:int text:str kind:str "
    "value:float low:float high:float value_json:str unit:str qualifier:str subject:str "
    "subject_start:int subject_end:int predicate:str speaker_name:str speaker_type:str "
    "date:str pollster:str fieldwork:str lead:float changes_json:str"
)
_POLLS = _cols(
    "id:int claim_id:int article_rowid:int article_id:str start:int end:int party:str "
    "share:float change:float pollster:str fieldwork:str"
)
_DATES = _cols(
    "id:int article_rowid:int article_id:str idx:int start:int end:int text:str type:str "
    "value:str date:str granularity:str anchor_date:str anchor_source:str estimated:bool"
)
_ENTITIES = _cols(
    "id:int article_rowid:int article_id:str idx:int start:int end:int text:str label:str "
    "name:str"
)
_STORIES = _cols(
    "id:int title:str storyline_id:int storyline_title:str first_published:str "
    "last_published:str n_articles:int n_copies:int outlets:str"
)
_TIMELINES = _cols(
    "article_rowid:int article_id:str outlet:str published:str date:str date_start:int "
    "date_end:int start:int end:int sentence:str who:str story_id:int"
)


def _select(table: str, columns: tuple[tuple[str, ColumnType], ...], order: str) -> str:
    return f"SELECT {', '.join(c for c, _ in columns)} FROM {table} ORDER BY {order}"


TABLES: dict[str, Exportable] = {
    "articles": Exportable("one row per article", _ARTICLES,
                           _select("articles", _ARTICLES, "rowid")),
    "statements": Exportable("one row per statement", _STATEMENTS,
                             _select("statements", _STATEMENTS, "id")),
    "people": Exportable("one row per person across the corpus", _PEOPLE,
                         _select("people", _PEOPLE, "id")),
    "claims": Exportable("one row per numeric claim", _CLAIMS,
                         _select("claims", _CLAIMS, "id")),
    "polls": Exportable("one row per party of a poll", _POLLS, _select("polls", _POLLS, "id")),
    "dates": Exportable("one row per time expression", _DATES, _select("dates", _DATES, "id")),
    "entities": Exportable("one row per named entity", _ENTITIES,
                           _select("entities", _ENTITIES, "id")),
    "stories": Exportable(
        "one row per story", _STORIES,
        "SELECT s.id, s.title, s.storyline_id, l.title AS storyline_title, s.first_published, "
        "s.last_published, "
        "(SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id AND NOT EXISTS "
        " (SELECT 1 FROM duplicates d WHERE d.article_id = sa.article_id)) AS n_articles, "
        "(SELECT count(*) FROM story_articles sa JOIN duplicates d "
        " ON d.article_id = sa.article_id WHERE sa.story_id = s.id) AS n_copies, "
        "(SELECT group_concat(DISTINCT a.outlet) FROM story_articles sa "
        " JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = s.id) AS outlets "
        "FROM stories s JOIN storylines l ON l.id = s.storyline_id ORDER BY s.id",
    ),
    "timelines": Exportable(
        "one row per dated sentence", _TIMELINES,
        "SELECT a.rowid AS article_rowid, t.article_id, a.outlet, a.published, t.date, "
        "t.date_start, t.date_end, t.start, t.end, "
        "substr(a.text, t.start + 1, t.end - t.start) AS sentence, t.who, "
        "sa.story_id FROM timeline t JOIN articles a ON a.id = t.article_id "
        "LEFT JOIN story_articles sa ON sa.article_id = t.article_id "
        "ORDER BY t.date, a.rowid, t.start",
    ),
}

_PANDAS = {"int": "Int64", "float": "float64", "bool": "boolean", "str": "string"}


def exportable(table: str) -> Exportable:
    try:
        return TABLES[table]
    except KeyError:
        raise ExportError(
            f"no table {table!r} to export: choose one of {', '.join(TABLES)}"
        ) from None


def pandas_dtypes(table: str) -> dict[str, str]:
    """The pandas dtypes of a table's columns (nullable extension types)."""
    return {c: _PANDAS[t] for c, t in exportable(table).columns}


def arrow_schema(table: str) -> Any:
    """The table's pyarrow schema: int64, float64, bool, string."""
    import pyarrow as pa

    kinds = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string()}
    return pa.schema([(c, kinds[t]) for c, t in exportable(table).columns])


def iter_tuples(store: Store, table: str) -> Iterator[list[tuple[Any, ...]]]:
    """The table's rows as tuples of typed values, CHUNK at a time. SQLite's
    column affinities already give ints, floats and strings; booleans (stored
    0/1) and floats read from views are converted."""
    spec = exportable(table)
    fix = [(i, _cast(t)) for i, (_, t) in enumerate(spec.columns) if t in ("bool", "float")]
    cur = store.conn.cursor()
    cur.row_factory = None
    try:
        cur.execute(spec.sql)
    except sqlite3.OperationalError as exc:
        raise ExportError(f"cannot export {table}: {exc}") from exc
    while True:
        rows = cur.fetchmany(CHUNK)
        if not rows:
            return
        if fix:
            rows = [_fixed(row, fix) for row in rows]
        yield rows


def _fixed(row: tuple[Any, ...], fix: list[tuple[int, Any]]) -> tuple[Any, ...]:
    values = list(row)
    for i, cast in fix:
        values[i] = cast(values[i])
    return tuple(values)


def page_rows(store: Store, table: str, *, limit: int, offset: int = 0) -> list[dict[str, Any]]:
    """One page of the table's rows as dicts of typed values (the JSON API's
    export page), in the export's order."""
    spec = exportable(table)
    fix = [(i, _cast(t)) for i, (_, t) in enumerate(spec.columns) if t in ("bool", "float")]
    cur = store.conn.cursor()
    cur.row_factory = None
    try:
        rows = cur.execute(f"{spec.sql} LIMIT ? OFFSET ?", (limit, offset)).fetchall()
    except sqlite3.OperationalError as exc:
        raise ExportError(f"cannot export {table}: {exc}") from exc
    return [dict(zip(spec.names, _fixed(row, fix) if fix else row, strict=True)) for row in rows]


def iter_rows(store: Store, table: str) -> Iterator[list[dict[str, Any]]]:
    """The table's rows as dicts of typed values, CHUNK at a time."""
    names = exportable(table).names
    for chunk in iter_tuples(store, table):
        yield [dict(zip(names, row, strict=True)) for row in chunk]


def _cast(kind: ColumnType) -> Any:
    def cast(v: Any) -> Any:
        if v is None:
            return None
        if kind == "int":
            return int(v)
        if kind == "float":
            return float(v)
        if kind == "bool":
            return bool(v)
        return str(v)

    return cast


def export_table(
    store: Store, table: str, fmt: str, out: str | Path | IO[bytes]
) -> int:
    """Write `table` to `out` (a path, or a binary stream such as
    `sys.stdout.buffer`) as `fmt`; return the number of rows written."""
    spec = exportable(table)
    if fmt not in FORMATS:
        raise ExportError(f"no format {fmt!r}: choose one of {', '.join(FORMATS)}")
    with ExitStack() as stack:
        if isinstance(out, (str, Path)):
            try:
                stream: IO[bytes] = stack.enter_context(open(out, "wb"))
            except OSError as exc:
                raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
        else:
            stream = out
        if fmt == "parquet":
            return _parquet(store, table, stream)
        text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
        try:
            if fmt == "csv":
                writer = csv.writer(text, lineterminator="\n")
                writer.writerow(spec.names)
            n = 0
            for chunk in iter_tuples(store, table):
                if fmt == "csv":
                    writer.writerows([_csv_value(v) for v in row] for row in chunk)
                else:
                    text.writelines(
                        json.dumps(dict(zip(spec.names, row, strict=True)),
                                   ensure_ascii=False) + "\n"
                        for row in chunk
                    )
                n += len(chunk)
            text.flush()
        finally:
            text.detach()  # the caller's stream stays open
        return n


def _csv_value(v: Any) -> Any:
    if isinstance(v, bool):
        return "true" if v else "false"
    return "" if v is None else v


def _parquet(store: Store, table: str, stream: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(table)
    n = 0
    with pq.ParquetWriter(stream, schema) as writer:
        for chunk in iter_tuples(store, table):
            columns = [pa.array(values, type=field.type)
                       for values, field in zip(zip(*chunk, strict=True), schema, strict=True)]
            writer.write_batch(pa.RecordBatch.from_arrays(columns, schema=schema))
            n += len(chunk)
    return n


def read_csv(path: str | Path, table: str) -> Any:
    """A CSV export read back into pandas with the documented dtypes (CSV has
    no null: an empty field reads as missing)."""
    import pandas as pd

    return pd.read_csv(path, dtype=pandas_dtypes(table))


def types_markdown() -> str:
    """The column types of every exportable table, as docs/EXPORT.md lists them."""
    out = ["| table | columns (type) |", "|---|---|"]
    for name, spec in TABLES.items():
        cols = ", ".join(f"`{c}` {t}" for c, t in spec.columns)
        out.append(f"| `{name}` | {cols} |")
    return "\n".join(out)
