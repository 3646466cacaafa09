"""Keyslots: the workspace key, wrapped once per way of opening the workspace.

The workspace key (256 random bits, the raw SQLCipher key) is never stored in clear. Each slot holds
it encrypted with ChaCha20-Poly1305 under a key derived from a secret with Argon2id:

- ``user`` slots, one per user, under the user's password;
- one ``recovery`` slot under the recovery code printed when the workspace was made.

File format (``keyslots``): JSON Lines, one slot per line, so that a damaged line (a truncated file,
an edited byte) loses that one slot and never the others. Each slot carries its own salt and Argon2id
costs; the AEAD's associated data binds the workspace id, the slot's kind and name and those costs,
so a slot cannot be moved to another workspace or another user, and its costs cannot be lowered.
The file is replaced atomically (``write_atomically``); changing a password rewrites one line and
never touches the database.

``cryptography`` (and ``secrets``) are imported where a key is derived or wrapped, not with the
module: reading the file to list a workspace's users is all the login window needs, and importing
the crypto library would be a third of the app's cold start.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from pathlib import Path

from app.workspace.durable import write_atomically

FORMAT = "fieldcase-keyslot-1"
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfCost:
    """Argon2id costs. The default takes at least 250 ms per try on the project's reference laptop
    (2 cores); tests may pass a cheaper one, which is then recorded in the slot it protects."""

    iterations: int = 3
    memory_kib: int = 131072
    lanes: int = 4

    def to_json(self) -> dict[str, int]:
        return {"iterations": self.iterations, "memory_kib": self.memory_kib, "lanes": self.lanes}


DEFAULT_COST = KdfCost()


@dataclass(frozen=True)
class Keyslot:
    kind: str  # "user" | "recovery" | "duress" (wraps a random value, never the workspace key)
    name: str  # the user name; "recovery" for the recovery slot
    salt: bytes
    cost: KdfCost
    nonce: bytes
    wrapped: bytes

    def to_line(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "kind": self.kind,
                "name": self.name,
                "kdf": {"alg": "argon2id", **self.cost.to_json(), "salt": _b64(self.salt)},
                "aead": "chacha20-poly1305",
                "nonce": _b64(self.nonce),
                "wrapped": _b64(self.wrapped),
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @staticmethod
    def from_line(line: str) -> Keyslot:
        raw = json.loads(line)
        if raw.get("format") != FORMAT or raw.get("kdf", {}).get("alg") != "argon2id":
            raise ValueError("unknown keyslot format")
        kdf = raw["kdf"]
        cost = KdfCost(int(kdf["iterations"]), int(kdf["memory_kib"]), int(kdf["lanes"]))
        slot = Keyslot(
            kind=str(raw["kind"]),
            name=str(raw["name"]),
            salt=_unb64(kdf["salt"]),
            cost=cost,
            nonce=_unb64(raw["nonce"]),
            wrapped=_unb64(raw["wrapped"]),
        )
        if slot.kind not in ("user", "recovery", "duress") or len(slot.nonce) != 12:
            raise ValueError("malformed keyslot")
        return slot


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_key(secret: str, salt: bytes, cost: KdfCost) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=cost.iterations,
        lanes=cost.lanes,
        memory_cost=cost.memory_kib,
    )
    return kdf.derive(secret.encode("utf-8"))


def _associated_data(workspace_id: str, kind: str, name: str, salt: bytes, cost: KdfCost) -> bytes:
    return json.dumps(
        [FORMAT, workspace_id, kind, name, _b64(salt), cost.to_json()], sort_keys=True
    ).encode("utf-8")


def wrap_key(
    workspace_id: str, kind: str, name: str, secret: str, key: bytes | bytearray, cost: KdfCost
) -> Keyslot:
    import secrets

    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = derive_key(secret, salt, cost)
    wrapped = ChaCha20Poly1305(kek).encrypt(
        nonce, bytes(key), _associated_data(workspace_id, kind, name, salt, cost)
    )
    return Keyslot(kind, name, salt, cost, nonce, wrapped)


def unwrap_key(workspace_id: str, slot: Keyslot, secret: str) -> bytearray | None:
    """The workspace key, or ``None`` when the secret is wrong (or the slot was tampered with)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    kek = derive_key(secret, slot.salt, slot.cost)
    aad = _associated_data(workspace_id, slot.kind, slot.name, slot.salt, slot.cost)
    try:
        return bytearray(ChaCha20Poly1305(kek).decrypt(slot.nonce, slot.wrapped, aad))
    except InvalidTag:
        return None


@dataclass
class KeyslotFile:
    """The slots of one workspace; ``damaged`` counts lines that could not be read."""

    path: Path
    slots: list[Keyslot]
    damaged_lines: list[str] = field(default_factory=list)

    @property
    def damaged(self) -> int:
        return len(self.damaged_lines)

    @staticmethod
    def read(path: Path) -> KeyslotFile:
        slots: list[Keyslot] = []
        damaged: list[str] = []
        text = path.read_bytes().decode("utf-8", errors="replace")
        for line in text.splitlines():
            if not line.strip():
                continue
            try:
                slots.append(Keyslot.from_line(line))
            except (ValueError, KeyError, TypeError):
                damaged.append(line)
        return KeyslotFile(path, slots, damaged)

    def write(self) -> None:
        # Damaged lines are kept as they are: they may still be repaired by hand, never by us.
        lines = [slot.to_line() for slot in self.slots] + self.damaged_lines
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        write_atomically(self.path, data)

    def find(self, kind: str, name: str) -> Keyslot | None:
        for slot in self.slots:
            if slot.kind == kind and slot.name == name:
                return slot
        return None

    def put(self, slot: Keyslot) -> None:
        self.slots = [s for s in self.slots if not (s.kind == slot.kind and s.name == slot.name)]
        self.slots.append(slot)

    def remove(self, kind: str, name: str) -> None:
        self.slots = [s for s in self.slots if not (s.kind == kind and s.name == name)]

    def user_names(self) -> list[str]:
        return sorted(s.name for s in self.slots if s.kind == "user")


def zero(buffer: bytearray) -> None:
    """Overwrite key material the process holds (as far as Python lets us: copies made by
    ``bytes()`` or hex strings for SQLCipher's PRAGMA cannot be reached)."""
    for i in range(len(buffer)):
        buffer[i] = 0
