"""One article over spaCy's max_length (1,050,000 characters of invented
prose) through the default pipeline, beside a short one in the same batch:
the long text is parsed in paragraph pieces (newsdesk/nlp.py) and its
entities must keep their offsets.

    python benchmarks/long_text.py      # about 15 minutes on a busy two-core machine
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

# This checkout's newsdesk, not an installed one.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsdesk.article import Article
from newsdesk.pipeline import Pipeline

BODY = (
    "The mayor Maria Lopez said on Monday that the bridge would reopen in spring, "
    "officials in Boston said."
)


def main() -> int:
    paras = [f"{BODY} The council met on Tuesday {i}.\n\n" for i in range(8000)]
    text = ("A very long article\n" + "".join(paras))[:1_050_000]
    t0 = time.time()
    out = Pipeline().run_batch([Article(text=text), Article(text="Short one\n" + BODY)])
    elapsed = time.time() - t0
    long, short = out
    assert isinstance(long, Article) and isinstance(short, Article), out
    named = [e for e in long.entities if e["label"] in ("GPE", "PERSON")]
    ok = all(text[e["start"] : e["end"]] in ("Boston", "Maria Lopez") for e in named)
    print(f"{len(text):,} characters: {len(long.entities):,} entities (offsets exact: {ok}), "
          f"last at {max(e['start'] for e in long.entities):,}; {len(long.dates):,} dates; "
          f"the short article: {len(short.entities)} entities; {elapsed:.0f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
