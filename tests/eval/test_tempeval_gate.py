"""Evaluation gate: dates on the TempEval-3 dev split (TBAQ-cleaned files
whose name hashes to dev) may not fall below pinned minimums, a little under
what docs/DATES.md records."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from eval.tempeval import TEMPEVAL, evaluate  # noqa: E402
from tests.conftest import need  # noqa: E402

MINIMUMS = {  # dev figures: 0.885, 0.943, 0.953, 0.853, 0.804
    "strict_f1": 0.875,
    "relaxed_f1": 0.935,
    "type_accuracy": 0.945,
    "value_accuracy": 0.845,
    "value_f1": 0.796,
}


@pytest.fixture(scope="module")
def dev_scores() -> dict[str, float]:
    return evaluate("dev", need(TEMPEVAL))


@pytest.mark.parametrize(("metric", "minimum"), MINIMUMS.items(), ids=list(MINIMUMS))
def test_dev_figure_stays_above_its_minimum(
    dev_scores: dict[str, float], metric: str, minimum: float
) -> None:
    assert dev_scores[metric] >= minimum, f"{metric} fell to {dev_scores[metric]:.3f}"


def test_dev_split_is_the_expected_size(dev_scores: dict[str, float]) -> None:
    assert dev_scores["gold"] == 439  # 69 files: the split is stable
