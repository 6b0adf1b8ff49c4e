"""Per-page figures of the CleanPortalEval scorer (`eval/cleanportal.py`):
each page's F1 as last pinned (`eval/cleanportal_pages.json`, written by
`--save-pages`), and a run's pages set against a saved run (`--compare`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eval.cleanportal import SystemResult

REPO = Path(__file__).resolve().parents[1]

#: Each page's F1 as last pinned (`--save-pages`): the test fails when a page
#: falls more than `PAGE_TOLERANCE` below it.
PINNED_PAGES = REPO / "eval" / "cleanportal_pages.json"
PAGE_TOLERANCE = 0.02


@dataclass
class Change:
    """One page's F1 in a saved run and now."""

    system: str
    page: str
    before: float
    after: float

    @property
    def delta(self) -> float:
        return self.after - self.before


def compare(results: Sequence[SystemResult], saved: dict[str, Any]) -> list[Change]:
    """Each page's F1 now against the same system's in `saved` (a `--json`
    run), for every system in both, pages in name order."""
    out: list[Change] = []
    for r in results:
        old = saved.get("systems", {}).get(r.name)
        if not old:
            continue
        before = {row["page"]: float(row["f1"]) for row in old.get("per_page", [])}
        for ps in r.scores:
            if ps.page.name in before:
                out.append(Change(r.name, ps.page.name, before[ps.page.name],
                                  round(ps.counts.f1, 4)))
    return out


def pages_json(results: Sequence[SystemResult]) -> str:
    """Each page's F1 per system as JSON in the form `compare` reads, one page
    a line (so that a change to the pinned file reads as a diff of pages)."""
    systems = []
    for r in results:
        rows = ",\n".join(
            "    " + json.dumps({"page": ps.page.name, "f1": round(ps.counts.f1, 4)})
            for ps in r.scores)
        systems.append(f'  {json.dumps(r.name)}: {{"per_page": [\n{rows}\n  ]}}')
    return '{"corpus": "CleanPortalEval", "systems": {\n' + ",\n".join(systems) + "\n}}\n"


def render_compare(changes: Sequence[Change], source: Path, tolerance: float) -> str:
    systems = sorted({c.system for c in changes})
    out = [f"per-page F1 against {source} (worse: lost more than {tolerance})"]
    for system in systems:
        mine = [c for c in changes if c.system == system]
        worse = [c for c in mine if c.delta < -tolerance]
        better = [c for c in mine if c.delta > tolerance]
        same = len(mine) - len(worse) - len(better)
        lower = [c for c in mine if c.delta < 0]
        most = min((c.delta for c in lower), default=0.0)
        out.append(f"{system}: {len(mine)} pages, {len(better)} better, {same} within "
                   f"{tolerance}, {len(worse)} worse; {len(lower)} lower at all "
                   f"(largest loss {abs(most):.3f})")
        for c in sorted(worse + better, key=lambda c: (c.delta, c.page)):
            out.append(f"  {'WORSE ' if c.delta < 0 else 'better'} {c.page:<32} "
                       f"{c.before:6.3f} -> {c.after:6.3f} ({c.delta:+.3f})")
    return "\n".join(out)
