"""Devices: the server's record of a laptop — names, keys, who is asking, its sealed team key.

The life of a laptop on the server::

    supervisor: enrolment.issue_enrolment_code(team)  ->  "K7QD-2M9X-...", told to the laptop's user
    laptop:     enrolment.register(code, device, signing_key, age_recipient)  ->  token (once), pending
    supervisor: compares the fingerprint the laptop shows with ``list_devices``; approvals.approve
    laptop:     every request: ``Authorization: Bearer <token>``; ``authenticate`` finds the device
    supervisor: approvals.revoke(device, reason)  ->  every later request of that device is refused

Modules: this one (what every step shares: names, key checks, the pending record a registration
adds (``add_pending``), ``authenticate``, ``list_devices``, the sealed team key), ``enrolment``
(one-time codes, registering with one), ``approvals`` (approval and revocation, by the
administrator or a supervisor's device), ``restored_devices`` (after a restore from a backup:
registering again without a code, approving again, replaying the revocation journal).

Codes and tokens are random (80 and 256 bits) and stored only as SHA-256: a copy of the database
lets nobody enrol a laptop or act as one.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import MAX_TEAM_KEY_BYTES, DeviceRole, DeviceStatus, ErrorCode
from sync.server import models
from sync.server.database import Database, now
from sync.server.errors import ServerError

NAME = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")
AGE_RECIPIENT = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
TOKEN = re.compile(r"^fcd_[A-Za-z0-9_-]{43}$")
HASH = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Registration:
    device: str
    team: str
    status: str
    fingerprint: str
    token: str


def sha256(text: str) -> str:
    """How codes and tokens are kept: their SHA-256, hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_name(what: str, value: str) -> str:
    if not NAME.match(value):
        raise ServerError(
            ErrorCode.MALFORMED, f"{what} must be 1-128 of A-Z a-z 0-9 _ . : - (got {value[:40]!r})"
        )
    return value


def checked_keys(signing_key: str, age_recipient: str) -> bytes:
    """The raw Ed25519 key, after checking both keys' form; else ServerError (MALFORMED)."""
    try:
        key = base64.b64decode(signing_key, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ServerError(ErrorCode.MALFORMED, "signing_key is not base64") from exc
    if len(key) != 32:
        raise ServerError(ErrorCode.MALFORMED, "signing_key must be a raw 32-byte Ed25519 key")
    if not AGE_RECIPIENT.match(age_recipient):
        raise ServerError(ErrorCode.MALFORMED, "age_recipient must be an age1... X25519 recipient")
    return key


def already_registered(device: str) -> ServerError:
    """The conflict of a registration (with a code, or again after a restore) whose device id
    this server already holds."""
    return ServerError(
        ErrorCode.CONFLICT, f"device {device!r} is already registered on this server"
    )


def add_pending(
    session: Session,
    *,
    device: str,
    team: str,
    signing_key: bytes,
    age_recipient: str,
    fingerprint: str,
    token: str,
    registered: str,
    reregistered: str | None = None,
) -> None:
    """A laptop's record, pending a supervisor's approval, added in the caller's transaction:
    ``enrolment.register`` (with a code) and ``restored_devices.reregister`` (after a restore,
    ``reregistered`` set) make it alike. Only the token's SHA-256 is kept. Refused
    (``already_registered``) when the device id is held here; a concurrent registration of the
    same id or token surfaces as the commit's IntegrityError, which the caller reports."""
    if session.get(models.Device, device) is not None:
        raise already_registered(device)
    session.add(
        models.Device(
            device=device,
            team=team,
            status=DeviceStatus.PENDING.value,
            role=DeviceRole.MEMBER.value,
            signing_key=signing_key,
            age_recipient=age_recipient,
            fingerprint=fingerprint,
            token_hash=sha256(token),
            registered=registered,
            reregistered=reregistered,
        )
    )


def authenticate(db: Database, token: str | None, *, allow_pending: bool = False) -> models.Device:
    """The device a bearer token belongs to, if it may act now; else ServerError (401/403)."""
    if not token:
        raise ServerError(
            ErrorCode.AUTH, "no device token: send Authorization: Bearer <device token>"
        )
    with db.session() as session:
        device = session.execute(
            select(models.Device).where(models.Device.token_hash == sha256(token))
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


def found(session_device: models.Device | None, device: str) -> models.Device:
    """``session_device`` (a row just read for ``device``), or ServerError (NOT_FOUND)."""
    if session_device is None:
        raise ServerError(ErrorCode.NOT_FOUND, f"no device {device!r} on this server")
    return session_device


def store_team_key(db: Database, *, device: str, sealed: bytes, by: str) -> None:
    """Keep the team key sealed (age) to ``device``'s recipient; the server cannot open it."""
    if not 0 < len(sealed) <= MAX_TEAM_KEY_BYTES:
        raise ServerError(
            ErrorCode.TOO_LARGE, f"a sealed team key is 1 to {MAX_TEAM_KEY_BYTES} bytes"
        )
    with db.session() as session:
        row = found(session.get(models.Device, device, with_for_update=True), device)
        if row.status == DeviceStatus.REVOKED:
            raise ServerError(ErrorCode.REVOKED, f"device {device} was revoked")
        row.team_key = sealed
        row.team_key_by = by
        row.team_key_updated = now()


def team_key(db: Database, device: str) -> bytes:
    with db.session() as session:
        row = found(session.get(models.Device, device), device)
        if row.team_key is None:
            raise ServerError(
                ErrorCode.NOT_FOUND,
                "no team key sealed to this device yet: a supervisor uploads it after approval",
            )
        return row.team_key
