"""The sync protocol between a laptop and ``fieldcase server``: version, headers, limits, shapes.

Shared by the client and the server, so it imports neither: only the standard library. The prose
of the algorithm is in ``sync/README.md``; the server publishes the same shapes as OpenAPI at
``/openapi.json``.

Every request to ``/v1/...`` (except ``/v1/health``) carries ``Fieldcase-Protocol: N``, the
version the client speaks (1 or 2). A missing header is refused with 400, a version the server
does not serve with 426 and a message saying which side to update. Every response carries the
server's ``Fieldcase-Protocol`` header (its newest version) too. A device authenticates
with ``Authorization: Bearer <device token>``: the secret the server issued once at registration
(it keeps only its SHA-256).

Errors are JSON ``{"error": CODE, "message": "one line for a person"}`` where CODE is one of
``ErrorCode``; ``server_protocol`` is added to protocol errors.
"""

from __future__ import annotations

import enum
import hashlib
from typing import Literal, NotRequired, TypedDict

PROTOCOL_VERSION = 2
"""The newest protocol this code speaks. 2 added the framed push batch (``sync.batch``: bodies as
raw bytes instead of base64 in JSON); everything else is as in 1."""
OLDEST_PROTOCOL = 1
"""The oldest protocol the server still serves: a laptop that speaks 1 pushes JSON as before."""
PROTOCOL_HEADER = "Fieldcase-Protocol"

MAX_BATCH_BYTES = 4 * 1024 * 1024
"""A push request's body, compressed and decompressed alike (JSON with envelopes in base64, or
the framed batch of protocol 2)."""
MAX_BATCH_ENVELOPES = 1000
DEFAULT_PAGE = 200
MAX_PAGE = 1000
MAX_CURSOR = 2**63 - 1
"""The largest cursor or byte offset a request may name: a database's 64-bit signed integer."""
MAX_PAGE_BYTES = 4 * 1024 * 1024
"""A pull page stops after the envelope that brings its bodies past this (one at least)."""
MAX_TEAM_KEY_BYTES = 64 * 1024
MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024
"""An attachment envelope's body (``sync.envelope.MAX_BODY``): it travels by chunked upload."""
MAX_UPLOAD_CHUNK = 1024 * 1024
"""One ``PUT /v1/uploads/{id}`` body, and one ranged read of an attachment's body."""

FINGERPRINT_DOMAIN = b"fieldcase-device-v1\n"


class ErrorCode(enum.StrEnum):
    PROTOCOL = "protocol"  # 400/426: header missing or another version
    MALFORMED = "malformed"  # 400: not JSON, not a batch, bad parameter
    TOO_LARGE = "too_large"  # 413: batch or team key past its bound
    AUTH = "auth"  # 401: no or unknown device token
    PENDING = "pending"  # 403: the device waits for a supervisor's approval
    REVOKED = "revoked"  # 403: the device was revoked
    FORBIDDEN = "forbidden"  # 403: approved, but not allowed to do this
    NOT_FOUND = "not_found"  # 404
    CONFLICT = "conflict"  # 409: e.g. a device id already registered
    ENROLMENT = "enrolment"  # 403: enrolment code unknown, used or expired
    SERVER = "server"  # 500/503


class PushStatus(enum.StrEnum):
    ACCEPTED = "accepted"  # stored now, committed
    DUPLICATE = "duplicate"  # stored before with exactly this content, committed
    REFUSED = "refused"  # never stored for pulls; quarantined with ``reason``


class DeviceStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REVOKED = "revoked"


class DeviceRole(enum.StrEnum):
    MEMBER = "member"
    SUPERVISOR = "supervisor"  # may upload sealed team keys for devices of its team


class ErrorBody(TypedDict):
    error: str
    message: str
    server_protocol: NotRequired[int]


class RegisterRequest(TypedDict):
    """``POST /v1/devices``: no bearer token; the one-time enrolment code stands for it."""

    enrolment_code: str
    device: str  # the laptop's own id, [A-Za-z0-9_.:-]{1,128}, unique on the server
    signing_key: str  # base64 of the raw 32-byte Ed25519 public key (envelope signatures)
    age_recipient: str  # "age1..." X25519 recipient: the team key is sealed to it


class RegisterResponse(TypedDict):
    device: str
    team: str
    status: str  # "pending"
    fingerprint: str  # compare with the laptop's own before approving
    token: str  # the device's bearer secret: shown once, kept by the laptop


class DeviceInfo(TypedDict):
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


class PushRequest(TypedDict):
    """``POST /v1/push`` (may be ``Content-Encoding: gzip``): wire envelopes (``Envelope.to_wire``),
    each optionally with ``recipient_team`` (referrals only: the other team that may pull it)."""

    envelopes: list[dict[str, object]]


class PushResult(TypedDict):
    id: str | None
    status: Literal["accepted", "duplicate", "refused"]
    seq: int | None
    reason: str | None


class PushResponse(TypedDict):
    results: list[PushResult]  # one per request envelope, in order


class PulledEnvelope(TypedDict):
    seq: int
    received: str
    recipient_team: str | None
    envelope: dict[str, object]  # wire form, exactly as pushed


class PullResponse(TypedDict):
    """``GET /v1/pull?since=N&limit=M[&include_own=false]``: the team's envelopes with seq > N,
    in seq order (with ``include_own=false``, none the asking device pushed). To a client whose
    ``Accept`` names ``application/vnd.fieldcase.pull``, the same page framed instead, bodies
    raw (``sync.batch.encode_page``); a server that does not know it answers this JSON."""

    envelopes: list[PulledEnvelope]
    next: int  # pass as ``since`` next time: the last seq served while ``more``, else the newest
    # seq the server had committed (envelopes left out are stepped over; never below ``since``)
    more: bool  # another page is waiting now


class UploadRequest(TypedDict):
    """``POST /v1/uploads``: an attachment envelope's wire form without its body, plus the body's
    size and SHA-256 (both signed), and the submission that names it."""

    envelope: dict[str, object]  # v, id, team, device, kind ("attachment"), created, signature
    size: int
    sha256: str
    submission: NotRequired[str | None]


class UploadStatus(TypedDict):
    """Where an upload stands: ``offset`` bytes are stored; send the rest from there."""

    id: str
    status: Literal["open", "stored"]
    offset: int
    size: int
    seq: int | None  # once stored
    recipient_team: str | None  # an attachment re-sealed for a referral: the team it goes to


class SubmissionStatus(TypedDict):
    """``GET /v1/submissions/{id}``: complete only when the submission and every attachment its
    device declared are stored."""

    id: str
    stored: bool
    attachments: list[dict[str, object]]  # {"id": str, "stored": bool}
    complete: bool


class Health(TypedDict):
    status: str
    server: str
    protocol: int
    database: str


def device_fingerprint(signing_key: bytes, age_recipient: str) -> str:
    """Eight groups of four hex digits of SHA-256 over both of a device's public keys.

    The laptop shows it, ``fieldcase server devices`` shows it, a supervisor compares them before
    approving: a server or network that swapped either key (to forge envelopes or to receive the
    sealed team key) would change it.
    """
    digest = hashlib.sha256(
        FINGERPRINT_DOMAIN + signing_key + b"\n" + age_recipient.encode("utf-8")
    ).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4)).upper()


def protocol_mismatch_message(client_version: int) -> str:
    """The one line both sides show when versions differ: it says which side to update."""
    if client_version < OLDEST_PROTOCOL:
        side = "update fieldcase on this laptop"
    else:
        side = "update the fieldcase server"
    speaks = (
        str(PROTOCOL_VERSION)
        if OLDEST_PROTOCOL == PROTOCOL_VERSION
        else f"{OLDEST_PROTOCOL} to {PROTOCOL_VERSION}"
    )
    return (
        f"this laptop speaks sync protocol {client_version} and the server speaks {speaks}: {side}"
    )
