"""Time the web app's pages and API on a store of 10,000 articles.

Builds (or reuses, with --db) a store of synthetic articles: invented
sentences about invented people, each article with statements, entities,
claims and dates as the article stages write them, stored with
Store.add_articles; then the corpus stages (near-duplicates, stories,
people, timeline, briefs) take them in, unless --no-corpus. Then each page is
requested --repeat times in process (FastAPI's TestClient, no network) and
the median and 95th percentile are printed, in milliseconds.

    .venv/bin/python benchmarks/web_pages.py --db /tmp/web10k.db --articles 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402

from newsdesk.article import Article, Removed, normalise_newlines  # noqa: E402
from newsdesk.corpus.update import update_corpus  # noqa: E402
from newsdesk.store import Store  # noqa: E402
from newsdesk.web import create_app  # noqa: E402

FIRST = ("Ann", "Ben", "Cara", "Dev", "Ella", "Finn", "Gita", "Hugo", "Isla", "Jon", "Kemi",
         "Liam", "Maya", "Nia", "Omar", "Pia", "Raj", "Sara", "Tom", "Uma")
LAST = ("Abbott", "Baker", "Chowdhury", "Doyle", "Evans", "Fraser", "Grant", "Hughes",
        "Iqbal", "Jones", "Khan", "Lowe", "Morgan", "Nolan", "Okafor", "Price", "Quinn",
        "Reid", "Shah", "Turner")
TOPICS = ("harbour", "rail", "schools", "hospital", "housing", "broadband", "budget",
          "police", "water", "energy", "farming", "bridge", "tax", "buses", "libraries")
PLACES = ("Westbury", "Kestrel Bay", "Northgate", "Albion", "Lowmoor", "Easton", "Marsh End")
OUTLETS = ("The Daily Ledger", "Northgate News", "Capitol Wire", "The Westbury Courier",
           "Albion Press Agency", "Harbour Herald", "Evening Post")
PER_DAY = 10
#: Real news sentences to mix (as bench_corpus.py does), so that articles are
#: distinct and stories form as they do on news; read in place, never copied.
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear" / "train" / "text"


def sentence_pool() -> list[str]:
    out: list[str] = []
    for f in sorted(POLNEAR.glob("*.txt")):
        for p in normalise_newlines(f.read_text(encoding="utf-8")).split("\n"):
            out += [x.strip() + "." for x in p.split(". ") if len(x.split()) >= 6]
    if not out:
        raise SystemExit(f"needs the PolNeAR texts at {POLNEAR}")
    return out


class _Text:
    """Lines joined by newlines, each added with its offset."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, line: str) -> int:
        start = self.pos
        self.parts.append(line)
        self.pos += len(line) + 1
        return start


def synthetic(n: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    pool = sentence_pool()
    people = [f"{f} {s}" for f in FIRST for s in LAST]
    day0 = dt.date(2024, 1, 1)
    out = []
    for i in range(n):
        topic, place = TOPICS[(i // 25) % len(TOPICS)], PLACES[(i // 40) % len(PLACES)]
        published = day0 + dt.timedelta(days=i // PER_DAY)
        body = _Text()
        add, parts = body.add, body.parts
        quotes: list[dict[str, Any]] = []
        entities: list[dict[str, Any]] = []
        claims: list[dict[str, Any]] = []
        dates: list[dict[str, Any]] = []

        # five articles an event share its sentences, so stories form
        event = random.Random(i // 5).sample(pool, 12)
        title = f"{place} {topic}: " + " ".join(rng.choice(event).split()[:10])
        add(title)
        spam_at = add(f"WIN BIG at casino{i}.example bonus spins") if i % 20 == 0 else None
        amount = rng.randint(2, 900)
        said = f"The {topic} plan will cost {amount} million, the council said on Tuesday."
        start = add(said)
        c, d = start + said.index(str(amount)), start + said.index("Tuesday")
        claims.append({"start": c, "end": c + len(str(amount)) + 8, "text": f"{amount} million",
                       "kind": "money", "value": float(amount) * 1e6, "unit": "GBP",
                       "qualifier": None, "subject": f"{topic} plan", "speaker_name": "council",
                       "speaker_type": "organisation", "date": published.isoformat()})
        dates.append({"start": d, "end": d + 7, "text": "Tuesday", "type": "DATE",
                      "value": published.isoformat(), "anchor": {
                          "date": published.isoformat(), "source": "metadata",
                          "estimated": False}})
        for _ in range(rng.randint(6, 10)):
            speaker = rng.choice(people[: 60 + (i % 340)])
            said = f'"{rng.choice(event).rstrip(".")}," said {speaker}.'
            start = add(said + " " + " ".join(rng.sample(event, 2)))
            q_end = start + said.index(",\"") + 2
            sp = start + said.index(speaker)
            quotes.append({"content": [[start, q_end]], "cue": [sp - 5, sp - 1],
                           "speaker": [sp, sp + len(speaker)], "speaker_name": speaker,
                           "speaker_type": "person", "speaker_role": "councillor",
                           "direct": True, "continues": None})
            entities.append({"start": sp, "end": sp + len(speaker), "label": "PERSON",
                             "name": speaker})
            add(" ".join(rng.sample(pool, rng.randint(2, 3))))
        text = "\n".join(parts)
        removed = [Removed(spam_at, spam_at + len(parts[1]), "spam", "other topic")] \
            if spam_at is not None else []
        out.append(Article(
            text=text, source=f"synthetic/{i}.txt", url=f"https://example.org/{i}",
            outlet=OUTLETS[i % len(OUTLETS)], title=title, published=published.isoformat(),
            language="en", removed=removed, quotes=quotes, entities=entities, claims=claims,
            dates=dates,
        ))
    return out


def build(db: Path, n: int, corpus: bool) -> None:
    t0 = time.perf_counter()
    with Store(db) as store:
        have = store.count()
        articles = synthetic(n)[have:]
        for i in range(0, len(articles), 500):
            store.add_articles(articles[i : i + 500])
        print(f"stored {len(articles)} new articles ({store.count()} in all) in "
              f"{time.perf_counter() - t0:.1f} s", flush=True)
        if corpus:
            t1 = time.perf_counter()
            update_corpus(store)
            print(f"corpus stages: {time.perf_counter() - t1:.1f} s", flush=True)


def timed(client: TestClient, url: str, repeat: int) -> tuple[float, float, float]:
    first = time.perf_counter()
    r = client.get(url)
    cold = (time.perf_counter() - first) * 1000
    assert r.status_code == 200, (url, r.status_code, r.text[:200])
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return cold, statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/newsdesk-web-bench.db"))
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--no-corpus", action="store_true", help="skip the corpus stages")
    ap.add_argument("--only-build", action="store_true")
    args = ap.parse_args(argv)
    build(args.db, args.articles, corpus=not args.no_corpus)
    if args.only_build:
        return 0
    client = TestClient(create_app(args.db))
    story = client.get("/api/stories?sort=biggest&limit=1").json()["items"]
    person = client.get("/api/people?limit=1").json()["items"]
    article = client.get("/api/search?limit=1").json()["items"][0]["id"]
    pages = {"corpus page": "/", "article page": f"/articles/{article}"}
    if story:
        pages["story page"] = f"/stories/{story[0]['id']}"
    if person:
        pages["person page"] = f"/people/{person[0]['id']}"
    pages |= {
        "search page, filtered": "/search?q=harbour+million&outlet=Northgate+News"
                                 "&since=2024-03-01&until=2025-12-31",
        "search page, speaker + direct": "/search?q=harbour&speaker=Khan&direct=true",
        "API stories page": "/api/stories?sort=outlets&limit=50&offset=50",
        "API search, filtered": "/api/search?q=rail&flag=&outlet=Capitol+Wire&limit=50",
        "API people page": "/api/people?limit=50&offset=50",
        "API export page (statements)": "/api/export/statements?limit=200&offset=20000",
    }
    print(f"{'page':34} {'first ms':>9} {'median ms':>10} {'p95 ms':>8}")
    for name, url in pages.items():
        cold, median, p95 = timed(client, url, args.repeat)
        print(f"{name:34} {cold:9.1f} {median:10.1f} {p95:8.1f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
