"""The story clustering scorer (eval/stories.py): B-cubed on hand-made cases,
the jsonl reader and CLI, and the validity of the hand-made gold set
(eval/stories_gold.tsv) against the shared PolNeAR files."""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `eval` is a top-level directory of the repository
    sys.path.insert(0, str(ROOT))

from eval.stories import (  # noqa: E402
    GOLD,
    bcubed,
    gold_articles,
    main,
    read_gold,
    read_predictions,
)
from newsdesk.article import content_id, normalise_newlines  # noqa: E402
from tests.conftest import POLNEAR, need  # noqa: E402

# Bagga & Baldwin (1998), the example that motivates B-cubed: twelve items in
# three true clusters; merging the small cluster into a big one costs less
# precision than merging the two big ones.
TRUTH = {**dict.fromkeys("12345", "a"), **dict.fromkeys("67", "b"), **dict.fromkeys("89ABC", "c")}


def test_perfect_clustering_scores_one() -> None:
    renamed = {k: v.upper() for k, v in TRUTH.items()}
    assert bcubed(renamed, TRUTH) == (1.0, 1.0, 1.0)


def test_everything_in_one_cluster() -> None:
    p, r, f = bcubed(dict.fromkeys(TRUTH, "x"), TRUTH)
    assert r == 1.0
    assert p == pytest.approx((5 * 5 / 12 + 2 * 2 / 12 + 5 * 5 / 12) / 12)
    assert f == pytest.approx(2 * p / (p + 1))


def test_all_singletons() -> None:
    p, r, _ = bcubed({k: k for k in TRUTH}, TRUTH)
    assert p == 1.0
    assert r == pytest.approx((5 * 1 / 5 + 2 * 1 / 2 + 5 * 1 / 5) / 12)


def test_bagga_baldwin_example() -> None:
    small_into_big = {**TRUTH, **dict.fromkeys("67", "c")}
    big_into_big = {**TRUTH, **dict.fromkeys("89ABC", "a")}
    p1, r1, _ = bcubed(small_into_big, TRUTH)
    p2, r2, _ = bcubed(big_into_big, TRUTH)
    assert (r1, r2) == (1.0, 1.0)
    assert p1 == pytest.approx(64 / 84)  # 0.762, as in the paper
    assert p2 == pytest.approx(7 / 12)  # 0.583
    assert p1 > p2


def test_missing_items_are_singletons_and_extra_items_ignored() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    assert bcubed({}, gold) == bcubed({"a": "a", "b": "b", "c": "c"}, gold)
    # "z" is not in gold: it must not dilute the predicted cluster of a and b.
    assert bcubed({"a": "s", "b": "s", "c": "t", "z": "s"}, gold) == (1.0, 1.0, 1.0)


def test_label_namespaces_are_separate() -> None:
    # A predicted label that happens to equal a gold label means nothing.
    gold = {"a": "x", "b": "y"}
    assert bcubed({"a": "y", "b": "x"}, gold) == (1.0, 1.0, 1.0)
    assert bcubed({}, {}) == (0.0, 0.0, 0.0)


def _jsonl(path: Path, stories: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    return path


def test_read_predictions(tmp_path: Path) -> None:
    pred = read_predictions(
        _jsonl(
            tmp_path / "p.jsonl",
            [
                {"id": "s1", "title": "t", "storyline": "L", "articles": ["a", "b"]},
                {"id": "s2", "title": "t", "storyline": None, "articles": ["c", "a"]},
            ],
        )
    )
    assert pred.story == {"a": "s1", "b": "s1", "c": "s2"}
    assert pred.storyline["a"] == pred.storyline["b"] == "L"
    assert pred.storyline["c"] not in ("L", "", "None")
    assert pred.conflicts == 1


def test_cli_perfect_and_baselines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = gold_articles("train")
    by_story: dict[str, list[str]] = defaultdict(list)
    line_of: dict[str, str] = {}
    for r in rows:
        by_story[r.story].append(r.sha)
        line_of[r.story] = r.storyline
    stories: list[dict[str, object]] = [
        {"id": f"s{i}", "title": s, "storyline": line_of[s], "articles": shas}
        for i, (s, shas) in enumerate(by_story.items())
    ]
    pred = _jsonl(tmp_path / "p.jsonl", stories)
    assert main(["--split", "train", "--json", "--pred", str(pred)]) == 0
    report = json.loads(capsys.readouterr().out)
    results = {r["system"]: r for r in report["results"]}
    perfect = results["prediction (p.jsonl)"]
    assert perfect["story"]["f1"] == perfect["storyline"]["f1"] == 1.0
    assert results["all singletons"]["story"]["precision"] == 1.0
    assert results["all singletons"]["story"]["recall"] < 1.0
    assert report["predicted_articles_found"] == report["articles"] == len(rows)


def test_gold_file_is_valid() -> None:
    rows = read_gold(GOLD)
    assert len(rows) >= 200
    assert len({r.article for r in rows}) == len(rows)
    assert len({r.sha for r in rows}) == len(rows)
    slug = re.compile(r"^[a-z0-9][a-z0-9-]*$")
    line_of: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        assert r.split in ("train", "dev")
        assert re.fullmatch(r"[0-9a-f]{16}", r.sha)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r.published)
        assert slug.match(r.story) and slug.match(r.storyline), r.article
        line_of[r.story].add(r.storyline)
    assert all(len(lines) == 1 for lines in line_of.values())
    # A real test of clustering: many articles share a story with others.
    sizes: dict[str, int] = defaultdict(int)
    for r in rows:
        sizes[r.story] += 1
    assert sum(n for n in sizes.values() if n > 1) >= 0.4 * len(rows)


def test_gold_matches_shared_polnear() -> None:
    polnear = need(POLNEAR)
    rows = read_gold(GOLD)
    with (polnear / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        meta = {m["filename"]: m for m in csv.DictReader(handle, delimiter="\t")}
    for r in rows:
        text = normalise_newlines(r.path(polnear).read_text(encoding="utf-8"))
        assert content_id(text) == r.sha, r.article
        assert meta[r.article]["compartment"] == r.split
        assert meta[r.article]["publication_date"] == r.published
    dev_files = {p.stem for p in (polnear / "dev" / "text").glob("*.txt")}
    assert dev_files == {r.article for r in rows if r.split == "dev"}
