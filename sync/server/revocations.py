"""The revocation journal: every revocation also written to a file outside the database.

A restore (``sync.server.backup``) puts the database back to the moment of its backup, so a
device revoked after that moment would be approved again: a lost or stolen laptop let back in.
So each revocation, made by the administrator (``fieldcase server revoke``) or by a supervisor's
device (``POST /v1/devices/{device}/revoke``), is appended to this journal as one line of JSON
(device, team, its two public keys and fingerprint, its token's SHA-256 as the database keeps
it, when, why, by whom) once the database has committed it, and ``fieldcase server restore``
replays the whole journal into the restored database before any server process starts: a device
in it is revoked again, and one the backup does not know at all (enrolled after it) is kept as a
revoked record, so it can never register again under that name or with those keys, and its token
is told it was revoked.

Where it lives: ``--revocations FILE`` on ``fieldcase server``, ``server revoke`` and ``server
restore``; else the environment's ``FIELDCASE_REVOCATIONS``; else, for a SQLite database, the file
beside it named ``<database>.revocations``. Keep it beside the backups, on another disk than the
database (docs/deploy.md). Lines are appended whole (one ``write`` on a file opened for appending,
then fsync), so several server processes may share it; a damaged line is skipped, and said.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from sync.server.database import normalise_url

ENVIRONMENT = "FIELDCASE_REVOCATIONS"
SUFFIX = ".revocations"


@dataclass(frozen=True)
class Revocation:
    device: str
    team: str
    signing_key: str  # base64 of the raw Ed25519 key
    age_recipient: str
    fingerprint: str
    revoked: str
    reason: str
    by: str  # "administrator" or the supervisor's device that asked
    token_hash: str = ""  # SHA-256 of its token (as the database keeps it): told it is revoked

    def to_line(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True).encode("utf-8") + b"\n"


def journal_path(url: str, given: str | Path | None = None) -> Path | None:
    """The journal of the database at ``url``: ``given``, else the environment's, else beside a
    SQLite file; None for PostgreSQL with neither."""
    if given:
        return Path(given).expanduser()
    named = os.environ.get(ENVIRONMENT, "").strip()
    if named:
        return Path(named).expanduser()
    parsed = make_url(normalise_url(url))
    if parsed.drivername.startswith("sqlite") and parsed.database not in (None, "", ":memory:"):
        database = Path(str(parsed.database))
        return database.with_name(database.name + SUFFIX)
    return None


def append(path: Path, entry: Revocation) -> None:
    """Add one revocation to the journal (made 0600 when new), durably."""
    handle = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(handle, entry.to_line())
        os.fsync(handle)
    finally:
        os.close(handle)


def read(path: Path) -> tuple[list[Revocation], int]:
    """The journal's revocations in order, and how many lines could not be read."""
    entries: list[Revocation] = []
    damaged = 0
    with path.open("rb") as source:
        for line in source:
            if not line.strip():
                continue
            try:
                fields = json.loads(line)
                fields.setdefault("token_hash", "")  # optional: the keys and id are what bind
                entries.append(
                    Revocation(**{k: str(fields[k]) for k in Revocation.__annotations__})
                )
            except (ValueError, TypeError, KeyError):
                damaged += 1
    return entries, damaged
