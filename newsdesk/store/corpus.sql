-- Schema version 3: corpus stages (see docs/SCHEMA.md, docs/STORIES.md).
-- Each stage keeps just enough state to take in new articles without
-- revisiting the old ones.

-- Articles the corpus stages have taken in (the rest are pending).
CREATE TABLE corpus_done (
    article_id   TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    done_at      TEXT NOT NULL
);

-- Near-duplicates: one MinHash signature per article, and its LSH band keys.
CREATE TABLE signatures (
    article_id   TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    n_shingles   INTEGER NOT NULL,
    minhash      BLOB NOT NULL             -- datasketch hash values, uint64
);
CREATE TABLE lsh_bands (
    band         INTEGER NOT NULL,
    key          INTEGER NOT NULL,         -- 64-bit hash of the band's values
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX lsh_bands_key ON lsh_bands(band, key);
CREATE TABLE duplicates (
    article_id   TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    original_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    jaccard      REAL NOT NULL,            -- of word 5-shingle sets
    containment  REAL NOT NULL             -- share of the smaller set inside the larger
);
CREATE INDEX duplicates_original ON duplicates(original_id);

-- Document frequencies for TF-IDF (n_docs lives in corpus_meta).
CREATE TABLE terms (
    term         TEXT PRIMARY KEY,
    df           INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE corpus_meta (
    key          TEXT PRIMARY KEY,
    value        TEXT NOT NULL
) WITHOUT ROWID;

-- Stories (one event or development) and storylines (stories linked over time).
CREATE TABLE storylines (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    centroid        TEXT NOT NULL,         -- JSON {term: summed weight} of its articles
    first_published TEXT,
    last_published  TEXT
);
CREATE TABLE stories (
    id              INTEGER PRIMARY KEY,
    storyline_id    INTEGER NOT NULL REFERENCES storylines(id),
    title           TEXT NOT NULL,
    centroid        TEXT NOT NULL,         -- JSON {term: summed weight} of its articles
    first_published TEXT,
    last_published  TEXT,
    updated_seq     INTEGER NOT NULL,      -- for candidates when dates are unknown
    brief           TEXT                   -- JSON; NULL when stale
);
CREATE INDEX stories_last ON stories(last_published);
CREATE INDEX stories_updated ON stories(updated_seq);
CREATE TABLE story_articles (
    article_id   TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id     INTEGER NOT NULL REFERENCES stories(id),
    similarity   REAL NOT NULL             -- to the story when it joined (1 for the first)
);
CREATE INDEX story_articles_story ON story_articles(story_id);

-- People across the corpus: one row per real person, and every article's
-- canonical name that was resolved to them.
CREATE TABLE persons (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,            -- the fullest form seen
    surname      TEXT NOT NULL             -- last word, case-folded: the lookup key
);
CREATE INDEX persons_surname ON persons(surname);
CREATE TABLE person_names (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,            -- the article's canonical name
    person_id    INTEGER NOT NULL REFERENCES persons(id),
    PRIMARY KEY (article_id, name)
) WITHOUT ROWID;
CREATE INDEX person_names_person ON person_names(person_id);
CREATE INDEX person_names_name ON person_names(name);

-- Timeline: dated events, one per sentence holding a resolved date.
CREATE TABLE timeline (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    date         TEXT NOT NULL,            -- TIMEX3 value: 2017-02-23, 2017-02, 2011
    date_start   INTEGER NOT NULL,         -- the date expression in articles.text
    date_end     INTEGER NOT NULL,
    start        INTEGER NOT NULL,         -- the sentence that tells what happened
    end          INTEGER NOT NULL,
    who          TEXT NOT NULL             -- JSON list of names in the sentence
);
CREATE INDEX timeline_article ON timeline(article_id);
CREATE INDEX timeline_date ON timeline(date);
