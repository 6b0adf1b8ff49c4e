"""Story similarity: headline-and-lead terms without names, entity names
weighed by background words, the undated case on text and names only. Built
articles, no NLP model: fast."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.article import Article, Span
from newsdesk.corpus.stories import Stories, StorySettings
from newsdesk.corpus.vectors import (
    TermStats,
    background_df,
    background_term_df,
    term_counts,
    tf_vector,
)
from newsdesk.store import Store


def _article(title: str, body: str, names: list[tuple[str, str]]) -> Article:
    text = f"{title}\n{body}"
    entities = []
    for name, label in names:
        start = text.index(name)
        entities.append({"start": start, "end": start + len(name), "label": label, "name": name})
    return Article(text=text, title=title, title_span=Span(0, len(title)), entities=entities)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "s.db") as s:
        yield s


def test_lead_terms_leave_names_to_the_entity_terms() -> None:
    art = _article(
        "Rubio stumbles at the debate in Manchester",
        "Marco Rubio repeated a line four times during the debate on Saturday night.",
        [("Rubio", "PERSON"), ("Manchester", "GPE"), ("Marco Rubio", "PERSON")],
    )
    counts = term_counts(art)
    assert counts["l:debate"] >= 2 and counts["l:stumbles"] == 1
    assert not {"l:rubio", "l:marco", "l:manchester"} & set(counts)
    assert counts["e:marco rubio"] == 1 and counts["rubio"] > 0  # still a body term


def test_lead_terms_are_weighed_apart_and_not_counted_in_df(store: Store) -> None:
    art = _article("Caucus night in Iowa", "Voters gathered for the caucus.", [("Iowa", "GPE")])
    counts = term_counts(art)
    terms = TermStats(store.conn)
    terms.add(counts)
    stored = {r[0] for r in store.conn.execute("SELECT term FROM terms")}
    assert "caucus" in stored and not any(t.startswith("l:") for t in stored)
    vector = tf_vector(counts)
    body, lead = terms.weigh(vector), terms.weigh_lead(vector)
    assert body and not any(t.startswith("l:") for t in body)  # briefs' centroid unchanged
    assert lead and all(t.startswith("l:") for t in lead)
    assert lead["l:caucus"] > 0


def test_entity_names_take_their_rarest_words_background_df() -> None:
    df = background_df()[1]
    common = max(df, key=lambda t: df[t] if t.isalpha() else -1)
    assert background_term_df(f"e:{common}") == df[common] > 0
    assert background_term_df(f"e:{common} zzqxunseen") == 0
    assert background_term_df("e:") == 0


def _placements(store: Store, day: str | None, settings: StorySettings) -> list[int]:
    terms = TermStats(store.conn)
    stories = Stories(store.conn, terms, settings)
    # Same event words in the headlines, different names and body.
    a = _article(
        "Debate night: candidates clash over taxes",
        "Alice Ward attacked her rival over taxes and trade in Denver.",
        [("Alice Ward", "PERSON"), ("Denver", "GPE")],
    )
    b = _article(
        "Debate night: candidates clash over immigration",
        "Bob Stone defended his plan on the border wall in Phoenix.",
        [("Bob Stone", "PERSON"), ("Phoenix", "GPE")],
    )
    out = []
    for i, art in enumerate((a, b)):
        art.id, art.published = f"a{i}", day
        store.add_articles([art])
        counts = term_counts(art)
        terms.add(counts)
        out.append(stories.add(art.id, day, tf_vector(counts), art.title or "").story_id)
    return out


def test_shared_event_words_join_dated_articles_but_not_undated_ones(store: Store) -> None:
    settings = StorySettings(threshold=0.1, undated_threshold=0.48)
    first, second = _placements(store, "2016-02-06", settings)
    assert first == second  # the same day, the same event words in the headline


def test_undated_articles_need_text_and_names(store: Store) -> None:
    settings = StorySettings(threshold=0.1, undated_threshold=0.48)
    first, second = _placements(store, None, settings)
    assert first != second  # no date: event words alone do not make one story


def test_cosine_adds_the_same_products_in_the_same_order() -> None:
    # cosine() is a faster form of this sum: its figures must not move by a bit.
    import random

    from newsdesk.corpus.vectors import cosine

    rng = random.Random(7)
    for _ in range(200):
        a = {f"t{rng.randrange(300)}": rng.random() for _ in range(rng.randrange(1, 160))}
        b = {f"t{rng.randrange(300)}": rng.random() for _ in range(rng.randrange(1, 400))}
        small, big = (a, b) if len(a) <= len(b) else (b, a)
        assert cosine(a, b) == sum(w * big.get(t, 0.0) for t, w in small.items())
    assert cosine({}, {"x": 1.0}) == 0


def test_idf_follows_the_document_count_across_epochs(store: Store) -> None:
    # The epoch and the IDF cache are kept between calls: they must still
    # move when the corpus grows.
    import math
    from collections import Counter

    from newsdesk.corpus.vectors import IDF_EPOCH_GROWTH

    terms = TermStats(store.conn)
    before = terms.weigh({"copeland": 1.0, "said": 1.0})
    epoch = terms.epoch
    for _ in range(100):  # about 2 % of the background's 840 documents
        terms.add(Counter({"copeland": 1}))
    assert terms.epoch > epoch
    n = terms.n_docs + background_df()[0]
    assert terms.epoch == int(math.log(n + 1) / math.log(IDF_EPOCH_GROWTH))
    df = terms.n_docs + background_term_df("copeland")
    assert terms.idf("copeland") == math.log(1.0 + (n - df + 0.5) / (df + 0.5))
    assert terms.weigh({"copeland": 1.0, "said": 1.0})["copeland"] < before["copeland"]
