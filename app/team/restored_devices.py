"""A server restored from a backup: the devices it forgot, and the revocations it forgot.

A restore (``fieldcase server restore``) puts the server's roster back to the moment of its
backup. The laptops are the record of what happened since, and each round mends it:

- **A laptop enrolled after the backup** is unknown to the restored server: its token is refused
  as unknown. ``me`` then registers it again, without a code, with the device id, team, keys and
  token it holds, signed with its own key (``sync.reregistration``); it lands *pending* and the
  round stops there, as at enrolment.
- **A supervisor's laptop approves it again** (``mend``): a device the server lists as pending
  and registered again, whose keys are the very keys a supervisor approved on this laptop
  (``app.team.device_approvals``), with the role given then. Nothing else is approved from here:
  a device no supervisor approved here stays pending, and its fingerprint is shown as waiting.
- **Revocations are sticky**: a device this laptop learned was revoked stays revoked here
  whatever a roster says later (``mend`` gives the round a roster with it revoked, so it is never
  trusted, welcomed or re-keyed again); and a supervisor's laptop revokes it again on a server
  that lists it otherwise, or not at all (then with the keys this laptop holds for it, so it
  cannot register again). The server also replays its own journal of revocations at the restore
  (``sync.server.revocations``), so this is the second line, for a journal lost with the disk.
"""

from __future__ import annotations

import base64
from functools import partial
from typing import Any

from app.cases.book import CaseBook
from app.team import device_approvals
from app.team.keyring import Keyring
from app.team.outbox import team_name
from app.workspace import audit
from app.workspace.audit import Action
from app.workspace.roles import Permission
from sync import reregistration
from sync.client import SyncClient, with_retries
from sync.errors import SyncError, SyncErrorKind

REASON = "revoked again after a server restore, by a supervisor's laptop that knew it revoked"


def me(book: CaseBook, client: SyncClient, token: str | None) -> dict[str, Any]:
    """The server's ``GET /v1/devices/me``; a laptop the server does not know (restored from a
    backup older than its enrolment) registers again first and gets its new, pending, self."""
    try:
        return with_retries(client.me)
    except SyncError as refused:
        team = team_name(book.store)
        if refused.kind is not SyncErrorKind.AUTH or not token or team is None:
            raise
        keyring = Keyring(book.store)
        age_recipient = keyring.device_identity()[1]
        signature = keyring.signing_key().sign(
            reregistration.statement(book.device, team, token, age_recipient)
        )
        request = {
            "device": book.device,
            "team": team,
            "signing_key": base64.b64encode(keyring.signing_public()).decode(),
            "age_recipient": age_recipient,
            "token": token,
            "signature": base64.b64encode(signature).decode(),
        }
        try:
            with_retries(partial(client.reregister, request))
        except SyncError as exc:
            if exc.kind is SyncErrorKind.REVOKED:
                raise
            raise refused from None  # not a restored server, or not one that takes it back
        with book.store.atomic():
            audit.record(
                book.store,
                book.session.user,
                Action.EDIT,
                "sync",
                "registered again with a server restored from an older backup",
            )
        return with_retries(client.me)


def mend(
    book: CaseBook, client: SyncClient, me: dict[str, Any], roster: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The roster as this round takes it: devices revoked here stay revoked; a supervisor's
    laptop revokes them again on the server, and approves again the devices it approved that
    registered again after a restore."""
    revoked = _revoked_here(book)
    listed = {str(entry.get("device")): entry for entry in roster}
    out = [
        {**entry, "status": "revoked"} if str(entry.get("device")) in revoked else entry
        for entry in roster
    ]
    if me.get("role") != "supervisor" or not book.session.can(Permission.MANAGE_DEVICES):
        return out
    for device, keys in revoked.items():
        entry = listed.get(device)
        if entry is not None and entry.get("status") == "revoked":
            continue
        _resend(book, client, device, None if entry is not None else keys)
    again = {a.device: a for a in device_approvals.approvals(book.store)}
    for entry in out:
        name = str(entry.get("device"))
        if entry.get("status") != "pending" or not entry.get("reregistered") or name not in again:
            continue
        if not device_approvals.is_approved(book.store, entry):
            continue  # other keys than those approved here: the supervisor compares again
        fingerprint = device_approvals.fingerprint_of(entry) or ""
        supervisor = again[name].role == "supervisor"
        try:
            with_retries(partial(client.approve_again, name, fingerprint, supervisor=supervisor))
        except SyncError as exc:
            if exc.kind in (SyncErrorKind.NETWORK, SyncErrorKind.SERVER):
                raise
            continue  # refused (revoked meanwhile, another team's): it stays pending
        entry["status"] = "approved"
        with book.store.atomic():
            audit.record(
                book.store,
                book.session.user,
                Action.DEVICE_APPROVE,
                f"device:{name}",
                f"approved again on a restored server; fingerprint {fingerprint}",
            )
    return out


def _revoked_here(book: CaseBook) -> dict[str, tuple[str, str]]:
    rows = book.store.query(
        "SELECT device, signing_key, age_recipient FROM devices WHERE status = 'revoked'"
    )
    return {str(r[0]): (str(r[1]), str(r[2])) for r in rows if str(r[0]) != book.device}


def _resend(book: CaseBook, client: SyncClient, device: str, keys: tuple[str, str] | None) -> None:
    try:
        with_retries(partial(client.revoke, device, REASON, keys))
    except SyncError as exc:
        if exc.kind in (SyncErrorKind.NETWORK, SyncErrorKind.SERVER):
            raise
        return  # refused (another team's device by that name): nothing this laptop can mend
    with book.store.atomic():
        audit.record(
            book.store,
            book.session.user,
            Action.EDIT,
            f"device:{device}",
            "revoked again on the server, which listed it "
            + ("otherwise" if keys is None else "not at all"),
        )
