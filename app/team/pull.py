"""One pull from the server: pages applied in order, each refused item kept to be fetched again,
then the refused items whose wait is over fetched again one by one (``app.team.pull_refetch``).

Contract: ``receive_page`` runs inside the transaction that stores the page and the new cursor
(``app.team.synchronise``), so the cursor never moves past an item without its row in
``pull_refetch``; an item fetched again and applied (or already here) loses its row.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from app.team import pull_refetch
from app.team.outbox import Inbox
from app.workspace.store import Store
from sync.client import SyncClient, with_retries
from sync.envelope import Envelope
from sync.errors import SyncError

if TYPE_CHECKING:
    from app.team.synchronise import SyncReport


def receive_page(
    store: Store,
    inbox: Inbox,
    items: list[dict[str, Any]],
    report: SyncReport,
    refetch: bool = False,
) -> None:
    """Apply one page's items; each refused one is kept to be fetched again
    (app/team/pull_refetch.py), each one fetched again and now good is forgotten."""
    envelopes: list[Envelope] = []
    place: dict[str, int] = {}
    for item in items:
        seq = _seq(item)
        try:
            envelope = Envelope.from_wire(item["envelope"])
        except (SyncError, KeyError, TypeError) as exc:
            reason = str(exc) if isinstance(exc, SyncError) else "not an envelope"
            if not refetch:
                report.pull_refused.append({"id": str(seq), "reason": reason})
            if seq is not None:
                wire = item.get("envelope") if isinstance(item, dict) else None
                claimed = wire if isinstance(wire, dict) else {}
                pull_refetch.refused(
                    store, seq, _text(claimed.get("id")), _text(claimed.get("device")),
                    reason,
                )  # fmt: skip
            continue
        envelopes.append(envelope)
        if seq is not None:
            place[envelope.id] = seq
    received = inbox.receive(envelopes)
    refused_ids = dict(received.refused)
    for envelope in envelopes:
        seq = place.get(envelope.id)
        if seq is None:
            continue
        if envelope.id in refused_ids:
            pull_refetch.refused(store, seq, envelope.id, envelope.device, refused_ids[envelope.id])
        elif refetch:
            pull_refetch.resolved(store, seq)
            report.refetched += 1
    report.pulled += received.applied
    report.pull_duplicates += received.duplicates
    if not refetch:  # refused again when fetched again: counted in refused_waiting, not twice
        report.pull_refused += [{"id": i, "reason": r} for i, r in received.refused]


def fetch_again(
    store: Store, client: SyncClient, inbox: Inbox, report: SyncReport, started: float
) -> None:
    """Fetch again, one by one, the refused items whose wait was over when the round began."""
    for seq in pull_refetch.due(store, started):
        page = with_retries(partial(client.pull, seq - 1, 1))
        items = [item for item in page["envelopes"] if _seq(item) == seq]
        with store.atomic():
            if not items:  # nothing there any more (an erasure dropped it on the server)
                pull_refetch.resolved(store, seq)
                continue
            receive_page(store, inbox, items, report, refetch=True)


def _seq(item: object) -> int | None:
    seq = item.get("seq") if isinstance(item, dict) else None
    return seq if isinstance(seq, int) and not isinstance(seq, bool) and seq > 0 else None


def _text(value: object) -> str | None:
    return value[:200] if isinstance(value, str) else None
