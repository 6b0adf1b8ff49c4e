"""The SQLite store: one file, WAL, FTS5, migrations; see docs/SCHEMA.md."""

from .store import Store, StoredRun

__all__ = ["Store", "StoredRun"]
