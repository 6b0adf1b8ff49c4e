"""What a fetch gives back, or why it gave nothing."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError


class FetchError(InputError):
    """A URL could not be fetched. `transient`: worth trying again later
    (timeout, 5xx); otherwise final (404, refused, too large)."""

    def __init__(self, url: str, reason: str, *, transient: bool = False) -> None:
        super().__init__(url, reason)
        self.transient = transient


class Refused(FetchError):
    """newsdesk would not ask: robots.txt disallows it, or the address is not public."""


@dataclass(frozen=True, slots=True)
class Response:
    url: str
    status: int
    body: bytes
    content_type: str = ""
    #: Where a redirect points (empty otherwise).
    location: str = ""
    #: Seconds a 429 or 503 asks to wait (its Retry-After header).
    retry_after: float | None = None


@dataclass(frozen=True, slots=True)
class SentRequest:
    host: str
    url: str
    at: float
