"""Folders that scrapers write into, polled (no inotify: nothing to install,
and it works on network drives).

A file is read once per (size, modification time): a new file, or one that
changed since it was read (a JSONL file appended to), is ready when it has
not changed for `settle` seconds or when two polls in a row saw it the same;
until then it is pending. Files of kinds newsdesk does not read, hidden files
and hidden directories are passed over, so a scraper's `.part` or `.tmp`
file is never read half-written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..read import kind_of
from .state import WatchState


@dataclass(frozen=True, slots=True)
class Seen:
    path: Path
    size: int
    mtime_ns: int


@dataclass
class Scan:
    ready: list[Seen] = field(default_factory=list)
    pending: list[Seen] = field(default_factory=list)
    #: (folder or file, reason): a folder that is gone or cannot be listed.
    problems: list[tuple[str, str]] = field(default_factory=list)


def scan(folders: list[Path], state: WatchState, *, settle: float, now: float) -> Scan:
    """Which files under `folders` are ready to read, and which wait.
    `now` is time.time(), to compare with modification times."""
    result = Scan()
    pending: list[tuple[str, int, int, str, str | None]] = []
    for folder in folders:
        for path in _files(folder, result):
            try:
                st = path.stat()
            except OSError as exc:  # removed between listing and stat: next poll decides
                result.problems.append((str(path), f"cannot read: {exc.strerror or exc}"))
                continue
            seen = Seen(path, st.st_size, st.st_mtime_ns)
            before = state.file(str(path))
            if before and (before.size, before.mtime_ns) == (seen.size, seen.mtime_ns):
                if before.status == "pending":
                    result.ready.append(seen)
                continue  # read already (done or failed) and unchanged since
            if now - st.st_mtime >= settle:
                result.ready.append(seen)
            else:
                result.pending.append(seen)
                pending.append((str(path), seen.size, seen.mtime_ns, "pending", None))
    if pending:
        state.mark_files(pending)
    return result


def _files(folder: Path, result: Scan) -> list[Path]:
    if not folder.is_dir():
        reason = "no such folder" if not folder.exists() else "not a folder"
        result.problems.append((str(folder), reason))
        return []
    found: list[Path] = []

    def unreadable(exc: OSError) -> None:
        result.problems.append((str(exc.filename or folder), f"cannot list: {exc.strerror or exc}"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if not name.startswith(".") and kind_of(path):
                found.append(path)
    return found
