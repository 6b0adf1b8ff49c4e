"""Running the pipeline over inputs: `analyze` (into the store) and `extract`
(a stream of articles, no store). Both keep going past bad inputs and report
each one by name and reason."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .article import Article
from .config import Options
from .corpus.update import CorpusProgress, CorpusSummary, update_corpus
from .errors import InputError, StageError
from .pipeline import Pipeline
from .read import read_paths
from .store import Store


@dataclass(frozen=True, slots=True)
class Problem:
    """One input or article that could not be processed, and why."""

    source: str
    reason: str
    stage: str | None = None

    def __str__(self) -> str:
        where = f" [stage {self.stage}]" if self.stage else ""
        return f"{self.source}: {self.reason}{where}"


@dataclass
class RunSummary:
    run_id: int
    added: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    corpus: CorpusSummary = field(default_factory=CorpusSummary)

    @property
    def failed(self) -> int:
        return len(self.problems)


#: Called after each article or problem: (articles done, problems so far).
ProgressHook = Callable[[int, int], None]


def _collect(results: Iterable[Article | InputError], problems: list[Problem]) -> Iterator[Article]:
    for item in results:
        if isinstance(item, InputError):
            problems.append(Problem(item.source, item.reason))
        else:
            yield item


def _stage_problem(exc: StageError, sources: dict[str, str]) -> Problem:
    return Problem(sources.get(exc.article_id, exc.article_id), exc.reason, exc.stage)


def extract(
    paths: Sequence[str | Path], options: Options | None = None
) -> Iterator[Article | Problem]:
    """Each input article with every stage applied, or a Problem, in input order."""
    options = options or Options()
    pipeline = Pipeline(options=options)
    problems: list[Problem] = []
    sources: dict[str, str] = {}

    def articles() -> Iterator[Article]:
        for a in _collect(read_paths(paths, options), problems):
            sources[a.id] = a.source
            yield a

    for result in pipeline.pipe(articles()):
        yield from _drain(problems)
        if isinstance(result, StageError):
            yield _stage_problem(result, sources)
        else:
            yield result
    yield from _drain(problems)


def _drain(problems: list[Problem]) -> Iterator[Problem]:
    while problems:
        yield problems.pop(0)


def analyze(
    paths: Sequence[str | Path],
    store: Store,
    options: Options | None = None,
    *,
    progress: ProgressHook | None = None,
    corpus: bool = True,
    corpus_progress: CorpusProgress | None = None,
) -> RunSummary:
    """Read, clean, flag and store every article under `paths`, then bring the
    corpus stages (near-duplicates, stories, people, timeline, briefs) up to date.

    Articles already in the store are skipped before any stage runs, so a run
    that was killed resumes where it stopped; each batch is one transaction.
    """
    options = options or Options()
    if options.anchor_date is None:
        options = options.with_(anchor_date=store.median_published())
    pipeline = Pipeline(options=options)
    summary = RunSummary(run_id=store.start_run("analyze", [str(p) for p in paths]))
    problems = summary.problems
    sources: dict[str, str] = {}

    def new_articles() -> Iterator[Article]:
        for a in _collect(read_paths(paths, options), problems):
            if a.id in sources or store.has(a.id):
                summary.skipped += 1
                continue
            sources[a.id] = a.source
            yield a

    batch: list[Article] = []
    for done, result in enumerate(pipeline.pipe(new_articles()), start=1):
        if isinstance(result, StageError):
            problems.append(_stage_problem(result, sources))
        else:
            batch.append(result)
            if len(batch) >= options.batch_size:
                summary.added += store.add_articles(batch, run_id=summary.run_id)
                batch.clear()
        if progress:
            progress(done, len(problems))
    if batch:
        summary.added += store.add_articles(batch, run_id=summary.run_id)
    store.add_errors(summary.run_id, [(p.source, p.reason, p.stage) for p in problems])
    if corpus:
        summary.corpus = update_corpus(store, progress=corpus_progress)
    store.finish_run(
        summary.run_id, added=summary.added, skipped=summary.skipped, failed=summary.failed
    )
    return summary
