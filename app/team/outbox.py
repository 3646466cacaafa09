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
duplicate.
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
from app.workspace import audit
from app.workspace.ids import new_id
from app.workspace.roles import Permission
from app.workspace.store import Store
from sync.envelope import Envelope, open_envelope, seal
from sync.errors import SyncError
from sync.padding import pad_json

if TYPE_CHECKING:
    from app.cases.book import CaseBook

APPLIED = "applied"
REFUSED = "refused"


def team_name(store: Store) -> str | None:
    value = store.scalar("SELECT value FROM settings WHERE key = 'team'")
    return None if value is None else str(value)


class Outbox:
    def __init__(self, store: Store, device: str) -> None:
        self.store = store
        self.device = device
        self.keyring = Keyring(store)

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
            pad_json(  # the server sees a size bucket, not the length of what was written
                json.dumps(event.to_json(), ensure_ascii=False, separators=(",", ":")).encode()
            ),
            recipients=self.keyring.recipients(),
            signer=self.keyring.signing_key(),
            envelope_id=event.id,
            team=team,
            device=self.device,
            kind="case_event",
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
            pad_json(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()),
            recipients=self.keyring.recipients(),
            signer=self.keyring.signing_key(),
            envelope_id=submission_id,
            team=team,
            device=self.device,
            kind="submission",
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
            pad_json(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()),
            recipients=self.keyring.recipients(),
            signer=self.keyring.signing_key(),
            envelope_id=envelope_id,
            team=team,
            device=self.device,
            kind="erasure",
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

    def _is_supervisor(self, device: str) -> bool:
        if device == self.book.device:
            return self.book.session.can(Permission.ERASE_CASES)
        return device in self.trusted_supervisors()

    def _device_key(self, device: str) -> bytes | None:
        if device == self.book.device:
            return self.keyring.signing_public()
        if device in self.trusted_supervisors():  # the key vouched for, not the roster's
            return self.trusted_supervisors()[device]
        if self._vouched is None:
            from app.team.supervisor_trust import vouched

            self._vouched = vouched(self.store)
        return self._vouched.get(device)  # never the roster's word alone

    def receive(self, envelopes: Iterable[Envelope]) -> ReceiveReport:
        report = ReceiveReport()
        identities = self.keyring.identities()
        with self.store.atomic():
            events: list[CaseEvent] = []
            for envelope in envelopes:
                if self._seen(envelope.id):
                    report.duplicates += 1
                    continue
                if envelope.kind == "referral":  # a case between teams: app/team/referrals.py
                    from app.team.referrals import receive_referral

                    self.book.ingest(events)  # a decision checks the events before it in the page
                    events = []
                    try:
                        events += receive_referral(self.book, envelope, identities)
                    except SyncError as exc:
                        self._remember(envelope, REFUSED, str(exc))
                        report.refused.append((envelope.id, str(exc)))
                        continue
                    self._remember(envelope, APPLIED, None)
                    report.applied += 1
                    continue
                try:
                    opened = self._open(envelope, identities)
                except SyncError as exc:
                    self._remember(envelope, REFUSED, str(exc))
                    report.refused.append((envelope.id, str(exc)))
                    continue
                self._remember(envelope, APPLIED, None)
                if isinstance(opened, CaseEvent):
                    events.append(opened)
                elif envelope.kind == "form":
                    from app.team.form_versions import install_received

                    install_received(self.store, self.book.session.user, opened)
                elif envelope.kind == "device_approvals":
                    from app.team.supervisor_trust import keep_statement

                    keep_statement(self.store, envelope, opened)
                    self._supervisors = self._vouched = None  # who is trusted may have grown
                    continue  # not a record: not counted as applied
                elif envelope.kind == "erasure":
                    self.book.apply_erasure(
                        str(opened["case_id"]),
                        str(opened["erased_at"]),
                        str(opened["erased_by"]),
                        [str(i) for i in opened.get("ids", [])],
                    )
                    erasure_acks.remember(
                        self.store, envelope.id, [str(i) for i in opened.get("ids", [])]
                    )
                    report.erased += 1
                else:
                    self._store_submission(envelope, opened)
                report.applied += 1
            if events:
                self.book.ingest(events)
        return report

    def _seen(self, envelope_id: str) -> bool:
        """Applied before, or made here. (A refused envelope may be offered again: the device may
        have become known since.)"""
        if self.store.query_one(
            "SELECT 1 FROM inbox WHERE envelope_id = ? AND status = 'applied'", (envelope_id,)
        ):
            return True
        return (
            self.store.query_one("SELECT 1 FROM outbox WHERE envelope_id = ?", (envelope_id,))
            is not None
        )

    def _open(self, envelope: Envelope, identities: list[str]) -> CaseEvent | dict[str, Any]:
        from sync.errors import SyncErrorKind

        if (
            envelope.kind == "device_approvals"
        ):  # who vouches for whom: app/team/supervisor_trust.py
            from app.team.supervisor_trust import open_statement

            return open_statement(self.store, envelope, identities)
        key = self._device_key(envelope.device)
        if key is None:
            raise SyncError(
                SyncErrorKind.SIGNATURE,
                f"envelope {envelope.id}: device {envelope.device} is not a device a trusted "
                "supervisor of this team vouched for (the server's roster is not enough)",
            )
        if envelope.kind == "erasure" and not self._is_supervisor(envelope.device):
            raise SyncError(
                SyncErrorKind.SIGNATURE,
                f"envelope {envelope.id}: only a supervisor's device may erase a case",
            )
        if envelope.kind == "form":  # a form version: see app/team/form_versions.py
            from app.team.form_versions import open_form_envelope

            return open_form_envelope(
                self.store,
                envelope,
                identities,
                key,
                from_supervisor=self._is_supervisor(envelope.device),
            )
        if envelope.kind not in ("case_event", "submission", "erasure"):
            raise SyncError(
                SyncErrorKind.MALFORMED,
                f"envelope {envelope.id}: kind {envelope.kind} is not handled yet",
            )
        plaintext = open_envelope(envelope, identities, key)
        if envelope.kind in ("submission", "erasure"):
            return self._read_submission(envelope, plaintext)
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
        return event

    @staticmethod
    def _read_submission(envelope: Envelope, plaintext: bytes) -> dict[str, Any]:
        from sync.errors import SyncErrorKind

        try:
            payload: dict[str, Any] = json.loads(plaintext)
            record = payload if envelope.kind == "erasure" else payload["record"]
            if payload["id"] != envelope.id or payload["device"] != envelope.device:
                raise ValueError("it claims another id or device")
            if not isinstance(record, dict):
                raise ValueError("no record")
        except (ValueError, KeyError, TypeError) as exc:
            raise SyncError(
                SyncErrorKind.MALFORMED, f"envelope {envelope.id}: not a submission ({exc})"
            ) from exc
        return record

    def _store_submission(self, envelope: Envelope, record: dict[str, Any]) -> None:
        data = record.get("data")
        case_id = data.get("case_id") if isinstance(data, dict) else None
        if isinstance(case_id, str) and self.book.is_erased(case_id):
            return  # a form about an erased case, made somewhere before it learned of the erasure
        self.store.execute(
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

    def _remember(self, envelope: Envelope, status: str, reason: str | None) -> None:
        wire = json.dumps(envelope.to_wire()) if status == REFUSED else None
        self.store.execute(
            "INSERT OR REPLACE INTO inbox (envelope_id, device, status, reason, received_at, wire)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (envelope.id, envelope.device, status, reason, audit.now_iso(), wire),
        )

    def quarantine(self) -> list[tuple[str, str, str]]:
        """Refused envelopes: (id, device, reason)."""
        return [
            (r[0], r[1], r[2])
            for r in self.store.query(
                "SELECT envelope_id, device, reason FROM inbox WHERE status = 'refused' ORDER BY received_at"
            )
        ]
