"""The background news corpus's document frequencies, read once per process.

Built by scripts/build_background_df.py from PolNeAR train (counts only, no
text). Story vectors weigh terms by them, and the stitched flag weighs the
words paragraphs share by them; this module has no heavy imports, so the
cleaning stages can use it without loading spaCy.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def background_df() -> tuple[int, dict[str, int]]:
    """(number of documents, word -> document frequency)."""
    data = json.loads(files("newsdesk.corpus").joinpath("background_df.json").read_text("utf-8"))
    return int(data["n_docs"]), {str(k): int(v) for k, v in data["df"].items()}
