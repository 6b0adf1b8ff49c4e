"""Stages, the registry that names them, and the runner.

An article stage is a function `(Article, Options) -> Article`, registered by
name with what it requires and assigns (like spaCy's components). A pipeline
is a list of stage names. Executors change how stages run (here, or in a pool
of worker processes), never what they do.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .article import Article
from .config import Options
from .errors import ConfigError, StageError

StageFunc = Callable[[Article, Options], Article]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    func: StageFunc
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    doc: str


REGISTRY: dict[str, Stage] = {}

#: Cleaning and quality flags: line features only, no NLP (fast).
CLEANING_STAGES: tuple[str, ...] = (
    "clean.spam",
    "clean.boilerplate",
    "clean.headline",
    "flags.quality",
    "flags.stitched",
)
#: The packaged default pipeline, in order: cleaning, then extraction on spaCy's parse.
DEFAULT_STAGES: tuple[str, ...] = (*CLEANING_STAGES, "extract.entities", "extract.quotes")


def stage(
    name: str, *, requires: Iterable[str] = ("text",), assigns: Iterable[str] = ()
) -> Callable[[StageFunc], StageFunc]:
    """Register `func` as the article stage called `name`."""

    def register(func: StageFunc) -> StageFunc:
        if name in REGISTRY and REGISTRY[name].func is not func:
            raise ConfigError(f"two stages are registered as {name!r}")
        doc = (func.__doc__ or "").strip().splitlines()[0] if func.__doc__ else ""
        REGISTRY[name] = Stage(name, func, tuple(requires), tuple(assigns), doc)
        return func

    return register


def _load_builtin_stages() -> None:
    # Imported for their @stage registrations.
    from . import clean, extract  # noqa: F401


def get_stage(name: str) -> Stage:
    _load_builtin_stages()
    try:
        return REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(REGISTRY))
        raise ConfigError(f"no stage called {name!r}; known stages: {known}") from None


class Pipeline:
    """Runs a list of named stages over articles.

    >>> from newsdesk.article import Article
    >>> Pipeline()(Article(text="Headline\\nBody text.")).title
    'Headline'
    """

    def __init__(self, stages: Iterable[str] | None = None, options: Options | None = None):
        self.options = options or Options()
        names = tuple(stages if stages is not None else (self.options.stages or DEFAULT_STAGES))
        self.stages = [get_stage(n) for n in names]

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, article: Article) -> Article:
        for st in self.stages:
            try:
                result = st.func(article, self.options)
            except StageError:
                raise
            except Exception as exc:
                raise StageError(st.name, article.id, f"{type(exc).__name__}: {exc}") from exc
            if not isinstance(result, Article):
                raise StageError(
                    st.name,
                    article.id,
                    f"returned {type(result).__name__}, not an Article "
                    "(maybe the stage forgot to return the article?)",
                )
            article = result
        article.doc = None  # the Doc is for stages only: never pickled or stored
        return article

    def pipe(
        self, articles: Iterable[Article], *, workers: int | None = None
    ) -> Iterator[Article | StageError]:
        """Run over a stream; yields each article, or the StageError it raised.

        With `workers > 1` the same stages run in a pool of processes, each
        building the pipeline once; order is kept.
        """
        n = workers if workers is not None else self.options.workers
        if n <= 1:
            for article in articles:
                try:
                    yield self(article)
                except StageError as exc:
                    yield exc
            return
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(n, initializer=_init_worker, initargs=(self.names, self.options)) as pool:
            for ok, payload in pool.imap(_work, articles, chunksize=4):
                if ok:
                    assert isinstance(payload, Article)
                    yield payload
                else:
                    assert isinstance(payload, tuple)
                    yield StageError(*payload)


_worker_pipeline: Pipeline | None = None


def _init_worker(names: list[str], options: Options) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(names, options)


def _work(article: Article) -> tuple[bool, Article | tuple[str, str, str]]:
    assert _worker_pipeline is not None
    try:
        return True, _worker_pipeline(article)
    except StageError as exc:  # exceptions with custom __init__ do not pickle back
        return False, (exc.stage, exc.article_id, exc.reason)
