"""What `watch` tells the person running it, as it happens."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class WatchEvent:
    """Something a person watching wants to know, as it happens.

    kind: `added` (an article stored), `problem` (a file, page or item that
    could not be read, and why), `source_failed` (a feed or sitemap that
    failed this round; tried again later), `waiting` (a file still being
    written, or a source backing off), `round` (a round's totals), `stopped`.
    """

    kind: str
    source: str
    detail: str = ""

    def __str__(self) -> str:
        # Sources, titles and reasons come from files and feeds: no control
        # character of theirs reaches a terminal.
        text = f"{self.kind}: {self.source}" + (f": {self.detail}" if self.detail else "")
        return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


EventHook = Callable[[WatchEvent], None]
