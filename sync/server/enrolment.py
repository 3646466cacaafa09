"""Enrolment: one-time codes a supervisor gives, and a laptop registering with one (pending).

A code is 16 Crockford base-32 characters (80 bits), shown once, kept only as its SHA-256, valid
for ``DEFAULT_CODE_HOURS`` unless told otherwise, and used up by the first registration that
presents it (``sync.server.devices`` for what a registration is and how it is checked).
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from sync.protocol import DeviceStatus, ErrorCode, device_fingerprint
from sync.server import models
from sync.server.database import Database, now
from sync.server.devices import (
    Registration,
    add_pending,
    already_registered,
    check_name,
    checked_keys,
    sha256,
)
from sync.server.errors import ServerError

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_FIXES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
DEFAULT_CODE_HOURS = 72


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
                code_hash=sha256(raw),
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
    key = checked_keys(signing_key, age_recipient)
    token = "fcd_" + secrets.token_urlsafe(32)
    fingerprint = device_fingerprint(key, age_recipient)
    stamp = now()
    code_hash = sha256(normalise_code(enrolment_code))
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
            add_pending(
                session,
                device=device,
                team=used,
                signing_key=key,
                age_recipient=age_recipient,
                fingerprint=fingerprint,
                token=token,
                registered=stamp,
            )
    except IntegrityError as exc:  # the same device id registered concurrently
        raise already_registered(device) from exc
    return Registration(device, used, DeviceStatus.PENDING.value, fingerprint, token)
