"""The store from Python, for notebooks: typed records and pandas DataFrames.

    >>> import newsdesk
    >>> with newsdesk.open(":memory:") as news:
    ...     list(news.articles())
    []

See docs/NOTEBOOK.md. Stores are opened read-only unless asked otherwise;
the records carry the columns the exports carry (newsdesk.export).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, TypeVar

from .export import TABLES, arrow_schema, exportable, iter_rows, iter_tuples, pandas_dtypes
from .search import SearchResult, search
from .store import Store


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    rowid: int
    id: str
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    author: str | None
    language: str | None
    encoding: str | None
    n_chars: int
    n_removed: int
    text: str


@dataclass(frozen=True, slots=True)
class StatementRecord:
    id: int
    article_rowid: int
    article_id: str
    idx: int
    outlet: str | None
    published: str | None
    start: int
    end: int
    content: str
    n_pieces: int
    direct: bool
    speaker_name: str | None
    speaker_type: str | None
    speaker_role: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue_start: int | None
    cue_end: int | None
    continues: int | None
    person_id: int | None


@dataclass(frozen=True, slots=True)
class PersonRecord:
    id: int
    name: str
    n_statements: int
    n_articles: int
    outlets: str | None
    roles: str | None
    aliases: str | None
    first_published: str | None
    last_published: str | None


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    id: int
    article_rowid: int
    article_id: str
    idx: int
    start: int
    end: int
    text: str
    kind: str
    value: float | None
    low: float | None
    high: float | None
    value_json: str
    unit: str | None
    qualifier: str | None
    subject: str | None
    subject_start: int | None
    subject_end: int | None
    predicate: str | None
    speaker_name: str | None
    speaker_type: str | None
    date: str | None
    pollster: str | None
    fieldwork: str | None
    lead: float | None
    changes_json: str | None


@dataclass(frozen=True, slots=True)
class StoryRecord:
    id: int
    title: str
    storyline_id: int
    storyline_title: str
    first_published: str | None
    last_published: str | None
    n_articles: int
    n_copies: int
    outlets: str | None


#: Which record each iterator yields; a test checks the fields match the exports.
RECORDS: dict[str, type] = {
    "articles": ArticleRecord,
    "statements": StatementRecord,
    "people": PersonRecord,
    "claims": ClaimRecord,
    "stories": StoryRecord,
}

R = TypeVar("R")


class News:
    """An open store, read-only unless `readonly=False`."""

    def __init__(self, path: str | Path, *, readonly: bool = True) -> None:
        self.store = Store(path, readonly=readonly and str(path) != ":memory:")

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> News:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _records(self, table: str, cls: type[R]) -> Iterator[R]:
        for chunk in iter_rows(self.store, table):
            for row in chunk:
                yield cls(**row)

    def articles(self) -> Iterator[ArticleRecord]:
        """Every article, in the order stored."""
        return self._records("articles", ArticleRecord)

    def statements(self) -> Iterator[StatementRecord]:
        """Every statement, article by article, in text order."""
        return self._records("statements", StatementRecord)

    def people(self) -> Iterator[PersonRecord]:
        """Every person across the corpus (after the corpus stage)."""
        return self._records("people", PersonRecord)

    def claims(self) -> Iterator[ClaimRecord]:
        return self._records("claims", ClaimRecord)

    def stories(self) -> Iterator[StoryRecord]:
        return self._records("stories", StoryRecord)

    def text(self, article_rowid: int, start: int, end: int) -> str:
        """The characters `[start, end)` of an article: any row's evidence."""
        row = self.store.conn.execute(
            "SELECT substr(text, ? + 1, ? - ?) FROM articles WHERE rowid = ?",
            (start, end, start, article_rowid),
        ).fetchone()
        if row is None:
            raise KeyError(f"no article with rowid {article_rowid}")
        return str(row[0])

    def dataframe(self, table: str) -> Any:
        """A table as a pandas DataFrame with the documented dtypes (any of
        `newsdesk.export.TABLES`: articles, statements, people, claims, polls,
        dates, entities, stories, timelines)."""
        import pandas as pd

        spec = exportable(table)
        frames = [pd.DataFrame.from_records(chunk, columns=spec.names)
                  for chunk in iter_tuples(self.store, table)]
        if not frames:
            empty = arrow_schema(table).empty_table().to_pandas()
            return empty.astype(pandas_dtypes(table))
        return pd.concat(frames, ignore_index=True).astype(pandas_dtypes(table))

    def search(self, query: str, **filters: Any) -> SearchResult:
        """newsdesk.search.search on this store."""
        return search(self.store, query, **filters)

    @property
    def tables(self) -> list[str]:
        return list(TABLES)


def open_store(path: str | Path, *, readonly: bool = True) -> News:
    """`newsdesk.open`: the store at `path` for reading from Python."""
    return News(path, readonly=readonly)


def record_fields(table: str) -> list[str]:
    return [f.name for f in fields(RECORDS[table])]
