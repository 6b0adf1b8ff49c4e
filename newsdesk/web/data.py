"""Everything the web pages, the API and the static report read from a store.

The only module of the web app that touches SQL: when the store grows typed
tables and a search module, this is the one file to switch over. Nothing
here writes; `open_read_only` opens the file so that SQLite refuses writes.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

from .. import export
from ..article import Article
from ..corpus import queries
from ..corpus.timeline import read_entries
from ..errors import StoreError
from ..search import search
from ..store import Store
from .markup import HIT_CLOSE, HIT_OPEN

T = TypeVar("T")
#: Entries kept by Data._cached (corpus-wide lists and the people pages).
CACHE_SIZE = 256

#: Orders of the story list, by the name the pages and the API use.
STORY_SORTS = {
    "newest": "last_published IS NULL, last_published DESC, id DESC",
    "biggest": "n_articles DESC, last_published DESC, id DESC",
    "outlets": "n_outlets DESC, n_articles DESC, last_published DESC, id DESC",
}


def open_read_only(path: str | Path) -> Store:
    """The store at `path`, opened read-only (SQLite refuses every write).
    It must exist and be at this newsdesk's schema version: a read-only
    store cannot be migrated."""
    p = Path(path)
    if not p.is_file():
        raise StoreError(f"no store at {p} (run `newsdesk analyze` first)")
    return Store(p, readonly=True)


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a longer list."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


def _like(text: str) -> str:
    """`text` as a LIKE pattern matching it anywhere (wildcards escaped)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class Data:
    """Read access for the pages. One lock serialises the shared connection
    (FastAPI runs page functions on a thread pool); lists over the whole
    corpus are cached until another connection commits."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn
        self._lock = threading.RLock()
        self._cache: dict[Hashable, Any] = {}
        self._version = -1

    # -- the corpus --------------------------------------------------------------

    def export_page(self, table: str, *, limit: int, offset: int) -> dict[str, Any]:
        """One page of an exported table (docs/EXPORT.md): its columns with
        their types, and `limit` typed rows from `offset`."""
        spec = export.exportable(table)
        with self._lock:
            rows = export.page_rows(self.store, table, limit=limit, offset=offset)
        return {"table": table, "description": spec.description,
                "columns": [{"name": c, "type": t} for c, t in spec.columns],
                "limit": limit, "offset": offset, "rows": rows}

    def overview(self) -> dict[str, Any]:
        """Counts of articles and stories, articles by outlet, flags."""
        with self._lock:
            return self._cached("overview", self._overview)

    def _overview(self) -> dict[str, Any]:
        stats = self.store.stats()
        (stories,) = self.conn.execute("SELECT count(*) FROM stories").fetchone()
        return {
            "articles": stats["articles"],
            "stories": int(stories),
            # stats() counts articles without an outlet as "(unknown)": not an outlet
            "outlets": [o for o in stats["outlets"] if o["outlet"] != "(unknown)"],
            "flags": stats["flags"],
        }

    def stories(self, *, sort: str = "newest", limit: int = 20, offset: int = 0) -> Page:
        with self._lock:
            everything = self._cached(("stories", sort), lambda: self._all_stories(sort))
        return Page(len(everything), limit, offset, everything[offset : offset + limit])

    def _all_stories(self, sort: str) -> list[dict[str, Any]]:
        """Every story with its counts, in one of STORY_SORTS' orders."""
        rows = self.conn.execute(
            "SELECT * FROM (SELECT s.id, s.title, s.storyline_id AS storyline, "
            "l.title AS storyline_title, s.first_published, s.last_published, "
            "count(sa.article_id) - count(d.article_id) AS n_articles, "
            "count(DISTINCT a.outlet) AS n_outlets, "
            "group_concat(DISTINCT a.outlet) AS outlets "
            "FROM stories s JOIN storylines l ON l.id = s.storyline_id "
            "JOIN story_articles sa ON sa.story_id = s.id "
            "JOIN articles a ON a.id = sa.article_id "
            "LEFT JOIN duplicates d ON d.article_id = sa.article_id "
            f"GROUP BY s.id) ORDER BY {STORY_SORTS[sort]}"
        ).fetchall()
        items = []
        for r in rows:
            item = dict(r)
            item["outlets"] = sorted(item["outlets"].split(",")) if item["outlets"] else []
            items.append(item)
        return items

    def _cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`, kept until another connection commits to the store
        (SQLite's data_version changes): lists over the whole corpus cost
        100-200 ms on 10,000 articles, a page of them should not."""
        (version,) = self.conn.execute("PRAGMA data_version").fetchone()
        if version != self._version:
            self._cache.clear()
            self._version = int(version)
        if key not in self._cache:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()  # crude, but bounded: a crawler cannot grow it
            self._cache[key] = compute()
        return cast(T, self._cache[key])

    def storylines(self, *, limit: int = 20, offset: int = 0) -> Page:
        with self._lock:
            everything = self._cached("storylines", self._all_storylines)
        return Page(len(everything), limit, offset, everything[offset : offset + limit])

    def _all_storylines(self) -> list[dict[str, Any]]:
        """Every storyline with its stories, the largest first."""
        rows = self.conn.execute(
            "SELECT l.id, l.title, l.first_published, l.last_published, "
            "count(DISTINCT s.id) AS n_stories, count(sa.article_id) AS n_articles "
            "FROM storylines l JOIN stories s ON s.storyline_id = l.id "
            "LEFT JOIN story_articles sa ON sa.story_id = s.id GROUP BY l.id "
            "ORDER BY n_stories DESC, l.last_published IS NULL, l.last_published DESC, l.id"
        ).fetchall()
        by_line: dict[int, list[dict[str, Any]]] = {}
        for st in self.conn.execute(
            "SELECT id, title, storyline_id FROM stories ORDER BY first_published, id"
        ):
            by_line.setdefault(int(st["storyline_id"]), []).append(
                {"id": int(st["id"]), "title": st["title"]}
            )
        return [dict(r) | {"stories": by_line.get(int(r["id"]), [])} for r in rows]

    def story(self, story_id: int) -> dict[str, Any] | None:
        with self._lock:
            st = queries.story(self.store, story_id)
            if st is None:
                return None
            marks = ",".join("?" * len(st["articles"]))
            rows = self.conn.execute(
                "SELECT id, title, outlet, published, url FROM articles "
                f"WHERE id IN ({marks}) ORDER BY published IS NULL, published, rowid",
                st["articles"],
            ).fetchall()
            st["article_rows"] = [
                dict(r) | {"copy_of": st["copies"].get(r["id"])} for r in rows
            ]
            st["person_ids"] = self._person_ids(
                [w["speaker"] for w in st["statements"] if w.get("speaker_type") == "person"]
            )
        return st

    def _person_ids(self, names: list[str]) -> dict[str, int]:
        """Canonical names to person ids (the person a name first resolved to;
        one indexed lookup a name: a well-quoted name has thousands of rows)."""
        out: dict[str, int] = {}
        for name in dict.fromkeys(names):
            row = self.conn.execute(
                "SELECT person_id FROM person_names WHERE name = ? LIMIT 1", (name,)
            ).fetchone()
            if row is not None:
                out[name] = int(row[0])
        return out

    # -- people --------------------------------------------------------------

    def _all_people(self) -> list[dict[str, Any]]:
        """Every person with a statement or a full name, most quoted first;
        statements and articles count copies once (as `newsdesk people`)."""
        return self._cached("people", self._count_people)

    def _count_people(self) -> list[dict[str, Any]]:
        c = self.conn
        copies = {str(r[0]) for r in c.execute("SELECT article_id FROM duplicates")}
        said: Counter[tuple[str, str]] = Counter(
            (str(aid), str(name))
            for aid, name in c.execute(
                "SELECT article_id, json_extract(data, '$.speaker_name') FROM records "
                "WHERE kind = 'quote' AND json_extract(data, '$.speaker_type') = 'person'"
            )
            if aid not in copies and name
        )
        people: dict[int, dict[str, Any]] = {}
        for pid, pname, aid, name, outlet in c.execute(
            "SELECT p.id, p.name, pn.article_id, pn.name, a.outlet FROM person_names pn "
            "JOIN persons p ON p.id = pn.person_id JOIN articles a ON a.id = pn.article_id "
            "ORDER BY a.published IS NULL, a.published, a.rowid"
        ):
            p = people.setdefault(int(pid), {"id": int(pid), "name": pname, "statements": 0,
                                             "articles": set(), "outlets": {}})
            p["statements"] += said[(aid, name)]
            if aid not in copies:
                p["articles"].add(aid)
            if outlet:
                p["outlets"][outlet] = None
        out = [
            {"id": p["id"], "name": p["name"], "statements": p["statements"],
             "n_articles": len(p["articles"]), "outlets": list(p["outlets"])}
            for p in people.values()
            # the same rule as `newsdesk people`: a lone word that never spoke
            # is more often the model's mistake than a person
            if p["statements"] or len(str(p["name"]).split()) > 1
        ]
        out.sort(key=lambda p: (-p["statements"], -p["n_articles"], p["name"]))
        return out

    def people(self, *, limit: int = 20, offset: int = 0, name: str | None = None) -> Page:
        with self._lock:
            everyone = self._all_people()
            if name:
                wanted = name.casefold()
                names = self._cached("person names", self._person_names)
                everyone = [p for p in everyone
                            if any(wanted in n for n in names.get(p["id"], ()))]
        return Page(len(everyone), limit, offset, everyone[offset : offset + limit])

    def _person_names(self) -> dict[int, list[str]]:
        """Each person's names as the articles resolved them, case-folded."""
        out: dict[int, set[str]] = {}
        for pid, name in self.conn.execute(
            "SELECT id, name FROM persons UNION SELECT DISTINCT person_id, name FROM person_names"
        ):
            out.setdefault(int(pid), set()).add(str(name).casefold())
        return {pid: sorted(names) for pid, names in out.items()}

    def person(self, person_id: int) -> dict[str, Any] | None:
        """A person with every statement (cached: the most quoted of 10,000
        articles take 0.3 s to gather). Callers must not change the result."""
        with self._lock:
            return self._cached(("person", person_id), lambda: self._person(person_id))

    def _person(self, person_id: int) -> dict[str, Any] | None:
        p = queries.person(self.store, person_id)
        if p is not None:
            p["statement_rows"] = queries.person_statements(self.store, person_id)
        return p

    # -- articles --------------------------------------------------------------

    def article(self, article_id: str) -> tuple[Article, dict[str, Any]] | None:
        """The article (by id or unique id prefix) and what the pages show
        beside it (see `article_extra`)."""
        with self._lock:
            a = self.store.get(article_id)
            return None if a is None else (a, self.article_extra(a))

    def article_extra(self, a: Article) -> dict[str, Any]:
        """Its story, the person id of each speaker, its timeline entries, the
        original when it is a copy."""
        with self._lock:
            person_ids = {
                str(r[0]): int(r[1]) for r in self.conn.execute(
                    "SELECT name, person_id FROM person_names WHERE article_id = ?", (a.id,)
                )
            }
            copy = self.conn.execute(
                "SELECT original_id FROM duplicates WHERE article_id = ?", (a.id,)
            ).fetchone()
            return {
                "story": queries.story_of(self.store, a.id),
                "person_ids": person_ids,
                "timeline": read_entries(self.conn, [a.id]),
                "copy_of": copy[0] if copy else None,
            }

    def articles(self, *, limit: int) -> list[tuple[Article, dict[str, Any]]]:
        """The first `limit` articles in date order, each with its extras."""
        with self._lock:
            return [(a, self.article_extra(a)) for a in self.store.iter_articles(limit=limit)]

    def timeline(self, *, limit: int) -> list[dict[str, Any]]:
        """Dated events across the corpus, in date order (copies left out)."""
        with self._lock:
            return queries.timeline(self.store, limit=limit)

    def last_run(self) -> tuple[Any, list[Any]]:
        """The last run and the inputs that failed in it."""
        with self._lock:
            runs = self.store.runs()
            last = runs[-1] if runs else None
            return last, self.store.errors(last.id) if last else []

    # -- search ------------------------------------------------------------------

    def search(
        self,
        q: str = "",
        *,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        speaker: str | None = None,
        flag: str | None = None,
        direct: bool | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> Page:
        """Articles matching `q` (FTS5 syntax, or words when it is not valid
        FTS5) and the filters, best first (newest first without `q`; every
        article with no filter either): `newsdesk.search`, the search the CLI
        and notebooks run. With `speaker` or `direct`, each hit carries the
        matching statements."""
        with self._lock:
            found = search(
                self.store, q, outlet=outlet, since=since, until=until, speaker=speaker,
                flag=flag, direct=direct, limit=limit, offset=offset, list_all=True,
            )
            rows = [
                {"id": h.article_id, "title": h.title, "outlet": h.outlet,
                 "published": h.published, "url": h.url,
                 "snippet": h.marked(HIT_OPEN, HIT_CLOSE)}
                for h in found.hits
            ]
            return Page(found.total, limit, offset, self._hits(rows, speaker, direct))

    @staticmethod
    def _statement_filter(speaker: str | None, direct: bool | None) -> tuple[str, list[Any]]:
        parts: list[str] = []
        params: list[Any] = []
        if speaker:
            parts.append("json_extract(r.data, '$.speaker_name') LIKE ? ESCAPE '\\'")
            params.append(_like(speaker))
        if direct is not None:
            parts.append("json_extract(r.data, '$.direct') = ?")
            params.append(1 if direct else 0)
        if not parts:
            return "", []
        return " AND ".join(["r.kind = 'quote'", *parts]), params

    def _hits(self, rows: list[dict[str, Any]], speaker: str | None,
              direct: bool | None) -> list[dict[str, Any]]:
        said, said_params = self._statement_filter(speaker, direct)
        hits = []
        for r in rows:
            hit = dict(r)
            hit["statements"] = []
            if said:
                hit["statements"] = [
                    {"speaker_name": s[0], "direct": bool(s[1]), "content": s[2]}
                    for s in self.conn.execute(
                        "SELECT json_extract(r.data, '$.speaker_name'), "
                        "json_extract(r.data, '$.direct'), "
                        "substr(a.text, json_extract(r.data, '$.content[0][0]') + 1, "
                        "min(400, json_extract(r.data, '$.content[#-1][1]') "
                        "- json_extract(r.data, '$.content[0][0]'))) "
                        "FROM records r JOIN articles a ON a.id = r.article_id "
                        f"WHERE r.article_id = ? AND {said} ORDER BY r.rowid LIMIT 5",
                        [r["id"], *said_params],
                    )
                ]
            hits.append(hit)
        return hits
