"""The same quote in several outlets is one statement; a changed word is a
possible misquote, shown as a word diff."""

from __future__ import annotations

from typing import Any

from newsdesk.article import Article
from newsdesk.corpus.quotes import statements_across, word_diff
from newsdesk.store import Store

QUOTE_A = "We will build the new bridge before the winter storms arrive"
QUOTE_B = "We will build the new bridge before the spring storms arrive"


def _article(quote: str, outlet: str, speaker: str, kind: str = "person") -> Article:
    text = f'{outlet} reports. "{quote}," {speaker} said on Monday.'
    start = text.index(quote)
    q: dict[str, Any] = {
        "content": [[start, start + len(quote)]], "cue": None, "speaker": None,
        "speaker_name": speaker, "speaker_type": kind, "speaker_role": None, "direct": True,
    }
    return Article(text=text, outlet=outlet, quotes=[q])


def test_word_diff_names_the_changed_words() -> None:
    assert word_diff(QUOTE_A, QUOTE_B) == ["-winter", "+spring"]
    assert word_diff(QUOTE_A, QUOTE_A) == []


def test_one_statement_with_several_sources_and_a_possible_misquote() -> None:
    a = _article(QUOTE_A, "Harbour Times", "Ann Lee")
    b = _article(QUOTE_A, "Coast Daily", "Ann Lee")
    c = _article(QUOTE_B, "Bay News", "Ann Lee")
    with Store(":memory:") as store:
        store.add_articles([a, b, c])
        (who,) = statements_across(store, [a, b, c], copies=set())
    assert who["speaker"] == "Ann Lee"
    assert sorted(who["outlets"]) == ["Bay News", "Coast Daily", "Harbour Times"]
    (statement,) = who["statements"]
    assert [s["outlet"] for s in statement["sources"]] == [
        "Harbour Times", "Coast Daily", "Bay News"]
    assert statement["misquote"]["diff"] == ["-winter", "+spring"]
    assert statement["misquote"]["article"] == c.id


def test_anonymous_speakers_are_never_merged_across_articles() -> None:
    a = _article(QUOTE_A, "Harbour Times", "a council source", kind="anonymous")
    b = _article(QUOTE_A, "Coast Daily", "a council source", kind="anonymous")
    with Store(":memory:") as store:
        store.add_articles([a, b])
        speakers = statements_across(store, [a, b], copies=set())
    assert len(speakers) == 2
