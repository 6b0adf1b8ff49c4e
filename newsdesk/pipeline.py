"""Pipelines of named stages, and the executors that run them.

An article stage is a function `(Article, Options) -> Article`, registered by
name with what it requires and assigns (like spaCy's components) in
`registry.py`. A pipeline is a list of stage names. Executors change how
stages run (here, or in a pool of worker processes), never what they do.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, islice
from multiprocessing.pool import AsyncResult

from threadpoolctl import threadpool_limits

from .article import Article
from .config import Options, default_workers
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

        With more than one worker (default: `config.default_workers()`, one
        per core) the same stages run in a pool of processes, each loading
        the model once; order is kept, and at most `IN_FLIGHT` chunks per
        worker are read ahead, so memory does not grow with the input. A
        stream of fewer than `POOL_MIN_ARTICLES` runs here: a worker takes
        seconds to load spaCy's model.
        """
        n = workers if workers is not None else self.options.workers
        if n is None:
            n = default_workers()
        stream: Iterable[Article] = articles
        if n > 1:
            it = iter(articles)
            head = list(islice(it, POOL_MIN_ARTICLES))
            if len(head) < POOL_MIN_ARTICLES:
                n = 1
            stream = chain(head, it)
        if n <= 1:
            with one_blas_thread():
                for chunk in _chunks(stream, NLP_BATCH):
                    yield from self.run_batch(chunk)
            return
        yield from self._pipe_pool(stream, n)

    def _pipe_pool(self, articles: Iterable[Article], n: int) -> Iterator[Article | StageError]:
        ctx = multiprocessing.get_context("spawn")
        with _one_thread_per_worker(), ctx.Pool(
            n, initializer=_init_worker, initargs=(self.names, self.options)
        ) as pool:
            # A window of chunks in flight, oldest first: `pool.imap` would read
            # the whole input ahead of the workers and hold it in memory.
            pending: deque[AsyncResult[list[_Outcome]]] = deque()
            for chunk in _chunks(articles, NLP_BATCH):
                pending.append(pool.apply_async(_work, (chunk,)))
                if len(pending) >= IN_FLIGHT * n:
                    yield from _unpack(pending.popleft().get())
            while pending:
                yield from _unpack(pending.popleft().get())


#: Chunks per worker submitted ahead of the one being yielded: enough that a
#: worker never waits for the next chunk, few enough that memory stays flat.
IN_FLIGHT = 2
#: Fewer articles than this run in the calling process whatever `workers` says.
POOL_MIN_ARTICLES = 32
#: Thread pools of numerical libraries, pinned to one thread in each worker:
#: the workers already use every core, and extra threads only fight them.
_THREAD_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@contextmanager
def _one_thread_per_worker() -> Iterator[None]:
    """Set the thread variables while the pool starts its processes: a
    spawned worker imports numpy (through the pipeline) while unpickling its
    initializer, before any code of ours could set them in the child."""
    saved = {k: os.environ.get(k) for k in _THREAD_ENV}
    os.environ.update({k: "1" for k in _THREAD_ENV})
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """BLAS held to one thread while the stages run in this process, as in the
    pool's workers (`_one_thread_per_worker`), and restored after
    (threadpoolctl): the stitched flag's eigendecompositions of small matrices
    took 1.04 CPU s over 150 PolNeAR texts with two threads, 0.38 s with one,
    in no less wall time. (spaCy's parse runs about 8% cheaper only when
    OPENBLAS_NUM_THREADS=1 is set before numpy loads: docs/BENCHMARKS.md.)"""
    with threadpool_limits(limits=1, user_api="blas"):
        yield


_Outcome = tuple[bool, Article | tuple[str, str, str]]


def _unpack(results: list[_Outcome]) -> Iterator[Article | StageError]:
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


def _work(articles: list[Article]) -> list[_Outcome]:
    assert _worker_pipeline is not None
    out: list[_Outcome] = []
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
