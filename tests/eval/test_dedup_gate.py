"""Near-duplicates on copies made from PolNeAR dev: the issue's bar (precision
and recall >= 0.95) as a gate."""

from __future__ import annotations

from eval.dedup import run
from tests.conftest import POLNEAR, need


def test_copies_of_dev_articles_are_found_and_nothing_else() -> None:
    need(POLNEAR / "dev" / "text")
    scores = run("dev", share=0.5, seed=7)
    assert scores["true_pairs"] >= 40
    assert scores["precision"] >= 0.95
    assert scores["recall"] >= 0.95
