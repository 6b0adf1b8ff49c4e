"""The report of the PolNeAR "who said what" scorer (`eval/polnear.py`): the
statistics of the gold, the text table, the `--errors` examples and the JSON form.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from eval.polnear_gold import GoldArticle, parse_ann, spans_text
from eval.polnear_match import PRONOUNS, WORD, ArticleScore


@dataclass
class Report:
    split: str
    source: str
    counts: Counter[str]
    scores: dict[str, Any]
    gold: dict[str, Any]
    articles: list[ArticleScore]
    problems: list[str]


# -- gold statistics --------------------------------------------------------


def gold_stats(golds: Sequence[GoldArticle]) -> dict[str, Any]:
    """What the gold holds, and whether its offsets give the annotated strings."""
    counts: Counter[str] = Counter()
    attributions = [a for g in golds for a in g.attributions]
    mismatched_universal = 0
    for g in golds:
        counts.update(g.counts)
        if g.ann_path is None:
            continue
        universal = g.text_path.read_text(encoding="utf-8")  # newline translation on
        if universal == g.text:
            mismatched_universal += len(g.mismatches)
        else:
            parsed = parse_ann(g.ann_path.read_text(encoding="utf-8"), universal)
            mismatched_universal += sum(
                spans_text(universal, m.spans) != m.text for m in parsed.mentions.values()
            )
    n = len(attributions)
    mentions = sum(g.mentions for g in golds)

    def share(k: int) -> float:
        return k / n if n else 0.0

    pronoun = sum(
        bool(a.source_text)
        and all(w.casefold() in PRONOUNS for w in WORD.findall(a.source_text or ""))
        for a in attributions
    )
    return {
        "articles": len(golds),
        "annotator_files": sum(len(g.ann_paths) for g in golds),
        "articles_with_several_annotators": sum(len(g.ann_paths) > 1 for g in golds),
        "events": counts["events"],
        "events_without_content_dropped": counts["no_content"],
        "events_without_source": counts["no_source"],
        "events_without_cue": counts["no_cue"],
        "events_with_content2": counts["content2"],
        "attributions": n,
        "per_article": n / len(golds) if golds else 0.0,
        "direct": share(sum(a.direct for a in attributions)),
        "reported": share(sum(not a.direct for a in attributions)),
        "with_source": share(sum(a.source is not None for a in attributions)),
        "with_cue": share(sum(a.cue is not None for a in attributions)),
        "source_only_pronoun": share(pronoun),
        "discontinuous_content": share(sum(len(a.content) > 1 for a in attributions)),
        "mentions_checked": mentions,
        "offset_mismatches": sum(len(g.mismatches) for g in golds),
        "offset_mismatches_universal_newlines": mismatched_universal,
    }


# -- output -----------------------------------------------------------------


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def render(report: Report) -> Iterator[str]:
    g, s, c = report.gold, report.scores, report.counts
    yield f"PolNeAR {report.split}: {g['articles']} articles, predictions from {report.source}"
    yield (
        f"gold: {g['attributions']} attributions ({g['per_article']:.1f} per article; "
        f"{g['events_without_content_dropped']} events without content dropped), "
        f"direct {_pct(g['direct']).strip()}% / reported {_pct(g['reported']).strip()}%, "
        f"with source {_pct(g['with_source']).strip()}%, with cue {_pct(g['with_cue']).strip()}%"
    )
    yield (
        f"      {g['articles_with_several_annotators']} articles with several annotators "
        f"(first file used); offsets checked on {g['mentions_checked']} spans: "
        f"{g['offset_mismatches']} mismatches"
    )
    yield f"predictions: {c['pred']} quotes ({c['invalid']} malformed), {c['matched']} matched"
    yield ""
    yield f"{'':22} {'P':>6} {'R':>6} {'F1':>6}"
    for key, label in (
        ("content", "content (overlap≥0.5)"),
        ("direct", "  direct"),
        ("reported", "  reported"),
        ("exact", "content exact"),
    ):
        m = s[key]
        yield f"{label:22} {_pct(m['precision']):>6} {_pct(m['recall']):>6} {_pct(m['f1']):>6}"
    yield ""
    yield f"over {c['matched']} matched pairs:"
    yield f"  speaker accuracy {_pct(s['speaker_accuracy'])}"
    yield f"  cue accuracy     {_pct(s['cue_accuracy'])}"
    yield f"  direct agreement {_pct(s['direct_agreement'])}"
    if report.problems:
        yield ""
        yield f"problems ({len(report.problems)}):"
        for line in report.problems[:10]:
            yield f"  {line}"
        if len(report.problems) > 10:
            yield f"  ... and {len(report.problems) - 10} more (--json lists all)"


def render_errors(report: Report, n: int) -> Iterator[str]:
    examples = [m for a in report.articles for m in a.examples]
    rng = random.Random(0)
    for kind in ("missed", "false positive", "wrong speaker", "wrong cue"):
        these = [m for m in examples if m.kind == kind]
        if not these:
            continue
        picked = rng.sample(these, min(n, len(these)))
        yield ""
        yield f"{kind}: {len(picked)} of {len(these)}"
        for m in picked:
            yield f"  [{m.stem}] {m.content!r}"
            yield f"      {m.detail}"


def as_json(report: Report) -> dict[str, Any]:
    return {
        "split": report.split,
        "predictions": report.source,
        "gold": report.gold,
        "scores": report.scores,
        "counts": dict(sorted(report.counts.items())),
        "problems": report.problems,
        "articles": [
            {"stem": a.stem, **{k: a.counts[k] for k in ("gold", "pred", "matched")}}
            for a in report.articles
        ],
    }
