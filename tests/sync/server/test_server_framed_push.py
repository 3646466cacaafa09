"""Protocol 2's framed push (sync/batch.py) is checked and stored exactly as a JSON push is, and a
push checks signatures before it takes the server-wide sequence lock."""

from __future__ import annotations

import base64
import gzip
import json
import sqlite3
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from sync import batch
from sync.envelope import Envelope
from sync.server import approvals, models
from sync.server.database import Database
from tests.sync.server.kit import Laptop, enrol, push

FRAMED = {"Content-Type": batch.CONTENT_TYPE}


def push_framed(
    client: TestClient, laptop: Laptop, envelopes: list[Envelope]
) -> list[dict[str, object]]:
    response = client.post(
        "/v1/push",
        content=gzip.compress(batch.encode(envelopes)),
        headers={**laptop.auth, **FRAMED, "Content-Encoding": "gzip"},
    )
    assert response.status_code == 200, response.text
    results: list[dict[str, object]] = response.json()["results"]
    return results


def stored(db: Database) -> int:
    with db.session() as session:
        return session.execute(select(func.count()).select_from(models.Envelope)).scalar_one()


@pytest.fixture
def laptop(client: TestClient, db: Database) -> Laptop:
    return enrol(client, db, Laptop("laptop-1"), "mekong-1")


def test_a_framed_push_is_pulled_as_the_same_wire_envelopes(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    envelopes = [laptop.envelope() for _ in range(4)]
    results = push_framed(client, laptop, envelopes)
    assert [r["status"] for r in results] == ["accepted"] * 4
    assert [r["id"] for r in results] == [e.id for e in envelopes]
    pulled = client.get("/v1/pull", headers=laptop.auth).json()["envelopes"]
    assert [p["envelope"] for p in pulled] == [e.to_wire() for e in envelopes]


def test_framed_and_json_copies_of_one_envelope_are_one_envelope(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    envelope = laptop.envelope()
    [first] = push_framed(client, laptop, [envelope, envelope])[:1]
    [again] = push(client, laptop, [envelope.to_wire()]).json()["results"]
    assert (first["status"], again["status"]) == ("accepted", "duplicate")
    assert again["seq"] == first["seq"] and stored(db) == 1


def test_framed_refusals_are_the_json_ones(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    other = enrol(client, db, Laptop("laptop-2"), "mekong-1")
    good, tampered = laptop.envelope(), laptop.envelope()
    tampered = Envelope(
        **{**tampered.__dict__, "body": tampered.body[:-1] + bytes([tampered.body[-1] ^ 1])}
    )
    results = push_framed(
        client,
        laptop,
        [tampered, other.envelope(), laptop.envelope(team="delta-2"), good],
    )
    assert [r["status"] for r in results] == ["refused", "refused", "refused", "accepted"]
    assert "signature" in str(results[0]["reason"])
    assert "claims device laptop-2" in str(results[1]["reason"])
    assert "team" in str(results[2]["reason"])
    with db.session() as session:
        held = list(
            session.execute(select(models.Quarantine).order_by(models.Quarantine.qid)).scalars()
        )
    assert [h.envelope_id for h in held] == [tampered.id, results[1]["id"], results[2]["id"]]
    assert json.loads(held[0].wire)["body"] == base64.b64encode(tampered.body).decode()
    assert stored(db) == 1


def test_broken_framing_is_refused_whole(client: TestClient, db: Database, laptop: Laptop) -> None:
    data = batch.encode([laptop.envelope(), laptop.envelope()])
    for broken in (data[:-1], data + b"\0", b"{}"):
        response = client.post("/v1/push", content=broken, headers={**laptop.auth, **FRAMED})
        assert response.status_code == 400 and response.json()["error"] == "malformed"
    assert stored(db) == 0


def test_results_come_back_compressed_to_a_client_that_accepts_gzip(
    client: TestClient, laptop: Laptop
) -> None:
    body = gzip.compress(batch.encode([laptop.envelope() for _ in range(30)]))
    headers = {**laptop.auth, **FRAMED, "Content-Encoding": "gzip"}
    zipped = client.post("/v1/push", content=body, headers={**headers, "Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert [r["status"] for r in zipped.json()["results"]] == ["accepted"] * 30
    plain = client.post(
        "/v1/push", content=body, headers={**headers, "Accept-Encoding": "identity"}
    )
    assert "content-encoding" not in plain.headers
    assert [r["status"] for r in plain.json()["results"]] == ["duplicate"] * 30


def _counter_is_free(db: Database) -> bool:
    """Whether another connection could take the sequence counter's lock right now."""
    if db.engine.dialect.name == "sqlite":
        other = sqlite3.connect(str(db.engine.url.database), timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            return True
        except sqlite3.OperationalError:
            return False
        finally:
            other.close()
    with db.engine.connect() as connection:
        try:
            connection.exec_driver_sql(
                "SELECT value FROM server_counter WHERE id = 1 FOR UPDATE NOWAIT"
            )
            return True
        except OperationalError:
            return False
        finally:
            connection.rollback()


@pytest.fixture
def watched_verify(monkeypatch: pytest.MonkeyPatch, db: Database) -> Iterator[list[bool]]:
    free: list[bool] = []
    verify = Envelope.verify

    def watching(envelope: Envelope, key: bytes) -> None:
        free.append(_counter_is_free(db))
        verify(envelope, key)

    monkeypatch.setattr(Envelope, "verify", watching)
    yield free


@pytest.mark.parametrize("framed", [False, True])
def test_signatures_are_checked_before_the_sequence_lock_is_taken(
    client: TestClient, db: Database, laptop: Laptop, watched_verify: list[bool], framed: bool
) -> None:
    envelopes = [laptop.envelope() for _ in range(3)]
    if framed:
        results = push_framed(client, laptop, envelopes)
    else:
        results = push(client, laptop, [e.to_wire() for e in envelopes]).json()["results"]
    assert [r["status"] for r in results] == ["accepted"] * 3
    assert watched_verify == [True] * 3


def test_a_device_revoked_while_its_push_is_checked_stores_nothing(
    client: TestClient, db: Database, laptop: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    verify = Envelope.verify

    def revoking(envelope: Envelope, key: bytes) -> None:
        verify(envelope, key)
        approvals.revoke(db, laptop.device, reason="laptop stolen")

    monkeypatch.setattr(Envelope, "verify", revoking)
    response = push(client, laptop, [laptop.envelope().to_wire()])
    assert response.status_code == 403 and response.json()["error"] == "revoked"
    assert stored(db) == 0


def test_a_long_batch_checked_in_parts_answers_each_envelope_in_its_place(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    """A batch long enough to be checked on several threads (``store._check_all``): each
    refusal stays at its envelope's place, the good ones around it are stored in order."""
    other = Laptop("laptop-2", team="mekong-1")
    envelopes = [laptop.envelope() for _ in range(300)]
    forged = {7, 150, 151, 299}  # signed by another key: the signature does not verify
    for index in forged:
        good = envelopes[index]
        envelopes[index] = Envelope(
            **{**good.__dict__, "signature": other.key.sign(good.signing_bytes())}
        )
    results = push_framed(client, laptop, envelopes)
    assert [r["id"] for r in results] == [e.id for e in envelopes]
    refused = {i for i, r in enumerate(results) if r["status"] == "refused"}
    assert refused == forged
    accepted = [r["seq"] for r in results if r["status"] == "accepted"]
    assert accepted == sorted(accepted) and stored(db) == 300 - len(forged)
