"""Enrolment: one-time codes, pending devices, fingerprints, approval, revocation, team keys."""

from __future__ import annotations

from fastapi.testclient import TestClient

from sync.protocol import device_fingerprint
from sync.server import approvals, enrolment
from sync.server.database import Database
from tests.sync.server.kit import Laptop, enrol, push


def test_a_code_registers_a_pending_device_that_a_supervisor_approves(
    client: TestClient, db: Database
) -> None:
    laptop = Laptop("laptop-1")
    code = enrolment.issue_enrolment_code(db, "mekong-1")
    response = client.post("/v1/devices", json=laptop.registration(code))
    assert response.status_code == 201
    body = response.json()
    assert body["team"] == "mekong-1" and body["status"] == "pending"
    # The laptop computes the same fingerprint from its own keys.
    assert body["fingerprint"] == device_fingerprint(laptop.public_key, laptop.recipient)
    assert len(body["fingerprint"].split()) == 8
    laptop.token = body["token"]

    me = client.get("/v1/devices/me", headers=laptop.auth)
    assert me.status_code == 200 and me.json()["status"] == "pending"
    waiting = client.get("/v1/pull", headers=laptop.auth)
    assert waiting.status_code == 403 and waiting.json()["error"] == "pending"
    assert body["fingerprint"] in waiting.json()["message"]

    approvals.approve(db, "laptop-1", fingerprint=body["fingerprint"].lower().replace(" ", ""))
    assert client.get("/v1/devices/me", headers=laptop.auth).json()["status"] == "approved"
    assert client.get("/v1/pull", headers=laptop.auth).status_code == 200


def test_a_code_works_once(client: TestClient, db: Database) -> None:
    code = enrolment.issue_enrolment_code(db, "mekong-1")
    assert client.post("/v1/devices", json=Laptop("a").registration(code)).status_code == 201
    again = client.post("/v1/devices", json=Laptop("b").registration(code))
    assert again.status_code == 403 and again.json()["error"] == "enrolment"


def test_a_code_is_typed_loosely_but_expires(client: TestClient, db: Database) -> None:
    code = enrolment.issue_enrolment_code(db, "mekong-1")
    typed = code.lower().replace("-", " ")
    assert client.post("/v1/devices", json=Laptop("a").registration(typed)).status_code == 201
    expired = enrolment.issue_enrolment_code(db, "mekong-1", hours=-1)
    refused = client.post("/v1/devices", json=Laptop("b").registration(expired))
    assert refused.status_code == 403


def test_a_device_id_registers_once(client: TestClient, db: Database) -> None:
    enrol(client, db, Laptop("same"), "mekong-1")
    code = enrolment.issue_enrolment_code(db, "mekong-1")
    again = client.post("/v1/devices", json=Laptop("same").registration(code))
    assert again.status_code == 409 and again.json()["error"] == "conflict"
    # The refused attempt did not use the code up.
    assert client.post("/v1/devices", json=Laptop("other").registration(code)).status_code == 201


def test_bad_keys_are_refused(client: TestClient, db: Database) -> None:
    code = enrolment.issue_enrolment_code(db, "mekong-1")
    bad_key = {**Laptop("a").registration(code), "signing_key": "AAAA"}
    assert client.post("/v1/devices", json=bad_key).status_code == 400
    bad_recipient = {**Laptop("a").registration(code), "age_recipient": "ssh-ed25519 AAAA"}
    assert client.post("/v1/devices", json=bad_recipient).status_code == 400
    missing = {"enrolment_code": code}
    assert client.post("/v1/devices", json=missing).json()["error"] == "malformed"


def test_approval_with_a_wrong_fingerprint_is_refused(client: TestClient, db: Database) -> None:
    laptop = enrol(client, db, Laptop("laptop-1"), "mekong-1", approve=False)
    try:
        approvals.approve(db, "laptop-1", fingerprint="0000 " * 8)
    except Exception as exc:
        assert "fingerprint mismatch" in str(exc)
    else:
        raise AssertionError("approved with a wrong fingerprint")
    assert client.get("/v1/devices/me", headers=laptop.auth).json()["status"] == "pending"


def test_unknown_or_missing_token_is_401(client: TestClient) -> None:
    assert client.get("/v1/pull").status_code == 401
    unknown = client.get("/v1/pull", headers={"Authorization": "Bearer fcd_nope"})
    assert unknown.status_code == 401 and unknown.json()["error"] == "auth"


def test_a_revoked_device_is_refused_with_its_reason(client: TestClient, db: Database) -> None:
    laptop = enrol(client, db, Laptop("lost"), "mekong-1")
    assert push(client, laptop, [laptop.envelope().to_wire()]).status_code == 200
    approvals.revoke(db, "lost", reason="laptop stolen in Mae Sot")
    for response in (
        push(client, laptop, [laptop.envelope().to_wire()]),
        client.get("/v1/pull", headers=laptop.auth),
        client.get("/v1/devices/me", headers=laptop.auth),
    ):
        assert response.status_code == 403
        assert response.json()["error"] == "revoked"
        assert "laptop stolen in Mae Sot" in response.json()["message"]
    # Approving again is not a way back: a revoked laptop enrols anew.
    try:
        approvals.approve(db, "lost")
    except Exception as exc:
        assert "revoked" in str(exc)
    else:
        raise AssertionError("a revoked device was approved again")


def test_team_devices_list_public_keys_of_the_own_team_only(
    client: TestClient, db: Database
) -> None:
    one = enrol(client, db, Laptop("one"), "mekong-1")
    enrol(client, db, Laptop("two"), "mekong-1")
    enrol(client, db, Laptop("other"), "delta-2")
    listed = client.get("/v1/devices", headers=one.auth).json()
    assert sorted(d["device"] for d in listed) == ["one", "two"]
    assert all("token" not in d and "token_hash" not in d for d in listed)


def test_a_supervisor_device_uploads_a_sealed_team_key(client: TestClient, db: Database) -> None:
    boss = enrol(client, db, Laptop("boss"), "mekong-1", supervisor=True)
    worker = enrol(client, db, Laptop("worker"), "mekong-1")
    outsider = enrol(client, db, Laptop("outsider"), "delta-2", supervisor=True)
    assert client.get("/v1/devices/me/team-key", headers=worker.auth).status_code == 404
    sealed = b"age-encryption.org/v1\n-> X25519 ...opaque..."

    def put(by: Laptop, target: str) -> int:
        return client.put(
            f"/v1/devices/{target}/team-key", content=sealed, headers=by.auth
        ).status_code

    assert put(worker, "worker") == 403  # not a supervisor
    assert put(outsider, "worker") == 404  # another team's device
    assert put(boss, "worker") == 204
    fetched = client.get("/v1/devices/me/team-key", headers=worker.auth)
    assert fetched.status_code == 200 and fetched.content == sealed
    assert fetched.headers["content-type"] == "application/octet-stream"
