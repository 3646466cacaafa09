"""schemathesis against the sync server's own OpenAPI: no server error, every answer as published.

The real app (``create_app``) runs in-process on a fresh database with three enrolled laptops
of one team — an approved supervisor, an approved member, a pending one — and a revoked one.
For every operation of ``/openapi.json`` schemathesis generates requests from the schema, both
valid ones (positive) and ones the schema forbids (negative), and each is sent with one of:
no token, an unknown token, each laptop's token; with the protocol header right, missing or
wrong. The checks: no 5xx (``not_a_server_error``), the status code is one the operation
documents, the body matches the documented schema and content type. A valid upload is pushed
first, so pulls have envelopes to serve.

Size: ``FIELDCASE_OPENAPI_EXAMPLES`` per operation and mode (15 by default, 400 in
``make reliability``); SQLite by default, PostgreSQL too when ``FIELDCASE_TEST_PG_URL`` is set.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server import approvals
from sync.server.api import create_app
from tests.reliability import record
from tests.sync.server.kit import PG_ENV, PG_SKIP, Laptop, PgSchema, enrol, push

EXAMPLES = int(os.environ.get("FIELDCASE_OPENAPI_EXAMPLES", "15"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(PG_SKIP)
    with PgSchema(base) as url:
        yield url


def _team(app: Any) -> dict[str, str]:
    """Enrol the laptops; returns caller name -> Authorization header value ('' = none)."""
    db = app.state.db
    with TestClient(app, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}) as client:
        supervisor = enrol(client, db, Laptop("sup-1"), "mekong", supervisor=True)
        member = enrol(client, db, Laptop("member-1"), "mekong")
        pending = enrol(client, db, Laptop("pending-1"), "mekong", approve=False)
        revoked = enrol(client, db, Laptop("revoked-1"), "mekong")
        approvals.revoke(db, revoked.device, reason="lost in transit")
        for laptop in (supervisor, member):
            envelopes = [laptop.envelope().to_wire() for _ in range(3)]
            assert push(client, laptop, envelopes).status_code == 200
    return {
        "nobody": "",
        "unknown token": "Bearer fcd_not-a-token",
        "supervisor": f"Bearer {supervisor.token}",
        "member": f"Bearer {member.token}",
        "pending": f"Bearer {pending.token}",
        "revoked": f"Bearer {revoked.token}",
    }


def _fuzz(
    operation: Any, mode: GenerationMode, callers: dict[str, str], statuses: Counter[int]
) -> None:
    # A request the schema forbids is refused (426 says "update" first, rightly). Not
    # /v1/push: by design a batch answers 200 with a result per envelope, and a bad envelope is
    # refused and quarantined on its own (tested in tests/sync).
    reject = mode == GenerationMode.NEGATIVE and operation.label != "POST /v1/push"

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(
        case=operation.as_strategy(generation_mode=mode),
        caller=st.sampled_from(sorted(callers)),
        protocol=st.sampled_from(["right", "right", "right", "missing", "2"]),
    )
    def one(case: Any, caller: str, protocol: str) -> None:
        headers = dict(case.headers or {})
        headers.pop("Authorization", None)
        if callers[caller]:
            headers["Authorization"] = callers[caller]
        if protocol == "right":
            headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
        elif protocol == "missing":
            headers.pop(PROTOCOL_HEADER, None)
        else:
            headers[PROTOCOL_HEADER] = protocol
        case.headers = headers
        response = case.call()
        statuses[response.status_code] += 1
        extra = [negative_data_rejection] if reject and protocol == "right" else []
        case.validate_response(response, checks=[*CHECKS, *extra])

    one()


def test_the_server_answers_every_generated_request_as_its_openapi_says(db_url: str) -> None:
    app = create_app(db_url)
    callers = _team(app)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    statuses: Counter[int] = Counter()
    operations = [result.ok() for result in schema.get_all_operations()]
    started = time.monotonic()
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            try:
                _fuzz(operation, mode, callers, statuses)
            except Unsatisfiable:  # nothing to break in GET /v1/health: no negative case exists
                assert mode == GenerationMode.NEGATIVE, operation.label
    elapsed = time.monotonic() - started
    total = sum(statuses.values())
    server_errors = sum(n for status, n in statuses.items() if status >= 500)
    shown = ", ".join(f"{status}: {n}" for status, n in sorted(statuses.items()))
    print(f"\nopenapi fuzz on {db_url.split(':')[0]}: {total} requests; {shown}; {elapsed:.0f} s")
    record(
        f"schemathesis on the server's OpenAPI ({db_url.split(':')[0]}): no 5xx, as documented",
        f"{total} requests over {len(operations)} operations (positive and negative, 6 callers), "
        f"{server_errors} server errors; statuses {shown}; {elapsed:.0f} s",
        "pass",
    )


def test_fastapis_own_refusals_come_in_the_protocols_error_shape(tmp_path: Path) -> None:
    """Found by schemathesis: a body that is not JSON got ``{"detail": ...}``, which a client
    reading ``error`` and ``message`` could not explain to anyone."""
    app = create_app(f"sqlite:///{tmp_path / 'server.db'}")
    with TestClient(app, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}) as client:
        bad_json = client.post(
            "/v1/devices", content=b"{not json", headers={"Content-Type": "application/json"}
        )
        nowhere = client.get("/v1/nowhere")
        wrong_method = client.delete("/v1/health")
    assert bad_json.status_code == 400 and bad_json.json()["error"] == "malformed"
    assert nowhere.status_code == 404 and nowhere.json()["error"] == "not_found"
    assert wrong_method.status_code == 405 and wrong_method.json()["error"] == "malformed"
    assert "Allow" in wrong_method.headers
    assert all("message" in r.json() for r in (bad_json, nowhere, wrong_method))
