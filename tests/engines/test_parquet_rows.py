"""Article <-> Parquet rows, the in-order loader, shards by URL and the actor's
batch function: the Ray engine's parts that need no Ray."""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsdesk.article import Article, Flag, Removed, Span
from newsdesk.config import Options
from newsdesk.engines.ray_engine import ArticleStages, analyze_ray
from newsdesk.engines.shards import Shard, expand, read_shard, shard_items, shard_rows
from newsdesk.errors import ConfigError, InputError, StageError
from newsdesk.parquet import (
    article_row,
    error_row,
    iter_rows,
    load_parquet,
    row_article,
    rows_table,
    write_rows,
)
from newsdesk.read import read_paths
from newsdesk.registry import stage
from newsdesk.store import Store
from tests.engines.shards import make_shards


def _article(n: int, text: str | None = None) -> Article:
    return Article(
        text=text or f"Headline {n}\nThe mayor said the bridge would reopen in week {n}.",
        source=f"in.jsonl:{n}", url=f"https://x.example/{n}", outlet="Example",
        published="2024-05-0" + str(1 + n % 9), title=f"Headline {n}",
        title_span=Span(0, 10), removed=[Removed(0, 3, "spam", "test")],
        flags=[Flag("stitched", 0.25, [Span(1, 2)], "why")],
        quotes=[{"start": 11, "end": 20, "speaker": "the mayor"}],
    )


def test_a_row_holds_the_whole_article_and_typed_columns(tmp_path: Path) -> None:
    a = _article(1, text="Lone \ud800 surrogate and ünïcode\nsaid the mayor.")
    a.source = "bad\udcffname.jsonl:1"
    path = tmp_path / "rows.parquet"
    write_rows([article_row(a, 0, 0), error_row("x.warc", "not a WARC", 1, 0)], str(path))
    rows = pq.read_table(path).to_pylist()
    back = row_article(rows[0])
    assert back is not None and back.to_json() == a.to_json()
    assert back.text == a.text  # the surrogate survives the JSON
    assert rows[0]["n_chars"] == len(a.text) and rows[0]["ok"] is True
    assert rows[0]["source"] == "bad\\udcffname.jsonl:1"  # typed column: printable
    assert rows[1]["ok"] is False and rows[1]["error"] == "not a WARC"
    assert row_article(rows[1]) is None


def test_rows_load_in_input_order_across_overlapping_files(tmp_path: Path) -> None:
    articles = [_article(n) for n in range(6)]
    keyed = [article_row(a, n // 3, n % 3) for n, a in enumerate(articles)]
    # Files out of order, one of them interleaved with another.
    write_rows([keyed[4], keyed[1]], str(tmp_path / "a.parquet"))
    write_rows([keyed[5], keyed[0]], str(tmp_path / "b.parquet"))
    write_rows([keyed[3], keyed[2]], str(tmp_path / "c.parquet"))
    order = [(r["shard"], r["seq"]) for r in iter_rows(str(tmp_path))]
    assert order == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]

    with Store(":memory:") as store:
        store.add_articles([articles[2]])
        loaded = load_parquet(str(tmp_path), store, batch_size=2)
        assert (loaded.added, loaded.skipped, loaded.errors) == (5, 1, [])
        ids = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY rowid")]
        assert ids == [articles[n].id for n in (2, 0, 1, 3, 4, 5)]
        assert store.get(articles[0].id) == articles[0]


def test_errors_are_returned_once_and_a_failed_copy_is_skipped(tmp_path: Path) -> None:
    a = _article(1)
    rows = [
        error_row("in.jsonl:1", "boom", 0, 0, stage="extract.quotes", article_id=a.id),
        error_row("in.jsonl:2", "not valid JSON", 0, 1),
        error_row("in.jsonl:3", "boom", 0, 2, stage="extract.quotes", article_id=a.id),
    ]
    write_rows(rows, str(tmp_path / "r.parquet"))
    with Store(":memory:") as store:
        loaded = load_parquet(str(tmp_path), store)
    assert loaded.errors == [
        ("in.jsonl:1", "boom", "extract.quotes"), ("in.jsonl:2", "not valid JSON", None)
    ]
    assert (loaded.added, loaded.skipped) == (0, 1)


def test_a_shard_read_by_url_names_the_url_as_its_source(tmp_path: Path) -> None:
    shards = make_shards(tmp_path / "in")
    url = shards[1].as_uri()
    by_url = list(read_shard(url, Options()))
    local = list(read_paths([shards[1]]))
    assert len(by_url) == len(local) == 5
    for u, loc in zip(by_url, local, strict=True):
        assert u.source == url + loc.source[len(str(shards[1])):]
        if isinstance(u, Article):
            assert isinstance(loc, Article) and u.text == loc.text and u.id == loc.id
    assert [type(x) for x in by_url].count(InputError) == 1
    # A folder URL lists its shards in order; a missing one is a named problem.
    found = expand([(tmp_path / "in").as_uri(), (tmp_path / "gone.jsonl").as_uri()])
    assert [s.path for s in found if isinstance(s, Shard)] == [p.as_uri() for p in shards]
    missing = found[-1]
    assert isinstance(missing, InputError) and missing.reason == "no such file or directory"


def test_known_articles_get_a_bare_row_and_read_errors_keep_their_place(tmp_path: Path) -> None:
    shards = make_shards(tmp_path / "in")
    first = next(a for a in read_paths([shards[1]]) if isinstance(a, Article))
    items = shard_items(expand([shards[1], tmp_path / "gone.warc"]))
    rows = list(shard_rows(items[0], Options(), frozenset({first.id})))
    assert [(r["seq"], r["ok"], r["json"] is not None) for r in rows] == [
        (0, True, False), (1, True, True), (2, False, False), (3, True, True), (4, True, True)
    ]
    (gone,) = shard_rows(items[1], Options())
    assert (gone["shard"], gone["error"]) == (1, "no such file or directory")


def test_the_actor_turns_a_stage_failure_into_an_error_row() -> None:
    @stage("test.engine_fails_on_boom")
    def fails_on_boom(article: Article, options: Options) -> Article:
        """Fails on articles that say BOOM."""
        if "BOOM" in article.text:
            raise RuntimeError("exploded")
        return article

    options = Options(stages=("clean.spam", "test.engine_fails_on_boom"))
    good, bad = _article(1), _article(2, text="Headline\nBOOM goes the article.")
    table = rows_table([
        article_row(good, 0, 0), article_row(bad, 0, 1), error_row("x", "unreadable", 0, 2)
    ])
    out = ArticleStages(options)(table).to_pylist()
    assert [r["ok"] for r in out] == [True, False, False]
    assert out[1]["stage"] == "test.engine_fails_on_boom"
    assert out[1]["error"] == "RuntimeError: exploded" and out[1]["id"] == bad.id
    assert out[1]["source"] == bad.source
    assert out[2]["error"] == "unreadable"
    back = row_article(out[0])
    assert back is not None and back.id == good.id


def test_without_ray_the_engine_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray raises ImportError
    with Store(":memory:") as store:
        with pytest.raises(ConfigError, match=r"pip install 'newsdesk\[ray\]'"):
            analyze_ray([tmp_path], store)
        assert store.runs() == []  # refused before a run was recorded


def test_any_fsspec_url_is_listed_and_read(tmp_path: Path) -> None:
    fsspec = pytest.importorskip("fsspec")
    memory = fsspec.filesystem("memory")
    shards = make_shards(tmp_path / "in")
    for p in shards:
        memory.pipe(f"/newsdesk-test/cc/{p.name}", p.read_bytes())
    memory.pipe("/newsdesk-test/cc/.hidden.warc", b"not read")
    try:
        found = expand(["memory://newsdesk-test/cc", "memory://newsdesk-test/gone"])
        assert [s.path for s in found if isinstance(s, Shard)] == [
            f"memory://newsdesk-test/cc/{p.name}" for p in shards
        ]
        assert isinstance(found[-1], InputError)
        assert found[-1].reason == "no such file or directory"
        url = f"memory://newsdesk-test/cc/{shards[0].name}"
        read = list(read_shard(url, Options()))
        local = list(read_paths([shards[0]]))
        assert [a.id for a in read] == [a.id for a in local if isinstance(a, Article)]
        assert all(a.source.startswith(url + "#https://news.example/") for a in read)
    finally:
        memory.rm("/newsdesk-test", recursive=True)


def test_when_the_batch_parse_itself_raises_only_the_bad_article_fails() -> None:
    stages = ArticleStages(Options(stages=("clean.spam",)))
    real = stages.pipeline.run_batch

    def parse_breaks_on_boom(articles: list[Article]) -> list[Article | StageError]:
        if any("BOOM" in a.text for a in articles):  # as spaCy's nlp.pipe raising for all
            raise ValueError("[E088] text too long")
        return real(articles)

    stages.pipeline.run_batch = parse_breaks_on_boom  # type: ignore[method-assign]
    good, bad = _article(1), _article(2, text="Headline\nBOOM.")
    out = stages(rows_table([article_row(good, 0, 0), article_row(bad, 0, 1)])).to_pylist()
    assert [r["ok"] for r in out] == [True, False]
    assert (out[1]["stage"], out[1]["error"]) == ("nlp", "ValueError: [E088] text too long")


def test_an_unknown_stage_is_refused_before_ray_starts(tmp_path: Path) -> None:
    with Store(":memory:") as store:
        with pytest.raises(ConfigError, match="no stage called 'nope'"):
            analyze_ray([tmp_path], store, Options(stages=("nope",)))
        assert store.runs() == []


def test_a_cluster_failure_is_one_named_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("ray", reason="Ray is not installed (the extra newsdesk[ray])")
    from newsdesk.engines import ray_engine

    def lost(*args: object) -> None:
        raise RuntimeError("node 10.0.0.7 died")

    monkeypatch.setattr(ray_engine, "_start", lambda *args: False)  # no Ray started
    monkeypatch.setattr(ray_engine, "_run_dataset", lost)
    with Store(":memory:") as store:
        with pytest.raises(ray_engine.RayRunError, match=r"node 10\.0\.0\.7 died"):
            analyze_ray(make_shards(tmp_path), store)
        assert store.count() == 0
        assert store.runs()[-1].finished_at is None
