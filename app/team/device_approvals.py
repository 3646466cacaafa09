"""Devices a supervisor approved on this laptop: the only ones it hands the team key to.

The server's roster says which devices the server approved; whoever administers the server can
put a laptop of their own there. So a supervisor's laptop keeps its own record: a device is
*approved here* when a supervisor logged in on this laptop compared the fingerprint the other
laptop shows with the one computed here from the keys the server lists (``approve``), or admitted
it from a join request (``app.team.membership.admit``). The record keeps the device's signing key and age
recipient as they were then, the role given, who approved and when; the act is audited.

At sync (``app.team.synchronise``) the laptop seals the team key (a welcome, and a rotated key later)
only to devices approved on the server AND approved here with the same two keys (``trusted``).
Devices the server approved that this laptop did not, or whose keys changed on the server since,
get nothing and are reported as waiting, with the fingerprint of the keys the server lists now
(``waiting``). The supervisor who founds a team approves her own device implicitly.

Each change of these approvals is published to the team as a signed statement
(``app.team.supervisor_trust.publish``): it is how other laptops learn which devices are supervisors'.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import asdict, dataclass
from typing import Any

from app.cases.book import CaseBook
from app.errors import BadInput
from app.workspace import audit
from app.workspace.audit import Action
from app.workspace.roles import Permission
from app.workspace.store import Store
from sync.protocol import device_fingerprint

ROLES = ("member", "supervisor")


@dataclass(frozen=True)
class Approval:
    device: str
    fingerprint: str
    role: str
    approved_by: str
    approved_at: str

    def to_json(self) -> dict[str, str]:
        return asdict(self)


def fingerprint_of(entry: dict[str, Any]) -> str | None:
    """The fingerprint of the keys a roster entry lists, computed here (never the server's own
    ``fingerprint`` field); None for keys that are not even well formed."""
    try:
        signing_key = base64.b64decode(str(entry["signing_key"]), validate=True)
        return device_fingerprint(signing_key, str(entry["age_recipient"]))
    except (KeyError, ValueError, binascii.Error):
        return None


def record(
    book: CaseBook, device: str, signing_key: bytes, age_recipient: str, role: str = "member"
) -> Approval:
    """Approve ``device`` with these keys on this laptop (replacing an earlier approval)."""
    book.session.require(Permission.MANAGE_DEVICES)
    if role not in ROLES:
        raise BadInput(f"a device's role is member or supervisor, not {role!r}")
    store = book.store
    at = audit.now_iso()
    fingerprint = device_fingerprint(signing_key, age_recipient)
    with store.atomic():
        store.execute(
            "INSERT INTO device_approvals"
            " (device, signing_key, age_recipient, role, approved_by, approved_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (device) DO UPDATE SET"
            " signing_key = excluded.signing_key, age_recipient = excluded.age_recipient,"
            " role = excluded.role, approved_by = excluded.approved_by,"
            " approved_at = excluded.approved_at",
            (
                device,
                base64.b64encode(signing_key).decode(),
                age_recipient,
                role,
                book.session.user,
                at,
            ),
        )
        audit.record(
            store,
            book.session.user,
            Action.DEVICE_APPROVE,
            f"device:{device}",
            f"approved here as {role}; fingerprint {fingerprint}",
        )
        from app.team.supervisor_trust import publish

        publish(book)  # the team's laptops learn whom a supervisor vouches for
    return Approval(device, fingerprint, role, book.session.user, at)


def approve(
    book: CaseBook,
    roster: list[dict[str, Any]],
    device: str,
    fingerprint: str,
    *,
    supervisor: bool = False,
) -> Approval:
    """A supervisor approves a device the server lists, after comparing ``fingerprint`` (the one
    the device's laptop shows) with the fingerprint of the keys the server lists for it."""
    book.session.require(Permission.MANAGE_DEVICES)
    if device == book.device:
        raise BadInput("this is this laptop's own device: there is nothing to approve")
    entry = next((e for e in roster if str(e.get("device")) == device), None)
    if entry is None:
        raise BadInput(f"the server lists no device {device!r} in this team")
    if entry.get("status") == "revoked":
        raise BadInput(f"device {device} was revoked on the server")
    listed = fingerprint_of(entry)
    if listed is None or _norm(listed) != _norm(fingerprint):
        raise BadInput(
            f"the fingerprint does not match the keys the server lists for {device}:"
            " do not approve this laptop"
        )
    return record(
        book,
        device,
        base64.b64decode(str(entry["signing_key"])),
        str(entry["age_recipient"]),
        "supervisor" if supervisor else "member",
    )


def approvals(store: Store) -> list[Approval]:
    rows = store.query(
        "SELECT device, signing_key, age_recipient, role, approved_by, approved_at"
        " FROM device_approvals ORDER BY approved_at, device"
    )
    return [
        Approval(
            str(r[0]),
            device_fingerprint(base64.b64decode(str(r[1])), str(r[2])),
            str(r[3]),
            str(r[4]),
            str(r[5]),
        )
        for r in rows
    ]


def is_approved(store: Store, entry: dict[str, Any]) -> bool:
    """Whether a roster entry's device was approved here with the very keys it lists now."""
    row = store.query_one(
        "SELECT signing_key, age_recipient FROM device_approvals WHERE device = ?",
        (str(entry.get("device")),),
    )
    if row is None:
        return False
    try:
        listed = base64.b64decode(str(entry["signing_key"]), validate=True)
    except (KeyError, ValueError, binascii.Error):
        return False
    return base64.b64decode(str(row[0])) == listed and str(row[1]) == entry.get("age_recipient")


def trusted(book: CaseBook, roster: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The roster's entries the team key may be sealed to: approved on the server and here."""
    return [
        entry
        for entry in roster
        if entry.get("device") != book.device
        and entry.get("status") == "approved"
        and is_approved(book.store, entry)
    ]


def waiting(
    book: CaseBook, roster: list[dict[str, Any]], *, pending_too: bool = False
) -> list[dict[str, str]]:
    """Devices the server approved (``pending_too``: or has not yet) that wait for a supervisor's
    approval on this laptop: ``{"device", "fingerprint"}`` (and ``"server_status"``; and
    ``"registered"`` when the server says when it enrolled)."""
    statuses = ("approved", "pending") if pending_too else ("approved",)
    out = []
    for entry in roster:
        if entry.get("device") == book.device or entry.get("status") not in statuses:
            continue
        if is_approved(book.store, entry):
            continue
        fingerprint = fingerprint_of(entry)
        item = {"device": str(entry["device"]), "fingerprint": fingerprint or "(malformed keys)"}
        if entry.get("registered"):  # when it enrolled, to tell laptops apart by more than an id
            item["registered"] = str(entry["registered"])
        if pending_too:
            item["server_status"] = str(entry.get("status"))
        out.append(item)
    return out


def _norm(fingerprint: str) -> str:
    return "".join(fingerprint.split()).upper()
