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

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol import (
    OLDEST_PROTOCOL,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ErrorCode,
    protocol_mismatch_message,
)
from sync.server import revocations as revocation_journal
from sync.server.database import open_database
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

    from sync.server import device_routes, push_routes, teams, upload_routes  # build on this

    device_routes.install(app, db, journal)  # enrolment, the team's devices, after a restore

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
