"""Erased cases on the server: nothing is dropped before every approved device of the team has
acknowledged the erasure; then the case's envelopes (attachment uploads too) are gone, only
tombstones remain, and a re-push of the same id is refused as erased. Acknowledgements from
another team, with another list, or for a member's forged erasure do nothing."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import LargeBinary, MetaData, String, Text, func, select

from sync.server import approvals, models
from sync.server.database import Database
from tests.sync.server.kit import Laptop, enrol, push

TEAM = "team-1"


def _ack(client: TestClient, laptop: Laptop, erasure: str, ids: list[str]) -> Any:
    return client.post(f"/v1/erasures/{erasure}/ack", json={"ids": ids}, headers=laptop.auth)


def _every_stored_byte(db: Database) -> bytes:
    """Every value of every column of every table, concatenated: what the database holds."""
    meta = MetaData()
    meta.reflect(db.engine)
    parts = []
    with db.engine.connect() as connection:
        for table in meta.sorted_tables:
            for row in connection.execute(select(table)):
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        parts.append(bytes(value))
                    elif value is not None:
                        parts.append(str(value).encode())
    assert parts
    return b"\0".join(parts)


def _stored_ids(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.execute(select(models.Envelope.id)).scalars())


def _welcome(client: TestClient, supervisor: Laptop, laptop: Laptop) -> None:
    """The supervisor's laptop seals the team key to ``laptop`` (an age file the server cannot
    open; opaque bytes here)."""
    answer = client.put(
        f"/v1/devices/{laptop.device}/team-key",
        content=b"age-sealed-team-key-" + secrets.token_bytes(16),
        headers=supervisor.auth,
    )
    assert answer.status_code == 204, answer.text


def _team(client: TestClient, db: Database) -> tuple[Laptop, Laptop, Laptop]:
    supervisor = enrol(client, db, Laptop("sup-1"), TEAM, supervisor=True)
    first = enrol(client, db, Laptop("field-1"), TEAM)
    second = enrol(client, db, Laptop("field-2"), TEAM)
    for laptop in (first, second):
        _welcome(client, supervisor, laptop)
    return supervisor, first, second


def test_a_device_that_never_got_the_team_key_is_not_waited_for(
    client: TestClient, db: Database
) -> None:
    """A laptop approved on the server only (or never welcomed) cannot open the erasure, nor
    the case: the team's laptops that hold the key settle it without it."""
    supervisor, first, second = _team(client, db)
    silent = enrol(client, db, Laptop("rogue-1"), TEAM)  # approved on the server, no key
    case = _case(first)
    push(client, first, [e.to_wire() for e in case])
    push(client, silent, [silent.envelope(b"age-cipher-of-its-own").to_wire()])
    erasure = supervisor.envelope(b"age-sealed-erasure", kind="erasure")
    push(client, supervisor, [erasure.to_wire()])
    ids = [e.id for e in case]
    answers = [_ack(client, laptop, erasure.id, ids).json() for laptop in (supervisor, first)]
    assert answers[-1]["waiting_for"] == [second.device]  # not the silent one
    last = _ack(client, second, erasure.id, ids).json()
    assert last["dropped"] and silent.device not in last["waiting_for"]
    assert not {e.id for e in case} & _stored_ids(db)


def _case(laptop: Laptop) -> list[Any]:
    """A case's envelopes: events and a submission, each with a recognisable ciphertext."""
    kinds = ["case_event", "case_event", "submission"]
    return [laptop.envelope(b"age-cipher-" + secrets.token_bytes(48), kind=k) for k in kinds]


def test_the_last_acknowledgement_drops_the_case_and_leaves_tombstones(
    client: TestClient, db: Database, db_url: str, tmp_path: Path
) -> None:
    supervisor, first, second = _team(client, db)
    case = _case(first)
    kept = first.envelope(b"age-cipher-another-case")
    push(client, first, [e.to_wire() for e in [*case, kept]])
    attachment = first.envelope(b"age-cipher-photo-" + secrets.token_bytes(32), kind="attachment")
    opened = client.post(
        "/v1/uploads",
        headers=first.auth,
        json={
            "envelope": {k: v for k, v in attachment.to_wire().items() if k != "body"},
            "size": len(attachment.body),
            "sha256": attachment.routing()["body_sha256"],
            "submission": case[2].id,
        },
    )
    assert opened.status_code == 200, opened.text
    client.put(
        f"/v1/uploads/{attachment.id}",
        params={"offset": 0},
        content=attachment.body[:20],
        headers=first.auth,
    )  # an upload half done when the case is erased
    erasure = supervisor.envelope(b"age-sealed-erasure", kind="erasure")
    push(client, supervisor, [erasure.to_wire()])
    ids = [e.id for e in case] + [attachment.id]

    for laptop in (supervisor, first):
        answer = _ack(client, laptop, erasure.id, ids)
        assert answer.status_code == 200, answer.text
        assert answer.json()["dropped"] is None
    assert answer.json()["waiting_for"] == [second.device]
    assert {e.id for e in case} <= _stored_ids(db)  # nothing dropped before the last one
    assert case[0].body in _every_stored_byte(db)

    last = _ack(client, second, erasure.id, list(reversed(ids))).json()  # order does not matter
    assert last["dropped"] and last["waiting_for"] == []
    assert _stored_ids(db) == {kept.id, erasure.id}
    held = _every_stored_byte(db)
    for envelope in [*case, attachment]:
        assert envelope.body[:20] not in held and envelope.signature not in held
    assert kept.body in held
    with db.session() as session:
        tombstones = set(session.execute(select(models.ErasedEnvelope.id)).scalars())
        assert tombstones == set(ids)
        for table in (models.Upload, models.UploadChunk, models.SubmissionAttachment):
            assert session.execute(select(func.count()).select_from(table)).scalar_one() == 0
    if db_url.startswith("sqlite"):
        raw = b"".join(p.read_bytes() for p in tmp_path.glob("server.db*"))
        for envelope in [*case, attachment]:
            assert envelope.body[11:40] not in raw  # zeroed (secure_delete), WAL truncated

    again = push(client, first, [case[0].to_wire(), first.envelope().to_wire()]).json()["results"]
    assert again[0]["status"] == "refused" and "erased" in again[0]["reason"]
    assert again[1]["status"] == "accepted"
    with db.session() as session:  # not kept in quarantine either: its bytes stay gone
        assert session.execute(select(models.Quarantine)).first() is None
    reopened = client.post(
        "/v1/uploads",
        headers=first.auth,
        json={
            "envelope": {k: v for k, v in attachment.to_wire().items() if k != "body"},
            "size": len(attachment.body),
            "sha256": attachment.routing()["body_sha256"],
        },
    )
    assert reopened.status_code == 409 and "erased" in reopened.json()["message"]
    pulled = client.get("/v1/pull", headers=second.auth).json()["envelopes"]
    assert {p["envelope"]["id"] for p in pulled} >= {erasure.id, kept.id}
    assert not {p["envelope"]["id"] for p in pulled} & set(ids)


def test_acknowledgements_that_must_do_nothing(client: TestClient, db: Database) -> None:
    supervisor, first, second = _team(client, db)
    stranger = enrol(client, db, Laptop("other-1"), "team-2", supervisor=True)
    case = _case(first)
    push(client, first, [e.to_wire() for e in case])
    ids = [e.id for e in case]

    forged = first.envelope(b"age-sealed-erasure", kind="erasure")  # a member's device
    push(client, first, [forged.to_wire()])
    for laptop in (supervisor, first, second):
        answer = _ack(client, laptop, forged.id, ids)
        assert answer.status_code == 403, answer.text

    erasure = supervisor.envelope(b"age-sealed-erasure", kind="erasure")
    push(client, supervisor, [erasure.to_wire()])
    assert _ack(client, stranger, erasure.id, ids).status_code == 404  # another team's device
    assert _ack(client, supervisor, erasure.id, ids).status_code == 200
    other_list = _ack(client, first, erasure.id, ids[:1])  # not the list the first one named
    assert other_list.status_code == 409
    assert _ack(client, second, erasure.id, ids).status_code == 200
    assert set(ids) <= _stored_ids(db)  # first has not acknowledged (its try was refused)
    with db.session() as session:
        assert session.execute(select(models.ErasedEnvelope)).first() is None

    approvals.revoke(db, first.device, reason="laptop lost")  # no longer waited for
    assert not set(ids) & _stored_ids(db)


def test_only_the_team_envelopes_of_a_case_kind_are_dropped(
    client: TestClient, db: Database
) -> None:
    supervisor, first, second = _team(client, db)
    stranger = enrol(client, db, Laptop("other-1"), "team-2")
    theirs = stranger.envelope()
    form = supervisor.envelope(kind="form")
    push(client, stranger, [theirs.to_wire()])
    push(client, supervisor, [form.to_wire()])
    erasure = supervisor.envelope(b"age-sealed-erasure", kind="erasure")
    push(client, supervisor, [erasure.to_wire()])
    ids = [theirs.id, form.id, erasure.id]
    for laptop in (supervisor, first, second):
        assert _ack(client, laptop, erasure.id, ids).status_code == 200
    assert {theirs.id, form.id, erasure.id} <= _stored_ids(db)


def test_columns_of_the_erasure_tables_say_no_more_than_ids(db: Database) -> None:
    meta = MetaData()
    meta.reflect(db.engine)
    for name in ("erasures", "erasure_acks", "erased_envelopes"):
        for column in meta.tables[name].columns:
            assert isinstance(column.type, String | Text) and not isinstance(
                column.type, LargeBinary
            )
