"""Search over articles and statements that never fails on an ordinary query.

SQLite FTS5 ranks the matches (bm25) and marks them in a snippet. A query
that looks like FTS5 syntax on purpose (`"a phrase"`, `AND`/`OR`/`NOT`,
`prefix*`, `NEAR(...)`) is tried as written; anything else, and any query
FTS5 rejects, is searched as its words, each a quoted phrase, all required:
`stop-and-frisk` is the phrase "stop and frisk", `O'Neill` the phrase
"o neill", `U.S.` the phrase "u s", a stray `"` is ignored.

>>> from newsdesk.store import Store as Opened
>>> search(Opened(":memory:"), "stop-and-frisk").hits
[]
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Protocol

from .errors import NewsdeskError


class Store(Protocol):
    """What search needs of a newsdesk.store.Store: its connection (rows as
    sqlite3.Row). Not imported, so the store can call search."""

    conn: sqlite3.Connection

#: Marks around a match inside `Hit.snippet_marked` (control characters article
#: text does not hold); `Hit.snippet` has them removed and `Hit.highlights`
#: gives the matches as offsets instead.
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"

Kind = Literal["articles", "statements"]
Mode = Literal["fts", "words", "none"]

_INTENTIONAL = re.compile(r'"[^"]*"|\b(?:AND|OR|NOT)\b|\bNEAR\(|\w\*|[()^]')
_WORDY = re.compile(r"\w")
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
MAX_LIMIT = 500


class SearchError(NewsdeskError, ValueError):
    """A search parameter that cannot be used (a bad date, a negative limit)."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One article or statement found, best first."""

    kind: Literal["article", "statement"]
    article_id: str
    article_rowid: int
    title: str | None
    outlet: str | None
    published: str | None
    #: bm25 relevance, higher is better (0 when listing without a query).
    score: float
    #: The matching passage as plain text: escape it when rendering.
    snippet: str
    #: `[start, end)` offsets of the matched words inside `snippet`.
    highlights: list[tuple[int, int]]
    #: The article's address, when known.
    url: str | None = None
    statement_id: int | None = None
    speaker_name: str | None = None
    speaker_type: str | None = None
    speaker_role: str | None = None
    person_id: int | None = None
    direct: bool | None = None
    #: The statement's span in the article text (statements only).
    start: int | None = None
    end: int | None = None

    def marked(self, open_mark: str, close_mark: str) -> str:
        """The snippet with each match wrapped, e.g. `marked("[", "]")`."""
        out, pos = [], 0
        for s, e in self.highlights:
            out += [self.snippet[pos:s], open_mark, self.snippet[s:e], close_mark]
            pos = e
        out.append(self.snippet[pos:])
        return "".join(out)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["highlights"] = [list(h) for h in self.highlights]
        return d


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    kind: Kind
    #: How the query was run: as FTS5 syntax, as quoted words, or not at all
    #: (no words: the filters alone list what they select).
    mode: Mode
    #: The FTS5 expression actually matched (None in mode "none").
    fts_query: str | None
    total: int
    limit: int
    offset: int
    hits: list[Hit] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query, "kind": self.kind, "mode": self.mode,
            "fts_query": self.fts_query, "total": self.total, "limit": self.limit,
            "offset": self.offset, "hits": [h.to_json() for h in self.hits],
        }


def words_query(query: str, *, operators: bool = False) -> str | None:
    """The query as an AND of quoted phrases, one per whitespace-separated
    word that holds a letter or digit; None when no word does. With
    `operators`, the FTS5 operator words (`AND`, `OR`, `NOT`) a failed FTS5
    reading held are left out ("nuclear OR" is "nuclear")."""
    phrases = [
        '"' + w.replace('"', '""') + '"' for w in query.split()
        if _WORDY.search(w) and not (operators and w in ("AND", "OR", "NOT"))
    ]
    return " AND ".join(phrases) if phrases else None


def looks_like_fts(query: str) -> bool:
    """Whether the query uses FTS5 syntax on purpose: a balanced "phrase",
    an upper-case operator, a prefix `*`, NEAR(...) or parentheses."""
    return query.count('"') % 2 == 0 and bool(_INTENTIONAL.search(query))


def search(
    store: Store,
    query: str,
    *,
    speaker: str | None = None,
    person_id: int | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    story_id: int | None = None,
    flag: str | None = None,
    direct_only: bool = False,
    direct: bool | None = None,
    kind: Kind = "articles",
    limit: int = 20,
    offset: int = 0,
    list_all: bool = False,
) -> SearchResult:
    """Articles (`kind="articles"`) or statements (`kind="statements"`)
    matching `query` and every filter given, best first.

    `speaker` matches part of the speaker's name, any case ("Corbyn");
    `since`/`until` are ISO dates (`2017`, `2017-02`, `2017-02-21`), both
    inclusive; `flag` a flag name; `direct_only` (or `direct=True`) keeps
    direct quotes, `direct=False` reported speech. For articles, the
    statement filters select articles holding such a statement. An empty
    query (or one without words) lists what the filters select, newest
    first; with no filter either, nothing, unless `list_all` (a browsing
    page's first view) asks for everything.
    """
    if kind not in ("articles", "statements"):
        raise SearchError(f"kind must be 'articles' or 'statements', not {kind!r}")
    if not 0 < limit <= MAX_LIMIT:
        raise SearchError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if offset < 0:
        raise SearchError(f"offset must be 0 or more, not {offset}")
    where, params = _filters(
        kind, speaker=speaker, person_id=person_id, outlet=outlet, since=since, until=until,
        story_id=story_id, flag=flag, direct=True if direct_only else direct,
    )
    query = query.strip()
    candidates: list[tuple[Mode, str]] = []
    intentional = looks_like_fts(query)
    if intentional:
        candidates.append(("fts", query))
    words = words_query(query, operators=intentional)
    if words is not None:
        candidates.append(("words", words))
    last: sqlite3.OperationalError | None = None
    for mode, fts in candidates:
        try:
            return _run(store, kind, query, mode, fts, where, params, limit, offset)
        except sqlite3.OperationalError as exc:  # FTS5 syntax: try the next reading
            last = exc
    if words is not None:
        # quoted words are never FTS5 syntax errors: the store itself is broken
        raise SearchError(f"cannot search for {query!r}: {last}")
    # no words to search for ("-", "(", ""): the filters alone, if any
    if not where and not list_all:
        return SearchResult(query, kind, "none", None, 0, limit, offset)
    return _run(store, kind, query, "none", None, where, params, limit, offset)


def _date(value: str, name: str, last: bool) -> str:
    if not _ISO_DATE.fullmatch(value):
        raise SearchError(f"{name} must be an ISO date (2017, 2017-02 or 2017-02-21), not "
                          f"{value!r}")
    if len(value) == 10:
        try:
            dt.date.fromisoformat(value)
        except ValueError as exc:
            raise SearchError(f"{name}: {value!r} is no calendar date") from exc
    # '2017-02' until: every day of February is <= '2017-02\uffff'
    return value + "\uffff" if last and len(value) < 10 else value


def _filters(
    kind: Kind, *, speaker: str | None, person_id: int | None, outlet: str | None,
    since: str | None, until: str | None, story_id: int | None, flag: str | None,
    direct: bool | None,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if outlet:
        where.append("a.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if since:
        where.append("a.published >= ?")
        params.append(_date(since, "since", last=False))
    if until:
        where.append("a.published <= ?")
        params.append(_date(until, "until", last=True))
    if story_id is not None:
        where.append("EXISTS (SELECT 1 FROM story_articles sa "
                     "WHERE sa.article_id = a.id AND sa.story_id = ?)")
        params.append(int(story_id))
    if flag:
        where.append("EXISTS (SELECT 1 FROM flags f WHERE f.article_id = a.id AND f.name = ?)")
        params.append(flag)
    said: list[str] = []
    said_params: list[Any] = []
    if speaker:
        said.append("s.speaker_name LIKE ? ESCAPE '\\'")
        said_params.append("%" + re.sub(r"([%_\\])", r"\\\1", speaker.strip()) + "%")
    if person_id is not None:
        said.append("s.person_id = ?")
        said_params.append(int(person_id))
    if direct is not None:
        said.append("s.direct = 1" if direct else "s.direct = 0")
    if kind == "statements":
        where += said
        params += said_params
    elif said:
        where.append("EXISTS (SELECT 1 FROM statements s WHERE s.article_rowid = a.rowid AND "
                     + " AND ".join(said) + ")")
        params += said_params
    return where, params


_SNIPPET_WORDS = 24


def _run(
    store: Store, kind: Kind, query: str, mode: Mode, fts: str | None,
    where: list[str], params: list[Any], limit: int, offset: int,
) -> SearchResult:
    conds = list(where)
    args: list[Any] = []
    if kind == "articles":
        cols = ("a.id AS article_id, a.rowid AS article_rowid, a.title, a.outlet, a.published, "
                "a.url, NULL AS statement_id, NULL AS speaker_name, NULL AS speaker_type, "
                "NULL AS speaker_role, NULL AS person_id, NULL AS direct, NULL AS start, "
                "NULL AS end")
        if fts is not None:
            # CROSS JOIN keeps the full-text match as the outer loop: with an
            # outlet filter SQLite would otherwise walk the outlet index and
            # run the match once per article (0.7 s instead of 1 ms on 10,000)
            source = "articles_fts f CROSS JOIN articles a ON a.rowid = f.rowid"
            extra = (f", snippet(articles_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', ' … ', "
                     f"{_SNIPPET_WORDS}) AS snip, bm25(articles_fts, 4.0, 1.0) AS rank")
            conds.insert(0, "articles_fts MATCH ?")
            args.append(fts)
        else:
            source = "articles a"
            extra = ", substr(a.text, 1, 200) AS snip, 0.0 AS rank"
        order = "rank, a.published DESC, a.rowid" if fts else "a.published DESC, a.rowid DESC"
    else:
        cols = ("a.id AS article_id, a.rowid AS article_rowid, a.title, a.outlet, a.published, "
                "a.url, s.id AS statement_id, s.speaker_name, s.speaker_type, s.speaker_role, "
                "s.person_id, s.direct, s.start, s.end")
        if fts is not None:
            source = ("statements_fts f JOIN statements s ON s.id = f.rowid "
                      "JOIN articles a ON a.rowid = s.article_rowid")
            extra = (f", snippet(statements_fts, 0, '{MARK_OPEN}', '{MARK_CLOSE}', ' … ', "
                     f"{_SNIPPET_WORDS}) AS snip, bm25(statements_fts, 1.0, 0.5) AS rank")
            conds.insert(0, "statements_fts MATCH ?")
            args.append(fts)
        else:
            source = "statements s JOIN articles a ON a.rowid = s.article_rowid"
            extra = ", s.content AS snip, 0.0 AS rank"
        order = ("rank, s.published DESC, s.id" if fts
                 else "s.published IS NULL, s.published DESC, s.id DESC")
    args += params
    clause = (" WHERE " + " AND ".join(conds)) if conds else ""
    conn = store.conn
    (total,) = conn.execute(f"SELECT count(*) FROM {source}{clause}", args).fetchone()
    rows = conn.execute(
        f"SELECT {cols}{extra} FROM {source}{clause} ORDER BY {order} LIMIT ? OFFSET ?",
        [*args, limit, offset],
    ).fetchall()
    hits = [_hit(kind, r) for r in rows]
    return SearchResult(query, kind, mode, fts, int(total), limit, offset, hits)


def _hit(kind: Kind, r: sqlite3.Row) -> Hit:
    snippet, highlights = _unmark(str(r["snip"] or ""))
    return Hit(
        kind="article" if kind == "articles" else "statement",
        article_id=r["article_id"], article_rowid=int(r["article_rowid"]), title=r["title"],
        outlet=r["outlet"], published=r["published"], score=-float(r["rank"]),
        snippet=snippet, highlights=highlights, url=r["url"], statement_id=r["statement_id"],
        speaker_name=r["speaker_name"], speaker_type=r["speaker_type"],
        speaker_role=r["speaker_role"], person_id=r["person_id"],
        direct=None if r["direct"] is None else bool(r["direct"]),
        start=r["start"], end=r["end"],
    )


def _unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain text and match offsets from a snippet holding the marks."""
    out: list[str] = []
    highlights: list[tuple[int, int]] = []
    pos, opened = 0, None
    for ch in marked:
        if ch == MARK_OPEN:
            opened = pos
        elif ch == MARK_CLOSE:
            if opened is not None:
                highlights.append((opened, pos))
            opened = None
        else:
            out.append(ch)
            pos += 1
    return "".join(out), highlights
