"""Push and pull of envelopes: the server's half of the algorithm in sync/README.md.

``push`` checks every envelope of a batch (shape, device, team, signature, id reuse), stores the
good ones with new sequence numbers and the refused ones in quarantine, all in ONE transaction,
and returns the per-envelope results only after that transaction committed: an acknowledgement
is a promise that the envelope is on disk.

``pull`` serves a team's envelopes (and referrals addressed to it) after a cursor, in sequence
order, in pages bounded by count and bytes.
"""

from __future__ import annotations

import base64
import json
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from sync import batch
from sync.batch import Framed
from sync.envelope import VERSION as ENVELOPE_VERSION
from sync.envelope import Envelope
from sync.errors import SyncError
from sync.protocol import (
    MAX_PAGE,
    MAX_PAGE_BYTES,
    DeviceStatus,
    ErrorCode,
    PulledEnvelope,
    PullResponse,
    PushResult,
    PushStatus,
)
from sync.server import erasures, models
from sync.server.database import Database, now
from sync.server.devices import NAME
from sync.server.errors import ServerError

COUNTER = 1
CREATED_MAX = 64  # the column's width; sync.envelope does not bound it


class Refused(Exception):
    """One envelope of a batch is refused; the others go on."""


Content = tuple[str, bytes, str, str, str, str, str | None]
"""What makes two copies of one envelope id the same envelope: body hash, signature, routing."""


@dataclass(frozen=True)
class _Checked:
    """One item of a batch after the checks that need no database: an envelope, or why not."""

    claimed: str | None  # the id it claims, printable, for results and the quarantine
    envelope: Envelope | None
    refusal: str | None = None


def push(db: Database, device: models.Device, items: list[Any]) -> list[PushResult]:
    """Store a batch (JSON wire envelopes or ``sync.batch.Framed`` records) for ``device``, the
    authenticated device; one result per item, in order, once the transaction has committed."""
    received = now()
    # Shape, device, team and signature need no database: they are checked before the counter's
    # lock is taken, so concurrent pushes do not queue behind each other's Ed25519 checks.
    checked = _check_all(items, device.device, device.team, device.signing_key)
    results: list[PushResult] = []
    with db.session() as session:
        # The first statement writes the counter row: on PostgreSQL that takes its row lock, on
        # SQLite the database's write lock, both held until commit. Pushes therefore commit in
        # sequence order and a pull never sees seq N+1 before seq N.
        session.execute(
            update(models.ServerCounter)
            .where(models.ServerCounter.id == COUNTER)
            .values(value=models.ServerCounter.value)
        )
        first = seq = session.execute(
            select(models.ServerCounter.value).where(models.ServerCounter.id == COUNTER)
        ).scalar_one()
        owner = session.get(models.Device, device.device)
        if owner is None or owner.status != DeviceStatus.APPROVED:
            # Revoked (or otherwise changed) since the request was authenticated.
            raise ServerError(ErrorCode.REVOKED, f"device {device.device} may no longer push")
        if (owner.team, owner.signing_key) != (device.team, device.signing_key):  # never, today
            checked = _check_all(items, owner.device, owner.team, owner.signing_key)
        erased = erasures.erased_among(session, {c.claimed for c in checked if c.claimed})
        stored = _stored(session, {c.envelope.id for c in checked if c.envelope is not None})
        rows: list[tuple[Any, ...]] = []
        quarantined: list[dict[str, Any]] = []
        for item, check in zip(items, checked, strict=True):
            if check.claimed in erased:  # refused, and its bytes not kept
                results.append(_result(check.claimed, PushStatus.REFUSED, None, erasures.REFUSAL))
                continue
            envelope, refusal = check.envelope, check.refusal
            if envelope is not None:
                content = _content(envelope)
                found = stored.get(envelope.id)
                if found is None:
                    seq += 1
                    rows.append(_row_tuple(seq, envelope, received))
                    stored[envelope.id] = (seq, content)  # a second copy later in the batch
                    results.append(_result(envelope.id, PushStatus.ACCEPTED, seq))
                    continue
                if found[1] == content:
                    results.append(_result(envelope.id, PushStatus.DUPLICATE, found[0]))
                    continue
                refusal = f"envelope id {envelope.id} was stored before with other content"
            reason = _printable(str(refusal))[:500]
            quarantined.append(
                {
                    "envelope_id": check.claimed,
                    "device": owner.device,
                    "team": owner.team,
                    "reason": reason,
                    "received": received,
                    "wire": _quarantine_wire(item),
                }
            )
            results.append(_result(check.claimed, PushStatus.REFUSED, None, reason))
        if rows:  # one INSERT per batch, not one flush per envelope
            _insert_envelopes(session, rows)
        if quarantined:
            session.execute(insert(models.Quarantine), quarantined)
        if seq != first:
            session.execute(
                update(models.ServerCounter)
                .where(models.ServerCounter.id == COUNTER)
                .values(value=seq)
            )
    return results  # only now: the transaction above has committed


def _stored(session: Session, ids: set[str]) -> dict[str, tuple[int, Content]]:
    """The envelopes among ``ids`` stored before: their seq and content, in one SELECT."""
    if not ids:
        return {}
    table = models.Envelope
    rows = session.execute(
        select(
            table.id, table.seq, table.body_sha256, table.signature, table.team, table.device,
            table.kind, table.created, table.recipient_team,
        ).where(table.id.in_(ids))
    )  # fmt: skip
    return {row[0]: (row[1], tuple(row[2:])) for row in rows}  # type: ignore[misc]


def _content(envelope: Envelope) -> Content:
    return (
        envelope.body_sha256,
        envelope.signature,
        envelope.team,
        envelope.device,
        envelope.kind,
        envelope.created,
        envelope.recipient_team,
    )


def _claimed_id(item: Any) -> str | None:
    head = item.head if isinstance(item, Framed) else item
    if isinstance(head, dict) and isinstance(head.get("id"), str):
        return _printable(head["id"])[:64]
    return None


def _quarantine_wire(item: Any) -> bytes:
    wire = item.wire() if isinstance(item, Framed) else item
    return json.dumps(wire, separators=(",", ":"), default=str).encode()


def _printable(text: str) -> str:
    """Control characters escaped: PostgreSQL refuses NUL in text, and a reason is for reading."""
    if text.isprintable():  # nearly always: every pushed envelope's id passes here
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


_CHECKERS = max(1, min(4, os.cpu_count() or 1))
_CHECK_POOL = ThreadPoolExecutor(_CHECKERS, thread_name_prefix="push-check")
_CHECK_SPLIT = 64  # a batch this long or longer is checked in parts, one per core


def _check_all(items: list[Any], device: str, team: str, signing_key: bytes) -> list[_Checked]:
    """``_check`` of every item, in order. A long batch is checked in parts on a few threads: the
    Ed25519 check (most of a batch's time) releases the GIL, so a server with a core to spare
    answers a batch in less time; the result is the same list either way."""
    if _CHECKERS == 1 or len(items) < _CHECK_SPLIT:
        return [_check(item, device, team, signing_key) for item in items]
    size = -(-len(items) // _CHECKERS)
    parts = [items[start : start + size] for start in range(0, len(items), size)]

    def check_part(part: list[Any]) -> list[_Checked]:
        return [_check(item, device, team, signing_key) for item in part]

    return [checked for part in _CHECK_POOL.map(check_part, parts) for checked in part]


def _check(item: Any, device: str, team: str, signing_key: bytes) -> _Checked:
    claimed = _claimed_id(item)
    try:
        envelope = _checked_envelope(item, device, team, signing_key)
    except Refused as exc:
        return _Checked(claimed, None, str(exc))
    return _Checked(claimed, envelope)


def _checked_envelope(item: Any, device: str, team: str, signing_key: bytes) -> Envelope:
    try:
        envelope = item.envelope() if isinstance(item, Framed) else Envelope.from_wire(item)
    except SyncError as exc:
        raise Refused(str(exc)) from exc
    if not (0 < len(envelope.created) <= CREATED_MAX and envelope.created.isprintable()):
        raise Refused(f"envelope {envelope.id}: created must be a short timestamp")
    if envelope.device != device:
        raise Refused(
            f"envelope claims device {envelope.device} but this request is authenticated as "
            f"device {device}"
        )
    if envelope.kind == "attachment":
        raise Refused("attachments are uploaded in chunks (POST /v1/uploads), not pushed")
    if envelope.team != team:
        raise Refused(
            f"envelope is for team {envelope.team} but device {device} belongs to team {team}"
        )
    if envelope.recipient_team is not None:
        if not NAME.match(envelope.recipient_team):
            raise Refused("recipient_team must be a team name")
        if envelope.kind != "referral":
            raise Refused("only a referral may name a recipient_team")
    try:
        envelope.verify(signing_key)
    except SyncError as exc:
        raise Refused(str(exc)) from exc
    return envelope


def _same(row: models.Envelope, envelope: Envelope, recipient_team: str | None) -> bool:
    return (
        row.body_sha256 == envelope.body_sha256
        and row.signature == envelope.signature
        and (row.team, row.device, row.kind, row.created, row.recipient_team)
        == (envelope.team, envelope.device, envelope.kind, envelope.created, recipient_team)
    )


def _row_values(seq: int, envelope: Envelope, received: str) -> dict[str, Any]:
    return {
        "seq": seq,
        "id": envelope.id,
        "team": envelope.team,
        "device": envelope.device,
        "kind": envelope.kind,
        "recipient_team": envelope.recipient_team,
        "size": len(envelope.body),
        "body_sha256": envelope.body_sha256,
        "body": envelope.body,
        "signature": envelope.signature,
        "created": envelope.created,
        "received": received,
    }


_ROW = (
    "seq", "id", "team", "device", "kind", "recipient_team", "size", "body_sha256", "body",
    "signature", "created", "received",
)  # fmt: skip
"""The columns of a stored envelope, in the order of ``_row_tuple``."""


def _row_tuple(seq: int, envelope: Envelope, received: str) -> tuple[Any, ...]:
    """``_row_values`` as a tuple in ``_ROW``'s order."""
    return (
        seq, envelope.id, envelope.team, envelope.device, envelope.kind, envelope.recipient_team,
        len(envelope.body), envelope.body_sha256, envelope.body, envelope.signature,
        envelope.created, received,
    )  # fmt: skip


def _insert_envelopes(session: Session, rows: list[tuple[Any, ...]]) -> None:
    """One executemany of the table's INSERT, handed to the database driver as it is.

    The statement is SQLAlchemy's own, compiled once per dialect; only the rows skip its
    per-row parameter step (a thousand dictionaries built, looked up and converted again for
    every batch pushed: a fifth of the server's own work an envelope, the signature check
    aside). Every value is a str, an int, bytes or None, which each driver stores as
    SQLAlchemy would (tests/sync/server hold the stored rows equal on SQLite and PostgreSQL)."""
    connection = session.connection()
    sql, order = _insert_sql(connection.dialect)
    if order is None:  # a named paramstyle (psycopg's pyformat): one mapping a row
        connection.exec_driver_sql(sql, [dict(zip(_ROW, row, strict=True)) for row in rows])
    else:
        at = [_ROW.index(name) for name in order]
        params = rows if at == list(range(len(_ROW))) else [tuple(r[i] for i in at) for r in rows]
        connection.exec_driver_sql(sql, params)


_INSERT_SQL: dict[str, tuple[str, tuple[str, ...] | None]] = {}


def _insert_sql(dialect: Any) -> tuple[str, tuple[str, ...] | None]:
    """The INSERT of ``_ROW`` compiled for ``dialect``, and its parameters' order when they are
    positional (None when named)."""
    key = f"{dialect.name}:{dialect.driver}:{dialect.paramstyle}"
    found = _INSERT_SQL.get(key)
    if found is None:
        compiled = insert(models.Envelope).compile(dialect=dialect, column_keys=list(_ROW))
        order = compiled.positiontup
        found = _INSERT_SQL[key] = (compiled.string, None if order is None else tuple(order))
    return found


def _row(seq: int, envelope: Envelope, recipient_team: str | None, received: str) -> Any:
    return models.Envelope(
        **{**_row_values(seq, envelope, received), "recipient_team": recipient_team}
    )


def _result(
    envelope_id: str | None, status: PushStatus, seq: int | None, reason: str | None = None
) -> PushResult:
    return {"id": envelope_id, "status": status.value, "seq": seq, "reason": reason}


def pull(
    db: Database, team: str, since: int, limit: int, device: str | None = None
) -> PullResponse:
    """The team's envelopes after ``since`` (and referrals addressed to it), in sequence order;
    with ``device``, none that device pushed itself (it holds them already).

    ``next`` is the last seq served, or, when nothing more is waiting, the newest seq the server
    had committed before the page was read: envelopes left out (the device's own, other teams')
    are stepped over once, never scanned again. That is exact because pushes commit in sequence
    order: every seq up to the newest committed one was committed when it was read, so none the
    page could have held is skipped, whatever commits between the two statements."""
    rows, next, more = _pull_rows(db, team, since, limit, device)
    page: list[PulledEnvelope] = [
        {
            "seq": row.seq,
            "received": row.received,
            "recipient_team": row.recipient_team,
            "envelope": {
                **_envelope_head(row),
                "body": base64.b64encode(row.body).decode("ascii"),
                "signature": base64.b64encode(row.signature).decode("ascii"),
            },
        }
        for row in rows
    ]
    return {"envelopes": page, "next": next, "more": more}


def pull_framed(
    db: Database, team: str, since: int, limit: int, device: str | None = None
) -> bytes:
    """The page ``pull`` serves, as the framed pull page of ``sync.batch`` (raw bodies)."""
    rows, next, more = _pull_rows(db, team, since, limit, device)
    items = [
        (
            row.seq,
            {
                "received": row.received,
                "recipient_team": row.recipient_team,
                "envelope": _envelope_head(row),
            },
            row.body,
            row.signature,
        )
        for row in rows
    ]
    return batch.encode_page(items, next, more)


def _envelope_head(row: Any) -> dict[str, object]:
    """A stored envelope's wire form without body and signature (both pages carry it alike)."""
    return {
        "v": ENVELOPE_VERSION,
        "id": row.id,
        "team": row.team,
        "device": row.device,
        "kind": row.kind,
        "created": row.created,
    }


def _pull_rows(
    db: Database, team: str, since: int, limit: int, device: str | None
) -> tuple[list[Any], int, bool]:
    """The rows of the page after ``since``, its ``next`` and ``more`` (see ``pull``)."""
    if since < 0:
        raise ServerError(ErrorCode.MALFORMED, "since must be 0 or a cursor the server returned")
    if not 1 <= limit <= MAX_PAGE:
        raise ServerError(ErrorCode.MALFORMED, f"limit must be 1 to {MAX_PAGE}")
    table = models.Envelope
    with db.session() as session:
        newest = session.execute(select(func.max(table.seq))).scalar_one() or 0
        wanted = [
            table.seq > since,
            table.seq <= newest,
            or_(table.team == team, table.recipient_team == team),
            table.kind != "attachment",  # fetched by id, in ranges
        ]
        if device is not None:
            wanted.append(table.device != device)
        rows = session.execute(
            select(
                table.seq, table.received, table.recipient_team, table.id, table.team,
                table.device, table.kind, table.created, table.body, table.signature, table.size,
            )
            .where(*wanted)
            .order_by(table.seq)
            .limit(limit + 1)
        ).all()  # fmt: skip
    page: list[Any] = []
    size = 0
    for row in rows[:limit]:
        if page and size + row.size > MAX_PAGE_BYTES:
            break
        page.append(row)
        size += row.size
    more = len(page) < len(rows)
    return page, (page[-1].seq if more else max(since, newest)), more


def newest_own(db: Database, device: str) -> int:
    """The seq of the newest envelope ``device`` pushed that a pull serves (0: none)."""
    table = models.Envelope
    with db.session() as session:
        found = session.execute(
            select(func.max(table.seq)).where(table.device == device, table.kind != "attachment")
        ).scalar_one()
    return int(found or 0)


def quarantined(db: Database, limit: int = 100) -> list[models.Quarantine]:
    with db.session() as session:
        return list(
            session.execute(
                select(models.Quarantine).order_by(models.Quarantine.qid.desc()).limit(limit)
            ).scalars()
        )


def purge_quarantine(db: Database, older_than_days: float) -> int:
    """Delete quarantined envelopes received more than ``older_than_days`` ago; return how many."""
    cutoff = (datetime.now(UTC) - timedelta(days=older_than_days)).isoformat(
        timespec="milliseconds"
    )
    with db.session() as session:
        result = session.execute(
            delete(models.Quarantine).where(
                models.Quarantine.received < cutoff.replace("+00:00", "Z")
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)


def counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            "envelopes": session.execute(
                select(func.count()).select_from(models.Envelope)
            ).scalar_one(),
            "quarantined": session.execute(
                select(func.count()).select_from(models.Quarantine)
            ).scalar_one(),
        }
