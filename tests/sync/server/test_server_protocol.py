"""The protocol header, health, OpenAPI, and what the server keeps."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import inspect

from sync.protocol import OLDEST_PROTOCOL, PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server.database import Database, normalise_url
from tests.sync.server.kit import Laptop, enrol


def test_health_needs_no_header_and_names_the_protocol(client: TestClient) -> None:
    response = client.get("/v1/health", headers={PROTOCOL_HEADER: ""})
    assert response.status_code == 200
    assert response.json()["protocol"] == PROTOCOL_VERSION
    assert response.headers[PROTOCOL_HEADER] == str(PROTOCOL_VERSION)


def test_a_client_older_than_the_server_serves_is_told_to_update_itself(
    client: TestClient,
) -> None:
    response = client.get("/v1/pull", headers={PROTOCOL_HEADER: str(OLDEST_PROTOCOL - 1)})
    assert response.status_code == 426
    body = response.json()
    assert body["error"] == "protocol" and body["server_protocol"] == PROTOCOL_VERSION
    assert "update fieldcase on this laptop" in body["message"]


def test_a_newer_client_is_told_to_update_the_server(client: TestClient) -> None:
    response = client.post(
        "/v1/push", json={}, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION + 1)}
    )
    assert response.status_code == 426
    assert "update the fieldcase server" in response.json()["message"]


def test_a_protocol_1_laptop_is_still_served(client: TestClient, db: Database) -> None:
    """Protocol 2 only added the framed push batch: a laptop speaking 1 pushes JSON and pulls."""
    laptop = enrol(client, db, Laptop("laptop-1"), "mekong-1")
    assert OLDEST_PROTOCOL == 1 < PROTOCOL_VERSION
    one = {PROTOCOL_HEADER: "1", **laptop.auth}
    items = [laptop.envelope().to_wire() for _ in range(3)]
    pushed = client.post("/v1/push", json={"envelopes": items}, headers=one)
    assert pushed.status_code == 200, pushed.text
    assert [r["status"] for r in pushed.json()["results"]] == ["accepted"] * 3
    pulled = client.get("/v1/pull", headers=one).json()
    assert [e["envelope"] for e in pulled["envelopes"]] == items


def test_a_missing_header_is_400_and_says_what_to_send(client: TestClient) -> None:
    client.headers.pop(PROTOCOL_HEADER)
    response = client.post("/v1/devices", json={})
    assert response.status_code == 400
    assert f"{PROTOCOL_HEADER}: {PROTOCOL_VERSION}" in response.json()["message"]


def test_openapi_is_published(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/v1/push", "/v1/pull", "/v1/devices", "/v1/devices/me", "/v1/health"):
        assert path in spec["paths"]
    push = spec["paths"]["/v1/push"]["post"]
    assert "envelopes" in push["requestBody"]["content"]["application/json"]["schema"]["properties"]


def test_the_server_keeps_routing_data_and_opaque_bytes_only(db: Database) -> None:
    columns = {c["name"] for c in inspect(db.engine).get_columns("envelopes")}
    assert columns == {
        "seq", "id", "team", "device", "kind", "recipient_team", "size", "body_sha256", "body",
        "signature", "created", "received",
    }  # fmt: skip


def test_database_urls() -> None:
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres:///db?host=/run") == "postgresql+psycopg:///db?host=/run"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"
    assert normalise_url("/tmp/x.db") == "sqlite:////tmp/x.db"


def test_the_migrations_build_exactly_the_models(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from sync.server.models import Base

    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
