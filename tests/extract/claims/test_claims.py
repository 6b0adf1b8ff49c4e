"""Numeric claims and polls: sentences written here, and the seeds (read from
../shared, never copied) with the expectations issue #4 lists."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsdesk.article import Article, Removed
from newsdesk.extract.claims.finder import KINDS, QUALIFIERS, find_claims
from newsdesk.nlp import load_nlp
from newsdesk.pipeline import Pipeline

STAGES = ("clean.spam", "clean.boilerplate", "clean.headline", "extract.quotes", "extract.claims")


def claims_of(text: str, **kwargs: Any) -> list[dict[str, Any]]:
    return find_claims(load_nlp()(text), **kwargs)


def claim(claims: list[dict[str, Any]], written: str) -> dict[str, Any]:
    found = [c for c in claims if written in c["text"]]
    assert len(found) == 1, [c["text"] for c in claims]
    return found[0]


# -- sentences --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "written", "kind", "value", "unit"),
    [
        ("The plant could employ up to 20,000 people.", "20,000", "count", 20000, "people"),
        ("He has ten new followers this week.", "ten", "count", 10, "followers"),
        ("He has gained ten new followers.", "ten", "change", 10, "followers"),
        ("The scheme will cost £3.5bn over ten years.", "£3.5bn", "money", 3.5e9, "GBP"),
        ("She drove a 300-mile loop to get there.", "300-mile", "distance", 300, "miles"),
        ("The talks lasted 14 hours on Monday.", "14 hours", "duration", 14, "hours"),
        ("Unemployment fell 3 percent last year.", "3 percent", "change", -3, "%"),
        ("Prices rose by 2.5% in March.", "2.5%", "change", 2.5, "%"),
        ("The Greens have a 12-point lead over the Liberals.", "12-point", "lead", 12, "points"),
        ("In Bury, the Liberal majority was about 1,200.", "1,200", "majority", 1200, "votes"),
        ("The party was 3,000 ahead of the Greens in Wells.", "3,000", "majority", 3000, "votes"),
        ("It is now the third-largest party in the chamber.", "third", "rank", 3, "rank"),
        ("She was the first woman to lead the party.", "first", "rank", 1, "rank"),
        ("A third of voters are undecided.", "third", "percent", 33.33, "%"),
        ("One in five voters is undecided.", "One in five", "percent", 20, "%"),
    ],
)
def test_kinds_values_units(
    sentence: str, written: str, kind: str, value: float, unit: str
) -> None:
    c = claim(claims_of(sentence), written)
    assert (c["kind"], c["value"], c["unit"]) == (kind, pytest.approx(value), unit)
    assert c["kind"] in KINDS
    assert c["qualifier"] is None or c["qualifier"] in QUALIFIERS


def test_record_takes_its_year() -> None:
    c = claim(claims_of("Turnout fell to lows not seen since 1992 in the town."), "since")
    assert (c["kind"], c["value"], c["unit"]) == ("rank", 1992, "year")


def test_range_and_qualifier() -> None:
    c = claim(claims_of("Between 200 and 300 people marched on Saturday."), "200")
    assert c["value"] == [200, 300]
    assert c["unit"] == "people"
    c = claim(claims_of("More than 4,000 jobs are at risk."), "4,000")
    assert (c["qualifier"], c["text"]) == ("more than", "More than 4,000")


def test_subject_of_a_share_is_what_it_is_a_share_of() -> None:
    c = claim(claims_of("Some 60 percent of rural voters say they will stay home."), "60")
    assert c["subject"] == "rural voters"
    text = "Some 60 percent of rural voters say they will stay home."
    assert text[c["subject_span"][0] : c["subject_span"][1]] == c["subject"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote was held on 12 January in Leeds.",
        "In 2017 the party split.",
        "The meeting starts at 10:30 in the hall.",
        "Mr Brown, 54, told the meeting he would go.",
        "A 16-year-old girl was hurt.",
        "He left two years ago.",
        "One of his aides resigned.",
        "The two candidates met in Leeds.",
        "Thousands of people marched.",
        "He lives at 10 Downing Street.",
        "The result was within the margin of error of 3 percentage points.",
        "Call 0800 123 4567 for details.",
        "It was three times as large as the last one.",
        "He spoke at the G20 summit about Article 50.",
    ],
)
def test_not_claims(sentence: str) -> None:
    assert claims_of(sentence) == [], sentence


def test_numbers_in_removed_spans_are_skipped() -> None:
    text = "Win 500 prizes now!\nThe plant employs 2,000 people."
    claims = claims_of(text, removed=[Removed(0, 19, "spam")])
    assert [c["text"] for c in claims] == ["2,000"]


def test_speaker_is_the_statement_else_the_outlet() -> None:
    text = 'Ms Hale said: "We lost 300 members." The party has 5,000 members.'
    start = text.index("We lost")
    quotes = [
        {
            "content": [[start, text.index('."') + 1]],
            "speaker_name": "Jane Hale",
            "speaker_type": "person",
        }
    ]
    claims = claims_of(text, quotes=quotes, outlet="The Courier")
    inside, outside = claim(claims, "300"), claim(claims, "5,000")
    assert (inside["speaker_name"], inside["speaker_type"]) == ("Jane Hale", "person")
    assert (outside["speaker_name"], outside["speaker_type"]) == ("The Courier", "outlet")


def test_date_comes_from_the_same_sentence() -> None:
    text = "On Monday the council cut 40 jobs. The union has 900 members."
    dates = [{"start": 3, "end": 9, "text": "Monday", "type": "DATE", "value": "2017-02-20"}]
    claims = claims_of(text, dates=dates)
    assert claim(claims, "40")["date"] == "2017-02-20"
    assert claim(claims, "900")["date"] is None


def test_poll_written_as_names_and_shares() -> None:
    text = (
        "A new YouGov poll puts Labour on 41 per cent, up three, and the Conservatives on "
        "38 per cent, down two."
    )
    claims = claims_of(text)
    polls = [c for c in claims if c["kind"] == "poll"]
    assert len(polls) == 1
    poll = polls[0]
    assert poll["value"] == {"Labour": 41, "Conservatives": 38}
    assert poll["pollster"] == "YouGov"
    # the shares are in the poll only: not listed again as percent claims
    assert not [c for c in claims if c["kind"] == "percent"]


def test_poll_with_choosing_verbs() -> None:
    text = "In a Gallup poll, 46 percent of voters chose Smith while 41 percent backed Jones."
    poll = next(c for c in claims_of(text) if c["kind"] == "poll")
    assert poll["value"] == {"Smith": 46, "Jones": 41}


def test_shares_of_groups_are_not_a_poll() -> None:
    text = "The survey found 60 percent of Democrats and 20 percent of Republicans agree."
    assert not [c for c in claims_of(text) if c["kind"] == "poll"]


# -- the seeds ----------------------------------------------------------------------


@cache
def _article(path: Path) -> Article:
    import newsdesk.extract.stages  # noqa: F401  registers the stage

    return Pipeline(STAGES)(Article(text=path.read_text(encoding="utf-8"), source=str(path)))


def _by_text(article: Article, written: str) -> dict[str, Any]:
    found = [c for c in article.claims if written in article.text[c["start"] : c["end"]]]
    assert found, [article.text[c["start"] : c["end"]] for c in article.claims]
    return found[0]


def test_000_icm_poll_is_one_record(seed_paths: dict[str, Path]) -> None:
    a = _article(seed_paths["000"])
    polls = [c for c in a.claims if c["kind"] == "poll"]
    assert len(polls) == 1
    poll = polls[0]
    assert poll["value"] == {"Conservatives": 44, "Labour": 26}
    assert poll["changes"] == {"Conservatives": 2, "Labour": -1}
    assert poll["lead"] == 18
    assert poll["pollster"] == "ICM"
    # no double counting: 44 and 26 are in the poll, not separate percent claims
    assert not [c for c in a.claims if c["kind"] == "percent"]
    lead = _by_text(a, "18 points")
    assert (lead["kind"], lead["value"], lead["unit"], lead["over"]) == (
        "lead",
        18,
        "points",
        "Labour",
    )


def test_000_record_low_and_counts(seed_paths: dict[str, Path]) -> None:
    a = _article(seed_paths["000"])
    low = _by_text(a, "since 2008")
    assert (low["kind"], low["value"]) == ("rank", 2008)
    ten = _by_text(a, "ten")
    assert (ten["kind"], ten["value"], ten["unit"]) == ("count", 10, "followers")
    assert ten["speaker_name"] == "One Labour MP"
    assert not [c for c in a.claims if c["value"] in (2008, 1983) and c["kind"] != "rank"]


def test_001_majorities_with_their_constituencies(seed_paths: dict[str, Path]) -> None:
    a = _article(seed_paths["001"])
    copeland = _by_text(a, "2,500")
    assert (copeland["kind"], copeland["value"], copeland["qualifier"]) == (
        "majority",
        2500,
        "around",
    )
    assert "majority" in copeland["subject"]
    assert "Copeland" in copeland["entities"] and copeland["place"] == "Copeland"
    assert copeland["over"] == "Tories"
    stoke = _by_text(a, "5,000")
    assert (stoke["kind"], stoke["value"], stoke["over"]) == ("majority", 5000, "UKIP")
    assert stoke["place"] == "Stoke-on-Trent Central"
    assert "Stoke-on-Trent Central" in stoke["entities"]
    assert not [c for c in a.claims if c["value"] == 2015]


def test_001_jobs_trip_and_hours(seed_paths: dict[str, Path]) -> None:
    a = _article(seed_paths["001"])
    jobs = _by_text(a, "20,000")
    assert (jobs["kind"], jobs["value"], jobs["qualifier"], jobs["unit"]) == (
        "count",
        20000,
        "up to",
        "people",
    )
    trip = _by_text(a, "700-mile")
    assert (trip["kind"], trip["value"], trip["unit"]) == ("distance", 700, "miles")
    assert trip["subject"] == "round trip"
    hours = _by_text(a, "16 hours")
    assert (hours["kind"], hours["value"], hours["unit"]) == ("duration", 16, "hours")
    # the spam line and the video titles are removed: nothing is claimed from them
    assert all(not a.is_removed(c["start"], c["end"]) for c in a.claims)


def test_002_shares_with_what_they_measure(seed_paths: dict[str, Path]) -> None:
    a = _article(seed_paths["002"])
    backing = _by_text(a, "84%")
    assert (backing["kind"], backing["value"]) == ("percent", 84)
    assert backing["subject"] == "local Labour parties"
    skills = _by_text(a, "22 per cent")
    assert (skills["kind"], skills["value"], skills["unit"]) == ("percent", 22, "%")
    assert skills["subject"] is not None and "leadership skills" in skills["subject"]
    # `12 January` and `June 23` are dates, not claims
    assert not [c for c in a.claims if c["value"] in (12, 23)]


def test_claim_records_keep_the_contract(seed_paths: dict[str, Path]) -> None:
    keys = {"start", "end", "kind", "value", "unit", "qualifier", "subject", "subject_span",
            "entities", "speaker_name", "speaker_type", "date", "about",
            "predicate"}  # fmt: skip
    for path in seed_paths.values():
        a = _article(path)
        for c in a.claims:
            assert keys <= set(c)
            assert c["kind"] in KINDS
            assert c["qualifier"] is None or c["qualifier"] in QUALIFIERS
            if c["subject_span"] is not None:
                s, e = c["subject_span"]
                assert a.text[s:e] == c["subject"]
            assert a.text[c["start"] : c["end"]] == c["text"]
            assert all(set(n) == {"name", "type"} for n in c["about"])


def test_poll_with_bracketed_changes() -> None:
    text = "The latest ICM poll has the Conservatives on 44% (+2) and Labour on 26% (-1)."
    claims = claims_of(text)
    poll = next(c for c in claims if c["kind"] == "poll")
    assert poll["value"] == {"Conservatives": 44, "Labour": 26}
    assert poll["changes"] == {"Conservatives": 2, "Labour": -1}
    changes = [(c["text"], c["value"]) for c in claims if c["kind"] == "change"]
    assert changes == [("+2", 2), ("-1", -1)]


@pytest.mark.parametrize(
    ("sentence", "written", "kind", "unit"),
    [
        ("Dana Holt won the seat with a 412-vote majority.", "412", "majority", "votes"),
        ("Ms Holt beat Ray Penn by 412 votes.", "412", "majority", "votes"),
        ("Ms Holt won by a margin of 412 votes.", "412", "majority", "votes"),
        ("Her margin of victory was 412 votes.", "412", "majority", "votes"),
        ("Ms Holt polled 14,208 votes, 412 more than Mr Penn.", "412", "majority", "votes"),
        ("The Greens took 12 more seats than Labour.", "12", "majority", "seats"),
        ("Ms Holt polled 14,208 votes, 412 more than Mr Penn.", "14,208", "count", "votes"),
        ("Ms Holt won the seat with a 14,208-vote total.", "14,208", "count", "votes"),
        ("Ms Holt's vote rose by 1,200 on the last election.", "1,200", "change", None),
    ],
)
def test_a_margin_is_not_a_total(sentence: str, written: str, kind: str, unit: str) -> None:
    c = claim(claims_of(sentence), written)
    assert (c["kind"], c["unit"]) == (kind, unit)


def test_about_names_what_the_figure_is_about_not_who_says_it() -> None:
    text = (
        "According to Norwind Air, 298 people were on board flight NW212.\n"
        "In 2009 a Norwind Air flight, NW88, came down with 162 people on board.\n"
        "Dana Holt kept Lowmoor with a majority of 412.\n"
    )
    claims = claims_of(text)
    about = {c["text"]: {(a["name"], a["type"]) for a in c["about"]} for c in claims}
    assert ("NW212", "identifier") in about["298"]
    assert "Norwind Air" not in {name for name, _ in about["298"]}  # who says it
    assert ("NW88", "identifier") in about["162"]
    assert {"Dana Holt", "Lowmoor"} <= {name for name, _ in about["412"]}


def test_predicate_is_the_verb_that_tells_a_bare_count() -> None:
    claims = claims_of("Fire crews said 25 people were hurt and 12 people were killed.")
    assert {c["text"]: c["predicate"] for c in claims} == {"25": "hurt", "12": "kill"}
    assert claim(claims_of("There were 40 people in the hall."), "40")["predicate"] is None


def test_a_ratio_margin_is_no_majority() -> None:
    c = claim(claims_of("False claims outnumbered true ones by a 3 to 1 margin."), "3 to 1")
    assert c["kind"] != "majority"


def test_a_speaker_is_left_out_of_about_only_for_what_they_say() -> None:
    text = '"We will win," Ms Quist told a crowd of 900 people. "We have 300 new members."'
    said = text.index("We have")
    quotes = [{"content": [[1, 13], [said, len(text) - 1]], "speaker": [20, 29],
               "speaker_name": "Mara Quist", "speaker_type": "person"}]  # fmt: skip
    claims = claims_of(text, quotes=quotes)
    crowd, members = claim(claims, "900"), claim(claims, "300")
    assert "Ms Quist" in {a["name"] for a in crowd["about"]}  # she is before the crowd
    assert "Ms Quist" not in {a["name"] for a in members["about"]}  # she says it
