from __future__ import annotations

import pytest

from newsdesk.article import Article
from newsdesk.config import Options
from newsdesk.errors import ConfigError, StageError
from newsdesk.pipeline import DEFAULT_STAGES, Pipeline
from newsdesk.registry import REGISTRY, stage


def test_default_stages_are_registered_with_docs() -> None:
    p = Pipeline()
    assert p.names == list(DEFAULT_STAGES)
    for name in DEFAULT_STAGES:
        assert REGISTRY[name].doc, f"stage {name} has no docstring"


def test_an_unknown_stage_is_named() -> None:
    with pytest.raises(ConfigError, match="no stage called 'nope'"):
        Pipeline(["nope"])


def test_a_stage_that_forgets_to_return_is_named() -> None:
    @stage("test.forgetful")
    def forgetful(article: Article, options: Options) -> Article:
        """Returns nothing by mistake."""
        return None  # type: ignore[return-value]

    with pytest.raises(StageError, match=r"test\.forgetful.*forgot to return"):
        Pipeline(["test.forgetful"])(Article(text="x"))


def test_a_stage_that_raises_is_named_with_the_article() -> None:
    @stage("test.broken")
    def broken(article: Article, options: Options) -> Article:
        """Always fails."""
        raise ValueError("boom")

    a = Article(text="some text")
    with pytest.raises(StageError) as info:
        Pipeline(["test.broken"])(a)
    assert (info.value.stage, info.value.article_id) == ("test.broken", a.id)
    assert "ValueError: boom" in info.value.reason


def test_stages_never_edit_the_text() -> None:
    text = (
        "娱乐城官网 在线 开户\nA headline\n"
        "Please enable JavaScript to use our video player\nBody text here."
    )
    assert Pipeline()(Article(text=text)).text == text


def test_batched_parsing_gives_what_one_article_at_a_time_gives(
    seed_paths: dict[str, object],
) -> None:
    from pathlib import Path

    texts = [Path(str(p)).read_text(encoding="utf-8") for p in seed_paths.values()]
    pipeline = Pipeline()
    one_by_one = [pipeline(Article(text=t)).to_json() for t in texts]
    batched = pipeline.run_batch([Article(text=t) for t in texts])
    assert [a.to_json() for a in batched if isinstance(a, Article)] == one_by_one


def test_a_failing_article_in_a_batch_does_not_take_the_others_with_it() -> None:
    @stage("test.picky")
    def picky(article: Article, options: Options) -> Article:
        """Fails on one article only."""
        if "bad" in article.text:
            raise ValueError("bad article")
        return article

    results = Pipeline(["test.picky", "extract.entities"]).run_batch(
        [Article(text="A good one from London."), Article(text="A bad one."),
         Article(text="Another good one from Paris.")]
    )
    assert [type(r).__name__ for r in results] == ["Article", "StageError", "Article"]


def test_a_text_over_spacys_limit_is_parsed_in_pieces_with_its_offsets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsdesk import nlp

    paragraphs = [
        f"Maria Lopez told the council in Boston on Tuesday that {n} bridges would reopen."
        for n in range(40)
    ]
    text = "A long headline\n" + "\n\n".join(paragraphs) + "\n"
    whole = Pipeline()(Article(text=text))
    monkeypatch.setattr(nlp.load_nlp(), "max_length", 1500)
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 500)
    assert len(nlp.chunks(text)) > 5 and "".join(nlp.chunks(text)) == text
    pieces = Pipeline().run_batch([Article(text=text), Article(text="Short, from Paris.")])
    assert isinstance(pieces[0], Article)
    # Cut at paragraph breaks, where a sentence starts anyway: the same records.
    assert pieces[0].entities == whole.entities
    assert pieces[0].dates == whole.dates
    assert pieces[0].quotes == whole.quotes


def test_a_text_with_nowhere_to_cut_is_refused_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsdesk import nlp

    monkeypatch.setattr(nlp.load_nlp(), "max_length", 1500)
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 500)
    [result] = Pipeline().run_batch([Article(text="x" * 4000, id="solid")])
    assert isinstance(result, StageError)
    assert result.article_id == "solid" and "no line break or space" in result.reason


def test_a_lone_surrogate_does_not_break_the_parse() -> None:
    results = Pipeline().run_batch(
        [Article(text="Maria Lopez spoke in Boston \ud800 on Monday."),
         Article(text="Tom Becker spoke in Paris on Friday.")]
    )
    assert all(isinstance(r, Article) and r.entities for r in results)


def _invented(n: int) -> list[Article]:
    """n short news texts; the eighth has nowhere to cut for spaCy's limit
    (a million characters without a space or line break), so it fails in any
    process."""
    towns = ["Boston", "Paris", "Leeds", "Lagos", "Osaka"]
    return [
        Article(
            id=f"a{i:03d}",
            text="x\t" * 500_001 if i == 7 else f"Council vote number {i}\nMaria Lopez told "
            f"reporters in {towns[i % 5]} on Tuesday that {i} bridges would reopen. "
            '"We are ready," she said.\n',
        )
        for i in range(n)
    ]


def test_two_workers_give_what_one_gives_in_order_with_errors_kept() -> None:
    from newsdesk.pipeline import POOL_MIN_ARTICLES

    n = POOL_MIN_ARTICLES + 8  # enough for a pool, not a small run kept in-process
    one = list(Pipeline().pipe(_invented(n), workers=1))
    two = list(Pipeline().pipe(_invented(n), workers=2))
    assert [r.to_json() if isinstance(r, Article) else str(r) for r in two] == [
        r.to_json() if isinstance(r, Article) else str(r) for r in one
    ]
    ids = [r.article_id if isinstance(r, StageError) else r.id for r in two]
    assert ids == [f"a{i:03d}" for i in range(n)]
    assert [i for i, r in enumerate(two) if isinstance(r, StageError)] == [7]
    assert "no line break or space" in str(two[7])
    assert all(r.entities for r in two if isinstance(r, Article))


def test_a_small_run_stays_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started for a small run")

    monkeypatch.setattr(multiprocessing, "get_context", no_pool)
    results = list(Pipeline().pipe(_invented(5), workers=4))
    assert [r.id for r in results if isinstance(r, Article)] == [f"a{i:03d}" for i in range(5)]


def test_the_default_is_one_worker_per_core_unless_the_environment_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os

    from newsdesk.config import default_workers

    monkeypatch.delenv("NEWSDESK_WORKERS", raising=False)
    assert default_workers() == len(os.sched_getaffinity(0))
    monkeypatch.setenv("NEWSDESK_WORKERS", "3")
    assert default_workers() == 3
    monkeypatch.setenv("NEWSDESK_WORKERS", "zero")
    with pytest.raises(ConfigError, match="NEWSDESK_WORKERS"):
        default_workers()


def test_stages_in_this_process_run_openblas_on_one_thread_and_restore_it() -> None:
    import numpy  # noqa: F401  (loads numpy's OpenBLAS)
    from threadpoolctl import ThreadpoolController

    controller = ThreadpoolController()
    if not controller.select(user_api="blas").lib_controllers:
        pytest.skip("no BLAS thread pool loaded in this process")

    def get_threads() -> int:
        return max(c.num_threads for c in ThreadpoolController().select(user_api="blas")
                   .lib_controllers)

    limit = controller.limit(limits=2, user_api="blas")  # two threads to start from
    seen: list[int] = []

    @stage("test.blas_threads")
    def record(article: Article, options: Options) -> Article:
        """Records OpenBLAS's thread count."""
        seen.append(int(get_threads()))
        return article

    try:
        out = list(Pipeline(["test.blas_threads"]).pipe([Article(text="A.")], workers=1))
        assert len(out) == 1 and seen == [1]
        assert get_threads() == 2
    finally:
        REGISTRY.pop("test.blas_threads", None)
        limit.restore_original_limits()
