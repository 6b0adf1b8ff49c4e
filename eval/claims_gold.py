"""Reading the hand-made numeric claims gold set (`eval/claims_gold.jsonl`) and the
claims of a prediction, for the claims scorer (`eval/claims.py`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO / "eval" / "claims_gold.jsonl"
DEFAULT_TEXTS = REPO.parent / "shared" / "eval" / "polnear" / "dev" / "text"

KINDS = (
    "percent",
    "change",
    "lead",
    "count",
    "money",
    "distance",
    "duration",
    "majority",
    "rank",
    "poll",
)

Span = tuple[int, int]


# -- reading ------------------------------------------------------------------


def normalise_text(text: str) -> str:
    """The string offsets index: `\\r\\n` and lone `\\r` become `\\n` (as the readers do)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_sha(text: str) -> str:
    """First 16 hex digits of the SHA-256 of the UTF-8 text (the gold's `sha`)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Claim:
    """One claim, gold or predicted, reduced to what is scored."""

    span: Span
    kind: str | None
    value: Any
    unit: str | None
    qualifier: str | None
    subject: Span | None


@dataclass
class GoldArticle:
    name: str
    sha: str
    claims: list[Claim]
    text: str = ""


def _span(value: Any) -> Span | None:
    if isinstance(value, Sequence) and not isinstance(value, str) and len(value) == 2:
        start, end = value
        if isinstance(start, int) and isinstance(end, int) and end > start:
            return (start, end)
    return None


def read_claim(raw: Mapping[str, Any]) -> Claim | None:
    """A claim from a contract record or a gold record; None when it has no usable span."""
    span = _span([raw.get("start"), raw.get("end")])
    if span is None:
        return None
    subject = _span(raw.get("subject_span"))
    if subject is None:
        subject = _span([raw.get("subject_start"), raw.get("subject_end")])
    kind = raw.get("kind")
    unit = raw.get("unit")
    qualifier = raw.get("qualifier")
    return Claim(
        span=span,
        kind=kind if isinstance(kind, str) else None,
        value=raw.get("value"),
        unit=unit if isinstance(unit, str) else None,
        qualifier=qualifier if isinstance(qualifier, str) else None,
        subject=subject,
    )


def read_claims(raws: Iterable[Any]) -> list[Claim]:
    out = []
    for raw in raws:
        if isinstance(raw, Mapping):
            claim = read_claim(raw)
            if claim is not None:
                out.append(claim)
    return out


def read_gold(path: Path = DEFAULT_GOLD, texts: Path | None = DEFAULT_TEXTS) -> list[GoldArticle]:
    """The gold articles; with `texts`, each article's text is read and its sha checked."""
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        article = GoldArticle(obj["article"], obj["sha"], read_claims(obj["claims"]))
        if texts is not None:
            file = texts / f"{article.name}.txt"
            article.text = normalise_text(file.read_text(encoding="utf-8"))
            if text_sha(article.text) != article.sha:
                raise ValueError(f"{file}: text changed since it was annotated (sha differs)")
        articles.append(article)
    return articles
