"""Attachments in USB transfer files (app/team/transfer.py): photos of documents travel without a server.

Writing: every attachment of this laptop's finished submissions goes in as the very envelope sync
would upload (app/team/attachment_sync.py seals it: kind ``attachment``, envelope id = attachment id,
encrypted to the team and export keys, signed by this device), with the id of the submission that
names it. An attachment the server has already stored no longer has its sealed copy here; with
``include_sent`` it is sealed again under the same id (a receiver keeps attachments by id, so two
sealings of one file never make two files).

Reading: each one is verified end to end exactly as a download is
(``attachment_sync.accept_envelope``: a known device signed it, our key opens it, it names the
same id, device and submission, and the file is the one the submission recorded). One that fails
is refused and quarantined (its routing data and reason; not its body, which may be megabytes and
stays in the file it came in), and the rest are kept. An attachment already here, or named by an
erasure, is a duplicate: importing a file twice keeps nothing twice.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from app.cases.book import CaseBook
from app.interviews import attachments
from app.team.attachment_sync import accept_envelope, plaintext_of, seal_pending
from app.team.keyring import Keyring
from app.team.outbox import ReceiveReport, team_name
from app.workspace import audit
from sync.envelope import Envelope, seal
from sync.errors import SyncError


@dataclass(frozen=True)
class CarriedAttachment:
    """One attachment envelope in a transfer file, with the submission that names it."""

    envelope: Envelope
    submission_id: str

    def to_json(self) -> dict[str, Any]:
        return {"submission_id": self.submission_id, "envelope": self.envelope.to_wire()}

    def to_line(self) -> bytes:
        """``{"attachment": to_json()}`` as one line of JSON, built without a text copy of the
        body (a photo is megabytes; base64 needs no escaping in JSON)."""
        envelope = self.envelope
        wire = envelope.to_wire(body=False)
        head = json.dumps(
            {"attachment": {"submission_id": self.submission_id, "envelope": {**wire, "body": ""}}},
            separators=(",", ":"),
        )
        assert head.endswith('"body":""}}}')
        return b"".join((head[:-5].encode(), b'"', base64.b64encode(envelope.body), b'"}}}\n'))

    @staticmethod
    def from_json(data: Any) -> CarriedAttachment:
        """Raises ``ValueError``, ``KeyError``, ``TypeError`` or ``SyncError`` for a bad entry."""
        if not isinstance(data, dict) or not isinstance(data.get("submission_id"), str):
            raise ValueError("an attachment entry names its submission")
        return CarriedAttachment(Envelope.from_wire(data["envelope"]), data["submission_id"])


@dataclass
class TransferReport(ReceiveReport):
    """A ``ReceiveReport`` with what the file's attachments came to (refused ones are listed in
    ``refused`` with the envelopes)."""

    attachments: int = 0
    attachment_duplicates: int = 0

    def to_json(self) -> dict[str, object]:
        return {
            **super().to_json(),
            "attachments": self.attachments,
            "attachment_duplicates": self.attachment_duplicates,
        }


def carried(book: CaseBook, include_sent: bool = False) -> Iterator[CarriedAttachment]:
    """This laptop's attachment envelopes for a transfer file, one at a time (a photo is megabytes:
    the file is written as they come): those waiting for the server, and with ``include_sent``
    also those it already stored."""
    seal_pending(book)
    store = book.store
    where = "" if include_sent else " WHERE sent_at IS NULL AND refused IS NULL"
    rows = store.query(
        f"SELECT envelope_id, submission_id, wire, sent_at FROM attachment_outbox{where}"
        " ORDER BY envelope_id"
    )
    for envelope_id, submission_id, wire, sent_at in rows:
        body = attachments.read_blob(store, f"sealed:{envelope_id}")
        if sent_at is not None or not body:
            envelope = _seal_again(book, str(envelope_id))
            if envelope is None:
                continue  # erased since, or this laptop left its team
        else:
            head = json.loads(wire)
            signature = base64.b64decode(head.pop("signature"))
            envelope = Envelope.from_parts(head, body, signature)
        yield CarriedAttachment(envelope, str(submission_id))


def _seal_again(book: CaseBook, attachment_id: str) -> Envelope | None:
    attachment = attachments.get(book.store, attachment_id)
    team = team_name(book.store)
    keyring = Keyring(book.store)
    if attachment is None or team is None or keyring.current_team_key() is None:
        return None
    return seal(
        plaintext_of(attachment, attachments.read(book.store, attachment_id)),
        recipients=keyring.recipients(),
        signer=keyring.signing_key(),
        envelope_id=attachment.id,
        team=team,
        device=book.device,
        kind="attachment",
    )


def receive(book: CaseBook, entries: Iterable[CarriedAttachment], report: TransferReport) -> None:
    """Verify and keep each attachment; call after the file's envelopes were received, so the
    submissions that name the attachments are here."""
    store = book.store
    for entry in entries:
        envelope = entry.envelope
        if _seen(book, envelope.id):
            report.attachment_duplicates += 1
            continue
        try:
            with store.atomic():  # kept and remembered together, or neither
                accept_envelope(book, envelope, entry.submission_id)
                _remember(book, envelope, None)
        except SyncError as exc:
            _remember(book, envelope, str(exc))
            report.refused.append((envelope.id, str(exc)))
            continue
        report.attachments += 1


def _seen(book: CaseBook, attachment_id: str) -> bool:
    """Kept here already (made here, downloaded or imported), or named by an erasure."""
    if attachments.get(book.store, attachment_id) is not None:
        return True
    return (
        book.store.query_one(
            "SELECT 1 FROM inbox WHERE envelope_id = ? AND status = 'applied'", (attachment_id,)
        )
        is not None
    )


def _remember(book: CaseBook, envelope: Envelope, reason: str | None) -> None:
    """Applied, or refused into the quarantine with its routing data (the body left out)."""
    head = envelope.to_wire(body=False)
    with book.store.atomic():
        book.store.execute(
            "INSERT OR REPLACE INTO inbox (envelope_id, device, status, reason, received_at, wire)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                envelope.id,
                envelope.device,
                "refused" if reason else "applied",
                reason,
                audit.now_iso(),
                json.dumps(head) if reason else None,
            ),
        )
