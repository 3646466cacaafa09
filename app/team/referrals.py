"""Referrals between teams: the case travels with the person, and the decision travels back.

**Referring** (``seal_referral``, called by ``CaseBook.refer`` in the transaction that records the
``referral`` event, on a laptop that belongs to a team): every event of the case and the
submissions behind them are sealed into ONE envelope of kind ``referral``, to the receiving
team's recipient (from the verified team directory, ``app/team/directory.py``), its export key
and this team's export key, signed by this device, with ``recipient_team`` set, into the outbox.
One envelope, so the receiving team gets the case whole or not at all. The submissions'
attachments are too large to ride inside it: each is re-sealed for the receiving team as its
own ``attachment`` envelope (a new id, the same recipients, ``recipient_team`` set), uploaded in
resumable chunks, and the referral lists which envelope carries which attachment
(``app/team/referral_attachments.py``).

**Receiving** (``receive_referral``, from the inbox): the sending device must be listed in the
sending team's signed directory entry, the signature must verify, one of our keys must open it,
and the payload must name the same envelope, device and teams as its routing. Then its events are
ingested (the case appears with its whole history), its submissions stored, and the attachments
they name queued for download from the envelopes the referral lists (checked end to end when
they arrive; a referral without that list, from an older fieldcase, brings none). Our own team's
referrals, which come back in our pulls too, are checked and recorded but change nothing: their
events travel within the team as case events.

**Deciding** (``decide``): the receiving team accepts or declines with a ``referral_accepted`` or
``referral_declined`` event, recorded for its own team as usual and sealed back to the sending
team the same way, which ingests it: both teams see who holds the case.

Payload: ``{"format": "fieldcase-referral-1", "id", "device", "action": "refer"|"accept"|
"decline", "from_team", "to_team", "case_id", "event_id", "events": [...], "submissions":
[{"id", "record"}]}``, and for ``refer`` ``"attachments": [{"id": attachment id, "envelope":
the envelope that carries it, "sha256", "submission_id"}]`` (added without a format change:
older receivers ignore it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from app.cases.events import REFERRAL, CaseEvent
from app.cases.state import fold
from app.errors import BadInput
from app.team import referral_attachments
from app.team.directory import known_team_entry
from app.team.keyring import Keyring
from app.team.outbox import outbox_of, team_name
from app.team.receivers import Arrival, receives
from app.workspace import audit
from app.workspace.audit import Action
from app.workspace.ids import new_id
from app.workspace.roles import Permission
from sync.envelope import REFERRAL as REFERRAL_KIND
from sync.envelope import Envelope, open_envelope, seal
from sync.errors import SyncError, SyncErrorKind

if TYPE_CHECKING:
    from app.cases.book import CaseBook

FORMAT = "fieldcase-referral-1"
MAX_PAYLOAD = 2 * 1024 * 1024  # one envelope must fit one push batch
DECISIONS = {"accept": "referral_accepted", "decline": "referral_declined"}


@dataclass(frozen=True)
class ReceivedReferral:
    case_id: str
    from_team: str
    device: str
    author: str
    note: str
    at: str
    decided: str | None  # "accept" / "decline" once this team decided

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


# -- sending -------------------------------------------------------------------------------------


def seal_referral(book: CaseBook, event: CaseEvent) -> Envelope | None:
    """Seal the case (every event, the submissions behind them) to the team ``event`` refers it
    to; call inside the transaction that stored ``event``. A team this laptop has not learned or
    not confirmed yet (or an organisation outside fieldcase) is not sealed now: ``seal_waiting``
    does it at a later sync, once the team is known and confirmed. Returns None then."""
    to_team = str(event.payload.get("to_team", ""))
    if sending_state(book, to_team) != SENDABLE:
        return None
    events = book.events(event.case_id)
    ids = {str(e.payload["submission_id"]) for e in events if e.payload.get("submission_id")}
    submissions = []
    for submission_id in sorted(ids):
        row = book.store.query_one("SELECT data FROM submissions WHERE id = ?", (submission_id,))
        if row is not None:
            submissions.append({"id": submission_id, "record": json.loads(row[0])})
    return _seal(book, "refer", event, to_team, events, submissions)


SENDABLE = "sendable"
UNKNOWN_TEAM = "unknown_team"  # not in the directory: a team not learned yet, or outside fieldcase
UNCONFIRMED = "unconfirmed"  # in the directory, its fingerprint not compared yet


def sending_state(book: CaseBook, to_team: str) -> str:
    from app.team.directory import known_team

    if to_team == team_name(book.store):
        raise BadInput("a case is referred to another team, not to this one")
    found = known_team(book, to_team)
    if found is None:
        return UNKNOWN_TEAM
    return SENDABLE if found.confirmed else UNCONFIRMED


def waiting_to_send(book: CaseBook) -> list[tuple[CaseEvent, str]]:
    """Referrals made on this laptop and not sealed yet, with why (``sending_state``)."""
    rows = book.store.query(
        "SELECT case_id, id FROM case_events WHERE type = 'referral' AND device = ?"
        " AND id NOT IN (SELECT event_id FROM referrals WHERE direction = 'sent')",
        (book.device,),
    )
    waiting = []
    for case_id, event_id in rows:
        if book.is_erased(str(case_id)):
            continue
        event = next((e for e in book.events(str(case_id)) if e.id == event_id), None)
        if event is not None:
            waiting.append((event, sending_state(book, str(event.payload.get("to_team", "")))))
    return waiting


def seal_waiting(book: CaseBook) -> int:
    """Seal the referrals that waited for their team to be learned or confirmed."""
    if not outbox_of(book).ready():
        return 0
    sealed = 0
    with book.store.atomic():
        for event, state in waiting_to_send(book):
            if state == SENDABLE and seal_referral(book, event) is not None:
                sealed += 1
    return sealed


def _seal(
    book: CaseBook,
    action: str,
    event: CaseEvent,
    to_team: str,
    events: list[CaseEvent],
    submissions: list[dict[str, Any]],
) -> Envelope:
    store = book.store
    team = team_name(store)
    keyring = Keyring(store)
    entry = known_team_entry(book, to_team)
    if team is None or keyring.current_team_key() is None or entry is None:
        raise BadInput("this laptop must belong to a team and know the other team to refer")
    envelope_id = new_id()
    carried = referral_attachments.plan(book, to_team, submissions) if action == "refer" else []
    payload: dict[str, Any] = {
        "format": FORMAT,
        "id": envelope_id,
        "device": book.device,
        "action": action,
        "from_team": team,
        "to_team": to_team,
        "case_id": event.case_id,
        "event_id": event.id,
        "events": [e.to_json() for e in sorted(events, key=lambda e: e.hlc.encode())],
        "submissions": submissions,
    }
    if action == "refer":
        payload["attachments"] = [c.listed() for c in carried]
    plaintext = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(plaintext) > MAX_PAYLOAD:
        raise BadInput("this case is too large to refer in one piece")
    sealed = seal(
        plaintext,
        recipients=referral_attachments.recipients_for(keyring, entry),
        signer=keyring.signing_key(),
        envelope_id=envelope_id,
        team=team,
        device=book.device,
        kind=REFERRAL_KIND,
    )
    envelope = replace(sealed, recipient_team=to_team)
    with store.atomic():
        store.execute(
            "INSERT INTO outbox (envelope_id, kind, wire, created_at) VALUES (?, ?, ?, ?)",
            (envelope.id, envelope.kind, json.dumps(envelope.to_wire()), audit.now_iso()),
        )
        _record(book, envelope, "sent", action, team, to_team, event)
        referral_attachments.record(
            book, carried, referral_id=envelope.id, case_id=event.case_id, to_team=to_team
        )
        audit.record(
            store, book.session.user, Action.EDIT, f"case:{event.case_id}", f"{action} {to_team}"
        )
    return envelope


def _record(
    book: CaseBook,
    envelope: Envelope,
    direction: str,
    action: str,
    from_team: str,
    to_team: str,
    event: CaseEvent,
) -> None:
    book.store.execute(
        "INSERT OR IGNORE INTO referrals (envelope_id, case_id, direction, action, from_team,"
        " to_team, device, event_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            envelope.id,
            event.case_id,
            direction,
            action,
            from_team,
            to_team,
            envelope.device,
            event.id,
            audit.now_iso(),
        ),
    )


# -- deciding ------------------------------------------------------------------------------------


def decide(book: CaseBook, case_id: str, action: str, reason: str = "") -> CaseEvent:
    """Accept or decline a referral this team received; the decision goes back sealed."""
    book.session.require(Permission.EDIT_CASES)
    if action not in DECISIONS:
        raise BadInput("a referral is accepted or declined")
    team = team_name(book.store)
    waiting = {r.case_id: r for r in received(book, waiting_only=True)}
    found = waiting.get(case_id)
    if team is None or found is None:
        raise BadInput(f"case {case_id} is not a referral waiting for this team's decision")
    with book.store.atomic():
        payload = {"team": team, "from_team": found.from_team, "reason": reason}
        event = book.decide_referral(case_id, DECISIONS[action], payload)
        _seal(book, action, event, found.from_team, [event], [])
    return event


def received(book: CaseBook, *, waiting_only: bool = False) -> list[ReceivedReferral]:
    """Referrals received by this team (newest first), with this team's decision if any."""
    book.session.require(Permission.VIEW_CASES)
    team = team_name(book.store)
    rows = book.store.query(
        "SELECT case_id, from_team, device, event_id, at FROM referrals"
        " WHERE direction = 'received' AND action = 'refer' ORDER BY at DESC",
    )
    found: dict[str, ReceivedReferral] = {}
    for row in rows:
        case_id = str(row[0])
        if case_id in found:
            continue
        events = book.events(case_id)
        referral = next((e for e in events if e.id == row[3]), None)
        decision = _decision(events, referral, team)
        if referral is None or (waiting_only and decision is not None):
            continue
        if waiting_only and fold(case_id, events).fields.get("_referred_to") != team:
            continue
        found[case_id] = ReceivedReferral(
            case_id,
            str(row[1]),
            str(row[2]),
            referral.author,
            str(referral.payload.get("note", "")),
            str(row[4]),
            decision,
        )
    return list(found.values())


def _decision(events: list[CaseEvent], referral: CaseEvent | None, team: str | None) -> str | None:
    if referral is None:
        return None
    later = [
        e
        for e in events
        if e.type in DECISIONS.values()
        and e.payload.get("team") == team
        and e.hlc.encode() > referral.hlc.encode()
    ]
    if not later:
        return None
    last = max(later, key=lambda e: e.hlc.encode())
    return "accept" if last.type == "referral_accepted" else "decline"


# -- receiving -----------------------------------------------------------------------------------


@receives(REFERRAL_KIND)
def _receive(arrival: Arrival, envelope: Envelope) -> bool:
    """A case between teams, or a decision on one, arriving in a pull or a USB file."""
    arrival.ingest_waiting()  # a decision checks the events before it in the page
    arrival.events += receive_referral(arrival.book, envelope, arrival.identities)
    return True


def receive_referral(book: CaseBook, envelope: Envelope, identities: list[str]) -> list[CaseEvent]:
    """Verify and open a referral envelope; returns the events to ingest (the inbox ingests them
    in its transaction). Raises ``SyncError`` with the reason when refused."""
    team = team_name(book.store)
    if envelope.team == team:
        _check_own(book, envelope)
        return []  # our own referral, back in our pull: its events are ours already
    entry = known_team_entry(book, envelope.team)
    if entry is None:
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"envelope {envelope.id}: device {envelope.device} is not a known device of this "
            f"team or of a team in the directory (team {envelope.team} is unknown here)",
        )
    key = entry.devices.get(envelope.device)
    if key is None:
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"envelope {envelope.id}: device {envelope.device} is not a known device of team "
            f"{envelope.team}'s directory entry",
        )
    payload = _payload(envelope, open_envelope(envelope, identities, key), team)
    events = _events(envelope, payload)
    action = str(payload["action"])
    referral = next(e for e in events if e.id == payload["event_id"])
    if action == "refer":
        if referral.type != REFERRAL or referral.payload.get("to_team") != team:
            raise _malformed(envelope, "its referral event names another team")
        if not book.is_erased(referral.case_id):  # erased here since: nothing of it comes back
            with book.store.atomic():  # a list that does not hold keeps nothing of either
                _store_submissions(book, envelope, payload)
                referral_attachments.record_received(book, envelope, payload)
    else:
        if (
            len(events) != 1
            or referral.type != DECISIONS[action]
            or referral.device != envelope.device
        ):
            raise _malformed(envelope, "a decision carries its one decision event")
        # Made by any laptop of this team: its referral event reached us as a case event.
        referred = any(
            e.type == REFERRAL and e.payload.get("to_team") == envelope.team
            for e in book.events(referral.case_id)
        )
        if not referred:
            raise SyncError(
                SyncErrorKind.SIGNATURE,
                f"envelope {envelope.id}: a decision on a referral this team did not make "
                "(or whose referral has not reached this laptop yet)",
            )
    _record(book, envelope, "received", action, envelope.team, str(team), referral)
    audit.record(
        book.store,
        book.session.user,
        Action.EDIT,
        f"case:{referral.case_id}",
        f"received {action} from {envelope.team}",
    )
    return events


def _check_own(book: CaseBook, envelope: Envelope) -> None:
    from app.team.outbox import Inbox

    key = Inbox(book).device_key(envelope.device)
    if key is None:
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"envelope {envelope.id}: device {envelope.device} is not a known device of this team",
        )
    envelope.verify(key)


def _payload(envelope: Envelope, plaintext: bytes, team: str | None) -> dict[str, Any]:
    try:
        payload: dict[str, Any] = json.loads(plaintext)
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            raise ValueError("format")
    except ValueError as exc:
        raise _malformed(envelope, "not a referral") from exc
    if payload.get("id") != envelope.id or payload.get("device") != envelope.device:
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"envelope {envelope.id}: the referral inside claims another device or id (a replay)",
        )
    if payload.get("from_team") != envelope.team or payload.get("to_team") != team:
        raise _malformed(envelope, "a referral for another team")
    if payload.get("action") not in ("refer", *DECISIONS):
        raise _malformed(envelope, "an unknown referral action")
    return payload


def _events(envelope: Envelope, payload: dict[str, Any]) -> list[CaseEvent]:
    try:
        events = [CaseEvent.from_json(e) for e in payload["events"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise _malformed(envelope, "its events are not case events") from exc
    if not events or any(e.case_id != payload.get("case_id") for e in events):
        raise _malformed(envelope, "its events belong to another case")
    if not any(e.id == payload.get("event_id") for e in events):
        raise _malformed(envelope, "it lacks its own referral event")
    return events


def _store_submissions(book: CaseBook, envelope: Envelope, payload: dict[str, Any]) -> None:
    for item in payload.get("submissions") or []:
        record = item.get("record") if isinstance(item, dict) else None
        if not isinstance(record, dict) or not isinstance(item.get("id"), str):
            raise _malformed(envelope, "a submission without its id or record")
        book.store.execute(
            "INSERT OR IGNORE INTO submissions (id, form_id, form_version, author, interpreter,"
            " data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                str(item["id"]),
                str(record.get("form_id", "")),
                str(record.get("version", "")),
                str(record.get("author", envelope.device)),
                record.get("interpreter"),
                json.dumps(record, ensure_ascii=False, separators=(",", ":")),
                envelope.created,
            ),
        )


def _malformed(envelope: Envelope, why: str) -> SyncError:
    return SyncError(SyncErrorKind.MALFORMED, f"envelope {envelope.id}: not a referral ({why})")


def retry_refused(book: CaseBook) -> int:
    """Offer again referrals refused earlier (their team or device may be in the directory now);
    returns how many were applied. Those refused again stay in quarantine, reported once."""
    from app.team.outbox import Inbox

    rows = book.store.query(
        "SELECT wire FROM inbox WHERE status = 'refused' AND wire IS NOT NULL AND wire LIKE ?",
        (f'%"kind": "{REFERRAL_KIND}"%',),
    )
    envelopes = []
    for row in rows:
        try:
            envelopes.append(Envelope.from_wire(json.loads(row[0])))
        except (ValueError, SyncError):
            continue
    return Inbox(book).receive(envelopes).applied if envelopes else 0
