"""Write newsdesk/corpus/background_df.json: document frequencies of words in
a background corpus of news (PolNeAR's train split), so that a small store
weighs words as news in general does ("said", "campaign" light; "Copeland",
"caucus" heavy). Only counts are written, no text; words in fewer than 3
articles are left out.

    .venv/bin/python scripts/build_background_df.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdesk.article import Article, normalise_newlines  # noqa: E402
from newsdesk.corpus.vectors import is_lead, term_counts  # noqa: E402

TRAIN = ROOT.parent / "shared" / "eval" / "polnear" / "train" / "text"
OUT = ROOT / "newsdesk" / "corpus" / "background_df.json"
MIN_DF = 3


def main() -> int:
    files = sorted(TRAIN.glob("*.txt"))
    df: Counter[str] = Counter()
    for f in files:
        article = Article(text=normalise_newlines(f.read_text(encoding="utf-8")))
        # Lead terms take their plain word's df (vectors.TermStats.idf).
        df.update({t for t in term_counts(article) if not is_lead(t)})
    kept = {t: n for t, n in sorted(df.items()) if n >= MIN_DF}
    OUT.write_text(
        json.dumps({"source": "PolNeAR train split", "n_docs": len(files), "df": kept},
                   separators=(",", ":")),
        encoding="utf-8",
    )
    print(f"{len(kept)} terms from {len(files)} articles -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
