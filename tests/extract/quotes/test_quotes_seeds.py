"""Who said what on the three real seeds (read from ../shared, never copied).

Statements are picked out by a word or two of their content; the
expectations are the ones issue #3 lists.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsdesk.article import Article
from newsdesk.pipeline import Pipeline

STAGES = ("clean.spam", "clean.boilerplate", "clean.headline", "extract.entities", "extract.quotes")


@cache
def _article(path: Path) -> Article:
    return Pipeline(STAGES)(Article(text=path.read_text(encoding="utf-8"), source=str(path)))


def _content(article: Article, quote: dict[str, Any]) -> str:
    return " ".join(article.text[s:e] for s, e in quote["content"])


def find(article: Article, *words: str) -> list[dict[str, Any]]:
    """Statements whose content holds every one of `words`."""
    return [q for q in article.quotes if all(w in _content(article, q) for w in words)]


def only(article: Article, *words: str) -> dict[str, Any]:
    found = find(article, *words)
    contents = [_content(article, q) for q in article.quotes]
    assert found, f"no statement containing {words}: {contents}"
    # the innermost (shortest) statement holding the words
    return min(found, key=lambda q: len(_content(article, q)))


@pytest.fixture
def a000(seed_paths: dict[str, Path]) -> Article:
    return _article(seed_paths["000"])


@pytest.fixture
def a001(seed_paths: dict[str, Path]) -> Article:
    return _article(seed_paths["001"])


@pytest.fixture
def a002(seed_paths: dict[str, Path]) -> Article:
    return _article(seed_paths["002"])


def test_000_corbyn_quote_and_his_added_partial_quote(a000: Article) -> None:
    for words in (("Of course", "understand"), ("lot better", "social media")):
        q = only(a000, *words)
        assert (q["speaker_name"], q["speaker_type"]) == ("Jeremy Corbyn", "person")


def test_000_anonymous_mp_and_the_paragraph_that_continues_the_quote(a000: Article) -> None:
    first, second = only(a000, "utter nonsense"), only(a000, "Pat yourselves")
    assert first["speaker_type"] == "anonymous"
    assert "Labour MP" in first["speaker_name"]
    assert (second["speaker_name"], second["speaker_type"]) == (
        first["speaker_name"],
        "anonymous",
    )
    assert first["direct"] and second["direct"]


def test_000_nested_attribution_gives_two_speakers(a000: Article) -> None:
    inner = only(a000, "knife edge")
    outer = max(find(a000, "knife edge"), key=lambda q: len(_content(a000, q)))
    assert inner is not outer
    assert inner["speaker_name"] == "Jeremy Corbyn"
    assert outer["speaker_type"] == "anonymous"
    # the inner statement lies inside the outer one's content
    (os_, oe), (is_, ie) = outer["content"][0], inner["content"][0]
    assert os_ <= is_ and ie <= oe


def test_000_reported_speech_and_a_pronoun_resolved_to_the_last_subject(a000: Article) -> None:
    coyle = only(a000, "same objections")
    assert coyle["speaker_name"] == "Neil Coyle" and not coyle["direct"]
    nuttall = only(a000, "witness statement")
    assert nuttall["speaker_name"] == "Paul Nuttall"
    assert a000.text[nuttall["speaker"][0] : nuttall["speaker"][1]] == "he"


def test_001_role_kept_with_the_name(a001: Article) -> None:
    q = only(a001, "sneak")
    assert q["speaker_name"] == "John Stevenson"
    assert q["speaker_role"] == "Conservative MP for Carlisle"


def test_001_he_after_an_anonymous_source_is_that_source(a001: Article) -> None:
    q = only(a001, "absolute nonsense")
    assert q["speaker_type"] == "anonymous"
    assert "Labour source" in q["speaker_name"]
    assert q["speaker_name"] != "Jeremy Corbyn"  # never merged into a named person


def test_001_corbyns_statements(a001: Article) -> None:
    for words in (("continued nuclear power",), ("no nuclear power",)):
        assert only(a001, *words)["speaker_name"] == "Jeremy Corbyn"


def test_002_quote_without_a_speaker_is_unknown(a002: Article) -> None:
    q = only(a002, "Trotskyists")
    assert q["speaker_type"] == "unknown" and q["speaker_name"] is None


def test_002_title_and_surname_resolve_to_the_full_name(a002: Article) -> None:
    q = only(a002, "very hard position")
    assert q["speaker_name"] == "Jess Phillips"


def test_every_record_follows_the_contract(a000: Article, a001: Article, a002: Article) -> None:
    for article in (a000, a001, a002):
        assert article.quotes
        for q in article.quotes:
            assert set(q) >= {"content", "cue", "speaker", "speaker_name", "speaker_type",
                              "speaker_role", "direct"}
            assert q["speaker_type"] in ("person", "organisation", "anonymous", "unknown")
            for s, e in q["content"] + [q["cue"] or [0, 1], q["speaker"] or [0, 1]]:
                assert 0 <= s < e <= len(article.text)
        for ent in article.entities:
            assert article.text[ent["start"] : ent["end"]].strip()
