"""Polite HTTP: one GET at a time, with every check a public crawler owes.

- Only http and https; every hop of a redirect is checked like the first URL.
- A host that resolves to a private, loopback, link-local, reserved, multicast
  or unspecified address is refused by name unless `allow_private` is set;
  the connection is vetted again after connecting (trafilatura's pool), so a
  name that resolves differently the second time (DNS rebinding) is refused too.
- robots.txt is honoured (`robots.py`), and its `Crawl-delay`.
- At least `min_delay` seconds between two requests to one host.
- Timeouts; retries with exponential backoff after a timeout, a dropped
  connection, 429 or 5xx; anything else is final.
- A size limit: a body over `max_bytes` is refused, as an input file would be.

Every request sent is logged in `Fetcher.requests` (host, URL, clock time),
which the tests read to check the spacing.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin, urlsplit

import certifi
import urllib3
from trafilatura.downloads import create_pool

from .response import FetchError, Refused, Response, SentRequest
from .robots import Robots
from .settings import WatchSettings

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
#: Statuses worth trying again: the server is busy or broken for now.
_TRANSIENT = frozenset({429, 500, 502, 503, 504})
#: The longest Retry-After (seconds) waited for within a round.
_MAX_RETRY_AFTER = 60.0


_ADDRESS_KINDS = (
    ("is_loopback", "a loopback"),
    ("is_link_local", "a link-local"),
    ("is_multicast", "a multicast"),
    ("is_unspecified", "an unspecified"),
    ("is_private", "a private"),
    ("is_reserved", "a reserved"),
)


def address_problem(address: str) -> str | None:
    """What kind of non-public address `address` is, or None when it is public."""
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(address.split("%")[0])
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    for attr, kind in _ADDRESS_KINDS:
        if getattr(ip, attr):
            return f"{kind} address"
    # Shared (carrier-grade NAT) space and the like: not private, not public either.
    return None if ip.is_global else "a non-public address"


def check_host(url: str, host: str, port: int | None) -> None:
    """Raise Refused when any address `host` resolves to is not public."""
    try:
        infos = socket.getaddrinfo(host, port or 80, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"cannot resolve host {host!r}: {exc}", transient=True) from exc
    for info in infos:
        address = str(info[4][0])
        kind = address_problem(address)
        if kind:
            literal = address == host.strip("[]")
            what = f"{host} is" if literal else f"{host!r} resolves to {address},"
            raise Refused(
                url,
                f"refused: host {what} {kind} (allow private addresses with --allow-private "
                "only for hosts you trust)",
            )


class Fetcher:
    """GETs URLs politely (see the module docstring). One per `watch` call:
    it keeps each host's last request time and robots.txt."""

    def __init__(
        self,
        settings: WatchSettings,
        *,
        max_bytes: int,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self.max_bytes = max_bytes
        self.clock = clock
        self.sleep = sleep
        self.requests: list[SentRequest] = []
        self._last: dict[str, float] = {}
        self._pool: Any = create_pool(
            ssrf_protection=not settings.allow_private,
            cert_reqs="CERT_REQUIRED",
            ca_certs=certifi.where(),
        )
        self.robots = Robots(self._fetch_robots, settings.user_agent, settings.robots_ttl, clock)

    def get(self, url: str) -> Response:
        """The final response for `url` (status 200), or FetchError saying why not."""
        response = self._follow(url, robots=True)
        if response.status != 200:
            transient = response.status in _TRANSIENT
            raise FetchError(response.url, f"HTTP status {response.status}", transient=transient)
        return response

    def _fetch_robots(self, url: str) -> Response:
        return self._follow(url, robots=False)

    def _follow(self, url: str, *, robots: bool) -> Response:
        for _ in range(self.settings.max_redirects + 1):
            self._check(url, robots=robots)
            response = self._send(url)
            if response.status not in _REDIRECTS or not response.location:
                return response
            url = urljoin(url, response.location)
        raise FetchError(url, f"more than {self.settings.max_redirects} redirects")

    def _check(self, url: str, *, robots: bool) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise Refused(url, "not an http(s) URL")
        if not url.isprintable() or " " in url:
            raise Refused(url, "not a valid URL: it holds spaces or control characters")
        try:
            port = parts.port
        except ValueError as exc:
            raise Refused(url, f"not a valid URL: {exc}") from exc
        if not self.settings.allow_private:
            check_host(url, parts.hostname, port)
        if robots and not self.robots.allowed(url):
            raise Refused(url, f"robots.txt of {parts.hostname} disallows it for newsdesk")

    def _wait_for(self, host: str) -> None:
        last = self._last.get(host)
        if last is None:
            return
        delay = max(self.settings.min_delay, self.robots.crawl_delay(host) or 0.0)
        wait = last + delay - self.clock()
        if wait > 0:
            self.sleep(wait)

    def _send(self, url: str) -> Response:
        """One request, retried after transient failures: after `backoff`
        seconds, doubled each time, or as long as a Retry-After header asks
        when that is at most `_MAX_RETRY_AFTER` (longer: next round)."""
        host = (urlsplit(url).hostname or "").lower()
        tries = self.settings.retries + 1
        reason = ""
        wait = 0.0
        for attempt in range(tries):
            if attempt:
                self.sleep(wait or self.settings.backoff * 2 ** (attempt - 1))
            self._wait_for(host)
            now = self.clock()
            self._last[host] = now
            self.requests.append(SentRequest(host, url, now))
            try:
                response = self._request(url)
            except _Transient as exc:
                reason, wait = str(exc), 0.0
                continue
            if response.status not in _TRANSIENT:
                return response
            reason = f"HTTP status {response.status}"
            wait = response.retry_after or 0.0
            if wait > _MAX_RETRY_AFTER:
                raise FetchError(
                    url, f"{reason}, asked to come back in {wait:.0f} s", transient=True
                )
        raise FetchError(url, f"{reason} ({tries} tries)", transient=True)

    def _request(self, url: str) -> Response:
        timeout = self.settings.timeout
        try:
            raw = self._pool.request(
                "GET",
                url,
                headers={
                    "User-Agent": self.settings.user_agent,
                    "Accept-Encoding": "gzip, deflate",
                },
                redirect=False,
                retries=False,
                timeout=urllib3.Timeout(connect=timeout, read=timeout),
                preload_content=False,
            )
        except urllib3.exceptions.LocationValueError as exc:
            raise FetchError(url, f"not a valid URL: {_short(exc)}") from exc
        except urllib3.exceptions.NewConnectionError as exc:
            if "SSRF" in str(exc):
                raise Refused(url, f"refused: connected to a non-public address ({exc})") from exc
            raise _Transient(f"cannot connect: {_short(exc)}") from exc
        except urllib3.exceptions.TimeoutError as exc:
            raise _Transient(f"timed out after {timeout:g} s") from exc
        except urllib3.exceptions.HTTPError as exc:
            raise _Transient(f"connection failed: {_short(exc)}") from exc
        try:
            if raw.status in _REDIRECTS:
                # A redirect's body is not read (it could be endless): no reuse.
                raw.close()
                return Response(url, raw.status, b"", location=raw.headers.get("Location") or "")
            body = self._read(url, raw)
            response = Response(
                url, raw.status, body, raw.headers.get("Content-Type") or "",
                retry_after=_seconds(raw.headers.get("Retry-After")),
            )
        except BaseException:
            # Part of the body may be unread: the connection cannot be reused.
            raw.close()
            raise
        raw.release_conn()
        return response

    def _read(self, url: str, raw: Any) -> bytes:
        declared = raw.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(
                url, f"{int(declared):,} bytes is over the {self.max_bytes:,}-byte limit"
            )
        deadline = self.clock() + 2 * self.settings.timeout
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in raw.stream(1 << 16):
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(url, f"over the {self.max_bytes:,}-byte limit")
                if self.clock() > deadline:
                    raise _Transient(f"download took over {2 * self.settings.timeout:g} s")
                chunks.append(chunk)
        except urllib3.exceptions.TimeoutError as exc:
            raise _Transient(f"timed out after {self.settings.timeout:g} s") from exc
        except urllib3.exceptions.HTTPError as exc:
            raise _Transient(f"download failed: {_short(exc)}") from exc
        return b"".join(chunks)


class _Transient(Exception):
    """A failure worth another try (inside `Fetcher._send` only)."""


def _seconds(value: str | None) -> float | None:
    """A Retry-After header given in seconds (an HTTP date is not waited for)."""
    return float(value) if value and value.strip().isdigit() else None


def _short(exc: BaseException) -> str:
    return str(exc)[:200]

