"""Team key rotation: after a laptop is lost or stolen, nothing sealed from then on is readable by it.

1. A supervisor's laptop makes a new team key (an age X25519 identity) and installs it as the
   newest: from that moment everything this laptop seals is encrypted to it only (and to the
   export key). The old keys stay, to open what was sealed before. The act is audited.
2. At its next sync the supervisor's laptop seals a welcome (every team key, signed by its device;
   ``app.team.membership.seal_welcome``) to each device the server lists as *approved* and a supervisor
   approved on this laptop with the same keys (``app.team.device_approvals.trusted``), and uploads it
   under the new key's id (``PUT /v1/devices/D/team-keys/{key_id}``). A revoked device is not
   listed as approved, and the server refuses a key for it anyway.
3. Every other laptop, at each sync, asks which key ids were sealed to it, fetches those it does
   not hold, and installs the keys only if the welcome was signed by a device it trusts as a
   supervisor's (``app.team.supervisor_trust``: the one that welcomed it, or one a trusted supervisor
   vouched for), with the key trusted for that device: neither a member's laptop nor a device the
   server's roster merely calls a supervisor's can slip in a key of its own making. A refused key
   is not fetched again until a new statement of approvals is applied here. From then on it
   seals to the newest key. Receiving is audited too.

Offline, ``fieldcase team admit`` then ``join`` carries the new key the same way (a welcome holds
every key and joining again installs the ones missing). What rotation does not do: re-seal what
was sealed before (the lost laptop may hold it already), nor rotate the export key (a lost
*supervisor's* laptop holds its secret half: see docs/admin-guide.md).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from app.cases.book import CaseBook
from app.errors import BadInput
from app.team.keyring import Keyring, TeamKey
from app.team.membership import open_welcome, seal_welcome
from app.team.outbox import team_name
from app.team.supervisor_trust import trusted
from app.workspace import audit
from app.workspace.roles import Permission
from sync import age
from sync.client import SyncClient, with_retries
from sync.directory import key_id
from sync.errors import SyncError

ROTATE = "team_key_rotate"
RECEIVE = "team_key_receive"
SENT = "team_key_sent:"  # settings: SENT + device + ":" + key id -> when
REFUSED = "team_key_refused:"  # settings: REFUSED + key id -> why (not fetched again)
DIRECTORY_STALE = "team_directory_stale"  # settings: the key id the directory should show


def current_key_id(book: CaseBook) -> str | None:
    key = Keyring(book.store).current_team_key()
    return None if key is None else key_id(key.recipient)


def rotate_team_key(book: CaseBook, reason: str = "") -> TeamKey:
    """Make a new team key on this supervisor's laptop; it seals everything from now on."""
    book.session.require(Permission.MANAGE_DEVICES)
    store = book.store
    keyring = Keyring(store)
    team = team_name(store)
    if team is None or keyring.current_team_key() is None:
        raise BadInput("this laptop belongs to no team: there is no team key to rotate")
    identity, _ = age.generate_identity()
    with store.atomic():
        key = keyring.add_team_key(identity)
        detail = f"team {team}: new key {key_id(key.recipient)}, {len(keyring.team_keys())} kept"
        if reason.strip():
            detail += f"; reason: {reason.strip()[:300]}"
        audit.record(store, book.session.user, ROTATE, "team", detail)
        _set(book, DIRECTORY_STALE, key_id(key.recipient))
    return key


def distribute(book: CaseBook, client: SyncClient, roster: list[dict[str, Any]]) -> list[str]:
    """A supervisor's laptop: seal the newest key to every approved device of ``roster`` that
    lacks it (the caller passes only the devices approved here too).
    Returns the devices it was sent to. Nothing to do while the team has had one key only (the
    welcome at joining carries it)."""
    keyring = Keyring(book.store)
    if len(keyring.team_keys()) < 2:
        return []
    current = current_key_id(book)
    sent = []
    for device in roster:
        name = str(device["device"])
        if name == book.device or device["status"] != "approved":
            continue  # a revoked laptop never receives the new key
        marker = f"{SENT}{name}:{current}"
        if _get(book, marker):
            continue
        sealed = seal_welcome(book, name, str(device["age_recipient"]))
        with_retries(partial(client.put_sealed_team_key, name, str(current), sealed))
        with book.store.atomic():
            _set(book, marker, audit.now_iso())
        sent.append(name)
    return sent


def mark_welcomed(book: CaseBook, devices: list[str]) -> None:
    """Devices welcomed this round got every key already: do not send them the newest again."""
    current = current_key_id(book)
    with book.store.atomic():
        for name in devices:
            _set(book, f"{SENT}{name}:{current}", audit.now_iso())


def receive(book: CaseBook, client: SyncClient) -> tuple[list[str], list[dict[str, str]]]:
    """Fetch and install the team keys sealed to this laptop that it does not hold yet.
    Returns (key ids installed, refused ``{"id", "reason"}``)."""
    keyring = Keyring(book.store)
    held = {key_id(key.recipient) for key in keyring.team_keys()}
    installed: list[str] = []
    refused: list[dict[str, str]] = []
    for item in with_retries(client.sealed_team_keys):
        wanted = str(item["key_id"])
        if wanted in held or _get(book, REFUSED + wanted):
            continue
        sealed = with_retries(partial(client.sealed_team_key, wanted))
        try:
            added = accept(book, sealed)
        except BadInput as exc:
            with book.store.atomic():
                _set(book, REFUSED + wanted, str(exc))
            refused.append({"id": f"team key {wanted}", "reason": str(exc)})
            continue
        installed += added
        held |= set(added)
    return installed, refused


def accept(book: CaseBook, sealed: bytes) -> list[str]:
    """Install the keys of a welcome sealed to this laptop after a rotation; their ids."""
    store = book.store
    keyring = Keyring(store)
    payload, signing_key = open_welcome(book, sealed)
    team = team_name(store)
    if team is None or payload.get("team") != team:
        raise BadInput(f"a team key for team {payload.get('team')}, not this laptop's team {team}")
    signer = str(payload.get("supervisor_device"))
    if trusted(store).get(signer) != signing_key:
        raise BadInput(
            f"a team key signed by {signer}, which this laptop does not trust as a supervisor's"
            " device of its team (no supervisor it trusts vouched for it): not installed"
        )
    known = {key.identity for key in keyring.team_keys()}
    added = []
    with store.atomic():
        for identity in payload.get("team_keys", []):
            if str(identity) in known:
                continue
            try:
                key = keyring.add_team_key(str(identity))
            except SyncError as exc:
                raise BadInput(f"a damaged team key ({exc})") from exc
            added.append(key_id(key.recipient))
            audit.record(
                store,
                book.session.user,
                RECEIVE,
                "team",
                f"team {team}: key {key_id(key.recipient)} from device {signer}",
            )
    return added


def directory_hook(book: CaseBook, client: SyncClient) -> bool:
    """After a rotation the team's recipient published in the team directory (for referrals from
    other teams) must be the new key's: ``app.team.directory.publish_team_recipient`` does it (the
    directory step of the same round would too). Returns whether it published."""
    if not _get(book, DIRECTORY_STALE):
        return False
    from app.team.directory import publish_team_recipient

    published = publish_team_recipient(book, client)
    with book.store.atomic():
        book.store.execute("DELETE FROM settings WHERE key = ?", (DIRECTORY_STALE,))
    return published


def _get(book: CaseBook, key: str) -> str | None:
    value = book.store.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    return None if value is None else str(value)


def _set(book: CaseBook, key: str, value: str) -> None:
    book.store.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
