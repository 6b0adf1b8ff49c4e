"""Helpers for the tests that run `analyze` as a real process (resume,
concurrency): an invented input of dated JSONL and undated .txt articles, the
command line, and a dump of a store that ignores run ids and timestamps."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

_PEOPLE = ["Maria Lopez", "Tom Becker", "Anna Sato", "David Okafor", "Julia Brandt"]
_TOPICS = [
    ("bridge", "The River Street bridge", "the council's transport committee",
     "would reopen", "closed for repairs"),
    ("budget", "The city budget", "the finance committee", "would pass",
     "cut spending on parks"),
    ("hospital", "The new children's hospital", "the health board", "would open",
     "hire 300 nurses"),
    ("school", "The Hillside school merger", "the education board", "would go ahead",
     "move 450 pupils"),
    ("election", "The mayoral election", "the electoral office", "would be held",
     "count 120,000 postal votes"),
]


_WORDS = (
    "residents traffic harbour library union rent tram water police park wages museum "
    "market station farmers students nurses drivers teachers tenants builders lawyers "
    "pensions lighting flooding parking cycling housing noise schools clinics bins"
).split()


def _filler(i: int) -> list[str]:
    """Two sentences of their own per article, so most are no near-duplicates."""
    w = [_WORDS[(i * k + k * k) % len(_WORDS)] for k in range(1, 13)]
    return [
        f"Local {w[0]} and {w[1]} groups asked about {w[2]}, {w[3]} and the {w[4]} rules.",
        f"In the {w[5]} district, {w[6]} leaders said {w[7]} and {w[8]} mattered more "
        f"than {w[9]}, {w[10]} or {w[11]}.",
    ]


def _body(i: int, topic: tuple[str, str, str, str, str], when: str, dated: bool) -> str:
    key, subject, body, verb, act = topic
    who = _PEOPLE[i % len(_PEOPLE)]
    other = _PEOPLE[(i + 2) % len(_PEOPLE)]
    lines = [
        f"{subject}: {body} decides on the {key} plan",
        f'"We are confident the plan {verb} {when}," {who}, who chairs {body}, said on Tuesday.',
        f"{subject} {verb} last month, officials said, after {body} agreed to {act}.",
        f"{other} said the plan had cost {12 + i} million dollars so far and that "
        f"{40 + i} percent of residents supported it, according to a poll released on Monday.",
        f"Critics said {body} had ignored the {key} report for {2 + i % 5} years. "
        f'"It is too late," {other} told reporters on Friday.',
        *_filler(i),
        f"The next hearing on the {key} plan is expected next week, {who} added.",
    ]
    if dated:
        lines.append(f"A vote of the full council is due on March {10 + i % 15}.")
    return "\n".join(lines) + "\n"


def write_inputs(folder: Path, n_dated: int = 18, n_undated: int = 12) -> list[Path]:
    """A JSONL file of dated articles and a folder of undated .txt ones, all
    invented; returns the paths to give `analyze`, dated first."""
    folder.mkdir(parents=True, exist_ok=True)
    jsonl = folder / "dated.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for i in range(n_dated):
            topic = _TOPICS[i % len(_TOPICS)]
            published = f"2021-{1 + i % 6:02d}-{3 + (i * 5) % 25:02d}"
            fh.write(json.dumps({
                "id": f"dated-{i:02d}",
                "text": _body(i, topic, "by Friday", True),
                "published": published,
                "outlet": ["Daily Post", "City Herald", "Evening News"][i % 3],
                "url": f"https://news.invalid/{topic[0]}/{i}",
            }) + "\n")
    undated = folder / "undated"
    undated.mkdir(exist_ok=True)
    for i in range(n_undated):
        topic = _TOPICS[(i * 3) % len(_TOPICS)]
        (undated / f"story-{i:02d}.txt").write_text(
            _body(i + 100, topic, "on Thursday", False), encoding="utf-8"
        )
    return [jsonl, undated]


def analyze_cmd(inputs: list[Path], db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "newsdesk.cli", "analyze", *map(str, inputs),
            "--db", str(db), "--quiet", "--batch-size", "8", *extra]


def run_analyze(
    inputs: list[Path], db: Path, *, kill_at: str | None = None, timeout: float = 240
) -> subprocess.CompletedProcess[str]:
    """`newsdesk analyze` as a process from the worktree root; with `kill_at`
    (POINT:N, see newsdesk/killpoint.py) it dies by SIGKILL there."""
    env = dict(os.environ)
    env.pop("NEWSDESK_TEST_KILL_AT", None)
    if kill_at:
        env["NEWSDESK_TEST_KILL_AT"] = kill_at
    env["OPENBLAS_NUM_THREADS"] = "1"
    return subprocess.run(
        analyze_cmd(inputs, db), cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=timeout, check=False,
    )


#: Columns that differ between runs by design (when, which run, row numbers).
_VOLATILE = {"run_id", "added_at", "done_at", "rowid", "article_rowid", "original_rowid"}
#: Tables whose content depends on the inputs only, and how to order them.
TABLES = {
    "articles": "id",
    "removed": "article_id, start, end, reason",
    "flags": "article_id, name",
    "records": "article_id, kind, rowid",
    "corpus_done": "article_id",
    "signatures": "article_id",
    "lsh_bands": "band, key, article_id",
    "duplicates": "article_id",
    "terms": "term",
    "corpus_meta": "key",
    "storylines": "id",
    "stories": "id",
    "story_articles": "article_id",
    "persons": "id",
    "person_names": "article_id, name",
    "timeline": "article_id, date_start, start",
    "article_sentences": "article_id",
    # the typed tables (schema 5): their own ids and article rowids follow insertion order
    "statements": "article_id, idx",
    "claims": "article_id, idx",
    "polls": "article_id, start, party",
    "dates": "article_id, idx",
    "entities": "article_id, idx",
}
#: Columns of the typed tables that number rows in insertion order.
_TYPED_VOLATILE = {"id", "claim_id"}
_TYPED = {"statements", "claims", "polls", "dates", "entities"}


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table that holds results, as sorted rows without run ids and
    timestamps; and the view `people`."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with sqlite3.connect(db) as conn:
        for table, order in TABLES.items():
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            volatile = _VOLATILE | (_TYPED_VOLATILE if table in _TYPED else set())
            keep = [c for c in cols if c not in volatile]
            rows = conn.execute(f"SELECT {', '.join(keep)} FROM {table} ORDER BY {order}")
            out[table] = [tuple(r) for r in rows]
        for view in ("people",):
            rows = conn.execute(f"SELECT * FROM {view}").fetchall()
            out[view] = sorted((tuple(r) for r in rows), key=repr)
    return out


def article_counts(db: Path) -> dict[str, int]:
    """How many times each article id is stored (each must be 1)."""
    with sqlite3.connect(db) as conn:
        return {str(r[0]): int(r[1]) for r in conn.execute(
            "SELECT id, count(*) FROM articles GROUP BY id")}


def _rounded(rows: list[Any]) -> list[Any]:
    # Story similarities are computed with IDF weights cached for an "epoch"
    # of corpus growth (corpus/vectors.py), so a process that starts mid-way
    # can differ from a long-lived one in the fourth decimal.
    return [tuple(round(v, 3) if isinstance(v, float) else v for v in r) for r in rows]


def differences(a: dict[str, list[Any]], b: dict[str, list[Any]]) -> list[str]:
    """Tables that differ (plain numbers to 3 decimals), each with the first
    differing row on each side."""
    out = []
    for table in a:
        if _rounded(a[table]) != _rounded(b[table]):
            extra = [r for r in a[table] if r not in b[table]][:1]
            missing = [r for r in b[table] if r not in a[table]][:1]
            out.append(f"{table}: {len(a[table])} vs {len(b[table])} rows; "
                       f"only here {str(extra)[:300]}; only in the other {str(missing)[:300]}")
    return out
