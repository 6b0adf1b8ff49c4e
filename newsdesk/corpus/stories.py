"""Online story clustering: each new article joins the closest recent story or
starts one; a new story joins the closest storyline or starts one.

Similarity is the cosine of TF-IDF vectors (`vectors.py`) times a time decay
`exp(-gap / decay_days)`, where `gap` is the number of days between the
article's date and the story's date range (0 inside it; no decay when either
date is unknown). Only stories active within `window_days` of the article are
candidates, so the cost of adding an article does not grow with the corpus
(the classic TF-IDF-with-decay baseline, Miranda et al. 2018).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sqlite3
from dataclasses import dataclass

from .vectors import ENTITY, TermStats, Vector, add_into, cosine, trim, unit


def _entities(v: Vector) -> Vector:
    return unit({t: w for t, w in v.items() if t.startswith(ENTITY)})


#: An article or centroid, weighed: all terms, entity names, headline and lead.
Weighed = tuple[Vector, Vector, Vector]


#: Terms kept in a story's or storyline's centroid.
CENTROID_TERMS = 400


@dataclass(frozen=True, slots=True)
class StorySettings:
    """Thresholds of the clustering (see docs/STORIES.md for how they were set)."""

    #: An article joins a story when its decayed similarity reaches this.
    threshold: float = 0.08
    #: The same when either date is unknown, for the mean of the all-terms and
    #: entity cosines (lead words are left out: without a date they cannot
    #: tie an article to one event): with no evidence from time, the text
    #: must say more.
    undated_threshold: float = 0.48
    #: Days for the time decay to fall by a factor e.
    decay_days: float = 3.0
    #: Stories whose dates lie further than this from the article are not candidates.
    window_days: int = 10
    #: A new story joins a storyline when its similarity reaches this.
    storyline_threshold: float = 0.25
    #: Storylines idle longer than this are not candidates.
    storyline_window_days: int = 365
    #: At most this many candidates (most recently updated first).
    max_candidates: int = 400
    #: Weights of the three cosines in an article's similarity to a story:
    #: all terms, entity names, and headline-and-lead words.
    text_share: float = 0.3
    entity_share: float = 0.2
    lead_share: float = 0.5


@dataclass(frozen=True, slots=True)
class Placement:
    story_id: int
    similarity: float
    new_story: bool


def _day(iso: str | None) -> dt.date | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _gap_days(day: dt.date | None, first: str | None, last: str | None) -> float | None:
    lo, hi = _day(first), _day(last)
    if day is None or lo is None or hi is None:
        return None
    if day < lo:
        return float((lo - day).days)
    if day > hi:
        return float((day - hi).days)
    return 0.0


#: SET clause widening a row's date range to take in `:day` (a NULL day changes nothing).
_WIDEN_DATES = (
    "first_published = CASE WHEN :day IS NULL THEN first_published "
    "  WHEN first_published IS NULL OR :day < first_published THEN :day "
    "  ELSE first_published END, "
    "last_published = CASE WHEN :day IS NULL THEN last_published "
    "  WHEN last_published IS NULL OR :day > last_published THEN :day "
    "  ELSE last_published END"
)


class Stories:
    """Stories and storylines in the store (tables `stories`, `storylines`,
    `story_articles`). Callers hold the transaction."""

    def __init__(
        self, conn: sqlite3.Connection, terms: TermStats, settings: StorySettings | None = None
    ) -> None:
        self.conn = conn
        self.terms = terms
        self.settings = settings or StorySettings()
        # ("s" | "l", id) -> (IDF epoch, weighed centroid): a centroid is
        # re-weighed only when it changes or IDF has moved.
        self._weighed: dict[tuple[str, int], tuple[int, Weighed]] = {}

    def add(
        self,
        article_id: str,
        published: str | None,
        vector: Vector,
        title: str,
        *,
        copy_of: str | None = None,
    ) -> Placement:
        """Place an article by its term-frequency vector (`vectors.tf_vector`).
        A copy goes to its original's story and leaves the centroid alone, so
        copies count once."""
        if copy_of is not None:
            row = self.conn.execute(
                "SELECT story_id FROM story_articles WHERE article_id = ?", (copy_of,)
            ).fetchone()
            if row is not None:
                self._join(article_id, int(row[0]), 1.0, published, None)
                return Placement(int(row[0]), 1.0, False)
        best_id, best_sim, best_margin = None, 0.0, float("-inf")
        day = _day(published)
        article = self._article(vector)
        for story_id, first, last in self._candidates(day):
            weighed = self._centroid("s", story_id)
            gap = _gap_days(day, first, last)
            if gap is None:
                # Event words ("debate", "by-election") name one event only
                # within a few days: with no date, whole text and names decide.
                sim = self._similarity(article, weighed)
                needed = self.settings.undated_threshold
            else:
                sim = self._story_similarity(article, weighed)
                sim *= math.exp(-gap / self.settings.decay_days)
                needed = self.settings.threshold
            if sim - needed > best_margin:
                best_id, best_sim, best_margin = story_id, sim, sim - needed
        if best_id is not None and best_margin >= 0:
            self._join(article_id, best_id, best_sim, published, vector)
            return Placement(best_id, best_sim, False)
        story_id = self._new_story(vector, title, published)
        self._join(article_id, story_id, 1.0, published, vector)
        return Placement(story_id, 1.0, True)

    # -- internals ---------------------------------------------------------

    def _article(self, vector: Vector) -> Weighed:
        weighed = self.terms.weigh(vector)
        return weighed, _entities(weighed), self.terms.weigh_lead(vector)

    def _centroid(self, kind: str, key: int) -> Weighed:
        """The weighed centroid of story ("s") or storyline ("l") `key`, read
        from the store only when it is not cached (candidates' rows leave the
        centroid out: most are cached, and each is kilobytes of JSON)."""
        epoch = self.terms.epoch
        cached = self._weighed.get((kind, key))
        if cached is None or cached[0] != epoch:
            table = "stories" if kind == "s" else "storylines"
            (centroid_json,) = self.conn.execute(
                f"SELECT centroid FROM {table} WHERE id = ?", (key,)
            ).fetchone()
            cached = self._weighed[(kind, key)] = (epoch, self._article(json.loads(centroid_json)))
        return cached[1]

    def _story_similarity(self, article: Weighed, story: Weighed) -> float:
        """A weighed sum of three cosines: over all terms, over entity names
        (who and where an event is about carries across outlets' wording), and
        over headline-and-lead words (what the article says it is about, not
        drowned by the long tail of its body)."""
        s = self.settings
        return (
            s.text_share * cosine(article[0], story[0])
            + s.entity_share * cosine(article[1], story[1])
            + s.lead_share * cosine(article[2], story[2])
        )

    @staticmethod
    def _similarity(article: Weighed, other: Weighed) -> float:
        """The mean of the all-terms and entity-name cosines: for storylines (a
        thread is carried by its people and places more than by headlines),
        and for stories when a date is unknown."""
        return 0.5 * cosine(article[0], other[0]) + 0.5 * cosine(article[1], other[1])

    def _seq(self) -> int:
        row = self.conn.execute("SELECT coalesce(max(updated_seq), 0) FROM stories").fetchone()
        return int(row[0]) + 1

    def _candidates(self, day: dt.date | None) -> list[tuple[int, str | None, str | None]]:
        s = self.settings
        if day is None:
            rows = self.conn.execute(
                "SELECT id, first_published, last_published FROM stories "
                "ORDER BY updated_seq DESC LIMIT ?",
                (s.max_candidates,),
            ).fetchall()
        else:
            lo = (day - dt.timedelta(days=s.window_days)).isoformat()
            hi = (day + dt.timedelta(days=s.window_days)).isoformat()
            rows = self.conn.execute(
                "SELECT id, first_published, last_published FROM stories "
                "WHERE (last_published >= ? AND first_published <= ?) "
                "OR last_published IS NULL ORDER BY updated_seq DESC LIMIT ?",
                (lo, hi, s.max_candidates),
            ).fetchall()
        return [(int(r[0]), r[1], r[2]) for r in rows]

    def _new_story(self, vector: Vector, title: str, published: str | None) -> int:
        line = self._storyline_for(vector, published)
        cur = self.conn.execute(
            "INSERT INTO stories (storyline_id, title, centroid, first_published, "
            "last_published, updated_seq) VALUES (?, ?, '{}', ?, ?, ?)",
            (line, title, published, published, self._seq()),
        )
        self.conn.execute(
            "UPDATE storylines SET title = ? WHERE id = ? AND title = ''", (title, line)
        )
        return int(cur.lastrowid or 0)

    def _storyline_for(self, vector: Vector, published: str | None) -> int:
        s = self.settings
        day = _day(published)
        if day is None:
            rows = self.conn.execute(
                "SELECT id FROM storylines ORDER BY id DESC LIMIT ?",
                (s.max_candidates,),
            ).fetchall()
        else:
            lo = (day - dt.timedelta(days=s.storyline_window_days)).isoformat()
            rows = self.conn.execute(
                "SELECT id FROM storylines WHERE last_published >= ? "
                "OR last_published IS NULL ORDER BY id DESC LIMIT ?",
                (lo, s.max_candidates),
            ).fetchall()
        best_id, best_sim = None, 0.0
        article = self._article(vector)
        for (line_id,) in rows:
            sim = self._similarity(article, self._centroid("l", int(line_id)))
            if sim > best_sim:
                best_id, best_sim = int(line_id), sim
        if best_id is not None and best_sim >= s.storyline_threshold:
            return best_id
        cur = self.conn.execute(
            "INSERT INTO storylines (title, centroid, first_published, last_published) "
            "VALUES ('', '{}', ?, ?)",
            (published, published),
        )
        return int(cur.lastrowid or 0)

    def _join(
        self,
        article_id: str,
        story_id: int,
        similarity: float,
        published: str | None,
        vector: Vector | None,
    ) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO story_articles (article_id, story_id, similarity) "
            "VALUES (?, ?, ?)",
            (article_id, story_id, round(similarity, 4)),
        )
        row = self.conn.execute(
            "SELECT centroid, storyline_id FROM stories WHERE id = ?", (story_id,)
        ).fetchone()
        centroid: Vector = json.loads(row[0])
        if vector is not None:
            add_into(centroid, vector)
            centroid = trim(centroid, CENTROID_TERMS)
            self._weighed.pop(("s", story_id), None)
        self.conn.execute(
            "UPDATE stories SET centroid = :centroid, updated_seq = :seq, brief = NULL, "
            + _WIDEN_DATES + " WHERE id = :id",
            {"centroid": json.dumps(centroid), "seq": self._seq(), "day": published,
             "id": story_id},
        )
        if vector is not None:
            self._grow_storyline(int(row[1]), vector, published)

    def _grow_storyline(self, line_id: int, vector: Vector, published: str | None) -> None:
        row = self.conn.execute(
            "SELECT centroid FROM storylines WHERE id = ?", (line_id,)
        ).fetchone()
        centroid: Vector = json.loads(row[0])
        add_into(centroid, vector)
        self._weighed.pop(("l", line_id), None)
        self.conn.execute(
            "UPDATE storylines SET centroid = :centroid, " + _WIDEN_DATES + " WHERE id = :id",
            {"centroid": json.dumps(trim(centroid, CENTROID_TERMS)), "day": published,
             "id": line_id},
        )
