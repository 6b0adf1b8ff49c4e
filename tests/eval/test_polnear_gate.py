"""Evaluation gate: who said what on the PolNeAR dev split may not fall below
pinned minimums (a little under what docs/EVALUATION.md records)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from eval.polnear_gold import read_split  # noqa: E402
from eval.polnear_match import score, summarise  # noqa: E402
from eval.polnear_predictions import predictions_in_process  # noqa: E402
from tests.conftest import POLNEAR, need  # noqa: E402

MINIMUMS = {
    ("content", "f1"): 0.69,
    ("content", "precision"): 0.73,
    ("content", "recall"): 0.66,
    ("direct", "recall"): 0.90,
    ("exact", "f1"): 0.51,
    ("speaker_accuracy", None): 0.86,
    ("cue_accuracy", None): 0.90,
}


@pytest.fixture(scope="module")
def dev_scores() -> dict[str, object]:
    golds = read_split(need(POLNEAR / "dev"))
    total, _, problems = score(golds, predictions_in_process([g.text_path for g in golds]))
    assert not problems, problems
    return summarise(total)


@pytest.mark.parametrize(("key", "minimum"), MINIMUMS.items(), ids=lambda v: str(v))
def test_dev_figure_stays_above_its_minimum(
    dev_scores: dict[str, object], key: tuple[str, str | None], minimum: float
) -> None:
    group, field = key
    value = dev_scores[group] if field is None else dev_scores[group][field]  # type: ignore[index]
    assert value >= minimum, f"{group} {field or ''} fell to {value:.3f} (minimum {minimum})"
