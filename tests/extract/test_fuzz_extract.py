"""Property-based fuzzing of the extractors (issue 13): the whole article path
for text, `newsdesk.extract_text`, over generated news-like texts, targeted
layouts (interviews, nested quotes, bullets, dates, numbers) and any text,
with a publication date valid, invalid or absent. It never raises, never
takes 10 s, and every span it reports lies inside the text with the
documented names (docs/CONTRACT.md). Counts and the full run's command:
docs/FUZZING.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdesk
from newsdesk.article import Article
from newsdesk.nlp import load_nlp
from tests.fuzzing import (
    BULLETS,
    CHAR,
    FUZZ,
    INTERVIEW,
    NEWLINES,
    NUMBERS,
    any_texts,
    check_cleaned,
    news_texts,
    phrases,
    quoted,
    sentences,
    timed,
    within,
    write_report,
)

SPEAKER_TYPES = {"person", "organisation", "anonymous", "unknown"}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
CLAIM_KINDS = {"percent", "change", "lead", "count", "money", "distance", "duration",
               "majority", "rank", "poll"}
DATE_TYPES = {"DATE", "TIME", "DURATION", "SET"}
ANCHOR_SOURCES = {"metadata", "text", "corpus", None}


@pytest.fixture(scope="module", autouse=True)
def report() -> Iterator[None]:
    load_nlp()  # once, before the first input is timed
    yield
    write_report()


def _span(text: str, value: Any, what: str) -> None:
    assert isinstance(value, list) and len(value) == 2, (what, value)
    within(text, value[0], value[1], what)


def check_statements(text: str, records: list[dict[str, Any]], n_quotes: int) -> None:
    for rec in records:
        assert rec["content"], rec  # a statement says something
        for piece in rec["content"]:
            _span(text, piece, "content")
        for key in ("cue", "speaker"):
            if rec[key] is not None:
                _span(text, rec[key], key)
        assert rec["speaker_type"] in SPEAKER_TYPES, rec
        assert rec["speaker_name"] is None or isinstance(rec["speaker_name"], str), rec
        assert isinstance(rec["direct"], bool), rec
        assert rec["continues"] is None or 0 <= rec["continues"] < n_quotes, rec


def check_extracted(article: Article, text: str) -> None:
    check_cleaned(article, text)
    check_statements(text, article.quotes, len(article.quotes))
    check_statements(text, article.attributions, len(article.quotes))
    for ent in article.entities:
        within(text, ent["start"], ent["end"], "entity")
        assert ent["label"] in ENTITY_LABELS, ent
    for claim in article.claims:
        within(text, claim["start"], claim["end"], "claim")
        assert claim["text"] == text[claim["start"] : claim["end"]], claim
        assert claim["kind"] in CLAIM_KINDS, claim
        if claim.get("subject_span") is not None:
            _span(text, claim["subject_span"], "subject_span")
        assert claim["speaker_type"] in SPEAKER_TYPES | {"outlet"}, claim
    for date in article.dates:
        within(text, date["start"], date["end"], "date")
        assert date["text"] == text[date["start"] : date["end"]], date
        assert date["type"] in DATE_TYPES, date
        assert date["value"] is None or isinstance(date["value"], str), date
        assert date["anchor"]["source"] in ANCHOR_SOURCES, date
    # what `extract --jsonl` prints and the store keeps: strict JSON
    json.dumps(article.to_json(), allow_nan=False)


PUBLISHED = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()),
    st.datetimes().map(lambda d: d.isoformat()),
    st.sampled_from(["2017-02-21", "2017-02-21T10:30:00Z", "2017-02-30", "2017-13-01",
                     "0000-00-00", "9999-12-31", "0001-01-01", "2017", "2017-02", "21/02/2017",
                     "February 21, 2017", "yesterday", "", " ", "None", "2017-02-21junk",
                     "\x00", "٢٠١٧-٠٢-٢١", "+2017-02-21", "-001-01-01"]),
    st.text(CHAR, max_size=12),
)
TITLES = st.one_of(st.none(), st.just(""), phrases(10), st.text(CHAR, max_size=40))
OUTLETS = st.one_of(st.none(), st.sampled_from(["BBC", "The Guardian", "", "Reuters"]))


def check(text: str, data: st.DataObject) -> None:
    published = data.draw(PUBLISHED, label="published")
    title = data.draw(TITLES, label="title")
    outlet = data.draw(OUTLETS, label="outlet")
    article = timed(
        lambda: newsdesk.extract_text(text, source="fuzz", title=title, outlet=outlet,
                                      published=published),
        text,
    )
    check_extracted(article, text)


@FUZZ
@given(text=news_texts(max_chars=3000), data=st.data())
def test_news_like_texts(text: str, data: st.DataObject) -> None:
    check(text, data)


# -- targeted layouts --------------------------------------------------------

DATE_WORDS = st.sampled_from(
    ["last Tuesday", "next year", "3/4/21", "on 3 April", "earlier this month", "in March",
     "two weeks ago", "the following day", "since 2008", "by 2030", "at 10am on Friday",
     "every year", "for three years", "the 21st", "Feb. 21", "mid-2017", "the weekend",
     "Tuesday night", "late last year", "2017-02-21", "21.02.2017", "Monday 31 February"]
)


@st.composite
def interview(draw: st.DrawFn) -> str:
    turns = draw(st.lists(st.tuples(INTERVIEW, st.one_of(sentences(), quoted())), max_size=12))
    return "\n\n".join(f"{who} {said}" for who, said in turns)


@st.composite
def bullets(draw: st.DrawFn) -> str:
    mark = draw(BULLETS)
    items = draw(st.lists(st.one_of(sentences(), quoted()), max_size=12))
    return draw(sentences()) + "\n" + "\n".join(f"{mark} {item}" for item in items)


@st.composite
def dates_and_numbers(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.one_of(phrases(6), DATE_WORDS, NUMBERS), min_size=1, max_size=30))
    return " ".join(parts) + draw(st.sampled_from([".", "", " said Mr Corbyn."]))


@st.composite
def targeted(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.one_of(interview(), bullets(), dates_and_numbers(), quoted()),
                           min_size=1, max_size=6))
    text = "".join(p + draw(NEWLINES) for p in pieces)
    return text[:3000]


@FUZZ
@given(text=targeted(), data=st.data())
def test_targeted_layouts(text: str, data: st.DataObject) -> None:
    check(text, data)


#: Lone surrogates included: `nlp.masked_text` stands in for them, so the
#: public function must take them too.
@FUZZ
@given(text=any_texts(st.characters(exclude_categories=()), 3000), data=st.data())
def test_any_text(text: str, data: st.DataObject) -> None:
    check(text, data)
