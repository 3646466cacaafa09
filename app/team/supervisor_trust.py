"""Which devices this laptop takes as a supervisor's: only those a trusted supervisor vouched for.

The server's roster lists roles, but whoever administers the server could list a device of their
own as a supervisor's. So roles never come from it. A device is a *trusted supervisor* here when:

- it is the device whose signed welcome this laptop joined with (``anchor``, from
  ``app.team.membership.join``): the anchor, with the signing key the welcome was signed with;
- or a supervisor approved it *as a supervisor* on this laptop (``app.team.device_approvals``);
- or a trusted supervisor's device vouched for it in a signed *statement of approvals*: a
  supervisor's laptop publishes the devices approved on it as supervisors' (device, signing key,
  age recipient, role) as an envelope of kind ``device_approvals``, sealed to the team and
  signed by its device, whenever they change (``publish``; an empty list once one was sent). A member's laptop applies a statement only if its signer is a trusted
  supervisor here and the envelope verifies with the key recorded for it (``open_statement``);
  the devices it names as supervisors are then trusted, with the keys it names, and so on
  transitively (``trusted``). The newest statement of a signer replaces its older one.

Trusted supervisors (and not the roster) decide erasures, form versions, rotated team keys and
the team's own directory entry. A statement names members too, and ordinary envelopes (case
events, submissions) are accepted only from devices a trusted supervisor vouched for
(``vouched``): a device only the server's roster lists is refused, and what it sent is fetched
again once it is vouched for (``app.team.pull_refetch``). The roster still revokes devices, and a
revoked device is trusted for nothing. A statement from a device that is
not a trusted supervisor is refused and kept in quarantine with the reason.

Workspaces from before migration 0017 (app/workspace/schema.py) keep the welcoming device where it is still
recorded; where it is not, the supervisors the roster gave are kept *provisionally*: trusted only
to sign the first statement received, whose signer becomes the anchor.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from app.cases.book import CaseBook
from app.team.keyring import Keyring
from app.team.outbox import team_name
from app.team.receivers import Arrival, receives
from app.workspace import audit
from app.workspace.roles import Permission
from app.workspace.store import Store
from sync.envelope import DEVICE_APPROVALS, Envelope, open_envelope, seal
from sync.errors import SyncError, SyncErrorKind

KIND = DEVICE_APPROVALS
PUBLISHED = "device_approvals_published"  # settings: digest of the last statement sealed here
REFUSED_KEYS = "team_key_refused:"  # app.team.key_rotation.REFUSED (fetched again once trust grows)


def anchor(store: Store, device: str, signing_key: bytes, age_recipient: str, source: str) -> None:
    """Trust ``device`` (with this signing key) as a supervisor's: the welcome's signer."""
    store.execute(
        "INSERT INTO trusted_supervisors (device, signing_key, age_recipient, source, provisional,"
        " recorded_at) VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (device) DO UPDATE SET"
        " signing_key = excluded.signing_key, age_recipient = excluded.age_recipient,"
        " source = excluded.source, provisional = 0, recorded_at = excluded.recorded_at",
        (device, _b64(signing_key), age_recipient, source, audit.now_iso()),
    )
    store.execute("DELETE FROM trusted_supervisors WHERE provisional = 1")


def trusted(store: Store) -> dict[str, bytes]:
    """Trusted supervisors' devices (not this laptop's own) -> the signing key trusted for each."""
    revoked = {
        str(r[0]) for r in store.query("SELECT device FROM devices WHERE status = 'revoked'")
    }
    found: dict[str, bytes] = {}
    for device, key in store.query(
        "SELECT device, signing_key FROM trusted_supervisors WHERE provisional = 0"
        " UNION ALL SELECT device, signing_key FROM device_approvals WHERE role = 'supervisor'"
    ):
        found.setdefault(str(device), base64.b64decode(str(key)))
    statements = [
        (str(r[0]), base64.b64decode(str(r[1])), json.loads(str(r[2])))
        for r in store.query("SELECT signer, signing_key, approvals FROM supervisor_statements")
    ]
    grew = True
    while grew:  # vouching is transitive: repeat until nothing new is trusted
        grew = False
        for signer, key, approvals in statements:
            if signer in revoked or found.get(signer) != key:
                continue
            for item in approvals:
                if item.get("role") == "supervisor" and str(item["device"]) not in found:
                    found[str(item["device"])] = base64.b64decode(str(item["signing_key"]))
                    grew = True
    return {device: key for device, key in found.items() if device not in revoked}


# Devices a person on this laptop accepted by comparing a fingerprint (USB flows).
ACCEPTED_HERE = ("admitted here", "transfer, fingerprint confirmed")


def vouched(store: Store) -> dict[str, bytes]:
    """Every device this laptop accepts envelopes from (not its own) -> the signing key vouched
    for: trusted supervisors; devices approved on this laptop; devices a person here accepted by
    their fingerprint; and the devices, members too, that a trusted supervisor's statement names.
    Never a device only the server's roster lists; never a revoked one."""
    supervisors = trusted(store)
    revoked = {
        str(r[0]) for r in store.query("SELECT device FROM devices WHERE status = 'revoked'")
    }
    found = dict(supervisors)
    for device, key in store.query("SELECT device, signing_key FROM device_approvals"):
        found.setdefault(str(device), base64.b64decode(str(key)))
    marks = ", ".join("?" for _ in ACCEPTED_HERE)
    for device, key in store.query(
        f"SELECT device, signing_key FROM devices WHERE status = 'approved'"
        f" AND learned_from IN ({marks})",
        ACCEPTED_HERE,
    ):
        found.setdefault(str(device), base64.b64decode(str(key)))
    for signer, key, approvals in store.query(
        "SELECT signer, signing_key, approvals FROM supervisor_statements"
    ):
        if supervisors.get(str(signer)) != base64.b64decode(str(key)):
            continue
        for item in json.loads(str(approvals)):
            found.setdefault(str(item["device"]), base64.b64decode(str(item["signing_key"])))
    return {device: key for device, key in found.items() if device not in revoked}


def statement(store: Store, own_device: str) -> list[dict[str, str]]:
    """The devices approved on this laptop, members and supervisors, as a statement lists them:
    the team's laptops accept envelopes only from devices a trusted supervisor vouched for
    (``vouched``). Laptops of earlier versions read only the supervisors in it."""
    rows = store.query(
        "SELECT device, signing_key, age_recipient, role FROM device_approvals"
        " WHERE device != ? ORDER BY device",
        (own_device,),
    )
    return [
        {
            "device": str(r[0]),
            "signing_key": str(r[1]),
            "age_recipient": str(r[2]),
            "role": str(r[3]),
        }
        for r in rows
    ]


def publish(book: CaseBook) -> Envelope | None:
    """A supervisor's laptop: seal the supervisors it approved into the outbox if they changed
    since the last statement sealed here (call inside a transaction)."""
    store = book.store
    keyring = Keyring(store)
    team = team_name(store)
    if not book.session.can(Permission.MANAGE_DEVICES) or team is None:
        return None
    if keyring.current_team_key() is None:
        return None
    approvals = statement(store, book.device)
    digest = hashlib.sha256(json.dumps(approvals, sort_keys=True).encode()).hexdigest()
    last = store.scalar("SELECT value FROM settings WHERE key = ?", (PUBLISHED,))
    if last == digest or (last is None and not approvals):
        return None  # unchanged, or nothing to say yet
    from app.workspace.ids import new_id

    envelope_id = new_id()
    payload = {
        "id": envelope_id,
        "device": book.device,
        "issued_at": audit.now_iso(),
        "approvals": approvals,
    }
    envelope = seal(
        json.dumps(payload, separators=(",", ":")).encode(),
        recipients=keyring.recipients(),
        signer=keyring.signing_key(),
        envelope_id=envelope_id,
        team=team,
        device=book.device,
        kind=KIND,
    )
    store.execute(
        "INSERT OR IGNORE INTO outbox (envelope_id, kind, wire, created_at) VALUES (?, ?, ?, ?)",
        (envelope.id, envelope.kind, json.dumps(envelope.to_wire()), audit.now_iso()),
    )
    store.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (PUBLISHED, digest),
    )
    return envelope


@receives(KIND)
def _receive(arrival: Arrival, envelope: Envelope) -> bool:
    """A statement of approvals: kept when its signer is trusted; not a record (not counted)."""
    payload = open_statement(arrival.inbox.store, envelope, arrival.identities)
    keep_statement(arrival.inbox.store, envelope, payload)
    arrival.inbox.forget_trust()  # who is trusted may have grown
    return False


def open_statement(store: Store, envelope: Envelope, identities: list[str]) -> dict[str, Any]:
    """Verify and open a statement of approvals; raises ``SyncError`` saying why it is refused."""
    signer = envelope.device
    key = trusted(store).get(signer)
    provisional = False
    if key is None:
        row = store.query_one(
            "SELECT signing_key FROM trusted_supervisors WHERE device = ? AND provisional = 1",
            (signer,),
        )
        key, provisional = (None, False) if row is None else (base64.b64decode(str(row[0])), True)
    if key is None:
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"envelope {envelope.id}: a list of approved devices from device {signer}, which this"
            " laptop does not trust as a supervisor's device (only a supervisor's device it"
            " already trusts may vouch for others): ignored",
        )
    plaintext = open_envelope(envelope, identities, key)  # the trusted key, not the roster's
    try:
        payload: dict[str, Any] = json.loads(plaintext)
        if payload["id"] != envelope.id or payload["device"] != signer:
            raise ValueError("it claims another id or device")
        approvals = payload["approvals"]
        for item in approvals:
            if item["role"] not in ("member", "supervisor"):
                raise ValueError(f"role {item['role']!r}")
            if len(base64.b64decode(str(item["signing_key"]), validate=True)) != 32:
                raise ValueError("a signing key")
            str(item["device"]), str(item["age_recipient"])
        str(payload["issued_at"])
    except (ValueError, KeyError, TypeError) as exc:
        raise SyncError(
            SyncErrorKind.MALFORMED,
            f"envelope {envelope.id}: not a list of approved devices ({exc})",
        ) from exc
    payload["_signing_key"] = key
    payload["_provisional"] = provisional
    return payload


def keep_statement(store: Store, envelope: Envelope, payload: dict[str, Any]) -> None:
    """Record an opened statement (replacing an older one of the same signer)."""
    signer = envelope.device
    key: bytes = payload["_signing_key"]
    store.execute(
        "INSERT INTO supervisor_statements (signer, signing_key, issued_at, approvals, envelope_id)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (signer) DO UPDATE SET"
        " signing_key = excluded.signing_key, issued_at = excluded.issued_at,"
        " approvals = excluded.approvals, envelope_id = excluded.envelope_id"
        " WHERE excluded.issued_at >= supervisor_statements.issued_at",
        (
            signer,
            _b64(key),
            str(payload["issued_at"]),
            json.dumps(payload["approvals"]),
            envelope.id,
        ),
    )
    if payload["_provisional"]:  # the first statement after 0017: its signer is the anchor now
        store.execute(
            "UPDATE trusted_supervisors SET provisional = 0, source = ? WHERE device = ?",
            ("signed the first list of approvals after 0017", signer),
        )
        store.execute("DELETE FROM trusted_supervisors WHERE provisional = 1")
    # team keys refused for an unknown signer may come from a supervisor trusted now
    store.execute("DELETE FROM settings WHERE key LIKE ?", (REFUSED_KEYS + "%",))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
