"""The PolNeAR "who said what" scorer (eval/polnear.py): the brat reader, the
matching rule, the exact-match normalisation, speaker and cue accuracy, and
sanity runs on the real dev split (perfect predictions score 1, none score 0)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `eval` is a top-level directory of the repository
    sys.path.insert(0, str(ROOT))

from eval.polnear import main  # noqa: E402
from eval.polnear_gold import (  # noqa: E402
    GoldArticle,
    GoldAttribution,
    ann_files,
    is_direct,
    parse_ann,
    read_article,
    read_split,
)
from eval.polnear_match import (  # noqa: E402
    Tokens,
    cue_correct,
    is_match,
    match_contents,
    names_source,
    normalise_content,
    score,
    score_article,
    speaker_correct,
    summarise,
    surname,
)
from eval.polnear_predictions import (  # noqa: E402
    OffsetMap,
    Predicted,
    gold_as_quotes,
    read_quote,
)
from tests.conftest import need  # noqa: E402  (skip, or fail under CI=true, naming the path)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
POLNEAR = SHARED / "eval" / "polnear"


# -- a small hand-made article ------------------------------------------------

# Invented text (no shared data): offsets below are computed, not typed.
TEXT = (
    "Budget row.\n"
    "The minister said the plan was fair. "
    '"We will not back down," Jane Roe told reporters. '
    "Critics warned of cuts; the unions, it emerged, were angry.\n"
    "Aides said “it is over” and “we lost.”\n"
)


def at(sub: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(sub, start)
    return i, i + len(sub)


def brat(spans: list[tuple[int, int]]) -> str:
    return ";".join(f"{s} {e}" for s, e in spans)


def t_line(tid: str, label: str, spans: list[tuple[int, int]]) -> str:
    return f"{tid}\t{label} {brat(spans)}\t{' '.join(TEXT[s:e] for s, e in spans)}"


def make_ann() -> str:
    lines = [
        # E1: full attribution, reported
        t_line("T1", "Source", [at("The minister")]),
        t_line("T2", "Cue", [at("said")]),
        t_line("T3", "Content", [at("the plan was fair")]),
        t_line("T4", "Attribution", [at("said")]),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        # E2: direct quote, content written before the source
        t_line("T5", "Content", [at('"We will not back down,"')]),
        t_line("T6", "Source", [at("Jane Roe")]),
        t_line("T7", "Cue", [at("told")]),
        t_line("T8", "Attribution", [at("told")]),
        "E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5",
        # E3: no source (Attribution-no-source)
        t_line("T9", "Cue", [at("emerged")]),
        t_line("T10", "Content", [at("the unions")]),
        t_line("T11", "Attribution-no-source", [at("emerged")]),
        "E3\tAttribution-no-source:T11 Content:T10 Cue:T9",
        # E4: discontinuous direct content
        t_line("T12", "Source", [at("Aides")]),
        t_line("T13", "Cue", [at("said", TEXT.index("Aides"))]),
        t_line("T14", "Content", [at("“it is over”"), at("“we lost.”")]),
        t_line("T15", "Attribution", [at("said", TEXT.index("Aides"))]),
        "E4\tAttribution:T15 Content:T14 Cue:T13 Source:T12",
        # E5: unfinished (no content): dropped
        t_line("T16", "Cue", [at("warned")]),
        t_line("T17", "Attribution-no-source", [at("warned")]),
        "E5\tAttribution-no-source:T17 Cue:T16",
        "#1\tAnnotatorNotes T3\ta note",
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def split_dir(tmp_path: Path) -> Path:
    """`tmp_path/polnear/dev` with one article and two annotator files."""
    split = tmp_path / "polnear" / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "pub_2016-01-01_budget-row.txt").write_text(TEXT, encoding="utf-8")
    # two annotators: the first in sorted order is used
    (split / "attributions" / "pub_2016-01-01_budget-row_aaaa.ann").write_text(make_ann())
    (split / "attributions" / "pub_2016-01-01_budget-row_bbbb.ann").write_text("")
    return split


@pytest.fixture
def article(split_dir: Path) -> GoldArticle:
    [gold] = read_split(split_dir)
    return gold


# -- the brat reader ------------------------------------------------------------


def test_reader_takes_the_first_annotator_and_checks_offsets(article: GoldArticle) -> None:
    assert article.ann_path is not None and article.ann_path.name.endswith("_aaaa.ann")
    assert len(article.ann_paths) == 2
    assert article.mentions == 17
    assert article.mismatches == []


def test_reader_roles_discontinuous_and_missing(article: GoldArticle) -> None:
    by_id = {a.id: a for a in article.attributions}
    assert sorted(by_id) == ["E1", "E2", "E3", "E4"]
    assert article.dropped == ["E5"]
    assert article.counts["events"] == 5
    assert article.counts["no_source"] == 2 and article.counts["no_cue"] == 0
    assert article.counts["no_content"] == 1

    e1 = by_id["E1"]
    assert e1.source_text == "The minister" and e1.cue_text == "said"
    assert e1.content_text == "the plan was fair" and not e1.direct

    e3 = by_id["E3"]
    assert e3.source is None and e3.source_text is None and e3.cue_text == "emerged"

    e4 = by_id["E4"]
    assert e4.content == (at("“it is over”"), at("“we lost.”"))
    assert e4.content_text == "“it is over” “we lost.”"  # brat joins pieces with a space
    assert e4.direct and by_id["E2"].direct


def test_reader_joins_span_text_that_runs_over_a_line_break() -> None:
    text = "She said: first line\nsecond line. Done."
    start, end = text.index("first"), text.index(". Done")
    ann = (
        "T1\tSource 0 3\tShe\nT2\tCue 4 8\tsaid\n"
        f"T3\tContent {start} {end}\tfirst line\nsecond line\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    )
    parsed = parse_ann(ann, text)
    assert parsed.mentions["T3"].text == "first line\nsecond line"
    assert parsed.attributions[0].content_text == "first line\nsecond line"


def test_reader_joins_content2_to_the_content() -> None:
    text = 'He said "a b" and "c d".'
    ann = (
        'T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 13\t"a b"\n'
        'T4\tContent 18 23\t"c d"\nE1\tAttribution:T2 Cue:T2 Source:T1 Content:T3 Content2:T4\n'
    )
    [a] = parse_ann(ann, text).attributions
    assert a.content == ((8, 13), (18, 23))


def test_ann_files_strip_the_annotator_suffix(split_dir: Path) -> None:
    assert list(ann_files(split_dir)) == ["pub_2016-01-01_budget-row"]


def test_reader_reports_offset_mismatches(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Alpha said beta.")
    (tmp_path / "a_x.ann").write_text(
        "T1\tSource 0 5\tAlpha\nT2\tCue 6 10\tsaid\nT3\tContent 0 4\tbeta\n"
    )
    gold = read_article(tmp_path / "a.txt", [tmp_path / "a_x.ann"])
    assert gold.mismatches == [("T3", "beta", "Alph")]


@pytest.mark.parametrize(
    ("content", "direct"),
    [
        ('"We will win," ', True),
        ("“We will win”", True),
        ("''We will win,''", True),  # the NYT's double quote
        ("that it was 'a disgrace' and more", True),
        ("that ‘nothing’ changed", True),
        ("that the party’s plans were fair", False),
        ("that the '90s were better", False),
        ("that rates will rise", False),
    ],
)
def test_direct_rule(content: str, direct: bool) -> None:
    assert is_direct(content, ((0, len(content)),)) is direct


def test_direct_rule_sees_marks_just_outside_the_content() -> None:
    text = 'He said "we will win" today.'
    s, e = text.index("we will"), text.index('" today')
    assert is_direct(text, ((s, e),))
    assert not is_direct(text, ((0, 2),))


# -- tokens and the matching rule ------------------------------------------------


def test_tokens_overlapping_a_span_belong_to_it() -> None:
    tokens = Tokens.of("Don't stop, said Mr. Roe.")
    assert tokens.covered(((0, 5),)) == {0}  # "Don't" is one token
    assert tokens.covered(((3, 8),)) == {0, 1}  # partial overlap counts
    assert tokens.covered(((5, 6),)) == frozenset()  # the space only
    assert tokens.covered(((0, 5), (17, 19))) == {0, 3}


def test_exactly_half_overlap_matches_and_less_does_not() -> None:
    gold = frozenset({1, 2, 3, 4})
    assert is_match(frozenset({1, 2}), gold)  # 2 / 4 = 0.5
    assert is_match(frozenset({3, 4, 5}), frozenset({1, 2, 3, 4, 5, 6}))  # 3 / 6 = 0.5
    assert not is_match(frozenset({1, 2, 9}), gold)  # 2 / 5 = 0.4
    assert not is_match(frozenset({1}), gold)  # 1 / 4
    assert not is_match(frozenset(), frozenset())


def test_matching_is_one_to_one() -> None:
    gold = [frozenset({1, 2, 3, 4}), frozenset({1, 2, 3, 4, 5})]
    pred = [frozenset({1, 2, 3, 4})]
    assert match_contents(gold, pred) == [(0, 0)]  # the better overlap, and only once
    assert match_contents(gold, pred + pred) in ([(0, 0), (1, 1)], [(0, 1), (1, 0)])
    # one gold, two predictions: one is a false positive
    assert len(match_contents(gold[:1], pred + pred)) == 1


def test_matching_prefers_more_pairs_over_one_better_overlap() -> None:
    # pred 0 fits gold 0 best, but only gold 0 can take pred 1: both must be matched
    gold = [frozenset({1, 2, 3, 4}), frozenset({1, 2, 3, 4, 5, 6})]
    pred = [frozenset({1, 2, 3, 4, 5}), frozenset({1, 2})]
    assert sorted(match_contents(gold, pred)) == [(0, 1), (1, 0)]


def test_matching_breaks_ties_on_cue_and_speaker_agreement() -> None:
    same = frozenset({1, 2, 3})
    pairs = match_contents([same, same], [same, same], agree=lambda g, p: 2 * (g != p))
    assert sorted(pairs) == [(0, 1), (1, 0)]


# -- exact match -------------------------------------------------------------------


def test_exact_normalisation_strips_edges_and_joins_pieces() -> None:
    text = '  "We will not back down,"  he said. “And we lost.”\n'
    a = text.index('"We')
    b = text.index("down,") + len('down,"')
    c, d = text.index("“And"), text.index("lost.”") + len("lost.”")
    assert normalise_content(text, ((a, b),)) == "We will not back down"
    assert normalise_content(text, ((a, b), (c, d))) == "We will not back down And we lost"
    assert normalise_content("a\n  b", ((0, 5),)) == "a b"
    assert normalise_content("“”", ((0, 2),)) == ""


def test_exact_f1_counts_equal_normalised_contents(article: GoldArticle) -> None:
    e2 = next(a for a in article.attributions if a.id == "E2")
    s, e = e2.content[0]
    quote = {"content": [[s + 1, e - 2]], "cue": None, "speaker": None, "direct": True}
    result = score_article(article, Predicted([quote], TEXT))
    assert result.counts["exact_matched"] == 1 and result.counts["matched"] == 1
    near = {**quote, "content": [[s + 1, e - 8]]}  # "We will not back": not exact
    result = score_article(article, Predicted([near], TEXT))
    assert result.counts["exact_matched"] == 0 and result.counts["matched"] == 1


# -- speaker and cue accuracy ---------------------------------------------------------


def gold_att(source: str | None, cue: bool = True) -> GoldAttribution:
    return GoldAttribution(
        id="E1",
        content=((30, 40),),
        cue=((10, 14),) if cue else None,
        source=((0, 9),) if source is not None else None,
        content_text="x",
        cue_text="said" if cue else None,
        source_text=source,
        direct=False,
    )


def pred(**kw: Any) -> Any:
    quote = {"content": [[30, 40]], "cue": None, "speaker": None, "direct": False, **kw}
    return read_quote(quote, "x" * 50, OffsetMap("x" * 50, "x" * 50))


def test_speaker_by_span_overlap() -> None:
    gold = gold_att("Jane Roe")
    assert speaker_correct(gold, pred(speaker=[5, 12]))
    assert not speaker_correct(gold, pred(speaker=[9, 12]))  # touching is not overlapping


def test_speaker_by_name() -> None:
    assert speaker_correct(gold_att("Retired Lt. Gen. Michael Flynn"), pred(speaker_name="Flynn"))
    assert speaker_correct(gold_att("Mr. Obama"), pred(speaker_name="Barack Obama"))
    assert speaker_correct(gold_att("the White House"), pred(speaker_name="White House"))
    assert not speaker_correct(gold_att("Mr. Obama"), pred(speaker_name="Michelle Obamas"))
    assert not speaker_correct(gold_att("he"), pred(speaker_name="Donald Trump"))
    assert not speaker_correct(gold_att("Jane Roe"), pred())


def test_surname_skips_titles_and_pronouns() -> None:
    assert surname("Retired Lt. Gen. Michael Flynn") == "Flynn"
    assert surname("The New York Post") == "Post"
    assert surname("He") is None and surname("Mr.") is None
    assert names_source("Paul Ryan", "Ryan") and not names_source("", "Ryan")


def test_speaker_when_gold_has_no_source() -> None:
    gold = gold_att(None)
    assert speaker_correct(gold, pred())
    assert speaker_correct(gold, pred(speaker=[0, 5], speaker_type="unknown"))
    assert not speaker_correct(gold, pred(speaker=[0, 5], speaker_type="person"))


def test_cue_accuracy() -> None:
    assert cue_correct(gold_att("A"), pred(cue=[12, 20]))
    assert not cue_correct(gold_att("A"), pred(cue=[14, 20]))
    assert not cue_correct(gold_att("A"), pred())
    assert cue_correct(gold_att("A", cue=False), pred())
    assert not cue_correct(gold_att("A", cue=False), pred(cue=[10, 14]))


# -- predictions: shapes, malformed quotes, other texts ------------------------------


def test_malformed_quotes_count_as_false_positives(article: GoldArticle) -> None:
    quotes = [
        {"content": [[0, 10_000]]},
        {"content": []},
        "not a quote",
        {"content": [[5, 2]]},
    ]
    result = score_article(article, Predicted(quotes, TEXT))
    assert result.counts["pred"] == 4 and result.counts["invalid"] == 4
    assert result.counts["matched"] == 0


def test_a_flat_span_is_accepted_for_content(article: GoldArticle) -> None:
    s, e = at("the plan was fair")
    result = score_article(article, Predicted([{"content": [s, e]}], TEXT))
    assert result.counts["matched"] == 1 and result.counts["invalid"] == 0


def test_offsets_on_a_different_text_are_mapped(article: GoldArticle) -> None:
    shifted = "\ufeffHEADER\n" + TEXT
    k = len("\ufeffHEADER\n")
    quotes = []
    for q in gold_as_quotes(article):
        q = dict(q)
        for key in ("cue", "speaker"):
            if q[key]:
                q[key] = [q[key][0] + k, q[key][1] + k]
        q["content"] = [[s + k, e + k] for s, e in q["content"]]
        quotes.append(q)
    result = score_article(article, Predicted(quotes, shifted))
    assert result.counts["text_differs"] == 1
    figures = summarise(result.counts)
    assert figures["content"]["f1"] == 1.0 and figures["exact"]["f1"] == 1.0
    assert figures["speaker_accuracy"] == 1.0 and figures["cue_accuracy"] == 1.0


def test_offset_map_on_deletions_and_insertions() -> None:
    m = OffsetMap("abcXdef", "abcdef")
    assert (m.start(0), m.end(3)) == (0, 3)
    assert (m.start(4), m.end(7)) == (3, 6)
    assert m.start(3) == 3  # the inserted X maps to the next aligned character
    m = OffsetMap("abdef", "abcdef")
    assert (m.start(2), m.end(5)) == (3, 6)


# -- whole-split figures on the small article ----------------------------------------


def test_perfect_and_empty_predictions_on_the_small_article(article: GoldArticle) -> None:
    total, _, problems = score([article], {article.stem: Predicted(gold_as_quotes(article), TEXT)})
    figures = summarise(total)
    for key in ("content", "direct", "reported", "exact"):
        assert figures[key] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}, key
    assert figures["speaker_accuracy"] == figures["cue_accuracy"] == 1.0
    assert problems == []

    total, _, problems = score([article], {})
    figures = summarise(total)
    assert figures["content"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert figures["speaker_accuracy"] == 0.0
    assert problems == [f"{article.stem}: no prediction for this article"]


def test_direct_precision_uses_the_prediction_label(article: GoldArticle) -> None:
    quotes = gold_as_quotes(article)
    for q in quotes:
        q["direct"] = True  # every prediction claims to be direct
    total, _, _ = score([article], {article.stem: Predicted(quotes, TEXT)})
    figures = summarise(total)
    assert figures["content"]["f1"] == 1.0
    assert figures["direct"]["precision"] == 1.0  # all matched, all labelled direct
    assert figures["direct"]["recall"] == 1.0
    assert figures["reported"]["precision"] == 0.0  # none labelled reported
    assert figures["reported"]["recall"] == 1.0  # gold reported found
    assert figures["direct_agreement"] == 2 / 4


def test_command_line_with_a_predictions_file(
    split_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [gold] = read_split(split_dir)
    data = split_dir.parent
    path = tmp_path / "pred.jsonl"
    line = {"source": f"x/text/{gold.stem}.txt", "text": TEXT, "quotes": gold_as_quotes(gold)}
    path.write_text(json.dumps(line) + "\n")
    code = main(["--data", str(data), "--predictions", str(path), "--json", "--min-f1", "1"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["scores"]["content"]["f1"] == 1.0 and out["gold"]["attributions"] == 4
    path.write_text(json.dumps({**line, "quotes": []}) + "\n")
    assert main(["--data", str(data), "--predictions", str(path), "--min-f1", "0.1"]) == 1
    assert "0 matched" in capsys.readouterr().out


# -- the real dev split ------------------------------------------------------------------


@pytest.fixture(scope="module")
def dev() -> list[GoldArticle]:
    return read_split(need(POLNEAR / "dev"))


def test_dev_offsets_give_the_annotated_strings(dev: list[GoldArticle]) -> None:
    assert len(dev) == 84
    assert sum(g.mentions for g in dev) > 8000
    assert [m for g in dev for m in g.mismatches] == []
    n = sum(len(g.attributions) for g in dev)
    assert n > 2000
    assert sum(g.counts["no_content"] for g in dev) == 1
    assert 0.25 < sum(a.direct for g in dev for a in g.attributions) / n < 0.40
    assert 0.9 < sum(a.source is not None for g in dev for a in g.attributions) / n < 1.0


def test_dev_perfect_predictions_score_one_and_empty_zero(dev: list[GoldArticle]) -> None:
    perfect = {g.stem: Predicted(gold_as_quotes(g), g.text) for g in dev}
    figures = summarise(score(dev, perfect)[0])
    for key in ("content", "direct", "reported", "exact"):
        assert figures[key] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}, key
    assert figures["speaker_accuracy"] == figures["cue_accuracy"] == 1.0
    assert figures["direct_agreement"] == 1.0

    total, _, _ = score(dev, {g.stem: Predicted([], g.text) for g in dev})
    figures = summarise(total)
    assert figures["content"]["recall"] == 0.0 and figures["exact"]["recall"] == 0.0
    assert total["gold"] == sum(len(g.attributions) for g in dev)


def test_dev_degraded_predictions_score_as_expected_in_any_order(dev: list[GoldArticle]) -> None:
    """Drop every third gold attribution and add one junk quote per article: recall is the
    share kept, and reversing the order of the quotes changes nothing."""
    predicted, reversed_ = {}, {}
    kept = 0
    for g in dev:
        quotes = [q for i, q in enumerate(gold_as_quotes(g)) if i % 3]
        kept += len(quotes)
        quotes.append({"content": [[0, 0]], "cue": None, "speaker": None, "direct": False})
        predicted[g.stem] = Predicted(quotes, g.text)
        reversed_[g.stem] = Predicted(quotes[::-1], g.text)
    total, _, _ = score(dev, predicted)
    figures = summarise(total)
    assert total["matched"] == kept and total["invalid"] == len(dev)
    assert figures["content"]["recall"] == kept / total["gold"]
    assert figures["content"]["precision"] == kept / (kept + len(dev))
    assert figures["speaker_accuracy"] == figures["cue_accuracy"] == 1.0
    assert summarise(score(dev, reversed_)[0]) == figures
