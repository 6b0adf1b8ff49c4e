"""The feeds, sitemaps and web pages given to `watch`, read each round.

A source is read only when it is due: one that failed n rounds in a row
waits `interval * (2**(n-1) - 1)` seconds more (tried again next round after
one failure, then after one, three, seven... skipped intervals). A web page
given as a source is resolved once to the first feed it links (or the first
sitemap its robots.txt names), and that is read from then on.

Each item not taken before is downloaded; a download that may work later
(timeout, 5xx, robots.txt unreadable) is reported and not remembered, so it
is tried again next round; one that never will (404, refused, too large, not
HTML) is remembered as failed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from trafilatura.utils import decode_file

from .events import WatchEvent
from .feeds import FeedItem, NotAFeed, Parsed, extract_robots_sitemaps, feed_links, parse
from .fetch import Fetcher
from .response import FetchError
from .settings import WatchSettings
from .state import WatchState

#: Feeds tried, in the order a page links them, when a page is given as a source.
_MAX_DISCOVERED = 3


@dataclass(frozen=True, slots=True)
class Page:
    """A downloaded feed item, ready for the JSON Lines reader."""

    #: Where the page was found (after redirects).
    url: str
    #: The link as the feed gives it: what is remembered as taken.
    link: str
    feed: str
    html: str
    published: str | None
    outlet: str | None

    def record(self) -> dict[str, Any]:
        return {
            "url": self.url, "published": self.published, "outlet": self.outlet, "html": self.html
        }


def outlet_of(url: str) -> str | None:
    """The site a feed belongs to: its host name without `www.`."""
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


class Sources:
    def __init__(
        self,
        urls: list[str],
        fetcher: Fetcher,
        state: WatchState,
        settings: WatchSettings,
        emit: Callable[[WatchEvent], None],
        stop: threading.Event,
    ) -> None:
        self.urls = list(dict.fromkeys(urls))
        self.fetcher = fetcher
        self.state = state
        self.settings = settings
        self.emit = emit
        self.stop = stop

    def collect(self) -> list[Page]:
        """The new items of every due source, downloaded."""
        pages: list[Page] = []
        taken: set[str] = set()
        for url in self.urls:
            if self.stop.is_set():
                break
            items = self._read(url)
            fresh = [i for i in items if i.url not in taken and not self.state.item_seen(i.url)]
            for item in fresh[: self.settings.max_items]:
                if self.stop.is_set():
                    break
                taken.add(item.url)
                page = self._download(item, url)
                if page is not None:
                    pages.append(page)
            if len(fresh) > self.settings.max_items:
                self.emit(WatchEvent(
                    "waiting", url,
                    f"{len(fresh) - self.settings.max_items} more new item(s) left for next round",
                ))
        return pages

    def _read(self, url: str) -> list[FeedItem]:
        known = self.state.source(url)
        now = time.time()
        if known.retry_after is not None and now < known.retry_after:
            self.emit(WatchEvent(
                "waiting", url,
                f"failed {known.failures} time(s) in a row ({known.last_error}); next try in "
                f"{known.retry_after - now:.0f} s",
            ))
            return []
        try:
            resolved, items = self._resolve(url, known.resolved or url)
        except Exception as exc:  # whatever a source does, the others go on
            reason = _reason(exc)
            failures = known.failures + 1
            wait = min(
                self.settings.interval * (2 ** (failures - 1) - 1), self.settings.max_backoff
            )
            self.state.source_failed(url, reason, failures, now + wait)
            self.emit(WatchEvent(
                "source_failed", url,
                f"{reason} (failure {failures} in a row; tried again "
                + ("next round)" if wait <= 0 else f"in {wait:.0f} s)"),
            ))
            return []
        self.state.source_ok(url, resolved)
        return items

    def _resolve(self, url: str, target: str) -> tuple[str, list[FeedItem]]:
        """(the feed or sitemap read, its items) for a source."""
        response = self.fetcher.get(target)
        text = decode_file(response.body)
        try:
            return target, self._items(parse(text, response.url))
        except NotAFeed as garbage:
            if "html" not in response.content_type.lower() and "<html" not in text[:2000].lower():
                raise
            # A web page: the feeds it links, then the sitemaps its robots.txt names.
            base = "{0.scheme}://{0.netloc}".format(urlsplit(response.url))
            candidates = feed_links(text, response.url)[:_MAX_DISCOVERED]
            candidates += extract_robots_sitemaps(self.fetcher.robots.text(response.url), base)
            for candidate in candidates:
                try:
                    found = self.fetcher.get(candidate)
                    return candidate, self._items(parse(decode_file(found.body), found.url))
                except (FetchError, NotAFeed):
                    continue
            raise NotAFeed(
                f"a web page that links no readable feed, on a site whose robots.txt names no "
                f"readable sitemap ({garbage})"
            ) from garbage

    def _items(self, parsed: Parsed) -> list[FeedItem]:
        """The items of a feed, or of a sitemap and the sitemaps it nests."""
        items = list(parsed.items)
        queue: list[str] = list(parsed.sitemaps)
        seen: set[str] = set()
        while queue and len(seen) < self.settings.max_sitemaps and not self.stop.is_set():
            nested = queue.pop(0)
            if nested in seen:
                continue
            seen.add(nested)
            response = self.fetcher.get(nested)
            inner = parse(decode_file(response.body), response.url)
            items.extend(inner.items)
            queue.extend(inner.sitemaps)
        return items

    def _download(self, item: FeedItem, feed: str) -> Page | None:
        try:
            response = self.fetcher.get(item.url)
            kind = response.content_type.split(";")[0].strip().lower()
            if kind and "html" not in kind:
                raise FetchError(item.url, f"not an HTML page (Content-Type: {kind})")
            html = decode_file(response.body)
        except Exception as exc:  # whatever one page does, it is that page's problem
            reason = _reason(exc)
            if isinstance(exc, FetchError) and exc.transient:
                limit = self.settings.item_tries
                tries = self.state.item_failed_for_now(item.url, feed, reason, limit)
                reason += (
                    f" (try {tries} of {limit}; tried again next round)" if tries < limit
                    else f" (try {tries} of {limit}: given up)"
                )
            else:
                self.state.mark_items([(item.url, feed, "failed", reason)])
            self.emit(WatchEvent("problem", item.url, reason))
            return None
        return Page(response.url, item.url, feed, html, item.published, outlet_of(feed))


def _reason(exc: Exception) -> str:
    if isinstance(exc, FetchError):
        return exc.reason
    if isinstance(exc, NotAFeed):
        return str(exc)
    return f"failed ({type(exc).__name__}: {str(exc)[:200]})"
