"""Running the pipeline over inputs: `analyze` (into the store) and `extract`
(a stream of articles, no store). Both keep going past bad inputs and report
each one by name and reason."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import killpoint
from .article import Article
from .config import Options
from .corpus.anchors import corpus_anchor, set_anchor
from .corpus.update import CorpusProgress, CorpusSummary, update_corpus
from .errors import InputError, StageError, StoreError
from .intake import printable, read_safely, unicode_problem
from .pipeline import Pipeline
from .store import Store


@dataclass(frozen=True, slots=True)
class Problem:
    """One input or article that could not be processed, and why."""

    source: str
    reason: str
    stage: str | None = None

    def __post_init__(self) -> None:
        # A lone surrogate (a file name not in UTF-8, a JSON "\\ud800") cannot
        # be printed or stored: shown as its escape instead.
        object.__setattr__(self, "source", printable(self.source))
        object.__setattr__(self, "reason", printable(self.reason))

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
            continue
        bad = unicode_problem(item)
        if bad:
            problems.append(Problem(printable(item.source), bad, "read"))
        else:
            killpoint.reached("read")
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
        for a in _collect(read_safely(paths, options), problems):
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
    Undated articles are resolved against the corpus's current estimate, and
    again by the corpus stages whenever it has moved (corpus/anchors.py), so
    the store does not depend on how the articles came in.

    Raises StoreError when the store stays busy (another process holding its
    write lock) past the busy timeout.
    """
    try:
        return _analyze(paths, store, options or Options(), progress, corpus, corpus_progress)
    except sqlite3.OperationalError as exc:
        raise StoreError(_busy(store, exc)) from exc


def _busy(store: Store, exc: sqlite3.OperationalError) -> str:
    if "locked" in str(exc) or "busy" in str(exc):
        return (
            f"the store {store.path} is busy: another process kept it locked for too long "
            "(batches already written are kept; run the same command again to go on)"
        )
    return f"the store {store.path} failed: {exc}"


def _analyze(
    paths: Sequence[str | Path],
    store: Store,
    options: Options,
    progress: ProgressHook | None,
    corpus: bool,
    corpus_progress: CorpusProgress | None,
) -> RunSummary:
    set_anchor(store, options.anchor_date)
    # A guess, right unless the run moves the corpus's median; the corpus
    # stages re-resolve what it got wrong.
    pipeline = Pipeline(options=options.with_(anchor_date=corpus_anchor(store)))
    summary = RunSummary(run_id=store.start_run("analyze", [printable(str(p)) for p in paths]))
    problems = summary.problems
    sources: dict[str, str] = {}

    def new_articles() -> Iterator[Article]:
        for a in _collect(read_safely(paths, options), problems):
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
                summary.added += _store_batch(store, batch, summary.run_id, problems)
                batch.clear()
        if progress:
            progress(done, len(problems))
    if batch:
        summary.added += _store_batch(store, batch, summary.run_id, problems)
    store.add_errors(summary.run_id, [(p.source, p.reason, p.stage) for p in problems])
    if corpus:
        summary.corpus = update_corpus(store, progress=corpus_progress)
        later = [_corpus_problem(store, aid, reason) for aid, reason in summary.corpus.problems]
        store.add_errors(summary.run_id, [(p.source, p.reason, p.stage) for p in later])
        problems.extend(later)
    store.finish_run(
        summary.run_id, added=summary.added, skipped=summary.skipped, failed=summary.failed
    )
    return summary


def _corpus_problem(store: Store, article_id: str, reason: str) -> Problem:
    found = store.conn.execute("SELECT source FROM articles WHERE id = ?", (article_id,)).fetchone()
    return Problem(str(found[0]) if found else article_id, reason, "corpus")


def _store_batch(store: Store, batch: list[Article], run_id: int, problems: list[Problem]) -> int:
    """Store a batch in one transaction; if that fails, the batch is rolled
    back and stored article by article, so the one that cannot be stored is
    named and the others are kept. A busy or broken store is not an article's
    fault: that error goes up."""
    try:
        added = store.add_articles(batch, run_id=run_id)
    except sqlite3.OperationalError:
        raise
    except Exception:
        added = 0
        for article in batch:
            try:
                added += store.add_articles([article], run_id=run_id)
            except sqlite3.OperationalError:
                raise
            except Exception as exc:
                problems.append(Problem(
                    article.source or article.id,
                    f"could not be stored: {type(exc).__name__}: {str(exc)[:200]}",
                    "store",
                ))
    killpoint.reached("commit")
    return added
