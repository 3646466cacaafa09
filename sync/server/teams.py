"""The team directory on the server (``sync.directory`` entries), installed by ``create_app``::

    PUT  /v1/teams/me      a supervisor's device publishes its team's signed entry
    GET  /v1/teams         every team's entry, for any approved device

The server checks that the entry is its caller's team, names the caller as its supervisor device
with the key the server registered for it, and that the signature verifies; then it keeps the
bytes exactly as signed. Laptops check again against the key they pinned for the team: the
server is trusted with none of it (sync/README.md, "Referrals between teams").

No ``from __future__ import annotations``: FastAPI reads these annotations at definition time.
"""

import base64
import json
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from pydantic import BaseModel, Field
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from sync import directory
from sync.errors import SyncError
from sync.protocol import DeviceRole, ErrorCode
from sync.server import devices, models
from sync.server.api import ERRORS, Bearer, _read_bounded, check_protocol
from sync.server.database import Database, now
from sync.server.errors import ServerError


class TeamEntryOut(BaseModel):
    team: str
    device: str = Field(description="the supervisor device that signed it")
    entry: str = Field(description="the entry's canonical JSON, exactly as signed")
    signature: str = Field(description="Ed25519 over the domain and the entry, standard base64")
    updated: str


def publish(db: Database, device: models.Device, raw: bytes) -> models.TeamEntry:
    """Keep ``device``'s team entry (the JSON body ``{"entry", "signature"}``) once checked."""
    if device.role != DeviceRole.SUPERVISOR:
        raise ServerError(
            ErrorCode.FORBIDDEN, "only a supervisor's device may publish its team's entry"
        )
    try:
        signed = directory.read_wire(json.loads(raw))
    except (ValueError, SyncError, RecursionError) as exc:
        raise ServerError(ErrorCode.MALFORMED, f"not a signed team entry: {exc}"[:300]) from exc
    entry = signed.entry
    if entry.team != device.team or entry.supervisor_device != device.device:
        raise ServerError(
            ErrorCode.FORBIDDEN,
            f"device {device.device} may publish only its own team's entry, as itself",
        )
    if entry.signing_key != device.signing_key:
        raise ServerError(
            ErrorCode.FORBIDDEN, "the entry is signed by another key than this device's"
        )
    with db.session() as session:
        row = session.get(models.TeamEntry, entry.team, with_for_update=True)
        if row is None:
            row = models.TeamEntry(team=entry.team)
            session.add(row)
        row.device = device.device
        row.entry = signed.raw
        row.signature = signed.signature
        row.updated = now()
        return row


def entries(db: Database) -> list[models.TeamEntry]:
    with db.session() as session:
        return list(
            session.execute(select(models.TeamEntry).order_by(models.TeamEntry.team)).scalars()
        )


def _out(row: models.TeamEntry) -> dict[str, Any]:
    return {
        "team": row.team,
        "device": row.device,
        "entry": row.entry.decode("utf-8"),
        "signature": base64.b64encode(row.signature).decode("ascii"),
        "updated": row.updated,
    }


def install(app: FastAPI, db: Database) -> None:
    protocol = [Depends(check_protocol)]

    def approved_device(credentials: Bearer) -> models.Device:
        return devices.authenticate(db, credentials.credentials if credentials else None)

    @app.put(
        "/v1/teams/me",
        response_model=TeamEntryOut,
        dependencies=protocol,
        responses=ERRORS,
        tags=["teams"],
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["entry", "signature"],
                            "properties": {
                                "entry": {"type": "string"},
                                "signature": {"type": "string"},
                            },
                        }
                    }
                },
            }
        },
    )
    async def put_entry(
        request: Request, device: Annotated[models.Device, Depends(approved_device)]
    ) -> dict[str, Any]:
        raw = await _read_bounded(request, directory.MAX_ENTRY_BYTES * 2)
        row = await run_in_threadpool(publish, db, device, raw)
        return _out(row)

    @app.get(
        "/v1/teams",
        response_model=list[TeamEntryOut],
        dependencies=protocol,
        responses=ERRORS,
        tags=["teams"],
    )
    def get_entries(
        device: Annotated[models.Device, Depends(approved_device)],
    ) -> list[dict[str, Any]]:
        return [_out(row) for row in entries(db)]
