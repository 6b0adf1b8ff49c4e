"""The seeds as a corpus: two stories of one storyline, one Jeremy Corbyn,
briefs that never quote removed text or the stitched page alone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdesk.corpus import queries
from newsdesk.runner import analyze
from newsdesk.store import Store
from tests.conftest import SEEDS, need


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    need(SEEDS)
    store = Store(tmp_path_factory.mktemp("seeds") / "seeds.db")
    summary = analyze([SEEDS], store)
    assert summary.added == 3 and not summary.problems
    yield store
    store.close()


def _by_seed(store: Store) -> dict[str, str]:
    """Seed number ('000') -> article id."""
    return {
        Path(r["source"]).name[:3]: r["id"]
        for r in store.conn.execute("SELECT id, source FROM articles")
    }


def test_three_seeds_make_two_stories_of_one_storyline(seed_store: Store) -> None:
    ids = _by_seed(seed_store)
    stories = queries.stories(seed_store)
    assert len(stories) == 2
    story_of = {aid: st["id"] for st in stories for aid in st["articles"]}
    # 000 and 001: the 2017 by-elections; 002: the 2016 leadership contest.
    assert story_of[ids["000"]] == story_of[ids["001"]] != story_of[ids["002"]]
    assert len({st["storyline"] for st in stories}) == 1


def test_jeremy_corbyn_is_one_person_across_all_three(seed_store: Store) -> None:
    ids = _by_seed(seed_store)
    people = queries.people(seed_store)
    corbyns = [p for p in people if "corbyn" in p["name"].lower()]
    assert [p["name"] for p in corbyns] == ["Jeremy Corbyn"]
    (corbyn,) = corbyns
    assert set(corbyn["articles"]) == set(ids.values())
    assert {"Mr Corbyn", "JEREMY Corbyn", "Jeremy Corbyn"} <= set(corbyn["aliases"])
    assert corbyn["statements"] >= 5


def _removed(store: Store, article_id: str) -> list[tuple[int, int]]:
    return [
        (r[0], r[1])
        for r in store.conn.execute(
            "SELECT start, end FROM removed WHERE article_id = ?", (article_id,)
        )
    ]


def test_briefs_cite_kept_text_and_never_the_stitched_page_alone(seed_store: Store) -> None:
    ids = _by_seed(seed_store)
    stitched = ids["002"]
    texts = {aid: seed_store.get(aid).text for aid in ids.values()}  # type: ignore[union-attr]
    n_sentences = 0
    for st in queries.stories(seed_store):
        full: dict[str, Any] = queries.story(seed_store, st["id"])  # type: ignore[assignment]
        assert len(st["brief"]) <= 8
        for line in full["statements"]:
            assert line["speaker_type"] in ("person", "organisation", "anonymous", "unknown")
        for item in st["brief"]:
            n_sentences += 1
            assert item["sources"], item
            assert item["sources"] != [stitched]
            for source in item["sources"]:
                assert " ".join(item["sentence"].split()[:4]) in " ".join(texts[source].split())
        # The brief's spans lie in kept text.
        brief = seed_store.conn.execute(
            "SELECT brief FROM stories WHERE id = ?", (st["id"],)
        ).fetchone()[0]
        for item in json.loads(brief)["summary"]:
            start, end = item["span"]
            for rs, re_ in _removed(seed_store, item["article"]):
                assert end <= rs or start >= re_, "brief sentence overlaps a removed span"
    assert n_sentences >= 4


def test_spam_and_boilerplate_lines_never_reach_a_brief(seed_store: Store) -> None:
    ids = _by_seed(seed_store)
    removed_texts = []
    for aid in ids.values():
        text = seed_store.get(aid).text  # type: ignore[union-attr]
        # Lines of several words (a removed name line, "Jeremy Corbyn", may
        # rightly appear inside a kept sentence too).
        removed_texts += [
            text[s:e].strip() for s, e in _removed(seed_store, aid) if len(text[s:e].split()) > 3
        ]
    assert removed_texts
    for st in queries.stories(seed_store):
        for item in st["brief"]:
            for junk in removed_texts:
                assert junk not in item["sentence"]


def test_a_second_run_takes_in_nothing_again(seed_store: Store) -> None:
    from newsdesk.corpus.update import update_corpus

    before = queries.stories(seed_store)
    summary = update_corpus(seed_store)
    assert summary.articles == 0
    assert queries.stories(seed_store) == before


def test_the_report_has_a_page_per_story_with_escaped_text(seed_store: Store) -> None:
    from newsdesk.report import render_report

    html = render_report(seed_store)
    assert html.count('class="story"') == 2
    assert "<h4>Brief</h4>" in html


def test_story_pages_escape_article_text() -> None:
    from newsdesk.article import Article
    from newsdesk.corpus.update import update_corpus
    from newsdesk.report import render_report

    evil = "The council said <script>alert(1)</script> was posted on its site today."
    text = "\n".join([evil] * 3 + ["A second paragraph about the harbour vote and its fares."])
    with Store(":memory:") as store:
        store.add_articles([Article(text=text, title="<b>Harbour</b> vote")])
        update_corpus(store)
        html = render_report(store)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert "<b>Harbour</b>" not in html
