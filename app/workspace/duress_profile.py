"""The duress slot's profile: what a decoy must show, sealed in the duress slot and kept fresh.

Contract (docs/security.md, "The duress password"; the decoy built from it: app/workspace/decoy.py):

- **Armed when the duress password is set** (``arm``, from ``Session.set_duress_password``): the
  duress slot wraps, under Argon2id(duress password), a fixed-size **profile** of the workspace:
  its users (name, role, disabled, created at and by, last login and how many), the idle lock
  and the attachment limit. The key the slot is sealed under (the KEK, the Argon2id output) is
  kept in the encrypted database (``settings.duress_kek``), so that every later login, which
  knows the database but not the duress password, seals a fresh profile into the slot
  (``refresh``) without an Argon2id evaluation. The profile never holds a key, a case, a team or
  a server address.
- The profile's plaintext has one size (``PROFILE_BYTES``) whatever the number of users, so the
  slot's length tells nothing; a workspace of very many users keeps the most recently seen.
- Slots are sealed and opened here under a key already derived (``seal_slot``, ``open_slot``):
  the login's two Argon2id evaluations (``try_secret``) are all a duress login may spend.

``cryptography`` is imported where a key is used (the login window's cold start).
"""

from __future__ import annotations

import json
import secrets
import struct
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.workspace import audit
from app.workspace.audit import Action
from app.workspace.keyslots import KdfCost, Keyslot, _associated_data, derive_key

if TYPE_CHECKING:
    from app.workspace.session import Session
    from app.workspace.store import Store

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


# -- the profile -------------------------------------------------------------------------------


@dataclass
class Profile:
    """What a decoy must show as it was: users (a list of ``[name, role, disabled, created_at,
    created_by, last_login, logins]``) and the settings in ``KEPT_SETTINGS``."""

    users: list[list[Any]]
    settings: dict[str, str]
    # some users were left out for room (a workspace of very many): a user the profile does not
    # name may be an old one, not one added since it was sealed (app/workspace/decoy.py)
    truncated: bool = False

    def to_plaintext(self) -> bytes:
        users = list(self.users)
        while True:
            doc: dict[str, Any] = {"v": 1, "u": users, "s": self.settings}
            if self.truncated or len(users) < len(self.users):
                doc["t"] = 1
            raw = json.dumps(
                doc,
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
            truncated = bool(raw.get("t"))
        except (zlib.error, ValueError, KeyError, TypeError, struct.error, AttributeError):
            return None
        return Profile(users, settings, truncated)

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
    keep_kek(session.store, kek)
    return slot


def disarm(store: Store) -> None:
    store.execute("DELETE FROM settings WHERE key = ?", (KEK_SETTING,))


def keep_kek(store: Store, kek: bytes) -> None:
    store.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (KEK_SETTING, kek.hex()),
    )


def refresh(session: Session, *, logged_in: bool = True) -> None:
    """After a login: seal the profile as it now is (this login counted) into the duress slot,
    under the KEK kept in the database: no Argon2id. Nothing when no duress password is set, or
    it was set by an earlier version (no KEK kept: set it again for a lived-in decoy).
    ``logged_in=False``: after a change the keyslots cannot tell the decoy (a role changed,
    app/workspace/users.py), the profile resealed with no login counted."""
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
    if logged_in:
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
