"""Pipelines of named stages, and the executors that run them.

An article stage is a function `(Article, Options) -> Article`, registered by
name with what it requires and assigns (like spaCy's components) in
`registry.py`. A pipeline is a list of stage names. Executors change how
stages run (here, or in a pool of worker processes), never what they do.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator

from .article import Article
from .config import Options
from .errors import ConfigError, StageError

# Re-exported: the registry lived here before registry.py.
from .registry import REGISTRY as REGISTRY
from .registry import Stage as Stage
from .registry import StageFunc as StageFunc
from .registry import stage as stage

#: Cleaning and quality flags: line features only, no NLP (fast).
CLEANING_STAGES: tuple[str, ...] = (
    "clean.spam",
    "clean.boilerplate",
    "clean.headline",
    "flags.quality",
    "flags.stitched",
)
#: The packaged default pipeline, in order: cleaning, then extraction on spaCy's parse.
DEFAULT_STAGES: tuple[str, ...] = (
    *CLEANING_STAGES,
    "extract.entities",
    "extract.quotes",
    "extract.dates",
    "extract.claims",
)


def _load_builtin_stages() -> None:
    # Imported for their @stage registrations.
    from . import clean  # noqa: F401
    from .extract import stages  # noqa: F401


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
        article = self._run(article, self.stages)
        article.doc = None  # the Doc is for stages only: never pickled or stored
        return article

    def _run(self, article: Article, stages: list[Stage]) -> Article:
        for st in stages:
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
        return article

    def run_batch(self, articles: list[Article]) -> list[Article | StageError]:
        """Run the stages over a batch: the stages before the first one that
        needs spaCy, then one `nlp.pipe` call for the whole batch (faster than a
        call per article), then the rest. Each article's error stays its own."""
        first_nlp = next((i for i, st in enumerate(self.stages) if st.nlp), None)
        if first_nlp is None or len(articles) < 2:
            return [self._safe(a, self.stages) for a in articles]
        before, after = self.stages[:first_nlp], self.stages[first_nlp:]
        done: list[Article | StageError] = [self._safe(a, before) for a in articles]
        ready = [a for a in done if isinstance(a, Article)]
        from .nlp import parse_many

        parse_many(ready)
        out: list[Article | StageError] = []
        for item in done:
            out.append(self._safe(item, after) if isinstance(item, Article) else item)
        for item in out:
            if isinstance(item, Article):
                item.doc = None
        return out

    def _safe(self, article: Article, stages: list[Stage]) -> Article | StageError:
        try:
            return self._run(article, stages)
        except StageError as exc:
            article.doc = None
            return exc

    def pipe(
        self, articles: Iterable[Article], *, workers: int | None = None
    ) -> Iterator[Article | StageError]:
        """Run over a stream; yields each article, or the StageError it raised.

        With `workers > 1` the same stages run in a pool of processes, each
        building the pipeline once; order is kept.
        """
        n = workers if workers is not None else self.options.workers
        if n <= 1:
            for chunk in _chunks(articles, NLP_BATCH):
                yield from self.run_batch(chunk)
            return
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(n, initializer=_init_worker, initargs=(self.names, self.options)) as pool:
            for results in pool.imap(_work, _chunks(articles, NLP_BATCH)):
                for ok, payload in results:
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


def _work(articles: list[Article]) -> list[tuple[bool, Article | tuple[str, str, str]]]:
    assert _worker_pipeline is not None
    out: list[tuple[bool, Article | tuple[str, str, str]]] = []
    for item in _worker_pipeline.run_batch(articles):
        if isinstance(item, StageError):  # exceptions with custom __init__ do not pickle back
            out.append((False, (item.stage, item.article_id, item.reason)))
        else:
            out.append((True, item))
    return out


#: Articles parsed by spaCy in one `nlp.pipe` call (and sent to a worker at once).
NLP_BATCH = 16


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
