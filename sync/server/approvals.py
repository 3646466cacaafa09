"""Approvals and revocations: the administrator's (``fieldcase server approve/revoke``) and a
supervisor's device revoking a device of its team (``POST /v1/devices/{device}/revoke``).

A revocation refuses every later request of the device; envelopes it pushed before stay served.
With a journal (``sync.server.revocations``) each revocation is also written there, so a restore
from an older backup revokes it again (``sync.server.restored_devices.revoke_recorded``). Every
revocation settles the team's erasures that waited only for the revoked device.
"""

from __future__ import annotations

import base64
import secrets
from pathlib import Path

from sync.protocol import DeviceRole, DeviceStatus, ErrorCode, device_fingerprint
from sync.server import models, revocations
from sync.server.database import Database, now
from sync.server.devices import HASH, check_name, checked_keys, found, sha256
from sync.server.errors import ServerError


def approve(
    db: Database, device: str, *, fingerprint: str | None = None, supervisor: bool = False
) -> models.Device:
    """Approve a pending device (or change an approved one's role). With ``fingerprint``, refuse
    unless it is the one the server holds (spaces and case do not matter)."""
    with db.session() as session:
        row = found(session.get(models.Device, device, with_for_update=True), device)
        if row.status == DeviceStatus.REVOKED:
            raise ServerError(
                ErrorCode.REVOKED, f"device {device} was revoked; enrol it again with a new code"
            )
        if fingerprint is not None and _compact(fingerprint) != _compact(row.fingerprint):
            raise ServerError(
                ErrorCode.FORBIDDEN,
                f"fingerprint mismatch: the server holds {row.fingerprint} for {device}; "
                "do not approve, enrol the laptop again",
            )
        row.status = DeviceStatus.APPROVED.value
        row.role = (DeviceRole.SUPERVISOR if supervisor else DeviceRole.MEMBER).value
        row.approved = row.approved or now()
        return row


def _compact(fingerprint: str) -> str:
    return "".join(fingerprint.split()).upper()


def revoke(
    db: Database,
    device: str,
    *,
    reason: str = "",
    journal: Path | None = None,
    by: str = "administrator",
) -> models.Device:
    """Refuse every later request of ``device``. Envelopes it pushed before stay served. With
    ``journal``, the revocation is also written there (``sync.server.revocations``), so a restore
    from an older backup revokes it again."""
    with db.session() as session:
        row = found(session.get(models.Device, device, with_for_update=True), device)
        if row.status != DeviceStatus.REVOKED:
            row.status = DeviceStatus.REVOKED.value
            row.revoked = now()
            row.revoke_reason = reason[:500] or None
    _journal(journal, row, by)
    from sync.server import erasures  # erasures imports nothing of this module

    erasures.settle_team(db, row.team)  # erasures that waited only for this device
    return row


def _journal(journal: Path | None, row: models.Device, by: str) -> None:
    if journal is None:
        return
    try:
        _append(journal, row, by)
    except OSError as exc:
        raise ServerError(
            ErrorCode.SERVER,
            f"device {row.device} is revoked, but the revocation journal {journal} could not be "
            f"written ({exc.strerror or exc}): a restore from an older backup would not revoke it",
            status=503,
        ) from exc


def _append(journal: Path, row: models.Device, by: str) -> None:
    revocations.append(
        journal,
        revocations.Revocation(
            device=row.device,
            team=row.team,
            signing_key=base64.b64encode(row.signing_key).decode("ascii"),
            age_recipient=row.age_recipient,
            fingerprint=row.fingerprint,
            revoked=row.revoked or now(),
            reason=row.revoke_reason or "",
            by=by,
            token_hash=row.token_hash,
        ),
    )


def revoke_for_team(
    db: Database,
    by: models.Device,
    device: str,
    *,
    signing_key: str | None = None,
    age_recipient: str | None = None,
    reason: str = "",
    journal: Path | None = None,
) -> models.Device:
    """A supervisor's device revokes a device of its own team (idempotent). A device this server
    does not hold (enrolled after the backup it was restored from) is kept as a revoked record of
    the keys the supervisor's laptop holds for it, in that supervisor's team."""
    if by.role != DeviceRole.SUPERVISOR:
        raise ServerError(ErrorCode.FORBIDDEN, "only a supervisor's device may revoke devices")
    check_name("device", device)
    if device == by.device:
        raise ServerError(ErrorCode.FORBIDDEN, "a device does not revoke itself")
    with db.session() as session:
        row = session.get(models.Device, device, with_for_update=True)
        if row is not None and row.team != by.team:
            raise ServerError(ErrorCode.NOT_FOUND, f"no device {device!r} in team {by.team}")
        if row is None:
            if signing_key is None or age_recipient is None:
                raise ServerError(
                    ErrorCode.NOT_FOUND,
                    f"no device {device!r} here: send its signing_key and age_recipient",
                )
            key = checked_keys(signing_key, age_recipient)
            row = tombstone(by.team, device, key, age_recipient, now(), reason)
            session.add(row)
        elif row.status == DeviceStatus.REVOKED:
            return row
        else:
            row.status = DeviceStatus.REVOKED.value
            row.revoked = now()
            row.revoke_reason = reason[:500] or None
    _journal(journal, row, by.device)
    from sync.server import erasures

    erasures.settle_team(db, row.team)
    return row


def tombstone(
    team: str,
    device: str,
    key: bytes,
    age_recipient: str,
    revoked: str,
    reason: str,
    token_hash: str = "",
) -> models.Device:
    """A revoked record of a device this database never held (enrolled after its backup): its
    id and keys can never register here again; with its token's hash, its requests are told
    it was revoked."""
    return models.Device(
        device=device,
        team=team,
        status=DeviceStatus.REVOKED.value,
        role=DeviceRole.MEMBER.value,
        signing_key=key,
        age_recipient=age_recipient,
        fingerprint=device_fingerprint(key, age_recipient),
        token_hash=token_hash if HASH.match(token_hash) else sha256(secrets.token_hex(32)),
        registered=revoked,
        revoked=revoked,
        revoke_reason=reason[:500] or None,
    )
