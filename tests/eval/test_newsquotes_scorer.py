"""The NewsQuotes scorer (eval/newsquotes.py) and resolver (eval/newsquotes_annotate.py)
on hand-made records, and the gold file's validity against the shared pages."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `eval` is a top-level directory of the repository
    sys.path.insert(0, str(ROOT))

from eval.newsquotes import (  # noqa: E402
    DEFAULT_GOLD,
    Score,
    match,
    names_agree,
    score_document,
    speaker_right,
)
from eval.newsquotes_annotate import AnnotationError, pattern, resolve_statement  # noqa: E402
from eval.newsquotes_docs import DOCUMENTS, split_of  # noqa: E402
from tests.conftest import SHARED, need  # noqa: E402


def st(content: list[list[int]], name: str | None = None, kind: str = "person",
       direct: bool = True) -> dict[str, Any]:
    return {"content": content, "speaker_name": name, "speaker_type": kind, "direct": direct,
            "continues": False}


@pytest.mark.parametrize(
    ("gold", "pred", "kind", "agree"),
    [
        ("Donald J. Trump", "Donald Trump", "person", True),
        ("Mark Meadows", "Congressman Mark Meadows", "person", True),
        ("Mark Meadows", "Meadows", "person", False),  # a surname is not resolved
        ("Ivanka Trump", "Ivana Trump", "person", False),
        ("Erik van Sebille", "Erik van Sebille", "person", True),
        ("José Álvarez", "Jose Alvarez", "person", True),
        ("Harris County Sheriff's Office", "the Sheriff's Office", "organisation", True),
        ("Amazon", "Amazon Web Services Inc", "organisation", False),
        ("International Monetary Fund", "IMF", "organisation", True),
        ("International Monetary Fund", "IMO", "organisation", False),
    ],
)
def test_names_agree(gold: str, pred: str, kind: str, agree: bool) -> None:
    assert names_agree(gold, pred, kind) is agree


def test_speaker_right_by_type() -> None:
    anon = st([[0, 10]], "a senior official", "anonymous")
    assert speaker_right(anon, {"speaker_name": "One aide", "speaker_type": "anonymous"})
    assert not speaker_right(anon, {"speaker_name": "Jane Doe", "speaker_type": "person"})
    unknown = st([[0, 10]], None, "unknown")
    assert speaker_right(unknown, {"speaker_name": None, "speaker_type": "unknown"})
    assert not speaker_right(unknown, {"speaker_name": "Jane Doe", "speaker_type": "person"})


def test_match_needs_30_percent_coverage_and_is_one_to_one() -> None:
    gold = [st([[0, 100]]), st([[200, 300]])]
    pred = [st([[0, 29]]), st([[0, 40]]), st([[150, 260]])]
    # the first prediction covers 29 %: no match; the second covers 40 %
    assert sorted(match(gold, pred)) == [(0, 1), (1, 2)]
    # one prediction never matches two gold statements
    assert len(match([st([[0, 10]]), st([[10, 20]])], [st([[0, 20]])])) == 1


def test_score_document_counts_precision_recall_speakers_and_people() -> None:
    text = "x" * 400
    gold = {"doc": "d", "statements": [st([[0, 100]], "Jane Doe"), st([[200, 300]], "Acme",
                                                                   "organisation")],
            "people": ["Jane Doe", "John Roe"]}
    article = {
        "quotes": [st([[10, 90]], "Jane Doe"), st([[200, 300]], "John Roe"), st([[350, 399]])],
        "entities": [{"label": "PERSON", "name": n} for n in ("Jane Doe", "Doe", "Lashkar Gah")],
    }
    score = Score()
    score_document(score, gold, article, text)
    out = score.as_dict()
    assert (out["gold"], out["predicted"], out["matched"]) == (2, 3, 2)
    assert out["speaker_accuracy"] == 0.5
    assert out["people_listed"] == 3 and out["people_duplicates"] == 1
    assert out["people_real_share"] == round(2 / 3, 4)


def test_resolver_finds_words_whatever_their_marks() -> None:
    text = "He said: “It’s over — done,” and left.\nPolice said the man was 25."
    assert pattern('"It\'s over - done,"').search(text)
    out = resolve_statement(text, {"content": ["the man was 25"], "cue": "said",
                                   "speaker_mention": "Police", "speaker_name": "Police",
                                   "speaker_type": "organisation"})
    assert text[slice(*out["content"][0])] == "the man was 25"
    assert text[slice(*out["cue"])] == "said" and out["cue"][0] > 40  # the nearest "said"
    with pytest.raises(AnnotationError):
        resolve_statement(text, {"content": ["not there"], "speaker_type": "unknown"})


def test_gold_file_matches_the_shared_pages() -> None:
    """Every document's reference text is the one the gold offsets were made on."""
    need(SHARED / "corpus" / "web-pages")
    need(SHARED / "eval" / "tempeval3")
    from eval.newsquotes_docs import reference

    lines = [json.loads(x) for x in DEFAULT_GOLD.read_text(encoding="utf-8").splitlines()]
    assert [g["doc"] for g in lines] == list(DOCUMENTS)
    for g in lines:
        ref = reference(g["doc"])
        assert ref.sha256 == g["text_sha256"], g["doc"]
        assert g["split"] == split_of(g["doc"])
        for s in g["statements"]:
            assert all(0 <= a < b <= len(ref.text) for a, b in s["content"]), g["doc"]


def test_penn_treebank_quote_marks_match_a_straight_quote_in_a_working_file() -> None:
    text = "Police said ``It was a bomb,'' and left."
    assert pattern('"It was a bomb,"').search(text) is not None
    assert pattern("``It was").search(text) is not None
