"""A server restored from a backup, its devices.

Every revocation is also in the revocation journal (``sync.server.revocations``), which the
restore replays (``revoke_recorded``); a laptop enrolled after the backup registers again without a
code, signed with its own key (``reregister``, ``sync.reregistration``), pending until a
supervisor's device approves it again (``approve_again``); a supervisor's device revokes again what
its laptop knows revoked (``sync.server.approvals.revoke_for_team``). The laptop's side is
``app/team/restored_devices.py``.
"""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime, timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from sync import reregistration
from sync.protocol import DeviceRole, DeviceStatus, ErrorCode, device_fingerprint
from sync.server import models, revocations
from sync.server.approvals import approve, tombstone
from sync.server.database import Database, now
from sync.server.devices import TOKEN, Registration, add_pending, check_name, checked_keys
from sync.server.errors import ServerError

RESTORED = "restored"  # server_meta: when the database was last restored from a backup
REREGISTER_DAYS = 90


def reregister(
    db: Database,
    *,
    device: str,
    team: str,
    signing_key: str,
    age_recipient: str,
    token: str,
    signature: str,
) -> Registration:
    """A laptop enrolled after the backup this server was restored from registers again, without a
    code, with the token and keys it holds (``sync.reregistration``): pending, as at enrolment.

    Refused unless the server was restored within ``REREGISTER_DAYS``; for a device id this server
    holds (revoked: REVOKED); for keys it holds revoked under any id; for a token it knows; and
    unless ``signature`` is the device's own over ``sync.reregistration.statement``."""
    check_name("device", device)
    check_name("team", team)
    key = checked_keys(signing_key, age_recipient)
    if not TOKEN.match(token):
        raise ServerError(ErrorCode.MALFORMED, "token is not a device token")
    try:
        signed = base64.b64decode(signature, validate=True)
        Ed25519PublicKey.from_public_bytes(key).verify(
            signed, reregistration.statement(device, team, token, age_recipient)
        )
    except (binascii.Error, ValueError, InvalidSignature) as exc:
        raise ServerError(
            ErrorCode.FORBIDDEN, "the signature is not this device's: nothing registered"
        ) from exc
    fingerprint = device_fingerprint(key, age_recipient)
    stamp = now()
    try:
        with db.session() as session:
            restored = session.get(models.ServerMeta, RESTORED)
            if restored is None or restored.value < _days_ago(REREGISTER_DAYS):
                raise ServerError(
                    ErrorCode.ENROLMENT,
                    "this server registers laptops again only after a restore: ask a supervisor "
                    "for an enrolment code",
                )
            held = session.get(models.Device, device)
            if held is not None and held.status == DeviceStatus.REVOKED:
                raise ServerError(
                    ErrorCode.REVOKED, f"device {device} was revoked on {held.revoked}"
                )
            revoked_keys = session.execute(
                select(models.Device.device).where(
                    models.Device.fingerprint == fingerprint,
                    models.Device.status == DeviceStatus.REVOKED.value,
                )
            ).first()
            if revoked_keys is not None:
                raise ServerError(ErrorCode.REVOKED, "a device with these keys was revoked")
            add_pending(
                session,
                device=device,
                team=team,
                signing_key=key,
                age_recipient=age_recipient,
                fingerprint=fingerprint,
                token=token,
                registered=stamp,
                reregistered=stamp,
            )
    except IntegrityError as exc:  # the same id or token registered concurrently
        raise ServerError(
            ErrorCode.CONFLICT, f"device {device!r} or its token is already registered here"
        ) from exc
    return Registration(device, team, DeviceStatus.PENDING.value, fingerprint, token)


def _days_ago(days: float) -> str:
    return (
        (datetime.now(UTC) - timedelta(days=days))
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z")
    )


def approve_again(
    db: Database, by: models.Device, device: str, *, fingerprint: str, supervisor: bool = False
) -> models.Device:
    """A supervisor's device approves again a device of its team that registered again after a
    restore (``reregister``), with the fingerprint its laptop approved; no other device."""
    if by.role != DeviceRole.SUPERVISOR:
        raise ServerError(ErrorCode.FORBIDDEN, "only a supervisor's device may approve devices")
    with db.session() as session:
        row = session.get(models.Device, device)
        if row is None or row.team != by.team:
            raise ServerError(ErrorCode.NOT_FOUND, f"no device {device!r} in team {by.team}")
        if row.reregistered is None or row.status != DeviceStatus.PENDING:
            raise ServerError(
                ErrorCode.FORBIDDEN,
                f"device {device} did not register again after a restore: the administrator "
                "approves it (fieldcase server approve)",
            )
    return approve(db, device, fingerprint=fingerprint, supervisor=supervisor)


def revoke_recorded(db: Database, entry: revocations.Revocation) -> bool:
    """Replay one revocation of the journal (after a restore); True when it changed anything."""
    check_name("device", entry.device)
    check_name("team", entry.team)
    with db.session() as session:
        row = session.get(models.Device, entry.device, with_for_update=True)
        if row is not None and row.status == DeviceStatus.REVOKED:
            return False
        if row is None:
            key = checked_keys(entry.signing_key, entry.age_recipient)
            taken = session.execute(
                select(models.Device.device).where(models.Device.token_hash == entry.token_hash)
            ).first()
            session.add(
                tombstone(
                    entry.team,
                    entry.device,
                    key,
                    entry.age_recipient,
                    entry.revoked,
                    entry.reason,
                    "" if taken else entry.token_hash,
                )
            )
        else:
            row.status = DeviceStatus.REVOKED.value
            row.revoked = entry.revoked
            row.revoke_reason = entry.reason[:500] or None
        team = entry.team if row is None else row.team
    from sync.server import erasures

    erasures.settle_team(db, team)
    return True
