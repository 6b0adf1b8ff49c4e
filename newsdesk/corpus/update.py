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
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import killpoint
from ..store import Store
from .anchors import reanchor
from .briefs import build_brief
from .dedup import NearDuplicates
from .people import PersonIndex
from .sentences import store_sentences
from .stories import Placement, Stories, StorySettings
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
    #: Articles dates were re-resolved for, the corpus's estimate having moved.
    reanchored: int = 0
    #: (article id, reason) of articles a corpus stage failed on: rolled back,
    #: left pending, and the rest goes on.
    problems: list[tuple[str, str]] = field(default_factory=list)


_PENDING = (
    "SELECT a.id FROM articles a LEFT JOIN corpus_done d ON d.article_id = a.id "
    "WHERE d.article_id IS NULL ORDER BY a.published IS NULL, a.published, a.rowid"
)


def pending(store: Store) -> list[str]:
    """Ids of stored articles the corpus stages have not taken in, oldest first."""
    return [str(r[0]) for r in store.conn.execute(_PENDING).fetchall()]


class _Stages:
    """The corpus stages' objects. Some keep what they read from the store in
    memory (document frequencies, weighed centroids), so they are built again
    whenever another connection has committed since (`PRAGMA data_version`)
    or a transaction of ours was rolled back."""

    def __init__(self, store: Store, settings: StorySettings | None) -> None:
        self.store, self.settings = store, settings
        self.version: int | None = None

    def fresh(self) -> None:
        """Call inside the write transaction, before reading."""
        (version,) = self.store.conn.execute("PRAGMA data_version").fetchone()
        if version != self.version:
            conn = self.store.conn
            self.dedup = NearDuplicates(conn)
            self.terms = TermStats(conn)
            self.stories = Stories(conn, self.terms, self.settings)
            self.people = PersonIndex(conn)
            self.version = version

    def forget(self) -> None:
        self.version = None


def update_corpus(
    store: Store,
    settings: StorySettings | None = None,
    *,
    progress: CorpusProgress | None = None,
    briefs: bool = True,
) -> CorpusSummary:
    """Re-resolve dates against the corpus's current estimate where it moved
    (see anchors.py), then run dedup, stories and people over the articles
    not yet taken in, oldest first, each in its own write transaction. A
    read-only store is read as it is: nothing is brought up to date."""
    summary = CorpusSummary()
    if store.readonly:
        return summary
    summary.reanchored = reanchor(
        store, on_problem=lambda aid, reason: summary.problems.append((aid, reason))
    )
    stages = _Stages(store, settings)
    failed: set[str] = set()
    done = 0
    # The list is read outside the write lock (one scan, not one per article);
    # each article is checked again inside its transaction, so an article
    # another process took in meanwhile is skipped, never taken in twice. Then
    # the list is read again, for articles stored meanwhile.
    while todo := [aid for aid in pending(store) if aid not in failed]:
        for article_id in todo:
            try:
                with store.transaction():
                    stages.fresh()
                    placed = _take_in(store, stages, article_id, summary)
            except sqlite3.OperationalError:
                raise  # the store is busy or broken: not this article's fault
            except Exception as exc:  # one article's failure is reported, not fatal
                stages.forget()
                failed.add(article_id)
                summary.problems.append((article_id, f"{type(exc).__name__}: {exc}"))
                continue
            if placed is _TAKEN:
                continue
            killpoint.reached("corpus")
            done += 1
            if isinstance(placed, Placement):
                summary.articles += 1
                summary.new_stories += placed.new_story
                summary.touched_stories.add(placed.story_id)
            if progress:
                progress(done, max(len(todo), done))
    if briefs:
        refresh_briefs(store, summary.problems)
    return summary


#: What `_take_in` returns for an article already taken in.
_TAKEN = object()


def _take_in(
    store: Store, stages: _Stages, article_id: str, summary: CorpusSummary
) -> Placement | object | None:
    """Dedup, story, people, sentences and timeline of one article, and mark
    it done (callers hold the transaction)."""
    conn = store.conn
    if conn.execute("SELECT 1 FROM corpus_done WHERE article_id = ?", (article_id,)).fetchone():
        return _TAKEN  # another process took it in after the list was read
    article = store.get(article_id)
    placed = None
    if article is not None:
        copy = stages.dedup.add(article)
        copy_of = None
        if copy is not None:
            summary.copies += 1
            copy_of = copy.original_id if copy.article_id == article.id else copy.article_id
        counts = term_counts(article)
        stages.terms.add(counts)
        placed = stages.stories.add(
            article.id,
            article.published,
            tf_vector(counts) if copy_of is None else {},
            article.title or _first_words(article.kept_text()),
            copy_of=copy_of,
        )
        stages.people.add(article, placed.story_id)
        store_entries(conn, article, store_sentences(conn, article))
    conn.execute(
        "INSERT INTO corpus_done (article_id, done_at) VALUES (?, ?)",
        (article_id, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
    )
    return placed


def refresh_briefs(store: Store, problems: list[tuple[str, str]] | None = None) -> int:
    """Rebuild the briefs of stories that changed (their brief is NULL), each
    built and written in one write transaction, so a brief never outlives a
    change another process made to its story meanwhile. A story whose brief
    fails is left stale (and reported in `problems` as "story N")."""
    n = 0
    failed: list[int] = []
    while True:
        story_id: int | None = None
        try:
            with store.transaction():
                skip = f" AND id NOT IN ({','.join(map(str, failed))})" if failed else ""
                row = store.conn.execute(
                    f"SELECT id FROM stories WHERE brief IS NULL{skip} ORDER BY id LIMIT 1"
                ).fetchone()
                if row is None:
                    return n
                story_id = int(row[0])
                brief = build_brief(store, story_id, TermStats(store.conn))
                store.conn.execute(
                    "UPDATE stories SET brief = ? WHERE id = ?", (json.dumps(brief), story_id)
                )
        except sqlite3.OperationalError:
            raise
        except Exception as exc:  # one story's failure is reported, not fatal
            if story_id is None:
                raise
            failed.append(story_id)
            if problems is not None:
                problems.append((f"story {story_id}", f"{type(exc).__name__}: {exc}"))
            continue
        killpoint.reached("brief")
        n += 1


def _first_words(text: str, n: int = 12) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")
