"""What each kind of envelope does when it arrives: the receivers, and how a kind registers one.

The inbox (``app.team.outbox.Inbox.receive``) hands each envelope to the receiver its kind
registered here (``@receives(kind)``), beside the kind's own code: case events, submissions and
erasures below, referrals, form versions and supervisors' statements in their modules (``OWNERS``).
A receiver opens and checks an envelope, then applies it; it raises ``SyncError`` to refuse it
(quarantined with the reason, nothing of it applied). An envelope no receiver takes is refused with
``NOT_HANDLED`` and kept, to be offered again once this laptop knows its kind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.cases.events import CaseEvent
from app.team import erasure_acks
from sync.envelope import CASE_EVENT, ERASURE, SUBMISSION, Envelope, open_envelope
from sync.errors import SyncError, SyncErrorKind
from sync.payload import unpack

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from app.team.outbox import Inbox, ReceiveReport

# The refusal of a kind nobody here receives (app/team/verification.py reads it as "unknown_kind").
NOT_HANDLED = "is not handled yet"


@dataclass
class Arrival:
    """One batch being received, as a kind's receiver sees it."""

    inbox: Inbox
    identities: list[str]  # the age identities that may open what arrives
    report: ReceiveReport
    events: list[CaseEvent] = field(
        default_factory=list
    )  # case events, applied together at the end

    @property
    def book(self) -> CaseBook:
        return self.inbox.book

    def ingest_waiting(self) -> None:
        """Apply the case events received so far (for a receiver that checks against them)."""
        if self.events:
            self.inbox.book.ingest(self.events, decoded=True)  # CaseEvent.from_json's
            self.events = []


# A kind's receiver opens and checks an envelope, then applies it; it raises ``SyncError`` to
# refuse it (quarantined with the reason, nothing of it applied) and returns whether the envelope
# counts as a record applied.
Receiver = Callable[[Arrival, Envelope], bool]
RECEIVERS: dict[str, Receiver] = {}

# The modules that own a kind of envelope besides this one; each registers its receiver beside its
# code when imported (``@receives("form")``), so the inbox names no kind.
OWNERS = ("app.team.referrals", "app.team.form_versions", "app.team.supervisor_trust")


def receives(kind: str) -> Callable[[Receiver], Receiver]:
    """Register what an envelope of ``kind`` does when it arrives."""

    def register(receiver: Receiver) -> Receiver:
        if RECEIVERS.get(kind, receiver) is not receiver:
            raise RuntimeError(f"two receivers for envelopes of kind {kind}")
        RECEIVERS[kind] = receiver
        return receiver

    return register


def load_owners() -> None:
    """Import the modules that own a kind (``OWNERS``), so their receivers are registered."""
    import importlib

    for module in OWNERS:
        importlib.import_module(module)


def _opened(envelope: Envelope, identities: list[str], key: bytes) -> bytes:
    """The JSON of a record's envelope, verified, decrypted and unpacked (packed or not)."""
    return unpack(open_envelope(envelope, identities, key), f"envelope {envelope.id}")


def _read_submission(envelope: Envelope, plaintext: bytes) -> dict[str, Any]:
    try:
        payload: dict[str, Any] = json.loads(plaintext)
        record = payload if envelope.kind == ERASURE else payload["record"]
        if payload["id"] != envelope.id or payload["device"] != envelope.device:
            raise ValueError("it claims another id or device")
        if not isinstance(record, dict):
            raise ValueError("no record")
    except (ValueError, KeyError, TypeError) as exc:
        raise SyncError(
            SyncErrorKind.MALFORMED, f"envelope {envelope.id}: not a submission ({exc})"
        ) from exc
    return record


def _store_submission(book: CaseBook, envelope: Envelope, record: dict[str, Any]) -> None:
    data = record.get("data")
    case_id = data.get("case_id") if isinstance(data, dict) else None
    if isinstance(case_id, str) and book.is_erased(case_id):
        return  # a form about an erased case, made somewhere before it learned of the erasure
    book.store.execute(
        "INSERT OR IGNORE INTO submissions (id, form_id, form_version, author, interpreter, data,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            envelope.id,
            str(record.get("form_id", "")),
            str(record.get("version", "")),
            str(record.get("author", envelope.device)),
            record.get("interpreter"),
            json.dumps(record, ensure_ascii=False, separators=(",", ":")),
            envelope.created,
        ),
    )


@receives(CASE_EVENT)
def _receive_event(arrival: Arrival, envelope: Envelope) -> bool:
    key = arrival.inbox.signer_key(envelope)
    plaintext = _opened(envelope, arrival.identities, key)
    try:
        event = CaseEvent.from_json(json.loads(plaintext))
    except (ValueError, KeyError, TypeError) as exc:
        raise SyncError(
            SyncErrorKind.MALFORMED, f"envelope {envelope.id}: not a case event"
        ) from exc
    if event.device != envelope.device or event.id != envelope.id:
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"envelope {envelope.id}: the event inside claims another device or id (a replay)",
        )
    arrival.events.append(event)
    return True


@receives(SUBMISSION)
def _receive_submission(arrival: Arrival, envelope: Envelope) -> bool:
    key = arrival.inbox.signer_key(envelope)
    plaintext = _opened(envelope, arrival.identities, key)
    _store_submission(arrival.book, envelope, _read_submission(envelope, plaintext))
    return True


@receives(ERASURE)
def _receive_erasure(arrival: Arrival, envelope: Envelope) -> bool:
    inbox = arrival.inbox
    key = inbox.signer_key(envelope)
    if not inbox.is_supervisor(envelope.device):
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"envelope {envelope.id}: only a supervisor's device may erase a case",
        )
    opened = _read_submission(envelope, _opened(envelope, arrival.identities, key))
    ids = [str(i) for i in opened.get("ids", [])]
    arrival.book.apply_erasure(
        str(opened["case_id"]), str(opened["erased_at"]), str(opened["erased_by"]), ids
    )
    erasure_acks.remember(inbox.store, envelope.id, ids)
    arrival.report.erased += 1
    return True
