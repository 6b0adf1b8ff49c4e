"""How fast the store's views, typed tables, search and exports answer on a
synthetic store of 10,000 articles.

The store is built without spaCy: invented articles (a headline, paragraphs
of words from a fixed vocabulary, quotes with speakers, entities, claims,
polls and dates, every record with its true span) are stored through
`Store.add_articles`, so the typed tables are filled as in a real run; the
corpus tables (persons, person_names, stories, duplicates, timeline) are
written directly, as the corpus stage would. Each query runs `--repeat`
times; the median is printed. With `--v4` the `people` view of schema
version 4 (JSON over `records`) is timed too, for comparison.

    .venv/bin/python benchmarks/store_views.py --articles 10000
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdesk.article import Article  # noqa: E402
from newsdesk.export import export_table  # noqa: E402
from newsdesk.notebook import News  # noqa: E402
from newsdesk.search import search  # noqa: E402
from newsdesk.store import Store  # noqa: E402

FIRST = ["Anna", "Ben", "Clara", "David", "Eve", "Frank", "Grace", "Hugo", "Iris", "Jack",
         "Kate", "Liam", "Maya", "Noah", "Olga", "Paul", "Rosa", "Sam", "Tara", "Umar"]
LAST = ["Adams", "Baker", "Clarke", "Dunn", "Evans", "Fox", "Gray", "Hale", "Irwin", "Jones",
        "Khan", "Lowe", "Marsh", "Nash", "Owen", "Price", "Quinn", "Reed", "Shaw", "Todd",
        "Underwood", "Vance", "Wells", "Young", "Zhang", "Ng", "Patel", "Singh", "Costa",
        "Moreau", "Rossi", "Novak", "Berg", "Dahl", "Ito", "Kim", "Lima", "Mendes", "Silva",
        "Weber", "Brandt", "Keller", "Frost", "Hart", "Lane", "Moss", "Pike", "Stone", "Webb",
        "Wolfe", "Ash", "Boyd", "Cole", "Drake", "Ellis", "Ford", "Grant", "Hayes", "Ives",
        "Judd", "Kerr", "Lamb", "Mills", "Neal", "Orr", "Penn", "Rhodes", "Sharp", "Tate",
        "Vale", "Ward", "Yates", "Abbott", "Bishop", "Chase", "Doyle", "Eaton", "Fisher",
        "Gibbs", "Holt", "Innes", "Jarvis", "Knox", "Lyle", "Monroe", "Nolan", "Osborne",
        "Parr", "Rowe", "Steel", "Troy", "Upton", "Voss", "Wade", "York", "Blake", "Crane",
        "Dixon", "Ewing"]
PARTIES = ["Labour", "Conservatives", "Liberal Democrats", "Greens", "Reform"]
ROLES = ["Labour leader", "council leader", "MP for Carlisle", "health secretary", None]


def _vocabulary(rng: random.Random, n: int = 3000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = {"".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(n)}
    return [*sorted(words), "nuclear", "power", "housing", "council", "frisk", "budget"]


class _Text:
    """Text built piece by piece, remembering where each piece went."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0

    def add(self, s: str) -> tuple[int, int]:
        start = self.n
        self.parts.append(s)
        self.n += len(s)
        return start, self.n

    def text(self) -> str:
        return "".join(self.parts)


def synthetic_article(i: int, rng: random.Random, vocab: list[str],
                      people: list[str]) -> tuple[Article, list[str]]:
    """One invented article and the full names it mentions."""
    t = _Text()
    title = " ".join(rng.choice(vocab) for _ in range(7)).capitalize()
    t.add(title + "\n")
    day = 1 + i * 730 // 10000
    published = f"{2015 + day // 365}-{1 + (day % 365) // 31:02d}-{1 + day % 28:02d}"
    named = rng.sample(people, 3)
    quotes: list[dict[str, Any]] = []
    entities: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    dates: list[dict[str, Any]] = []
    for p in range(8):
        t.add(" ".join(rng.choice(vocab) for _ in range(rng.randint(20, 40))).capitalize())
        t.add(". ")
        name = named[p % 3]
        s, e = t.add(name)
        entities.append({"start": s, "end": e, "label": "PERSON", "name": name})
        role = rng.choice(ROLES)
        cue = t.add(" said ")
        t.add('"')
        words = " ".join(rng.choice(vocab) for _ in range(rng.randint(8, 20)))
        content = t.add(f"{words} with {rng.randint(2, 900) * 10:,} homes")
        num = (content[1] - len(f"{0:,} homes") - 1, content[1])
        t.add('." ')
        quotes.append({"content": [list(content)], "cue": list(cue), "speaker": [s, e],
                       "speaker_name": name, "speaker_type": "person", "speaker_role": role,
                       "direct": True, "continues": None})
        text_so_far = t.text()
        ns = text_so_far.rindex(" with ", 0, content[1]) + 6
        claims.append({"start": ns, "end": content[1], "text": text_so_far[ns:content[1]],
                       "kind": "count", "value": float(text_so_far[ns:content[1]].split()[0]
                                                        .replace(",", "")),
                       "unit": "homes", "qualifier": None, "subject": "homes",
                       "subject_span": None, "speaker_name": name, "speaker_type": "person",
                       "date": None})
        del num
        ds, de = t.add("last Tuesday")
        dates.append({"start": ds, "end": de, "text": "last Tuesday", "type": "DATE",
                      "value": published, "anchor": {"date": published, "source": "metadata",
                                                      "estimated": False}})
        t.add(".\n")
    if i % 10 == 0:
        a, b = rng.sample(PARTIES, 2)
        ps, pe = t.add(f"{a} on {rng.randint(20, 45)} per cent and {b} on "
                       f"{rng.randint(20, 45)} per cent")
        txt = t.text()[ps:pe]
        share_a, share_b = (float(w) for w in txt.split() if w.isdigit())
        claims.append({"start": ps, "end": pe, "text": txt, "kind": "poll",
                       "value": {a: share_a, b: share_b}, "unit": "%", "changes": {a: 1.0},
                       "lead": None, "pollster": "Meridian", "fieldwork": None})
        t.add(".\n")
    article = Article(text=t.text(), id=f"syn{i:06d}", source=f"syn/{i}.txt",
                      outlet=f"Outlet {i % 40}", title=title, published=published,
                      quotes=quotes, entities=entities, claims=claims, dates=dates)
    return article, named


def build(path: Path, n: int, seed: int = 1) -> float:
    """A synthetic store of `n` articles at `path`; return seconds taken."""
    t0 = time.perf_counter()
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    people = [f"{f} {s}" for f in FIRST for s in LAST][: max(50, n // 5)]
    person_id = {name: k + 1 for k, name in enumerate(people)}
    with Store(path) as store:
        conn = store.conn
        with store.transaction():
            conn.executemany("INSERT INTO persons (id, name, surname) VALUES (?, ?, ?)",
                             [(pid, nm, nm.split()[-1].casefold())
                              for nm, pid in person_id.items()])
            conn.execute("INSERT INTO storylines (id, title, centroid) VALUES (1, 'all', '{}')")
        batch: list[Article] = []
        names: list[tuple[str, str, int]] = []
        for i in range(n):
            article, named = synthetic_article(i, rng, vocab, people)
            batch.append(article)
            names += [(article.id, nm, person_id[nm]) for nm in named]
            if len(batch) == 500 or i == n - 1:
                store.add_articles(batch)
                with store.transaction():
                    conn.executemany(
                        "INSERT INTO person_names (article_id, name, person_id) VALUES (?, ?, ?)",
                        names)
                    for a in batch:
                        k = int(a.id[3:])
                        sid = 1 + k // 7
                        conn.execute(
                            "INSERT OR IGNORE INTO stories (id, storyline_id, title, centroid, "
                            "first_published, last_published, updated_seq) "
                            "VALUES (?, 1, ?, '{}', ?, ?, ?)",
                            (sid, a.title, a.published, a.published, k))
                        conn.execute("INSERT INTO story_articles (article_id, story_id, "
                                     "similarity) VALUES (?, ?, 1.0)", (a.id, sid))
                        if k % 20 == 19:
                            conn.execute("INSERT INTO duplicates (article_id, original_id, "
                                         "jaccard, containment) VALUES (?, ?, 0.9, 0.95)",
                                         (a.id, f"syn{k - 1:06d}"))
                        d = a.dates[0]
                        conn.execute(
                            "INSERT INTO timeline (article_id, date, date_start, date_end, start, "
                            "end, who) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (a.id, d["value"], d["start"], d["end"], 0, d["end"],
                             json.dumps([a.quotes[0]["speaker_name"]])))
                batch, names = [], []
    return time.perf_counter() - t0


_OLD_PEOPLE = (ROOT / "newsdesk" / "store" / "people.sql").read_text(encoding="utf-8")


def _old_people_view() -> str:
    """Schema 4's people view, renamed, over schema 4's statements view."""
    sql = _OLD_PEOPLE.split("CREATE VIEW people AS", 1)[1]
    sql = sql.replace("FROM statements s", "FROM v4_statements s")
    statements = _OLD_PEOPLE.split("CREATE VIEW statements AS", 1)[1].split(";", 1)[0]
    return f"CREATE TEMP VIEW v4_statements AS {statements};\nCREATE TEMP VIEW v4_people AS {sql}"


def timings(path: Path, repeat: int, v4: bool = False) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    with Store(path, readonly=False) as store:
        conn = store.conn
        conn.executescript(_old_people_view())
        top = conn.execute("SELECT id FROM persons ORDER BY id LIMIT 1").fetchone()[0]

        def sql(q: str, *args: Any) -> Callable[[], Any]:
            return lambda: conn.execute(q, args).fetchall()

        cases: list[tuple[str, Callable[[], Any]]] = [
            ("people: every row", sql("SELECT * FROM people")),
            ("people: 50 most quoted",
             sql("SELECT * FROM people ORDER BY n_statements DESC LIMIT 50")),
            ("people: one person", sql("SELECT * FROM people WHERE id = ?", top)),
            ("names: every row", sql("SELECT * FROM names")),
            ("statements of one person",
             sql("SELECT * FROM statements WHERE person_id = ? ORDER BY published", top)),
            ("statements: count by outlet",
             sql("SELECT outlet, count(*) FROM statements GROUP BY outlet")),
            ("claims: counts by kind", sql("SELECT kind, count(*), avg(value) FROM claims "
                                           "GROUP BY kind")),
            ("polls: mean share by party",
             sql("SELECT party, avg(share) FROM polls GROUP BY party")),
            ("dates: by month", sql("SELECT substr(date, 1, 7), count(*) FROM dates "
                                    "GROUP BY 1")),
            ("search articles 'nuclear power'",
             lambda: search(store, "nuclear power", limit=20)),
            ("search statements, speaker filter",
             lambda: search(store, "housing", kind="statements", speaker="Marsh", limit=20)),
            ("search 'stop-and-frisk' (fallback)", lambda: search(store, "stop-and-frisk")),
        ]
        if v4:  # quadratic: minutes on 1,000 articles
            cases.append(("people view of schema 4 (JSON), 50 most quoted",
                          sql("SELECT * FROM v4_people ORDER BY n_statements DESC LIMIT 50")))
        for name, fn in cases:
            runs = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                fn()
                runs.append(time.perf_counter() - t0)
            out.append((name, statistics.median(runs)))
    with tempfile.TemporaryDirectory() as tmp, News(path) as news:
        t0 = time.perf_counter()
        n = export_table(news.store, "statements", "parquet", Path(tmp) / "s.parquet")
        out.append((f"export statements to Parquet ({n:,} rows)", time.perf_counter() - t0))
        t0 = time.perf_counter()
        news.dataframe("statements")
        out.append(("dataframe('statements')", time.perf_counter() - t0))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--v4", action="store_true",
                        help="also time schema 4's people view (JSON; slow)")
    parser.add_argument("--db", type=Path, help="keep the store here (default: a temp dir)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        if not path.exists():
            print(f"building {args.articles:,} articles: {build(path, args.articles):.1f} s")
        with Store(path) as s:
            counts = {t: s.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("articles", "statements", "claims", "polls", "dates",
                                "entities", "persons")}
        print(", ".join(f"{t} {n:,}" for t, n in counts.items()))
        print(f"{'query':<50} median s")
        for name, seconds in timings(path, args.repeat, args.v4):
            print(f"{name:<50} {seconds:8.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
