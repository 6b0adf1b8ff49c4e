"""The web-page flag scorer (eval/webflags.py): its arithmetic on a tiny invented
gold, the gold reader's checks, the renderings, and the validity of the real
gold file (eval/webpages_flags_gold.tsv) against the shared pages."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `eval` is a top-level directory of the repository
    sys.path.insert(0, str(ROOT))

from eval.webflags import (  # noqa: E402
    FLAGS,
    GOLD,
    FlagScore,
    flag_stages,
    load_gold,
    read_gold,
    render_markdown,
    render_text,
    score,
)
from tests.conftest import SHARED, need  # noqa: E402

HEADER = "file\tkind\tstitched\ttruncated\tinjected\tnote"
# Four invented pages: one content farm, one cut-off story, one with a casino
# line injected, one clean column.
TINY = [
    "# an invented gold for the tests",
    HEADER,
    "farm.html\tnews\tyes\tno\tno\tparagraphs from three stories",
    "cut.html\tnews\tno\tyes\tno\tstops mid-sentence",
    "spam.html\tblog\tno\tno\tyes\ta casino line in Cyrillic",
    "column.html\topinion\tno\tno\tno\t",
]


def by_name(scores: list[FlagScore], name: str) -> FlagScore:
    return next(s for s in scores if s.name == name)


def test_counts_rates_and_recall_on_a_tiny_gold() -> None:
    gold = read_gold(TINY)
    predicted = {
        "farm.html": {"stitched": "two topics", "truncated": "ends on a colon"},
        "cut.html": {"stitched": "the ending is cut off"},
        "spam.html": {"spam_injection": "a line in another script"},
        "column.html": {},
    }
    scores = score(gold, predicted)
    stitched = by_name(scores, "stitched")
    assert (stitched.flagged, stitched.false_alarms, stitched.positives) == (2, 1, 1)
    assert stitched.false_alarm_rate == pytest.approx(1 / 4)
    assert stitched.recall == 1.0
    assert [(h.file, h.verdict) for h in stitched.hits] == [
        ("cut.html", "false alarm"),
        ("farm.html", "right"),
    ]
    truncated = by_name(scores, "truncated")
    assert (truncated.flagged, truncated.false_alarms) == (1, 1)
    assert truncated.recall == 0.0
    assert [g.file for g in truncated.misses] == ["cut.html"]
    spam = by_name(scores, "spam_injection")
    assert (spam.flagged, spam.false_alarms, spam.recall) == (1, 0, 1.0)


def test_recall_is_undefined_without_gold_positives() -> None:
    gold = read_gold([HEADER, "a.html\tnews\tno\tno\tno\t", "b.html\tnews\tno\tno\tno\t"])
    scores = score(gold, {"a.html": {"stitched": "x"}, "b.html": {}})
    stitched = by_name(scores, "stitched")
    assert stitched.recall is None
    assert stitched.false_alarm_rate == 0.5
    assert stitched.as_dict()["recall"] is None


def test_a_page_without_a_prediction_is_an_error() -> None:
    gold = read_gold(TINY)
    with pytest.raises(ValueError, match="no prediction"):
        score(gold, {"farm.html": {}})


def test_flags_outside_the_three_are_ignored() -> None:
    gold = read_gold([HEADER, "a.html\tnews\tno\tno\tno\t"])
    scores = score(gold, {"a.html": {"too_short": "x", "boilerplate": "y"}})
    assert all(s.flagged == 0 for s in scores)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["file\tkind\tnote"], "header"),
        ([HEADER, "a.html\tnews\tmaybe\tno\tno\t"], "yes or no"),
        ([HEADER, "a.html\tnews\tno\tno\t"], "columns"),
        ([HEADER, "a.html\tnews\tno\tno\tno\t", "a.html\tnews\tno\tno\tno\t"], "twice"),
    ],
)
def test_the_reader_rejects_malformed_gold(lines: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        read_gold(lines)


def test_renderings_list_every_hit_and_miss() -> None:
    gold = read_gold(TINY)
    predicted = {"farm.html": {}, "cut.html": {"stitched": "a | pipe"}, "spam.html": {},
                 "column.html": {}}
    scores = score(gold, predicted)
    text = render_text(scores)
    assert "[false alarm] cut.html: a | pipe" in text
    assert "[miss] farm.html" in text and "[miss] spam.html" in text
    md = render_markdown(scores)
    assert "| cut.html | false alarm | a \\| pipe | stops mid-sentence |" in md
    assert "| farm.html | miss |" in md
    assert md.splitlines()[0].startswith("| flag | flagged | false alarms")


def test_the_pipeline_run_stops_before_extraction() -> None:
    stages = flag_stages()
    assert "flags.stitched" in stages and "flags.quality" in stages
    assert not any(s.startswith("extract.") for s in stages)


def test_the_real_gold_covers_every_shared_page_once() -> None:
    gold = load_gold(GOLD)
    pages = need(SHARED / "corpus" / "web-pages")
    assert sorted(gold) == sorted(p.name for p in pages.glob("*.html"))


def test_every_yes_in_the_real_gold_has_a_reason() -> None:
    gold = load_gold(GOLD)
    assert len(gold) == 132
    for page in gold.values():
        if any(page.labels.values()):
            assert page.note, f"{page.file}: a yes without a reason"
    assert set(FLAGS.values()) == set(next(iter(gold.values())).labels)
