"""robots.txt, read once per host and `robots_ttl`, as RFC 9309 asks:

- 200: its rules (urllib.robotparser), and its `Crawl-delay` and `Sitemap:` lines;
- 401 or 403: the whole host is off limits;
- another 4xx (no robots.txt): everything is allowed;
- 5xx, a timeout or no answer: nothing is fetched from the host this time
  (a transient FetchError, so the page is tried again next round).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from .response import FetchError, Response

#: A robots.txt bigger than this is read only up to it (Google reads 500 KiB).
_MAX_ROBOTS = 512 * 1024
#: Seconds before an unreadable robots.txt is asked for again: the host's
#: other pages wait too, instead of each asking for it once more.
_RETRY_UNREADABLE = 300.0


@dataclass
class _Entry:
    parser: RobotFileParser
    text: str
    read_at: float


class Robots:
    def __init__(
        self,
        fetch: Callable[[str], Response],
        user_agent: str,
        ttl: float,
        clock: Callable[[], float],
    ) -> None:
        self._fetch = fetch
        self.user_agent = user_agent
        self.ttl = ttl
        self.clock = clock
        self._hosts: dict[str, _Entry] = {}
        self._unreadable: dict[str, tuple[float, FetchError]] = {}

    def allowed(self, url: str) -> bool:
        return self._entry(url).parser.can_fetch(self.user_agent, url)

    def crawl_delay(self, host: str) -> float | None:
        """The host's `Crawl-delay` for newsdesk, when its robots.txt was read."""
        entry = next((e for k, e in self._hosts.items() if urlsplit(k).hostname == host), None)
        if entry is None:
            return None
        delay = entry.parser.crawl_delay(self.user_agent)
        return float(delay) if delay is not None else None

    def text(self, url: str) -> str:
        """The robots.txt that governs `url` (empty when there is none)."""
        return self._entry(url).text

    def _entry(self, url: str) -> _Entry:
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        entry = self._hosts.get(base)
        if entry is not None and self.clock() - entry.read_at < self.ttl:
            return entry
        down = self._unreadable.get(base)
        if down is not None and self.clock() - down[0] < min(self.ttl, _RETRY_UNREADABLE):
            raise FetchError(url, down[1].reason, transient=True)
        try:
            return self._read(url, base)
        except FetchError as exc:
            if not exc.transient:
                raise
            reason = exc.reason
            if "robots.txt" not in reason:
                reason = (
                    f"robots.txt of {parts.hostname} could not be read ({reason}): not "
                    "fetched until it can be"
                )
            self._unreadable[base] = (self.clock(), FetchError(url, reason, transient=True))
            raise FetchError(url, reason, transient=True) from exc

    def _read(self, url: str, base: str) -> _Entry:
        parts = urlsplit(url)
        robots_url = f"{base}/robots.txt"
        response = self._fetch(robots_url)
        parser = RobotFileParser(robots_url)
        text = ""
        if response.status == 200:
            text = response.body[:_MAX_ROBOTS].decode("utf-8", "replace")
            parser.parse(text.splitlines())
        elif response.status in (401, 403):
            parser.disallow_all = True  # type: ignore[attr-defined]
        elif 400 <= response.status < 500:
            parser.allow_all = True  # type: ignore[attr-defined]
        else:
            raise FetchError(
                url,
                f"robots.txt of {parts.hostname} answered HTTP {response.status}: not fetched "
                "until it can be read",
                transient=True,
            )
        entry = _Entry(parser, text, self.clock())
        self._hosts[base] = entry
        self._unreadable.pop(base, None)
        return entry
