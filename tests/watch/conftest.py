"""A local web site for the watch tests: routes served from 127.0.0.1 by a
threaded http.server, each request logged with its arrival time."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsdesk.watch import WatchSettings


@dataclass
class Route:
    body: bytes | str = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    #: Seconds to wait before answering (longer than the timeout: a timeout).
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Site:
    base: str
    routes: dict[str, Route]
    #: (path, monotonic time) of every request that arrived.
    log: list[tuple[str, float]]
    #: The User-Agent header of each request.
    agents: list[str]

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.log if p == path)


@pytest.fixture
def site() -> Iterator[Site]:
    routes: dict[str, Route] = {}
    log: list[tuple[str, float]] = []
    agents: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            log.append((self.path, time.monotonic()))
            agents.append(self.headers.get("User-Agent", ""))
            route = routes.get(self.path)
            if route is None:
                route = Route("not found", status=404, content_type="text/plain")
            if route.delay:
                time.sleep(route.delay)
            body = route.body.encode() if isinstance(route.body, str) else route.body
            try:
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except OSError:  # the client gave up (a timeout test)
                pass

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(f"http://127.0.0.1:{server.server_address[1]}", routes, log, agents)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def fast() -> WatchSettings:
    """Settings for a local server: loopback allowed, short waits."""
    return WatchSettings(
        allow_private=True, min_delay=0.0, timeout=0.5, retries=1, backoff=0.01, settle=0.0,
        interval=0.0,
    )

