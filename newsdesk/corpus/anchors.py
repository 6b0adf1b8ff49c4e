"""The corpus's anchor date, and dates resolved against it kept current.

An article with no publication date (neither in its metadata nor in its text)
has its relative dates ("on Tuesday", "last month") resolved against an
estimate: the date given to `analyze --anchor-date` (kept in the store), else
the median publication date of the stored articles. The median moves as the
corpus grows, so resolving against it once, at intake, would make the store
depend on how the articles came in (one run, a killed and resumed run, or
several runs). Instead every record resolved against an estimate says so
(`anchor.source` "corpus" or, with no anchor at all, null), and whenever the
estimate differs from the one an article's dates were resolved against, its
dates and claims are extracted again against the current estimate, its
timeline entries rewritten and its story's brief marked stale. The result
depends only on which articles the store holds.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from .. import killpoint
from ..article import Article
from ..config import Options
from ..errors import StageError
from ..store import Store
from ..store.typed import refill_dates_and_claims
from .sentences import stored_sentences
from .timeline import store_entries

#: The stages whose output depends on the anchor date, in pipeline order.
ANCHORED_STAGES = ("extract.dates", "extract.claims")
#: Articles re-extracted per spaCy batch.
BATCH = 16
_META_KEY = "anchor_date"


def set_anchor(store: Store, date: str | None) -> None:
    """Keep `date` (`analyze --anchor-date`) as the store's anchor for undated
    articles; None leaves the stored choice as it is."""
    if date is None:
        return
    with store.transaction():
        store.conn.execute(
            "INSERT OR REPLACE INTO corpus_meta (key, value) VALUES (?, ?)", (_META_KEY, date[:10])
        )


def corpus_anchor(store: Store) -> str | None:
    """The date undated articles are resolved against now: the one given to
    `analyze --anchor-date`, else the median publication date, else None."""
    row = store.conn.execute(
        "SELECT value FROM corpus_meta WHERE key = ?", (_META_KEY,)
    ).fetchone()
    return str(row[0]) if row is not None else store.median_published()


def stale(conn: sqlite3.Connection, anchor: str | None, *, skip: set[str]) -> list[str]:
    """Ids of undated articles with a date resolved against another estimate
    than `anchor` (or against none), in store order."""
    rows = conn.execute(
        "SELECT DISTINCT r.article_id FROM records r JOIN articles a ON a.id = r.article_id "
        "WHERE r.kind = 'date' AND a.published IS NULL "
        "AND coalesce(json_extract(r.data, '$.anchor.source'), 'corpus') = 'corpus' "
        "AND json_extract(r.data, '$.anchor.date') IS NOT ? ORDER BY a.rowid",
        (anchor,),
    ).fetchall()
    return [str(r[0]) for r in rows if str(r[0]) not in skip]


#: Called with (article id, reason) for an article that could not be re-resolved.
OnProblem = Callable[[str, str], None]


def reanchor(store: Store, *, on_problem: OnProblem | None = None) -> int:
    """Re-extract dates and claims of every article resolved against another
    estimate than the corpus's current one; return how many were rewritten.

    The parse runs outside any transaction; each article is then written in
    its own, and only if the estimate is still the one it was parsed against
    (another process may have added articles meanwhile: the loop then starts
    over with the new estimate)."""
    from ..pipeline import Pipeline

    conn = store.conn
    failed: set[str] = set()
    rewritten = 0
    while True:
        anchor = corpus_anchor(store)
        todo = stale(conn, anchor, skip=failed)
        if not todo:
            return rewritten
        pipeline = Pipeline(ANCHORED_STAGES, Options(anchor_date=anchor))
        moved = False  # the corpus moved: start over against the new estimate
        for i in range(0, len(todo), BATCH):
            articles = [a for a in (store.get(aid) for aid in todo[i : i + BATCH]) if a]
            for article in articles:
                article.dates, article.claims = [], []
            for item in pipeline.run_batch(articles):
                if isinstance(item, StageError):
                    failed.add(item.article_id)
                    if on_problem:
                        on_problem(item.article_id, f"{item.reason} [stage {item.stage}]")
                    continue
                with store.transaction():
                    moved = corpus_anchor(store) != anchor
                    if not moved:
                        _rewrite(conn, item)
                        rewritten += 1
                if not moved:
                    killpoint.reached("reanchor")
                if moved:
                    break
            if moved:
                break


def _rewrite(conn: sqlite3.Connection, article: Article) -> None:
    """Replace the article's date and claim records, its timeline entries and
    its story's brief (callers hold the transaction)."""
    conn.execute(
        "DELETE FROM records WHERE article_id = ? AND kind IN ('date', 'claim')", (article.id,)
    )
    conn.executemany(
        "INSERT INTO records (article_id, kind, data) VALUES (?, ?, ?)",
        [(article.id, "date", json.dumps(r)) for r in article.dates]
        + [(article.id, "claim", json.dumps(r)) for r in article.claims],
    )
    refill_dates_and_claims(conn, article.id)
    done = conn.execute(
        "SELECT 1 FROM corpus_done WHERE article_id = ?", (article.id,)
    ).fetchone()
    if done is None:  # the corpus stages will take it in with its new dates
        return
    store_entries(conn, article, stored_sentences(conn, article))
    conn.execute(
        "UPDATE stories SET brief = NULL WHERE id = "
        "(SELECT story_id FROM story_articles WHERE article_id = ?)",
        (article.id,),
    )
