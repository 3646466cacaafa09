"""Erased cases on the server: drop their envelopes once every laptop of the team erased them.

The server cannot read which envelopes belong to a case. Each laptop that applied a supervisor's
erasure (it opened the sealed erasure envelope and checked that a supervisor's device signed it)
acknowledges it with the envelope ids the erasure names::

    POST /v1/erasures/{erasure envelope id}/ack     {"ids": [envelope id, ...]}

The first acknowledgement records the list; every later one must carry the same list (sorted, its
SHA-256 compared), else it is refused (409) and nothing is recorded. The erasure envelope must be
stored in the caller's team and have been pushed by a device the server knows as a supervisor's:
an erasure a member's device pushed (which laptops refuse to apply anyway) drops nothing.

When every approved device of the team that holds the team key has acknowledged (one never
sealed a key, such as a laptop approved on the server only, is not waited for; nor is a revoked
device, and a revocation settles what waited only for it), in one transaction the server deletes the named
envelopes of that team whose kind is a case's (case events, submissions, attachments), the
uploads in progress and quarantined copies under those ids, and the attachment links; it keeps
for each id only a tombstone (``erased_envelopes``: id, team, erasure, when), so a push or upload
of the same id later is refused as erased rather than stored again. On SQLite freed pages are
zeroed (``secure_delete``) and the WAL is truncated after the drop. The erasure envelope itself
stays: a laptop enrolled later still learns that the case was erased.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from sqlalchemy import delete, or_, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sync.protocol import DeviceRole, DeviceStatus, ErrorCode
from sync.server import models
from sync.server.database import Database, now
from sync.server.errors import ServerError

DROPPABLE = ("case_event", "submission", "attachment")
MAX_IDS = 100_000
REFUSAL = "this envelope belongs to an erased case: the server dropped it and stores it no more"
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CHUNK = 500


def _uuid(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise ServerError(ErrorCode.MALFORMED, f"{what} must be a lower-case UUID")
    return value


def id_list(ids: Any) -> list[str]:
    """The ids an acknowledgement names, checked, without repeats, sorted."""
    if not isinstance(ids, list) or len(ids) > MAX_IDS:
        raise ServerError(ErrorCode.MALFORMED, f"ids is a list of at most {MAX_IDS} envelope ids")
    return sorted({_uuid(i, "an envelope id") for i in ids})


def digest(ids: list[str]) -> str:
    return hashlib.sha256(json.dumps(ids, separators=(",", ":")).encode("ascii")).hexdigest()


def is_erased(session: Session, envelope_id: str | None) -> bool:
    """Whether ``envelope_id`` was dropped with an erased case (its tombstone is kept)."""
    if envelope_id is None:
        return False
    return session.get(models.ErasedEnvelope, envelope_id) is not None


def erased_among(session: Session, envelope_ids: set[str]) -> set[str]:
    """Which of ``envelope_ids`` were dropped with an erased case, in one SELECT."""
    if not envelope_ids:
        return set()
    rows = session.execute(
        select(models.ErasedEnvelope.id).where(models.ErasedEnvelope.id.in_(envelope_ids))
    )
    return {row[0] for row in rows}


def acknowledge(db: Database, device: models.Device, erasure_id: str, ids: Any) -> dict[str, Any]:
    """Record that ``device`` applied the erasure; drop the case's envelopes if it was the last."""
    _uuid(erasure_id, "the erasure id")
    names = id_list(ids)
    for attempt in range(2):
        try:
            with db.session() as session:
                row = _erasure(session, device, erasure_id, names)
                if session.get(models.ErasureAck, (erasure_id, device.device)) is None:
                    session.add(
                        models.ErasureAck(erasure=erasure_id, device=device.device, acked=now())
                    )
                    session.flush()
                dropped_now = _settle(session, row)
                status = _status(session, row)
            break
        except IntegrityError:  # two first acknowledgements raced to create the erasure's row
            if attempt:
                raise
    if dropped_now:
        compact(db)
    return status


def _erasure(
    session: Session, device: models.Device, erasure_id: str, names: list[str]
) -> models.Erasure:
    envelope = session.execute(
        select(models.Envelope).where(models.Envelope.id == erasure_id)
    ).scalar_one_or_none()
    if envelope is None or envelope.team != device.team or envelope.kind != "erasure":
        raise ServerError(
            ErrorCode.NOT_FOUND, f"no erasure envelope {erasure_id} in team {device.team}"
        )
    author = session.get(models.Device, envelope.device)
    if author is None or author.role != DeviceRole.SUPERVISOR:
        raise ServerError(
            ErrorCode.FORBIDDEN,
            f"erasure {erasure_id} was not pushed by a supervisor's device: nothing is dropped",
        )
    # The row lock (PostgreSQL) serialises acknowledgements of one erasure, so the last one
    # sees all the others when it counts.
    row = session.get(models.Erasure, erasure_id, with_for_update=True)
    if row is None:
        row = models.Erasure(
            id=erasure_id,
            team=device.team,
            ids=json.dumps(names, separators=(",", ":")),
            ids_sha256=digest(names),
            first_ack=now(),
        )
        session.add(row)
        session.flush()
    elif row.ids_sha256 != digest(names):
        raise ServerError(
            ErrorCode.CONFLICT,
            f"erasure {erasure_id} was acknowledged before with another list of envelopes",
        )
    return row


def _waiting(session: Session, row: models.Erasure) -> tuple[list[str], list[str]]:
    """(devices that acknowledged, devices still waited for). Only approved devices that hold
    the team key are waited for: one a team key was sealed to, or one that sealed it to others.
    A device that never got the key cannot open the erasure, nor anything it would erase (a laptop
    approved on the server only, or never welcomed): waiting for it would keep the case's
    envelopes here for good."""
    holders = (
        select(models.Device.team_key_by).where(models.Device.team_key_by.is_not(None))
    ).union(select(models.SealedTeamKey.by))
    approved = set(
        session.execute(
            select(models.Device.device).where(
                models.Device.team == row.team,
                models.Device.status == DeviceStatus.APPROVED,
                or_(models.Device.team_key.is_not(None), models.Device.device.in_(holders)),
            )
        ).scalars()
    )
    acked = set(
        session.execute(
            select(models.ErasureAck.device).where(models.ErasureAck.erasure == row.id)
        ).scalars()
    )
    return sorted(acked), sorted(approved - acked)


def _settle(session: Session, row: models.Erasure) -> bool:
    """Drop the erasure's envelopes if no approved device of the team still has to apply it."""
    if row.dropped is not None or _waiting(session, row)[1]:
        return False
    _drop(session, row)
    return True


def _drop(session: Session, row: models.Erasure) -> None:
    ids: list[str] = json.loads(row.ids)
    stamp = now()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        stored = {
            r[0]: (r[1], r[2])
            for r in session.execute(
                select(models.Envelope.id, models.Envelope.team, models.Envelope.kind).where(
                    models.Envelope.id.in_(chunk)
                )
            )
        }
        # Only this team's envelopes of a case's kinds (never a form, another erasure, ...).
        mine = [
            i
            for i in chunk
            if i not in stored or (stored[i][0] == row.team and stored[i][1] in DROPPABLE)
        ]
        session.execute(delete(models.Envelope).where(models.Envelope.id.in_(mine)))
        uploads = list(
            session.execute(
                select(models.Upload.id).where(
                    models.Upload.id.in_(mine), models.Upload.team == row.team
                )
            ).scalars()
        )
        session.execute(delete(models.UploadChunk).where(models.UploadChunk.upload_id.in_(uploads)))
        session.execute(delete(models.Upload).where(models.Upload.id.in_(uploads)))
        session.execute(
            delete(models.SubmissionAttachment).where(
                models.SubmissionAttachment.team == row.team,
                or_(
                    models.SubmissionAttachment.submission.in_(mine),
                    models.SubmissionAttachment.attachment.in_(mine),
                ),
            )
        )
        session.execute(
            delete(models.Quarantine).where(
                models.Quarantine.team == row.team, models.Quarantine.envelope_id.in_(mine)
            )
        )
        known = set(
            session.execute(
                select(models.ErasedEnvelope.id).where(models.ErasedEnvelope.id.in_(mine))
            ).scalars()
        )
        for envelope_id in mine:
            if envelope_id not in known:
                session.add(
                    models.ErasedEnvelope(
                        id=envelope_id, team=row.team, erasure=row.id, erased=stamp
                    )
                )
    row.dropped = stamp


def _status(session: Session, row: models.Erasure) -> dict[str, Any]:
    acked, waiting = _waiting(session, row)
    return {
        "erasure": row.id,
        "acknowledged": acked,
        "waiting_for": waiting,
        "since": row.first_ack,
        "dropped": row.dropped,
    }


def settle_team(db: Database, team: str) -> int:
    """After a revocation: drop what waited only for that device. Returns erasures dropped."""
    with db.session() as session:
        pending = list(
            session.execute(
                select(models.Erasure.id).where(
                    models.Erasure.team == team, models.Erasure.dropped.is_(None)
                )
            ).scalars()
        )
    dropped = 0
    for erasure_id in pending:
        with db.session() as session:
            row = session.get(models.Erasure, erasure_id, with_for_update=True)
            if row is not None and _settle(session, row):
                dropped += 1
    if dropped:
        compact(db)
    return dropped


def compact(db: Database) -> None:
    """On SQLite, push the zeroed pages into the database file and empty the WAL, so the dropped
    bodies survive in neither. (PostgreSQL keeps dead rows until VACUUM: see docs/security.md.)"""
    if db.engine.dialect.name != "sqlite":
        return
    with db.engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        connection.commit()
