"""The JSON API, in process: every endpoint, pagination, bad parameters."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsdesk.errors import StoreError
from newsdesk.web import create_app
from newsdesk.web.data import Data, open_read_only


def _get(client: TestClient, url: str, status: int = 200) -> Any:
    r = client.get(url)
    assert r.status_code == status, (url, r.text[:300])
    return r.json()


def test_stories_are_paginated_in_three_orders(client: TestClient) -> None:
    everything = _get(client, "/api/stories?limit=200")
    assert everything["total"] == len(everything["items"]) >= 5
    first, second = (_get(client, f"/api/stories?limit=2&offset={o}") for o in (0, 2))
    assert [s["id"] for s in first["items"] + second["items"]] == [
        s["id"] for s in everything["items"][:4]]
    newest = [s["last_published"] or "" for s in everything["items"]
              if s["last_published"]]
    assert newest == sorted(newest, reverse=True)
    biggest = _get(client, "/api/stories?sort=biggest&limit=200")["items"]
    assert [s["n_articles"] for s in biggest] == sorted(
        (s["n_articles"] for s in biggest), reverse=True)
    outlets = _get(client, "/api/stories?sort=outlets&limit=200")["items"]
    assert [s["n_outlets"] for s in outlets] == sorted(
        (s["n_outlets"] for s in outlets), reverse=True)
    assert biggest[0]["n_articles"] >= 3


def test_a_story_has_its_brief_statements_numbers_timeline_and_articles(
        client: TestClient) -> None:
    top = _get(client, "/api/stories?sort=biggest&limit=1")["items"][0]
    st = _get(client, f"/api/stories/{top['id']}")
    assert st["title"] == top["title"]
    assert st["brief"] and all(b["sources"] for b in st["brief"])
    assert {a["id"] for a in st["articles"]} >= {s for b in st["brief"] for s in b["sources"]}
    assert st["statements"] and st["numbers"]
    assert all(t["date_human"] for t in st["timeline"])
    assert set(st["person_ids"]) <= {w["speaker"] for w in st["statements"]}


def test_people_and_a_person_with_statements_roles_and_aliases(client: TestClient) -> None:
    people = _get(client, "/api/people?limit=5")
    assert people["total"] > 5 and len(people["items"]) == 5
    counts = [p["statements"] for p in people["items"]]
    assert counts == sorted(counts, reverse=True)
    marsh = _get(client, "/api/people?name=marsh")["items"]
    assert "Helen Marsh" in [p["name"] for p in marsh]
    pid = next(p["id"] for p in marsh if p["name"] == "Helen Marsh")
    person = _get(client, f"/api/people/{pid}")
    assert person["statements"] >= 5 and "Ms Marsh" in person["aliases"]
    assert any(r["role"] == "Labour leader" for r in person["roles"])
    rows = person["statement_rows"]
    assert rows and all(r["article_id"] and r["content"] for r in rows)
    dated = [r for r in rows if r["published"]]
    assert dated[0]["published_human"].endswith("2025")


def test_an_article_keeps_the_contract_and_adds_what_the_pages_show(
        client: TestClient) -> None:
    hit = _get(client, "/api/search?q=Stevenson")["items"][0]
    a = _get(client, "/api/articles/" + hit["id"])
    assert a["id"] == hit["id"] and a["text"]
    assert any(r["reason"] == "spam" for r in a["removed"])
    assert any(q["speaker_name"] == "John Stevenson" for q in a["quotes"])
    assert a["story"] is not None and "John Stevenson" in a["person_ids"]
    assert all("value_human" in d for d in a["dates"])
    prefix = _get(client, "/api/articles/" + hit["id"][:8])
    assert prefix["id"] == hit["id"]


@pytest.mark.parametrize(
    "query", ["stop-and-frisk", "O'Neill", "U.S.", '"', "NOT", "poll AND", "*", "a\"b(", "Marsh"])
def test_an_ordinary_query_never_fails(client: TestClient, query: str) -> None:
    _get(client, f"/api/search?q={query}")
    r = client.get("/search", params={"q": query})
    assert r.status_code == 200


def test_search_snippets_mark_the_matched_words(client: TestClient) -> None:
    res = _get(client, "/api/search?q=Kestrel")
    assert res["total"] >= 3
    for hit in res["items"]:
        assert hit["highlights"]
        for s, e in hit["highlights"]:
            assert hit["snippet"][s:e].lower().startswith("kestrel")


def test_search_filters(client: TestClient) -> None:
    by_outlet = _get(client, "/api/search?q=Kestrel&outlet=Northgate%20News")
    assert by_outlet["total"] >= 1
    assert {h["outlet"] for h in by_outlet["items"]} == {"Northgate News"}
    dated = _get(client, "/api/search?since=2025-04-01&until=2025-04-02&limit=100")
    assert dated["total"] >= 1
    assert all("2025-04-01" <= h["published"] <= "2025-04-02" for h in dated["items"])
    flagged = _get(client, "/api/search?flag=spam_injection&limit=100")
    assert flagged["total"] >= 3
    said = _get(client, "/api/search?q=Labour&speaker=Marsh&direct=true")
    assert said["total"] >= 1
    for hit in said["items"]:
        assert hit["statements"]
        assert all("Marsh" in s["speaker_name"] and s["direct"] for s in hit["statements"])
    people = _get(client, "/api/search?q=Marsh")["people"]
    assert "Helen Marsh" in [p["name"] for p in people]


def test_overview_and_storylines(client: TestClient) -> None:
    ov = _get(client, "/api/overview")
    assert ov["articles"] >= 20 and ov["flags"]
    lines = _get(client, "/api/storylines?limit=3")
    assert len(lines["items"]) <= 3 and lines["total"] >= len(lines["items"])
    assert all(line["stories"] for line in lines["items"])


@pytest.mark.parametrize(
    "url",
    [
        "/api/stories?limit=0", "/api/stories?limit=201", "/api/stories?limit=x",
        "/api/stories?offset=-1", "/api/stories?offset=99999999999999999999",
        "/api/stories?sort=oldest", "/api/people?limit=-5", "/api/stories/abc",
        "/api/stories/-1", "/api/people/99999999999999999999999", "/api/search?since=yesterday",
        "/api/search?until=2017-13-01", "/api/search?direct=maybe",
        "/api/search?q=" + "x" * 501,
    ],
)
def test_bad_parameters_are_clear_4xx(client: TestClient, url: str) -> None:
    body = _get(client, url, 422)
    assert body["detail"] and body["detail"][0]["loc"] and body["detail"][0]["msg"]


@pytest.mark.parametrize(
    "url", ["/api/stories/999999", "/api/people/999999", "/api/articles/no-such-article"])
def test_unknown_ids_are_404(client: TestClient, url: str) -> None:
    assert "no " in _get(client, url, 404)["detail"]


def test_the_openapi_schema_names_every_endpoint_and_model(client: TestClient) -> None:
    schema = _get(client, "/openapi.json")
    assert {"/api/stories", "/api/stories/{story_id}", "/api/people",
            "/api/people/{person_id}", "/api/articles/{article_id}", "/api/search"} <= set(
        schema["paths"])
    assert {"StoryDetail", "PersonDetail", "ArticleDetail", "SearchResults"} <= set(
        schema["components"]["schemas"])


def test_the_store_is_opened_read_only(corpus_db: Path, client: TestClient) -> None:
    before = hashlib.sha256(corpus_db.read_bytes()).hexdigest()
    for url in ("/", "/api/stories", "/api/people", "/search?q=Marsh"):
        client.get(url)
    assert hashlib.sha256(corpus_db.read_bytes()).hexdigest() == before
    data = Data(open_read_only(corpus_db))
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        data.conn.execute("DELETE FROM articles")


def test_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        create_app(tmp_path / "nothing.db")


def test_an_export_page_gives_typed_rows_with_their_spans(client: TestClient) -> None:
    r = client.get("/api/export/statements", params={"limit": 5})
    assert r.status_code == 200
    body = r.json()
    types = {c["name"]: c["type"] for c in body["columns"]}
    assert types["start"] == "int" and types["direct"] == "bool"
    assert 0 < len(body["rows"]) <= 5
    for row in body["rows"]:
        assert isinstance(row["start"], int) and row["end"] > row["start"]
        assert isinstance(row["direct"], bool)
    following = client.get("/api/export/statements", params={"limit": 5, "offset": 5}).json()
    assert not {r["id"] for r in following["rows"]} & {r["id"] for r in body["rows"]}


def test_export_pages_refuse_what_is_not_a_table(client: TestClient) -> None:
    assert client.get("/api/export/sqlite_master").status_code == 404
    assert client.get("/api/export/claims", params={"limit": 0}).status_code == 422
