"""Learn the attribution-cue lexicon from the PolNeAR train split.

For each lemma (verbs, plus the preposition heads of multi-word cues) count
how often its tokens sit inside a gold Cue span, over all its occurrences in
the train texts. Lemmas that are cues often enough become
`newsdesk/extract/cue_lexicon.json` (lemma -> probability). Only the train
split is read: the dev split stays unseen for evaluation.

    .venv/bin/python scripts/learn_cues.py [--data ../shared/eval/polnear]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from newsdesk.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "newsdesk" / "extract" / "cue_lexicon.json"
_T = re.compile(r"^T\d+\tCue ([\d ;]+)\t", re.M)


def cue_spans(ann_files: list[Path]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for f in ann_files:
        for m in _T.finditer(f.read_text(encoding="utf-8")):
            for piece in m.group(1).split(";"):
                s, e = piece.split()
                spans.append((int(s), int(e)))
    return spans


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "polnear")
    ap.add_argument("--min-count", type=int, default=4)
    ap.add_argument("--min-prob", type=float, default=0.15)
    args = ap.parse_args()
    split = args.data / "train"
    nlp = load_nlp()
    seen: Counter[str] = Counter()
    cue: Counter[str] = Counter()
    texts = sorted((split / "text").glob("*.txt"))
    for path in texts:
        anns = sorted((split / "attributions").glob(path.stem + "*.ann"))
        if not anns:
            continue
        spans = cue_spans(anns[:1])  # one annotator per article, as the scorer does
        doc = nlp(path.read_text(encoding="utf-8"))
        for tok in doc:
            if tok.pos_ not in ("VERB", "NOUN", "ADP") and tok.text != ":":
                continue
            key = f"{tok.lemma_.lower()}/{tok.pos_}"
            seen[key] += 1
            if any(s <= tok.idx < e for s, e in spans):
                cue[key] += 1
    lexicon = {
        k: round(cue[k] / seen[k], 3)
        for k in sorted(cue, key=lambda k: -cue[k])
        if cue[k] >= args.min_count and cue[k] / seen[k] >= args.min_prob
    }
    OUT.write_text(json.dumps(lexicon, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(lexicon)} cue lemmas from {len(texts)} train articles -> {OUT}")


if __name__ == "__main__":
    main()
