"""Shared fixtures. Data from ../shared is read in place, never copied."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.store import Store

# One worker unless a test asks for more: a pool of spawned workers costs
# seconds of model loading each (newsdesk.config.default_workers reads it).
os.environ.setdefault("NEWSDESK_WORKERS", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
POLNEAR = SHARED / "eval" / "polnear"


def need(path: Path) -> Path:
    """`path` if it exists; else skip (fail under CI=true) naming the path."""
    if not path.exists():
        message = f"needs {path} (the shared data beside the repository)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def seeds() -> Path:
    return need(SEEDS)


@pytest.fixture
def seed_paths(seeds: Path) -> dict[str, Path]:
    """The seed files by their number prefix: '000', '001', '002'."""
    return {p.name[:3]: p for p in sorted(seeds.glob("*.txt"))}


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store(":memory:")
    yield s
    s.close()
