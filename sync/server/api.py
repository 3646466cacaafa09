"""The HTTP API: ``create_app(db_url)`` returns the FastAPI app that ``fieldcase server`` serves.

Endpoints (all JSON unless said; shapes in ``sync.protocol`` and at ``/openapi.json``)::

    GET  /v1/health                       no header, no token: liveness, protocol, database
    POST /v1/devices                      enrolment code -> pending device + its bearer token
    GET  /v1/devices/me                   the calling device (pending devices may ask)
    GET  /v1/devices                      the calling device's team: public keys, fingerprints
    PUT  /v1/devices/{device}/team-key    a supervisor device uploads a sealed team key (bytes)
    GET  /v1/devices/me/team-key          the calling device fetches its sealed team key (bytes)
    POST /v1/push                         a batch of wire envelopes -> per-envelope results
    GET  /v1/pull?since=N&limit=M         the team's envelopes after cursor N (not attachments;
                                          &include_own=false: not the caller's own)
    ...  /v1/uploads, /v1/submissions, /v1/attachments: chunked attachments (upload_routes)
    PUT  /v1/teams/me, GET /v1/teams      the team directory for referrals (teams)
    ...  /v1/devices/{device}/team-keys/{key_id}, /v1/devices/me/team-keys: rotation (team_keys)
    POST /v1/erasures/{id}/ack            a laptop applied an erasure (erasure_routes)
    POST /v1/envelopes/held               which of the caller's envelope ids the server holds
                                          (after a restore: sync.server.backup)
    POST /v1/devices/re-register          after a restore: a laptop enrolled since the backup
                                          registers again, pending, without a code (signed)
    POST /v1/devices/{device}/approve     a supervisor's device approves again a device that
                                          registered again (sync.reregistration)
    POST /v1/devices/{device}/revoke      a supervisor's device revokes a device of its team
                                          (written to the revocation journal too)

The app keeps no state that matters between requests: several processes can serve one
PostgreSQL database.

No ``from __future__ import annotations`` here: FastAPI reads the route functions' annotations at
definition time, and the dependencies they name are local to ``create_app``.
"""

import base64
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol import (
    MAX_TEAM_KEY_BYTES,
    OLDEST_PROTOCOL,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    DeviceRole,
    ErrorCode,
    protocol_mismatch_message,
)
from sync.server import approvals, backup, devices, enrolment, models, restored_devices, store
from sync.server import revocations as revocation_journal
from sync.server.database import Database, open_database
from sync.server.errors import ServerError


class ErrorOut(BaseModel):
    error: str = Field(description="one of sync.protocol.ErrorCode")
    message: str = Field(description="one line for a person")
    server_protocol: int | None = None


class HealthOut(BaseModel):
    status: str
    server: str
    protocol: int
    database: str


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


# The OpenAPI description of a request whose body is raw bytes (an age file, a chunk).
BINARY_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string"}}},
    }
}


def _server_version() -> str:
    try:
        return version("fieldcase")
    except PackageNotFoundError:  # pragma: no cover - running from a bare tree
        return "0"


def _error(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": code, "message": message, **extra}, status_code=status)


def check_protocol(
    fieldcase_protocol: Annotated[
        str | None,
        Header(
            alias=PROTOCOL_HEADER,
            description=f"the client's sync protocol: {OLDEST_PROTOCOL} to {PROTOCOL_VERSION}",
        ),
    ] = None,
) -> None:
    if fieldcase_protocol is None or not fieldcase_protocol.strip().isdigit():
        raise ServerError(
            ErrorCode.PROTOCOL,
            f"send the header {PROTOCOL_HEADER}: {PROTOCOL_VERSION} (this server speaks sync "
            f"protocol {PROTOCOL_VERSION})",
            status=400,
        )
    client = int(fieldcase_protocol)
    if not OLDEST_PROTOCOL <= client <= PROTOCOL_VERSION:
        raise ServerError(ErrorCode.PROTOCOL, protocol_mismatch_message(client), status=426)


_bearer = HTTPBearer(auto_error=False, description="the device token issued at registration")
Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 404, 409, 413, 426, 503)
}


def create_app(db_url: str, *, revocations: str | None = None) -> FastAPI:
    """The server on the database at ``db_url`` (migrated to the newest schema first), writing
    revocations also to the journal ``revocations`` (else its default: sync.server.revocations)."""
    db = open_database(db_url)
    journal = revocation_journal.journal_path(db_url, revocations)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        db.dispose()

    app = FastAPI(
        title="fieldcase sync server",
        version=_server_version(),
        description=(
            "Stores and relays end-to-end encrypted, device-signed envelopes; never opens one. "
            f"Every /v1 request except /v1/health sends `{PROTOCOL_HEADER}: N`, N from "
            f"{OLDEST_PROTOCOL} to {PROTOCOL_VERSION}."
        ),
        lifespan=lifespan,
    )
    app.state.db = db
    _install_error_handlers(app)

    @app.middleware("http")
    async def protocol_header(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
        return response

    @app.get("/v1/health", response_model=HealthOut, tags=["server"])
    def health() -> dict[str, Any]:
        with db.session() as session:
            session.execute(text("SELECT 1"))
        return {
            "status": "ok",
            "server": f"fieldcase {_server_version()}",
            "protocol": PROTOCOL_VERSION,
            "database": db.engine.dialect.name,
        }

    _device_routes(app, db)
    _restored_device_routes(app, db, journal)
    from sync.server import push_routes, teams, upload_routes  # they build on this module

    push_routes.install(app, db)  # push and pull

    upload_routes.install(app, db)
    teams.install(app, db)  # the team directory, for referrals
    from sync.server import erasure_routes, team_keys

    team_keys.install(app, db)  # team keys sealed per key id, after a rotation
    erasure_routes.install(app, db)  # erased cases dropped once every laptop applied them
    from sync.server import releases

    releases.install(app, db, db_url)  # fieldcase releases hosted for the laptops
    return app


_HTTP_CODES = {
    401: ErrorCode.AUTH,
    403: ErrorCode.FORBIDDEN,
    404: ErrorCode.NOT_FOUND,
    409: ErrorCode.CONFLICT,
    413: ErrorCode.TOO_LARGE,
}


def _install_error_handlers(app: FastAPI) -> None:
    async def server_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ServerError)
        extra = {"server_protocol": PROTOCOL_VERSION} if exc.code == ErrorCode.PROTOCOL else {}
        return _error(exc.status, exc.code.value, exc.message, **extra)

    async def validation_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error.get('loc', ()))}: {error.get('msg')}"
            for error in exc.errors()[:5]
        )
        return _error(400, ErrorCode.MALFORMED.value, f"bad request: {problems}")

    async def http_error(_request: Request, exc: Exception) -> JSONResponse:
        # FastAPI's own refusals (a body that is not JSON, an unknown path, a wrong method) in
        # the shape every other error has, not {"detail": ...}.
        assert isinstance(exc, StarletteHTTPException)
        code = _HTTP_CODES.get(exc.status_code, ErrorCode.MALFORMED)
        if exc.status_code >= 500:
            code = ErrorCode.SERVER
        message = exc.detail if isinstance(exc.detail, str) else "the request was refused"
        response = _error(exc.status_code, code.value, message[:300])
        response.headers.update(exc.headers or {})
        return response

    async def database_error(_request: Request, exc: Exception) -> JSONResponse:
        return _error(
            503, ErrorCode.SERVER.value, "the server's database is unavailable; retry later"
        )

    app.add_exception_handler(ServerError, server_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(SQLAlchemyError, database_error)


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


async def _read_bounded(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise ServerError(ErrorCode.TOO_LARGE, f"the request body is larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ServerError(ErrorCode.TOO_LARGE, f"the request body is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
