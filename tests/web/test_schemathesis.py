"""schemathesis against the app's own OpenAPI schema: generated requests,
valid and invalid, never get a 5xx, and responses match their models.

The app needs the analysed store (a session fixture), so the schema's
strategies drive Hypothesis directly inside the test rather than through
`@schema.parametrize()` at import time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from newsdesk.web import create_app

MODES = {
    "valid": schemathesis.GenerationMode.POSITIVE,
    "invalid": schemathesis.GenerationMode.NEGATIVE,
}


@pytest.mark.parametrize("mode", MODES)
def test_no_server_errors(corpus_db: Path, mode: str) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(corpus_db))
    checks = [not_a_server_error]
    if mode == "valid":
        checks.append(response_schema_conformance)
    seen: set[str] = set()

    # derandomized: 150 random cases did not always reach every operation
    # checked below, which made the suite fail at random
    @given(case=schema.as_strategy(MODES[mode]))
    @settings(max_examples=150, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    def run(case: schemathesis.Case) -> None:
        seen.add(case.operation.path)
        case.call_and_validate(checks=checks)

    run()
    assert {"/api/stories", "/api/search", "/api/people/{person_id}"} <= seen
