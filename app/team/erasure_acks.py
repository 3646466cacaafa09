"""Acknowledging erasures to the server, so it can drop an erased case's envelopes.

A laptop that applied a supervisor's erasure (made it here, or received it verified) keeps a
pending acknowledgement: the erasure envelope's id and the envelope ids the erasure names (the
case's events, submissions and attachments). At each sync, after the push and the pull, it sends
them (``POST /v1/erasures/{id}/ack``). The server drops the envelopes once every approved device
of the team has acknowledged (``sync/server/erasures.py``). A 404 means the server does not have
the erasure envelope yet (it was made on a laptop that has not pushed it): the acknowledgement
waits for a later round. A refusal (403, 409) is final and reported.

Each acknowledgement the server took is kept (``ACKED``: the erasure id and the envelope ids),
for good: a server restored from a backup older than the acknowledgement holds the case's
envelopes again and no longer knows this laptop applied the erasure, so at the first round
against the new generation (``app.team.restored_server``) every kept acknowledgement is pending
again (``acknowledge_again``) and sent anew. If the restored server lacks the erasure envelope
itself, the acknowledgement waits (404) until the erasing laptop has pushed it again (it marks
it unsent, as every envelope the restored server lacks).

A supervisor's laptop keeps watching each erasure it acknowledged until the server dropped the
case's envelopes (``WATCH``): at every round it asks again (an acknowledgement is idempotent) and
reports which laptops have not applied it yet, and since when the server has waited
(``AckReport.still_waiting``): a lost laptop holding it up is revoked, which releases it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial

from app.workspace.store import Store
from sync.client import SyncClient, with_retries

PENDING = "erasure_ack:"  # settings: PENDING + erasure envelope id -> JSON list of envelope ids
WATCH = "erasure_watch:"  # settings: WATCH + erasure id -> JSON list of ids (supervisors' laptops)
ACKED = "erasure_acked:"  # settings: ACKED + erasure id -> JSON list of ids the server took


@dataclass
class AckReport:
    acknowledged: int = 0
    dropped: int = 0  # erasures whose envelopes the server dropped on our acknowledgement
    waiting: int = 0
    refused: list[dict[str, str]] = field(default_factory=list)
    # erasures the server still keeps envelopes of: {"erasure", "waiting_for": [...], "since"}
    still_waiting: list[dict[str, object]] = field(default_factory=list)


def remember(store: Store, erasure_id: str, ids: Iterable[str]) -> None:
    """Call in the transaction that applied the erasure."""
    _put(store, PENDING + erasure_id, sorted(set(ids)))


def pending(store: Store) -> list[tuple[str, list[str]]]:
    return _listed(store, PENDING)


def acknowledge_again(store: Store) -> int:
    """Make every acknowledgement the server took pending again (a server restored from a backup
    forgot them); call inside the transaction that records the server's new generation. Returns
    how many erasures will be acknowledged again."""
    count = 0
    for erasure_id, ids in _listed(store, ACKED):
        _put(store, PENDING + erasure_id, ids)
        count += 1
    return count


def send(store: Store, client: SyncClient, *, watch: bool = False) -> AckReport:
    """Send the pending acknowledgements; with ``watch`` (a supervisor's laptop), also ask again
    about those acknowledged before whose envelopes the server still keeps."""
    report = AckReport()
    for erasure_id, ids in pending(store):
        status, answer = with_retries(partial(client.ack_erasure, erasure_id, ids))
        if status == 404:
            report.waiting += 1
            continue
        with store.atomic():
            store.execute("DELETE FROM settings WHERE key = ?", (PENDING + erasure_id,))
            if status == 200:  # to acknowledge again to a server restored from a backup
                _put(store, ACKED + erasure_id, ids)
            if watch and status == 200 and not answer.get("dropped"):
                _put(store, WATCH + erasure_id, ids)
        if status in (403, 409):
            reason = str(answer.get("message") or status)
            report.refused.append(
                {"id": erasure_id, "reason": f"erasure acknowledgement: {reason}"}
            )
            continue
        report.acknowledged += 1
        if answer.get("dropped") and not answer.get("waiting_for"):
            report.dropped += 1
        elif watch:
            report.still_waiting.append(_waiting(erasure_id, answer))
    if watch:
        acknowledged_now = {str(item["erasure"]) for item in report.still_waiting}
        for erasure_id, ids in _listed(store, WATCH):
            if erasure_id in acknowledged_now:
                continue
            status, answer = with_retries(partial(client.ack_erasure, erasure_id, ids))
            if status != 200 or answer.get("dropped"):
                with store.atomic():  # done (or the server no longer knows it): stop watching
                    store.execute("DELETE FROM settings WHERE key = ?", (WATCH + erasure_id,))
                continue
            report.still_waiting.append(_waiting(erasure_id, answer))
    return report


def _waiting(erasure_id: str, answer: dict[str, object]) -> dict[str, object]:
    waiting = answer.get("waiting_for")
    return {
        "erasure": erasure_id,
        "waiting_for": list(waiting) if isinstance(waiting, list) else [],
        "since": answer.get("since"),
    }


def _put(store: Store, key: str, ids: list[str]) -> None:
    store.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(ids, separators=(",", ":"))),
    )


def _listed(store: Store, prefix: str) -> list[tuple[str, list[str]]]:
    rows = store.query(
        "SELECT key, value FROM settings WHERE key LIKE ? ORDER BY key", (prefix + "%",)
    )
    return [(str(r[0])[len(prefix) :], list(json.loads(r[1]))) for r in rows]
