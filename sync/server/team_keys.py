"""Team keys sealed per device and key id, for rotation (sync/README.md, "Team key rotation")::

    PUT  /v1/devices/{device}/team-keys/{key_id}   a supervisor's device uploads a sealed key (bytes)
    GET  /v1/devices/me/team-keys                  the key ids sealed to the calling device
    GET  /v1/devices/me/team-keys/{key_id}         one of them (bytes, an age file)

The bytes are a welcome (``app.team``): every team key the supervisor holds, sealed to the
device's age recipient and signed by the supervisor's device. The server cannot open them. A
revoked device is never given one (the upload is refused), and cannot fetch one either. The newest
upload also becomes the device's one sealed key of ``GET /v1/devices/me/team-key``, so a laptop
that has not joined yet (or an old client) gets every key at once.

No ``from __future__ import annotations``: FastAPI reads these annotations at definition time.
"""

import re
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request, Response
from pydantic import BaseModel
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from sync.protocol import MAX_TEAM_KEY_BYTES, DeviceRole, DeviceStatus, ErrorCode
from sync.server import devices, models
from sync.server.api import BINARY_BODY, ERRORS, Bearer, _read_bounded, check_protocol
from sync.server.database import Database, now
from sync.server.errors import ServerError

KEY_ID = re.compile(r"^[0-9a-f]{16,64}$")


class SealedKeyOut(BaseModel):
    key_id: str
    by: str
    updated: str


def _key_id(key_id: str) -> str:
    if not KEY_ID.match(key_id):
        raise ServerError(ErrorCode.MALFORMED, "a key id is 16 to 64 lower-case hex digits")
    return key_id


def store(db: Database, supervisor: models.Device, target: str, key_id: str, sealed: bytes) -> None:
    """Keep ``sealed`` for ``target`` under ``key_id``; supervisors' devices of its team only."""
    _key_id(key_id)
    if supervisor.role != DeviceRole.SUPERVISOR:
        raise ServerError(
            ErrorCode.FORBIDDEN, "only a supervisor's device may upload a sealed team key"
        )
    if not 0 < len(sealed) <= MAX_TEAM_KEY_BYTES:
        raise ServerError(
            ErrorCode.TOO_LARGE, f"a sealed team key is 1 to {MAX_TEAM_KEY_BYTES} bytes"
        )
    with db.session() as session:
        row = session.get(models.Device, target, with_for_update=True)
        if row is None or row.team != supervisor.team:
            raise ServerError(
                ErrorCode.NOT_FOUND, f"no device {target!r} in team {supervisor.team}"
            )
        if row.status == DeviceStatus.REVOKED:
            raise ServerError(ErrorCode.REVOKED, f"device {target} was revoked: it gets no key")
        stamp = now()
        found = session.get(models.SealedTeamKey, (target, key_id))
        if found is None:
            session.add(
                models.SealedTeamKey(
                    device=target, key_id=key_id, sealed=sealed, by=supervisor.device, updated=stamp
                )
            )
        else:
            found.sealed, found.by, found.updated = sealed, supervisor.device, stamp
        row.team_key, row.team_key_by, row.team_key_updated = sealed, supervisor.device, stamp


def listed(db: Database, device: str) -> list[models.SealedTeamKey]:
    with db.session() as session:
        return list(
            session.execute(
                select(models.SealedTeamKey)
                .where(models.SealedTeamKey.device == device)
                .order_by(models.SealedTeamKey.updated, models.SealedTeamKey.key_id)
            ).scalars()
        )


def sealed_for(db: Database, device: str, key_id: str) -> bytes:
    with db.session() as session:
        found = session.get(models.SealedTeamKey, (device, _key_id(key_id)))
        if found is None:
            raise ServerError(ErrorCode.NOT_FOUND, f"no team key {key_id} sealed to this device")
        return found.sealed


def install(app: FastAPI, db: Database) -> None:
    protocol = [Depends(check_protocol)]

    def approved_device(credentials: Bearer) -> models.Device:
        return devices.authenticate(db, credentials.credentials if credentials else None)

    @app.put(
        "/v1/devices/{target}/team-keys/{key_id}",
        status_code=204,
        dependencies=protocol,
        responses=ERRORS,
        tags=["devices"],
        openapi_extra=BINARY_BODY,
    )
    async def put_sealed_key(
        target: str,
        key_id: str,
        request: Request,
        device: Annotated[models.Device, Depends(approved_device)],
    ) -> Response:
        sealed = await _read_bounded(request, MAX_TEAM_KEY_BYTES)
        await run_in_threadpool(store, db, device, target, key_id, sealed)
        return Response(status_code=204)

    @app.get(
        "/v1/devices/me/team-keys",
        response_model=list[SealedKeyOut],
        dependencies=protocol,
        responses=ERRORS,
        tags=["devices"],
    )
    def my_sealed_keys(
        device: Annotated[models.Device, Depends(approved_device)],
    ) -> list[dict[str, Any]]:
        return [
            {"key_id": row.key_id, "by": row.by, "updated": row.updated}
            for row in listed(db, device.device)
        ]

    @app.get(
        "/v1/devices/me/team-keys/{key_id}",
        dependencies=protocol,
        responses={
            200: {"content": {"application/octet-stream": {}}, "description": "age file"},
            **ERRORS,
        },
        response_class=Response,
        tags=["devices"],
    )
    def my_sealed_key(
        key_id: str, device: Annotated[models.Device, Depends(approved_device)]
    ) -> Response:
        return Response(
            sealed_for(db, device.device, key_id), media_type="application/octet-stream"
        )
