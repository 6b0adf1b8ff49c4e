"""Timeline entries: what happened on what date, who, from which sentence.

An entry is a sentence of the kept text holding a date expression that was
resolved to a calendar value (a day, week, month or year; not "now" or
"recently", not durations). Who: the people and organisations named in it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from ..article import Article
from .sentences import containing, sentences

#: TIMEX3 values that name a point or period on the calendar.
_CALENDAR = re.compile(r"^\d{4}(-(\d{2}|W\d{2}|Q\d|SU|SP|FA|WI|H\d))?(-\d{2})?(T.*)?$")
_WHO_LABELS = {"PERSON", "ORG"}


def entries(
    article: Article, spans: list[tuple[int, int]] | None = None
) -> list[dict[str, Any]]:
    """Timeline entries of one article, in text order (`spans`: its sentences)."""
    dates = [
        d for d in article.dates
        if d.get("type") in ("DATE", "TIME") and _CALENDAR.match(str(d.get("value") or ""))
    ]
    if not dates:
        return []
    if spans is None:
        spans = sentences(article)
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, tuple[int, int]]] = set()
    for d in sorted(dates, key=lambda d: int(d["start"])):
        sent = containing(spans, int(d["start"]), int(d["end"]))
        if sent is None or (str(d["value"]), sent) in seen:
            continue  # "on Wednesday, March 26": one event, not two
        seen.add((str(d["value"]), sent))
        who: dict[str, None] = {}
        for ent in article.entities:
            if ent.get("label") in _WHO_LABELS and sent[0] <= ent["start"] < sent[1]:
                who[str(ent["name"])] = None
        out.append(
            {
                "date": str(d["value"]),
                "date_span": [int(d["start"]), int(d["end"])],
                "span": [sent[0], sent[1]],
                "who": list(who),
            }
        )
    return out


def store_entries(
    conn: sqlite3.Connection, article: Article, spans: list[tuple[int, int]] | None = None
) -> int:
    """Write the article's entries (callers hold the transaction)."""
    rows = entries(article, spans)
    conn.execute("DELETE FROM timeline WHERE article_id = ?", (article.id,))
    conn.executemany(
        "INSERT INTO timeline (article_id, date, date_start, date_end, start, end, who) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (article.id, e["date"], *e["date_span"], *e["span"],
             json.dumps(e["who"]))
            for e in rows
        ],
    )
    return len(rows)



_MAX_PARAMS = 900


def read_entries(
    conn: sqlite3.Connection,
    article_ids: list[str] | None = None,
    *,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Stored entries in date order, of some articles or of the whole corpus
    (then copies are left out: each event counts once)."""
    if article_ids is not None and not article_ids:
        return []
    if article_ids is not None and len(article_ids) > _MAX_PARAMS:  # SQLite's limit
        out: list[dict[str, Any]] = []
        for i in range(0, len(article_ids), _MAX_PARAMS):
            out += read_entries(conn, article_ids[i : i + _MAX_PARAMS])
        out.sort(key=lambda e: (e["date"], e["article"], e["span"][0]))
        return out[:limit] if limit is not None else out
    where = (
        f"t.article_id IN ({','.join('?' * len(article_ids))})"
        if article_ids is not None
        else "t.article_id NOT IN (SELECT article_id FROM duplicates)"
    )
    sql = (
        "SELECT t.*, substr(a.text, t.start + 1, t.end - t.start) AS sentence, a.outlet "
        f"FROM timeline t JOIN articles a ON a.id = t.article_id WHERE {where} "
        "ORDER BY t.date, a.published, t.article_id, t.start"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    rows = conn.execute(sql, article_ids or []).fetchall()
    return [
        {
            "date": r["date"], "sentence": " ".join(r["sentence"].split()),
            "who": json.loads(r["who"]), "article": r["article_id"], "outlet": r["outlet"],
            "span": [r["start"], r["end"]],
        }
        for r in rows
    ]
