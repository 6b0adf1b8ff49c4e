"""Numbers in play across a story (`corpus/numbers.py`): only claims of one kind,
unit and subject are compared, on invented stories told by two outlets."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from newsdesk.article import Article
from newsdesk.cli import main
from newsdesk.corpus.numbers import agree, numbers
from newsdesk.extract.claims import KINDS
from newsdesk.pipeline import Pipeline

STAGES = ("clean.spam", "clean.boilerplate", "clean.headline", "extract.quotes",
          "extract.claims")  # fmt: skip

# One story, two outlets: a ferry sank; one outlet recalls an older sinking.
HARBOUR_TIMES = (
    "Ferry sinks off Skerry Island\n"
    "The ferry Skerry Star sank off Skerry Island on Tuesday with 85 passengers on board, "
    "the coastguard said.\n"
    "In 2009 the ferry Holm Lady sank in the same strait with 40 passengers on board.\n"
    "Rescuers said 12 people were taken to hospital.\n"
)
COAST_DAILY = (
    "Skerry Star ferry lost in strait\n"
    "The Skerry Star went down on Tuesday with 85 passengers on board.\n"
    "Rescuers said 14 people were taken to hospital.\n"
    "Two people were killed, officials said.\n"
)
# A live blog of the same sinking: its time stamps are no counts.
LIVE_BLOG = (
    "Skerry Star sinking: live\n"
    "10:32\n"
    "The coastguard says the Skerry Star has sunk off Skerry Island.\n"
    "10.45 Rescuers said 12 people were taken to hospital.\n"
    "11.05am: A second lifeboat has left the harbour at Skerry.\n"
)
# One election, two outlets, two constituencies.
VALE_GAZETTE = (
    "Holt holds Lowmoor for the Greens\n"
    "Dana Holt held Lowmoor for the Greens with 14,208 votes, a majority of 412 over "
    "Ray Penn.\n"
    "In Brackwater, Ola Brenn won with a majority of 2,100.\n"
)
NORTH_POST = (
    "Greens keep Lowmoor\n"
    "Dana Holt kept Lowmoor for the Greens with a majority of 412.\n"
    "Her rival Ray Penn won 13,796 votes.\n"
)


def _article(text: str, outlet: str, aid: str) -> Article:
    article = Pipeline(STAGES)(Article(text=text, source=f"{aid}.txt", outlet=outlet))
    article.id = aid
    return article


def _groups(*texts: tuple[str, str]) -> list[dict[str, Any]]:
    articles = [_article(t, o, f"a{i}") for i, (t, o) in enumerate(texts)]
    return numbers(articles, set())


def _holding(groups: list[dict[str, Any]], written: str) -> list[dict[str, Any]]:
    return [g for g in groups if any(written in c["text"] for c in g["claims"])]


def test_two_sinkings_are_not_set_against_each_other() -> None:
    groups = _groups((HARBOUR_TIMES, "Harbour Times"), (COAST_DAILY, "Coast Daily"))
    (star,) = _holding(groups, "85")
    assert {c["article"] for c in star["claims"]} == {"a0", "a1"}
    assert not star["differs"]
    holm = _holding(groups, "40")
    assert all(not g["differs"] for g in holm)
    assert all("85" not in c["text"] for g in holm for c in g["claims"])


def test_a_real_difference_is_shown_with_its_basis() -> None:
    groups = _groups((HARBOUR_TIMES, "Harbour Times"), (COAST_DAILY, "Coast Daily"))
    (hospital,) = _holding(groups, "12")
    assert {c["text"] for c in hospital["claims"]} == {"12", "14"}
    assert hospital["differs"]
    basis = hospital["basis"]
    assert (basis["kind"], basis["measure"], basis["predicate"]) == ("count", "total", "take")
    assert basis["compared"] and "people" in basis["summary"]
    # killed is not taken to hospital: another group, nothing to compare
    (killed,) = _holding(groups, "Two")
    assert killed is not hospital and not killed["differs"]


def test_live_blog_time_stamps_are_not_counts() -> None:
    groups = _groups((LIVE_BLOG, "Coast Live"), (COAST_DAILY, "Coast Daily"))
    texts = [c["text"] for g in groups for c in g["claims"]]
    assert not any(t.startswith(("10", "11")) for t in texts), texts
    assert "12" in texts


def test_a_total_is_not_set_against_a_majority_nor_one_seat_against_another() -> None:
    groups = _groups((VALE_GAZETTE, "Vale Gazette"), (NORTH_POST, "North Post"))
    assert not any(g["differs"] for g in groups), [
        (g["basis"]["summary"], [c["text"] for c in g["claims"]]) for g in groups if g["differs"]
    ]
    (lowmoor,) = _holding(groups, "412")
    assert lowmoor["basis"]["measure"] == "margin"
    assert len(lowmoor["claims"]) == 2 and "2,100" not in {c["text"] for c in lowmoor["claims"]}
    assert lowmoor["basis"]["subject_match"] == "names"
    (total,) = _holding(groups, "14,208")
    assert total is not lowmoor and total["basis"]["measure"] == "total"


def test_majorities_of_two_seats_differ_only_within_one_seat() -> None:
    other = NORTH_POST.replace("a majority of 412", "a majority of 450")
    groups = _groups((VALE_GAZETTE, "Vale Gazette"), (other, "North Post"))
    (lowmoor,) = _holding(groups, "412")
    assert lowmoor["differs"] and "Lowmoor" in lowmoor["basis"]["names"]
    (brackwater,) = _holding(groups, "2,100")
    assert not brackwater["differs"] and len(brackwater["claims"]) == 1


@pytest.mark.parametrize(
    ("a", "qa", "b", "qb", "same"),
    [
        (2500, None, 2487, None, True),  # rounded to the hundred
        (298, None, 300, None, True),
        (298, None, 162, None, False),
        (20000, None, 16000, None, False),  # rounding hides at most 5%
        (10, None, 12, None, False),
        ([10, 20], None, 12, None, True),  # inside the range
        ([10, 20], None, [18, 30], None, True),  # overlapping ranges can both hold
        ([10, 20], None, 25, None, False),
        (200, "more than", 250, None, True),
        (200, "up to", 250, None, False),
        (300, "around", 280, None, True),
        (2500, "around", 2380, None, True),  # one more step of rounding
        (52, "around", 55, "around", False),  # a precise figure stays precise
        (300, "nearly", 320, None, False),  # nearly is below, rounding aside
        ([19, 15], None, [19, 14], None, False),  # a tally is no range
        ({"Labour": 41, "Greens": 38}, None, {"Labour": 41.4}, None, True),
        ({"Labour": 41}, None, {"Labour": 44}, None, False),
    ],
)
def test_values_agree_after_rounding_ranges_and_hedges(
    a: Any, qa: str | None, b: Any, qb: str | None, same: bool
) -> None:
    assert agree(a, qa, b, qb) is same
    assert agree(b, qb, a, qa) is same


def test_story_prints_the_basis_where_sources_differ(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "n.db")
    for name, text, outlet, day in (
        ("a", HARBOUR_TIMES, "Harbour Times", "2017-03-07"),
        ("b", COAST_DAILY, "Coast Daily", "2017-03-07"),
    ):
        path = tmp_path / f"{name}.jsonl"
        path.write_text(json.dumps({"text": text, "outlet": outlet, "published": day}) + "\n",
                        encoding="utf-8")  # fmt: skip
        assert main(["analyze", str(path), "--db", db, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["stories", "--db", db, "--jsonl"]) == 0
    stories = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    assert len(stories) == 1
    assert main(["story", str(stories[0]["id"]), "--db", db]) == 0
    # one group a line, wrapped by the console: read the groups between the headings
    out = " ".join(capsys.readouterr().out.split())
    part = out.split("Numbers in play")[1].split("Timeline")[0]
    groups = [g for g in re.split(rf" (?=(?:{'|'.join(KINDS)}) )", part) if g.strip()]
    hospital = next(g for g in groups if "12; 14" in g or "14; 12" in g)
    assert "(sources differ; compared as total in people of 'people' (take)" in hospital
    star = next(g for g in groups if "85; 85" in g)
    assert "differ" not in star
    assert not any("differ" in g for g in groups if "40" in g)


def _with_claims(aid: str, outlet: str, claims: list[dict[str, Any]]) -> Article:
    """An article whose claims are given (as extraction would store them), for the
    grouping rules that extraction does not decide."""
    text = " ".join(c["text"] for c in claims)
    at = 0
    for c in claims:
        c.update(start=text.index(c["text"], at), end=text.index(c["text"], at) + len(c["text"]))
        at = c["end"]
    article = Article(text=text, source=f"{aid}.txt", outlet=outlet)
    article.id, article.claims = aid, claims
    return article


def _claim(text: str, value: Any, subject: str, about: list[tuple[str, str]],
           date: str | None = None, kind: str = "count", unit: str = "people") -> dict[str, Any]:
    return {"text": text, "kind": kind, "value": value, "unit": unit, "qualifier": None,
            "subject": subject, "predicate": None, "date": date,
            "about": [{"name": n, "type": t} for n, t in about]}  # fmt: skip


def test_claims_naming_nothing_are_not_compared_when_names_tell_subjects_apart() -> None:
    a = _with_claims("a", "Air Wire", [
        _claim("298", 298, "people on board", [("NW212", "identifier")]),
        _claim("162", 162, "people on board", [("NW88", "identifier")]),
    ])  # fmt: skip
    b = _with_claims("b", "Sky Post", [_claim("295", 295, "people on board", [])])
    groups = numbers([a, b], set())
    assert len(groups) == 3 and not any(g["differs"] for g in groups)
    bare = next(g for g in groups if g["claims"][0]["text"] == "295")
    assert bare["basis"]["subject_match"] == "several" and not bare["basis"]["compared"]
    # with one flight named in the story, the bare figure is about it
    groups = numbers([_with_claims("a", "Air Wire", [a.claims[0]]), b], set())
    (one,) = groups
    assert one["differs"] and one["basis"]["subject_match"] == "only"


def test_an_article_with_two_figures_for_the_same_words_stops_the_comparison() -> None:
    a = _with_claims("a", "Air Wire", [
        _claim("298", 298, "people on board", []), _claim("162", 162, "people on board", []),
    ])  # fmt: skip
    b = _with_claims("b", "Sky Post", [_claim("298", 298, "people on board", [])])
    (group,) = numbers([a, b], set())
    assert not group["differs"] and not group["basis"]["compared"]
    assert "disagree" in group["basis"]["note"]


def test_figures_of_different_dates_or_pollsters_are_apart() -> None:
    a = _with_claims("a", "Vale Gazette", [
        _claim("61%", 61, "turnout", [], "2017-05-04", "percent", "%"),
        _claim("41 per cent", {"Greens": 41}, "the poll", [("YouGov", "pollster")], None,
               "poll", "%"),
    ])  # fmt: skip
    b = _with_claims("b", "North Post", [
        _claim("58%", 58, "turnout", [], "2015", "percent", "%"),
        _claim("44 per cent", {"Greens": 44}, "the poll", [("Opinia", "pollster")], None,
               "poll", "%"),
    ])  # fmt: skip
    groups = numbers([a, b], set())
    assert len(groups) == 4 and not any(g["differs"] for g in groups)
    c = _with_claims("c", "Coast Daily", [_claim("64%", 64, "the turnout", [], "2017-05",
                                                  "percent", "%")])  # fmt: skip
    turnout = next(g for g in numbers([a, b, c], set()) if "61%" in str(g["claims"]))
    assert {x["text"] for x in turnout["claims"]} == {"61%", "64%"} and turnout["differs"]


def test_shares_of_one_group_doing_different_things_are_apart() -> None:
    groups = _groups(
        ("Some 52 per cent of islanders backed the ferry plan.\n", "Harbour Times"),
        ("Some 40 per cent of islanders opposed the ferry plan.\n"
         "Some 55 per cent of islanders backed the ferry plan.\n", "Coast Daily"),
    )  # fmt: skip
    (backed,) = _holding(groups, "52")
    assert {c["text"] for c in backed["claims"]} == {"Some 52 per cent", "Some 55 per cent"}
    assert backed["differs"] and backed["basis"]["predicate"] == "back"
    (opposed,) = _holding(groups, "40")
    assert len(opposed["claims"]) == 1


def test_a_bare_count_with_no_verb_nor_name_is_listed_not_compared() -> None:
    groups = _groups(
        ("Here are five things to watch at the Skerry ferry vote.\n", "Harbour Times"),
        ("There are two things to know about the Skerry ferry vote.\n", "Coast Daily"),
    )  # fmt: skip
    (things,) = _holding(groups, "five")
    assert {c["text"] for c in things["claims"]} == {"five", "two"}
    assert not things["differs"] and not things["basis"]["compared"]
    assert "counted noun" in things["basis"]["note"]
