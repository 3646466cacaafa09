"""The duress password's decoy: a workspace that looks like the one it replaces, made at no cost
anyone can time.

Contract (docs/security.md, "The duress password"):

- **Armed when the duress password is set** (``arm``, from ``Session.set_duress_password``): the
  duress slot wraps, under Argon2id(duress password), a fixed-size **profile** of the workspace:
  its users (name, role, disabled, created at and by, last login and how many), the idle lock
  and the attachment limit. The key the slot is sealed under (the KEK, the Argon2id output) is
  kept in the encrypted database (``settings.duress_kek``), so that every later login, which
  knows the database but not the duress password, seals a fresh profile into the slot
  (``refresh``) without an Argon2id evaluation. The profile never holds a key, a case, a team or
  a server address.
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

``cryptography`` is imported where a key is used (the login window's cold start).
"""

from __future__ import annotations

import atexit
import json
import os
import random
import secrets
import struct
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.workspace import audit, keyslot_area
from app.workspace.audit import Action
from app.workspace.keyslots import (
    KEY_BYTES,
    KdfCost,
    Keyslot,
    KeyslotFile,
    _associated_data,
    derive_key,
    keyless_plaintext,
    slot_from_bytes,
    slot_to_bytes,
)
from app.workspace.roles import Role
from app.workspace.store import Store

if TYPE_CHECKING:
    from app.workspace.session import Session

KEK_SETTING = "duress_kek"
# The profile's plaintext size: fixed, so the duress slot's length never tells how many users a
# workspace has; with the slot's header it fills most of a 1 KiB cell (keyslot_area.MAX_PAYLOAD).
PROFILE_BYTES = 896
_LENGTH = struct.Struct(">H")
KEPT_SETTINGS = ("idle_lock_minutes", "attachment_max_mb")


# -- sealing a slot under a key already derived ------------------------------------------------


def open_slot(workspace_id: str, slot: Keyslot, kek: bytes) -> bytearray | None:
    """What ``slot`` wraps, under a key already derived from its secret; ``None`` if it is not."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    aad = _associated_data(workspace_id, slot.kind, slot.name, slot.salt, slot.cost)
    try:
        return bytearray(ChaCha20Poly1305(kek).decrypt(slot.nonce, slot.wrapped, aad))
    except InvalidTag:
        return None


def try_secret(workspace_id: str, slot: Keyslot, secret: str) -> tuple[bytearray | None, bytes]:
    """One Argon2id evaluation at the slot's costs: (what it wraps or ``None``, the KEK)."""
    kek = derive_key(secret, slot.salt, slot.cost)
    return open_slot(workspace_id, slot, kek), kek


def seal_slot(
    workspace_id: str,
    kind: str,
    name: str,
    salt: bytes,
    cost: KdfCost,
    kek: bytes,
    plain: bytes | bytearray,
) -> Keyslot:
    """A slot sealed under ``kek`` (derived before, or random: then nobody can open it)."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    nonce = secrets.token_bytes(12)
    aad = _associated_data(workspace_id, kind, name, salt, cost)
    wrapped = ChaCha20Poly1305(kek).encrypt(nonce, bytes(plain), aad)
    return Keyslot(kind, name, salt, cost, nonce, wrapped)


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


# -- the profile -------------------------------------------------------------------------------


@dataclass
class Profile:
    """What a decoy must show as it was: users (a list of ``[name, role, disabled, created_at,
    created_by, last_login, logins]``) and the settings in ``KEPT_SETTINGS``."""

    users: list[list[Any]]
    settings: dict[str, str]

    def to_plaintext(self) -> bytes:
        users = list(self.users)
        while True:
            raw = json.dumps(
                {"v": 1, "u": users, "s": self.settings},
                ensure_ascii=False,
                separators=(",", ":"),
            ).encode("utf-8")
            packed = zlib.compress(raw, 9)
            if len(packed) + _LENGTH.size <= PROFILE_BYTES or not users:
                break
            users = _drop_one(users)  # a workspace of very many users: the least seen go
        body = _LENGTH.pack(len(packed)) + packed
        return body + secrets.token_bytes(PROFILE_BYTES - len(body))

    @staticmethod
    def from_plaintext(plain: bytes | bytearray) -> Profile | None:
        """``None`` for a slot of an earlier version (32 random bytes) or anything unreadable."""
        if len(plain) != PROFILE_BYTES:
            return None
        try:
            (length,) = _LENGTH.unpack_from(plain)
            raw = json.loads(zlib.decompress(bytes(plain[2 : 2 + length])))
            users = [list(u) for u in raw["u"] if isinstance(u, list) and len(u) == 7]
            settings = {str(k): str(v) for k, v in dict(raw["s"]).items()}
        except (zlib.error, ValueError, KeyError, TypeError, struct.error):
            return None
        return Profile(users, settings)

    def user(self, name: str) -> list[Any] | None:
        return next((u for u in self.users if u[0] == name), None)


def _drop_one(users: list[list[Any]]) -> list[list[Any]]:
    disabled = [u for u in users if u[2]]
    if disabled:
        return [u for u in users if u is not disabled[0]]
    oldest = min(users, key=lambda u: (u[5] or "", u[0]))
    return [u for u in users if u is not oldest]


def read_profile(store: Store, earlier: Profile | None) -> Profile:
    """The profile of the workspace ``store`` holds. Logins are counted from the audit log when
    there is no ``earlier`` profile (arming), and carried over from it otherwise (a refresh reads
    the small users table, never the whole log)."""
    if earlier is None:
        seen = {
            str(r["user"]): (str(r["last"]), int(r["n"]))
            for r in store.query(
                "SELECT user, max(at) AS last, count(*) AS n FROM audit"
                " WHERE action = ? GROUP BY user",
                (Action.LOGIN,),
            )
        }
    else:
        seen = {str(u[0]): (str(u[5] or ""), int(u[6] or 0)) for u in earlier.users}
    users = []
    for row in store.query(
        "SELECT name, role, disabled, created_at, created_by FROM users ORDER BY created_at, name"
    ):
        last, logins = seen.get(str(row["name"]), ("", 0))
        users.append(
            [
                str(row["name"]),
                str(row["role"]),
                int(row["disabled"]),
                str(row["created_at"]),
                row["created_by"] or "",
                last,
                logins,
            ]
        )
    settings = {
        str(r["key"]): str(r["value"])
        for r in store.query(
            f"SELECT key, value FROM settings WHERE key IN ({','.join('?' * len(KEPT_SETTINGS))})",
            KEPT_SETTINGS,
        )
    }
    return Profile(users, settings)


def _logged_in(profile: Profile, name: str, at: str) -> None:
    entry = profile.user(name)
    if entry is not None:
        entry[5] = at
        entry[6] = int(entry[6] or 0) + 1


# -- arming, refreshing ------------------------------------------------------------------------


def arm(session: Session, password: str, cost: KdfCost) -> Keyslot:
    """The duress slot for ``password`` (one Argon2id evaluation), holding the profile; its KEK
    goes into the database. Call inside the transaction that writes the slot."""
    salt = secrets.token_bytes(16)
    kek = derive_key(password, salt, cost)
    profile = read_profile(session.store, None)
    workspace_id = session.workspace.workspace_id
    slot = seal_slot(workspace_id, "duress", "duress", salt, cost, kek, profile.to_plaintext())
    _keep_kek(session.store, kek)
    return slot


def disarm(store: Store) -> None:
    store.execute("DELETE FROM settings WHERE key = ?", (KEK_SETTING,))


def _keep_kek(store: Store, kek: bytes) -> None:
    store.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (KEK_SETTING, kek.hex()),
    )


_BUILT: list[tuple[Store, list[int]]] = []


def release(background: bool = True) -> None:
    """Close the connection a decoy was built through, and start shredding the old database's
    files (see ``build``): called once the decoy's session is open (``refresh``), and at the
    latest when the process ends (then in the foreground)."""
    from app.workspace import wipe

    while _BUILT:
        store, detached = _BUILT.pop()
        store.close()
        wipe.shred_detached(detached, background)


def _release_at_exit() -> None:
    release(background=False)


def refresh(session: Session) -> None:
    """After a login: seal the profile as it now is (this login counted) into the duress slot,
    under the KEK kept in the database: no Argon2id. Nothing when no duress password is set, or
    it was set by an earlier version (no KEK kept: set it again for a lived-in decoy)."""
    release()
    slots = session.workspace.keyslots()
    duress = slots.find("duress", "duress")
    value = session.store.scalar("SELECT value FROM settings WHERE key = ?", (KEK_SETTING,))
    if duress is None or value is None:
        return
    kek = bytes.fromhex(str(value))
    workspace_id = session.workspace.workspace_id
    plain = open_slot(workspace_id, duress, kek)
    if plain is None:
        return  # the slot was replaced by another process meanwhile: its own KEK is elsewhere
    profile = read_profile(session.store, Profile.from_plaintext(plain))
    last = session.store.query_one(
        "SELECT at FROM audit WHERE action = ? AND user = ? ORDER BY seq DESC LIMIT 1",
        (Action.LOGIN, session.user),
    )
    _logged_in(profile, session.user, str(last["at"]) if last else audit.now_iso())
    slots.put(
        seal_slot(
            workspace_id, "duress", "duress", duress.salt, duress.cost, kek, profile.to_plaintext()
        )
    )
    slots.write()


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

    profile = Profile.from_plaintext(held) or _profile_of_names(folder, user)
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
    path = folder / "keyslots"
    with keyslot_area.writing(path):
        area = keyslot_area.read(path)
        changes: dict[int, bytes] = {}
        placed = False
        for index, payload in enumerate(area.payloads):
            changes[index] = b""
            try:
                slot = slot_from_bytes(payload) if payload else None
            except ValueError:
                slot = None
            if slot is None:
                continue
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
            _keep_kek(store, decoy_kek)
    except BaseException:
        store.close()
        wipe.shred_detached(detached)
        raise
    # Closed once the session's own connection is open (``refresh``): the last connection to
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


def _profile_of_names(folder: Path, user: str) -> Profile:
    """A duress slot set by an earlier version holds no profile: the names the login screen lists,
    as social workers, and the one who typed it a supervisor (what that version did)."""
    names = KeyslotFile.read(folder / "keyslots").user_names()
    at = _created_at(folder)
    users: list[list[Any]] = [
        [n, Role.SUPERVISOR.value if n == user else Role.SOCIAL_WORKER.value, 0, at, "", "", 0]
        for n in names
    ]
    return Profile(users, {})


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
