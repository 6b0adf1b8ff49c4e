"""The typed tables (schema version 5) as projections of `records`.

One SELECT per table turns contract JSON into typed rows. The same SQL fills
the tables when an article is stored (restricted to that article) and
backfills them when an older store is migrated, so the two never disagree.
A record missing a field its table requires (a quote without content) stays in
`records` only.
"""

from __future__ import annotations

import sqlite3

#: `{where}` is replaced by "" (every record) or a restriction to one article.
_STATEMENTS = """
INSERT INTO statements (article_rowid, article_id, idx, outlet, published, start, end,
    content, n_pieces, direct, speaker_name, speaker_type, speaker_role, speaker_start,
    speaker_end, cue_start, cue_end, continues, person_id)
SELECT a.rowid, a.id, q.idx, a.outlet, a.published,
    json_extract(q.data, '$.content[0][0]'),
    json_extract(q.data, '$.content[#-1][1]'),
    (SELECT group_concat(substr(a.text, json_extract(p.value, '$[0]') + 1,
                                json_extract(p.value, '$[1]') - json_extract(p.value, '$[0]')),
                         ' … ')
       FROM json_each(q.data, '$.content') p),
    json_array_length(q.data, '$.content'),
    CASE WHEN json_extract(q.data, '$.direct') THEN 1 ELSE 0 END,
    json_extract(q.data, '$.speaker_name'),
    json_extract(q.data, '$.speaker_type'),
    json_extract(q.data, '$.speaker_role'),
    json_extract(q.data, '$.speaker[0]'),
    json_extract(q.data, '$.speaker[1]'),
    json_extract(q.data, '$.cue[0]'),
    json_extract(q.data, '$.cue[1]'),
    json_extract(q.data, '$.continues'),
    CASE WHEN json_extract(q.data, '$.speaker_type') = 'person' THEN
        (SELECT pn.person_id FROM person_names pn
          WHERE pn.article_id = a.id AND pn.name = json_extract(q.data, '$.speaker_name'))
    END
FROM (SELECT r.article_id, r.data,
             row_number() OVER (PARTITION BY r.article_id ORDER BY r.rowid) - 1 AS idx
        FROM records r WHERE r.kind = 'quote' {where}) q
JOIN articles a ON a.id = q.article_id
WHERE json_array_length(q.data, '$.content') > 0
ORDER BY a.rowid, q.idx
"""

_NUMBER = "json_type({doc}, '{path}') IN ('integer', 'real')"

_CLAIMS = f"""
INSERT INTO claims (article_rowid, article_id, idx, start, end, text, kind, value, low, high,
    value_json, unit, qualifier, subject, subject_start, subject_end, predicate,
    speaker_name, speaker_type, date, pollster, fieldwork, lead, changes_json)
SELECT a.rowid, a.id, c.idx,
    json_extract(c.data, '$.start'), json_extract(c.data, '$.end'),
    substr(a.text, json_extract(c.data, '$.start') + 1,
           json_extract(c.data, '$.end') - json_extract(c.data, '$.start')),
    json_extract(c.data, '$.kind'),
    CASE WHEN {_NUMBER.format(doc="c.data", path="$.value")}
         THEN json_extract(c.data, '$.value') END,
    CASE WHEN json_type(c.data, '$.value') = 'array'
          AND {_NUMBER.format(doc="c.data", path="$.value[0]")}
         THEN json_extract(c.data, '$.value[0]') END,
    CASE WHEN json_type(c.data, '$.value') = 'array'
          AND {_NUMBER.format(doc="c.data", path="$.value[#-1]")}
         THEN json_extract(c.data, '$.value[#-1]') END,
    CASE WHEN json_type(c.data, '$.value') IN ('array', 'object')
         THEN json_extract(c.data, '$.value')
         ELSE json_quote(json_extract(c.data, '$.value')) END,
    json_extract(c.data, '$.unit'),
    json_extract(c.data, '$.qualifier'),
    json_extract(c.data, '$.subject'),
    json_extract(c.data, '$.subject_span[0]'),
    json_extract(c.data, '$.subject_span[1]'),
    json_extract(c.data, '$.predicate'),
    json_extract(c.data, '$.speaker_name'),
    json_extract(c.data, '$.speaker_type'),
    json_extract(c.data, '$.date'),
    json_extract(c.data, '$.pollster'),
    json_extract(c.data, '$.fieldwork'),
    CASE WHEN {_NUMBER.format(doc="c.data", path="$.lead")}
         THEN json_extract(c.data, '$.lead') END,
    CASE WHEN json_type(c.data, '$.changes') = 'object'
         THEN json_extract(c.data, '$.changes') END
FROM (SELECT r.article_id, r.data,
             row_number() OVER (PARTITION BY r.article_id ORDER BY r.rowid) - 1 AS idx
        FROM records r WHERE r.kind = 'claim' {{where}}) c
JOIN articles a ON a.id = c.article_id
WHERE json_type(c.data, '$.start') = 'integer' AND json_type(c.data, '$.end') = 'integer'
  AND json_extract(c.data, '$.kind') IS NOT NULL
ORDER BY a.rowid, c.idx
"""

#: One row per party of a poll claim; `{where}` restricts the claims.
_POLLS = """
INSERT INTO polls (claim_id, article_rowid, article_id, start, end, party, share, change,
    pollster, fieldwork)
SELECT c.id, c.article_rowid, c.article_id, c.start, c.end, j.key,
    CASE WHEN j.type IN ('integer', 'real') THEN j.value END,
    CASE WHEN ch.type IN ('integer', 'real') THEN ch.value END,
    c.pollster, c.fieldwork
FROM claims c
JOIN json_each(c.value_json) j
LEFT JOIN json_each(coalesce(c.changes_json, '{{}}')) ch ON ch.key = j.key
WHERE c.kind = 'poll' AND json_type(c.value_json) = 'object' {where}
ORDER BY c.id, j.id
"""

# The first day a TIMEX3 value names, and how much time it covers
# (docs/SCHEMA.md lists the granularities).
_D = "json_extract(d.data, '$.value')"
_YEAR = f"substr({_D}, 1, 4)"
_JAN4 = f"{_YEAR} || '-01-04'"
_WEEK1 = f"date({_JAN4}, '-' || ((CAST(strftime('%w', {_JAN4}) AS INTEGER) + 6) % 7) || ' days')"
_WEEK = f"date({_WEEK1}, '+' || ((CAST(substr({_D}, 7, 2) AS INTEGER) - 1) * 7) || ' days')"
_YMD = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
_Y = "[0-9][0-9][0-9][0-9]"
_GRAIN = [
    # (GLOB pattern, granularity, ISO date expression or NULL)
    (f"{_YMD}T*", "time", f"substr({_D}, 1, 10)"),
    (_YMD, "day", _D),
    (f"{_Y}-W[0-9][0-9]-WE", "weekend", f"date({_WEEK}, '+5 days')"),
    (f"{_Y}-W[0-9][0-9]*", "week", _WEEK),
    (f"{_Y}-[0-9][0-9]", "month", f"{_D} || '-01'"),
    (f"{_Y}-Q[1-4]", "quarter",
     f"printf('%s-%02d-01', {_YEAR}, 3 * (CAST(substr({_D}, 7, 1) AS INTEGER) - 1) + 1)"),
    (f"{_Y}-H[12]", "half",
     f"printf('%s-%02d-01', {_YEAR}, 6 * (CAST(substr({_D}, 7, 1) AS INTEGER) - 1) + 1)"),
    (f"{_Y}-SP", "season", f"{_YEAR} || '-03-01'"),
    (f"{_Y}-SU", "season", f"{_YEAR} || '-06-01'"),
    (f"{_Y}-FA", "season", f"{_YEAR} || '-09-01'"),
    (f"{_Y}-WI", "season", f"{_YEAR} || '-12-01'"),
    (_Y, "year", f"{_D} || '-01-01'"),
    ("[0-9][0-9][0-9]X", "decade", f"substr({_D}, 1, 3) || '0-01-01'"),
    ("[0-9][0-9]", "century", f"{_D} || '00-01-01'"),
    ("*_REF", "reference", "NULL"),
]


def _case(pick: int) -> str:
    whens = "\n".join(
        f"         WHEN {_D} GLOB '{g[0]}' THEN {g[pick] if pick == 2 else repr(g[1])}"
        for g in _GRAIN
    )
    return f"CASE WHEN {_D} IS NULL THEN NULL\n{whens}\n         ELSE NULL END"


_DATES = f"""
INSERT INTO dates (article_rowid, article_id, idx, start, end, text, type, value, date,
    granularity, anchor_date, anchor_source, estimated)
SELECT a.rowid, a.id, d.idx,
    json_extract(d.data, '$.start'), json_extract(d.data, '$.end'),
    substr(a.text, json_extract(d.data, '$.start') + 1,
           json_extract(d.data, '$.end') - json_extract(d.data, '$.start')),
    coalesce(json_extract(d.data, '$.type'), 'DATE'),
    {_D},
    CASE WHEN json_extract(d.data, '$.type') IN ('DURATION', 'SET') THEN NULL
         ELSE {_case(2)} END,
    CASE WHEN json_extract(d.data, '$.type') = 'DURATION' THEN 'duration'
         WHEN json_extract(d.data, '$.type') = 'SET' THEN 'set'
         ELSE {_case(1)} END,
    json_extract(d.data, '$.anchor.date'),
    json_extract(d.data, '$.anchor.source'),
    CASE WHEN json_extract(d.data, '$.anchor.estimated') THEN 1 ELSE 0 END
FROM (SELECT r.article_id, r.data,
             row_number() OVER (PARTITION BY r.article_id ORDER BY r.rowid) - 1 AS idx
        FROM records r WHERE r.kind = 'date' {{where}}) d
JOIN articles a ON a.id = d.article_id
WHERE json_type(d.data, '$.start') = 'integer' AND json_type(d.data, '$.end') = 'integer'
ORDER BY a.rowid, d.idx
"""

_ENTITIES = """
INSERT INTO entities (article_rowid, article_id, idx, start, end, text, label, name)
SELECT a.rowid, a.id, e.idx,
    json_extract(e.data, '$.start'), json_extract(e.data, '$.end'),
    substr(a.text, json_extract(e.data, '$.start') + 1,
           json_extract(e.data, '$.end') - json_extract(e.data, '$.start')),
    json_extract(e.data, '$.label'),
    json_extract(e.data, '$.name')
FROM (SELECT r.article_id, r.data,
             row_number() OVER (PARTITION BY r.article_id ORDER BY r.rowid) - 1 AS idx
        FROM records r WHERE r.kind = 'entity' {where}) e
JOIN articles a ON a.id = e.article_id
WHERE json_type(e.data, '$.start') = 'integer' AND json_type(e.data, '$.end') = 'integer'
  AND json_extract(e.data, '$.label') IS NOT NULL
ORDER BY a.rowid, e.idx
"""

#: Projections from records, in the order they must run (polls read claims).
_FROM_RECORDS = (_STATEMENTS, _CLAIMS, _DATES, _ENTITIES)


def backfill_script() -> str:
    """SQL statements filling every typed table from `records` (migration 5)."""
    parts = [sql.format(where="") for sql in _FROM_RECORDS] + [_POLLS.format(where="")]
    return ";\n".join(p.strip() for p in parts) + ";\n"


def fill_article(conn: sqlite3.Connection, article_id: str, article_rowid: int) -> None:
    """Fill the typed tables from one stored article's records."""
    for sql in _FROM_RECORDS:
        conn.execute(sql.format(where="AND r.article_id = ?"), (article_id,))
    conn.execute(_POLLS.format(where="AND c.article_rowid = ?"), (article_rowid,))


def refill_dates_and_claims(conn: sqlite3.Connection, article_id: str) -> None:
    """Fill the claims, polls and dates rows of one article again from its
    records, after its date and claim records were replaced (a new anchor)."""
    (rowid,) = conn.execute("SELECT rowid FROM articles WHERE id = ?", (article_id,)).fetchone()
    for table in ("polls", "claims", "dates"):  # polls name their claim
        conn.execute(f"DELETE FROM {table} WHERE article_rowid = ?", (rowid,))
    for sql in (_CLAIMS, _DATES):
        conn.execute(sql.format(where="AND r.article_id = ?"), (article_id,))
    conn.execute(_POLLS.format(where="AND c.article_rowid = ?"), (rowid,))


# -- relinking the older child tables -------------------------------------------------
#
# Tables of versions 1 and 3 named their article by articles.id, which is not the
# primary key, so Datasette's links to articles 404ed. Migration 5 rebuilds each with
# `<key>_rowid REFERENCES articles(rowid)` (the primary key) before its `<key>_id`.
# Their writers give only the id: a trigger fills the rowid and refuses an unknown
# article, as the old foreign key did. Rowids are kept (readers order by them).

#: table -> (article keys, the other columns' DDL, indexes, WITHOUT ROWID primary key)
_RELINK: dict[str, tuple[tuple[str, ...], str, tuple[str, ...], str | None]] = {
    "removed": (("article",), "start INTEGER NOT NULL, end INTEGER NOT NULL, "
                "reason TEXT NOT NULL, detail TEXT NOT NULL DEFAULT ''",
                ("removed_article ON removed(article_id)",), None),
    "flags": (("article",), "name TEXT NOT NULL, score REAL NOT NULL, evidence TEXT NOT NULL, "
              "explanation TEXT NOT NULL DEFAULT ''",
              ("flags_article ON flags(article_id)", "flags_name ON flags(name)"), None),
    "records": (("article",), "kind TEXT NOT NULL, data TEXT NOT NULL",
                ("records_article ON records(article_id, kind)",), None),
    "story_articles": (("article",), "story_id INTEGER NOT NULL REFERENCES stories(id), "
                       "similarity REAL NOT NULL",
                       ("story_articles_story ON story_articles(story_id)",), None),
    "timeline": (("article",), "date TEXT NOT NULL, date_start INTEGER NOT NULL, "
                 "date_end INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, "
                 "who TEXT NOT NULL",
                 ("timeline_article ON timeline(article_id)", "timeline_date ON timeline(date)"),
                 None),
    "duplicates": (("article", "original"), "jaccard REAL NOT NULL, containment REAL NOT NULL",
                   ("duplicates_original ON duplicates(original_id)",), None),
    "person_names": (("article",), "name TEXT NOT NULL, "
                     "person_id INTEGER NOT NULL REFERENCES persons(id)",
                     ("person_names_person ON person_names(person_id)",
                      "person_names_name ON person_names(name)"), "article_id, name"),
}
#: The version-4 tables whose id column was their primary key.
_ID_PRIMARY = {"story_articles", "duplicates"}


def _relink_table(table: str) -> str:
    keys, rest, indexes, without_rowid = _RELINK[table]
    key_ddl = []
    for k in keys:
        unique = " PRIMARY KEY" if k == "article" and table in _ID_PRIMARY else " NOT NULL"
        key_ddl += [f"{k}_rowid INTEGER REFERENCES articles(rowid) ON DELETE CASCADE",
                    f"{k}_id TEXT{unique}"]
    tail = f", PRIMARY KEY ({without_rowid})) WITHOUT ROWID" if without_rowid else ")"
    rest_names = [c.split()[0] for c in rest.split(", ") if not c.startswith("REFERENCES")]
    rest_names = [n for n in rest_names if n.isidentifier()]
    rowid = "" if without_rowid else "rowid, "
    x_rowid = "" if without_rowid else "x.rowid, "
    cols = ", ".join(f"{k}_rowid, {k}_id" for k in keys) + ", " + ", ".join(rest_names)
    picks = ", ".join(f"{k[0]}.rowid, x.{k}_id" for k in keys) + ", " + ", ".join(
        f"x.{n}" for n in rest_names)
    joins = " ".join(f"LEFT JOIN articles {k[0]} ON {k[0]}.id = x.{k}_id" for k in keys)
    order = "" if without_rowid else " ORDER BY x.rowid"
    where_row = ("article_id = new.article_id AND name = new.name" if without_rowid
                 else "rowid = new.rowid")
    missing = " OR ".join(f"new.{k}_rowid IS NULL" for k in keys)
    unknown = " OR ".join(f"NOT EXISTS (SELECT 1 FROM articles WHERE id = new.{k}_id)"
                          for k in keys)
    sets = ", ".join(f"{k}_rowid = (SELECT rowid FROM articles WHERE id = new.{k}_id)"
                     for k in keys)
    return "\n".join([
        f"CREATE TABLE {table}_v5 ({', '.join(key_ddl)}, {rest}{tail};",
        f"INSERT INTO {table}_v5 ({rowid}{cols}) SELECT {x_rowid}{picks} "
        f"FROM {table} x {joins}{order};",
        f"DROP TABLE {table};",
        f"ALTER TABLE {table}_v5 RENAME TO {table};",
        *(f"CREATE INDEX {ix};" for ix in indexes),
        f"CREATE TRIGGER {table}_article_rowid AFTER INSERT ON {table} WHEN {missing} BEGIN "
        f"SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: no article with that id') "
        f"WHERE {unknown}; UPDATE {table} SET {sets} WHERE {where_row}; END;",
    ])


def relink_script() -> str:
    """SQL rebuilding the older child tables around articles' primary key
    (migration 5, first part). The version-2 views go first: a table they
    name cannot be renamed while they stand."""
    parts = ["DROP VIEW people;", "DROP VIEW statements;"]
    parts += [_relink_table(t) for t in _RELINK]
    return "\n".join(parts) + "\n"
