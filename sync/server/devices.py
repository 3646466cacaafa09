"""Devices: one-time enrolment codes, registration, approval, revocation, bearer tokens, team keys.

The life of a laptop on the server::

    supervisor: issue_enrolment_code(team)  ->  "K7QD-2M9X-...", told to the laptop's user
    laptop:     register(code, device, signing_key, age_recipient)  ->  token (once), pending
    supervisor: compares the fingerprint the laptop shows with ``list_devices``; approve(device)
    laptop:     every request: ``Authorization: Bearer <token>``; ``authenticate`` finds the device
    supervisor: revoke(device, reason)  ->  every later request of that device is refused (403)

Codes and tokens are random (80 and 256 bits) and stored only as SHA-256: a copy of the database
lets nobody enrol a laptop or act as one.

After a restore from a backup (``sync.server.backup``): every revocation is also in the revocation
journal (``sync.server.revocations``), which the restore replays (``revoke_recorded``); a laptop
enrolled after the backup registers again without a code, signed with its own key
(``reregister``, ``sync.reregistration``), pending until a supervisor's device approves it again
(``approve_again``); a supervisor's device revokes again what its laptop knows revoked
(``revoke_for_team``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from sync import reregistration
from sync.protocol import (
    MAX_TEAM_KEY_BYTES,
    DeviceRole,
    DeviceStatus,
    ErrorCode,
    device_fingerprint,
)
from sync.server import models, revocations
from sync.server.database import Database, now
from sync.server.errors import ServerError

NAME = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_FIXES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
AGE_RECIPIENT = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
DEFAULT_CODE_HOURS = 72
TOKEN = re.compile(r"^fcd_[A-Za-z0-9_-]{43}$")
HASH = re.compile(r"^[0-9a-f]{64}$")
RESTORED = "restored"  # server_meta: when the database was last restored from a backup
REREGISTER_DAYS = 90


@dataclass(frozen=True)
class Registration:
    device: str
    team: str
    status: str
    fingerprint: str
    token: str


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_name(what: str, value: str) -> str:
    if not NAME.match(value):
        raise ServerError(
            ErrorCode.MALFORMED, f"{what} must be 1-128 of A-Z a-z 0-9 _ . : - (got {value[:40]!r})"
        )
    return value


def normalise_code(code: str) -> str:
    """Upper case, no dashes or spaces, and the look-alikes a person types mapped (O->0, I/L->1)."""
    return "".join(ch for ch in code.upper() if ch.isalnum()).translate(_CODE_FIXES)


def issue_enrolment_code(db: Database, team: str, *, hours: float = DEFAULT_CODE_HOURS) -> str:
    """A one-time code for one laptop to join ``team``, valid for ``hours``; shown once."""
    check_name("team", team)
    raw = "".join(secrets.choice(CROCKFORD) for _ in range(16))
    created = datetime.now(UTC)
    with db.session() as session:
        session.add(
            models.EnrolmentCode(
                code_hash=_sha256(raw),
                team=team,
                created=now(),
                expires=(created + timedelta(hours=hours))
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z"),
            )
        )
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))


def register(
    db: Database, *, enrolment_code: str, device: str, signing_key: str, age_recipient: str
) -> Registration:
    check_name("device", device)
    key = _keys(signing_key, age_recipient)
    token = "fcd_" + secrets.token_urlsafe(32)
    fingerprint = device_fingerprint(key, age_recipient)
    stamp = now()
    code_hash = _sha256(normalise_code(enrolment_code))
    try:
        with db.session() as session:
            # Consume the code first: the UPDATE is atomic, so two laptops racing for one code
            # cannot both get it, on SQLite or PostgreSQL.
            used = session.execute(
                update(models.EnrolmentCode)
                .where(
                    models.EnrolmentCode.code_hash == code_hash,
                    models.EnrolmentCode.used.is_(None),
                    models.EnrolmentCode.expires > stamp,
                )
                .values(used=stamp, used_by=device)
                .returning(models.EnrolmentCode.team)
            ).scalar_one_or_none()
            if used is None:
                raise ServerError(
                    ErrorCode.ENROLMENT,
                    "this enrolment code is unknown, already used or expired: ask a supervisor "
                    "for a new one",
                )
            if session.get(models.Device, device) is not None:
                raise ServerError(
                    ErrorCode.CONFLICT, f"device {device!r} is already registered on this server"
                )
            session.add(
                models.Device(
                    device=device,
                    team=used,
                    status=DeviceStatus.PENDING.value,
                    role=DeviceRole.MEMBER.value,
                    signing_key=key,
                    age_recipient=age_recipient,
                    fingerprint=fingerprint,
                    token_hash=_sha256(token),
                    registered=stamp,
                )
            )
    except IntegrityError as exc:  # the same device id registered concurrently
        raise ServerError(
            ErrorCode.CONFLICT, f"device {device!r} is already registered on this server"
        ) from exc
    return Registration(device, used, DeviceStatus.PENDING.value, fingerprint, token)


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
    key = _keys(signing_key, age_recipient)
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
            if held is not None:
                raise ServerError(
                    ErrorCode.CONFLICT, f"device {device!r} is already registered on this server"
                )
            session.add(
                models.Device(
                    device=device,
                    team=team,
                    status=DeviceStatus.PENDING.value,
                    role=DeviceRole.MEMBER.value,
                    signing_key=key,
                    age_recipient=age_recipient,
                    fingerprint=fingerprint,
                    token_hash=_sha256(token),
                    registered=stamp,
                    reregistered=stamp,
                )
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


def authenticate(db: Database, token: str | None, *, allow_pending: bool = False) -> models.Device:
    """The device a bearer token belongs to, if it may act now; else ServerError (401/403)."""
    if not token:
        raise ServerError(
            ErrorCode.AUTH, "no device token: send Authorization: Bearer <device token>"
        )
    with db.session() as session:
        device = session.execute(
            select(models.Device).where(models.Device.token_hash == _sha256(token))
        ).scalar_one_or_none()
    if device is None:
        raise ServerError(ErrorCode.AUTH, "unknown device token: this laptop is not enrolled here")
    if device.status == DeviceStatus.REVOKED:
        reason = f": {device.revoke_reason}" if device.revoke_reason else ""
        raise ServerError(
            ErrorCode.REVOKED, f"device {device.device} was revoked on {device.revoked}{reason}"
        )
    if device.status == DeviceStatus.PENDING and not allow_pending:
        raise ServerError(
            ErrorCode.PENDING,
            f"device {device.device} waits for a supervisor's approval (fingerprint "
            f"{device.fingerprint})",
        )
    return device


def list_devices(db: Database, team: str | None = None) -> list[models.Device]:
    query = select(models.Device).order_by(models.Device.team, models.Device.registered)
    if team is not None:
        query = query.where(models.Device.team == team)
    with db.session() as session:
        return list(session.execute(query).scalars())


def _get(session_device: models.Device | None, device: str) -> models.Device:
    if session_device is None:
        raise ServerError(ErrorCode.NOT_FOUND, f"no device {device!r} on this server")
    return session_device


def approve(
    db: Database, device: str, *, fingerprint: str | None = None, supervisor: bool = False
) -> models.Device:
    """Approve a pending device (or change an approved one's role). With ``fingerprint``, refuse
    unless it is the one the server holds (spaces and case do not matter)."""
    with db.session() as session:
        row = _get(session.get(models.Device, device, with_for_update=True), device)
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
        row = _get(session.get(models.Device, device, with_for_update=True), device)
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


def _keys(signing_key: str, age_recipient: str) -> bytes:
    try:
        key = base64.b64decode(signing_key, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ServerError(ErrorCode.MALFORMED, "signing_key is not base64") from exc
    if len(key) != 32:
        raise ServerError(ErrorCode.MALFORMED, "signing_key must be a raw 32-byte Ed25519 key")
    if not AGE_RECIPIENT.match(age_recipient):
        raise ServerError(ErrorCode.MALFORMED, "age_recipient must be an age1... X25519 recipient")
    return key


def _tombstone(
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
        token_hash=token_hash if HASH.match(token_hash) else _sha256(secrets.token_hex(32)),
        registered=revoked,
        revoked=revoked,
        revoke_reason=reason[:500] or None,
    )


def revoke_recorded(db: Database, entry: revocations.Revocation) -> bool:
    """Replay one revocation of the journal (after a restore); True when it changed anything."""
    check_name("device", entry.device)
    check_name("team", entry.team)
    with db.session() as session:
        row = session.get(models.Device, entry.device, with_for_update=True)
        if row is not None and row.status == DeviceStatus.REVOKED:
            return False
        if row is None:
            key = _keys(entry.signing_key, entry.age_recipient)
            taken = session.execute(
                select(models.Device.device).where(models.Device.token_hash == entry.token_hash)
            ).first()
            session.add(
                _tombstone(
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
            key = _keys(signing_key, age_recipient)
            row = _tombstone(by.team, device, key, age_recipient, now(), reason)
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


def store_team_key(db: Database, *, device: str, sealed: bytes, by: str) -> None:
    """Keep the team key sealed (age) to ``device``'s recipient; the server cannot open it."""
    if not 0 < len(sealed) <= MAX_TEAM_KEY_BYTES:
        raise ServerError(
            ErrorCode.TOO_LARGE, f"a sealed team key is 1 to {MAX_TEAM_KEY_BYTES} bytes"
        )
    with db.session() as session:
        row = _get(session.get(models.Device, device, with_for_update=True), device)
        if row.status == DeviceStatus.REVOKED:
            raise ServerError(ErrorCode.REVOKED, f"device {device} was revoked")
        row.team_key = sealed
        row.team_key_by = by
        row.team_key_updated = now()


def team_key(db: Database, device: str) -> bytes:
    with db.session() as session:
        row = _get(session.get(models.Device, device), device)
        if row.team_key is None:
            raise ServerError(
                ErrorCode.NOT_FOUND,
                "no team key sealed to this device yet: a supervisor uploads it after approval",
            )
        return row.team_key
