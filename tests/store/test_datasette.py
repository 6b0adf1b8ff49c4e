"""The shipped Datasette metadata: full-text search configured, internal
tables hidden, statements linked to their article, descriptions in step with
the schema and with docs/SCHEMA.md."""

from __future__ import annotations

import asyncio
import json
import re
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from datasette.app import Datasette

from newsdesk.store import Store
from newsdesk.store.describe import (
    FTS_TABLES,
    SCHEMA_MD,
    TABLES,
    datasette_metadata,
    render_datasette,
    schema_markdown,
)

from .factory import corbyn_article

INTERNAL = {"lsh_bands", "signatures", "corpus_done", "terms", "corpus_meta", "errors",
            "article_sentences"}


def test_the_shipped_metadata_is_generated_from_the_descriptions() -> None:
    shipped = files("newsdesk.store").joinpath("datasette.json").read_text(encoding="utf-8")
    assert shipped == render_datasette(), (
        "newsdesk/store/datasette.json is out of date: python -m newsdesk.store.describe --write")


def test_schema_doc_is_generated_from_the_descriptions() -> None:
    assert schema_markdown() in SCHEMA_MD.read_text(encoding="utf-8"), (
        "docs/SCHEMA.md is out of date: python -m newsdesk.store.describe --write")


def test_every_column_of_the_schema_is_described(store: Store) -> None:
    conn = store.conn
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'")]
    assert set(names) == set(TABLES), "a table is missing from (or extra in) describe.TABLES"
    for name in names:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({name})")]
        assert columns == list(TABLES[name].columns), name
    for fts in FTS_TABLES:
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (fts,)).fetchone()
    assert {n for n, t in TABLES.items() if t.hidden} == INTERNAL


def _datasette(tmp_path: Path) -> tuple[Datasette, str]:
    db = tmp_path / "newsdesk.db"
    with Store(db) as store:
        store.add_articles([corbyn_article(1, "Post"), corbyn_article(2, "Herald")])
    metadata = json.loads(
        files("newsdesk.store").joinpath("datasette.json").read_text(encoding="utf-8"))
    return Datasette(files=[str(db)], metadata=metadata), "newsdesk"


def _get(ds: Datasette, path: str) -> Any:
    async def fetch() -> Any:
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        return response.json() if ".json" in path else response.text

    return asyncio.run(fetch())


def test_datasette_searches_articles_and_statements(tmp_path: Path) -> None:
    ds, name = _datasette(tmp_path)
    found = _get(ds, f"/{name}/articles.json?_search=O%27Neill&_shape=objects")
    assert len(found["rows"]) == 2
    said = _get(ds, f"/{name}/statements.json?_search=nuclear&_shape=objects")
    assert {r["speaker_name"] for r in said["rows"]} == {"Jeremy Corbyn"}
    page = _get(ds, f"/{name}/articles")
    assert 'name="_search"' in page  # the search box is shown


def test_datasette_links_statements_to_their_article(tmp_path: Path) -> None:
    ds, name = _datasette(tmp_path)
    row = _get(ds, f"/{name}/statements.json?_labels=on&_shape=objects&id=1")["rows"][0]
    assert row["article_rowid"] == {"value": 1, "label": "Corbyn backs nuclear power 1"}
    html = _get(ds, f"/{name}/statements?id=1")
    assert re.search(rf'<a href="/{name}/articles/1">Corbyn backs nuclear power 1</a>', html)
    _get(ds, f"/{name}/articles/1.json")  # the link's target exists
    for table in ("claims", "dates", "entities", "polls"):
        keys = _foreign_keys(ds, name, table)
        assert {"column": "article_rowid", "other_table": "articles",
                "other_column": "rowid"} in keys, table


def _foreign_keys(ds: Datasette, name: str, table: str) -> list[dict[str, str]]:
    async def fks() -> list[dict[str, str]]:
        return list(await ds.get_database(name).foreign_keys_for_table(table))

    return asyncio.run(fks())


def test_datasette_hides_internal_tables(tmp_path: Path) -> None:
    ds, name = _datasette(tmp_path)
    tables = {t["name"]: t["hidden"] for t in _get(ds, f"/{name}.json")["tables"]}
    assert all(tables[t] for t in INTERNAL)
    assert not any(tables[t] for t in ("articles", "statements", "claims", "polls", "dates",
                                       "entities", "stories", "persons"))


@pytest.mark.parametrize("database", ["news", "newsdesk"])
def test_metadata_for_another_file_name(database: str) -> None:
    meta = datasette_metadata(database)
    articles = meta["databases"][database]["tables"]["articles"]
    assert (articles["fts_table"], articles["fts_pk"]) == ("articles_fts", "rowid")


def test_every_link_to_an_article_resolves(tmp_path: Path) -> None:
    ds, name = _datasette(tmp_path)
    db = tmp_path / "newsdesk.db"
    with Store(db) as store:
        ids = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY rowid")]
        with store.transaction():
            store.conn.execute("INSERT INTO duplicates (article_id, original_id, jaccard, "
                               "containment) VALUES (?, ?, 0.9, 0.9)", (ids[1], ids[0]))
    for table in ("statements", "claims", "dates", "entities", "records", "duplicates"):
        html = _get(ds, f"/{name}/{table}?_size=3")
        links = set(re.findall(rf'<a href="(/{name}/articles/[^"]+)">', html))
        assert links, table
        for link in links:
            _get(ds, link)  # 200, not the 404 of a link by articles.id
