"""Outbox and inbox: case events leave this laptop sealed, and arrive from others verified.

Outbox: every event made here is sealed into an envelope (encrypted to the team key and the export
key, signed by this device) in the same transaction that stores the event, so an event is never
stored without its envelope nor sent twice. An envelope is marked sent only when the server
acknowledged it (or never, for a USB transfer: importing is idempotent anyway).

Inbox: an envelope from elsewhere is applied only if it comes from a device this laptop knows
(learned from the server's roster, or confirmed by its fingerprint), its signature verifies, one
of our keys opens it, and the event inside names the same device. What only a supervisor may do
(erase a case, publish a form version, vouch for devices) is accepted only from a device this
laptop trusts as a supervisor's (app/team/supervisor_trust.py), checked with the key recorded there,
never from a role the server's roster gives. Everything else is refused and kept in quarantine
with its reason; nothing of it is applied. Receiving an envelope twice is a no-op, reported as a
duplicate. What each kind does when it arrives is its receiver's (app/team/receivers.py).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.cases.events import CaseEvent
from app.team import erasure_acks
from app.team.keyring import Keyring
from app.team.receivers import NOT_HANDLED, RECEIVERS, Arrival, load_owners
from app.workspace import audit
from app.workspace.ids import new_id
from app.workspace.roles import Permission
from app.workspace.store import Store
from sync.envelope import CASE_EVENT, ERASURE, SUBMISSION, Envelope, seal
from sync.errors import SyncError, SyncErrorKind
from sync.padding import pad_json
from sync.payload import pack

if TYPE_CHECKING:
    from app.cases.book import CaseBook

APPLIED = "applied"
REFUSED = "refused"


def team_name(store: Store) -> str | None:
    value = store.scalar("SELECT value FROM settings WHERE key = 'team'")
    return None if value is None else str(value)


def outbox_of(book: CaseBook) -> Outbox:
    """The outbox of the laptop a case book is on (its carrier, when that is the team's)."""
    carrier = book.carrier
    return carrier if isinstance(carrier, Outbox) else Outbox(book.store, book.device)


class Outbox:
    def __init__(self, store: Store, device: str) -> None:
        self.store = store
        self.device = device
        self.keyring = Keyring(store)

    packs_payloads = True
    """Seal records packed (``sync.payload``: compressed, then padded); False seals them as the
    versions before did (JSON padded with spaces), which the bench's baseline laptop does."""

    def _payload(self, document: dict[str, Any]) -> bytes:
        """What is sealed of a record: the server sees its size bucket, not its length."""
        data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
        return pack(data) if self.packs_payloads else pad_json(data)

    def ready(self) -> bool:
        """Whether this laptop can seal (it belongs to a team and holds its key)."""
        return team_name(self.store) is not None and self.keyring.current_team_key() is not None

    def put_event(self, event: CaseEvent) -> Envelope | None:
        """Seal a local event; call inside the transaction that stored it."""
        team = team_name(self.store)
        if team is None or self.keyring.current_team_key() is None:
            return (
                None  # a laptop not (yet) in a team keeps its events; they are sealed at enrolment
            )
        envelope = seal(
            self._payload(event.to_json()),
            recipients=self.keyring.recipients(),
            signer=self.keyring.signing_key(),
            envelope_id=event.id,
            team=team,
            device=self.device,
            kind=CASE_EVENT,
        )
        self.store.execute(
            "INSERT OR IGNORE INTO outbox (envelope_id, kind, wire, created_at) VALUES (?, ?, ?, ?)",
            (envelope.id, envelope.kind, json.dumps(envelope.to_wire()), audit.now_iso()),
        )
        return envelope

    def put_submission(self, submission_id: str, record: dict[str, Any]) -> Envelope | None:
        """Seal a finished submission (the whole form, for supervisors' exports); call inside the
        transaction that stored it."""
        team = team_name(self.store)
        if team is None or self.keyring.current_team_key() is None:
            return None
        payload = {"id": submission_id, "device": self.device, "record": record}
        envelope = seal(
            self._payload(payload),
            recipients=self.keyring.recipients(),
            signer=self.keyring.signing_key(),
            envelope_id=submission_id,
            team=team,
            device=self.device,
            kind=SUBMISSION,
        )
        self.store.execute(
            "INSERT OR IGNORE INTO outbox (envelope_id, kind, wire, created_at) VALUES (?, ?, ?, ?)",
            (envelope.id, envelope.kind, json.dumps(envelope.to_wire()), audit.now_iso()),
        )
        return envelope

    def put_erasure(
        self, case_id: str, erased_at: str, erased_by: str, known_ids: list[str]
    ) -> Envelope | None:
        """Seal a supervisor's erasure of a case, so every laptop of the team erases it too."""
        team = team_name(self.store)
        if team is None or self.keyring.current_team_key() is None:
            return None
        envelope_id = new_id()
        payload = {
            "id": envelope_id,
            "device": self.device,
            "case_id": case_id,
            "erased_at": erased_at,
            "erased_by": erased_by,
            "ids": known_ids,
        }
        envelope = seal(
            self._payload(payload),
            recipients=self.keyring.recipients(),
            signer=self.keyring.signing_key(),
            envelope_id=envelope_id,
            team=team,
            device=self.device,
            kind=ERASURE,
        )
        self.store.execute(
            "INSERT OR IGNORE INTO outbox (envelope_id, kind, wire, created_at) VALUES (?, ?, ?, ?)",
            (envelope.id, envelope.kind, json.dumps(envelope.to_wire()), audit.now_iso()),
        )
        erasure_acks.remember(self.store, envelope.id, known_ids)  # for the server to drop them
        return envelope

    def seal_backlog(self, events: Iterable[CaseEvent]) -> int:
        """Seal events made before this laptop joined a team (their envelope ids are their ids)."""
        count = 0
        with self.store.atomic():
            for event in events:
                if event.device == self.device and self.put_event(event) is not None:
                    count += 1
        return count

    def pending(self, limit: int = 1000) -> list[Envelope]:
        """Envelopes waiting for an acknowledgement (not those the server refused: those wait for
        a supervisor, and pushing them again would only be refused again)."""
        rows = self.store.query(
            "SELECT wire FROM outbox WHERE sent_at IS NULL AND refused IS NULL"
            " ORDER BY envelope_id LIMIT ?",
            (limit,),
        )
        return [Envelope.from_wire(json.loads(r[0])) for r in rows]

    def mark_sent(self, envelope_ids: Iterable[str]) -> None:
        with self.store.atomic():
            now = audit.now_iso()
            for envelope_id in envelope_ids:
                self.store.execute(
                    "UPDATE outbox SET sent_at = ? WHERE envelope_id = ? AND sent_at IS NULL",
                    (now, envelope_id),
                )

    def mark_failed(self, envelope_ids: Iterable[str], reason: str) -> None:
        with self.store.atomic():
            for envelope_id in envelope_ids:
                self.store.execute(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE envelope_id = ?",
                    (reason, envelope_id),
                )

    def mark_refused(self, envelope_id: str, reason: str) -> None:
        with self.store.atomic():
            self.store.execute(
                "UPDATE outbox SET refused = ?, attempts = attempts + 1 WHERE envelope_id = ?",
                (reason, envelope_id),
            )

    def counts(self) -> dict[str, int]:
        row = self.store.query_one(
            "SELECT count(*) FILTER (WHERE sent_at IS NULL), count(*) FILTER (WHERE sent_at IS NOT NULL)"
            " FROM outbox"
        )
        assert row is not None
        return {"waiting": int(row[0] or 0), "sent": int(row[1] or 0)}


@dataclass
class ReceiveReport:
    applied: int = 0
    duplicates: int = 0
    erased: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)  # (envelope id, reason)

    def to_json(self) -> dict[str, object]:
        return {
            "applied": self.applied,
            "duplicates": self.duplicates,
            "erased": self.erased,
            "refused": [{"id": i, "reason": r} for i, r in self.refused],
        }


class Inbox:
    def __init__(self, book: CaseBook) -> None:
        self.book = book
        self.store = book.store
        self.keyring = Keyring(book.store)
        self._supervisors: dict[str, bytes] | None = None  # app.team.supervisor_trust.trusted
        self._kept_offered = False  # kinds learnt since: offered once per inbox (_kept_now_known)
        self._vouched: dict[str, bytes] | None = None  # app.team.supervisor_trust.vouched

    def trusted_supervisors(self) -> dict[str, bytes]:
        """Devices trusted here as supervisors' -> their trusted signing keys (cached)."""
        if self._supervisors is None:
            from app.team.supervisor_trust import trusted

            self._supervisors = trusted(self.store)
        return self._supervisors

    def know_device(
        self,
        device: str,
        signing_key: bytes,
        age_recipient: str,
        learned_from: str,
        role: str | None = None,
    ) -> None:
        """Trust ``device``'s envelopes. ``role`` is what this laptop records of it (shown, not
        relied on: only ``app.team.supervisor_trust`` decides who is a supervisor's); None (admitting
        a laptop, a USB import) keeps a known device's role, a new device is a member."""
        self.store.execute(
            "INSERT INTO devices (device, signing_key, age_recipient, status, learned_from, learned_at,"
            " role) VALUES (?, ?, ?, 'approved', ?, ?, ?) ON CONFLICT (device) DO UPDATE SET"
            " signing_key = excluded.signing_key, age_recipient = excluded.age_recipient,"
            " status = 'approved', learned_from = excluded.learned_from,"
            " role = CASE WHEN ? THEN excluded.role ELSE devices.role END",
            (
                device,
                base64.b64encode(signing_key).decode(),
                age_recipient,
                learned_from,
                audit.now_iso(),
                role or "member",
                role is not None,
            ),
        )
        self._vouched = None

    def revoke_device(self, device: str) -> None:
        self.store.execute("UPDATE devices SET status = 'revoked' WHERE device = ?", (device,))
        self._supervisors = self._vouched = None

    def is_supervisor(self, device: str) -> bool:
        """Whether ``device`` is trusted here as a supervisor's (this laptop: its user's role)."""
        if device == self.book.device:
            return self.book.session.can(Permission.ERASE_CASES)
        return device in self.trusted_supervisors()

    def device_key(self, device: str) -> bytes | None:
        """The signing key this laptop holds for ``device``: its own, a trusted supervisor's, or one
        a trusted supervisor vouched for; never the roster's word alone."""
        if device == self.book.device:
            return self.keyring.signing_public()
        if device in self.trusted_supervisors():  # the key vouched for, not the roster's
            return self.trusted_supervisors()[device]
        if self._vouched is None:
            from app.team.supervisor_trust import vouched

            self._vouched = vouched(self.store)
        return self._vouched.get(device)

    def signer_key(self, envelope: Envelope) -> bytes:
        """The key ``envelope``'s device signs with; refused when this laptop holds none for it."""
        key = self.device_key(envelope.device)
        if key is None:
            raise SyncError(
                SyncErrorKind.SIGNATURE,
                f"envelope {envelope.id}: device {envelope.device} is not a device a trusted "
                "supervisor of this team vouched for (the server's roster is not enough)",
            )
        return key

    def forget_trust(self) -> None:
        """Who is trusted may have changed (a statement of approvals arrived): read it again."""
        self._supervisors = self._vouched = None

    def receive(self, envelopes: Iterable[Envelope]) -> ReceiveReport:
        """Apply what arrived, each envelope by the receiver its kind registered (``receives``);
        an envelope refused is kept in quarantine with the reason, one already here is counted as a
        duplicate. All in one transaction."""
        load_owners()
        report = ReceiveReport()
        batch = self._kept_now_known() + list(envelopes)
        with self.store.atomic():
            arrival = Arrival(self, self.keyring.identities(), report)
            seen = self._seen_among([e.id for e in batch])
            remembered: list[tuple[Any, ...]] = []  # inbox rows, written together at the end
            now = audit.now_iso()  # when the batch came (to the millisecond, as each row had)
            for envelope in batch:
                if envelope.id in seen:
                    report.duplicates += 1
                    continue
                receiver = RECEIVERS.get(envelope.kind)
                try:
                    if receiver is None:
                        raise SyncError(
                            SyncErrorKind.MALFORMED,
                            f"envelope {envelope.id}: kind {envelope.kind} {NOT_HANDLED}",
                        )
                    counted = receiver(arrival, envelope)
                except SyncError as exc:
                    remembered.append(self._inbox_row(envelope, REFUSED, str(exc), now))
                    report.refused.append((envelope.id, str(exc)))
                    continue
                remembered.append(self._inbox_row(envelope, APPLIED, None, now))
                seen.add(envelope.id)
                if counted:
                    report.applied += 1
            self.store.executemany(_REMEMBER, remembered)
            arrival.ingest_waiting()
        return report

    def _kept_now_known(self) -> list[Envelope]:
        """Envelopes of a kind this laptop did not know when they came (a newer fieldcase on
        another laptop sent them), kept with their wire, whose kind it knows now (it was updated
        since): offered again first, in the order they came, once per inbox. Applied, their rows
        become applied like any other; still unknown, they stay kept."""
        if self._kept_offered:
            return []
        self._kept_offered = True
        kept = []
        for row in self.store.query(
            "SELECT wire FROM inbox WHERE status = 'refused' AND wire IS NOT NULL"
            " AND reason LIKE ? ORDER BY received_at, rowid",
            (f"%{NOT_HANDLED}",),
        ):
            try:
                envelope = Envelope.from_wire(json.loads(row[0]))
            except (ValueError, KeyError, TypeError, SyncError):
                continue  # kept as it came; the quarantine lists it
            if envelope.kind in RECEIVERS:
                kept.append(envelope)
        return kept

    def _seen_among(self, envelope_ids: list[str]) -> set[str]:
        """Which of these were applied before, or made here (asked in chunks). A refused envelope
        may be offered again: the device may have become known since."""
        found: set[str] = set()
        for start in range(0, len(envelope_ids), 500):
            chunk = envelope_ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for sql in (
                f"SELECT envelope_id FROM inbox WHERE status = 'applied' AND envelope_id IN ({marks})",
                f"SELECT envelope_id FROM outbox WHERE envelope_id IN ({marks})",
            ):
                found.update(r[0] for r in self.store.query(sql, chunk))
        return found

    @staticmethod
    def _inbox_row(
        envelope: Envelope, status: str, reason: str | None, now: str
    ) -> tuple[Any, ...]:
        wire = json.dumps(envelope.to_wire()) if status == REFUSED else None
        return (envelope.id, envelope.device, status, reason, now, wire)

    def quarantine(self) -> list[tuple[str, str, str]]:
        """Refused envelopes: (id, device, reason)."""
        return [
            (r[0], r[1], r[2])
            for r in self.store.query(
                "SELECT envelope_id, device, reason FROM inbox WHERE status = 'refused'"
                " ORDER BY received_at, rowid"
            )
        ]


# An envelope offered again keeps when it first came (kept ones are applied in that order).
_REMEMBER = (
    "INSERT INTO inbox (envelope_id, device, status, reason, received_at, wire)"
    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (envelope_id) DO UPDATE SET device = excluded.device,"
    " status = excluded.status, reason = excluded.reason, wire = excluded.wire"
)
