"""`newsdesk serve` as a user starts it: a real process on 127.0.0.1 that
answers the corpus page and the API, and a clear error without a store."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from newsdesk.cli import main


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_answers_on_loopback(corpus_db: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsdesk.cli", "serve", "--db", str(corpus_db),
         "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:
                    page = r.read().decode()
                    policy = r.headers["Content-Security-Policy"]
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                assert time.monotonic() < deadline, "serve did not answer within 60 s"
                time.sleep(0.5)
        assert "<html" in page.lower() and "default-src" in policy
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stories", timeout=5) as r:
            assert r.status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_without_a_store_says_so(tmp_path: Path) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    assert not (tmp_path / "none.db").exists()
