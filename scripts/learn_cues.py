"""Learn the attribution-cue lexicon from the PolNeAR train split.

For each lemma (verbs, plus the preposition heads of multi-word cues) count
how often its tokens sit inside a gold Cue span, over its occurrences in the
train texts outside quote marks: the extractor looks for cues only there (what
a quote says inside itself is the quote's, and PolNeAR marks no attributions
inside a quotation), so "I think" in a quote does not make "think" a rare cue.
Lemmas that are cues often enough become
`newsdesk/extract/quotes/cue_lexicon.json` (lemma -> probability). Only the
train split is read: the dev split stays unseen for evaluation.

    .venv/bin/python scripts/learn_cues.py [--data ../shared/eval/polnear] [--cache F]

`--cache` reuses the parses scripts/train_statements.py keeps (same texts).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.polnear_gold import read_split  # noqa: E402
from newsdesk.extract.quotes.marks import find_quotes  # noqa: E402
from newsdesk.nlp import doc_text, load_nlp  # noqa: E402

OUT = ROOT / "newsdesk" / "extract" / "quotes" / "cue_lexicon.json"


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "polnear")
    ap.add_argument("--min-count", type=int, default=4)
    ap.add_argument("--min-prob", type=float, default=0.15)
    ap.add_argument("--cache", type=Path, help="DocBin of the train split's parses")
    args = ap.parse_args()
    split = args.data / "train"
    nlp = load_nlp()
    seen: Counter[str] = Counter()
    cue: Counter[str] = Counter()
    every = read_split(split)
    docs: list[Doc]
    if args.cache is not None and args.cache.exists():  # one parse per article
        docs = list(DocBin().from_disk(args.cache).get_docs(nlp.vocab))
    else:
        docs = [nlp(g.text) for g in every]
    # the first annotator of each article
    pairs = [(g, d) for g, d in zip(every, docs, strict=True) if g.ann_path is not None]
    golds = [g for g, _ in pairs]
    for gold, doc in pairs:
        spans = [span for a in gold.attributions if a.cue for span in a.cue]
        quoted = [q.inner for q in find_quotes(doc_text(doc)) if q.depth == 0]
        for tok in doc:
            if tok.pos_ not in ("VERB", "NOUN", "ADP") and tok.text != ":":
                continue
            if any(s <= tok.idx < e for s, e in quoted):
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
