"""HTTP route for erasures (``sync.server.erasures``), installed by ``create_app``::

    POST /v1/erasures/{id}/ack     {"ids": [...]}: this device applied the erasure

No ``from __future__ import annotations``: FastAPI reads these annotations at definition time.
"""

from typing import Annotated, Any

from fastapi import Depends, FastAPI
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from sync.server import devices, erasures, models
from sync.server.api import ERRORS, Bearer, check_protocol
from sync.server.database import Database


class ErasureAckIn(BaseModel):
    ids: list[str] = Field(
        description="the envelope ids the erasure names (case events, submissions, attachments)"
    )


class ErasureStatusOut(BaseModel):
    erasure: str
    acknowledged: list[str] = Field(description="devices of the team that applied it")
    waiting_for: list[str] = Field(
        description="approved devices holding the team key that have not acknowledged yet"
    )
    since: str = Field(description="when the first device acknowledged it")
    dropped: str | None = Field(description="when the server dropped the case's envelopes")


def install(app: FastAPI, db: Database) -> None:
    protocol = [Depends(check_protocol)]

    def approved_device(credentials: Bearer) -> models.Device:
        return devices.authenticate(db, credentials.credentials if credentials else None)

    @app.post(
        "/v1/erasures/{erasure_id}/ack",
        response_model=ErasureStatusOut,
        dependencies=protocol,
        responses=ERRORS,
        tags=["sync"],
        description=(
            "This device applied a supervisor's erasure. When every approved device of the team "
            "has, the server deletes the named envelopes and keeps only their ids as tombstones."
        ),
    )
    async def ack_erasure(
        erasure_id: str,
        body: ErasureAckIn,
        device: Annotated[models.Device, Depends(approved_device)],
    ) -> dict[str, Any]:
        return await run_in_threadpool(erasures.acknowledge, db, device, erasure_id, body.ids)
