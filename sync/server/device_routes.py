"""The devices' routes: enrolment (``POST /v1/devices``, ``/v1/enrolment-codes``), the calling
device and its team (``GET /v1/devices/me``, ``GET /v1/devices``), the sealed team key, which
envelopes of the caller's the server holds, and after a restore registering, approving and revoking
again (endpoints listed in ``sync.server.api``; the work in ``sync.server.devices``,
``enrolment``, ``approvals`` and ``restored_devices``).

No ``from __future__ import annotations`` here: FastAPI reads the route functions' annotations at
definition time.
"""

import base64
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from sync.protocol import MAX_TEAM_KEY_BYTES, DeviceRole, ErrorCode
from sync.server import approvals, backup, devices, enrolment, models, restored_devices, store
from sync.server.api import BINARY_BODY, ERRORS, Bearer, _read_bounded, check_protocol
from sync.server.database import Database
from sync.server.errors import ServerError


class RegisterIn(BaseModel):
    enrolment_code: str = Field(description="the one-time code a supervisor issued")
    device: str = Field(description="this laptop's id, [A-Za-z0-9_.:-]{1,128}")
    signing_key: str = Field(description="base64 of the raw 32-byte Ed25519 public key")
    age_recipient: str = Field(description="age1... X25519 recipient for the sealed team key")


class EnrolmentCodeIn(BaseModel):
    hours: int = Field(default=72, ge=1, le=24 * 14, description="how long the code is valid")


class EnrolmentCodeOut(BaseModel):
    code: str
    team: str
    hours: int


class RegisterOut(BaseModel):
    device: str
    team: str
    status: str
    fingerprint: str = Field(description="compare with the laptop's before approving")
    token: str = Field(description="the device's bearer secret, shown only this once")


class ReRegisterIn(BaseModel):
    device: str = Field(description="this laptop's id, as first enrolled")
    team: str = Field(description="the team it was enrolled in")
    signing_key: str = Field(description="base64 of the raw 32-byte Ed25519 public key")
    age_recipient: str = Field(description="age1... X25519 recipient")
    token: str = Field(description="the bearer token the laptop was given at enrolment")
    signature: str = Field(
        description="base64 Ed25519 signature by signing_key over sync.reregistration.statement"
    )


class ReRegisterOut(BaseModel):
    device: str
    team: str
    status: str
    fingerprint: str


class ApproveAgainIn(BaseModel):
    fingerprint: str = Field(description="the fingerprint the supervisor's laptop approved")
    supervisor: bool = Field(default=False, description="the role its laptop approved it with")


class RevokeIn(BaseModel):
    reason: str = Field(default="", max_length=500, description="shown to the device")
    signing_key: str | None = Field(
        default=None, description="for a device this server does not hold: its key, base64"
    )
    age_recipient: str | None = Field(
        default=None, description="for a device this server does not hold: its age recipient"
    )


class HeldIn(BaseModel):
    ids: list[str] = Field(max_length=1000, description="envelope ids this device pushed")


class HeldOut(BaseModel):
    held: list[str]


class DeviceOut(BaseModel):
    device: str
    team: str
    status: str
    role: str
    fingerprint: str
    signing_key: str
    age_recipient: str
    registered: str
    approved: str | None
    revoked: str | None
    revoke_reason: str | None
    reregistered: str | None = None
    """When the device registered again without a code after a restore (sync.reregistration)."""
    newest_seq: int | None = None
    """``GET /v1/devices/me`` only: the seq of the newest envelope this device pushed (0: none),
    so a laptop restored from a copy learns that the server holds envelopes of its own it lacks."""
    generation: str | None = None
    """``GET /v1/devices/me`` only: this server database's generation, new after a restore from a
    backup (sync.server.backup): a laptop then asks which of its sent envelopes are still held."""
    generation_seq: int | None = None
    """``GET /v1/devices/me`` only: the newest seq the database held when the generation began."""


def device_out(row: models.Device) -> dict[str, Any]:
    return {
        "device": row.device,
        "team": row.team,
        "status": row.status,
        "role": row.role,
        "fingerprint": row.fingerprint,
        "signing_key": base64.b64encode(row.signing_key).decode("ascii"),
        "age_recipient": row.age_recipient,
        "registered": row.registered,
        "approved": row.approved,
        "revoked": row.revoked,
        "revoke_reason": row.revoke_reason,
        "reregistered": row.reregistered,
    }


def install(app: FastAPI, db: Database, journal: Path | None) -> None:
    """The devices' routes on ``app``; revocations by a supervisor's device are also written to
    ``journal`` (sync.server.revocations)."""
    _device_routes(app, db)
    _restored_device_routes(app, db, journal)


def _device_routes(app: FastAPI, db: Database) -> None:
    protocol = [Depends(check_protocol)]

    def any_device(credentials: Bearer) -> models.Device:
        token = credentials.credentials if credentials else None
        return devices.authenticate(db, token, allow_pending=True)

    def approved_device(credentials: Bearer) -> models.Device:
        return devices.authenticate(db, credentials.credentials if credentials else None)

    @app.post(
        "/v1/devices",
        response_model=RegisterOut,
        status_code=201,
        dependencies=protocol,
        responses=ERRORS,
        tags=["devices"],
    )
    def register(request: RegisterIn) -> dict[str, Any]:
        made = enrolment.register(
            db,
            enrolment_code=request.enrolment_code,
            device=request.device,
            signing_key=request.signing_key,
            age_recipient=request.age_recipient,
        )
        return {
            "device": made.device,
            "team": made.team,
            "status": made.status,
            "fingerprint": made.fingerprint,
            "token": made.token,
        }

    @app.post(
        "/v1/enrolment-codes",
        response_model=EnrolmentCodeOut,
        status_code=201,
        dependencies=protocol,
        responses=ERRORS,
        tags=["devices"],
        description="A supervisor's device asks for a one-time code for a new laptop of its "
        "team, to put in an invitation made on the supervisor's laptop (carrying its "
        "fingerprint: the new laptop joins only a team that device welcomes it into).",
    )
    def enrolment_code(
        request: EnrolmentCodeIn, device: Annotated[models.Device, Depends(approved_device)]
    ) -> dict[str, Any]:
        if device.role != DeviceRole.SUPERVISOR:
            raise ServerError(
                ErrorCode.FORBIDDEN, "only a supervisor's device may ask for enrolment codes"
            )
        code = enrolment.issue_enrolment_code(db, device.team, hours=request.hours)
        return {"code": code, "team": device.team, "hours": request.hours}

    @app.get(
        "/v1/devices/me",
        response_model=DeviceOut,
        dependencies=protocol,
        responses=ERRORS,
        tags=["devices"],
    )
    def me(device: Annotated[models.Device, Depends(any_device)]) -> dict[str, Any]:
        return {
            **device_out(device),
            "newest_seq": store.newest_own(db, device.device),
            **backup.generation(db),
        }

    @app.post(
        "/v1/envelopes/held",
        response_model=HeldOut,
        dependencies=protocol,
        responses=ERRORS,
        tags=["envelopes"],
        description="Which of these envelope ids (at most 1000) of the calling device's the "
        "server holds: after a restore, a laptop pushes again the ones it lacks.",
    )
    def envelopes_held(
        request: HeldIn, device: Annotated[models.Device, Depends(approved_device)]
    ) -> dict[str, Any]:
        return {"held": backup.held(db, device.device, request.ids)}

    @app.get(
        "/v1/devices",
        response_model=list[DeviceOut],
        dependencies=protocol,
        responses=ERRORS,
        tags=["devices"],
    )
    def team_devices(
        device: Annotated[models.Device, Depends(approved_device)],
    ) -> list[dict[str, Any]]:
        return [device_out(row) for row in devices.list_devices(db, device.team)]

    @app.put(
        "/v1/devices/{target}/team-key",
        status_code=204,
        dependencies=protocol,
        responses=ERRORS,
        tags=["devices"],
        openapi_extra=BINARY_BODY,
    )
    async def put_team_key(
        target: str,
        request: Request,
        device: Annotated[models.Device, Depends(approved_device)],
    ) -> Response:
        if device.role != DeviceRole.SUPERVISOR:
            raise ServerError(
                ErrorCode.FORBIDDEN, "only a supervisor's device may upload a sealed team key"
            )
        sealed = await _read_bounded(request, MAX_TEAM_KEY_BYTES)
        rows = await run_in_threadpool(devices.list_devices, db, device.team)
        if target not in {row.device for row in rows}:
            raise ServerError(ErrorCode.NOT_FOUND, f"no device {target!r} in team {device.team}")
        await run_in_threadpool(
            lambda: devices.store_team_key(db, device=target, sealed=sealed, by=device.device)
        )
        return Response(status_code=204)

    @app.get(
        "/v1/devices/me/team-key",
        dependencies=protocol,
        responses={
            200: {"content": {"application/octet-stream": {}}, "description": "age file"},
            **ERRORS,
        },
        response_class=Response,
        tags=["devices"],
    )
    def get_team_key(device: Annotated[models.Device, Depends(approved_device)]) -> Response:
        return Response(devices.team_key(db, device.device), media_type="application/octet-stream")


def _restored_device_routes(app: FastAPI, db: Database, journal: Path | None) -> None:
    """After a restore: devices enrolled since the backup register again; a supervisor's device
    approves them again and revokes again what it knows revoked (app/team/restored_devices.py)."""
    protocol = [Depends(check_protocol)]

    def approved_device(credentials: Bearer) -> models.Device:
        return devices.authenticate(db, credentials.credentials if credentials else None)

    @app.post(
        "/v1/devices/re-register",
        response_model=ReRegisterOut,
        status_code=201,
        dependencies=protocol,
        responses=ERRORS,
        tags=["devices"],
        description="After a restore from a backup older than the device: register again with "
        "the same id, team, keys and token, signed by the device's key; the device is pending "
        "until approved again. Refused on a server not restored lately, for a revoked device "
        "or keys, and for a signature that is not the device's.",
    )
    def re_register(request: ReRegisterIn) -> dict[str, Any]:
        made = restored_devices.reregister(
            db,
            device=request.device,
            team=request.team,
            signing_key=request.signing_key,
            age_recipient=request.age_recipient,
            token=request.token,
            signature=request.signature,
        )
        return {
            "device": made.device,
            "team": made.team,
            "status": made.status,
            "fingerprint": made.fingerprint,
        }

    @app.post(
        "/v1/devices/{target}/approve",
        response_model=DeviceOut,
        dependencies=protocol,
        responses=ERRORS,
        tags=["devices"],
        description="A supervisor's device approves again a device of its team that registered "
        "again after a restore, with the fingerprint its laptop approved.",
    )
    def approve_again(
        target: str,
        request: ApproveAgainIn,
        device: Annotated[models.Device, Depends(approved_device)],
    ) -> dict[str, Any]:
        row = restored_devices.approve_again(
            db, device, target, fingerprint=request.fingerprint, supervisor=request.supervisor
        )
        return device_out(row)

    @app.post(
        "/v1/devices/{target}/revoke",
        response_model=DeviceOut,
        dependencies=protocol,
        responses=ERRORS,
        tags=["devices"],
        description="A supervisor's device revokes a device of its team (again after a restore: "
        "idempotent); one this server does not hold is kept revoked with the keys sent.",
    )
    def revoke(
        target: str,
        request: RevokeIn,
        device: Annotated[models.Device, Depends(approved_device)],
    ) -> dict[str, Any]:
        row = approvals.revoke_for_team(
            db,
            device,
            target,
            signing_key=request.signing_key,
            age_recipient=request.age_recipient,
            reason=request.reason,
            journal=journal,
        )
        return device_out(row)
