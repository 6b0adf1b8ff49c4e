"""A test-only hook: kill this process at a named point of `analyze`.

`NEWSDESK_TEST_KILL_AT=POINT:N` makes the N-th call of `reached(POINT)`
send SIGKILL to the process itself, so tests can stop a real run at an exact
moment (tests/test_resume.py). Points: `read` (an article read), `commit`
(a batch of articles committed), `reanchor` (an article's dates re-resolved
and committed), `corpus` (an article taken in by the corpus stages and
committed), `brief` (a story's brief committed). Unset, it costs one dict
lookup. It is read here and nowhere else; never set it outside tests.
"""

from __future__ import annotations

import os
import signal

ENV = "NEWSDESK_TEST_KILL_AT"
_counts: dict[str, int] = {}


def reached(point: str) -> None:
    """Count one arrival at `point`; die by SIGKILL if the test asked for it."""
    target = os.environ.get(ENV)
    if not target:
        return
    name, _, n = target.partition(":")
    if name != point:
        return
    _counts[point] = _counts.get(point, 0) + 1
    if str(_counts[point]) == n.strip():
        os.kill(os.getpid(), signal.SIGKILL)
