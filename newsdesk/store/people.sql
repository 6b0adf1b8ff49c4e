-- Schema version 2: who said what across the corpus, as views over `records`
-- (always in step with the stored articles; nothing to rebuild).

-- One row per statement, with its speaker and where it appeared.
CREATE VIEW statements AS
SELECT
    r.rowid                                        AS id,
    r.article_id                                   AS article_id,
    a.outlet                                       AS outlet,
    a.published                                    AS published,
    a.title                                        AS title,
    json_extract(r.data, '$.speaker_name')         AS speaker_name,
    json_extract(r.data, '$.speaker_type')         AS speaker_type,
    json_extract(r.data, '$.speaker_role')         AS speaker_role,
    json_extract(r.data, '$.direct')               AS direct,
    json_extract(r.data, '$.content[0][0]')        AS start,
    json_extract(r.data, '$.content[#-1][1]')      AS end,
    substr(a.text, json_extract(r.data, '$.content[0][0]') + 1,
           json_extract(r.data, '$.content[#-1][1]') - json_extract(r.data, '$.content[0][0]'))
                                                   AS content
FROM records r JOIN articles a ON a.id = r.article_id
WHERE r.kind = 'quote';

-- One row per named person (by canonical name): statements, articles, outlets,
-- the roles stated with the name, and the ways the name was written.
CREATE VIEW people AS
SELECT
    p.name                                                     AS name,
    (SELECT count(*) FROM statements s
      WHERE s.speaker_type = 'person' AND s.speaker_name = p.name) AS n_statements,
    count(DISTINCT p.article_id)                               AS n_articles,
    group_concat(DISTINCT p.outlet)                            AS outlets,
    group_concat(DISTINCT p.alias)                             AS aliases,
    (SELECT group_concat(DISTINCT s.speaker_role) FROM statements s
      WHERE s.speaker_type = 'person' AND s.speaker_name = p.name) AS roles
FROM (
    SELECT json_extract(r.data, '$.name') AS name, r.article_id, a.outlet,
           substr(a.text, json_extract(r.data, '$.start') + 1,
                  json_extract(r.data, '$.end') - json_extract(r.data, '$.start')) AS alias
    FROM records r JOIN articles a ON a.id = r.article_id
    WHERE r.kind = 'entity' AND json_extract(r.data, '$.label') = 'PERSON'
) p
GROUP BY p.name;
