"""Push and pull: the routes of sync/README.md's "Push and acknowledgement" and "Sequence numbers
and the pull cursor" (the storing itself is ``sync.server.store``).

A push body is JSON (``{"envelopes": [wire envelope, ...]}``, every protocol version) or, from a
protocol 2 client, the framed batch of ``sync.batch`` (bodies as raw bytes); either may be
gzip-compressed. Both become the same list of items for ``store.push``, which checks each
envelope alike. The results go back gzip-compressed to a client that accepts gzip.

No ``from __future__ import annotations`` here, as in ``sync.server.api``.
"""

import gzip
import json
import zlib
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from sync import batch
from sync.errors import SyncError
from sync.protocol import (
    DEFAULT_PAGE,
    MAX_BATCH_BYTES,
    MAX_BATCH_ENVELOPES,
    MAX_CURSOR,
    MAX_PAGE,
    ErrorCode,
)
from sync.server import devices, models, store
from sync.server.api import ERRORS, Bearer, _read_bounded, check_protocol
from sync.server.database import Database
from sync.server.errors import ServerError


class WireEnvelope(BaseModel):
    """``sync.envelope.Envelope.to_wire()``, plus ``recipient_team`` on referrals."""

    v: int = 1
    id: str
    team: str
    device: str
    kind: str
    created: str
    body: str = Field(description="age ciphertext, standard base64")
    signature: str = Field(description="Ed25519 over the routing data, standard base64")
    recipient_team: str | None = Field(
        default=None, description="referrals only: the other team that may pull it"
    )


class PushResultOut(BaseModel):
    id: str | None
    status: str = Field(description="accepted | duplicate | refused")
    seq: int | None
    reason: str | None


class PushOut(BaseModel):
    results: list[PushResultOut]


class PulledOut(BaseModel):
    seq: int
    received: str
    recipient_team: str | None
    envelope: dict[str, Any]


class PullOut(BaseModel):
    envelopes: list[PulledOut]
    next: int
    more: bool


def install(app: FastAPI, db: Database) -> None:
    protocol = [Depends(check_protocol)]

    def approved_device(credentials: Bearer) -> models.Device:
        return devices.authenticate(db, credentials.credentials if credentials else None)

    push_schema = {
        "type": "object",
        "required": ["envelopes"],
        "properties": {
            "envelopes": {
                "type": "array",
                "maxItems": MAX_BATCH_ENVELOPES,
                "items": WireEnvelope.model_json_schema(),
            }
        },
    }

    @app.post(
        "/v1/push",
        response_model=PushOut,
        dependencies=protocol,
        responses=ERRORS,
        tags=["sync"],
        description=(
            f"A batch of at most {MAX_BATCH_ENVELOPES} envelopes and {MAX_BATCH_BYTES} bytes "
            "(compressed and decompressed; `Content-Encoding: gzip` accepted), as JSON or "
            f"(protocol 2) as `{batch.CONTENT_TYPE}`. Results come back in request order "
            "after the batch committed (gzip when the client accepts it)."
        ),
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": push_schema},
                    batch.CONTENT_TYPE: {
                        "schema": {"type": "string", "format": "binary"},
                        "description": "protocol 2: the framed batch of sync/batch.py",
                    },
                },
            }
        },
    )
    async def push(
        request: Request, device: Annotated[models.Device, Depends(approved_device)]
    ) -> Response:
        raw = await _read_bounded(request, MAX_BATCH_BYTES)
        data = _decode(raw, request.headers.get("content-encoding"))
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        items = _framed(data) if content_type == batch.CONTENT_TYPE else _batch(data)
        results = await run_in_threadpool(store.push, db, device, items)
        # Results are built here to the published shape; skipping FastAPI's re-validation of a
        # thousand of them is most of the push response's cost.
        return _json(request, {"results": results})

    @app.get(
        "/v1/pull",
        response_model=PullOut,
        dependencies=protocol,
        responses=ERRORS,
        tags=["sync"],
        description=(
            "The team's envelopes after `since`, as JSON (bodies in base64, gzip when the client "
            f"accepts it) or, to a client whose `Accept` names `{batch.PULL_CONTENT_TYPE}`, as "
            "the framed pull page of sync/batch.py (bodies raw, not compressed)."
        ),
        openapi_extra={
            "responses": {
                "200": {
                    "content": {
                        batch.PULL_CONTENT_TYPE: {
                            "schema": {"type": "string", "format": "binary"},
                            "description": "the framed pull page of sync/batch.py",
                        }
                    }
                }
            }
        },
    )
    def pull(
        request: Request,
        device: Annotated[models.Device, Depends(approved_device)],
        since: Annotated[
            int,
            Query(ge=0, le=MAX_CURSOR, description="the `next` of the last page; 0 at first"),
        ] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
        include_own: Annotated[
            bool,
            Query(
                description="false: leave out the envelopes this device pushed itself (it holds "
                "them); true (the default, what clients before it get): serve them too"
            ),
        ] = True,
    ) -> Response:
        # A page is built to the published shape (PullOut) and sent as it is, gzip-compressed to
        # a client that accepts it: the envelopes' base64 bodies shrink by about a quarter. A
        # client that accepts the framed page gets raw bodies instead, not compressed (age
        # ciphertext does not compress): no base64, JSON or gzip of the bodies on either side.
        mine = None if include_own else device.device
        if _accepts_framed_pull(request.headers.get("accept", "")):
            page = store.pull_framed(db, device.team, since, limit, mine)
            vary = {"Vary": "Accept, Accept-Encoding"}
            return Response(page, media_type=batch.PULL_CONTENT_TYPE, headers=vary)
        response = _json(request, store.pull(db, device.team, since, limit, mine))
        response.headers["Vary"] = "Accept, Accept-Encoding"
        return response


def _decode(raw: bytes, encoding: str | None) -> bytes:
    encoding = (encoding or "identity").strip().lower()
    if encoding == "identity":
        return raw
    if encoding != "gzip":
        raise ServerError(ErrorCode.MALFORMED, f"Content-Encoding {encoding!r}: send gzip or none")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(raw, MAX_BATCH_BYTES + 1)
    except zlib.error as exc:
        raise ServerError(ErrorCode.MALFORMED, f"the gzip body does not inflate: {exc}") from exc
    if len(data) > MAX_BATCH_BYTES or inflater.unconsumed_tail:
        raise ServerError(ErrorCode.TOO_LARGE, f"the batch inflates past {MAX_BATCH_BYTES} bytes")
    if not inflater.eof:
        raise ServerError(ErrorCode.MALFORMED, "the gzip body is truncated")
    return data


def _framed(data: bytes) -> list[Any]:
    try:
        return list(batch.decode(data))
    except SyncError as exc:
        raise ServerError(ErrorCode.MALFORMED, str(exc)) from exc


GZIP_FROM = 1024
"""Answers at least this long go gzip-compressed to a client that accepts it."""


def _json(request: Request, content: Any) -> Response:
    body = json.dumps(content, separators=(",", ":")).encode("utf-8")
    if len(body) >= GZIP_FROM and _accepts_gzip(request.headers.get("accept-encoding", "")):
        return Response(
            gzip.compress(body, compresslevel=6, mtime=0),
            media_type="application/json",
            headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"},
        )
    return Response(body, media_type="application/json", headers={"Vary": "Accept-Encoding"})


def _accepts_framed_pull(header: str) -> bool:
    """Whether an Accept header names the framed pull page (without ``q=0``)."""
    for media in header.lower().split(","):
        name, _, params = media.partition(";")
        if name.strip() != batch.PULL_CONTENT_TYPE:
            continue
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip() == "q":
                try:
                    return float(value) > 0
                except ValueError:
                    return False
        return True
    return False


def _accepts_gzip(header: str) -> bool:
    """Whether an Accept-Encoding header admits gzip (``gzip`` or ``*``, not with ``q=0``)."""
    for coding in header.lower().split(","):
        name, _, params = coding.partition(";")
        if name.strip() not in ("gzip", "*"):
            continue
        q = params.strip()
        if not q.startswith("q="):
            return True
        try:
            return float(q[2:]) > 0
        except ValueError:
            return False
    return False


def _batch(data: bytes) -> list[Any]:
    try:
        batch = json.loads(data)
    except (UnicodeDecodeError, ValueError) as exc:
        raise ServerError(ErrorCode.MALFORMED, f"the batch is not JSON: {exc}") from exc
    except RecursionError as exc:  # thousands of nested brackets: refused, not a crash
        raise ServerError(ErrorCode.MALFORMED, "the batch's JSON is nested too deeply") from exc
    if not isinstance(batch, dict) or not isinstance(batch.get("envelopes"), list):
        raise ServerError(ErrorCode.MALFORMED, 'a batch is {"envelopes": [wire envelopes]}')
    items: list[Any] = batch["envelopes"]
    if len(items) > MAX_BATCH_ENVELOPES:
        raise ServerError(
            ErrorCode.TOO_LARGE, f"a batch holds at most {MAX_BATCH_ENVELOPES} envelopes"
        )
    return items
