"""Dates: TIMEX3 normalisation against fixed anchors, unresolved without one,
removed spans skipped, the publication date found in the text, and seed 000.

Sentences are written for these tests; seed text is read from ../shared.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from newsdesk.article import Article, Removed
from newsdesk.config import Options
from newsdesk.extract.dates.finder import find_dates
from newsdesk.extract.dates.pubdate import find_pubdate
from newsdesk.extract.stages import extract_dates
from newsdesk.nlp import load_nlp
from newsdesk.pipeline import Pipeline

#: A Tuesday: the week is 2017-W08, the weekend before it 18-19 February.
ANCHOR = "2017-02-21"

CASES = [
    # sentence, expression, type, value
    ("The leader spoke at last night's meeting of MPs.", "last night", "TIME", "2017-02-20TNI"),
    ("Voters will go to the polls this Thursday.", "this Thursday", "DATE", "2017-02-23"),
    ("He made a secret visit to the town on Sunday.", "Sunday", "DATE", "2017-02-19"),
    ("The MP announced last Friday that he would quit.", "last Friday", "DATE", "2017-02-17"),
    ("He will travel to the constituency on Friday.", "Friday", "DATE", "2017-02-24"),
    ("The plant was damaged in 2011.", "2011", "DATE", "2011"),
    ("Britain voted in the June 23 referendum.", "June 23", "DATE", "2016-06-23"),
    ("The contest will be decided next month.", "next month", "DATE", "2017-03"),
    ("Members who joined after 12 January can vote.", "12 January", "DATE", "2017-01-12"),
    ("Its polling is at lows not seen since 2008.", "2008", "DATE", "2008"),
    ("He rested over the weekend.", "the weekend", "DATE", "2017-W07-WE"),
    ("The report will be published on Feb. 27.", "Feb. 27", "DATE", "2017-02-27"),
    ("The factory closed two years ago.", "two years ago", "DATE", "2015"),
    ("Prices rose over the past three months.", "the past three months", "DURATION", "P3M"),
    ("The minister resigned yesterday.", "yesterday", "DATE", "2017-02-20"),
    ("The company was founded in 1998.", "1998", "DATE", "1998"),
    ("Music of the 1990s is back.", "the 1990s", "DATE", "199X"),
    ("Earlier this year, he resigned.", "Earlier this year", "DATE", "2017"),
    ("She recently left the party.", "recently", "DATE", "PAST_REF"),
    ("He is now the party's leader.", "now", "DATE", "PRESENT_REF"),
    ("She served three years in the cabinet.", "three years", "DURATION", "P3Y"),
    ("The committee meets every week.", "every week", "SET", "P1W"),
    ("The polls close at 5 p.m.", "5 p.m.", "TIME", "2017-02-21T17:00"),
    ("The talks lasted two hours.", "two hours", "DURATION", "PT2H"),
    ("He has had ten new followers this week.", "this week", "DATE", "2017-W08"),
    ("Sales fell in the third quarter.", "the third quarter", "DATE", "2016-Q3"),
    ("Profits rose 5% last year.", "last year", "DATE", "2016"),
    ("The deal will close soon.", "soon", "DATE", "FUTURE_REF"),
    ("The vote was held on 12 January 2016.", "12 January 2016", "DATE", "2016-01-12"),
    ("The paper is published daily.", "daily", "SET", "P1D"),
    ("Talks ran for a year and a half.", "a year and a half", "DURATION", "P1Y6M"),
    ("The meeting ended at noon yesterday.", "noon yesterday", "TIME", "2017-02-20T12:00"),
    ("He was elected in April.", "April", "DATE", "2016-04"),
    ("She will be back at Christmas.", "Christmas", "DATE", "2017-12-25"),
    ("The offer was extended to Feb. 27.", "Feb. 27", "DATE", "2017-02-27"),
    ("Wednesday's vote was close.", "Wednesday", "DATE", "2017-02-15"),
    ("No decision is expected until Monday.", "Monday", "DATE", "2017-02-27"),
    ("Sales rose 5% from a year earlier, in the third quarter.", "a year earlier", "DATE", "2016"),
    ("Third-quarter profit rose from a year earlier.", "a year earlier", "DATE", "2015-Q3"),
    ("The blast came at 10:35 a.m. (0735 GMT) Friday.", "10:35 a.m.", "TIME", "2017-02-17T10:35"),
    ("The boy was rescued on Thanksgiving Day.", "Thanksgiving Day", "DATE", "2016-11-24"),
    ("The hearing is set for the week of March 6.", "the week of March 6", "DATE", "2017-W10"),
    ("Officials met a week or so ago.", "a week or so ago", "DATE", "2017-W07"),
    ("Sales in the current quarter were strong.", "the current quarter", "DATE", "2017-Q1"),
    ("Results for the comparable year-ago quarter were restated.",
     "the comparable year-ago quarter", "DATE", "2016-Q1"),
    ("It was one of the worst disasters of this century.", "this century", "DATE", "20"),
    ("It ended a decades-long feud.", "decades-long", "DURATION", "PXDE"),
    ("They emerged from a day-long meeting.", "day-long", "DURATION", "P1D"),
    # the past perfect sets a date back, whatever "until" or "due to" says
    ("Until Thursday, police had not named him.", "Thursday", "DATE", "2017-02-16"),
    ("The offer had been due to expire Friday.", "Friday", "DATE", "2017-02-17"),
    ("Police have been searching since the Jan. 23 attack.", "Jan. 23", "DATE", "2017-01-23"),
    ("Police have been searching since shortly after the March 3 attack.", "March 3", "DATE",
     "2016-03-03"),
    ("Oil was cheaper in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four",
     "DATE", "1994-WI"),
    ("The festival moved in the summer of 1969.", "the summer of 1969", "DATE", "1969-SU"),
    ("Prices rose from the lows of the early summer.", "the early summer", "DATE", "2016-SU"),
    ("Profit for the quarter a year ago was $1 million.", "the quarter a year ago", "DATE", "2016"),
    ("Pilgrims will arrive for Easter.", "Easter", "DATE", "2017-04-16"),
    ("Crowds will gather as Easter week begins.", "Easter week", "DATE", "2017-W15"),
    ("Shops close on Good Friday.", "Good Friday", "DATE", "2017-04-14"),
    ("The post-1959 politics split families.", "post-1959", "DATE", "1959"),
    ("He needs to win through April's contests.", "April", "DATE", "2017-04"),
    ("She has backers she will need come November.", "November", "DATE", "2017-11"),
    ("He covered games on Monday nights.", "Monday nights", "SET", "XXXX-WXX-1TNI"),
    ("The shop shuts on Sundays.", "Sundays", "SET", "XXXX-WXX-7"),
]


def _dates(sentence: str, anchor: str | None = ANCHOR) -> list[dict[str, Any]]:
    return find_dates(load_nlp()(sentence), anchor, "metadata" if anchor else None)


def _record(records: list[dict[str, Any]], text: str) -> dict[str, Any]:
    found = [r for r in records if r["text"] == text]
    assert found, f"{text!r} not found: {[(r['text'], r['value']) for r in records]}"
    return found[0]


@pytest.mark.parametrize(("sentence", "text", "kind", "value"), CASES, ids=[c[1] for c in CASES])
def test_normalised_against_a_fixed_anchor(sentence: str, text: str, kind: str, value: str) -> None:
    rec = _record(_dates(sentence), text)
    assert (rec["type"], rec["value"]) == (kind, value)
    assert sentence[rec["start"] : rec["end"]] == text
    assert rec["anchor"] == {"date": ANCHOR, "source": "metadata", "estimated": False}


def test_a_preposition_is_not_part_of_the_expression() -> None:
    texts = [r["text"] for r in _dates("He left in 2011 and returned on Sunday, since 2008 too.")]
    assert texts == ["2011", "Sunday", "2008"]


def test_relative_expressions_stay_unresolved_without_an_anchor() -> None:
    records = _dates("Last night he said he met her on 12 January 2016 and in 2011.", None)
    assert _record(records, "Last night")["value"] is None
    assert _record(records, "Last night")["type"] == "TIME"
    assert _record(records, "12 January 2016")["value"] == "2016-01-12"
    assert _record(records, "2011")["value"] == "2011"
    assert all(r["anchor"] == {"date": None, "source": None, "estimated": False} for r in records)


def test_words_that_only_look_like_dates_are_not_dates() -> None:
    records = _dates("Sun Microsystems said it may march on. Jan Smith paid $1,500 for 2,000 cars.")
    assert records == []


def test_that_day_refers_to_the_date_last_named() -> None:
    records = _dates("He fled on 3 May 2010 and was caught the following day. Later that year "
                     "he died.")
    assert _record(records, "the following day")["value"] == "2010-05-04"
    assert _record(records, "Later that year")["value"] == "2010"
    stocks = _dates("The index fell on Friday, Feb. 10, down from the previous Friday.")
    assert _record(stocks, "the previous Friday")["value"] == "2017-02-03"
    month = _dates("In March 2016 they met; he left the following Monday.")
    assert _record(month, "the following Monday")["value"] == "2017-02-27"  # no day: the anchor
    alone = _dates("He was caught the following day.", None)
    assert _record(alone, "the following day")["value"] is None


def _stage(article: Article, options: Any = None) -> Article:
    return extract_dates(article, options or Options())


def test_removed_spans_are_skipped() -> None:
    text = "Headline\nWatch: the best goals of 2015\nThe vote was held last Friday."
    start = text.index("Watch")
    article = Article(text=text, published=ANCHOR,
                      removed=[Removed(start, text.index("\nThe"), "video_title")])
    records = _stage(article).dates
    assert [(r["text"], r["value"]) for r in records] == [("last Friday", "2017-02-17")]


def test_anchor_comes_from_metadata_then_text_then_corpus() -> None:
    body = "MPs met last night."
    meta = _stage(Article(text=body, published="2017-02-21")).dates[0]
    assert meta["anchor"] == {"date": "2017-02-21", "source": "metadata", "estimated": False}
    stamped = _stage(Article(text="Published 12:01, 21 February 2017\n" + body)).dates
    night = _record(stamped, "last night")
    assert night["anchor"]["source"] == "text" and night["value"] == "2017-02-20TNI"
    estimate = SimpleNamespace(anchor_date="2017-03-01")
    est = _stage(Article(text=body), estimate).dates[0]
    assert est["anchor"] == {"date": "2017-03-01", "source": "corpus", "estimated": True}
    none = _stage(Article(text=body)).dates[0]
    assert none["value"] is None and none["anchor"]["date"] is None


@pytest.mark.parametrize(
    ("text", "date", "kind"),
    [
        ("Headline\nPublished 12:01, 21 February 2017\nBody text here.", "2017-02-21", "stamp"),
        ("Headline\nBody.\nUpdated: Feb 21, 2017 4:05 pm", "2017-02-21", "stamp"),
        ("Tuesday 21 February 2017\nHeadline\nBody text.", "2017-02-21", "dateline"),
        ("Headline\nBy A Reporter | 2017-02-21\nBody.", "2017-02-21", "dateline"),
    ],
)
def test_publication_date_found_in_the_text(text: str, date: str, kind: str) -> None:
    found = find_pubdate(text)
    assert found is not None and (found.date, found.kind) == (date, kind)
    assert date[:4] in text[found.start : found.end]


def test_a_date_in_a_story_sentence_is_not_a_publication_date() -> None:
    text = ("Headline\nThe party said that the leadership vote held on 12 January 2016 was "
            "fair and that members had accepted the result.\nMore text.")
    assert find_pubdate(text) is None


def test_publication_stamp_beats_an_update() -> None:
    text = "Updated 22 February 2017\nPublished 21 February 2017\nBody."
    found = find_pubdate(text)
    assert found is not None and found.date == "2017-02-21"


# -- seed 000 -----------------------------------------------------------------

STAGES = ("clean.spam", "clean.boilerplate", "clean.headline", "extract.dates")


def _seed(path: Path, published: str | None) -> Article:
    return Pipeline(STAGES)(
        Article(text=path.read_text(encoding="utf-8"), source=str(path), published=published)
    )


def test_seed_000_relative_dates_resolve_against_its_publication_date(
    seed_paths: dict[str, Path],
) -> None:
    # The scraped text carries no date line, so the date comes as metadata
    # would give it: the Tuesday after the PLP meeting, two days before the
    # Thursday by-elections the article looks ahead to.
    path = seed_paths["000"]
    assert find_pubdate(path.read_text(encoding="utf-8")) is None
    article = _seed(path, "2017-02-21")
    by_text: dict[str, list[Any]] = {}
    for rec in article.dates:
        by_text.setdefault(rec["text"].lower(), []).append(rec["value"])
    assert by_text["last night"] == ["2017-02-20TNI", "2017-02-20TNI"]
    assert by_text["this thursday"] == ["2017-02-23"]
    assert by_text["2008"] == ["2008"] and by_text["1983"] == ["1983"]
    assert by_text["last year"] == ["2016"]
    assert "2017-W08" in by_text["this week"]
    assert all(r["anchor"]["source"] == "metadata" for r in article.dates)


def test_seed_000_without_a_publication_date_leaves_relative_dates_unresolved(
    seed_paths: dict[str, Path],
) -> None:
    article = _seed(seed_paths["000"], None)
    values = {r["text"].lower(): r["value"] for r in article.dates}
    assert values["last night"] is None and values["this thursday"] is None
    assert values["2008"] == "2008"


def test_in_january_the_quarter_reported_on_is_last_years_fourth() -> None:
    records = _dates("Profit rose in the latest quarter from the year-ago quarter.", "2017-01-15")
    assert _record(records, "the latest quarter")["value"] == "2016-Q4"
    assert _record(records, "the year-ago quarter")["value"] == "2015-Q4"


def test_since_sets_a_date_in_the_past() -> None:
    records = _dates("Prices have risen since Jan. 30.", "2017-01-15")
    assert _record(records, "Jan. 30")["value"] == "2016-01-30"


def test_the_corresponding_period_last_year_is_the_quarter_named_a_year_back() -> None:
    records = _dates("Third-quarter profit fell to $2 million from $3 million in the corresponding "
                     "period last year.")
    assert _record(records, "the corresponding period last year")["value"] == "2015-Q3"


def test_show_titles_and_ordinals_are_not_time_expressions() -> None:
    records = _dates('He spoke on ABC\'s "This Week" and on "60 Minutes." It was a second '
                     "betrayal.")
    assert records == []
    assert _record(_dates("Rooms cost $55 a night."), "a night")["value"] == "P1D"


def test_that_quarter_is_the_quarter_last_named() -> None:
    records = _dates("Profit fell in the second quarter of 2015. Results for that quarter included "
                     "a charge.")
    assert _record(records, "that quarter")["value"] == "2015-Q2"


def test_a_quarter_of_something_is_a_fraction() -> None:
    records = _dates("He won the quarter of voters under 30, more than a quarter of the total.")
    assert records == []
    assert _record(_dates("Profit rose for the quarter."), "the quarter")["value"] == "2017-Q1"


ODD = ["the end of the season", "Feb. 30, 2016", "2016-13-45 and that night", "2/30/2016, that day"]


@pytest.mark.parametrize("text", ODD)
def test_odd_inputs_do_not_crash_and_no_such_day_is_no_date(text: str) -> None:
    for anchor in (ANCHOR, None):
        records = find_dates(text, anchor, "metadata" if anchor else None)
        assert not any(r["text"].startswith(("Feb. 30", "2016-13", "2/30")) for r in records)


def test_a_spoken_year_of_the_new_century() -> None:
    assert _record(_dates("It was planned for twenty twenty."), "twenty twenty")["value"] == "2020"


def test_a_published_value_that_is_no_date_is_no_anchor() -> None:
    # Found by fuzzing (tests/extract/test_fuzz_extract.py): "2017-02-30" as
    # `published` made the stage raise ValueError.
    body = "Published 12:01, 21 February 2017\nMPs met last night."
    for bad in ("2017-02-30", "2017-02", "21/02/2017", "soon"):
        night = _record(_stage(Article(text=body, published=bad)).dates, "last night")
        assert night["anchor"]["source"] == "text" and night["value"] == "2017-02-20TNI", bad
    estimate = SimpleNamespace(anchor_date="2017-13-01")
    assert _stage(Article(text="MPs met last night."), estimate).dates[0]["value"] is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("MPs meet tomorrow morning.", "9999-12-31"),
        ("MPs met yesterday.", "0001-01-01"),
        ("Published 31 December 9999\nMPs will meet at Easter.", None),
        ("MPs met on 9999-12-31 and again the following day.", "2017-02-21"),
        ("The bridge opens 400 days from now.", "9998-12-31"),
        ("The bridge closed 500 days ago.", "0002-01-01"),
    ],
)
def test_a_date_past_the_calendar_stays_unresolved(text: str, published: str | None) -> None:
    # Found by fuzzing (tests/extract/test_fuzz_extract.py): a day before
    # 0001-01-01 or after 9999-12-31 raised OverflowError or ValueError.
    records = _stage(Article(text=text, published=published)).dates
    assert records and records[-1]["value"] is None
