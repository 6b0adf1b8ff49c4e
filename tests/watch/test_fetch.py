"""Polite fetching: addresses, robots.txt, rate limit, timeouts, retries, size."""

from __future__ import annotations

import dataclasses
import itertools
import socket

import pytest
import urllib3

from newsdesk.watch import Fetcher, FetchError, Refused, WatchSettings
from newsdesk.watch import fetch as fetch_module
from newsdesk.watch.fetch import address_problem

from .conftest import Route, Site


def fetcher(settings: WatchSettings, max_bytes: int = 1_000_000) -> Fetcher:
    return Fetcher(settings, max_bytes=max_bytes)


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "a loopback address"),
        ("::1", "a loopback address"),
        ("10.1.2.3", "a private address"),
        ("192.168.0.10", "a private address"),
        ("169.254.169.254", "a link-local address"),
        ("fe80::1", "a link-local address"),
        ("0.0.0.0", "an unspecified address"),
        ("224.0.0.1", "a multicast address"),
        ("::ffff:127.0.0.1", "a loopback address"),
        ("100.64.0.1", "a non-public address"),
        ("93.184.215.14", None),
        ("2606:4700::1111", None),
    ],
)
def test_address_kinds(address: str, kind: str | None) -> None:
    assert address_problem(address) == kind


def test_loopback_refused_by_name_unless_allowed(site: Site, fast: WatchSettings) -> None:
    site.routes["/a.html"] = Route("<html><body>hello</body></html>")
    strict = fetcher(dataclasses.replace(fast, allow_private=False))
    with pytest.raises(Refused) as caught:
        strict.get(site.url("/a.html"))
    assert "127.0.0.1" in caught.value.reason
    assert "loopback" in caught.value.reason
    assert not caught.value.transient
    assert site.log == []  # nothing was sent, not even robots.txt
    assert fetcher(fast).get(site.url("/a.html")).body.startswith(b"<html>")


def test_a_name_resolving_to_a_private_address_is_refused(
    monkeypatch: pytest.MonkeyPatch, fast: WatchSettings
) -> None:
    def resolve(host: str, *args: object, **kwargs: object) -> list[tuple[object, ...]]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("8.8.8.8", 80)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", 80))]

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", resolve)
    strict = fetcher(dataclasses.replace(fast, allow_private=False))
    with pytest.raises(Refused, match=r"'news\.example' resolves to 10\.0\.0\.7, a private"):
        strict.get("http://news.example/story.html")


def test_each_redirect_hop_is_checked(
    monkeypatch: pytest.MonkeyPatch, site: Site, fast: WatchSettings
) -> None:
    # 127.0.0.1 passes a stand-in check, `localhost` does not: the redirect to
    # it is refused before it is followed.
    real = fetch_module.check_host

    def only_localhost_refused(url: str, host: str, port: int | None) -> None:
        if host == "localhost":
            real(url, host, port)

    monkeypatch.setattr(fetch_module, "check_host", only_localhost_refused)
    port = site.base.rsplit(":", 1)[1]
    site.routes["/go"] = Route(status=302, headers={"Location": f"http://localhost:{port}/x"})
    strict = fetcher(dataclasses.replace(fast, allow_private=False))
    strict._pool = urllib3.PoolManager()  # connect-time vetting is tested below
    with pytest.raises(Refused, match=r"'localhost' resolves to .*loopback"):
        strict.get(site.url("/go"))
    assert site.hits("/go") == 1 and site.hits("/x") == 0


def test_connection_to_a_private_peer_is_refused_after_connecting(
    monkeypatch: pytest.MonkeyPatch, site: Site, fast: WatchSettings
) -> None:
    # As if DNS had answered a public address to the check and a private one
    # to the connection: the connection itself is vetted.
    monkeypatch.setattr(fetch_module, "check_host", lambda url, host, port: None)
    strict = fetcher(dataclasses.replace(fast, allow_private=False))
    with pytest.raises(Refused, match="non-public address"):
        strict.get(site.url("/robots.txt"))


def test_redirects_are_followed_and_robots_checked_on_each_hop(
    site: Site, fast: WatchSettings
) -> None:
    site.routes["/robots.txt"] = Route(
        "User-agent: *\nAllow: /\n\nUser-agent: newsdesk\nDisallow: /private/\n",
        content_type="text/plain",
    )
    site.routes["/old"] = Route(status=301, headers={"Location": "/new"})
    site.routes["/new"] = Route("<html>new</html>")
    site.routes["/sneaky"] = Route(status=302, headers={"Location": "/private/a"})
    site.routes["/private/a"] = Route("<html>secret</html>")
    f = fetcher(fast)
    response = f.get(site.url("/old"))
    assert response.url == site.url("/new") and response.body == b"<html>new</html>"
    with pytest.raises(Refused, match=r"robots\.txt of 127\.0\.0\.1 disallows it"):
        f.get(site.url("/private/a"))
    with pytest.raises(Refused, match=r"robots\.txt"):
        f.get(site.url("/sneaky"))
    assert site.hits("/private/a") == 0
    assert site.hits("/robots.txt") == 1  # read once, kept


def test_robots_forbidden_means_nothing_is_fetched(site: Site, fast: WatchSettings) -> None:
    site.routes["/robots.txt"] = Route("no", status=403, content_type="text/plain")
    site.routes["/a.html"] = Route("<html>a</html>")
    with pytest.raises(Refused):
        fetcher(fast).get(site.url("/a.html"))
    assert site.hits("/a.html") == 0


def test_unreadable_robots_txt_holds_the_host_back(site: Site, fast: WatchSettings) -> None:
    site.routes["/robots.txt"] = Route("down", status=503, content_type="text/plain")
    site.routes["/a.html"] = Route("<html>a</html>")
    f = fetcher(dataclasses.replace(fast, retries=1))
    for _ in range(2):
        with pytest.raises(FetchError, match=r"robots\.txt of 127\.0\.0\.1 could not be read \(HTTP"
        ) as caught:
            f.get(site.url("/a.html"))
        assert caught.value.transient
    assert site.hits("/robots.txt") == 2  # two tries for the first page, none for the second
    assert site.hits("/a.html") == 0


def test_rate_limit_spaces_requests_to_one_host(site: Site, fast: WatchSettings) -> None:
    for name in ("a", "b", "c"):
        site.routes[f"/{name}.html"] = Route(f"<html>{name}</html>")
    f = fetcher(dataclasses.replace(fast, min_delay=0.3))
    for name in ("a", "b", "c"):
        f.get(site.url(f"/{name}.html"))
    sent = [r.at for r in f.requests]
    assert len(sent) == 4  # robots.txt, then the three pages
    assert all(later - earlier >= 0.3 for earlier, later in itertools.pairwise(sent))
    arrived = [t for _, t in site.log]
    # The server saw them spaced too (allowing for scheduling jitter of the threads).
    assert all(later - earlier >= 0.25 for earlier, later in itertools.pairwise(arrived))


def test_crawl_delay_in_robots_txt_wins_over_a_shorter_limit(
    site: Site, fast: WatchSettings
) -> None:
    site.routes["/robots.txt"] = Route(
        "User-agent: *\nCrawl-delay: 1\n", content_type="text/plain"
    )
    site.routes["/a.html"] = Route("<html>a</html>")
    f = fetcher(dataclasses.replace(fast, min_delay=0.0))
    f.get(site.url("/a.html"))
    f.get(site.url("/a.html"))
    pages = [r.at for r in f.requests if r.url.endswith("/a.html")]
    assert pages[1] - pages[0] >= 1.0  # robotparser reads whole seconds only


def test_timeout_is_retried_with_backoff_then_reported(site: Site, fast: WatchSettings) -> None:
    site.routes["/slow"] = Route("<html>late</html>", delay=1.5)
    f = fetcher(dataclasses.replace(fast, timeout=0.3, retries=1, backoff=0.2))
    with pytest.raises(FetchError, match=r"timed out after 0\.3 s \(2 tries\)") as caught:
        f.get(site.url("/slow"))
    assert caught.value.transient
    tries = [r.at for r in f.requests if r.url.endswith("/slow")]
    assert len(tries) == 2
    assert tries[1] - tries[0] >= 0.3 + 0.2  # the timeout, then the backoff


def test_server_error_is_retried_and_a_404_is_not(site: Site, fast: WatchSettings) -> None:
    site.routes["/busy"] = Route("busy", status=503, content_type="text/plain")
    f = fetcher(dataclasses.replace(fast, retries=2))
    with pytest.raises(FetchError, match=r"HTTP status 503 \(3 tries\)") as busy:
        f.get(site.url("/busy"))
    assert busy.value.transient and site.hits("/busy") == 3
    with pytest.raises(FetchError, match="HTTP status 404") as missing:
        f.get(site.url("/missing"))
    assert not missing.value.transient and site.hits("/missing") == 1


def test_retry_after_is_waited_for_or_left_for_next_round(
    site: Site, fast: WatchSettings
) -> None:
    site.routes["/busy"] = Route("busy", status=503, headers={"Retry-After": "1"})
    site.routes["/later"] = Route("later", status=429, headers={"Retry-After": "3600"})
    f = fetcher(dataclasses.replace(fast, retries=1, backoff=0.01))
    with pytest.raises(FetchError, match=r"HTTP status 503 \(2 tries\)"):
        f.get(site.url("/busy"))
    busy = [r.at for r in f.requests if r.url.endswith("/busy")]
    assert busy[1] - busy[0] >= 1.0
    with pytest.raises(FetchError, match="asked to come back in 3600 s") as later:
        f.get(site.url("/later"))
    assert later.value.transient and site.hits("/later") == 1


def test_size_limit(site: Site, fast: WatchSettings) -> None:
    site.routes["/big"] = Route("x" * 5000)
    with pytest.raises(FetchError, match="over the 1,000-byte limit"):
        fetcher(fast, max_bytes=1000).get(site.url("/big"))


def test_user_agent_names_newsdesk(site: Site, fast: WatchSettings) -> None:
    site.routes["/a.html"] = Route("<html>a</html>")
    fetcher(fast).get(site.url("/a.html"))
    assert site.agents and all(a.startswith("newsdesk/") for a in site.agents)


def test_only_http_urls(fast: WatchSettings) -> None:
    with pytest.raises(Refused, match="not an http"):
        fetcher(fast).get("file:///etc/passwd")


@pytest.mark.parametrize(
    "url", ["http://news.example:99999/a", "http://news.example/a b", "http://news.example/\x1b[2J"]
)
def test_malformed_urls_are_refused_by_name(url: str, fast: WatchSettings) -> None:
    with pytest.raises(Refused, match="not a valid URL"):
        fetcher(fast).get(url)


def test_events_print_no_control_characters() -> None:
    from newsdesk.watch import WatchEvent

    shown = str(WatchEvent("added", "http://x/\x1b[2J", "Title\x07\nnext"))
    assert shown == "added: http://x/\\x1b[2J: Title\\x07\\nnext"


@pytest.mark.parametrize(
    ("change", "says"),
    [({"interval": -1}, "interval must be 0 or more"), ({"timeout": 0}, "timeout must be above 0"),
     ({"max_items": 0}, "max_items must be 1 or more"), ({"user_agent": " "}, "user_agent")],
)
def test_settings_are_checked(change: dict[str, object], says: str) -> None:
    from newsdesk.errors import ConfigError

    with pytest.raises(ConfigError, match=says):
        WatchSettings(**change)  # type: ignore[arg-type]
