"""How `watch` behaves: one object, as `Options` is for the pipeline."""

from __future__ import annotations

from dataclasses import dataclass

from .. import __version__
from ..errors import ConfigError

#: Says who is asking and where to read about it, as polite crawlers do; the
#: first word ("newsdesk") is what a robots.txt `User-agent:` line matches.
USER_AGENT = f"newsdesk/{__version__} (news monitor; +https://pypi.org/project/newsdesk/)"


@dataclass(frozen=True, slots=True)
class WatchSettings:
    """Settings of `newsdesk watch`. The defaults are for real sites; tests
    shorten the waits."""

    #: Seconds between the starts of two rounds.
    interval: float = 300.0
    #: Fetch from private, loopback, link-local and other non-public addresses.
    allow_private: bool = False
    user_agent: str = USER_AGENT
    #: Least seconds between two requests to one host (a robots.txt
    #: `Crawl-delay` that asks for more wins).
    min_delay: float = 2.0
    #: Seconds to connect, and to wait for each read; a whole download also
    #: ends after twice this.
    timeout: float = 15.0
    #: Extra tries after a timeout, a dropped connection, a 429 or a 5xx.
    retries: int = 2
    #: Seconds before the first retry; doubled for each retry after it.
    backoff: float = 2.0
    #: Redirects followed per request (each hop checked like the first).
    max_redirects: int = 5
    #: New items taken from one feed or sitemap per round.
    max_items: int = 50
    #: Rounds in which an item's page may time out (or answer 5xx) before it
    #: is given up on.
    item_tries: int = 5
    #: Nested sitemaps read per sitemap source and round.
    max_sitemaps: int = 10
    #: A file whose size and time have not changed for this many seconds is
    #: complete; a newer one waits until two polls see it unchanged.
    settle: float = 5.0
    #: Seconds a host's robots.txt is trusted before it is read again.
    robots_ttl: float = 3600.0
    #: A source that failed n times in a row waits interval * (2**(n-1) - 1)
    #: seconds more (0 after one failure: it is tried next round), at most this.
    max_backoff: float = 86_400.0

    def __post_init__(self) -> None:
        least = {
            "interval": 0, "min_delay": 0, "backoff": 0, "settle": 0, "robots_ttl": 0,
            "max_backoff": 0, "retries": 0, "max_redirects": 0, "max_items": 1, "max_sitemaps": 1,
            "item_tries": 1,
        }
        for name, minimum in least.items():
            value = getattr(self, name)
            if value < minimum:
                raise ConfigError(f"watch setting {name} must be {minimum} or more, not {value}")
        if self.timeout <= 0:
            raise ConfigError(f"watch setting timeout must be above 0, not {self.timeout}")
        if not self.user_agent.strip():
            raise ConfigError("watch setting user_agent must not be empty")
