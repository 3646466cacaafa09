"""Attachments re-sealed for a referral: uploaded by the referring team with ``recipient_team``,
read by the team it names and by nobody else, on every route that serves attachments. On SQLite
and PostgreSQL (see conftest)."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from sync.envelope import Envelope
from sync.server import models
from sync.server.database import Database
from tests.sync.server.kit import Laptop, enrol, push
from tests.sync.server.test_server_uploads import CHUNK, head, put, upload_all

NEVER_STORED = "01234567-89ab-cdef-0123-456789abcdef"


@pytest.fixture
def teams(client: TestClient, db: Database) -> dict[str, Laptop]:
    return {
        "bangkok": enrol(client, db, Laptop("bk-1"), "bangkok"),
        "bangkok-2": enrol(client, db, Laptop("bk-2"), "bangkok"),
        "phnom_penh": enrol(client, db, Laptop("pp-1"), "phnom_penh"),
        "vientiane": enrol(client, db, Laptop("vt-1"), "vientiane"),
    }


def _for(envelope: Envelope, team: str) -> Envelope:
    return replace(envelope, recipient_team=team)  # routing outside the signature


def _read(client: TestClient, laptop: Laptop, envelope_id: str) -> dict[str, Any]:
    meta = client.get(f"/v1/attachments/{envelope_id}", headers=laptop.auth)
    ranged = client.get(
        f"/v1/attachments/{envelope_id}/body", headers={**laptop.auth, "Range": "bytes=0-99"}
    )
    whole = client.get(f"/v1/attachments/{envelope_id}/body", headers=laptop.auth)
    return {
        "statuses": (meta.status_code, ranged.status_code, whole.status_code),
        "messages": [
            r.json().get("message") for r in (meta, ranged, whole) if r.status_code >= 400
        ],
        "meta": meta.json(),
        "body": whole.content,
    }


def test_the_recipient_team_reads_a_referred_attachment_and_no_third_team_does(
    client: TestClient, db: Database, teams: dict[str, Laptop]
) -> None:
    sender, reader, third = teams["bangkok"], teams["phnom_penh"], teams["vientiane"]
    referred = _for(sender.envelope(os.urandom(3 * CHUNK + 5), kind="attachment"), "phnom_penh")
    own = sender.envelope(os.urandom(CHUNK), kind="attachment")  # the team's own, not referred
    elsewhere = _for(sender.envelope(os.urandom(CHUNK), kind="attachment"), "vientiane")
    opened = client.post("/v1/uploads", json=head(referred), headers=sender.auth).json()
    assert opened["status"] == "open" and opened["recipient_team"] == "phnom_penh"
    assert put(client, sender, referred, 0).json()["recipient_team"] == "phnom_penh"
    for envelope in (referred, own, elsewhere):
        done = upload_all(client, sender, envelope).json()
        assert done["status"] == "stored" and done["recipient_team"] == envelope.recipient_team

    got = _read(client, reader, referred.id)
    assert got["statuses"] == (200, 206, 200) and got["body"] == referred.body
    assert got["meta"]["envelope"]["recipient_team"] == "phnom_penh"
    assert got["meta"]["envelope"]["signature"] == referred.to_wire()["signature"]
    assert _read(client, teams["bangkok-2"], referred.id)["statuses"] == (200, 206, 200)

    # A third team, and the recipient team for the sender's other attachments: exactly as for
    # an id that was never stored.
    unknown = _read(client, third, NEVER_STORED)
    assert unknown["statuses"] == (404, 404, 404)
    for laptop, envelope in ((third, referred), (reader, own), (reader, elsewhere)):
        refused = _read(client, laptop, envelope.id)
        assert refused["statuses"] == (404, 404, 404)
        assert refused["messages"] == [
            m.replace(NEVER_STORED, envelope.id) for m in unknown["messages"]
        ]
    assert _read(client, third, elsewhere.id)["statuses"] == (200, 206, 200)
    # Nor does the recipient learn where the sender's upload stands, nor write to it.
    assert client.get(f"/v1/uploads/{referred.id}", headers=reader.auth).status_code == 404
    assert client.post(f"/v1/uploads/{referred.id}/finish", headers=reader.auth).status_code == 404
    # Pulls never serve attachments, to either team.
    for laptop in (sender, reader):
        pulled = client.get("/v1/pull", headers=laptop.auth).json()["envelopes"]
        assert [p["envelope"]["kind"] for p in pulled] == []
    with db.session() as session:
        rows = session.execute(
            select(models.Envelope.id, models.Envelope.recipient_team).where(
                models.Envelope.kind == "attachment"
            )
        ).all()
    assert dict(rows) == {referred.id: "phnom_penh", own.id: None, elsewhere.id: "vientiane"}


def test_recipient_team_is_checked_and_part_of_what_was_stored(
    client: TestClient, teams: dict[str, Laptop]
) -> None:
    sender = teams["bangkok"]
    attachment = sender.envelope(os.urandom(CHUNK), kind="attachment")
    for bad, why in (("no spaces allowed", "team name"), ("bangkok", "another team")):
        refused = client.post("/v1/uploads", json=head(_for(attachment, bad)), headers=sender.auth)
        assert refused.status_code == 400 and why in refused.json()["message"]
    referred = _for(attachment, "phnom_penh")
    client.post("/v1/uploads", json=head(referred), headers=sender.auth)
    rerouted = client.post(
        "/v1/uploads", json=head(_for(attachment, "vientiane")), headers=sender.auth
    )
    assert rerouted.status_code == 409  # an open upload keeps the route it was opened with
    assert upload_all(client, sender, referred).json()["status"] == "stored"
    for other in (attachment, _for(attachment, "vientiane")):
        again = client.post("/v1/uploads", json=head(other), headers=sender.auth)
        assert again.status_code == 409 and "other content" in again.json()["message"]
    again = client.post("/v1/uploads", json=head(referred), headers=sender.auth).json()
    assert again["status"] == "stored" and again["recipient_team"] == "phnom_penh"
    # Pushing still allows recipient_team on referrals only.
    note = {**sender.envelope().to_wire(), "recipient_team": "phnom_penh"}
    result = push(client, sender, [note]).json()["results"][0]
    assert result["status"] == "refused" and "only a referral" in result["reason"]
