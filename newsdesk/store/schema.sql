-- newsdesk store, schema version 1 (see docs/SCHEMA.md).
-- Offsets are [start, end) in Python code points into articles.text.

CREATE TABLE runs (
    id           INTEGER PRIMARY KEY,
    command      TEXT NOT NULL,            -- e.g. "analyze"
    inputs       TEXT NOT NULL,            -- JSON list of the paths given
    started_at   TEXT NOT NULL,            -- ISO timestamp, UTC
    finished_at  TEXT,                     -- NULL while running or if killed
    n_added      INTEGER NOT NULL DEFAULT 0,
    n_skipped    INTEGER NOT NULL DEFAULT 0, -- already in the store
    n_failed     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
    rowid        INTEGER PRIMARY KEY,      -- also the rowid of articles_fts
    id           TEXT NOT NULL UNIQUE,     -- content hash unless the input gave one
    source       TEXT NOT NULL,            -- file path (":line" for JSONL, "#uri" for WARC)
    url          TEXT,
    outlet       TEXT,
    title        TEXT,
    title_start  INTEGER,                  -- the headline's span in text, when inside it
    title_end    INTEGER,
    published    TEXT,                     -- YYYY-MM-DD or NULL
    author       TEXT,
    language     TEXT,
    encoding     TEXT,                     -- how the input was decoded
    text         TEXT NOT NULL,            -- what every offset indexes; never edited
    n_chars      INTEGER NOT NULL,
    n_removed    INTEGER NOT NULL,         -- characters inside removed spans
    run_id       INTEGER REFERENCES runs(id),
    added_at     TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE removed (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    reason       TEXT NOT NULL,            -- spam | boilerplate | caption | video_title
    detail       TEXT NOT NULL DEFAULT ''  -- which features fired
);
CREATE INDEX removed_article ON removed(article_id);

CREATE TABLE flags (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,            -- see docs/FLAGS.md
    score        REAL NOT NULL,            -- 0..1
    evidence     TEXT NOT NULL,            -- JSON [[start, end], ...]
    explanation  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX flags_article ON flags(article_id);
CREATE INDEX flags_name ON flags(name);

-- Extracted records (quotes, entities, claims, dates) as contract JSON, one row each.
CREATE TABLE records (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,            -- quote | entity | claim | date
    data         TEXT NOT NULL             -- JSON object, as in `extract --jsonl`
);
CREATE INDEX records_article ON records(article_id, kind);

CREATE TABLE errors (
    run_id       INTEGER NOT NULL REFERENCES runs(id),
    source       TEXT NOT NULL,
    reason       TEXT NOT NULL,
    stage        TEXT                      -- NULL for read errors
);

-- Full-text search over the headline and the kept (cleaned) text.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = 'porter unicode61');
