"""Errors of the server's services, each carrying the protocol's error code and HTTP status.

The same exception serves the HTTP API (turned into ``{"error", "message"}`` JSON) and the admin
commands (turned into a ``fieldcase: `` line by ``app/cli/server.py``)::

    ServerError(code, message)   code: sync.protocol.ErrorCode, status: its HTTP status
"""

from __future__ import annotations

from sync.protocol import ErrorCode

STATUS = {
    ErrorCode.PROTOCOL: 426,
    ErrorCode.MALFORMED: 400,
    ErrorCode.TOO_LARGE: 413,
    ErrorCode.AUTH: 401,
    ErrorCode.PENDING: 403,
    ErrorCode.REVOKED: 403,
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.CONFLICT: 409,
    ErrorCode.ENROLMENT: 403,
    ErrorCode.SERVER: 500,
}


class ServerError(Exception):
    def __init__(self, code: ErrorCode, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.status = STATUS[code] if status is None else status
        self.message = message
