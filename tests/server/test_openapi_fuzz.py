"""Schemathesis: requests generated from /openapi.json (valid and invalid) never get a 500.

Needs the ``schemathesis`` package (dev extra); skipped without it. The operations are
driven by hand (schemathesis' pytest plugin does not support pytest 9 yet).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.conftest import Harness

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
)

CHECKS = [schemathesis.checks.not_a_server_error, content_type_conformance]


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_no_generated_request_gets_a_server_error(srv: Harness, mode: str) -> None:
    _, client = srv.rep()
    headers = {"Authorization": f"Bearer {client.token}", "X-RepDesk-Protocol": "1"}
    schema = schemathesis.openapi.from_url(f"{srv.url}/openapi.json")
    checks = CHECKS + ([response_schema_conformance] if mode == "positive" else [])
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 7
    for operation in operations:
        if operation.path.endswith("/logout"):
            continue  # would end the shared token

        @given(case=operation.as_strategy(schemathesis.GenerationMode(mode)))
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
        def run(case: Any) -> None:
            response = case.call(base_url=srv.url, headers=headers)
            case.validate_response(response, checks=checks)

        try:
            run()
        except Unsatisfiable:
            assert mode == "negative"  # an operation with nothing to get wrong (GET /health)
