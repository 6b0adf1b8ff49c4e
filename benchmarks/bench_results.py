"""bench_analyze.py's results: the median over a measurement's runs, and the tables."""

from __future__ import annotations

import statistics
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from bench_process import Run


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
