"""What every table and column of the store means: the one source for the
Datasette metadata shipped in the package (`newsdesk/store/datasette.json`)
and the table reference in docs/SCHEMA.md.

Regenerate both after editing `TABLES`:

    python -m newsdesk.store.describe --write

A test fails when either is out of date, or when a column of the schema has
no description here.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Table:
    description: str
    columns: dict[str, str] = field(default_factory=dict)
    #: Kept out of Datasette's table list: corpus-stage state, not findings.
    hidden: bool = False
    view: bool = False
    label_column: str | None = None
    fts_table: str | None = None
    fts_pk: str | None = None


_ART = "the article (foreign key to articles.rowid: Datasette links it)"
_AID = "the article's id (articles.id)"
_START = "start of the span, a code-point offset into articles.text"
_END = "end of the span (exclusive)"

TABLES: dict[str, Table] = {
    "articles": Table(
        "One row per article. Every offset in the store indexes `text`.",
        {
            "rowid": "integer key (also the rowid of articles_fts)",
            "id": "the input's id, else a hash of the text (stable across runs)",
            "source": "the file it came from (`:line` for JSONL, `#uri` for WARC)",
            "url": "the article's URL, when known",
            "outlet": "the publication",
            "title": "the headline",
            "title_start": "the headline's span in text, when it is part of it",
            "title_end": "end of the headline's span",
            "published": "publication date, ISO YYYY-MM-DD, or NULL",
            "author": "by-line, when known",
            "language": "`en` when the body reads as English",
            "encoding": "how the input was decoded (utf-8, cp1252, html ...)",
            "text": "the article text as read; never edited",
            "n_chars": "characters in text",
            "n_removed": "characters inside removed spans",
            "run_id": "the analyze run that added it",
            "added_at": "when it was stored (ISO timestamp, UTC)",
        },
        label_column="title", fts_table="articles_fts", fts_pk="rowid",
    ),
    "statements": Table(
        "One row per statement (quote or reported speech) found in an article.",
        {
            "id": "integer key (rowid of statements_fts)",
            "article_rowid": _ART,
            "article_id": _AID,
            "idx": "index in the article's `quotes` (extract --jsonl)",
            "outlet": "the article's outlet",
            "published": "the article's date (ISO)",
            "start": "start of what was said (first piece), an offset into articles.text",
            "end": "end of what was said (last piece, exclusive)",
            "content": "what was said: the pieces' text joined by ' … '",
            "n_pieces": "pieces the content is split into by its attribution",
            "direct": "1 when mostly quoted words, 0 for reported speech",
            "speaker_name": "who said it: a person's full name, an organisation, an anonymous "
                            "source as described",
            "speaker_type": "person | organisation | anonymous | unknown",
            "speaker_role": "role written with the name (`Labour leader`)",
            "speaker_start": "the speaker as written: start offset",
            "speaker_end": "the speaker as written: end offset",
            "cue_start": "the attributing word (`said`, a colon): start offset",
            "cue_end": "the attributing word: end offset",
            "continues": "idx of the statement this quote paragraph continues",
            "person_id": "the person across the corpus (persons.id), once the corpus stage "
                         "has resolved the name",
        },
        label_column="content", fts_table="statements_fts", fts_pk="id",
    ),
    "claims": Table(
        "One row per number put forward in an article (docs/CLAIMS.md).",
        {
            "id": "integer key",
            "article_rowid": _ART,
            "article_id": _AID,
            "idx": "index in the article's `claims`",
            "start": _START,
            "end": _END,
            "text": "the number as written, with its qualifier and unit",
            "kind": "percent | change | lead | count | money | distance | duration | "
                    "majority | rank | poll",
            "value": "the value when it is one number",
            "low": "a range's low end, when the value is [low, high]",
            "high": "a range's high end",
            "value_json": "the value as in the contract: a number, [low, high] or "
                          "{party: share} (JSON)",
            "unit": "% | points | GBP | USD | miles | the counted noun ...",
            "qualifier": "around | up to | at least | more than ...",
            "subject": "what it measures",
            "subject_start": "the subject's span: start offset",
            "subject_end": "the subject's span: end offset",
            "predicate": "the verb lemma of the figure's clause",
            "speaker_name": "who states it (the statement it sits in, else the outlet)",
            "speaker_type": "person | organisation | anonymous | unknown | outlet",
            "date": "TIMEX3 value of a date in the same sentence",
            "pollster": "a poll's pollster",
            "fieldwork": "a poll's fieldwork dates, as written",
            "lead": "a poll's stated lead, in points",
            "changes_json": "a poll's party -> change in points (JSON)",
        },
        label_column="text",
    ),
    "polls": Table(
        "One row per party (or option) of a poll claim.",
        {
            "id": "integer key",
            "claim_id": "the poll claim (claims.id)",
            "article_rowid": _ART,
            "article_id": _AID,
            "start": "start of the whole poll's span in articles.text",
            "end": "end of the poll's span",
            "party": "the party or option",
            "share": "its share, per cent",
            "change": "its change in points, when stated",
            "pollster": "the pollster",
            "fieldwork": "fieldwork dates, as written",
        },
        label_column="party",
    ),
    "dates": Table(
        "One row per time expression (docs/DATES.md).",
        {
            "id": "integer key",
            "article_rowid": _ART,
            "article_id": _AID,
            "idx": "index in the article's `dates`",
            "start": _START,
            "end": _END,
            "text": "the expression as written",
            "type": "DATE | TIME | DURATION | SET",
            "value": "TIMEX3 value (`2017-02-21`, `2017-W08`, `P3Y`), NULL when unresolved",
            "date": "the first day the value names, ISO YYYY-MM-DD (NULL for durations, "
                    "sets, references)",
            "granularity": "day | time | week | weekend | month | quarter | half | season | "
                           "year | decade | century | duration | set | reference",
            "anchor_date": "the date relative expressions were resolved against",
            "anchor_source": "where the anchor came from: metadata | text | corpus",
            "estimated": "1 when the anchor is an estimate",
        },
        label_column="text",
    ),
    "entities": Table(
        "One row per named entity (people, organisations, places).",
        {
            "id": "integer key",
            "article_rowid": _ART,
            "article_id": _AID,
            "idx": "index in the article's `entities`",
            "start": _START,
            "end": _END,
            "text": "the entity as written",
            "label": "PERSON | ORG | GPE | LOC | NORP | FAC",
            "name": "the canonical name in this article (`Mr Corbyn` -> `Jeremy Corbyn`)",
        },
        label_column="text",
    ),
    "people": Table(
        "View: one row per person across the corpus (persons), copies counted once.",
        {
            "id": "persons.id",
            "name": "the fullest form of the name seen",
            "n_statements": "statements by them (near-duplicate copies left out)",
            "n_articles": "articles naming them (copies left out)",
            "outlets": "outlets naming them, comma-separated",
            "roles": "roles written with their statements, comma-separated",
            "aliases": "how the texts write the name, comma-separated",
            "first_published": "date of the first article naming them",
            "last_published": "date of the last article naming them",
        },
        view=True, label_column="name",
    ),
    "names": Table(
        "View: one row per canonical name as the articles give it, before the corpus "
        "stage resolves names to persons.",
        {
            "name": "the canonical name",
            "n_statements": "statements by that name",
            "n_articles": "articles naming it",
            "outlets": "outlets, comma-separated",
            "aliases": "how the texts write it, comma-separated",
            "roles": "roles written with the statements, comma-separated",
        },
        view=True,
    ),
    "removed": Table(
        "Spans cleaning judged not to be article body.",
        {
            "article_rowid": _ART,
            "article_id": _AID,
            "start": _START,
            "end": _END,
            "reason": "spam | boilerplate | caption | video_title",
            "detail": "which features fired",
        },
    ),
    "flags": Table(
        "Quality flags (docs/FLAGS.md).",
        {
            "article_rowid": _ART,
            "article_id": _AID,
            "name": "spam_injection | boilerplate | stitched | truncated | too_short | "
                    "not_english | near_duplicate",
            "score": "0..1",
            "evidence": "JSON [[start, end], ...] into articles.text",
            "explanation": "why the flag was raised, in a sentence",
        },
    ),
    "records": Table(
        "The extracted records as contract JSON (`extract --jsonl`); the typed tables "
        "are projections of it.",
        {
            "article_rowid": _ART,
            "article_id": _AID,
            "kind": "quote | entity | claim | date",
            "data": "the record, JSON",
        },
    ),
    "runs": Table(
        "One row per analyze run.",
        {
            "id": "integer key",
            "command": "the command (`analyze`)",
            "inputs": "JSON list of the paths given",
            "started_at": "ISO timestamp, UTC",
            "finished_at": "ISO timestamp, NULL while running or when killed",
            "n_added": "articles added",
            "n_skipped": "articles already stored",
            "n_failed": "inputs that failed",
        },
    ),
    "stories": Table(
        "Stories: articles about one event or development (docs/STORIES.md).",
        {
            "id": "integer key",
            "storyline_id": "the storyline (storylines.id)",
            "title": "the headline of its first article",
            "centroid": "JSON {term: summed weight} of its articles",
            "first_published": "date of its first article",
            "last_published": "date of its last article",
            "updated_seq": "when it last took in an article (a sequence number)",
            "brief": "cached brief, JSON; NULL when stale",
        },
        label_column="title",
    ),
    "storylines": Table(
        "Storylines: stories linked over time.",
        {
            "id": "integer key",
            "title": "its title",
            "centroid": "JSON {term: summed weight} of its articles",
            "first_published": "date of its first article",
            "last_published": "date of its last article",
        },
        label_column="title",
    ),
    "story_articles": Table(
        "Which story each article belongs to.",
        {
            "article_rowid": _ART,
            "article_id": _AID,
            "story_id": "the story (stories.id)",
            "similarity": "to the story when it joined (1 for the first)",
        },
    ),
    "persons": Table(
        "People across the corpus: one row per real person.",
        {
            "id": "integer key (statements.person_id)",
            "name": "the fullest form seen",
            "surname": "last word, case-folded: the lookup key",
        },
        label_column="name",
    ),
    "person_names": Table(
        "Each article's canonical name resolved to a person.",
        {
            "article_rowid": _ART,
            "article_id": _AID,
            "name": "the article's canonical name",
            "person_id": "the person (persons.id)",
        },
    ),
    "duplicates": Table(
        "Near-duplicate articles: copy -> original.",
        {
            "article_rowid": "the copy (foreign key to articles.rowid)",
            "article_id": "the copy (articles.id)",
            "original_rowid": "the original (foreign key to articles.rowid)",
            "original_id": "the original (articles.id)",
            "jaccard": "Jaccard similarity of word 5-shingle sets",
            "containment": "share of the smaller set inside the larger",
        },
    ),
    "timeline": Table(
        "Dated events: one per sentence holding a resolved date.",
        {
            "article_rowid": _ART,
            "article_id": _AID,
            "date": "TIMEX3 value (2017-02-23, 2017-02, 2011)",
            "date_start": "the date expression's start offset in articles.text",
            "date_end": "the date expression's end offset",
            "start": "the sentence's start offset",
            "end": "the sentence's end offset",
            "who": "JSON list of names in the sentence",
        },
    ),
    # Corpus-stage state and bookkeeping: hidden from Datasette's lists.
    "errors": Table("Inputs that failed, by run.", {
        "run_id": "the run", "source": "the input", "reason": "why it failed",
        "stage": "the stage that failed, NULL for read errors"}, hidden=True),
    "corpus_done": Table("Articles the corpus stages have taken in.", {
        "article_id": _AID, "done_at": "ISO timestamp"}, hidden=True),
    "signatures": Table("MinHash signatures for near-duplicate detection.", {
        "article_id": _AID, "n_shingles": "word 5-shingles", "minhash": "uint64 hashes"},
        hidden=True),
    "lsh_bands": Table("LSH band keys of the signatures.", {
        "band": "band number", "key": "64-bit hash of the band", "article_id": _AID},
        hidden=True),
    "terms": Table("Document frequencies for TF-IDF.", {
        "term": "the term", "df": "documents holding it"}, hidden=True),
    "corpus_meta": Table("Corpus-stage settings and counts.", {
        "key": "name", "value": "value"}, hidden=True),
    "article_sentences": Table("Sentence spans of each article's kept body.", {
        "article_id": _AID, "spans": "JSON [[start, end], ...]"}, hidden=True),
}

#: The FTS5 tables: Datasette hides their shadow tables itself; these are
#: described in docs but kept out of the table list.
FTS_TABLES = {
    "articles_fts": "full-text index of articles: title, body (the kept text)",
    "statements_fts": "full-text index of statements: content, speaker_name",
}

DEFAULT_DATABASE = "newsdesk"
ROOT = Path(__file__).resolve().parent
DATASETTE_JSON = ROOT / "datasette.json"
SCHEMA_MD = ROOT.parents[1] / "docs" / "SCHEMA.md"
BEGIN, END = "<!-- tables: generated by newsdesk.store.describe -->", "<!-- end of tables -->"


def datasette_metadata(database: str = DEFAULT_DATABASE) -> dict[str, Any]:
    """Datasette metadata for a store opened as `database` (the file's stem)."""
    tables: dict[str, Any] = {}
    for name, t in TABLES.items():
        entry: dict[str, Any] = {"description": t.description, "columns": dict(t.columns)}
        if t.hidden:
            entry["hidden"] = True
        if t.label_column:
            entry["label_column"] = t.label_column
        if t.fts_table:
            entry["fts_table"] = t.fts_table
            entry["fts_pk"] = t.fts_pk
        tables[name] = entry
    for name in FTS_TABLES:
        tables[name] = {"hidden": True}
    return {
        "title": "newsdesk store",
        "description": "Articles, statements, claims, dates and entities found by newsdesk. "
                       "Offsets are [start, end) code points into articles.text.",
        "databases": {database: {"tables": tables}},
    }


def schema_markdown() -> str:
    """The table reference in docs/SCHEMA.md, between the markers."""
    out = [BEGIN, ""]
    for name, t in TABLES.items():
        kind = "view" if t.view else "table"
        extra = " (hidden in Datasette)" if t.hidden else ""
        out += [f"### `{name}` ({kind}){extra}", "", t.description, ""]
        out += ["| column | meaning |", "|---|---|"]
        out += [f"| `{c}` | {d.replace('|', '&#124;')} |" for c, d in t.columns.items()]
        out.append("")
    out += ["FTS5 tables:", ""]
    out += [f"- `{n}`: {d}" for n, d in FTS_TABLES.items()]
    out += ["", END]
    return "\n".join(out)


def render_datasette(database: str = DEFAULT_DATABASE) -> str:
    return json.dumps(datasette_metadata(database), indent=2, ensure_ascii=False) + "\n"


def updated_schema_doc(current: str) -> str:
    """docs/SCHEMA.md with its generated section replaced (appended if absent)."""
    if BEGIN in current and END in current:
        head, rest = current.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        return head + schema_markdown() + tail
    return current.rstrip("\n") + "\n\n## Tables and columns\n\n" + schema_markdown() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true",
                        help="rewrite newsdesk/store/datasette.json and docs/SCHEMA.md")
    parser.add_argument("--database", default=DEFAULT_DATABASE,
                        help="print Datasette metadata for a store file named DATABASE.db")
    args = parser.parse_args(argv)
    if args.write:
        DATASETTE_JSON.write_text(render_datasette(), encoding="utf-8")
        SCHEMA_MD.write_text(updated_schema_doc(SCHEMA_MD.read_text(encoding="utf-8")),
                             encoding="utf-8")
        return 0
    sys.stdout.write(render_datasette(args.database))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
