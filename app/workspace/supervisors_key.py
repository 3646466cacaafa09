"""The supervisors' key: its halves, where each is kept, and the grants that hand it on.

The Ed25519 seed (the private half) lives in supervisors' keyslots after the workspace key and the
user's 32-byte X25519 **user secret**; its public half is pinned in ``settings.roles_public_key``
and in the file ``roles-key`` beside the keyslots. A supervisor who promotes someone seals the seed
to the promoted user's public key (a **grant**, ``roles_grants``). This module makes and splits the
secrets, derives the public halves, seals and opens grants, and reads and writes the pin; signing
and verifying the ``users`` rows, the login check and what ``check`` reports are in
signed_roles.py (docs/security.md, "Signed roles").

``cryptography`` is imported where a key is used, as in keyslots.py (the login window's cold start).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app.workspace.durable import write_atomically
from app.workspace.store import Store

PIN_FILE = "roles-key"
PIN_FORMAT = "fieldcase-roles-key-1"
KEY_BYTES = 32


@dataclass
class RoleSecrets:
    """What a session holds beyond the workspace key: the user's secret and, for a supervisor,
    the supervisors' signing seed. Both zeroed at lock."""

    user_secret: bytearray
    seed: bytearray

    def zero(self) -> None:
        for buffer in (self.user_secret, self.seed):
            for i in range(len(buffer)):
                buffer[i] = 0

    def copy(self) -> RoleSecrets:
        return RoleSecrets(bytearray(self.user_secret), bytearray(self.seed))


def split_plaintext(plain: bytearray) -> tuple[bytearray, bytearray, bytearray]:
    """A user slot's plaintext as (workspace key, user secret, seed); the missing parts empty."""
    key = bytearray(plain[:KEY_BYTES])
    user_secret = bytearray(plain[KEY_BYTES : 2 * KEY_BYTES])
    seed = bytearray(plain[2 * KEY_BYTES : 3 * KEY_BYTES])
    for i in range(len(plain)):
        plain[i] = 0
    return key, user_secret, seed


def split_recovery(plain: bytearray) -> tuple[bytearray, bytearray]:
    """The recovery slot's plaintext as (workspace key, seed or empty)."""
    key = bytearray(plain[:KEY_BYTES])
    seed = bytearray(plain[KEY_BYTES : 2 * KEY_BYTES])
    for i in range(len(plain)):
        plain[i] = 0
    return key, seed


def new_secret() -> bytearray:
    import secrets

    return bytearray(secrets.token_bytes(KEY_BYTES))


# -- keys ------------------------------------------------------------------------------------


def public_of_seed(seed: bytes | bytearray) -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(bytes(seed)).public_key().public_bytes_raw().hex()


def public_of_user(user_secret: bytes | bytearray) -> str:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    private = X25519PrivateKey.from_private_bytes(bytes(user_secret))
    return private.public_key().public_bytes_raw().hex()


def _grant_key(shared: bytes, workspace_id: str, name: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    info = json.dumps(["fieldcase-roles-grant-1", workspace_id, name]).encode("utf-8")
    return HKDF(hashes.SHA256(), KEY_BYTES, None, info).derive(shared)


def seal_grant(seed: bytes | bytearray, user_public: str, workspace_id: str, name: str) -> bytes:
    """The seed sealed to a user's X25519 public key (ephemeral key, HKDF, ChaCha20-Poly1305)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(user_public)))
    sealed = ChaCha20Poly1305(_grant_key(shared, workspace_id, name)).encrypt(
        b"\0" * 12, bytes(seed), None
    )
    return ephemeral.public_key().public_bytes_raw() + sealed


def open_grant(
    sealed: bytes, user_secret: bytes | bytearray, workspace_id: str, name: str
) -> bytearray | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    try:
        private = X25519PrivateKey.from_private_bytes(bytes(user_secret))
        shared = private.exchange(X25519PublicKey.from_public_bytes(sealed[:32]))
        key = _grant_key(shared, workspace_id, name)
        return bytearray(ChaCha20Poly1305(key).decrypt(b"\0" * 12, sealed[32:], None))
    except (InvalidTag, ValueError):
        return None


# -- the pin ----------------------------------------------------------------------------------


def pinned(store: Store) -> str | None:
    value = store.scalar("SELECT value FROM settings WHERE key = 'roles_public_key'")
    return None if value is None else str(value)


def pin_in_file(folder: Path) -> str | None:
    try:
        text = (folder / PIN_FILE).read_text("ascii").split()
    except (OSError, UnicodeDecodeError):
        return None
    return text[1] if len(text) == 2 and text[0] == PIN_FORMAT else None


def write_pin(folder: Path, public: str) -> None:
    write_atomically(folder / PIN_FILE, f"{PIN_FORMAT} {public}\n".encode("ascii"))


# -- grants -----------------------------------------------------------------------------------


def grant(store: Store, workspace_id: str, seed: bytearray, name: str, public: str) -> None:
    store.execute(
        "INSERT INTO roles_grants (name, public_key, sealed) VALUES (?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET public_key = excluded.public_key,"
        " sealed = excluded.sealed",
        (name, public, seal_grant(seed, public, workspace_id, name)),
    )
