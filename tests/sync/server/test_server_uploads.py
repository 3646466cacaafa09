"""Chunked, resumable uploads of attachment envelopes; ranged reads; submissions complete only with
their attachments. On SQLite and PostgreSQL (see conftest)."""

from __future__ import annotations

import hashlib
import os
import uuid
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from sync.envelope import Envelope
from sync.protocol import MAX_UPLOAD_CHUNK
from sync.server import models
from sync.server.database import Database
from tests.sync.server.kit import Laptop, enrol, push

CHUNK = 64 * 1024


@pytest.fixture
def laptop(client: TestClient, db: Database) -> Laptop:
    return enrol(client, db, Laptop("laptop-1"), "mekong-1")


def head(envelope: Envelope, submission: str | None = None) -> dict[str, Any]:
    wire = envelope.to_wire()
    del wire["body"]
    return {
        "envelope": wire,
        "size": len(envelope.body),
        "sha256": hashlib.sha256(envelope.body).hexdigest(),
        "submission": submission,
    }


def put(
    client: TestClient, laptop: Laptop, envelope: Envelope, offset: int, size: int = CHUNK
) -> Any:
    return client.put(
        f"/v1/uploads/{envelope.id}",
        params={"offset": offset},
        content=envelope.body[offset : offset + size],
        headers={**laptop.auth, "Content-Type": "application/octet-stream"},
    )


def upload_all(
    client: TestClient, laptop: Laptop, envelope: Envelope, submission: str | None = None
) -> Any:
    status = client.post("/v1/uploads", json=head(envelope, submission), headers=laptop.auth).json()
    offset = status["offset"]
    while offset < len(envelope.body):
        offset = put(client, laptop, envelope, offset).json()["offset"]
    return client.post(f"/v1/uploads/{envelope.id}/finish", headers=laptop.auth)


def stored_bodies(db: Database, envelope_id: str) -> list[bytes]:
    with db.session() as session:
        return [
            bytes(b)
            for b in session.execute(
                select(models.Envelope.body).where(models.Envelope.id == envelope_id)
            ).scalars()
        ]


def test_an_upload_resumes_at_the_committed_offset_and_is_stored_once(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    attachment = laptop.envelope(os.urandom(5 * CHUNK + 123), kind="attachment")
    opened = client.post("/v1/uploads", json=head(attachment), headers=laptop.auth)
    assert opened.status_code == 200, opened.text
    assert opened.json() == {
        "id": attachment.id, "status": "open", "offset": 0, "size": len(attachment.body), "seq": None,
        "recipient_team": None,
    }  # fmt: skip
    assert put(client, laptop, attachment, 0).json()["offset"] == CHUNK
    assert put(client, laptop, attachment, CHUNK).json()["offset"] == 2 * CHUNK
    # the answer to that chunk was "lost": the same chunk again changes nothing
    assert put(client, laptop, attachment, CHUNK).json()["offset"] == 2 * CHUNK
    # a chunk past the committed offset is refused and says where to go on
    gap = put(client, laptop, attachment, 3 * CHUNK)
    assert gap.status_code == 409 and "2" in gap.json()["message"]
    # reopening (a new connection, the laptop restarted) tells the committed offset
    again = client.post("/v1/uploads", json=head(attachment), headers=laptop.auth).json()
    assert again["offset"] == 2 * CHUNK
    assert (
        client.get(f"/v1/uploads/{attachment.id}", headers=laptop.auth).json()["offset"]
        == 2 * CHUNK
    )
    early = client.post(f"/v1/uploads/{attachment.id}/finish", headers=laptop.auth)
    assert early.status_code == 409
    offset = 2 * CHUNK
    while offset < len(attachment.body):
        offset = put(client, laptop, attachment, offset).json()["offset"]
    done = client.post(f"/v1/uploads/{attachment.id}/finish", headers=laptop.auth).json()
    assert done["status"] == "stored" and done["seq"] == 1
    twice = client.post(f"/v1/uploads/{attachment.id}/finish", headers=laptop.auth).json()
    assert twice == done
    assert stored_bodies(db, attachment.id) == [attachment.body]
    with db.session() as session:
        assert (
            session.execute(select(func.count()).select_from(models.UploadChunk)).scalar_one() == 0
        )
    reopened = client.post("/v1/uploads", json=head(attachment), headers=laptop.auth).json()
    assert reopened["status"] == "stored" and reopened["offset"] == len(attachment.body)


def test_a_forged_or_altered_upload_is_refused(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    attachment = laptop.envelope(os.urandom(3 * CHUNK), kind="attachment")
    forged = head(attachment)
    forged["sha256"] = "0" * 64  # the signature covers the hash: refused before any byte
    refused = client.post("/v1/uploads", json=forged, headers=laptop.auth)
    assert refused.status_code == 400 and "signature" in refused.json()["message"]
    client.post("/v1/uploads", json=head(attachment), headers=laptop.auth)
    altered = Envelope(
        **{**attachment.__dict__, "body": attachment.body[:-1] + bytes([attachment.body[-1] ^ 1])}
    )
    offset = 0
    while offset < len(altered.body):
        offset = put(client, laptop, altered, offset).json()["offset"]
    bad = client.post(f"/v1/uploads/{attachment.id}/finish", headers=laptop.auth)
    assert bad.status_code == 409 and "SHA-256" in bad.json()["message"]
    assert stored_bodies(db, attachment.id) == []
    # it starts again from zero, and the real bytes then go through
    assert client.get(f"/v1/uploads/{attachment.id}", headers=laptop.auth).json()["offset"] == 0
    assert upload_all(client, laptop, attachment).json()["status"] == "stored"


def test_only_the_uploading_device_and_only_attachments(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    other = enrol(client, db, Laptop("laptop-2"), "mekong-1")
    stranger = enrol(client, db, Laptop("laptop-3"), "other-team")
    attachment = laptop.envelope(os.urandom(CHUNK), kind="attachment")
    assert client.post("/v1/uploads", json=head(attachment), headers=other.auth).status_code == 403
    event = laptop.envelope(kind="case_event")
    assert client.post("/v1/uploads", json=head(event), headers=laptop.auth).status_code == 400
    client.post("/v1/uploads", json=head(attachment), headers=laptop.auth)
    assert put(client, other, attachment, 0).status_code == 404
    too_big = client.put(
        f"/v1/uploads/{attachment.id}", params={"offset": 0}, content=b"x" * (MAX_UPLOAD_CHUNK + 1),
        headers=laptop.auth,
    )  # fmt: skip
    assert too_big.status_code == 413
    # pushing an attachment in a batch is refused: it would blow the batch and page bounds
    pushed = push(client, laptop, [laptop.envelope(b"small", kind="attachment").to_wire()])
    assert pushed.json()["results"][0]["status"] == "refused"
    assert upload_all(client, laptop, attachment).json()["status"] == "stored"
    assert client.get(f"/v1/attachments/{attachment.id}", headers=stranger.auth).status_code == 404


def test_ranged_reads_give_back_the_exact_body_and_pull_leaves_attachments_out(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    reader = enrol(client, db, Laptop("laptop-2"), "mekong-1")
    attachment = laptop.envelope(os.urandom(3 * CHUNK + 7), kind="attachment")
    upload_all(client, laptop, attachment)
    push(client, laptop, [laptop.envelope().to_wire()])
    meta = client.get(f"/v1/attachments/{attachment.id}", headers=reader.auth).json()
    assert meta["size"] == len(attachment.body) and meta["seq"] == 1
    rebuilt = Envelope.from_wire({**meta["envelope"], "body": ""} | {"body": "AA=="})
    assert rebuilt.signature == attachment.signature
    parts, start = [], 0
    while start < meta["size"]:
        response = client.get(
            f"/v1/attachments/{attachment.id}/body",
            headers={**reader.auth, "Range": f"bytes={start}-{start + CHUNK - 1}"},
        )
        assert response.status_code == 206
        assert response.headers["content-range"].endswith(f"/{meta['size']}")
        parts.append(response.content)
        start += len(response.content)
    assert b"".join(parts) == attachment.body
    whole = client.get(f"/v1/attachments/{attachment.id}/body", headers=reader.auth)
    assert whole.status_code == 200 and whole.content == attachment.body
    past = client.get(
        f"/v1/attachments/{attachment.id}/body", headers={**reader.auth, "Range": "bytes=999999-"}
    )
    assert past.status_code == 416
    pulled = client.get("/v1/pull", headers=reader.auth).json()["envelopes"]
    assert [p["envelope"]["kind"] for p in pulled] == ["case_event"]


def test_a_submission_is_complete_only_when_its_attachments_are(
    client: TestClient, db: Database, laptop: Laptop
) -> None:
    first = laptop.envelope(os.urandom(CHUNK), kind="attachment")
    second = laptop.envelope(os.urandom(CHUNK), kind="attachment")
    submission = laptop.envelope(b"age-encryption.org/v1\nsubmission", kind="submission")
    linked = client.put(
        f"/v1/submissions/{submission.id}/attachments",
        json={"attachments": [first.id, second.id]},
        headers=laptop.auth,
    ).json()
    assert linked["stored"] is False and linked["complete"] is False
    push(client, laptop, [submission.to_wire()])
    upload_all(client, laptop, first, submission.id)
    status = client.get(f"/v1/submissions/{submission.id}", headers=laptop.auth).json()
    assert status["stored"] and not status["complete"]
    assert {a["id"]: a["stored"] for a in status["attachments"]} == {
        first.id: True,
        second.id: False,
    }
    upload_all(client, laptop, second, submission.id)
    assert client.get(f"/v1/submissions/{submission.id}", headers=laptop.auth).json()["complete"]
    unknown = client.get(f"/v1/submissions/{uuid.uuid4()}", headers=laptop.auth).json()
    assert unknown["complete"] is False and unknown["attachments"] == []
