-- Schema version 4. Sentence spans of each article's kept body, split once at intake (briefs
-- read them again each time their story changes).
CREATE TABLE article_sentences (
    article_id   TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    spans        TEXT NOT NULL             -- JSON [[start, end], ...]
);

