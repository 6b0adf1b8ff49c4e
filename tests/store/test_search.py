"""Search never fails on an ordinary query, keeps FTS syntax for those who
use it, filters, ranks, and gives snippets as text with offsets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsdesk.article import Article
from newsdesk.search import SearchError, looks_like_fts, search, words_query
from newsdesk.store import Store

from .factory import corbyn_article, resolve_people


@pytest.fixture
def filled() -> Iterator[Store]:
    s = Store(":memory:")
    s.add_articles([corbyn_article(1, "Post", "2017-02-21"),
                    corbyn_article(2, "Herald", "2017-03-05"),
                    corbyn_article(3, "Herald", None)])
    yield s
    s.close()


@pytest.mark.parametrize("query", [
    "stop-and-frisk", "O'Neill", "U.S.", '"nuclear', "nuclear AND power", "-", "",
    '"', "(", "nuclear OR", "NEAR(", "*", "AND", "title:", "c++", "50%", "—", "O’Neill",
])
@pytest.mark.parametrize("kind", ["articles", "statements"])
def test_no_ordinary_query_fails(filled: Store, query: str, kind: str) -> None:
    result = search(filled, query, kind=kind)  # type: ignore[arg-type]
    assert result.total == len(result.hits) or result.total > len(result.hits)


@pytest.mark.parametrize(("query", "mode"), [
    ("stop-and-frisk", "words"), ("O'Neill", "words"), ("U.S.", "words"),
    ('"nuclear', "words"), ("nuclear AND power", "fts"), ('"nuclear power"', "fts"),
    ("nucl*", "fts"),
])
def test_the_queries_from_the_issue_find_the_articles(
    filled: Store, query: str, mode: str
) -> None:
    result = search(filled, query)
    assert result.mode == mode
    assert result.total == 3 and len(result.hits) == 3


def test_punctuation_alone_finds_nothing_without_error(filled: Store) -> None:
    assert search(filled, "-").hits == []
    assert search(filled, "-").mode == "none"


def test_fts_syntax_that_fails_falls_back_to_words(filled: Store) -> None:
    result = search(filled, "nuclear OR")
    assert result.mode == "words" and result.total == 3


def test_what_did_corbyn_say_about_nuclear_power(filled: Store) -> None:
    result = search(filled, "nuclear power", kind="statements", speaker="Corbyn")
    assert result.total == 3
    hit = result.hits[0]
    assert hit.speaker_name == "Jeremy Corbyn" and hit.direct is True
    assert hit.marked("[", "]").startswith("We will keep [nuclear] [power]")
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["nuclear", "power"]
    assert "\x02" not in hit.snippet and "<" not in hit.marked("[", "]")
    nobody = search(filled, "nuclear power", kind="statements", speaker="O'Neill")
    assert nobody.total == 0


def test_filters_narrow_articles_and_statements(filled: Store) -> None:
    assert search(filled, "nuclear", outlet="herald").total == 2
    assert search(filled, "nuclear", since="2017-03").total == 1
    assert search(filled, "nuclear", until="2017-02").total == 1
    assert search(filled, "nuclear", since="2017", until="2017-02-21").total == 1
    assert search(filled, "nuclear", flag="stitched").total == 1
    assert search(filled, "frisk", kind="statements", direct_only=True).total == 0
    assert search(filled, "frisk", kind="statements").total == 3
    assert search(filled, "frisk", speaker="Corbyn").total == 3  # articles where he speaks
    ids = resolve_people(filled)
    assert search(filled, "", kind="statements", person_id=ids["Pat O'Neill"]).total == 3
    assert search(filled, "", kind="statements").total == 0  # no query, no filter
    # reported speech only, and everything on a browsing page's first view
    assert search(filled, "frisk", kind="statements", direct=False).total == 3
    everything = search(filled, "", list_all=True)
    assert everything.total == filled.conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_filters_without_a_query_list_newest_first(filled: Store) -> None:
    result = search(filled, "", outlet="Herald")
    assert [h.published for h in result.hits] == ["2017-03-05", None]
    assert result.mode == "none"


def test_story_filter(filled: Store) -> None:
    conn = filled.conn
    with filled.transaction():
        conn.execute("INSERT INTO storylines (id, title, centroid) VALUES (1, 't', '{}')")
        conn.execute("INSERT INTO stories (id, storyline_id, title, centroid, updated_seq) "
                     "VALUES (5, 1, 't', '{}', 1)")
        conn.execute("INSERT INTO story_articles (article_id, story_id, similarity) "
                     "SELECT id, 5, 1.0 FROM articles "
                     "WHERE outlet = 'Post'")
    assert search(filled, "nuclear", story_id=5).total == 1
    assert search(filled, "nuclear", story_id=6).total == 0


def test_ranking_and_paging(filled: Store) -> None:
    filled.add_articles([corbyn_article(4, "Gazette")] + [
        Article(text=f"Budget {n}\nThe council met and voted on the budget.") for n in range(6)])
    everything = search(filled, "nuclear", limit=10)
    page = search(filled, "nuclear", limit=2, offset=2)
    assert everything.total == page.total == 4
    assert [h.article_id for h in page.hits] == [h.article_id for h in everything.hits[2:]]
    scores = [h.score for h in everything.hits]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0


@pytest.mark.parametrize("bad", [
    {"since": "last week"}, {"until": "2017-02-30"}, {"limit": 0}, {"offset": -1},
    {"kind": "people"},
])
def test_bad_parameters_are_named_errors(filled: Store, bad: dict[str, object]) -> None:
    with pytest.raises(SearchError):
        search(filled, "nuclear", **bad)  # type: ignore[arg-type]


def test_query_readings() -> None:
    assert words_query("stop-and-frisk U.S.") == '"stop-and-frisk" AND "U.S."'
    assert words_query('say "no') == '"say" AND """no"'
    assert words_query("- —") is None
    assert looks_like_fts('"a phrase"') and looks_like_fts("a OR b") and looks_like_fts("gov*")
    assert not looks_like_fts("O'Neill") and not looks_like_fts('"stray')
    assert not looks_like_fts("and or not")


def test_store_search_keeps_its_shape(filled: Store) -> None:
    [hit, *_] = filled.search("O'Neill")
    assert set(hit) == {"id", "title", "outlet", "published", "snippet"}
    assert "[O]'[Neill]" in hit["snippet"] or "[O'Neill]" in hit["snippet"]
