"""Near-duplicates and people across articles, on text written for the tests."""

from __future__ import annotations

from typing import Any

from newsdesk.article import Article
from newsdesk.corpus import queries
from newsdesk.corpus.dedup import NearDuplicates
from newsdesk.corpus.people import PersonIndex, looks_like_name
from newsdesk.corpus.update import update_corpus
from newsdesk.store import Store

STORY = "\n".join(
    f"Paragraph {i}: the harbour council voted on the new ferry timetable after a long "
    f"debate about fares, winter sailings and the repair of pier number {i}, which "
    f"islanders say has been neglected for {i + 3} years."
    for i in range(12)
)
OTHER = "\n".join(
    f"Item {i}: the regional orchestra announced its spring season with seven premieres, "
    f"a festival of chamber music and a tour of village halls in county {i}."
    for i in range(12)
)


def _store(*articles: Article) -> Store:
    store = Store(":memory:")
    store.add_articles(list(articles))
    return store


def test_copy_with_boilerplate_and_a_copy_inside_a_spam_page_point_at_the_original() -> None:
    original = Article(text=STORY, published="2017-02-20")
    boiler = Article(text="Share this\nAdvertisement\n" + STORY + "\nRead more", published=None)
    lines = STORY.split("\n")
    spam = Article(text="Casino bonus now\n" + OTHER[:300] + "\n" + "\n".join(lines[2:]))
    unrelated = Article(text=OTHER, published="2017-02-19")
    store = _store(original, boiler, spam, unrelated)
    index = NearDuplicates(store.conn)
    for a in (boiler, original, spam, unrelated):  # the original is not first
        with store.transaction():
            index.add(a)
    assert index.original_of(boiler.id) == original.id  # earliest wins
    assert index.original_of(spam.id) == original.id
    assert index.original_of(original.id) == original.id
    assert index.original_of(unrelated.id) == unrelated.id
    flagged = {r[0] for r in store.conn.execute(
        "SELECT article_id FROM flags WHERE name = 'near_duplicate'")}
    assert flagged == {boiler.id, spam.id}


def _person_article(text: str, names: list[str], **meta: Any) -> Article:
    ents = [{"start": 0, "end": 1, "label": "PERSON", "name": n} for n in names]
    return Article(text=text, entities=ents, **meta)


def test_people_same_surname_stay_apart_and_a_bare_surname_joins_the_only_match() -> None:
    a1 = _person_article("one " * 30, ["Hillary Clinton", "Bernie Sanders"])
    a2 = _person_article("two " * 30, ["Bill Clinton"])
    a3 = _person_article("three " * 30, ["Sanders", "JEREMY Corbyn"])
    a4 = _person_article("four " * 30, ["Jeremy Corbyn", "Clinton"])
    store = _store(a1, a2, a3, a4)
    index = PersonIndex(store.conn)
    ids = {}
    for a in (a1, a2, a3, a4):
        ids[a.id] = index.add(a, story_id=None)
    assert ids[a1.id]["Hillary Clinton"] != ids[a2.id]["Bill Clinton"]
    assert ids[a3.id]["Sanders"] == ids[a1.id]["Bernie Sanders"]
    assert ids[a3.id]["JEREMY Corbyn"] == ids[a4.id]["Jeremy Corbyn"]
    # Two Clintons: a bare "Clinton" is nobody's guess.
    assert ids[a4.id]["Clinton"] not in (ids[a1.id]["Hillary Clinton"], ids[a2.id]["Bill Clinton"])


def test_descriptions_and_anonymous_sources_are_not_people() -> None:
    assert looks_like_name("Jeremy Corbyn")
    assert looks_like_name("Ursula von der Leyen")
    assert not looks_like_name("The Labour leader")
    assert not looks_like_name("One Labour MP")
    store = Store(":memory:")
    quote = {"content": [[0, 4]], "speaker_type": "anonymous", "speaker_name": "a Labour source"}
    store.add_articles([Article(text="x " * 40, quotes=[quote]),
                        Article(text="y " * 40, quotes=[quote])])
    update_corpus(store)
    assert queries.people(store) == []


def test_groups_places_and_bodies_are_not_names() -> None:
    for phrase in ("Labour MPs", "Albert Museum", "Trent Central", "Downing Street"):
        assert not looks_like_name(phrase), phrase
    assert looks_like_name("John Keynes") and looks_like_name("Ed Miliband")


def test_a_lone_word_that_never_speaks_is_not_listed_as_a_person() -> None:
    text = "Mr Corbyn spoke in Glasgow. " * 6
    quote = {"content": [[0, 9]], "speaker": [0, 10], "speaker_type": "person",
             "speaker_name": "Corbyn"}
    article = _person_article(text, ["Glasgow", "Corbyn", "Gordon Brown"], quotes=[quote])
    store = _store(article)
    update_corpus(store)
    names = {p["name"] for p in queries.people(store)}
    assert names == {"Corbyn", "Gordon Brown"}


def test_a_persons_statement_shows_its_pieces_not_the_attribution_between() -> None:
    text = '"We will win," Mr Lee said, "and we will win well." ' * 4
    first, second = (0, text.index(",") + 2), (text.index('"and'), text.index('well."') + 6)
    quote = {"content": [list(first), list(second)], "speaker": [15, 21],
             "speaker_type": "person", "speaker_name": "Tom Lee", "direct": True}
    store = _store(_person_article(text, ["Tom Lee"], quotes=[quote]))
    update_corpus(store)
    (person,) = queries.people(store)
    (row,) = queries.person_statements(store, person["id"])
    assert row["content"] == '"We will win," … "and we will win well."'


def test_aliases_are_names_as_written_without_a_possessive() -> None:
    text = "Tom Lee’s plan was praised. " * 6
    ents = [{"start": 0, "end": 9, "label": "PERSON", "name": "Tom Lee"}]
    quote = {"content": [[10, 26]], "speaker": [0, 9], "speaker_type": "person",
             "speaker_name": "Tom Lee"}
    store = _store(Article(text=text, entities=ents, quotes=[quote]))
    update_corpus(store)
    (person,) = queries.people(store)
    assert person["aliases"] == ["Tom Lee"]
