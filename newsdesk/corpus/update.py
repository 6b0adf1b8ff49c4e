"""Bring the corpus stages up to date with the stored articles.

Articles the corpus stages have not taken in yet are processed in order of
publication (undated last), each in its own transaction: a run that is killed
keeps what it finished, and the next run goes on from there. Old articles are
never revisited, so the cost of an update depends on what was added, not on
the size of the store.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from ..store import Store
from .briefs import build_brief
from .dedup import NearDuplicates
from .people import PersonIndex
from .sentences import store_sentences
from .stories import Stories, StorySettings
from .timeline import store_entries
from .vectors import TermStats, term_counts, tf_vector

#: Called after each article: (done, total).
CorpusProgress = Callable[[int, int], None]


@dataclass
class CorpusSummary:
    articles: int = 0
    copies: int = 0
    new_stories: int = 0
    touched_stories: set[int] = field(default_factory=set)


def pending(store: Store) -> list[str]:
    """Ids of stored articles the corpus stages have not taken in, oldest first."""
    rows = store.conn.execute(
        "SELECT a.id FROM articles a LEFT JOIN corpus_done d ON d.article_id = a.id "
        "WHERE d.article_id IS NULL ORDER BY a.published IS NULL, a.published, a.rowid"
    ).fetchall()
    return [str(r[0]) for r in rows]


def update_corpus(
    store: Store,
    settings: StorySettings | None = None,
    *,
    progress: CorpusProgress | None = None,
    briefs: bool = True,
) -> CorpusSummary:
    """Run dedup, stories and people over the articles not yet taken in."""
    conn = store.conn
    dedup = NearDuplicates(conn)
    terms = TermStats(conn)
    stories = Stories(conn, terms, settings)
    people = PersonIndex(conn)
    summary = CorpusSummary()
    todo = pending(store)
    for done, article_id in enumerate(todo, start=1):
        article = store.get(article_id)
        if article is None:  # deleted meanwhile
            continue
        with store.transaction():
            copy = dedup.add(article)
            copy_of = None
            if copy is not None:
                summary.copies += 1
                copy_of = copy.original_id if copy.article_id == article.id else copy.article_id
            counts = term_counts(article)
            terms.add(counts)
            placed = stories.add(
                article.id,
                article.published,
                tf_vector(counts) if copy_of is None else {},
                article.title or _first_words(article.kept_text()),
                copy_of=copy_of,
            )
            people.add(article, placed.story_id)
            store_entries(conn, article, store_sentences(conn, article))
            conn.execute(
                "INSERT INTO corpus_done (article_id, done_at) VALUES (?, ?)",
                (article.id, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
            )
        summary.articles += 1
        summary.new_stories += placed.new_story
        summary.touched_stories.add(placed.story_id)
        if progress:
            progress(done, len(todo))
    if briefs:
        refresh_briefs(store)
    return summary


def refresh_briefs(store: Store) -> int:
    """Rebuild the briefs of stories that changed (their brief is NULL)."""
    stale = [
        int(r[0]) for r in store.conn.execute("SELECT id FROM stories WHERE brief IS NULL")
    ]
    terms = TermStats(store.conn)
    for story_id in stale:
        brief = build_brief(store, story_id, terms)
        with store.transaction():
            store.conn.execute(
                "UPDATE stories SET brief = ? WHERE id = ?", (json.dumps(brief), story_id)
            )
    return len(stale)


def _first_words(text: str, n: int = 12) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")
