"""Score newsdesk's dates (`extract.dates`) against TempEval-3's TIMEX3 gold.

Data: TBAQ-cleaned (TimeBank + AQUAINT, TimeML `.tml`), read in place from
`../shared/eval/tempeval3/TBAQ-cleaned`. Each file's document creation time
(the DCT `TIMEX3` with `functionInDocument="CREATION_TIME"`) is the anchor,
passed as the article's publication date; the `TIMEX3` tags inside `<TEXT>`
are the targets (the DCT itself is not scored). The `<TEXT>` element is
stripped of its tags (entities unescaped), so gold offsets index the plain
text newsdesk sees.

Split: a file is `dev` when `zlib.crc32(filename.encode()) % 4 == 0`, else
`train`. Develop on train; `--errors N` prints misses on train only.

Metrics, as TempEval-3's official scorer defines them:

- strict extent: a prediction matches a gold expression when both offsets are
  equal; relaxed extent: when they overlap by at least one character, matched
  one-to-one (largest overlap first). Precision = matched / predicted,
  recall = matched / gold, F1 their harmonic mean.
- type and value accuracy: the share of relaxed matches whose TIMEX3 type /
  value equals the gold's (an unresolved prediction, value null, is wrong).
- value F1 = relaxed F1 x value accuracy (TempEval-3's "value F1");
  type F1 likewise.

    python eval/tempeval.py [--split dev|train|all] [--errors N]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TEMPEVAL = ROOT.parent / "shared" / "eval" / "tempeval3" / "TBAQ-cleaned"
CORPORA = ("TimeBank", "AQUAINT")

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class Timex:
    """A gold TIMEX3: offsets into the plain text, type and value."""

    start: int
    end: int
    type: str
    value: str


@dataclass(slots=True)
class GoldDoc:
    """One TimeML file: its plain `<TEXT>`, anchor (DCT) and gold TIMEX3s."""

    name: str
    text: str
    dct: str | None
    timexes: list[Timex] = field(default_factory=list)


def split_of(name: str) -> str:
    """`dev` or `train`, from a stable hash of the file name."""
    return "dev" if zlib.crc32(name.encode()) % 4 == 0 else "train"


def _strip(markup: str) -> tuple[str, list[Timex]]:
    """Plain text of a TimeML fragment and the TIMEX3s in it (offsets kept)."""
    out: list[str] = []
    pos = 0
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[Timex] = []
    for m in _TAG.finditer(markup):
        piece = html.unescape(markup[pos : m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        closing, name, attrs = m.group(1) == "/", m.group(2), m.group(3)
        if name != "TIMEX3" or m.group(4):
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(attrs))))
        elif open_timex:
            start, a = open_timex.pop()
            timexes.append(Timex(start, length, a.get("type", ""), a.get("value", "")))
    out.append(html.unescape(markup[pos:]))
    return "".join(out), timexes


def read_tml(path: Path) -> GoldDoc:
    """One `.tml` file as a GoldDoc."""
    raw = path.read_text(encoding="utf-8")
    dct: str | None = None
    for m in re.finditer(r"<TIMEX3([^>]*)>", raw):
        a = dict(_ATTR.findall(m.group(1)))
        if a.get("functionInDocument") == "CREATION_TIME":
            dct = a.get("value", "")[:10] or None
            break
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    text, timexes = _strip(body.group(1) if body else "")
    return GoldDoc(path.name, text, dct, sorted(timexes, key=lambda t: t.start))


def read_split(split: str = "dev", root: Path = TEMPEVAL) -> list[GoldDoc]:
    """The gold documents of `split` (`dev`, `train` or `all`), sorted by name."""
    paths = sorted(p for c in CORPORA for p in (root / c).glob("*.tml"))
    return [read_tml(p) for p in paths if split == "all" or split_of(p.name) == split]


# -- predictions -------------------------------------------------------------


def predict(docs: list[GoldDoc]) -> Iterator[list[dict[str, Any]]]:
    """newsdesk's date records for each document, anchored on its DCT."""
    from newsdesk.extract.dates.finder import find_dates
    from newsdesk.nlp import load_nlp

    nlp = load_nlp()
    unused = [p for p in ("ner", "lemmatizer") if p in nlp.pipe_names]  # dates read the parse
    with nlp.select_pipes(disable=unused):
        docs_out = list(nlp.pipe(d.text for d in docs))
    for gold, doc in zip(docs, docs_out, strict=True):
        yield find_dates(doc, gold.dct, "metadata" if gold.dct else None)


# -- scoring -----------------------------------------------------------------


@dataclass(slots=True)
class Counts:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def match(gold: list[Timex], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one relaxed matches (gold index, pred index), largest overlap first."""
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = min(g.end, p["end"]) - max(g.start, p["start"])
            if ov > 0:
                pairs.append((-ov, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, pi in sorted(pairs):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def score_doc(gold: GoldDoc, pred: list[dict[str, Any]], counts: Counts) -> None:
    """Add one document's counts."""
    counts.gold += len(gold.timexes)
    counts.pred += len(pred)
    spans = {(g.start, g.end) for g in gold.timexes}
    counts.strict += sum((p["start"], p["end"]) in spans for p in pred)
    for gi, pi in match(gold.timexes, pred):
        g, p = gold.timexes[gi], pred[pi]
        counts.relaxed += 1
        counts.type_ok += p["type"] == g.type
        counts.value_ok += p["value"] == g.value


def summarise(c: Counts) -> dict[str, float]:
    """The metrics of the module docstring."""
    sp, sr = c.strict / (c.pred or 1), c.strict / (c.gold or 1)
    rp, rr = c.relaxed / (c.pred or 1), c.relaxed / (c.gold or 1)
    rel_f1 = _f1(rp, rr)
    type_acc = c.type_ok / (c.relaxed or 1)
    value_acc = c.value_ok / (c.relaxed or 1)
    return {
        "gold": c.gold,
        "predicted": c.pred,
        "strict_p": sp,
        "strict_r": sr,
        "strict_f1": _f1(sp, sr),
        "relaxed_p": rp,
        "relaxed_r": rr,
        "relaxed_f1": rel_f1,
        "type_accuracy": type_acc,
        "value_accuracy": value_acc,
        "type_f1": rel_f1 * type_acc,
        "value_f1": rel_f1 * value_acc,
    }


def evaluate(split: str = "dev", root: Path = TEMPEVAL) -> dict[str, float]:
    """Score a split; the metrics of `summarise`."""
    docs = read_split(split, root)
    counts = Counts()
    for gold, pred in zip(docs, predict(docs), strict=True):
        score_doc(gold, pred, counts)
    return summarise(counts)


def _errors(docs: list[GoldDoc], preds: Iterable[list[dict[str, Any]]], limit: int) -> None:
    shown = 0
    for gold, pred in zip(docs, preds, strict=True):
        matched = dict(match(gold.timexes, pred))
        back = {pi: gi for gi, pi in matched.items()}
        lines: list[str] = []
        for gi, g in enumerate(gold.timexes):
            ctx = gold.text[max(0, g.start - 30) : g.end + 30].replace("\n", " ")
            if gi not in matched:
                words = gold.text[g.start : g.end]
                lines.append(f"  MISS {g.type} {g.value!r} [{words}] ...{ctx}...")
                continue
            p = pred[matched[gi]]
            ptext = gold.text[p["start"] : p["end"]]
            if (p["start"], p["end"]) != (g.start, g.end):
                lines.append(f"  EXTENT [{gold.text[g.start:g.end]}] vs [{ptext}]")
            if p["value"] != g.value or p["type"] != g.type:
                lines.append(
                    f"  VALUE [{ptext}] {p['type']} {p['value']!r} gold {g.type} {g.value!r}"
                    f" ...{ctx}..."
                )
        for pi, p in enumerate(pred):
            if pi not in back:
                ctx = gold.text[max(0, p["start"] - 30) : p["end"] + 30].replace("\n", " ")
                lines.append(f"  FALSE [{p['text']}] {p['type']} {p['value']!r} ...{ctx}...")
        if lines:
            print(f"{gold.name} (DCT {gold.dct})")
            for line in lines:
                print(line)
                shown += 1
        if shown >= limit:
            return


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "train", "all"), default="dev")
    ap.add_argument("--root", type=Path, default=TEMPEVAL)
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors (train only)")
    args = ap.parse_args(argv)
    if not args.root.exists():
        print(f"no TempEval-3 data at {args.root}", file=sys.stderr)
        return 2
    docs = read_split(args.split, args.root)
    preds = list(predict(docs))
    counts = Counts()
    for gold, pred in zip(docs, preds, strict=True):
        score_doc(gold, pred, counts)
    s = summarise(counts)
    print(f"TempEval-3 TBAQ-cleaned, split {args.split}: {len(docs)} files, "
          f"{s['gold']:.0f} gold TIMEX3, {s['predicted']:.0f} predicted")
    print(f"{'':16}{'P':>7}{'R':>7}{'F1':>7}")
    for name in ("strict", "relaxed"):
        print(f"{name + ' extent':16}{s[name + '_p']:7.3f}{s[name + '_r']:7.3f}"
              f"{s[name + '_f1']:7.3f}")
    print(f"{'type':16}{'acc':>7}{s['type_accuracy']:7.3f}  F1 {s['type_f1']:.3f}")
    print(f"{'value':16}{'acc':>7}{s['value_accuracy']:7.3f}  F1 {s['value_f1']:.3f}")
    if args.errors:
        if args.split != "train":
            print("--errors is for the train split only (develop on train)", file=sys.stderr)
            return 2
        _errors(docs, preds, args.errors)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
