"""What runs inside a measured process of bench_analyze.py: one measurement,
its result printed as one JSON line for the parent to read.

bench_analyze.py starts each child as `bench_analyze.py --_child SPEC`, which
calls run_child here; with --rev, newsdesk is imported from the exported
revision (PYTHONPATH), this module from the working tree.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def _peak_rss_kb() -> tuple[int, int]:
    """Peak RSS in KiB of this process, and of its largest finished child (Linux units)."""
    import resource

    return (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )


def _cpu_seconds() -> float:
    """User + system CPU seconds of this process and its finished children (workers)."""
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _options(spec: dict[str, Any]) -> Any:
    from newsdesk.config import Options

    stages = tuple(spec["stages"]) if spec.get("stages") else None
    return Options(workers=spec.get("workers", 1), stages=stages)


def _child_analyze(spec: dict[str, Any]) -> dict[str, Any]:
    from newsdesk.runner import analyze
    from newsdesk.store import Store

    options = _options(spec)
    with tempfile.TemporaryDirectory(prefix="bench-analyze-") as tmp:
        cpu, start = _cpu_seconds(), time.perf_counter()
        with Store(Path(tmp) / "bench.db") as store:
            summary = analyze(spec["paths"], store, options)
        seconds = time.perf_counter() - start
        cpu = _cpu_seconds() - cpu
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "added": summary.added,
        "skipped": summary.skipped,
        "failed": summary.failed,
        "problems": [str(p) for p in summary.problems[:5]],
    }


def _child_stages(spec: dict[str, Any]) -> dict[str, Any]:
    from newsdesk.errors import InputError, StageError
    from newsdesk.pipeline import Pipeline
    from newsdesk.read import read_paths

    options = _options(spec)
    problems: list[str] = []
    ok = 0

    def articles() -> Iterator[Any]:
        for item in read_paths(spec["paths"], options):
            if isinstance(item, InputError):
                problems.append(f"{item.source}: {item.reason}")
            else:
                yield item

    cpu, start = _cpu_seconds(), time.perf_counter()
    pipeline = Pipeline(options=options)
    for result in pipeline.pipe(articles()):
        if isinstance(result, StageError):
            problems.append(str(result))
        else:
            ok += 1
    seconds = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "added": ok,
        "failed": len(problems),
        "problems": problems[:5],
    }


def _child_profile(spec: dict[str, Any]) -> dict[str, Any]:
    """analyze's steps one after another, each on this process's CPU clock (so
    other load on the machine does not skew the shares): reading everything,
    building the pipeline (it imports the stage modules), then per chunk of
    `NLP_BATCH` articles the stages before spaCy, spaCy's parse (one
    `nlp.pipe` call per chunk, as analyze parses) and the stages after it;
    writing the store in batches, and the corpus stages over it."""
    from newsdesk.corpus.update import update_corpus
    from newsdesk.errors import InputError
    from newsdesk.nlp import load_nlp, parse_many
    from newsdesk.pipeline import NLP_BATCH, Pipeline
    from newsdesk.read import read_paths
    from newsdesk.store import Store

    options = _options(spec)
    cpu, start, t = _cpu_seconds(), time.perf_counter(), time.process_time()
    items = list(read_paths(spec["paths"], options))
    steps = {"read": time.process_time() - t}
    articles = [a for a in items if not isinstance(a, InputError)]
    problems = [f"{e.source}: {e.reason}" for e in items if isinstance(e, InputError)]
    t = time.process_time()
    pipeline = Pipeline(options=options)
    steps["pipeline set-up"] = time.process_time() - t
    t = time.process_time()
    load_nlp()
    steps["spaCy model load"] = time.process_time() - t
    first_nlp = next((i for i, st in enumerate(pipeline.stages) if st.nlp), len(pipeline.stages))
    names = [st.name for st in pipeline.stages]
    steps.update({name: 0.0 for name in names[:first_nlp]})
    steps["spaCy parse (nlp.pipe, batch 16)"] = 0.0
    steps.update({name: 0.0 for name in names[first_nlp:]})

    def run(article: Any, stages: list[Any]) -> Any:
        for st in stages:
            t = time.process_time()
            article = st.func(article, options)
            steps[st.name] += time.process_time() - t
        return article

    try:  # as Pipeline.pipe runs stages in this process (revisions since bde3a78)
        from newsdesk.pipeline import one_blas_thread
    except ImportError:
        from contextlib import nullcontext as one_blas_thread
    done = []
    with one_blas_thread():
        for i in range(0, len(articles), NLP_BATCH):
            chunk = []
            for article in articles[i : i + NLP_BATCH]:
                try:
                    chunk.append(run(article, pipeline.stages[:first_nlp]))
                except Exception as exc:  # a broken stage: count it, keep timing the rest
                    problems.append(f"{article.id}: {type(exc).__name__}: {exc}")
            if first_nlp < len(pipeline.stages):
                t = time.process_time()
                parse_many(chunk, batch_size=NLP_BATCH)
                steps["spaCy parse (nlp.pipe, batch 16)"] += time.process_time() - t
            for article in chunk:
                try:
                    article = run(article, pipeline.stages[first_nlp:])
                    article.doc = None
                    done.append(article)
                except Exception as exc:
                    problems.append(f"{article.id}: {type(exc).__name__}: {exc}")
    with (
        tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp,
        Store(Path(tmp) / "bench.db") as store,
    ):
        t = time.process_time()
        for i in range(0, len(done), options.batch_size):
            store.add_articles(done[i : i + options.batch_size])
        steps["store"] = time.process_time() - t
        t = time.process_time()
        update_corpus(store)
        steps["corpus stages"] = time.process_time() - t
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "cpu_seconds": _cpu_seconds() - cpu,
        "added": len(done),
        "failed": len(problems),
        "problems": problems[:5],
        "stage_seconds": steps,
    }


def _child_spacy(spec: dict[str, Any]) -> dict[str, Any]:
    texts: list[str] = json.loads(Path(spec["texts"]).read_text(encoding="utf-8"))
    start = time.perf_counter()
    import spacy

    nlp = spacy.load(spec["model"])
    load_seconds = time.perf_counter() - start
    cpu, start = _cpu_seconds(), time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=spec["batch_size"]):
        tokens += len(doc)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "cpu_seconds": _cpu_seconds() - cpu,
        "load_seconds": load_seconds,
        "added": len(texts),
        "failed": 0,
        "tokens": tokens,
        "pipes": list(nlp.pipe_names),
    }


_CHILDREN = {
    "analyze": _child_analyze,
    "stages": _child_stages,
    "profile": _child_profile,
    "spacy": _child_spacy,
}


def run_child(spec_json: str) -> None:
    spec = json.loads(spec_json)
    result = _CHILDREN[spec["kind"]](spec)
    result["rss_self_kb"], result["rss_children_kb"] = _peak_rss_kb()
    # Which copies were measured (the working tree, or a revision exported by --rev).
    result["modules"] = {
        name: str(Path(sys.modules[name].__file__ or "").parent)
        for name in ("newsdesk", "spacy")
        if name in sys.modules
    }
    print(json.dumps(result))
