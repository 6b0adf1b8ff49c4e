"""Reading the corpus stages' results: stories, one story, people.

These shape the `newsdesk stories --jsonl` and `newsdesk people --jsonl`
objects (docs/CONTRACT.md); the CLI and the report print them.
"""

from __future__ import annotations

import json
from typing import Any

from ..extract.people.mentions import QUALIFIERS, has_role_head
from ..extract.people.names import NAME_PARTICLES, ROLE_HEADS
from ..store import Store
from .briefs import build_brief
from .timeline import read_entries


def _story_row(store: Store, row: Any) -> dict[str, Any]:
    story_id = int(row["id"])
    members = store.conn.execute(
        "SELECT sa.article_id, a.outlet, a.published, d.original_id "
        "FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
        "LEFT JOIN duplicates d ON d.article_id = sa.article_id "
        "WHERE sa.story_id = ? ORDER BY a.published IS NULL, a.published, a.rowid",
        (story_id,),
    ).fetchall()
    brief = json.loads(row["brief"]) if row["brief"] else build_brief(store, story_id)
    return {
        "id": story_id,
        "title": row["title"],
        "storyline": int(row["storyline_id"]),
        "storyline_title": row["storyline_title"],
        "articles": [m["article_id"] for m in members],
        "copies": {m["article_id"]: m["original_id"] for m in members if m["original_id"]},
        "n_articles": sum(1 for m in members if not m["original_id"]),
        "outlets": sorted({m["outlet"] for m in members if m["outlet"]}),
        "first_published": row["first_published"],
        "last_published": row["last_published"],
        "brief": [{"sentence": s["sentence"], "sources": s["sources"]} for s in brief["summary"]],
        "statements": brief["statements"],
        "numbers": brief["numbers"],
        "timeline": brief["timeline"],
    }


_STORIES_SQL = (
    "SELECT s.*, l.title AS storyline_title FROM stories s "
    "JOIN storylines l ON l.id = s.storyline_id "
)


def stories(store: Store, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Every story, storyline by storyline, oldest first."""
    sql = _STORIES_SQL + (
        "ORDER BY s.storyline_id, s.first_published IS NULL, s.first_published, s.id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [_story_row(store, r) for r in store.conn.execute(sql).fetchall()]


def story(store: Store, story_id: int) -> dict[str, Any] | None:
    row = store.conn.execute(_STORIES_SQL + "WHERE s.id = ?", (story_id,)).fetchone()
    return _story_row(store, row) if row is not None else None


def story_of(store: Store, article_id: str) -> int | None:
    row = store.conn.execute(
        "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
    ).fetchone()
    return int(row[0]) if row else None


_PRONOUNS = {"he", "she", "him", "her", "they", "i", "we", "you", "it"}


def _written(span: str) -> str:
    """A name as written, on one line and without a possessive ("Jeremy’s")."""
    name = " ".join(span.split())
    for ending in ("'s", "’s", "'", "’"):
        if name.endswith(ending) and len(name) > len(ending) + 1:
            return name[: -len(ending)]
    return name


def _is_alias(text: str) -> bool:
    """A way of naming someone — a name, with or without a title, or a role
    ("the Labour leader") — not a pronoun, a whole apposition or a name with
    the sentence around it ("last Friday Tristram Hunt")."""
    if text.casefold() in _PRONOUNS or "," in text or len(text.split()) > 6:
        return False
    return all(
        w[:1].isupper() or w.casefold().removesuffix("'s").removesuffix("’s") in _ALIAS_WORDS
        for w in text.split()
    )


#: Lower-case words an alias may hold: determiners, name particles, role nouns.
_ALIAS_WORDS = (
    frozenset({"the", "a", "an", "of", "for", "and"})
    | NAME_PARTICLES
    | ROLE_HEADS
    | QUALIFIERS
)


def _is_role(role: str) -> bool:
    """A role names an office or a relation ("Labour leader", "MP for
    Carlisle"), not an affiliation alone ("Labour's") or an age."""
    return has_role_head([w.strip(",.").removesuffix("'s").removesuffix("’s")
                          for w in role.split()])


def people(store: Store, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Every person across the corpus, most quoted first: the names they go by
    in the text, the roles stated with them over time, their articles (copies
    counted once) and statements."""
    conn = store.conn
    copies = {str(r[0]) for r in conn.execute("SELECT article_id FROM duplicates")}
    out = []
    for (pid,) in conn.execute("SELECT id FROM persons").fetchall():
        p = person(store, int(pid), copies=copies)
        if p is None or (p["statements"] == 0 and len(str(p["name"]).split()) == 1):
            # a lone capitalised word that never spoke and never met a full
            # name ("Glasgow", "Mark" opening "Mark my words") is far
            # more often the small model's mistake than a person
            continue
        out.append(p)
    out.sort(key=lambda p: (-p["statements"], -p["n_articles"], p["name"]))
    return out[:limit] if limit is not None else out


def person(
    store: Store, person_id: int, *, copies: set[str] | None = None
) -> dict[str, Any] | None:
    """One person (the `people --jsonl` object), or None for an unknown id.
    `copies` (the near-duplicates' ids) is read from the store when not given."""
    conn = store.conn
    p = conn.execute("SELECT id, name FROM persons WHERE id = ?", (person_id,)).fetchone()
    if p is None:
        return None
    if copies is None:
        copies = {str(r[0]) for r in conn.execute("SELECT article_id FROM duplicates")}
    names = conn.execute(
        "SELECT pn.article_id, pn.name, a.published, a.outlet, a.text FROM person_names pn "
        "JOIN articles a ON a.id = pn.article_id WHERE pn.person_id = ? "
        "ORDER BY a.published IS NULL, a.published, a.rowid",
        (p["id"],),
    ).fetchall()
    # their PERSON entities and statements in every article, in one query:
    # SQLite picks them out, so only these records are parsed
    records: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for aid, kind, data in conn.execute(
        "SELECT r.article_id, r.kind, r.data FROM person_names pn "
        "JOIN records r ON r.article_id = pn.article_id AND r.kind IN ('entity', 'quote') "
        "WHERE pn.person_id = ? AND CASE r.kind "
        "WHEN 'entity' THEN json_extract(r.data, '$.name') = pn.name "
        "AND json_extract(r.data, '$.label') = 'PERSON' "
        "ELSE json_extract(r.data, '$.speaker_name') = pn.name "
        "AND json_extract(r.data, '$.speaker_type') = 'person' END "
        "ORDER BY r.rowid",
        (p["id"],),
    ):
        records.setdefault(str(aid), []).append((str(kind), json.loads(data)))
    aliases: dict[str, None] = {}
    roles: dict[str, dict[str, Any]] = {}
    n_statements = 0
    articles: list[str] = []
    outlets: dict[str, None] = {}
    for n in names:
        aid, text = n["article_id"], n["text"]
        if aid not in articles:
            articles.append(aid)
        if n["outlet"]:
            outlets[n["outlet"]] = None
        mine = records.get(aid, [])
        for kind, ent in mine:
            if kind == "entity":
                aliases[_written(text[ent["start"] : ent["end"]])] = None
        for kind, q in mine:
            if kind != "quote":
                continue
            if aid not in copies:
                n_statements += 1
            if q.get("speaker"):
                s, e = q["speaker"]
                alias = _written(text[s:e])
                if _is_alias(alias):
                    aliases[alias] = None
            role = q.get("speaker_role")
            if role and _is_role(role):
                r = roles.setdefault(role, {"role": role, "first": n["published"],
                                            "last": n["published"]})
                r["last"] = n["published"] or r["last"]
    return {
        "id": int(p["id"]),
        "name": p["name"],
        "aliases": list(aliases),
        "roles": list(roles.values()),
        "articles": articles,
        "n_articles": sum(1 for a in articles if a not in copies),
        "outlets": list(outlets),
        "statements": n_statements,
    }


def timeline(store: Store, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Dated events across the corpus, in date order (copies left out)."""
    return read_entries(store.conn, limit=limit)


def person_statements(store: Store, person_id: int) -> list[dict[str, Any]]:
    """What one person said, across articles and outlets, in date order
    (rows of the `statements` view; copies marked). `content` is the
    statement's pieces joined by " … ": a quote split by its attribution
    (`"...," he said, "..."`) does not show the attribution as said."""
    out = []
    for r in store.conn.execute(
        "SELECT s.*, d.original_id AS copy_of, r.data AS data, a.text AS text FROM statements s "
        "JOIN person_names pn ON pn.article_id = s.article_id AND pn.name = s.speaker_name "
        "JOIN records r ON r.rowid = s.id JOIN articles a ON a.id = s.article_id "
        "LEFT JOIN duplicates d ON d.article_id = s.article_id "
        "WHERE pn.person_id = ? AND s.speaker_type = 'person' "
        "ORDER BY s.published IS NULL, s.published, s.article_id, s.start",
        (person_id,),
    ):
        row = dict(r)
        text, pieces = row.pop("text"), json.loads(row.pop("data"))["content"]
        row["content"] = " … ".join(text[s:e] for s, e in pieces)
        out.append(row)
    return out
