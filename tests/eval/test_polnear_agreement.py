"""The annotator-agreement figures (eval/polnear_agreement.py) on real PolNeAR
articles that several annotators annotated."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `eval` is a top-level directory of the repository
    sys.path.insert(0, str(ROOT))

from eval.polnear_agreement import agreement, several_annotators  # noqa: E402
from eval.polnear_match import summarise  # noqa: E402
from tests.conftest import POLNEAR, need  # noqa: E402


def test_dev_articles_with_several_annotators_are_found() -> None:
    articles = several_annotators(need(POLNEAR), ("dev",))
    assert articles, "PolNeAR dev has articles with several annotators"
    for gold, others in articles:
        assert gold.ann_path not in others and len(others) == len(gold.ann_paths) - 1


def test_an_annotator_scored_against_itself_agrees_fully() -> None:
    gold, _ = several_annotators(need(POLNEAR), ("dev",))[0]
    figures = summarise(agreement([(gold, [gold.ann_path])]))
    assert figures["content"]["f1"] == 1.0 and figures["direct"]["recall"] == 1.0


def test_other_annotators_agree_well_but_not_perfectly() -> None:
    figures = summarise(agreement(several_annotators(need(POLNEAR), ("dev",))))
    assert 0.5 < figures["content"]["f1"] < 1.0
    assert 0.8 < figures["direct"]["recall"] <= 1.0
