"""The injected-line evaluation: its pages are built as it says, and on the
lines written for the test cleaning finds at least 90% of them at a precision
of at least 95% (the article's own furniture aside). About 10 s, no spaCy."""

from __future__ import annotations

import random

from eval.injected import (
    MIN_PRECISION,
    MIN_RECALL,
    Injection,
    article_texts,
    inject,
    load_injections,
    measure,
)
from tests.conftest import POLNEAR, need


def test_injected_lines_sit_at_the_offsets_recorded() -> None:
    text = "Ferry fares rise\n\nThe harbour board voted.\n\nFares rise in May."
    pool = [Injection("ad", "en", ("Advertisement",)), Injection("teaser", "en", ("Related", "X"))]
    for seed in range(20):
        page, placed = inject(random.Random(seed), text, pool)
        for start, inj in placed:
            assert any(page.startswith(line, start) for line in inj.lines)
        # The article's own paragraphs are all still there, in order.
        kept = [p for p in page.split("\n\n") if p in text.split("\n\n")]
        assert kept == text.split("\n\n")


def test_both_line_sets_cover_every_kind() -> None:
    sets = load_injections()
    for split in ("dev", "test"):
        kinds = {inj.kind for inj in sets[split]}
        assert kinds == {"spam", "ad", "teaser", "credit", "interface"}, split
    # No test line is a dev line.
    dev = {inj.lines for inj in sets["dev"]}
    assert not any(inj.lines in dev for inj in sets["test"])


def test_test_lines_are_found_at_the_issue_target() -> None:
    need(POLNEAR / "dev" / "text")
    result = measure("test", load_injections()["test"], article_texts(POLNEAR))
    assert result.pages == 252
    assert result.recall >= MIN_RECALL, sorted(set(result.misses))[:10]
    assert result.precision_new >= MIN_PRECISION, sorted(set(result.false))[:10]
