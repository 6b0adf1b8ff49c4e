"""Who said what on the seeds, as a reader would name it (read from ../shared,
never copied): roles bound to the person, headlines that are not statements,
speech apart from what people are said to feel or plan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsdesk.article import Article
from newsdesk.pipeline import Pipeline

STAGES = ("clean.spam", "clean.boilerplate", "clean.headline", "extract.entities", "extract.quotes")


def _run(path: Path) -> Article:
    return Pipeline(STAGES)(Article(text=path.read_text(encoding="utf-8"), source=str(path)))


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    from tests.conftest import SEEDS, need

    need(SEEDS)
    return {p.name[:3]: _run(p) for p in sorted(SEEDS.glob("*.txt"))}


def _with(article: Article, records: list[dict[str, Any]], words: str) -> list[dict[str, Any]]:
    return [q for q in records if any(words in article.text[s:e] for s, e in q["content"])]


def _cue(article: Article, q: dict[str, Any]) -> str:
    return article.text[slice(*q["cue"])] if q["cue"] else ""


def test_000_the_labour_leader_and_the_leader_are_corbyn(articles: dict[str, Article]) -> None:
    a = articles["000"]
    claimed = [q for q in a.quotes if _cue(a, q) == "claimed"]
    warned = [q for q in a.quotes if _cue(a, q) == "warned"]
    assert claimed and warned
    for q in claimed + warned:
        assert q["speaker_name"] == "Jeremy Corbyn", q
        assert q["speaker_type"] == "person"


def test_000_headline_is_not_a_statement(articles: dict[str, Article]) -> None:
    a = articles["000"]
    assert a.title_span is not None
    head = (a.title_span.start, a.title_span.end)
    assert not [q for q in a.quotes if q["content"][0][0] < head[1]]


def test_000_people_who_felt_are_no_speaker(articles: dict[str, Article]) -> None:
    a = articles["000"]
    felt = [q for q in a.quotes if _cue(a, q) == "felt"]
    assert not felt
    assert all(q["speaker_name"] != "people" for q in a.quotes)
    # still an attribution in PolNeAR's sense, kept apart from statements
    assert [q for q in a.attributions if _cue(a, q) == "felt"]


def test_002_trotskyists_is_a_statement_with_no_known_speaker(
    articles: dict[str, Article],
) -> None:
    a = articles["002"]
    (q,) = _with(a, a.quotes, "Trotskyists")
    assert q["speaker_type"] == "unknown" and q["speaker_name"] is None
