"""The numeric claims scorer (eval/claims.py) on small hand-made predictions, and the
validity of the hand-made gold set (eval/claims_gold.jsonl) against the shared texts."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `eval` is a top-level directory of the repository
    sys.path.insert(0, str(ROOT))

from eval.claims import main  # noqa: E402
from eval.claims_gold import (  # noqa: E402
    DEFAULT_GOLD,
    Claim,
    GoldArticle,
    normalise_text,
    read_claim,
    read_gold,
    text_sha,
)
from eval.claims_match import match_claims, units_equal, values_equal  # noqa: E402
from eval.claims_predictions import read_predictions  # noqa: E402
from eval.claims_score import score, score_article, summarise  # noqa: E402
from tests.conftest import POLNEAR, need  # noqa: E402

TEXTS = POLNEAR / "dev" / "text"


def claim(start: int, end: int, kind: str = "count", value: Any = 1, unit: str | None = None,
          qualifier: str | None = None, subject: tuple[int, int] | None = None) -> Claim:
    return Claim((start, end), kind, value, unit, qualifier, subject)


# -- matching ----------------------------------------------------------------


def test_overlapping_spans_match_one_to_one() -> None:
    gold = [claim(10, 20)]
    pred = [claim(5, 12), claim(12, 25)]  # both overlap the one gold claim
    counts = score_article("a", gold, pred)
    assert (counts.gold, counts.pred, counts.matched) == (1, 2, 1)
    figures = summarise(counts)["claims"]
    assert figures["precision"] == 0.5 and figures["recall"] == 1.0


def test_matching_prefers_the_largest_overlap() -> None:
    gold = [claim(10, 20)]
    pred = [claim(18, 30), claim(9, 19)]
    assert match_claims(gold, pred) == [(0, 1)]


def test_matching_prefers_more_pairs_over_overlap() -> None:
    # Pairing the big overlap would leave the second gold claim unmatched.
    gold = [claim(0, 10), claim(10, 12)]
    pred = [claim(0, 11), claim(5, 10)]
    assert sorted(match_claims(gold, pred)) == [(0, 1), (1, 0)]


def test_touching_spans_do_not_match() -> None:
    assert match_claims([claim(0, 5)], [claim(5, 9)]) == []


def test_kind_breaks_ties() -> None:
    gold = [claim(0, 10, kind="poll"), claim(0, 10, kind="lead")]
    pred = [claim(0, 10, kind="lead"), claim(0, 10, kind="poll")]
    assert sorted(match_claims(gold, pred)) == [(0, 1), (1, 0)]


# -- values, units -----------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred"),
    [
        (20000, 20000.0),
        (20000, "20,000"),
        (33.33, 100 / 3),  # within 0.5 % relative
        (-3, 3),  # a fall: signs are not compared
        ([2000, 3000], [2000, 3000]),
        ([19, 15], {"low": 15, "high": 19}),
        ({"Clinton": 46, "Trump": 44}, {"Hillary Clinton": 46.0, "Donald Trump": 44}),
        ({"Conservatives": 44, "Labour": 26}, {"Conservative": {"share": 44}, "labour": 26}),
    ],
)
def test_equal_values(gold: Any, pred: Any) -> None:
    assert values_equal(gold, pred)


@pytest.mark.parametrize(
    ("gold", "pred"),
    [
        (20000, 21000),
        (100, 0),
        ([2000, 3000], 2000),  # a range needs both ends
        ([2000, 3000], [2000, 3500]),
        ({"Clinton": 46, "Trump": 44}, {"Clinton": 46}),
        ({"Clinton": 46, "Trump": 44}, {"Clinton": 44, "Trump": 46}),
        ({"Conservatives": 44}, {"Tories": 44}),
        (5, None),
    ],
)
def test_unequal_values(gold: Any, pred: Any) -> None:
    assert not values_equal(gold, pred)


@pytest.mark.parametrize(
    ("gold", "pred", "kind"),
    [
        ("%", "percent", "percent"),
        ("%", "per cent", "percent"),
        ("points", "percentage points", "lead"),
        ("USD", "$", "money"),
        ("USD", "dollars", "money"),
        ("GBP", "pounds", "money"),
        ("people", "person", "count"),
        ("victims", "shooting victims", "count"),
        ("hours", "hrs", "duration"),
        ("Miles", "mile", "distance"),
    ],
)
def test_equal_units(gold: str, pred: str, kind: str) -> None:
    assert units_equal(gold, pred, kind)


@pytest.mark.parametrize(
    ("gold", "pred", "kind"),
    [("%", "points", "percent"), ("USD", "GBP", "money"), ("pounds", "GBP", "count"),
     ("votes", None, "count"), ("jobs", "people", "count")],
)
def test_unequal_units(gold: str, pred: str | None, kind: str) -> None:
    assert not units_equal(gold, pred, kind)


# -- attributes over matched pairs ------------------------------------------


def test_attributes_are_judged_over_matched_pairs() -> None:
    gold = [
        claim(0, 10, "count", 20000, "jobs", "up to", subject=(11, 15)),
        claim(20, 30, "percent", 44, "%", None, subject=(31, 40)),
        claim(50, 60, "money", 5, None, None, subject=None),  # unit and subject left out
    ]
    pred = [
        read_claim({"start": 3, "end": 10, "kind": "count", "value": 20000, "unit": "job",
                    "qualifier": "as many as", "subject_span": [11, 20]}),
        read_claim({"start": 20, "end": 28, "kind": "change", "value": 45, "unit": "per cent",
                    "qualifier": None, "subject_span": None}),
        read_claim({"start": 55, "end": 58, "kind": "money", "value": 5, "unit": "USD"}),
        read_claim({"start": 80, "end": 90, "kind": "count", "value": 2}),
    ]
    assert all(p is not None for p in pred)
    summary = summarise(score_article("a", gold, [p for p in pred if p is not None]))
    assert summary["matched"] == 3
    assert summary["value"]["accuracy"] == pytest.approx(2 / 3)
    assert summary["unit"]["judged"] == 2 and summary["unit"]["accuracy"] == 1.0
    assert summary["kind"]["accuracy"] == pytest.approx(2 / 3)
    assert summary["subject"]["judged"] == 2 and summary["subject"]["accuracy"] == 0.5
    assert summary["qualifier"]["accuracy"] == 1.0
    # strict subject: 1 right of 2 gold claims with a subject, of 3 predictions judged
    assert summary["subject"]["recall"] == 0.5
    assert summary["subject"]["precision"] == pytest.approx(1 / 3)
    assert summary["per_kind"]["percent"]["recall"] == 1.0
    assert summary["per_kind"]["change"]["precision"] == 1.0
    assert summary["per_kind"]["count"]["precision"] == 0.5


def test_missing_articles_score_as_empty() -> None:
    gold = [GoldArticle("a", "0", [claim(0, 3)]), GoldArticle("b", "1", [])]
    report = score(gold, {"b": [claim(0, 2)]})
    summary = report.summary()
    assert summary["missing"] == ["a"]
    assert summary["claims"]["recall"] == 0.0 and summary["predicted"] == 1


def test_predictions_are_matched_by_text_sha(tmp_path: Path) -> None:
    text = "Up to 20,000 jobs.\n"
    gold = [GoldArticle("x", text_sha(text), [claim(0, 12)], text)]
    pred = tmp_path / "pred.jsonl"
    record = {"text": text.replace("\n", "\r\n"), "claims": [{"start": 0, "end": 12,
                                                              "kind": "count", "value": 20000}]}
    pred.write_text(json.dumps(record) + "\n" + json.dumps({"text": "other", "claims": []}))
    got = read_predictions(pred, gold)
    assert list(got) == ["x"] and len(got["x"] or []) == 1


# -- the gold set ------------------------------------------------------------

_NUMBERISH = re.compile(
    r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third"
    r"|quarter|first|\ba (?:year|century)\b",
    re.IGNORECASE,
)


def test_gold_file_is_valid() -> None:
    need(TEXTS)
    lines = [json.loads(line) for line in DEFAULT_GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(lines) >= 40
    assert len({line["article"] for line in lines}) == len(lines)
    kinds = {"percent", "change", "lead", "count", "money", "distance", "duration", "majority",
             "rank", "poll"}
    for line in lines:
        assert set(line) == {"article", "sha", "claims"}
        text = normalise_text((TEXTS / f"{line['article']}.txt").read_text(encoding="utf-8"))
        assert text_sha(text) == line["sha"], line["article"]
        for c in line["claims"]:
            # offsets, labels and values only: no article text
            assert set(c) == {"start", "end", "kind", "value", "unit", "qualifier",
                              "subject_start", "subject_end"}
            assert 0 <= c["start"] < c["end"] <= len(text)
            assert c["kind"] in kinds
            assert _NUMBERISH.search(text[c["start"]:c["end"]]), (line["article"], c)
            if c["subject_start"] is not None:
                assert 0 <= c["subject_start"] < c["subject_end"] <= len(text)
            if c["kind"] == "poll":
                assert isinstance(c["value"], dict) and len(c["value"]) >= 2


def test_gold_scores_one_against_itself(capsys: pytest.CaptureFixture[str]) -> None:
    need(TEXTS)
    assert main(["--self-test", "--json"]) == 0
    out = capsys.readouterr().out
    summary = json.loads(out[: out.rindex("}") + 1])
    assert summary["claims"]["f1"] == 1.0
    assert summary["value"]["accuracy"] == summary["subject"]["accuracy"] == 1.0


def test_read_gold_checks_the_text(tmp_path: Path) -> None:
    texts = tmp_path / "text"
    texts.mkdir()
    (texts / "a.txt").write_text("Some 44 per cent.\r\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    good = text_sha("Some 44 per cent.\n")
    gold.write_text(json.dumps({"article": "a", "sha": good, "claims": [
        {"start": 0, "end": 16, "kind": "percent", "value": 44, "unit": "%", "qualifier": "some",
         "subject_start": None, "subject_end": None}]}) + "\n")
    assert read_gold(gold, texts)[0].claims[0].value == 44
    gold.write_text(json.dumps({"article": "a", "sha": "0" * 16, "claims": []}) + "\n")
    with pytest.raises(ValueError, match="sha"):
        read_gold(gold, texts)
