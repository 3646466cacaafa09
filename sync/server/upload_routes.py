"""HTTP routes for attachments (``sync.server.uploads``), installed by ``create_app``::

    POST /v1/uploads                          open (or resume) a chunked upload -> its offset
    GET  /v1/uploads/{id}                     where an upload stands (after a dropped connection)
    PUT  /v1/uploads/{id}?offset=N            one chunk (bytes) at the committed offset
    POST /v1/uploads/{id}/finish              verify size, SHA-256, signature; store once
    PUT  /v1/submissions/{id}/attachments     the submission's device names its attachments
    GET  /v1/submissions/{id}                 complete only when its attachments are stored
    GET  /v1/attachments/{id}                 an attachment envelope without its body
    GET  /v1/attachments/{id}/body            its body; ``Range: bytes=A-B`` for a part (206)

An attachment is read by a device of the team that uploaded it, or of the team it was re-sealed
for with a referral (``recipient_team``); any other device gets 404, as for an id not stored.

No ``from __future__ import annotations``: FastAPI reads these annotations at definition time.
"""

import re
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from sync.protocol import MAX_CURSOR, MAX_UPLOAD_CHUNK, ErrorCode
from sync.server import devices, models, uploads
from sync.server.api import BINARY_BODY, ERRORS, Bearer, _read_bounded, check_protocol
from sync.server.database import Database
from sync.server.errors import ServerError

_RANGE = re.compile(r"bytes=(\d+)-(\d*)")


class EnvelopeHead(BaseModel):
    """``Envelope.to_wire()`` without ``body``."""

    v: int = 1
    id: str
    team: str
    device: str
    kind: str = Field(description="attachment")
    created: str
    signature: str = Field(description="Ed25519 over the routing data, body size and SHA-256")
    recipient_team: str | None = Field(
        default=None,
        description=(
            "an attachment re-sealed for a referral: the other team that may read it (not "
            "signed; the body is sealed to that team)"
        ),
    )


class UploadIn(BaseModel):
    envelope: EnvelopeHead
    size: int = Field(description="the body's size in bytes (signed)")
    sha256: str = Field(description="the body's SHA-256, lower-case hex (signed)")
    submission: str | None = Field(default=None, description="the submission that names it")


class UploadOut(BaseModel):
    id: str
    status: str = Field(description="open | stored")
    offset: int = Field(description="bytes stored so far: send the rest from here")
    size: int
    seq: int | None = Field(description="the stored envelope's sequence number")
    recipient_team: str | None = Field(
        default=None, description="the other team the attachment is addressed to, if any"
    )


class LinksIn(BaseModel):
    attachments: list[str] = Field(description="attachment envelope ids the submission names")


class LinkOut(BaseModel):
    id: str
    stored: bool


class SubmissionOut(BaseModel):
    id: str
    stored: bool = Field(description="the submission envelope itself is stored")
    attachments: list[LinkOut]
    complete: bool = Field(description="the submission and all its attachments are stored")


class AttachmentOut(BaseModel):
    envelope: EnvelopeHead
    size: int
    sha256: str
    seq: int


def install(app: FastAPI, db: Database) -> None:
    protocol = [Depends(check_protocol)]

    def approved_device(credentials: Bearer) -> models.Device:
        return devices.authenticate(db, credentials.credentials if credentials else None)

    Device = Annotated[models.Device, Depends(approved_device)]
    common: dict[str, Any] = {"dependencies": protocol, "responses": ERRORS}

    @app.post("/v1/uploads", response_model=UploadOut, tags=["attachments"], **common)
    def create_upload(request: UploadIn, device: Device) -> Any:
        return uploads.create(db, device, request.model_dump())

    @app.get("/v1/uploads/{upload_id}", response_model=UploadOut, tags=["attachments"], **common)
    def upload_status(upload_id: str, device: Device) -> Any:
        return uploads.status(db, device, upload_id)

    @app.put(
        "/v1/uploads/{upload_id}",
        response_model=UploadOut,
        tags=["attachments"],
        description=(
            f"One chunk of at most {MAX_UPLOAD_CHUNK} bytes, appended at `offset` (the upload's "
            "committed offset). Stored whole or not at all; a chunk already stored is a no-op."
        ),
        openapi_extra=BINARY_BODY,
        **common,
    )
    async def put_chunk(
        upload_id: str,
        request: Request,
        device: Device,
        offset: Annotated[int, Query(ge=0, le=MAX_CURSOR, description="where this chunk starts")],
    ) -> Any:
        data = await _read_bounded(request, MAX_UPLOAD_CHUNK)
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) != len(data):
            raise ServerError(ErrorCode.MALFORMED, "the chunk is shorter than its Content-Length")
        return await run_in_threadpool(uploads.put_chunk, db, device, upload_id, offset, data)

    @app.post(
        "/v1/uploads/{upload_id}/finish", response_model=UploadOut, tags=["attachments"], **common
    )
    def finish_upload(upload_id: str, device: Device) -> Any:
        return uploads.finish(db, device, upload_id)

    @app.put(
        "/v1/submissions/{submission_id}/attachments",
        response_model=SubmissionOut,
        tags=["attachments"],
        **common,
    )
    def link(submission_id: str, request: LinksIn, device: Device) -> Any:
        return uploads.link(db, device, submission_id, request.attachments)

    @app.get(
        "/v1/submissions/{submission_id}",
        response_model=SubmissionOut,
        tags=["attachments"],
        **common,
    )
    def submission(submission_id: str, device: Device) -> Any:
        return uploads.submission_status(db, device, submission_id)

    @app.get(
        "/v1/attachments/{attachment_id}",
        response_model=AttachmentOut,
        response_model_exclude_none=True,
        tags=["attachments"],
        description=(
            "For a device of the uploading team, or of the team it is addressed to "
            "(`recipient_team`); 404 for any other, as for an id not stored."
        ),
        **common,
    )
    def attachment(attachment_id: str, device: Device) -> Any:
        return uploads.attachment(db, device, attachment_id)

    @app.get(
        "/v1/attachments/{attachment_id}/body",
        response_class=Response,
        tags=["attachments"],
        dependencies=protocol,
        responses={
            200: {"content": {"application/octet-stream": {}}, "description": "the age body"},
            206: {"content": {"application/octet-stream": {}}, "description": "a part of it"},
            **ERRORS,
        },
        description=(
            f"`Range: bytes=A-B` (B optional) answers 206 with at most {MAX_UPLOAD_CHUNK} bytes "
            "and a Content-Range; no Range answers the whole body. Read by the same devices as "
            "`GET /v1/attachments/{attachment_id}`."
        ),
    )
    def body(attachment_id: str, request: Request, device: Device) -> Response:
        wanted = request.headers.get("range")
        if wanted is None:
            meta = uploads.attachment(db, device, attachment_id)
            parts, start, size = [], 0, int(meta["size"])
            while start < size:
                data, _ = uploads.body_range(db, device, attachment_id, start, MAX_UPLOAD_CHUNK)
                parts.append(data)
                start += len(data)
            return Response(b"".join(parts), media_type="application/octet-stream")
        match = _RANGE.fullmatch(wanted.strip())
        if match is None:
            raise ServerError(ErrorCode.MALFORMED, "Range must be bytes=A-B or bytes=A-")
        start = int(match.group(1))
        end = int(match.group(2)) if match.group(2) else start + MAX_UPLOAD_CHUNK - 1
        if end < start:
            raise ServerError(ErrorCode.MALFORMED, "the Range ends before it starts")
        data, size = uploads.body_range(db, device, attachment_id, start, end - start + 1)
        return Response(
            data,
            status_code=206,
            media_type="application/octet-stream",
            headers={"Content-Range": f"bytes {start}-{start + len(data) - 1}/{size}"},
        )
