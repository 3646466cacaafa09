"""Attachment envelopes, uploaded in resumable chunks and read back in ranges (sync/README.md,
"Attachments").

An upload is opened with the envelope's routing data, signature, body size and body SHA-256 (the
signature covers the last two, so it is checked at once, before any byte of the body). Chunks are
appended only at the committed offset, each in its own transaction: a chunk cut off by a dropped
connection is not stored, and a chunk stored whose answer was lost is recognised when it comes
again. Finishing checks the size, the SHA-256 and the signature over the whole body, then stores
the envelope exactly as a push would (next sequence number under the counter's lock; a second
finish is a duplicate) and deletes the chunks.

A submission's device declares its attachment envelopes (``link``); the submission is complete
on the server when it and all of them are stored (``submission_status``).

An attachment re-sealed for a referral names the team it goes to (``recipient_team``, outside
the signature, as on a referral: the body is sealed to that team, so a wrong route can only fail
to deliver). Only the uploading device's team writes it; its metadata and body are read by a
device of that team or of the recipient team, and by nobody else (``_readable``): a device of
any other team is answered exactly as for an id that is not stored.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import replace
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Integer, cast, delete, func, select, update

from sync.envelope import Envelope, routing_signing_bytes
from sync.errors import SyncError
from sync.protocol import (
    MAX_ATTACHMENT_BYTES,
    MAX_UPLOAD_CHUNK,
    DeviceStatus,
    ErrorCode,
    SubmissionStatus,
    UploadStatus,
)
from sync.server import erasures, models, upload_cleanup
from sync.server.database import Database, now
from sync.server.devices import NAME
from sync.server.errors import ServerError
from sync.server.store import COUNTER, _row, _same

_SHA256 = re.compile(r"[0-9a-f]{64}")
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
MAX_LINKS = 1000


def _bad(message: str) -> ServerError:
    return ServerError(ErrorCode.MALFORMED, message)


def _id(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise _bad(f"{what} must be a lower-case UUID")
    return value


def _head(request: dict[str, Any], owner: models.Device) -> tuple[Envelope, int, str]:
    """The envelope without its body (a one-byte stand-in), its size and SHA-256, all checked."""
    wire, size, sha256 = request.get("envelope"), request.get("size"), request.get("sha256")
    if not isinstance(wire, dict) or wire.get("v") != 1:
        raise _bad("envelope must be a version 1 wire envelope without its body")
    if type(size) is not int or not 0 < size <= MAX_ATTACHMENT_BYTES:
        raise ServerError(
            ErrorCode.TOO_LARGE, f"an attachment's body is 1 to {MAX_ATTACHMENT_BYTES} bytes"
        )
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise _bad("sha256 must be 64 lower-case hex digits")
    try:
        fields = {k: wire[k] for k in ("id", "team", "device", "kind", "created")}
        if not all(isinstance(v, str) for v in fields.values()):
            raise ValueError("routing fields are strings")
        signature = base64.b64decode(str(wire["signature"]), validate=True)
    except (KeyError, ValueError, binascii.Error) as exc:
        raise _bad(f"not an envelope head: {exc}") from exc
    head = Envelope(body=b"\0", signature=signature, **fields)
    try:
        head.check_shape()
    except SyncError as exc:
        raise _bad(str(exc)) from exc
    if head.kind != "attachment":
        raise _bad("only attachment envelopes are uploaded in chunks; push the others")
    recipient_team = wire.get("recipient_team")
    if recipient_team is not None:
        if not isinstance(recipient_team, str) or not NAME.match(recipient_team):
            raise _bad("recipient_team must be a team name")
        if recipient_team == owner.team:
            raise _bad("recipient_team names another team than the uploading device's")
        head = replace(head, recipient_team=recipient_team)
    if head.device != owner.device or head.team != owner.team:
        raise ServerError(
            ErrorCode.FORBIDDEN,
            f"device {owner.device} of team {owner.team} cannot upload for {head.device}",
        )
    routing = {**fields, "body_sha256": sha256, "body_size": size}
    try:
        Ed25519PublicKey.from_public_bytes(owner.signing_key).verify(
            signature, routing_signing_bytes(routing)
        )
    except (InvalidSignature, ValueError) as exc:
        raise _bad(f"envelope {head.id}: the device signature does not verify") from exc
    return head, size, sha256


def _status(
    upload_id: str,
    stored: bool,
    offset: int,
    size: int,
    seq: int | None = None,
    recipient_team: str | None = None,
) -> UploadStatus:
    return {
        "id": upload_id,
        "status": "stored" if stored else "open",
        "offset": offset,
        "size": size,
        "seq": seq,
        "recipient_team": recipient_team,
    }


def _stored_status(row: models.Envelope) -> UploadStatus:
    return _status(row.id, True, row.size, row.size, row.seq, row.recipient_team)


def _open_status(upload: models.Upload, committed: int) -> UploadStatus:
    return _status(upload.id, False, committed, upload.size, None, upload.recipient_team)


def _stored(session: Any, envelope_id: str, team: str) -> models.Envelope | None:
    row: models.Envelope | None = session.execute(
        select(models.Envelope).where(models.Envelope.id == envelope_id)
    ).scalar_one_or_none()
    if row is not None and row.team != team:
        raise ServerError(ErrorCode.NOT_FOUND, f"no attachment {envelope_id} in team {team}")
    return row


def _own_upload(session: Any, owner: models.Device, upload_id: str) -> models.Upload | UploadStatus:
    """This device's upload in progress, or the status of the envelope it already became."""
    upload: models.Upload | None = session.get(models.Upload, upload_id)
    if upload is not None and upload.device == owner.device:
        return upload
    row = _stored(session, upload_id, owner.team)
    if row is not None:
        return _stored_status(row)
    raise ServerError(ErrorCode.NOT_FOUND, f"no upload {upload_id} of this device")


def _link(session: Any, owner: models.Device, submission: str, attachment: str) -> None:
    if session.get(models.SubmissionAttachment, (submission, attachment)) is None:
        session.add(
            models.SubmissionAttachment(
                submission=submission, attachment=attachment, team=owner.team, device=owner.device
            )
        )


def create(db: Database, owner: models.Device, request: dict[str, Any]) -> UploadStatus:
    head, size, sha256 = _head(request, owner)
    upload_cleanup.sweep_if_due(db)  # abandoned uploads go, at most once an hour
    submission = request.get("submission")
    if submission is not None:
        submission = _id(submission, "submission")
    with db.session() as session:
        if erasures.is_erased(session, head.id):
            raise ServerError(ErrorCode.CONFLICT, f"envelope {head.id}: {erasures.REFUSAL}")
        if submission is not None:
            _link(session, owner, submission, head.id)
        row = _stored(session, head.id, owner.team)
        if row is not None:
            if (row.body_sha256, row.size, row.signature, row.recipient_team) != (
                sha256,
                size,
                head.signature,
                head.recipient_team,
            ):
                raise ServerError(
                    ErrorCode.CONFLICT, f"envelope {head.id} was stored with other content"
                )
            return _stored_status(row)
        upload = session.get(models.Upload, head.id)
        if upload is None:
            stamp = now()
            session.add(
                models.Upload(
                    id=head.id, team=head.team, device=head.device, kind=head.kind,
                    created=head.created, size=size, body_sha256=sha256,
                    signature=head.signature, submission=submission,
                    recipient_team=head.recipient_team, committed=0, started=stamp, updated=stamp,
                )
            )  # fmt: skip
            return _status(head.id, False, 0, size, None, head.recipient_team)
        same = (
            upload.body_sha256,
            upload.size,
            upload.signature,
            upload.created,
            upload.recipient_team,
        ) == (sha256, size, head.signature, head.created, head.recipient_team)
        if not same or upload.device != owner.device:
            raise ServerError(
                ErrorCode.CONFLICT, f"an upload of {head.id} with other content is open"
            )
        return _status(head.id, False, upload.committed, size, None, upload.recipient_team)


def status(db: Database, owner: models.Device, upload_id: str) -> UploadStatus:
    _id(upload_id, "the upload id")
    with db.session() as session:
        row = _stored(session, upload_id, owner.team)
        if row is not None:
            return _stored_status(row)
        upload = session.get(models.Upload, upload_id)
        if upload is None or upload.device != owner.device:
            raise ServerError(ErrorCode.NOT_FOUND, f"no upload {upload_id} of this device")
        return _open_status(upload, upload.committed)


def put_chunk(
    db: Database, owner: models.Device, upload_id: str, offset: int, data: bytes
) -> UploadStatus:
    """Append ``data`` at ``offset``, which must be the committed offset; a chunk stored before
    (its answer lost) is a no-op. One transaction: all of the chunk or none of it."""
    _id(upload_id, "the upload id")
    if not data or len(data) > MAX_UPLOAD_CHUNK:
        raise ServerError(ErrorCode.TOO_LARGE, f"a chunk is 1 to {MAX_UPLOAD_CHUNK} bytes")
    with db.session() as session:
        upload = _own_upload(session, owner, upload_id)
        if not isinstance(upload, models.Upload):
            return upload  # stored already (the answer to the last chunk was lost)
        if offset + len(data) <= upload.committed:
            return _open_status(upload, upload.committed)  # had it already
        if offset + len(data) > upload.size:
            raise _bad(f"the chunk ends past the declared size ({upload.size} bytes)")
        moved = session.execute(
            update(models.Upload)
            .where(models.Upload.id == upload_id, models.Upload.committed == offset)
            .values(committed=offset + len(data), updated=now())
        )
        if getattr(moved, "rowcount", 0) != 1:
            raise ServerError(
                ErrorCode.CONFLICT,
                f"the upload stands at byte {upload.committed}, not {offset}: send from there",
                status=409,
            )
        session.add(models.UploadChunk(upload_id=upload_id, start=offset, data=data))
        return _open_status(upload, offset + len(data))


def finish(db: Database, owner: models.Device, upload_id: str) -> UploadStatus:
    """Verify the whole body and store the envelope once; idempotent."""
    _id(upload_id, "the upload id")
    with db.session() as session:
        upload = _own_upload(session, owner, upload_id)
        if not isinstance(upload, models.Upload):
            return upload  # stored already (the answer to the last chunk was lost)
        if upload.committed != upload.size:
            raise ServerError(
                ErrorCode.CONFLICT,
                f"the upload holds {upload.committed} of {upload.size} bytes",
                status=409,
            )
        chunks = session.execute(
            select(models.UploadChunk.data)
            .where(models.UploadChunk.upload_id == upload_id)
            .order_by(models.UploadChunk.start)
        ).scalars()
        body = b"".join(bytes(c) for c in chunks)
        envelope = Envelope(
            id=upload.id, team=upload.team, device=upload.device, kind=upload.kind,
            created=upload.created, body=body, signature=upload.signature,
            recipient_team=upload.recipient_team,
        )  # fmt: skip
        intact = len(body) == upload.size and hashlib.sha256(body).hexdigest() == upload.body_sha256
    if not intact:
        _restart(db, upload_id)
        raise ServerError(
            ErrorCode.CONFLICT,
            f"upload {upload_id} does not match its SHA-256; it starts again from byte 0",
            status=409,
        )
    try:
        envelope.verify(owner.signing_key)
    except SyncError as exc:
        raise _bad(str(exc)) from exc
    return _store(db, owner, envelope, upload.submission)


def _restart(db: Database, upload_id: str) -> None:
    with db.session() as session:
        session.execute(delete(models.UploadChunk).where(models.UploadChunk.upload_id == upload_id))
        session.execute(
            update(models.Upload).where(models.Upload.id == upload_id).values(committed=0)
        )


def _store(
    db: Database, owner: models.Device, envelope: Envelope, submission: str | None
) -> UploadStatus:
    with db.session() as session:
        # The counter row first, as a push does: sequence numbers commit in order.
        session.execute(
            update(models.ServerCounter)
            .where(models.ServerCounter.id == COUNTER)
            .values(value=models.ServerCounter.value)
        )
        seq = session.execute(
            select(models.ServerCounter.value).where(models.ServerCounter.id == COUNTER)
        ).scalar_one()
        device = session.get(models.Device, owner.device)
        if device is None or device.status != DeviceStatus.APPROVED:
            raise ServerError(ErrorCode.REVOKED, f"device {owner.device} may no longer upload")
        if erasures.is_erased(session, envelope.id):  # dropped while it was uploading
            raise ServerError(ErrorCode.CONFLICT, f"envelope {envelope.id}: {erasures.REFUSAL}")
        existing = _stored(session, envelope.id, owner.team)
        if existing is not None:
            if not _same(existing, envelope, envelope.recipient_team):
                raise ServerError(
                    ErrorCode.CONFLICT, f"envelope {envelope.id} was stored with other content"
                )
            stored_seq = existing.seq
        else:
            stored_seq = seq + 1
            session.add(_row(stored_seq, envelope, envelope.recipient_team, now()))
            session.execute(
                update(models.ServerCounter)
                .where(models.ServerCounter.id == COUNTER)
                .values(value=stored_seq)
            )
        session.execute(
            delete(models.UploadChunk).where(models.UploadChunk.upload_id == envelope.id)
        )
        session.execute(delete(models.Upload).where(models.Upload.id == envelope.id))
        if submission is not None:
            _link(session, owner, submission, envelope.id)
    size = len(envelope.body)
    return _status(envelope.id, True, size, size, stored_seq, envelope.recipient_team)


def link(db: Database, owner: models.Device, submission: str, attachments: Any) -> SubmissionStatus:
    """The submission's device declares the attachment envelopes it names (idempotent)."""
    _id(submission, "the submission id")
    if not isinstance(attachments, list) or len(attachments) > MAX_LINKS:
        raise _bad(f"attachments is a list of at most {MAX_LINKS} envelope ids")
    ids = [_id(a, "an attachment id") for a in attachments]
    with db.session() as session:
        for attachment in ids:
            _link(session, owner, submission, attachment)
    return submission_status(db, owner, submission)


def submission_status(db: Database, owner: models.Device, submission: str) -> SubmissionStatus:
    _id(submission, "the submission id")
    with db.session() as session:
        stored_ids = set(
            session.execute(
                select(models.Envelope.id).where(
                    models.Envelope.team == owner.team,
                    models.Envelope.id.in_(
                        select(models.SubmissionAttachment.attachment).where(
                            models.SubmissionAttachment.submission == submission
                        )
                    )
                    | (models.Envelope.id == submission),
                )
            ).scalars()
        )
        linked = list(
            session.execute(
                select(models.SubmissionAttachment.attachment)
                .where(
                    models.SubmissionAttachment.submission == submission,
                    models.SubmissionAttachment.team == owner.team,
                )
                .order_by(models.SubmissionAttachment.attachment)
            ).scalars()
        )
    parts = [{"id": a, "stored": a in stored_ids} for a in linked]
    stored = submission in stored_ids
    return {
        "id": submission,
        "stored": stored,
        "attachments": parts,
        "complete": stored and all(p["stored"] for p in parts),
    }


def _readable(owner: models.Device, team: str, kind: str, recipient_team: str | None) -> bool:
    """Whether ``owner`` may read a stored envelope's attachment: one of its own team's, or one
    another team re-sealed for it (a referral's)."""
    return kind == "attachment" and owner.team in (team, recipient_team)


def _not_stored(attachment_id: str) -> ServerError:
    # The same answer whether it is missing or another team's: nothing tells them apart.
    return ServerError(ErrorCode.NOT_FOUND, f"attachment {attachment_id} is not stored yet")


def attachment(db: Database, owner: models.Device, attachment_id: str) -> dict[str, Any]:
    """An attachment envelope's wire form without its body, with the body's size and SHA-256."""
    _id(attachment_id, "the attachment id")
    table = models.Envelope
    with db.session() as session:
        row = session.execute(
            select(
                table.id, table.team, table.device, table.kind, table.created, table.signature,
                table.recipient_team, table.size, table.body_sha256, table.seq,
            ).where(table.id == attachment_id)
        ).one_or_none()  # fmt: skip
        if row is None or not _readable(owner, row.team, row.kind, row.recipient_team):
            raise _not_stored(attachment_id)
        head: dict[str, Any] = {
            "v": 1,
            "id": row.id,
            "team": row.team,
            "device": row.device,
            "kind": row.kind,
            "created": row.created,
            "signature": base64.b64encode(row.signature).decode("ascii"),
        }
        if row.recipient_team is not None:
            head["recipient_team"] = row.recipient_team
        return {"envelope": head, "size": row.size, "sha256": row.body_sha256, "seq": row.seq}


def body_range(
    db: Database, owner: models.Device, attachment_id: str, start: int, length: int
) -> tuple[bytes, int]:
    """``length`` bytes (at most ``MAX_UPLOAD_CHUNK``) of the body from ``start``; and its size."""
    _id(attachment_id, "the attachment id")
    length = min(length, MAX_UPLOAD_CHUNK)
    with db.session() as session:
        found = session.execute(
            select(
                models.Envelope.size,
                models.Envelope.team,
                models.Envelope.kind,
                models.Envelope.recipient_team,
                func.substr(models.Envelope.body, cast(start + 1, Integer), cast(length, Integer)),
            ).where(models.Envelope.id == attachment_id)
        ).one_or_none()
    if found is None or not _readable(owner, found[1], found[2], found[3]):
        raise _not_stored(attachment_id)
    if not 0 <= start < found[0]:
        raise ServerError(
            ErrorCode.MALFORMED, f"the range starts past the body's {found[0]} bytes", status=416
        )
    return bytes(found[4]), int(found[0])
