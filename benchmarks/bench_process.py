"""The parent's side of bench_analyze.py: start a measured process, time it,
and watch the resident memory of it and its workers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
#: The script a measured child runs (with --_child SPEC).
BENCH_SCRIPT = Path(__file__).resolve().with_name("bench_analyze.py")
SAMPLE_SECONDS = 0.05
MB = 1_000_000


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
    """Run one measurement in a fresh interpreter (bench_analyze.py with --_child)."""
    argv = [sys.executable, str(BENCH_SCRIPT), "--_child", json.dumps(spec)]
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
