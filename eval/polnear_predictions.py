"""What newsdesk predicted for PolNeAR articles, read for the scorer
(`eval/polnear.py`): quotes from a `newsdesk extract --jsonl` file or from the
pipeline run in-process, their offsets checked and, when a prediction's text
differs from the gold text, mapped onto it.
"""

from __future__ import annotations

import bisect
import difflib
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.polnear_gold import GoldArticle, Spans, is_direct


@dataclass(frozen=True)
class Prediction:
    """One predicted quote, offsets already on the gold text."""

    content: Spans
    cue: Spans | None
    speaker: Spans | None
    speaker_name: str | None
    speaker_type: str | None
    direct: bool
    #: Why the quote is malformed ("" when it is not); malformed quotes never match.
    invalid: str = ""


def _spans(value: Any, text_len: int) -> tuple[Spans | None, str]:
    """`[s, e]` or `[[s, e], ...]` or null → spans (or None) and a problem ("" if none)."""
    if value is None:
        return None, ""
    if (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        value = [value]
    if not isinstance(value, list | tuple):
        return None, f"not a span list: {value!r}"
    out = []
    for item in value:
        if not (
            isinstance(item, list | tuple)
            and len(item) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in item)
        ):
            return None, f"not a span: {item!r}"
        start, end = item
        if not 0 <= start <= end <= text_len:
            return None, f"span [{start}, {end}] outside the text (length {text_len})"
        out.append((start, end))
    return tuple(sorted(out)), ""


class OffsetMap:
    """Maps offsets in a prediction's text onto the gold text (identity when equal)."""

    def __init__(self, pred_text: str, gold_text: str) -> None:
        self.identity = pred_text == gold_text
        self.blocks: list[tuple[int, int, int]] = []
        if not self.identity:
            matcher = difflib.SequenceMatcher(None, pred_text, gold_text, autojunk=False)
            self.blocks = [tuple(b) for b in matcher.get_matching_blocks() if b.size]  # type: ignore[misc]
        self._starts = [a for a, _, _ in self.blocks]

    def start(self, pos: int) -> int:
        """A span start: inside an aligned block exactly, else the next aligned character."""
        if self.identity:
            return pos
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0:
            a, b, size = self.blocks[i]
            if pos < a + size:
                return b + pos - a
        if i + 1 < len(self.blocks):
            return self.blocks[i + 1][1]
        a, b, size = self.blocks[-1] if self.blocks else (0, 0, 0)
        return b + size

    def end(self, pos: int) -> int:
        """A span end: one past the gold position of the last aligned character before it."""
        if self.identity:
            return pos
        i = bisect.bisect_right(self._starts, pos - 1) - 1
        if i < 0:
            return self.blocks[0][1] if self.blocks else 0
        a, b, size = self.blocks[i]
        return b + min(pos - a, size)

    def spans(self, spans: Spans | None) -> Spans | None:
        if spans is None or self.identity:
            return spans
        mapped = []
        for s, e in spans:
            ms, me = self.start(s), self.end(e)
            mapped.append((ms, max(ms, me)))
        return tuple(mapped)


def read_quote(quote: Any, text: str, offsets: OffsetMap) -> Prediction:
    """A contract quote (a dict) as a Prediction on the gold text; malformed ones marked."""
    if not isinstance(quote, Mapping):
        return Prediction((), None, None, None, None, False, f"not an object: {quote!r}")
    problems = []
    content, why = _spans(quote.get("content"), len(text))
    if why or not content or all(e <= s for s, e in content):
        problems.append(f"content: {why or 'empty'}")
    cue, why = _spans(quote.get("cue"), len(text))
    if why:
        problems.append(f"cue: {why}")
    speaker, why = _spans(quote.get("speaker"), len(text))
    if why:
        problems.append(f"speaker: {why}")
    direct = quote.get("direct")
    if not isinstance(direct, bool):
        direct = is_direct(text, content or ())
    name = quote.get("speaker_name")
    kind = quote.get("speaker_type")
    return Prediction(
        content=offsets.spans(content) or (),
        cue=offsets.spans(cue),
        speaker=offsets.spans(speaker),
        speaker_name=name if isinstance(name, str) else None,
        speaker_type=kind if isinstance(kind, str) else None,
        direct=direct,
        invalid="; ".join(problems),
    )


@dataclass
class Predicted:
    """What the system said about one article."""

    quotes: list[Any]
    text: str | None = None
    #: Why there is no prediction (pipeline failure, missing from the file), or "".
    problem: str = ""


def _stem(source: str) -> str:
    name = Path(source).name
    return name[:-4] if name.endswith(".txt") else Path(name).stem


def predictions_from_file(path: Path) -> tuple[dict[str, Predicted], list[str]]:
    """A `newsdesk extract --jsonl` file by source stem, and the problems met reading it."""
    out: dict[str, Predicted] = {}
    problems: list[str] = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path}:{number}: not JSON ({exc.msg})")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("source"), str):
                problems.append(f"{path}:{number}: no `source`")
                continue
            stem = _stem(obj["source"])
            if stem in out:
                problems.append(f"{path}:{number}: {stem} seen before; the first is used")
                continue
            # PolNeAR annotates every attribution: statements (`quotes`) and
            # what someone is said to think, plan or do (`attributions`)
            quotes = [
                q
                for key in ("quotes", "attributions")
                if isinstance(obj.get(key), list)
                for q in obj[key]
            ]
            text = obj.get("text")
            out[stem] = Predicted(
                quotes,
                text if isinstance(text, str) else None,
            )
    return out, problems


def predictions_in_process(paths: Sequence[Path]) -> dict[str, Predicted]:
    """Run the newsdesk pipeline over `paths`: its articles (or problems) by source stem."""
    from newsdesk.runner import Problem, extract

    out: dict[str, Predicted] = {}
    for item in extract(list(paths)):
        if isinstance(item, Problem):
            out[_stem(item.source)] = Predicted([], None, f"pipeline: {item}")
        else:
            out[_stem(item.source)] = Predicted([*item.quotes, *item.attributions], item.text)
    return out


def gold_as_quotes(gold: GoldArticle) -> list[dict[str, Any]]:
    """The gold attributions written as contract quotes: a perfect prediction (sanity checks)."""
    out = []
    for a in gold.attributions:
        source = list(a.source) if a.source else None
        out.append(
            {
                "content": [list(s) for s in a.content],
                "cue": [a.cue[0][0], a.cue[-1][1]] if a.cue else None,
                "speaker": [source[0][0], source[-1][1]] if source else None,
                "speaker_name": a.source_text,
                "speaker_type": "person" if source else "unknown",
                "speaker_role": None,
                "direct": a.direct,
            }
        )
    return out
