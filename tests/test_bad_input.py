"""Bad input gets a clear error and loses nothing: one batch holding every
kind of bad input, plus good articles that must all be stored."""

from __future__ import annotations

import gzip
import json
import sqlite3
import tracemalloc
from pathlib import Path

import pytest

from newsdesk.cli import main
from newsdesk.config import Options
from newsdesk.read import read_paths
from newsdesk.runner import analyze
from newsdesk.store import Store

GOOD = "A good headline\nThe mayor said on Monday that the bridge would reopen in spring.\n"


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    d = tmp_path / "batch"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (d / "mixed.txt").write_bytes("Some “UTF-8” text ".encode() + b"and a bad \xff\xfe\xfd run")
    with (d / "huge.txt").open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    (d / "lines.jsonl").write_text(
        json.dumps({"text": "Second headline\nA second good article, with a full sentence."})
        + "\n{broken json\n",
        encoding="utf-8",
    )
    record = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\n" + b"x" * 400
    data = gzip.compress(record)
    (d / "cut.warc.gz").write_bytes(data[: len(data) // 2])
    (d / "nothing").mkdir()
    (d / "nothing" / "notes.pdf").write_bytes(b"%PDF-1.4")
    return d


def test_every_bad_input_is_named_with_its_reason_and_good_ones_are_stored(
    batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.db"
    code = main(["analyze", str(batch), str(batch / "nothing"), "--db", str(db), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    expected = {
        "empty.txt": "empty file",
        "binary.txt": "binary file",
        "mixed.txt": "invalid UTF-8",
        "huge.txt": "--max-bytes",
        "lines.jsonl:2": "not valid JSON",
        "cut.warc.gz": "truncated",
        "nothing": "no readable files",
    }
    for name, reason in expected.items():
        line = next((ln for ln in err.splitlines() if f"{name}:" in ln), None)
        assert line is not None, f"{name} not reported in:\n{err}"
        assert reason in line, line
    with sqlite3.connect(db) as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM articles")}
        errors = conn.execute("SELECT count(*) FROM errors").fetchone()[0]
    assert titles == {"A good headline", "Second headline"}
    assert errors == len(expected)


def test_the_huge_file_is_never_read_into_memory(batch: Path) -> None:
    tracemalloc.start()
    results = list(read_paths([batch / "huge.txt"], Options()))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(results) == 1
    assert peak < 5_000_000


def test_extract_reports_problems_on_stderr_and_prints_the_rest(
    batch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["extract", str(batch / "good.txt"), str(batch / "empty.txt"), "--jsonl"])
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["A good headline"]
    assert "empty.txt: empty file" in err


# -- inputs that used to abort a whole run (issue 13) ------------------------------

BODY = "The mayor said on Monday that the bridge would reopen in spring, officials said."


def _jsonl_line(**fields: object) -> str:
    return json.dumps(fields) + "\n"  # json.dumps writes a lone surrogate as "\ud800"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    d = tmp_path / "hostile"
    d.mkdir()
    (d / "a.jsonl").write_text(
        _jsonl_line(text=f"First good headline\n{BODY}")
        + _jsonl_line(id="bad\ud800id", text=f"Surrogate in the id\n{BODY}")
        + _jsonl_line(text=f"Surrogate in the text\nThe mayor \ud800 said so. {BODY}")
        + _jsonl_line(text=f"Second good headline\n{BODY} Again.", outlet="J\udcffones"),
        encoding="utf-8",
    )
    (d / "b.jsonl").write_text(
        _jsonl_line(text=f"Before the deep line\n{BODY} Deep.")
        + '{"text": "x", "n": ' + "[" * 100_000 + "]" * 100_000 + "}\n",
        encoding="utf-8",
    )
    (d / "c.jsonl").write_text(
        '{"text": "Big number\\nThe mayor said so.", "n": ' + "9" * 5000 + "}\n"
        + _jsonl_line(text=f"After the big number\n{BODY} Number."),
        encoding="utf-8",
    )
    # Over spaCy's max_length, which the test lowers (parsing a million
    # characters takes minutes; benchmarks/ and docs/BENCHMARKS.md have that run).
    paragraph = f"{BODY} Maria Lopez met the council in Boston on Tuesday.\n\n"
    (d / "long.txt").write_text("A very long article\n" + paragraph * 60, encoding="utf-8")
    return d


@pytest.fixture
def short_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """spaCy's max_length at 3,000 characters, pieces of at most 1,000."""
    from newsdesk import nlp

    monkeypatch.setattr(nlp.load_nlp(), "max_length", 3000)
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 1000)


def test_surrogates_deep_json_big_numbers_and_long_texts_do_not_stop_the_run(
    hostile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], short_limit: None
) -> None:
    db = tmp_path / "h.db"
    code = main(["analyze", str(hostile), "--db", str(db), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "Traceback" not in err
    lines = err.splitlines()

    def reported(name: str, *reasons: str) -> str:
        line = next((ln for ln in lines if name in ln), None)
        assert line is not None, f"{name} not reported in:\n{err}"
        assert any(r in line for r in reasons), line
        return line

    reported("a.jsonl:2", "lone surrogate")
    reported("a.jsonl:3", "lone surrogate")
    reported("b.jsonl", "RecursionError", "deep", "nested")
    big = reported("c.jsonl", "digits", "integer", "number")
    with sqlite3.connect(db) as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM articles")}
        outlets = {r[0] for r in conn.execute("SELECT outlet FROM articles") if r[0]}
        text = conn.execute(
            "SELECT text FROM articles WHERE title = 'A very long article'"
        ).fetchone()[0]
        entities = [
            json.loads(r[0])
            for r in conn.execute(
                "SELECT data FROM records r JOIN articles a ON a.id = r.article_id "
                "WHERE a.title = 'A very long article' AND kind = 'entity'"
            )
        ]
    assert {"First good headline", "Second good headline", "Before the deep line",
            "A very long article"} <= titles
    assert "After the big number" in titles or "rest of this file was not read" in big
    assert outlets == {"J\\udcffones"}  # metadata is escaped, not refused
    assert len(text) > 3000
    # The long text was parsed in pieces: entities far into it keep their offsets.
    tail = [e for e in entities if e["start"] > 3000]
    assert tail and all(text[e["start"] : e["end"]] == "Boston" for e in entities
                        if e["label"] == "GPE")


def _articles(d: Path, n: int, *, odd: int, word: str) -> Path:
    """`n` small articles in `d`, article `odd` holding `word` (what the
    broken stage trips on)."""
    words = ["calm"] * n
    words[odd] = word
    d.mkdir()
    for i, w in enumerate(words):
        text = f"Headline {i}\nMaria Lopez said on day {i} that it was {w}. {BODY}\n"
        (d / f"{i}.txt").write_text(text)
    return d


def test_a_parse_that_fails_for_one_article_fails_only_that_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdesk import nlp

    real = nlp.load_nlp()

    class Fragile:
        """spaCy's pipeline, except that it raises on one text (as on a bug)."""

        max_length = real.max_length

        def __call__(self, text: str) -> object:
            if "EXPLODE" in text:
                raise RuntimeError("the parser broke")
            return real(text)

        def pipe(self, texts: object, **kw: object) -> object:
            return (self(t) for t in texts)  # type: ignore[attr-defined]

    monkeypatch.setattr(nlp, "load_nlp", lambda: Fragile())
    d = _articles(tmp_path / "in", 5, odd=2, word="EXPLODE")
    with Store(tmp_path / "p.db") as store:
        summary = analyze([d], store, Options())
        assert store.count() == 4
    assert [(Path(p.source).name, p.stage) for p in summary.problems] == [
        ("2.txt", "extract.entities")
    ]
    assert "the parser broke" in summary.problems[0].reason


def test_an_article_the_store_cannot_take_is_named_and_the_batch_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Store._insert

    def fussy(self: Store, a: object, run_id: int | None) -> None:
        if "REFUSE" in a.text:  # type: ignore[attr-defined]
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
        real(self, a, run_id)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "_insert", fussy)
    d = _articles(tmp_path / "in", 6, odd=4, word="REFUSE")
    with Store(tmp_path / "s.db") as store:
        summary = analyze([d], store, Options(batch_size=10))
        assert store.count() == 5
        assert [Path(p.source).name for p in summary.problems] == ["4.txt"]
        assert summary.problems[0].stage == "store"
        assert "could not be stored" in summary.problems[0].reason
        assert store.errors()[0]["source"].endswith("4.txt")


def test_a_corpus_stage_that_fails_on_one_article_fails_only_that_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdesk.corpus.people import PersonIndex

    real = PersonIndex.add

    def fragile(self: PersonIndex, article: object, story_id: int | None) -> dict[str, int]:
        if "FRAGILE" in article.text:  # type: ignore[attr-defined]
            raise ValueError("no person index for this one")
        return real(self, article, story_id)  # type: ignore[arg-type]

    monkeypatch.setattr(PersonIndex, "add", fragile)
    d = _articles(tmp_path / "in", 4, odd=1, word="FRAGILE")
    with Store(tmp_path / "c.db") as store:
        summary = analyze([d], store, Options())
        done = store.conn.execute("SELECT count(*) FROM corpus_done").fetchone()[0]
    assert summary.added == 4 and done == 3
    assert [(Path(p.source).name, p.stage) for p in summary.problems] == [("1.txt", "corpus")]


def test_an_article_a_reader_built_wrong_is_named_not_a_traceback() -> None:
    from newsdesk.article import Article
    from newsdesk.intake import unicode_problem

    assert unicode_problem(Article(text=None, id="x")) == "the text is NoneType, not text"  # type: ignore[arg-type]
    article = Article(text="Fine text.", id="ok", url="https://x.invalid/\udc80")
    assert unicode_problem(article) is None and article.url == "https://x.invalid/\\udc80"
