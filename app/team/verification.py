"""What a batch brought in, and everything refused: the supervisor's verification report.

After a sync round or a USB import a supervisor should see at once what arrived (received,
applied, duplicates) and, for every item refused, why, in words a person can act on. Two places
hold refusals:

- the inbox's quarantine: envelopes from elsewhere that were not applied (unknown or revoked
  device, bad signature, not for us, altered, replayed...), kept with their wire form so they can be
  offered again once, say, the device becomes known;
- the outbox: this laptop's envelopes the server refused.

``refusal_of`` sorts a stored reason (free text from ``sync`` and the server) into a ``Refusal``
kind the screen translates; the original text stays available as the technical detail. Nothing
here opens an envelope: a quarantined item shows its routing data only (id, device, kind, time).
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.cases.book import CaseBook
from app.workspace.roles import Permission

if TYPE_CHECKING:
    from app.team.outbox import ReceiveReport
    from app.team.synchronise import SyncReport

RECEIVED = "received"  # refused on the way in (the inbox's quarantine)
SENT = "sent"  # one of ours the server refused


class Refusal(enum.StrEnum):
    UNKNOWN_DEVICE = "unknown_device"
    REVOKED_DEVICE = "revoked_device"
    BAD_SIGNATURE = "bad_signature"
    NOT_FOR_US = "not_for_us"
    ALTERED = "altered"
    REPLAY = "replay"
    WRONG_SENDER = "wrong_sender"
    NOT_SUPERVISOR = "not_supervisor"
    UNKNOWN_KIND = "unknown_kind"
    UNKNOWN_TEAM = "unknown_team"  # a referral from a team not in the verified team directory
    NOT_OUR_REFERRAL = "not_our_referral"  # a decision on a referral this team did not make
    DIRECTORY_KEY_CHANGED = "directory_key_changed"  # a team's entry signed by another key
    MALFORMED = "malformed"
    OTHER = "other"


# Checked in order: the first fragment found in the stored reason decides.
_PATTERNS: tuple[tuple[str, Refusal], ...] = (
    ("is unknown here", Refusal.UNKNOWN_TEAM),
    ("a referral this team did not make", Refusal.NOT_OUR_REFERRAL),
    ("than the one pinned", Refusal.DIRECTORY_KEY_CHANGED),
    ("a referral for another team", Refusal.NOT_FOR_US),
    ("is not a known device", Refusal.UNKNOWN_DEVICE),
    ("is not a device a trusted supervisor", Refusal.UNKNOWN_DEVICE),
    ("only a supervisor's device may erase", Refusal.NOT_SUPERVISOR),
    ("is not handled yet", Refusal.UNKNOWN_KIND),
    ("signature does not verify", Refusal.BAD_SIGNATURE),
    ("identities opens", Refusal.NOT_FOR_US),
    ("passphrase-encrypted", Refusal.NOT_FOR_US),
    ("mac does not verify", Refusal.ALTERED),
    ("cannot decrypt", Refusal.ALTERED),
    ("claims another device or id", Refusal.REPLAY),
    ("stored before with other content", Refusal.REPLAY),
    ("authenticated as device", Refusal.WRONG_SENDER),
    ("belongs to team", Refusal.WRONG_SENDER),
    ("revoked", Refusal.REVOKED_DEVICE),
    ("not an envelope", Refusal.MALFORMED),
    ("not a case event", Refusal.MALFORMED),
    ("not a submission", Refusal.MALFORMED),
    ("not a referral", Refusal.MALFORMED),
    ("not a team directory entry", Refusal.MALFORMED),
    ("created must be", Refusal.MALFORMED),
    ("recipient_team", Refusal.MALFORMED),
    (": bad ", Refusal.MALFORMED),
)


def refusal_of(reason: str | None, device_revoked: bool = False) -> Refusal:
    text = (reason or "").lower()
    for fragment, kind in _PATTERNS:
        if fragment in text:
            if kind is Refusal.UNKNOWN_DEVICE and device_revoked:
                return Refusal.REVOKED_DEVICE  # known once, then removed from the team
            return kind
    return Refusal.OTHER


@dataclass(frozen=True)
class RefusedItem:
    direction: str  # RECEIVED or SENT
    envelope_id: str
    device: str
    kind: str  # the envelope's kind (case_event, submission, erasure...), "" if unreadable
    refusal: Refusal
    reason: str  # the stored technical reason
    when: str  # ISO time: received (inbox) or sealed (outbox)

    def to_json(self) -> dict[str, Any]:
        return {
            "direction": self.direction,
            "envelope_id": self.envelope_id,
            "device": self.device,
            "kind": self.kind,
            "refusal": self.refusal.value,
            "reason": self.reason,
            "when": self.when,
        }


def _wire_kind(wire: str | None) -> str:
    try:
        data = json.loads(wire) if wire else None
    except ValueError:
        return ""
    kind = data.get("kind") if isinstance(data, dict) else None
    return kind if isinstance(kind, str) else ""


def refused_items(book: CaseBook) -> list[RefusedItem]:
    """Every refused envelope, newest first (database thread only; supervisors only)."""
    book.session.require(Permission.CHECK)
    store = book.store
    revoked = {
        str(r[0]) for r in store.query("SELECT device FROM devices WHERE status = 'revoked'")
    }
    items = [
        RefusedItem(
            RECEIVED,
            str(r[0]),
            str(r[1]),
            _wire_kind(r[4]),
            refusal_of(r[2], str(r[1]) in revoked),
            str(r[2] or ""),
            str(r[3]),
        )
        for r in store.query(
            "SELECT envelope_id, device, reason, received_at, wire FROM inbox"
            " WHERE status = 'refused'"
        )
    ]
    items += [
        RefusedItem(SENT, str(r[0]), book.device, str(r[1]), refusal_of(r[2]), str(r[2]), str(r[3]))
        for r in store.query(
            "SELECT envelope_id, kind, refused, created_at FROM outbox WHERE refused IS NOT NULL"
        )
    ]
    items.sort(key=lambda item: (item.when, item.envelope_id), reverse=True)
    return items


@dataclass(frozen=True)
class BatchSummary:
    """One sync round or one USB import, as the verification report shows it."""

    source: str  # "sync" or "transfer"
    received: int = 0
    applied: int = 0
    duplicates: int = 0
    refused: tuple[tuple[str, str], ...] = ()  # (envelope id, reason) refused on the way in
    sent: int = 0
    sent_duplicates: int = 0
    sent_refused: tuple[tuple[str, str], ...] = ()  # (envelope id, reason) the server refused
    erased: int = 0
    waiting_for_approval: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "received": self.received,
            "applied": self.applied,
            "duplicates": self.duplicates,
            "refused": [{"id": i, "reason": r} for i, r in self.refused],
            "sent": self.sent,
            "sent_duplicates": self.sent_duplicates,
            "sent_refused": [{"id": i, "reason": r} for i, r in self.sent_refused],
            "erased": self.erased,
            "waiting_for_approval": self.waiting_for_approval,
        }


def from_sync(report: SyncReport) -> BatchSummary:
    """A ``SyncReport`` (app.team.synchronise) as a batch summary."""
    refused = tuple((str(r.get("id")), str(r.get("reason"))) for r in report.pull_refused)
    return BatchSummary(
        source="sync",
        received=report.pulled + report.pull_duplicates + len(refused),
        applied=report.pulled,
        duplicates=report.pull_duplicates,
        refused=refused,
        sent=report.pushed,
        sent_duplicates=report.push_duplicates,
        sent_refused=tuple((str(r.get("id")), str(r.get("reason"))) for r in report.push_refused),
        waiting_for_approval=bool(report.waiting_for_approval),
    )


def from_transfer(report: ReceiveReport) -> BatchSummary:
    """A ``ReceiveReport`` (app.team.outbox, from a USB import) as a batch summary."""
    refused = tuple((str(i), str(r)) for i, r in report.refused)
    return BatchSummary(
        source="transfer",
        received=report.applied + report.duplicates + len(refused),
        applied=report.applied,
        duplicates=report.duplicates,
        refused=refused,
        erased=report.erased,
    )
