"""Invented articles with records whose spans are computed from the text, so
tests of the typed tables, search and exports need no spaCy."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from newsdesk.article import Article, Flag, Span
from newsdesk.store import Store
from newsdesk.store.migrations import MIGRATIONS, _apply


def span(text: str, piece: str, after: int = 0) -> list[int]:
    start = text.index(piece, after)
    return [start, start + len(piece)]


def corbyn_article(n: int = 1, outlet: str = "Example Post",
                   published: str | None = "2017-02-21") -> Article:
    """Jeremy Corbyn on nuclear power, a split quote, a poll, a range, dates."""
    text = (
        f"Corbyn backs nuclear power {n}\n"
        '"We will keep nuclear power," Mr Corbyn said. "It is safe and clean."\n'
        "Stop-and-frisk was raised by Pat O'Neill of the U.S. embassy on Tuesday.\n"
        "Labour on 38 per cent and the Conservatives on 35 per cent, said Meridian.\n"
        "Between 20 and 30 homes were built in 2016-Q3 terms, last week, in the 1990s.\n"
    )
    q1, q2 = span(text, "We will keep nuclear power,"), span(text, "It is safe and clean.")
    poll = span(text, "38 per cent and the Conservatives on 35 per cent")
    rng = span(text, "Between 20 and 30 homes")
    quotes: list[dict[str, Any]] = [
        {"content": [q1, q2], "cue": span(text, "said"), "speaker": span(text, "Mr Corbyn"),
         "speaker_name": "Jeremy Corbyn", "speaker_type": "person",
         "speaker_role": "Labour leader", "direct": True, "continues": None},
        {"content": [span(text, "Stop-and-frisk was raised")], "cue": None,
         "speaker": span(text, "Pat O'Neill"), "speaker_name": "Pat O'Neill",
         "speaker_type": "person", "speaker_role": None, "direct": False, "continues": None},
    ]
    entities = [
        {**dict(zip(("start", "end"), span(text, "Mr Corbyn"), strict=True)),
         "label": "PERSON", "name": "Jeremy Corbyn"},
        {**dict(zip(("start", "end"), span(text, "Pat O'Neill"), strict=True)),
         "label": "PERSON", "name": "Pat O'Neill"},
        {**dict(zip(("start", "end"), span(text, "U.S."), strict=True)),
         "label": "GPE", "name": "U.S."},
    ]
    claims = [
        {"start": poll[0], "end": poll[1], "text": text[poll[0]:poll[1]], "kind": "poll",
         "value": {"Labour": 38.0, "Conservatives": 35.0}, "unit": "%", "qualifier": None,
         "changes": {"Labour": 2.0}, "lead": 3, "pollster": "Meridian", "fieldwork": None,
         "subject": None, "subject_span": None, "speaker_name": None,
         "speaker_type": "outlet", "date": None},
        {"start": rng[0], "end": rng[1], "text": text[rng[0]:rng[1]], "kind": "count",
         "value": [20.0, 30.0], "unit": "homes", "qualifier": None, "subject": "homes",
         "subject_span": span(text, "homes"), "predicate": "build",
         "speaker_name": None, "speaker_type": "outlet", "date": "2016"},
    ]
    dates = []
    for piece, typ, value in [("Tuesday", "DATE", "2017-02-21"), ("2016", "DATE", "2016"),
                              ("last week", "DATE", "2017-W07"), ("the 1990s", "DATE", "199X")]:
        s, e = span(text, piece)
        dates.append({"start": s, "end": e, "text": piece, "type": typ, "value": value,
                      "anchor": {"date": published, "source": "metadata", "estimated": False}})
    return Article(
        text=text, source=f"corbyn{n}.txt", outlet=outlet, published=published,
        title=text.split("\n")[0], title_span=Span(0, text.index("\n")),
        flags=[Flag("stitched", 0.8, [Span(0, 4)], "why")] if n % 2 == 0 else [],
        quotes=quotes, entities=entities, claims=claims, dates=dates,
    )


def version4_store(path: Path, articles: list[Article]) -> None:
    """A store at schema version 4 holding `articles` the way newsdesk then
    stored them: articles, FTS and records only (no typed tables)."""
    conn = sqlite3.connect(path, isolation_level=None)
    for version, sql in enumerate(MIGRATIONS[:4], start=1):
        conn.execute("BEGIN IMMEDIATE")
        _apply(conn, sql, version)
    conn.execute("BEGIN")
    for a in articles:
        cur = conn.execute(
            "INSERT INTO articles (id, source, outlet, title, published, text, n_chars, "
            "n_removed, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, '2017-02-21T00:00:00')",
            (a.id, a.source, a.outlet, a.title, a.published, a.text, len(a.text)),
        )
        conn.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                     (cur.lastrowid, a.title or "", a.kept_text()))
        for attr, kind in (("quotes", "quote"), ("entities", "entity"), ("claims", "claim"),
                           ("dates", "date")):
            import json

            conn.executemany("INSERT INTO records (article_id, kind, data) VALUES (?, ?, ?)",
                             [(a.id, kind, json.dumps(r)) for r in getattr(a, attr)])
    conn.execute("COMMIT")
    conn.close()


def resolve_people(store: Store) -> dict[str, int]:
    """What the corpus people stage writes, for every stored PERSON entity:
    persons and person_names. Returns name -> person id."""
    conn = store.conn
    ids: dict[str, int] = {}
    rows = conn.execute(
        "SELECT DISTINCT article_id, name FROM entities WHERE label = 'PERSON'"
    ).fetchall()
    with store.transaction():
        for article_id, name in rows:
            if name not in ids:
                cur = conn.execute("INSERT INTO persons (name, surname) VALUES (?, ?)",
                                   (name, name.split()[-1].casefold()))
                ids[name] = int(cur.lastrowid or 0)
            conn.execute("INSERT INTO person_names (article_id, name, person_id) "
                         "VALUES (?, ?, ?)", (article_id, name, ids[name]))
    return ids
