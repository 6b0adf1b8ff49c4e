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
