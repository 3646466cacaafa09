"""Abandoned uploads: chunks a laptop sent and then never finished, removed after a while.

A laptop that starts an attachment upload and then is lost, wiped, or replaced leaves its upload
row and chunks on the server for ever (up to 60 MB each). An upload that has received no chunk
(``uploads.updated``) for ``older_than_days`` days is *abandoned*: ``remove_abandoned`` deletes it
with its chunks, in one transaction, the rows locked first (PostgreSQL) so a chunk arriving at that
very moment either lands before the clean-up sees the upload or finds it gone.

Nothing is lost by it: the laptop keeps its sealed copy until the server has *stored* the
envelope, and its next round opens the upload again and sends it from byte 0. Stored envelopes and
the submissions' declared attachments are never touched.

Run it with ``fieldcase server cleanup-uploads [--older-than DAYS]``; the server also runs it by
itself, at most once an hour, when a laptop opens an upload (``sweep_if_due``), with the age in
``FIELDCASE_UPLOAD_ABANDON_DAYS`` (``DEFAULT_DAYS`` when unset; ``0`` turns the sweep off).
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select

from sync.server import models
from sync.server.database import Database

DEFAULT_DAYS = 30.0
ENVIRONMENT = "FIELDCASE_UPLOAD_ABANDON_DAYS"
SWEEP_EVERY_S = 3600.0

_last_sweep: dict[int, float] = {}
_sweep_lock = threading.Lock()


@dataclass(frozen=True)
class CleanupReport:
    uploads: int
    bytes: int  # body bytes the removed uploads held


def cutoff(older_than_days: float, at: datetime | None = None) -> str:
    """The ``updated`` stamp before which an upload is abandoned (same format as ``now()``)."""
    moment = (at or datetime.now(UTC)) - timedelta(days=older_than_days)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def remove_abandoned(db: Database, older_than_days: float = DEFAULT_DAYS) -> CleanupReport:
    """Delete uploads with no chunk for ``older_than_days`` days, and their chunks."""
    if older_than_days < 0:
        raise ValueError("older_than_days is 0 or more")
    before = cutoff(older_than_days)
    with db.session() as session:
        stale = session.execute(
            select(models.Upload.id, models.Upload.committed)
            .where(models.Upload.updated < before)
            .with_for_update()
        ).all()
        ids = [row[0] for row in stale]
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            session.execute(
                delete(models.UploadChunk).where(models.UploadChunk.upload_id.in_(part))
            )
            session.execute(delete(models.Upload).where(models.Upload.id.in_(part)))
    return CleanupReport(len(ids), sum(int(row[1]) for row in stale))


def open_uploads(db: Database) -> int:
    with db.session() as session:
        return int(session.execute(select(func.count()).select_from(models.Upload)).scalar_one())


def configured_days() -> float:
    """The sweep's age from the environment; 0 (or a value that is not a number) turns it off."""
    value = os.environ.get(ENVIRONMENT)
    if value is None:
        return DEFAULT_DAYS
    try:
        days = float(value)
    except ValueError:
        return 0.0
    return days if days > 0 else 0.0


def sweep_if_due(db: Database, clock: float | None = None) -> CleanupReport | None:
    """Remove abandoned uploads if this server process has not done so in the last hour."""
    days = configured_days()
    if days <= 0:
        return None
    moment = time.monotonic() if clock is None else clock
    with _sweep_lock:
        last = _last_sweep.get(id(db))
        if last is not None and moment - last < SWEEP_EVERY_S:
            return None
        _last_sweep[id(db)] = moment
    return remove_abandoned(db, days)
