"""Stores for the web tests, each built once per session: the examples and
the three seeds analysed (spaCy, a few seconds), and a store of articles
whose every field is an XSS payload."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsdesk.article import Article, Flag, Removed, Span
from newsdesk.corpus.update import update_corpus
from newsdesk.runner import analyze
from newsdesk.store import Store
from newsdesk.web import create_app
from tests.conftest import ROOT, SEEDS, need

#: Every payload sets window.__xss or opens a dialog if it ever runs.
PAYLOADS = (
    "<script>window.__xss=1;alert(1)</script>",
    '<img src=x onerror="window.__xss=1;alert(2)">',
    '<a href="javascript:window.__xss=1">click me</a>',
    "</style><script>window.__xss=1</script>",
    '</textarea><svg onload="window.__xss=1"></svg>',
    "\"'><iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
)
EVIL = " ".join(PAYLOADS)
EVIL_URL = "javascript:window.__xss=1"
EVIL_ID = '"><img src=x onerror=window.__xss=1>'


def evil_articles() -> list[Article]:
    """Two articles whose title, outlet, url, author, text, quotes, speaker,
    entities, claims, dates, flags and removal details hold the payloads."""
    head = f"Headline {EVIL}\n"
    spam = f"Spam line {EVIL}\n"
    said = f'The mayor {PAYLOADS[1]} said: "We will reopen the bridge {EVIL}."\n'
    tail = f"It costs 44 per cent more than on Tuesday {PAYLOADS[0]}.\n"
    text = head + spam + said + tail
    s_start = len(head)
    q_start = text.index('"We')
    q_end = text.index('."', q_start) + 2
    speaker = text.index("<img", len(head) + len(spam))
    cue = text.index("said:")
    claim = text.index("44 per cent")
    day = text.index("Tuesday")
    quote = {
        "content": [[q_start, q_end]], "cue": [cue, cue + 4], "speaker": [speaker, cue - 1],
        "speaker_name": f"Ann {PAYLOADS[1]} Lee", "speaker_type": "person",
        "speaker_role": PAYLOADS[0], "direct": True,
    }
    entity = {"start": speaker, "end": cue - 1, "label": "PERSON",
              "name": f"Ann {PAYLOADS[1]} Lee"}
    claim_rec = {"start": claim, "end": claim + 11, "text": "44 per cent", "kind": "percent",
                 "value": {PAYLOADS[0]: 44}, "unit": PAYLOADS[1], "qualifier": None,
                 "subject": PAYLOADS[3], "speaker_name": PAYLOADS[4], "date": "2017-02-21"}
    date_rec = {"start": day, "end": day + 7, "text": "Tuesday", "type": "DATE",
                "value": PAYLOADS[2], "anchor": {"date": None, "source": None,
                                                 "estimated": False}}
    first = Article(
        text=text, source=f"evil{PAYLOADS[4]}.txt", url=EVIL_URL, outlet=f"Outlet {EVIL}",
        title=f"Headline {EVIL}", author=PAYLOADS[3], published="2017-02-21",
        removed=[Removed(s_start, s_start + len(spam) - 1, "spam", EVIL)],
        flags=[Flag("spam_injection", 0.95, [Span(s_start, s_start + 9)], f"because {EVIL}")],
        quotes=[quote], entities=[entity], claims=[claim_rec], dates=[date_rec],
    )
    second = Article(
        text=f"Second {EVIL}\nAnn {PAYLOADS[1]} Lee said nothing.", id=EVIL_ID,
        source="evil2.txt", url="  JaVaScRiPt:window.__xss=1", outlet=PAYLOADS[5],
        title=PAYLOADS[3], published="2017-02-22",
    )
    return [first, second]


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples and the seeds, analysed once."""
    need(SEEDS)
    path = tmp_path_factory.mktemp("web") / "corpus.db"
    with Store(path) as store:
        summary = analyze([ROOT / "examples", SEEDS], store)
        assert summary.added >= 20, summary.problems
    return path


@pytest.fixture(scope="session")
def evil_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "evil.db"
    with Store(path) as store:
        first, second = evil_articles()
        store.add_articles([first, second])
        update_corpus(store)
        # resolving people needs spaCy's parse; write the person by hand so
        # that the person pages render the payloads too
        name = first.quotes[0]["speaker_name"]
        store.conn.execute("INSERT INTO persons (id, name, surname) VALUES (1, ?, 'lee')",
                           (name,))
        for a in (first, second):
            store.conn.execute("INSERT INTO person_names (article_id, name, person_id) "
                               "VALUES (?, ?, 1)", (a.id, name))
    return path


@pytest.fixture(scope="module")
def client(corpus_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(corpus_db)) as c:
        yield c


@pytest.fixture(scope="module")
def evil_client(evil_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(evil_db)) as c:
        yield c
