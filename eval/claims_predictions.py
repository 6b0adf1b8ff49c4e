"""The claims scored by `eval/claims.py`: from newsdesk run in-process, from a
`newsdesk extract --jsonl` file, or the gold itself (`--self-test`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from eval.claims_gold import Claim, GoldArticle, normalise_text, read_claims, text_sha

# -- predictions --------------------------------------------------------------


def claims_stages() -> list[str] | None:
    """The default stages plus dates and claims, or None when no claims stage exists."""
    from newsdesk import pipeline
    from newsdesk.registry import REGISTRY

    pipeline._load_builtin_stages()
    if "extract.claims" not in REGISTRY:
        return None
    extra = [s for s in ("extract.dates", "extract.claims") if s in REGISTRY]
    return [*pipeline.DEFAULT_STAGES, *(s for s in extra if s not in pipeline.DEFAULT_STAGES)]


def run_pipeline(
    gold: Sequence[GoldArticle], texts: Path, stages: Sequence[str]
) -> dict[str, list[Claim] | None]:
    """Run newsdesk in-process over the gold articles' texts."""
    from newsdesk.article import Article
    from newsdesk.pipeline import Pipeline

    pipe = Pipeline(stages)
    articles = [Article(text=a.text, source=str(texts / f"{a.name}.txt")) for a in gold]
    out: dict[str, list[Claim] | None] = {}
    for article, result in zip(gold, pipe.pipe(articles, workers=1), strict=True):
        if isinstance(result, Article):
            out[article.name] = read_claims(result.claims)
        else:
            print(f"{article.name}: {result}", file=sys.stderr)
            out[article.name] = None
    return out


def read_predictions(path: Path, gold: Sequence[GoldArticle]) -> dict[str, list[Claim] | None]:
    """Claims from `newsdesk extract --jsonl` output, keyed by the gold article whose text
    has the same sha."""
    by_sha = {a.sha: a.name for a in gold}
    out: dict[str, list[Claim] | None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        text = obj.get("text")
        if not isinstance(text, str):
            continue
        name = by_sha.get(text_sha(normalise_text(text)))
        if name is not None:
            out[name] = read_claims(obj.get("claims") or [])
    return out


def gold_as_predictions(gold: Sequence[GoldArticle]) -> dict[str, list[Claim] | None]:
    return {a.name: list(a.claims) for a in gold}
