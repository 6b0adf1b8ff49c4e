"""Reading the corpus stages' results: stories, one story, people.

These shape the `newsdesk stories --jsonl` and `newsdesk people --jsonl`
objects (docs/CONTRACT.md); the CLI and the report print them.
"""

from __future__ import annotations

import json
from typing import Any

from ..extract.people.names import NAME_PARTICLES, ROLE_HEADS
from ..extract.people.roles import QUALIFIERS, has_role_head
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
    counted once) and statements. Read from the typed tables in three passes,
    not person by person."""
    out = [
        p for p in _people(store)
        # a lone capitalised word that never spoke and never met a full name
        # ("Glasgow", "Mark" opening "Mark my words") is far more often the
        # small model's mistake than a person
        if not (p["statements"] == 0 and len(str(p["name"]).split()) == 1)
    ]
    out.sort(key=lambda p: (-p["statements"], -p["n_articles"], p["name"]))
    return out[:limit] if limit is not None else out


def person(store: Store, person_id: int) -> dict[str, Any] | None:
    """One person (the `people --jsonl` object), or None for an unknown id."""
    found = _people(store, only=person_id)
    return found[0] if found else None


def _people(store: Store, *, only: int | None = None) -> list[dict[str, Any]]:
    """The people objects of every person, or of the person `only`."""
    conn = store.conn
    copies = {str(r[0]) for r in conn.execute("SELECT article_id FROM duplicates")}
    # with `only`, the passes read just that person's articles
    theirs = "IN (SELECT article_id FROM person_names WHERE person_id = ?)"
    in_articles = f"AND article_id {theirs}" if only is not None else ""
    in_statements = f"AND s.article_id {theirs}" if only is not None else ""
    args: tuple[int, ...] = (only,) if only is not None else ()
    # (article id, canonical name) -> how the entities write it, in text order
    written: dict[tuple[str, str], list[str]] = {}
    for aid, name, text in conn.execute(
        f"SELECT article_id, name, text FROM entities WHERE label = 'PERSON' {in_articles} "
        "ORDER BY article_rowid, idx", args
    ):
        written.setdefault((aid, name), []).append(text)
    # (article id, speaker name) -> (speaker as written or None, role), in text order
    said: dict[tuple[str, str], list[tuple[str | None, str | None]]] = {}
    for aid, name, speaker, role in conn.execute(
        "SELECT s.article_id, s.speaker_name, CASE WHEN s.speaker_start IS NOT NULL THEN "
        "substr(a.text, s.speaker_start + 1, s.speaker_end - s.speaker_start) END, "
        "s.speaker_role FROM statements s JOIN articles a ON a.rowid = s.article_rowid "
        f"WHERE s.speaker_type = 'person' {in_statements} "
        "ORDER BY s.article_rowid, s.idx", args
    ):
        said.setdefault((aid, name), []).append((speaker, role))
    names_of: dict[int, list[Any]] = {}
    for n in conn.execute(
        "SELECT pn.person_id, pn.article_id, pn.name, a.published, a.outlet "
        "FROM person_names pn JOIN articles a ON a.id = pn.article_id "
        f"{'WHERE pn.person_id = ? ' if only is not None else ''}"
        "ORDER BY pn.person_id, a.published IS NULL, a.published, a.rowid", args
    ):
        names_of.setdefault(int(n[0]), []).append(n)
    persons = conn.execute(
        f"SELECT id, name FROM persons {'WHERE id = ? ' if only is not None else ''}ORDER BY id",
        args,
    ).fetchall()
    out = []
    for p in persons:
        aliases: dict[str, None] = {}
        roles: dict[str, dict[str, Any]] = {}
        n_statements = 0
        articles: list[str] = []
        outlets: dict[str, None] = {}
        for _, aid, name, published, outlet in names_of.get(int(p["id"]), []):
            if aid not in articles:
                articles.append(aid)
            if outlet:
                outlets[outlet] = None
            for text in written.get((aid, name), []):
                aliases[_written(text)] = None
            for speaker, role in said.get((aid, name), []):
                if aid not in copies:
                    n_statements += 1
                if speaker is not None:
                    alias = _written(speaker)
                    if _is_alias(alias):
                        aliases[alias] = None
                if role and _is_role(role):
                    r = roles.setdefault(role, {"role": role, "first": published,
                                                "last": published})
                    r["last"] = published or r["last"]
        out.append(
            {
                "id": int(p["id"]),
                "name": p["name"],
                "aliases": list(aliases),
                "roles": list(roles.values()),
                "articles": articles,
                "n_articles": sum(1 for a in articles if a not in copies),
                "outlets": list(outlets),
                "statements": n_statements,
            }
        )
    return out


def timeline(store: Store, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Dated events across the corpus, in date order (copies left out)."""
    return read_entries(store.conn, limit=limit)


def person_statements(store: Store, person_id: int) -> list[dict[str, Any]]:
    """What one person said, across articles and outlets, in date order
    (rows of the `statements` table; copies marked). `content` is the
    statement's pieces joined by " … ": a quote split by its attribution
    (`"...," he said, "..."`) does not show the attribution as said."""
    return [
        dict(r)
        for r in store.conn.execute(
            "SELECT s.id, s.article_id, s.outlet, s.published, a.title, s.speaker_name, "
            "s.speaker_type, s.speaker_role, s.direct, s.start, s.end, s.content, "
            "d.original_id AS copy_of FROM statements s "
            "JOIN articles a ON a.rowid = s.article_rowid "
            "LEFT JOIN duplicates d ON d.article_id = s.article_id "
            "WHERE s.person_id = ? AND s.speaker_type = 'person' "
            "ORDER BY s.published IS NULL, s.published, s.article_id, s.start",
            (person_id,),
        )
    ]
