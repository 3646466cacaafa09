"""What a push stores: every column of every envelope as the envelope says, whether it came as
JSON or framed, alone or in a full batch, on SQLite and PostgreSQL; and a framed head no JSON
parser can read refuses its envelope, not the batch."""

from __future__ import annotations

import gzip
import hashlib

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from sync import batch
from sync.envelope import Envelope
from sync.protocol import MAX_BATCH_ENVELOPES
from sync.server import models
from sync.server.database import Database
from tests.sync.server.kit import Laptop, enrol, push

FRAMED = {"Content-Type": batch.CONTENT_TYPE, "Content-Encoding": "gzip"}


@pytest.fixture
def laptop(client: TestClient, db: Database) -> Laptop:
    return enrol(client, db, Laptop("laptop-1"), "mekong-1")


def rows(db: Database) -> list[tuple[object, ...]]:
    table = models.Envelope
    with db.session() as session:
        return [
            tuple(r)
            for r in session.execute(
                select(
                    table.seq, table.id, table.team, table.device, table.kind,
                    table.recipient_team, table.size, table.body_sha256, table.body,
                    table.signature, table.created, table.received,
                ).order_by(table.seq)
            )
        ]  # fmt: skip


def expected(envelope: Envelope) -> tuple[object, ...]:
    return (
        envelope.id, envelope.team, envelope.device, envelope.kind, None, len(envelope.body),
        hashlib.sha256(envelope.body).hexdigest(), envelope.body, envelope.signature,
        envelope.created,
    )  # fmt: skip


def test_every_column_is_stored_as_the_envelope_says(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    one = laptop.envelope(b"\x00" + bytes(range(256)))  # every byte value, a NUL first
    response = push(client, laptop, [one.to_wire()])
    assert response.json()["results"][0]["status"] == "accepted"
    full = [laptop.envelope() for _ in range(MAX_BATCH_ENVELOPES - 1)]
    response = client.post(
        "/v1/push",
        content=gzip.compress(batch.encode(full)),
        headers={**laptop.auth, **FRAMED},
    )
    assert [r["status"] for r in response.json()["results"]] == ["accepted"] * len(full)
    found = rows(db)
    assert [r[0] for r in found] == list(range(1, len(full) + 2))
    assert [r[1:11] for r in found] == [expected(e) for e in [one, *full]]
    assert all(isinstance(r[8], bytes) and isinstance(r[9], bytes) for r in found)
    received = {r[11] for r in found}
    assert len(received) == 2 and all(isinstance(r, str) and r.endswith("Z") for r in received)


def test_a_head_nested_past_any_parser_refuses_only_its_envelope(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    good = laptop.envelope()
    deep = b"[" * 60_000
    raw = bytearray(batch.encode([good, good]))
    head = batch.encode([good])[len(batch.MAGIC) + 2 :]
    first = len(batch.MAGIC) + 2 + len(head)
    (head_len,) = batch._HEAD.unpack_from(raw, first)
    raw[first : first + 2 + head_len] = batch._HEAD.pack(len(deep)) + deep
    response = client.post(
        "/v1/push", content=gzip.compress(bytes(raw)), headers={**laptop.auth, **FRAMED}
    )
    assert response.status_code == 200, response.text
    first_result, second_result = response.json()["results"]
    assert first_result["status"] == "accepted"
    assert second_result["status"] == "refused" and second_result["id"] is None
    assert len(rows(db)) == 1
