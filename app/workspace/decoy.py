"""The duress password's decoy: a workspace that looks like the one it replaces, made at no cost
anyone can time.

Contract (docs/security.md, "The duress password"):

- **Armed when the duress password is set**: the duress slot holds a fixed-size **profile** of
  the workspace (its users and a few settings), kept fresh at every login without an Argon2id
  evaluation: app/workspace/duress_profile.py.
- **Built at a duress login** (``build``) from the two Argon2id evaluations every login does
  anyway (the user's slot and the duress slot, app/workspace/folder.py): the typing user's new
  slot is sealed under the duress slot's own KEK and salt, so the duress password opens it;
  every other slot is sealed under a random key nobody knows (their real passwords fail as a
  wrong password does, the recovery code as a wrong code), with the same kind, name, costs and
  length as before. Every cell of the keyslot area is overwritten in place (the crypto-shredding:
  no slot of the real workspace survives), the database is replaced (its old files shredded in
  the background: app/workspace/wipe.py ``shred_detached``), and the new database holds the
  profile's users with their roles, signed by a new supervisors' key, and an audit log of their
  additions and logins at the times the profile recorded. ``workspace.json`` (id, created at) and
  ``login-screen.json`` are not touched.
- **What changed since the profile was sealed** (the last login that opened the database) is
  taken from the keyslots: a user added since is listed with the role their slot was made for, a
  user disabled since (no slot) as disabled (``_as_the_slots_say``); a role change reseals the
  profile at once (app/workspace/users.py).
- **No cases**, real or made up (docs/security.md says why).

``cryptography`` is imported where a key is used (the login window's cold start).
"""

from __future__ import annotations

import atexit
import json
import os
import random
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.workspace import audit, keyslot_area
from app.workspace.audit import Action
from app.workspace.duress_profile import Profile, keep_kek, seal_slot
from app.workspace.keyslots import (
    KEY_BYTES,
    KEYLESS_BYTES,
    Keyslot,
    keyless_plaintext,
    slot_from_bytes,
    slot_to_bytes,
)
from app.workspace.roles import Role
from app.workspace.store import Store

_BUILT: list[tuple[Store, list[int]]] = []


def release(background: bool = True) -> None:
    """Close the connection a decoy was built through, and start shredding the old database's
    files (see ``build``): called once the decoy's session is open (app/workspace/folder.py, as
    it refreshes the duress profile), and at the latest when the process ends (then in the
    foreground)."""
    from app.workspace import wipe

    while _BUILT:
        store, detached = _BUILT.pop()
        store.close()
        wipe.shred_detached(detached, background)


def _release_at_exit() -> None:
    release(background=False)


# -- building the decoy ------------------------------------------------------------------------


@dataclass
class Built:
    """What a duress login continues with, as a correct login continues with what its slot held:
    the typing user's new slot and its plaintext (the decoy's key, user secret, seed)."""

    slot: Keyslot
    plain: bytearray


def build(
    folder: Path,
    workspace_id: str,
    user: str,
    duress: Keyslot,
    kek: bytes,
    held: bytearray,
    database: Path,
) -> Built:
    """Replace the workspace in ``folder`` by its decoy (see the module's docstring). ``held``:
    what the duress slot opened (the profile, or 32 random bytes from an earlier version)."""
    from app.workspace import signed_roles, wipe
    from app.workspace.schema import MIGRATIONS

    path = folder / "keyslots"
    with keyslot_area.writing(path):
        area = keyslot_area.read(path)
        slots: dict[int, Keyslot] = {}
        for index, payload in enumerate(area.payloads):
            try:
                slot = slot_from_bytes(payload) if payload else None
            except ValueError:
                slot = None
            if slot is not None:
                slots[index] = slot
        users = [s for s in slots.values() if s.kind == "user"]
        profile = Profile.from_plaintext(held)
        if profile is None:
            profile = _profile_of_names(folder, user, sorted(s.name for s in users))
        else:
            _as_the_slots_say(profile, users, user, _created_at(folder))
        entry = profile.user(user)
        if entry is None:  # a name typed that is not a user here: the person who typed it
            entry = [user, Role.SOCIAL_WORKER.value, 0, audit.now_iso(), "", "", 0]
            profile.users.append(entry)
        entry[2] = 0
        role = Role(entry[1])
        key = bytearray(secrets.token_bytes(KEY_BYTES))
        user_secret = signed_roles.new_secret()
        seed = signed_roles.new_secret()
        plain = _plaintext_for(role, key, user_secret, seed)
        own = seal_slot(workspace_id, "user", user, duress.salt, duress.cost, kek, plain)
        decoy_kek = secrets.token_bytes(KEY_BYTES)
        decoy_profile = Profile([list(u) for u in profile.users], dict(profile.settings))

        # 1. The crypto-shredding: every cell of the keyslot area overwritten in place.
        changes: dict[int, bytes] = {index: b"" for index in range(len(area.payloads))}
        placed = False
        for index, slot in slots.items():
            if slot.kind == "user" and slot.name == user:
                changes[index], placed = slot_to_bytes(own), True
            elif slot.kind == "duress":
                changes[index] = slot_to_bytes(
                    seal_slot(
                        workspace_id,
                        "duress",
                        "duress",
                        secrets.token_bytes(16),
                        slot.cost,
                        decoy_kek,
                        decoy_profile.to_plaintext(),
                    )
                )
            else:
                changes[index] = slot_to_bytes(_unopenable(workspace_id, slot))
        if not placed:
            free = [i for i, p in changes.items() if p == b""]
            changes[free[0] if free else len(area.payloads)] = slot_to_bytes(own)
        keyslot_area.write(path, changes, area)

    # 2. The database: the old files leave the folder at once and are shredded in the background.
    detached = wipe.detach(
        [
            database,
            database.with_name(database.name + "-wal"),
            database.with_name(database.name + "-shm"),
        ]
    )
    os.close(os.open(database, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    release()
    store = Store.open(database, key)
    try:
        with store.atomic():  # one transaction: one fsync, not one per migration
            store.migrate(MIGRATIONS)
            _fill(store, folder, workspace_id, profile, user, user_secret, seed)
            keep_kek(store, decoy_kek)
    except BaseException:
        store.close()
        wipe.shred_detached(detached)
        raise
    # Closed once the session's own connection is open (``release``): the last connection to
    # close checkpoints the log with an fsync, time a right login does not spend. The old files
    # are shredded from then on, in the background.
    _BUILT.append((store, detached))
    atexit.unregister(_release_at_exit)  # registered once however many decoys were built
    atexit.register(_release_at_exit)
    signed_roles.write_pin(folder, signed_roles.public_of_seed(seed))
    return Built(own, plain)


def _plaintext_for(
    role: Role, key: bytearray, user_secret: bytearray, seed: bytearray
) -> bytearray:
    """What a user slot of ``role`` holds (as app/workspace/session.py wraps it)."""
    if role is Role.INTERPRETER:  # interpreters hold no workspace key (app/workspace/keyslots.py)
        return keyless_plaintext(user_secret)
    if role is Role.SUPERVISOR:
        return key + user_secret + seed
    return key + user_secret


def _profile_of_names(folder: Path, user: str, names: list[str]) -> Profile:
    """A duress slot set by an earlier version holds no profile: the names the login screen lists,
    as social workers, and the one who typed it a supervisor (what that version did)."""
    at = _created_at(folder)
    users: list[list[Any]] = [
        [n, Role.SUPERVISOR.value if n == user else Role.SOCIAL_WORKER.value, 0, at, "", "", 0]
        for n in names
    ]
    return Profile(users, {})


def _role_of_slot(slot: Keyslot) -> Role:
    """The role a user slot was made for, from what it wraps (``_plaintext_for``), whose length
    its own length gives: an interpreter's holds no workspace key, a supervisor's also the
    supervisors' key."""
    held = len(slot.wrapped) - 16  # the AEAD's tag
    if held == KEYLESS_BYTES:
        return Role.INTERPRETER
    return Role.SUPERVISOR if held == 3 * KEY_BYTES else Role.SOCIAL_WORKER


def _as_the_slots_say(profile: Profile, slots: list[Keyslot], user: str, created: str) -> None:
    """The profile is sealed at each login that opens the database, so the users changed since
    the last one are as it says only where the slots agree. A user with a slot and not in the
    profile was added since (or, in a profile of very many users, left out for room): listed with
    the role their slot was made for, added by the supervisor seen last, at a time after the
    last one the profile knows (for a profile that left users out: between the workspace's
    creation and then). A user in the profile without a slot was disabled since (their slot is
    destroyed when they are)."""
    names = {s.name for s in slots}
    for entry in profile.users:
        if entry[0] not in names and entry[0] != user:
            entry[2] = 1
    added = sorted((s for s in slots if profile.user(s.name) is None), key=lambda s: s.name)
    if not added:
        return
    now = datetime.now(UTC)
    known = [_parse(t, now) for u in profile.users for t in (u[3], u[5]) if t]
    latest = min(max(known, default=now), now)
    start, end = (
        (min(_parse(created, latest), latest), latest) if profile.truncated else (latest, now)
    )
    supervisors = [u for u in profile.users if u[1] == Role.SUPERVISOR.value and not u[2]]
    by = max(supervisors, key=lambda u: str(u[5] or ""), default=None)
    rng = random.Random(secrets.randbits(64))
    times = sorted(start + (end - start) * rng.uniform(0.05, 0.95) for _ in added)
    for slot, at in zip(added, times, strict=True):
        profile.users.append(
            [slot.name, _role_of_slot(slot).value, 0, _iso(at), by[0] if by else user, "", 0]
        )


def _created_at(folder: Path) -> str:
    try:
        return str(json.loads((folder / "workspace.json").read_text("utf-8"))["created_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return audit.now_iso()


def _fill(
    store: Store,
    folder: Path,
    workspace_id: str,
    profile: Profile,
    user: str,
    user_secret: bytearray,
    seed: bytearray,
) -> None:
    """Settings, users (signed by the decoy's supervisors' key) and a history of their
    additions and logins, inside the caller's transaction."""
    from app.workspace import signed_roles

    public = signed_roles.public_of_seed(seed)
    settings = {"workspace_id": workspace_id, "roles_public_key": public, **profile.settings}
    for name, value in settings.items():
        store.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (name, value))
    digests: dict[str, str] = {}
    for name, role, disabled, created_at, created_by, _, _ in profile.users:
        user_public = signed_roles.public_of_user(
            user_secret if name == user else signed_roles.new_secret()
        )
        store.execute(
            "INSERT INTO users (name, role, created_at, created_by, public_key, disabled)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (name, role, created_at, created_by or None, user_public, int(disabled)),
        )
        row = store.query_one(
            "SELECT name, role, disabled, created_at, created_by, public_key FROM users"
            " WHERE name = ?",
            (name,),
        )
        digests[name] = signed_roles.row_digest(workspace_id, row)
        signature = _sign(seed, signed_roles.canonical(workspace_id, row))
        store.execute("UPDATE users SET signature = ? WHERE name = ?", (signature, name))
    for at, who, action, obj, detail in _history(folder, workspace_id, profile, digests, public):
        audit.record(store, who, action, obj, detail, at=at)


def _sign(seed: bytearray, data: bytes) -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(bytes(seed)).sign(data).hex()


def _history(
    folder: Path, workspace_id: str, profile: Profile, digests: dict[str, str], public: str
) -> list[tuple[str, str, str, str, str]]:
    """The audit rows a workspace of these users would hold: its creation by the first
    supervisor, each user's addition, their logins (the last one at the time the profile
    recorded, earlier ones spread between) and the locks after them, in time order."""
    rng = random.Random(secrets.randbits(64))
    created = _created_at(folder)
    first = next((u for u in profile.users if not u[4]), profile.users[0])
    rows: list[tuple[str, str, str, str, str]] = [
        (created, first[0], Action.WORKSPACE_CREATE, workspace_id, ""),
        (created, first[0], Action.USER_SIGNED, first[0], digests[first[0]]),
        (created, first[0], Action.ROLES_SIGNED, public, f"{first[0]}={first[1]}"),
    ]
    now = datetime.now(UTC)
    for name, role, disabled, created_at, created_by, last, logins in profile.users:
        start = _parse(created_at, now)
        if name != first[0]:
            by = created_by or first[0]
            rows.append((created_at, by, Action.USER_ADD, name, role))
            rows.append((created_at, by, Action.USER_SIGNED, name, digests[name]))
        end = _parse(last, now) if last else None
        if end is None or end < start:
            continue
        times = [end] + [
            start + (end - start) * rng.random() for _ in range(min(int(logins), 12) - 1)
        ]
        for at in sorted(times):
            rows.append((_iso(at), name, Action.LOGIN, "", ""))
            rows.append(
                (_iso(at + timedelta(minutes=rng.uniform(4, 70))), name, Action.LOCK, "", "")
            )
        if disabled:
            rows.append((_iso(end + timedelta(days=1)), first[0], Action.USER_DISABLE, name, ""))
    rows.sort(key=lambda r: r[0])
    stamp = audit.now_iso()
    return [r for r in rows if r[0] < stamp]


def _parse(text: str, default: datetime) -> datetime:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return default


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _unopenable(workspace_id: str, like: Keyslot) -> Keyslot:
    """A slot of ``like``'s kind, name, costs and length that no secret opens."""
    return seal_slot(
        workspace_id,
        like.kind,
        like.name,
        secrets.token_bytes(len(like.salt) or 16),
        like.cost,
        secrets.token_bytes(KEY_BYTES),
        secrets.token_bytes(max(0, len(like.wrapped) - 16)),
    )
