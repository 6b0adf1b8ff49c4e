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
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.polnear_gold import read_split  # noqa: E402
from newsdesk.nlp import load_nlp  # noqa: E402

OUT = ROOT / "newsdesk" / "extract" / "cue_lexicon.json"


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
    golds = [g for g in read_split(split) if g.ann_path is not None]  # first annotator each
    for gold in golds:
        spans = [span for a in gold.attributions if a.cue for span in a.cue]
        doc = nlp(gold.text)
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
    print(f"{len(lexicon)} cue lemmas from {len(golds)} train articles -> {OUT}")


if __name__ == "__main__":
    main()
