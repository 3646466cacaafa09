"""Nothing refused is forgotten: items of the server's pull pages refused here are fetched again.

The pull cursor moves past a page once it is stored, whatever the page held. When an item of it
was refused (a bit flipped on the way by a man in the middle, a body cut short, a device no
supervisor here has vouched for yet, a kind this version does not know), the genuine envelope
would never be fetched again. So each refused item's place in the server's sequence (``seq``) is
kept in ``pull_refetch`` and fetched again, alone (``pull?since=seq-1&limit=1``), at the next sync
round and then with a doubling wait (1 minute, 2, 4, ... at most a day), until:

- a copy is applied, or found already applied (it came by USB, say): the row goes;
- the server no longer holds anything at that place (an erasure dropped it): the row goes;
- a supervisor dismisses it (audited): it stays listed as dismissed, and is not fetched again.

Contract: ``refused`` and ``resolved`` run inside the transaction that stores the page, so the
cursor never moves past an item without a row for it; at most ``PER_ROUND`` items are fetched again
per round, so a line that tampers with everything costs a bounded number of requests.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from app.errors import BadInput
from app.workspace import audit
from app.workspace.roles import Permission
from app.workspace.session import Session
from app.workspace.store import Store

FIRST_WAIT = 60.0  # seconds before the second try; the first is at the next round
LONGEST_WAIT = 86_400.0
PER_ROUND = 50


@dataclass(frozen=True)
class Refetch:
    seq: int
    envelope_id: str | None
    device: str | None
    reason: str
    first_refused: str
    attempts: int
    next_try: float
    dismissed_by: str | None

    def to_json(self) -> dict[str, object]:
        return dict(self.__dict__)


def wait_after(attempts: int) -> float:
    """Seconds before the next try once ``attempts`` tries were refused (the first: none)."""
    if attempts <= 1:
        return 0.0
    return float(min(FIRST_WAIT * 2 ** (attempts - 2), LONGEST_WAIT))


def refused(
    store: Store,
    seq: int,
    envelope_id: str | None,
    device: str | None,
    reason: str,
    now: float | None = None,
) -> None:
    """Remember (or count once more) a refused item at ``seq``."""
    now = time.time() if now is None else now
    row = store.query_one("SELECT attempts FROM pull_refetch WHERE seq = ?", (seq,))
    attempts = 1 if row is None else int(row[0]) + 1
    store.execute(
        "INSERT INTO pull_refetch (seq, envelope_id, device, reason, first_refused, attempts,"
        " next_try) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (seq) DO UPDATE SET"
        " envelope_id = COALESCE(excluded.envelope_id, pull_refetch.envelope_id),"
        " device = COALESCE(excluded.device, pull_refetch.device), reason = excluded.reason,"
        " attempts = excluded.attempts, next_try = excluded.next_try",
        (seq, envelope_id, device, reason[:500], audit.now_iso(), attempts,
         now + wait_after(attempts)),
    )  # fmt: skip


def resolved(store: Store, seq: int) -> None:
    store.execute("DELETE FROM pull_refetch WHERE seq = ? AND dismissed_by IS NULL", (seq,))


def due(store: Store, now: float | None = None, limit: int = PER_ROUND) -> list[int]:
    now = time.time() if now is None else now
    rows = store.query(
        "SELECT seq FROM pull_refetch WHERE dismissed_by IS NULL AND next_try <= ?"
        " ORDER BY next_try, seq LIMIT ?",
        (now, limit),
    )
    return [int(row[0]) for row in rows]


def waiting(store: Store) -> int:
    """Refused items still to be fetched again (every user sees this count)."""
    return int(store.scalar("SELECT COUNT(*) FROM pull_refetch WHERE dismissed_by IS NULL") or 0)


def listed(store: Store) -> list[Refetch]:
    rows = store.query(
        "SELECT seq, envelope_id, device, reason, first_refused, attempts, next_try,"
        " dismissed_by FROM pull_refetch ORDER BY seq"
    )
    return [
        Refetch(int(r[0]), r[1], r[2], str(r[3]), str(r[4]), int(r[5]), float(r[6]), r[7])
        for r in rows
    ]


def dismiss(session: Session, seq: int) -> None:
    """A supervisor stops the fetching of one refused item (she judged it forged); audited."""
    session.require(Permission.MANAGE_DEVICES)
    store = session.store
    with store.atomic():
        row = store.query_one(
            "SELECT envelope_id, device FROM pull_refetch WHERE seq = ? AND dismissed_by IS NULL",
            (seq,),
        )
        if row is None:
            raise BadInput(f"no refused item waits at place {seq}")
        store.execute(
            "UPDATE pull_refetch SET dismissed_by = ?, dismissed_at = ? WHERE seq = ?",
            (session.user, audit.now_iso(), seq),
        )
        audit.record(
            store, session.user, audit.Action.EDIT, f"refused-item:{seq}",
            f"dismissed: envelope {row[0] or 'unreadable'} from device {row[1] or 'unknown'}",
        )  # fmt: skip
