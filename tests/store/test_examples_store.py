"""A real store, analyzed from examples/ (spaCy): the typed tables agree
with the contract records and the people view with `newsdesk people`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsdesk
from newsdesk.corpus import queries
from newsdesk.search import search
from newsdesk.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    db = tmp_path_factory.mktemp("examples") / "news.db"
    newsdesk.analyze([EXAMPLES], db=db)
    with Store(db, readonly=True) as store:
        yield store


def _records(store: Store, kind: str) -> list[tuple[str, dict[str, object]]]:
    return [(r[0], json.loads(r[1])) for r in store.conn.execute(
        "SELECT article_id, data FROM records WHERE kind = ? ORDER BY rowid", (kind,))]


def test_typed_rows_match_the_contract_records(real: Store) -> None:
    texts = dict(real.conn.execute("SELECT id, text FROM articles"))
    quotes = _records(real, "quote")
    rows = real.conn.execute(
        "SELECT article_id, start, end, content, speaker_name FROM statements "
        "ORDER BY article_rowid, idx").fetchall()
    assert len(rows) == len(quotes) > 20
    by_article = sorted(quotes, key=lambda q: list(texts).index(q[0]))
    for (aid, q), (rid, start, end, content, speaker) in zip(by_article, rows, strict=True):
        pieces = q["content"]
        assert isinstance(pieces, list)
        assert (rid, start, end, speaker) == (aid, pieces[0][0], pieces[-1][1],
                                              q["speaker_name"])
        assert content == " … ".join(texts[aid][s:e] for s, e in pieces)
    for table, kind in (("claims", "claim"), ("dates", "date"), ("entities", "entity")):
        n = real.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert n == len(_records(real, kind)) > 0, table
        for aid, start, end, text in real.conn.execute(
            f"SELECT article_id, start, end, text FROM {table}"
        ):
            assert texts[aid][start:end] == text, table


def test_people_view_agrees_with_the_people_command(real: Store) -> None:
    view = {r["id"]: dict(r) for r in real.conn.execute("SELECT * FROM people")}
    listed = queries.people(real)
    assert listed
    for p in listed:
        row = view[p["id"]]
        assert (row["name"], row["n_statements"], row["n_articles"]) == (
            p["name"], p["statements"], p["n_articles"])
        assert set(str(row["outlets"] or "").split(",")) - {""} == set(p["outlets"])
    linked = real.conn.execute("SELECT count(*) FROM statements WHERE person_id IS NOT NULL")
    assert linked.fetchone()[0] >= sum(p["statements"] for p in listed)


def test_search_a_speaker_in_a_real_store(real: Store) -> None:
    [top, *_] = queries.people(real)
    surname = top["name"].split()[-1]
    result = search(real, "", kind="statements", speaker=surname)
    assert result.total >= top["statements"]
    assert search(real, top["name"], kind="statements").total >= 1
