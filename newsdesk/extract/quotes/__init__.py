"""Who said what: quote marks paired (`marks`), statements found around cue
verbs and quotes (`finder`, with `owners`, `attribution`, `short`,
`classifier` and `rivals`), each a `Statement` (`statement`)."""

from __future__ import annotations

from .finder import StatementFinder, find_statements
from .marks import Quoted, find_quotes
from .statement import Statement

__all__ = ["Quoted", "Statement", "StatementFinder", "find_quotes", "find_statements"]
