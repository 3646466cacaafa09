"""Teams: founding one, and letting a laptop join it without any server (USB or e-mail is enough).

1. ``request``: the joining laptop writes its public keys (Ed25519 signing key, age recipient) and
   shows its fingerprint.
2. ``admit``: a supervisor's laptop reads the request, shows the same fingerprint (the two people
   compare it: a file swapped on the way would change it), records the device as a known team
   device and as approved here (``app.team.device_approvals``), and writes a *welcome*: the team name,
   the team key and the export recipient, encrypted to the joining laptop's age key only, signed
   by the supervisor's device.
3. ``join``: the joining laptop opens the welcome, checks the signature, shows the supervisor's
   fingerprint (compare again), installs the keys, records the supervisor's device as known and
   as a trusted supervisor's (the anchor of ``app.team.supervisor_trust``), and seals every event it
   made before joining into its outbox.

A server is not needed for any of this; with a server, enrolment goes through it (sync/README.md).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.cases.book import CaseBook
from app.errors import BadInput, WrongCredentials
from app.team import device_approvals, supervisor_trust
from app.team.keyring import Keyring
from app.team.outbox import Inbox, outbox_of, team_name
from app.workspace import audit
from app.workspace.audit import Action
from app.workspace.roles import Permission
from sync import age
from sync.errors import SyncError, SyncErrorKind
from sync.protocol import device_fingerprint

REQUEST_FORMAT = "fieldcase-join-request-1"
WELCOME_FORMAT = "fieldcase-welcome-1"
WELCOME_DOMAIN = b"fieldcase-welcome-v1\n"
# settings: the device fingerprint of the supervisor whose invitation this laptop enrolled with;
# only a welcome her device signed is joined (app/team/invitation.py)
EXPECTED_SUPERVISOR = "invited_by_supervisor"


@dataclass(frozen=True)
class JoinRequest:
    device: str
    signing_key: bytes
    age_recipient: str

    @property
    def fingerprint(self) -> str:
        return device_fingerprint(self.signing_key, self.age_recipient)


def found_team(book: CaseBook, team: str) -> int:
    """Make this supervisor's workspace the first of a new team. Returns events sealed."""
    book.session.require(Permission.MANAGE_DEVICES)
    _check_team_name(team)
    store = book.store
    if team_name(store) is not None:
        raise BadInput(f"this workspace already belongs to team {team_name(store)}")
    with store.atomic():
        store.execute("INSERT INTO settings (key, value) VALUES ('team', ?)", (team,))
        keyring = Keyring(store)
        keyring.found_team()
        audit.record(store, book.session.user, Action.EDIT, "team", f"founded {team}")
        # the founding supervisor approves her own device implicitly
        device_approvals.record(
            book, book.device, keyring.signing_public(), keyring.device_identity()[1], "supervisor"
        )
        return outbox_of(book).seal_backlog(_all_events(book))


def make_request(book: CaseBook) -> tuple[bytes, str]:
    """The join request file's bytes and the fingerprint to show."""
    keyring = Keyring(book.store)
    request = JoinRequest(book.device, keyring.signing_public(), keyring.device_identity()[1])
    data = {
        "format": REQUEST_FORMAT,
        "device": request.device,
        "signing_key": base64.b64encode(request.signing_key).decode(),
        "age_recipient": request.age_recipient,
    }
    return json.dumps(data, indent=1).encode(), request.fingerprint


def read_request(data: bytes) -> JoinRequest:
    try:
        raw = json.loads(data)
        if raw.get("format") != REQUEST_FORMAT:
            raise ValueError("format")
        request = JoinRequest(
            str(raw["device"]), base64.b64decode(raw["signing_key"]), str(raw["age_recipient"])
        )
        age.encrypt(b"", [request.age_recipient])  # a valid recipient, or SyncError
        if len(request.signing_key) != 32:
            raise ValueError("signing key")
    except (ValueError, KeyError, TypeError, AttributeError, SyncError) as exc:
        raise BadInput(f"this is not a fieldcase join request ({exc})") from exc
    return request


def admit(
    book: CaseBook, request_data: bytes, expected_fingerprint: str | None = None
) -> tuple[bytes, JoinRequest]:
    """A supervisor admits a laptop: returns the welcome file's bytes."""
    book.session.require(Permission.MANAGE_DEVICES)
    request = read_request(request_data)
    if expected_fingerprint is not None and _norm(expected_fingerprint) != _norm(
        request.fingerprint
    ):
        raise WrongCredentials(
            "the fingerprint does not match this request: do not admit this laptop"
        )
    store = book.store
    sealed = seal_welcome(book, request.device, request.age_recipient)
    with store.atomic():
        Inbox(book).know_device(
            request.device, request.signing_key, request.age_recipient, "admitted here"
        )
        device_approvals.record(book, request.device, request.signing_key, request.age_recipient)
        audit.record(store, book.session.user, Action.EDIT, f"device:{request.device}", "admitted")
    return sealed, request


def seal_welcome(book: CaseBook, device: str, age_recipient: str) -> bytes:
    """Every team key this laptop holds and the export recipient, sealed to ``age_recipient``
    only and signed by this device: a welcome at joining, and again after a key rotation."""
    keyring = Keyring(book.store)
    team = team_name(book.store)
    if team is None or keyring.current_team_key() is None:
        raise BadInput("found or join a team on this laptop first")
    payload = {
        "format": WELCOME_FORMAT,
        "team": team,
        "device": device,
        "team_keys": [key.identity for key in keyring.team_keys()],
        "export_recipient": keyring.export_recipient(),
        "supervisor_device": book.device,
        "supervisor_signing_key": base64.b64encode(keyring.signing_public()).decode(),
        "supervisor_age_recipient": keyring.device_identity()[1],
    }
    body = json.dumps(payload, sort_keys=True).encode()
    signature = keyring.signing_key().sign(WELCOME_DOMAIN + body)
    return age.encrypt(
        json.dumps(
            {"body": body.decode(), "signature": base64.b64encode(signature).decode()}
        ).encode(),
        [age_recipient],
    )


def open_welcome(book: CaseBook, welcome: bytes) -> tuple[dict[str, Any], bytes]:
    """A welcome made for this laptop, its signature checked: (payload, the signer's key).
    Who the signer is, and whether to trust it, is the caller's to decide."""
    keyring = Keyring(book.store)
    try:
        outer = json.loads(age.decrypt(welcome, [keyring.device_identity()[0]]))
        body = str(outer["body"]).encode()
        signature = base64.b64decode(outer["signature"])
        payload: dict[str, Any] = json.loads(body)
        signing_key = base64.b64decode(payload["supervisor_signing_key"])
        Ed25519PublicKey.from_public_bytes(signing_key).verify(signature, WELCOME_DOMAIN + body)
    except SyncError as exc:
        raise BadInput(f"this welcome file was not made for this laptop ({exc})") from exc
    except (ValueError, KeyError, TypeError, InvalidSignature) as exc:
        raise BadInput("this welcome file is damaged or was changed") from exc
    if payload.get("format") != WELCOME_FORMAT or payload.get("device") != book.device:
        raise BadInput("this welcome file was made for another laptop")
    return payload, signing_key


def join(book: CaseBook, welcome: bytes) -> tuple[str, str, int]:
    """Open a welcome; returns (team, the supervisor device's fingerprint, events sealed)."""
    book.session.require(Permission.EDIT_CASES)
    store = book.store
    keyring = Keyring(store)
    payload, signing_key = open_welcome(book, welcome)
    team = str(payload["team"])
    current = team_name(store)
    if current is not None and current != team:
        raise BadInput(f"this workspace already belongs to team {current}")
    fingerprint = device_fingerprint(signing_key, str(payload["supervisor_age_recipient"]))
    expected = store.scalar("SELECT value FROM settings WHERE key = ?", (EXPECTED_SUPERVISOR,))
    if expected is not None and _norm(str(expected)) != _norm(fingerprint):
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"a welcome into team {team} signed by a laptop whose fingerprint ({fingerprint}) is"
            " not the one of the supervisor who invited this laptop: refused. Ask your"
            " supervisor; do not join",
        )
    with store.atomic():
        if current is None:
            store.execute("INSERT INTO settings (key, value) VALUES ('team', ?)", (team,))
        known = {key.identity for key in keyring.team_keys()}
        for identity in payload["team_keys"]:
            if identity not in known:
                keyring.add_team_key(str(identity))
        if payload.get("export_recipient"):
            keyring.set_export_key(str(payload["export_recipient"]))
        Inbox(book).know_device(
            str(payload["supervisor_device"]),
            signing_key,
            str(payload["supervisor_age_recipient"]),
            "welcome",
            role="supervisor",
        )
        supervisor_trust.anchor(  # the trust anchor: who vouches for other supervisors
            store,
            str(payload["supervisor_device"]),
            signing_key,
            str(payload["supervisor_age_recipient"]),
            "welcome",
        )
        audit.record(store, book.session.user, Action.EDIT, "team", f"joined {team}")
        sealed = outbox_of(book).seal_backlog(_all_events(book))
    return team, fingerprint, sealed


def _all_events(book: CaseBook) -> list[Any]:
    ids = [r[0] for r in book.store.query("SELECT DISTINCT case_id FROM case_events")]
    return [event for case_id in ids for event in book.events(case_id)]


def _check_team_name(team: str) -> None:
    import re

    if not re.fullmatch(r"[A-Za-z0-9_.:-]{1,64}", team):
        raise BadInput("a team name has 1 to 64 letters, digits, dots, dashes or underscores")


def _norm(fingerprint: str) -> str:
    return "".join(fingerprint.split()).upper()
