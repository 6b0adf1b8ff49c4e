"""Cleaning must not eat article body: on PolNeAR's 924 real articles, removed
spans may cover at most 0.5% of the characters annotated as attribution
(source, cue or content). Runs the cleaning stages only (no spaCy): seconds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eval.removal import MAX_COVERAGE, SPLITS, SplitResult, measure

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
POLNEAR = SHARED / "eval" / "polnear"


@pytest.fixture(scope="module")
def results() -> dict[str, SplitResult]:
    if not (POLNEAR / "train" / "text").is_dir():
        message = f"needs {POLNEAR} (the shared data beside the repository)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return measure(POLNEAR)


@pytest.mark.parametrize("split", [*SPLITS, "all"])
def test_removed_spans_cover_almost_no_attribution(results, split: str) -> None:
    r = results[split]
    assert r.articles > 0 and r.attribution_chars > 0
    worst = sorted(r.hits, key=lambda h: -h.chars)[:5]
    assert r.coverage <= MAX_COVERAGE, f"{r.coverage:.3%} of attribution text removed: {worst}"


def test_all_924_articles_are_measured(results) -> None:
    assert results["all"].articles == 924


def test_real_articles_have_no_injected_spam(results) -> None:
    # PolNeAR is edited news: every spam removal there is a false positive.
    assert results["all"].reasons["spam"] == 0
    assert results["all"].flags["spam_injection"] == 0
