"""Near-duplicates and copies: MinHash over word shingles, LSH bands in the store.

Each article's kept text (removed spans cut out) becomes a set of word
5-shingles and a datasketch MinHash. Its LSH band keys go into the store, so
a new article finds its candidates with an indexed lookup, whatever the size
of the corpus. Candidates are then checked on their real shingle sets: an
article is a copy when most of the smaller text lies inside the larger one
(containment), which also catches an article copied inside a spam page.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from ..article import Article, cut_spans

#: 42 bands of 3 rows: a pair whose shingle sets have Jaccard 0.3 becomes a
#: candidate with probability 0.68, at 0.5 with 0.996; unrelated texts
#: (Jaccard ~0.02) almost never do.
BANDS, ROWS = 42, 3
NUM_PERM = BANDS * ROWS
SHINGLE = 5
#: A copy: at least this share of the smaller text's shingles is in the larger.
MIN_CONTAINMENT = 0.8
#: Texts with fewer shingles than this are too short to call copies.
MIN_SHINGLES = 20

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Word `size`-grams of the lower-cased text."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def minhash(shingle_set: set[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([s.encode("utf-8") for s in shingle_set])
    return m


def band_keys(m: MinHash) -> list[int]:
    """One signed 64-bit key per band (SQLite integers are signed)."""
    values = np.asarray(m.hashvalues, dtype=np.uint64)
    keys = []
    for b in range(BANDS):
        chunk = values[b * ROWS : (b + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


@dataclass(frozen=True, slots=True)
class Copy:
    """`article_id` is a near-duplicate of `original_id`."""

    article_id: str
    original_id: str
    jaccard: float
    containment: float


def _overlap(a: set[str], b: set[str]) -> tuple[float, float]:
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


class NearDuplicates:
    """The store's near-duplicate index (tables `signatures`, `lsh_bands`,
    `duplicates`). Callers hold the transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, article: Article) -> Copy | None:
        """Index `article`; return the copy relation when it matches a stored one.

        The group's original is the earliest article, then the cleanest (fewest
        removed characters); when the new article is a better original, the
        group is re-pointed at it.
        """
        own = shingles(article.kept_text())
        m = minhash(own)
        keys = band_keys(m)
        match = self._best_match(article.id, own, keys) if len(own) >= MIN_SHINGLES else None
        self.conn.execute(
            "INSERT OR REPLACE INTO signatures (article_id, n_shingles, minhash) VALUES (?, ?, ?)",
            (article.id, len(own), np.asarray(m.hashvalues, dtype=np.uint64).tobytes()),
        )
        self.conn.executemany(
            "INSERT INTO lsh_bands (band, key, article_id) VALUES (?, ?, ?)",
            [(b, k, article.id) for b, k in enumerate(keys)],
        )
        if match is None:
            return None
        other, jaccard, containment = match
        original = self.original_of(other)
        if _better_original(self.conn, article.id, original):
            self._repoint(original, article.id)
            self._link(original, article.id, jaccard, containment)
            return Copy(original, article.id, jaccard, containment)
        self._link(article.id, original, jaccard, containment)
        return Copy(article.id, original, jaccard, containment)

    def original_of(self, article_id: str) -> str:
        row = self.conn.execute(
            "SELECT original_id FROM duplicates WHERE article_id = ?", (article_id,)
        ).fetchone()
        return str(row[0]) if row else article_id

    def _best_match(
        self, article_id: str, own: set[str], keys: list[int]
    ) -> tuple[str, float, float] | None:
        found: set[str] = set()
        for band, key in enumerate(keys):
            found.update(
                r[0]
                for r in self.conn.execute(
                    "SELECT article_id FROM lsh_bands WHERE band = ? AND key = ?", (band, key)
                )
            )
        found.discard(article_id)
        best: tuple[str, float, float] | None = None
        for other in sorted(found):
            text = _kept_text(self.conn, other)
            if text is None:  # deleted since it was indexed
                continue
            jaccard, containment = _overlap(own, shingles(text))
            if containment >= MIN_CONTAINMENT and (best is None or containment > best[2]):
                best = (other, jaccard, containment)
        return best

    def _link(self, copy_id: str, original_id: str, jaccard: float, containment: float) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO duplicates (article_id, original_id, jaccard, containment) "
            "VALUES (?, ?, ?, ?)",
            (copy_id, original_id, jaccard, containment),
        )
        self.conn.execute(
            "DELETE FROM flags WHERE article_id = ? AND name = 'near_duplicate'", (copy_id,)
        )
        self.conn.execute(
            "INSERT INTO flags (article_id, name, score, evidence, explanation) "
            "VALUES (?, 'near_duplicate', ?, '[]', ?)",
            (
                copy_id,
                round(containment, 4),
                f"a copy of article {original_id}: {containment:.0%} of the shorter text's "
                f"word 5-grams appear in the other (Jaccard {jaccard:.2f})",
            ),
        )

    def _repoint(self, old: str, new: str) -> None:
        """Make `new` the original of the group that `old` led."""
        for (copy_id,) in self.conn.execute(
            "SELECT article_id FROM duplicates WHERE original_id = ?", (old,)
        ).fetchall():
            row = self.conn.execute(
                "SELECT jaccard, containment FROM duplicates WHERE article_id = ?", (copy_id,)
            ).fetchone()
            self._link(copy_id, new, float(row[0]), float(row[1]))
        self.conn.execute("DELETE FROM duplicates WHERE article_id = ?", (new,))
        self.conn.execute(
            "DELETE FROM flags WHERE article_id = ? AND name = 'near_duplicate'", (new,)
        )


def _kept_text(conn: sqlite3.Connection, article_id: str) -> str | None:
    """A stored article's kept text, without loading its records."""
    row = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    spans = conn.execute(
        "SELECT start, end FROM removed WHERE article_id = ?", (article_id,)
    ).fetchall()
    return cut_spans(str(row[0]), ((int(s), int(e)) for s, e in spans))


def _better_original(conn: sqlite3.Connection, candidate: str, current: str) -> bool:
    """Earliest first (an unknown date counts as latest), then cleanest, then
    the one stored first."""

    def rank(aid: str) -> tuple[int, str, float, int]:
        row = conn.execute(
            "SELECT published, n_removed, n_chars, rowid FROM articles WHERE id = ?", (aid,)
        ).fetchone()
        flagged = conn.execute(
            "SELECT count(*) FROM flags WHERE article_id = ? AND name != 'near_duplicate'",
            (aid,),
        ).fetchone()[0]
        published = row[0] or "9999"
        dirt = row[1] / max(row[2], 1) + flagged
        return (0 if row[0] else 1, published, dirt, row[3])

    return rank(candidate) < rank(current)
