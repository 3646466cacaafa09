"""A server restored from a backup, the laptop's side: what ``restored_server.notice`` sets up to be
sent again, with a stand-in for the server's answers (tests/integration/test_restore_drill.py runs
the whole drill through a real server process).

- Erasure acknowledgements the server took are kept, and pending again at a new generation (the
  restored server may hold the erased case's envelopes again); one it refused is not.
- Attachments re-sealed for a referral to another team, stored once and missing from the restored
  server, are sealed again from the file kept here, under the same id, for that team."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any, cast

from app.interviews import attachments
from app.team import erasure_acks, referral_attachments, restored_server
from app.team.attachment_sync import read_plaintext
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.workspace import audit
from sync.client import SyncClient
from sync.envelope import Envelope, open_envelope
from tests.app.team.test_referral_attachments import (
    CONSENT,
    _book,
    case_with_attachments,
    photo,
    two_teams,
)


class RestoredServer:
    """Answers ``held`` (it holds ``holds``) and ``ack_erasure`` (``answers`` by erasure id,
    else 200), and records the acknowledgements it was sent."""

    def __init__(self, holds: set[str], answers: dict[str, int] | None = None) -> None:
        self.holds = holds
        self.answers = answers or {}
        self.acks: list[tuple[str, list[str]]] = []

    def held(self, ids: list[str]) -> list[str]:
        return [i for i in ids if i in self.holds]

    def ack_erasure(self, erasure_id: str, ids: list[str]) -> tuple[int, dict[str, Any]]:
        self.acks.append((erasure_id, list(ids)))
        status = self.answers.get(erasure_id, 200)
        if status != 200:
            return status, {"message": "refused"}
        return 200, {"erasure": erasure_id, "waiting_for": [], "dropped": "2026-12-06T10:00:00Z"}


def _client(server: RestoredServer) -> SyncClient:
    return cast(SyncClient, server)


def test_erasures_acknowledged_are_acknowledged_again_to_a_restored_server(
    tmp_path: Path,
) -> None:
    book = _book(tmp_path, "sup")
    found_team(book, "chiang-mai-shelter")
    server = RestoredServer(set())
    restored_server.notice(book.store, _client(server), {"generation": "g1", "generation_seq": 0})
    erased, refused = (book.open_case({"prs_First_Name": n}, "intake") for n in ("Sokha", "Dara"))
    book.update(erased, {"age": "17"})
    book.erase(erased, "the person withdrew consent")
    book.erase(refused, "a duplicate")
    (first, first_ids), (second, _) = erasure_acks.pending(book.store)
    assert len(first_ids) == 2  # the erased case's two events

    server.answers[second] = 409
    report = erasure_acks.send(book.store, _client(server))
    assert (report.acknowledged, len(report.refused)) == (1, 1)
    assert erasure_acks.pending(book.store) == []

    # The same server again: nothing to send.
    restored_server.notice(book.store, _client(server), {"generation": "g1", "generation_seq": 0})
    assert erasure_acks.pending(book.store) == []
    server.acks.clear()

    # Restored from a backup: a new generation. The acknowledgement it took is sent again, with
    # the same envelope ids; the one it refused is not.
    restored_server.notice(book.store, _client(server), {"generation": "g2", "generation_seq": 0})
    assert erasure_acks.pending(book.store) == [(first, first_ids)]
    report = erasure_acks.send(book.store, _client(server))
    assert server.acks == [(first, first_ids)] and report.dropped == 1
    restored_server.notice(book.store, _client(server), {"generation": "g2", "generation_seq": 0})
    assert erasure_acks.pending(book.store) == []  # once per restore
    book.session.lock()


def test_a_restored_server_waits_for_the_erasure_envelope_itself(tmp_path: Path) -> None:
    """The erasure was pushed after the backup: the laptop that made it pushes it again (it is
    in its outbox, marked sent, and the restored server lacks it), and the acknowledgement waits
    for it (404) rather than being forgotten."""
    book = _book(tmp_path, "sup")
    found_team(book, "chiang-mai-shelter")
    case_id = book.open_case({"prs_First_Name": "Sokha"}, "intake")
    book.erase(case_id, "the person withdrew consent")
    ((erasure, _),) = erasure_acks.pending(book.store)
    book.store.execute("UPDATE outbox SET sent_at = ?", (audit.now_iso(),))
    erasure_acks.send(book.store, _client(RestoredServer(set())))

    restored = RestoredServer(set(), answers={erasure: 404})
    again = restored_server.notice(
        book.store, _client(restored), {"generation": "g2", "generation_seq": 0}
    )
    assert again >= 1
    assert book.store.scalar(
        "SELECT count(*) FROM outbox WHERE envelope_id = ? AND sent_at IS NULL", (erasure,)
    )
    assert erasure_acks.send(book.store, _client(restored)).waiting == 1
    assert [e for e, _ in erasure_acks.pending(book.store)] == [erasure]  # for a later round
    book.session.lock()


def test_attachments_resealed_for_a_referral_are_sealed_again_for_a_restored_server(
    tmp_path: Path,
) -> None:
    bk, pp = two_teams(tmp_path)
    passport, scan = photo(), os.urandom(5000)
    case_id, kept = case_with_attachments(bk, passport, scan)
    bk.refer(case_id, "phnom_penh", CONSENT)
    rows = bk.store.query("SELECT envelope_id, attachment_id, wire FROM referral_attachments")
    first_seal = {str(r[0]): (str(r[1]), json.loads(r[2])) for r in rows}
    assert len(first_seal) == 2
    with bk.store.atomic():  # uploaded: what upload_sealed does once the server stored each
        for envelope_id in first_seal:
            bk.store.execute(
                "UPDATE referral_attachments SET sent_at = ? WHERE envelope_id = ?",
                (audit.now_iso(), envelope_id),
            )
            attachments.drop_blob(bk.store, f"sealed:{envelope_id}")
    holds = {str(r[0]) for r in bk.store.query("SELECT envelope_id FROM outbox")}
    lost = sorted(first_seal)[0]  # the restored server holds the other one
    server = RestoredServer(holds | (set(first_seal) - {lost}))
    restored_server.notice(bk.store, _client(server), {"generation": "g2", "generation_seq": 0})
    assert referral_attachments.waiting_uploads(bk) == 1

    assert referral_attachments.seal_pending(bk) == 1
    row = bk.store.query_one(
        "SELECT wire, sent_at FROM referral_attachments WHERE envelope_id = ?", (lost,)
    )
    assert row is not None
    wire, sent = row
    head = json.loads(wire)
    assert sent is None and head["id"] == lost and head["recipient_team"] == "phnom_penh"
    assert head != first_seal[lost][1]  # sealed anew: the first sealed body is gone
    body = attachments.read_blob(bk.store, f"sealed:{lost}")
    envelope = Envelope.from_wire({**head, "body": base64.b64encode(body).decode("ascii")})
    plaintext = open_envelope(
        envelope, Keyring(pp.store).identities(), Keyring(bk.store).signing_public()
    )
    header, data = read_plaintext(plaintext)
    attachment_id = first_seal[lost][0]
    assert header["id"] == attachment_id
    assert data == {a.id: d for a, d in zip(kept, (passport, scan), strict=True)}[attachment_id]
    for book in (bk, pp):
        book.session.lock()
