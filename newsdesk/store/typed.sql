-- Schema version 5: the extracted records as typed tables (see docs/SCHEMA.md).
-- Runs after typed.py's relink_script (the older child tables keyed by articles.rowid).
-- `records` keeps the contract JSON; these tables are projections of it, filled at
-- insert time and backfilled by this migration (newsdesk/store/typed.py holds the
-- projections). Every row names its article twice: `article_rowid` is the foreign key
-- (to the primary key, so Datasette links it) and `article_id` the readable id.
-- Offsets are [start, end) in code points into articles.text.

CREATE TABLE statements (
    id             INTEGER PRIMARY KEY,
    article_rowid  INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    article_id     TEXT NOT NULL,
    idx            INTEGER NOT NULL,      -- index in the article's `quotes`
    outlet         TEXT,                  -- the article's (copied: articles never change)
    published      TEXT,
    start          INTEGER NOT NULL,      -- first piece's start
    end            INTEGER NOT NULL,      -- last piece's end
    content        TEXT NOT NULL,         -- the pieces' text joined by ' … '
    n_pieces       INTEGER NOT NULL,
    direct         INTEGER NOT NULL,      -- 1 when mostly quoted words
    speaker_name   TEXT,
    speaker_type   TEXT,                  -- person | organisation | anonymous | unknown
    speaker_role   TEXT,
    speaker_start  INTEGER,
    speaker_end    INTEGER,
    cue_start      INTEGER,
    cue_end        INTEGER,
    continues      INTEGER,               -- idx of the statement it continues
    person_id      INTEGER REFERENCES persons(id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX statements_article ON statements(article_rowid, idx);
CREATE INDEX statements_article_id ON statements(article_id, speaker_name);
-- covering: people counts statements and lists roles from the index alone
CREATE INDEX statements_person ON statements(person_id, article_id, speaker_role);
-- covering: the names view counts statements and lists roles from the index alone
CREATE INDEX statements_speaker ON statements(speaker_name, speaker_type, speaker_role);
CREATE INDEX statements_published ON statements(published);

-- Full-text search over what was said (external content: the text lives once).
CREATE VIRTUAL TABLE statements_fts USING fts5(
    content, speaker_name, content = 'statements', content_rowid = 'id',
    tokenize = 'porter unicode61'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, content, speaker_name)
    VALUES (new.id, new.content, coalesce(new.speaker_name, ''));
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content, speaker_name)
    VALUES ('delete', old.id, old.content, coalesce(old.speaker_name, ''));
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF content, speaker_name ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content, speaker_name)
    VALUES ('delete', old.id, old.content, coalesce(old.speaker_name, ''));
    INSERT INTO statements_fts (rowid, content, speaker_name)
    VALUES (new.id, new.content, coalesce(new.speaker_name, ''));
END;

-- The corpus people stage writes person_names; these keep statements.person_id in step
-- (a merge of two persons is an UPDATE of person_names).
CREATE TRIGGER person_names_insert AFTER INSERT ON person_names BEGIN
    UPDATE statements SET person_id = new.person_id
    WHERE article_id = new.article_id AND speaker_name = new.name AND speaker_type = 'person';
END;
CREATE TRIGGER person_names_update AFTER UPDATE OF article_id, name, person_id ON person_names
BEGIN
    UPDATE statements SET person_id = NULL
    WHERE article_id = old.article_id AND speaker_name = old.name;
    UPDATE statements SET person_id = new.person_id
    WHERE article_id = new.article_id AND speaker_name = new.name AND speaker_type = 'person';
END;
CREATE TRIGGER person_names_delete AFTER DELETE ON person_names BEGIN
    UPDATE statements SET person_id = NULL
    WHERE article_id = old.article_id AND speaker_name = old.name;
END;

CREATE TABLE claims (
    id             INTEGER PRIMARY KEY,
    article_rowid  INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    article_id     TEXT NOT NULL,
    idx            INTEGER NOT NULL,      -- index in the article's `claims`
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    text           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    value          REAL,                  -- the number, when the value is one
    low            REAL,                  -- a range's ends, when the value is [low, high]
    high           REAL,
    value_json     TEXT NOT NULL,         -- the value as in the contract (number, list, object)
    unit           TEXT,
    qualifier      TEXT,
    subject        TEXT,
    subject_start  INTEGER,
    subject_end    INTEGER,
    predicate      TEXT,
    speaker_name   TEXT,
    speaker_type   TEXT,
    date           TEXT,                  -- TIMEX3 value of a date in the same sentence
    pollster       TEXT,
    fieldwork      TEXT,
    lead           REAL,
    changes_json   TEXT                   -- a poll's party -> change, JSON
);
CREATE UNIQUE INDEX claims_article ON claims(article_rowid, idx);
CREATE INDEX claims_kind ON claims(kind, unit);

CREATE TABLE polls (
    id             INTEGER PRIMARY KEY,
    claim_id       INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    article_rowid  INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    article_id     TEXT NOT NULL,
    start          INTEGER NOT NULL,      -- the whole poll's span
    end            INTEGER NOT NULL,
    party          TEXT NOT NULL,
    share          REAL,                  -- per cent
    change         REAL,                  -- points, when stated
    pollster       TEXT,
    fieldwork      TEXT
);
CREATE INDEX polls_claim ON polls(claim_id);
CREATE INDEX polls_article ON polls(article_rowid);
CREATE INDEX polls_party ON polls(party);

CREATE TABLE dates (
    id             INTEGER PRIMARY KEY,
    article_rowid  INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    article_id     TEXT NOT NULL,
    idx            INTEGER NOT NULL,      -- index in the article's `dates`
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    text           TEXT NOT NULL,
    type           TEXT NOT NULL,         -- DATE | TIME | DURATION | SET
    value          TEXT,                  -- TIMEX3 value, NULL when unresolved
    date           TEXT,                  -- ISO YYYY-MM-DD: the first day the value names
    granularity    TEXT,                  -- day | week | weekend | month | ... (docs/SCHEMA.md)
    anchor_date    TEXT,
    anchor_source  TEXT,                  -- metadata | text | corpus
    estimated      INTEGER NOT NULL       -- 1 when the anchor is an estimate
);
CREATE UNIQUE INDEX dates_article ON dates(article_rowid, idx);
CREATE INDEX dates_date ON dates(date);

CREATE TABLE entities (
    id             INTEGER PRIMARY KEY,
    article_rowid  INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    article_id     TEXT NOT NULL,
    idx            INTEGER NOT NULL,      -- index in the article's `entities`
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    text           TEXT NOT NULL,
    label          TEXT NOT NULL,         -- PERSON | ORG | GPE | LOC | NORP | FAC
    name           TEXT                   -- the canonical name in this article
);
CREATE UNIQUE INDEX entities_article ON entities(article_rowid, idx);
-- covering: people's aliases read the index alone
CREATE INDEX entities_name ON entities(article_id, name, label, text);
-- covering, in name order: the names view groups PERSON entities without a sort
CREATE INDEX entities_label ON entities(label, name, article_id, text);

-- covering: people's outlets and dates without reading the articles' text pages
CREATE INDEX articles_meta ON articles(id, outlet, published);

-- One row per person across the corpus (the corpus stage's `persons`), counts with
-- near-duplicate copies left out; indexed lookups, no JSON.
CREATE VIEW people AS
SELECT
    p.id                                                            AS id,
    p.name                                                          AS name,
    (SELECT count(*) FROM statements s
      WHERE s.person_id = p.id
        AND NOT EXISTS (SELECT 1 FROM duplicates d WHERE d.article_id = s.article_id))
                                                                    AS n_statements,
    (SELECT count(*) FROM person_names pn
      WHERE pn.person_id = p.id
        AND NOT EXISTS (SELECT 1 FROM duplicates d WHERE d.article_id = pn.article_id))
                                                                    AS n_articles,
    (SELECT group_concat(DISTINCT a.outlet) FROM person_names pn
       JOIN articles a INDEXED BY articles_meta ON a.id = pn.article_id WHERE pn.person_id = p.id) AS outlets,
    (SELECT group_concat(DISTINCT s.speaker_role) FROM statements s
      WHERE s.person_id = p.id)                                     AS roles,
    -- CROSS JOIN keeps the person's names the outer loop (not every PERSON entity)
    (SELECT group_concat(DISTINCT e.text) FROM person_names pn
       CROSS JOIN entities e ON e.article_id = pn.article_id AND e.name = pn.name
      WHERE pn.person_id = p.id AND e.label = 'PERSON')             AS aliases,
    (SELECT min(a.published) FROM person_names pn
       JOIN articles a INDEXED BY articles_meta ON a.id = pn.article_id WHERE pn.person_id = p.id) AS first_published,
    (SELECT max(a.published) FROM person_names pn
       JOIN articles a INDEXED BY articles_meta ON a.id = pn.article_id WHERE pn.person_id = p.id) AS last_published
FROM persons p;

-- One row per canonical name as the articles give it, before the corpus stage
-- resolves names to persons (what `people` was up to schema version 4).
CREATE VIEW names AS
SELECT
    e.name                                                          AS name,
    (SELECT count(*) FROM statements s
      WHERE s.speaker_name = e.name AND s.speaker_type = 'person')  AS n_statements,
    count(DISTINCT e.article_id)                                    AS n_articles,
    group_concat(DISTINCT a.outlet)                                 AS outlets,
    group_concat(DISTINCT e.text)                                   AS aliases,
    (SELECT group_concat(DISTINCT s.speaker_role) FROM statements s
      WHERE s.speaker_name = e.name AND s.speaker_type = 'person')  AS roles
FROM entities e JOIN articles a INDEXED BY articles_meta ON a.id = e.article_id
WHERE e.label = 'PERSON' AND e.name IS NOT NULL
GROUP BY e.name;
