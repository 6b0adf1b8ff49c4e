"""`newsdesk watch`: keep a store current from folders that scrapers write
into and from RSS/Atom feeds and sitemaps, politely (docs/WATCH.md).

>>> from newsdesk.watch import WatchSettings
>>> WatchSettings(interval=60).min_delay
2.0
"""

from __future__ import annotations

from .events import EventHook, WatchEvent
from .fetch import Fetcher
from .loop import WatchSummary, watch
from .response import FetchError, Refused
from .settings import USER_AGENT, WatchSettings

__all__ = [
    "USER_AGENT",
    "EventHook",
    "FetchError",
    "Fetcher",
    "Refused",
    "WatchEvent",
    "WatchSettings",
    "WatchSummary",
    "watch",
]
