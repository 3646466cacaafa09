"""Push and pull of envelopes: the server's half of the algorithm in sync/README.md.

``push`` checks every envelope of a batch (shape, device, team, signature, id reuse), stores the
good ones with new sequence numbers and the refused ones in quarantine, all in ONE transaction,
and returns the per-envelope results only after that transaction committed: an acknowledgement
is a promise that the envelope is on disk.

``pull`` serves a team's envelopes (and referrals addressed to it) after a cursor, in sequence
order, in pages bounded by count and bytes.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select, update

from sync.envelope import Envelope
from sync.errors import SyncError
from sync.protocol import (
    MAX_PAGE,
    MAX_PAGE_BYTES,
    DeviceStatus,
    ErrorCode,
    PulledEnvelope,
    PullResponse,
    PushResult,
    PushStatus,
)
from sync.server import erasures, models
from sync.server.database import Database, now
from sync.server.devices import NAME
from sync.server.errors import ServerError

COUNTER = 1
CREATED_MAX = 64  # the column's width; sync.envelope does not bound it


class Refused(Exception):
    """One envelope of a batch is refused; the others go on."""


def push(db: Database, device: str, items: list[Any]) -> list[PushResult]:
    received = now()
    results: list[PushResult] = []
    with db.session() as session:
        # The first statement writes the counter row: on PostgreSQL that takes its row lock, on
        # SQLite the database's write lock, both held until commit. Pushes therefore commit in
        # sequence order and a pull never sees seq N+1 before seq N.
        session.execute(
            update(models.ServerCounter)
            .where(models.ServerCounter.id == COUNTER)
            .values(value=models.ServerCounter.value)
        )
        seq = session.execute(
            select(models.ServerCounter.value).where(models.ServerCounter.id == COUNTER)
        ).scalar_one()
        owner = session.get(models.Device, device)
        if owner is None or owner.status != DeviceStatus.APPROVED:
            # Revoked (or otherwise changed) since the request was authenticated.
            raise ServerError(ErrorCode.REVOKED, f"device {device} may no longer push")
        for item in items:
            envelope_id = _claimed_id(item)
            if erasures.is_erased(session, envelope_id):  # refused, and its bytes not kept
                results.append(_result(envelope_id, PushStatus.REFUSED, None, erasures.REFUSAL))
                continue
            try:
                envelope, recipient_team = _check(item, owner)
                existing = session.execute(
                    select(models.Envelope).where(models.Envelope.id == envelope.id)
                ).scalar_one_or_none()
                if existing is not None:
                    if not _same(existing, envelope, recipient_team):
                        raise Refused(
                            f"envelope id {envelope.id} was stored before with other content"
                        )
                    results.append(_result(envelope.id, PushStatus.DUPLICATE, existing.seq))
                    continue
                seq += 1
                session.add(_row(seq, envelope, recipient_team, received))
                session.flush()  # a second copy of this id later in the batch finds this row
                results.append(_result(envelope.id, PushStatus.ACCEPTED, seq))
            except Refused as exc:
                reason = _printable(str(exc))[:500]
                session.add(
                    models.Quarantine(
                        envelope_id=envelope_id,
                        device=owner.device,
                        team=owner.team,
                        reason=reason,
                        received=received,
                        wire=json.dumps(item, separators=(",", ":"), default=str).encode(),
                    )
                )
                results.append(_result(envelope_id, PushStatus.REFUSED, None, reason))
        session.execute(
            update(models.ServerCounter).where(models.ServerCounter.id == COUNTER).values(value=seq)
        )
    return results  # only now: the transaction above has committed


def _claimed_id(item: Any) -> str | None:
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return _printable(item["id"])[:64]
    return None


def _printable(text: str) -> str:
    """Control characters escaped: PostgreSQL refuses NUL in text, and a reason is for reading."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def _check(item: Any, owner: models.Device) -> tuple[Envelope, str | None]:
    try:
        envelope = Envelope.from_wire(item)
    except SyncError as exc:
        raise Refused(str(exc)) from exc
    if not (0 < len(envelope.created) <= CREATED_MAX and envelope.created.isprintable()):
        raise Refused(f"envelope {envelope.id}: created must be a short timestamp")
    if envelope.device != owner.device:
        raise Refused(
            f"envelope claims device {envelope.device} but this request is authenticated as "
            f"device {owner.device}"
        )
    if envelope.kind == "attachment":
        raise Refused("attachments are uploaded in chunks (POST /v1/uploads), not pushed")
    if envelope.team != owner.team:
        raise Refused(
            f"envelope is for team {envelope.team} but device {owner.device} belongs to "
            f"team {owner.team}"
        )
    recipient_team = item.get("recipient_team")
    if recipient_team is not None:
        if not isinstance(recipient_team, str) or not NAME.match(recipient_team):
            raise Refused("recipient_team must be a team name")
        if envelope.kind != "referral":
            raise Refused("only a referral may name a recipient_team")
    try:
        envelope.verify(owner.signing_key)
    except SyncError as exc:
        raise Refused(str(exc)) from exc
    return envelope, recipient_team


def _same(row: models.Envelope, envelope: Envelope, recipient_team: str | None) -> bool:
    return (
        row.body_sha256 == hashlib.sha256(envelope.body).hexdigest()
        and row.signature == envelope.signature
        and (row.team, row.device, row.kind, row.created, row.recipient_team)
        == (envelope.team, envelope.device, envelope.kind, envelope.created, recipient_team)
    )


def _row(seq: int, envelope: Envelope, recipient_team: str | None, received: str) -> Any:
    return models.Envelope(
        seq=seq,
        id=envelope.id,
        team=envelope.team,
        device=envelope.device,
        kind=envelope.kind,
        recipient_team=recipient_team,
        size=len(envelope.body),
        body_sha256=hashlib.sha256(envelope.body).hexdigest(),
        body=envelope.body,
        signature=envelope.signature,
        created=envelope.created,
        received=received,
    )


def _result(
    envelope_id: str | None, status: PushStatus, seq: int | None, reason: str | None = None
) -> PushResult:
    return {"id": envelope_id, "status": status.value, "seq": seq, "reason": reason}


def pull(db: Database, team: str, since: int, limit: int) -> PullResponse:
    if since < 0:
        raise ServerError(ErrorCode.MALFORMED, "since must be 0 or a cursor the server returned")
    if not 1 <= limit <= MAX_PAGE:
        raise ServerError(ErrorCode.MALFORMED, f"limit must be 1 to {MAX_PAGE}")
    with db.session() as session:
        rows = list(
            session.execute(
                select(models.Envelope)
                .where(
                    models.Envelope.seq > since,
                    or_(models.Envelope.team == team, models.Envelope.recipient_team == team),
                    models.Envelope.kind != "attachment",  # fetched by id, in ranges
                )
                .order_by(models.Envelope.seq)
                .limit(limit + 1)
            ).scalars()
        )
    page: list[PulledEnvelope] = []
    size = 0
    for row in rows[:limit]:
        if page and size + row.size > MAX_PAGE_BYTES:
            break
        page.append(
            {
                "seq": row.seq,
                "received": row.received,
                "recipient_team": row.recipient_team,
                "envelope": _wire(row),
            }
        )
        size += row.size
    return {
        "envelopes": page,
        "next": page[-1]["seq"] if page else since,
        "more": len(page) < len(rows),
    }


def _wire(row: models.Envelope) -> dict[str, object]:
    return Envelope(
        id=row.id,
        team=row.team,
        device=row.device,
        kind=row.kind,
        created=row.created,
        body=row.body,
        signature=row.signature,
    ).to_wire()


def quarantined(db: Database, limit: int = 100) -> list[models.Quarantine]:
    with db.session() as session:
        return list(
            session.execute(
                select(models.Quarantine).order_by(models.Quarantine.qid.desc()).limit(limit)
            ).scalars()
        )


def purge_quarantine(db: Database, older_than_days: float) -> int:
    """Delete quarantined envelopes received more than ``older_than_days`` ago; return how many."""
    cutoff = (datetime.now(UTC) - timedelta(days=older_than_days)).isoformat(
        timespec="milliseconds"
    )
    with db.session() as session:
        result = session.execute(
            delete(models.Quarantine).where(
                models.Quarantine.received < cutoff.replace("+00:00", "Z")
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)


def counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            "envelopes": session.execute(
                select(func.count()).select_from(models.Envelope)
            ).scalar_one(),
            "quarantined": session.execute(
                select(func.count()).select_from(models.Quarantine)
            ).scalar_one(),
        }
