"""Keyslots: the workspace key, wrapped once per way of opening the workspace.

The workspace key (256 random bits, the raw SQLCipher key) is never stored in clear. Each slot holds
it encrypted with ChaCha20-Poly1305 under a key derived from a secret with Argon2id:

- ``user`` slots, one per user, under the user's password (an interpreter's holds no workspace
  key: only their user secret, ``keyless_plaintext``; app/workspace/interpreter_session.py);
- one ``recovery`` slot under the recovery code printed when the workspace was made.

File (``keyslots``): a fixed-size area of cells overwritten in place, each slot in two copies, never
renamed (app/workspace/keyslot_area.py), so that a changed password, a disabled user or a wipe
leaves no old slot in freed blocks; a damaged cell loses that one slot and never the others. Each
slot carries its own salt and Argon2id costs; the AEAD's associated data binds the workspace id,
the slot's kind and name and those costs, so a slot cannot be moved to another workspace or another
user, and its costs cannot be lowered. Changing a password overwrites one slot and never touches
the database. A file of the earlier format (JSON Lines, one slot per line, replaced by rename) is
converted on first read, and the old file overwritten with random bytes before it goes.

``cryptography`` (and ``secrets``) are imported where a key is derived or wrapped, not with the
module: reading the file to list a workspace's users is all the login window needs, and importing
the crypto library would be a third of the app's cold start.
"""

from __future__ import annotations

import base64
import json
import struct
from dataclasses import dataclass, field
from pathlib import Path

from app.workspace import keyslot_area

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
        """The earlier file format's line (read when a workspace is converted; tests write it)."""
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


_KINDS = {"user": 1, "recovery": 2, "duress": 3}
_KIND_NAMES = {number: kind for kind, number in _KINDS.items()}
_KEPT = 0  # a payload kind for bytes kept as they were: a damaged line of the old format
_SLOT_HEAD = struct.Struct(">BIIIB")  # kind, iterations, memory_kib, lanes, salt length


def slot_to_bytes(slot: Keyslot) -> bytes:
    """A slot as its cell holds it: kind, costs, salt, nonce, wrapped key, name."""
    name = slot.name.encode("utf-8")
    cost = slot.cost
    return b"".join(
        (
            _SLOT_HEAD.pack(
                _KINDS[slot.kind], cost.iterations, cost.memory_kib, cost.lanes, len(slot.salt)
            ),
            slot.salt,
            slot.nonce,
            struct.pack(">H", len(slot.wrapped)),
            slot.wrapped,
            struct.pack(">H", len(name)),
            name,
        )
    )


def slot_from_bytes(data: bytes) -> Keyslot:
    """The slot a cell holds; ``ValueError`` for anything else (kept bytes, a cell's garbage)."""
    try:
        kind, iterations, memory_kib, lanes, salt_len = _SLOT_HEAD.unpack_from(data)
        at = _SLOT_HEAD.size
        salt, at = data[at : at + salt_len], at + salt_len
        nonce, at = data[at : at + 12], at + 12
        (wrapped_len,) = struct.unpack_from(">H", data, at)
        wrapped, at = data[at + 2 : at + 2 + wrapped_len], at + 2 + wrapped_len
        (name_len,) = struct.unpack_from(">H", data, at)
        name = data[at + 2 : at + 2 + name_len].decode("utf-8")
    except (struct.error, UnicodeDecodeError) as exc:
        raise ValueError("malformed keyslot") from exc
    if (
        kind not in _KIND_NAMES
        or len(salt) != salt_len
        or len(nonce) != 12
        or len(wrapped) != wrapped_len
        or at + 2 + name_len != len(data)
    ):
        raise ValueError("malformed keyslot")
    return Keyslot(
        _KIND_NAMES[kind], name, salt, KdfCost(iterations, memory_kib, lanes), nonce, wrapped
    )


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


# An interpreter's slot holds no workspace key (docs/security.md, "What an interpreter holds"):
# this marker and their 32-byte user secret. Its length (48) is none of the other plaintexts'
# (32, 64, 96: app/workspace/supervisors_key.py), and the marker says it besides.
KEYLESS_MARKER = b"fieldcase-nokey1"
KEYLESS_BYTES = len(KEYLESS_MARKER) + KEY_BYTES


def keyless_plaintext(user_secret: bytes | bytearray) -> bytearray:
    """What an interpreter's slot wraps: the marker and their user secret, nothing else."""
    if len(user_secret) != KEY_BYTES:
        raise ValueError("a user secret is 32 bytes")
    return bytearray(KEYLESS_MARKER) + user_secret


def is_keyless(plain: bytes | bytearray) -> bool:
    return len(plain) == KEYLESS_BYTES and plain[: len(KEYLESS_MARKER)] == KEYLESS_MARKER


def keyless_secret(plain: bytearray) -> bytearray:
    """The user secret of a keyless slot's plaintext (which is zeroed)."""
    secret = bytearray(plain[len(KEYLESS_MARKER) :])
    zero(plain)
    return secret


def unwrap_key(workspace_id: str, slot: Keyslot, secret: str) -> bytearray | None:
    """What the slot wraps (the workspace key first, or for an interpreter only their user
    secret: ``is_keyless``), or ``None`` when the secret is wrong (or the slot was tampered with)."""
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
    """The slots of one workspace, as read; ``write`` overwrites in place the slots that changed.

    ``write`` changes on disk what was changed here since the read (``put``, ``remove``, or
    ``slots`` edited), and nothing else: a slot another process added meanwhile stays. A file made
    here (not read) writes all its slots.

    ``damaged_lines`` describes the slots that could not be read (a cell whose two copies are both
    damaged, or a damaged line kept from the old format); their cells are kept as they are, for a
    repair by hand, and never given to another slot."""

    path: Path
    slots: list[Keyslot]
    damaged_lines: list[str] = field(default_factory=list)
    read_slots: list[Keyslot] = field(default_factory=list, repr=False, compare=False)

    @property
    def damaged(self) -> int:
        return len(self.damaged_lines)

    @staticmethod
    def read(path: Path) -> KeyslotFile:
        try:
            keyslot_area.finish_conversion(path)
        except OSError:
            pass  # a read-only disk: the file is read as it is
        data = path.read_bytes()
        if not keyslot_area.is_area(data) and (data[:1] == b"{" or not data.strip()):
            converted = _convert_line_file(path)
            if converted is not None:
                return converted
            data = path.read_bytes()
            if not keyslot_area.is_area(data):  # a read-only disk: read it as it is
                lines, bad_lines = _read_lines(data)
                return KeyslotFile(path, lines, bad_lines, list(lines))
        area = keyslot_area.parse(data)
        keyslot_area.repair(path, area)
        slots: list[Keyslot] = []
        damaged: list[str] = []
        for index, payload in enumerate(area.payloads):
            if payload == b"":
                continue
            try:
                if payload is None:
                    raise ValueError("neither copy reads back")
                slots.append(slot_from_bytes(payload))
            except ValueError as exc:
                damaged.append(f"slot {index}: {exc}")
        return KeyslotFile(path, slots, damaged, list(slots))

    def write(self) -> None:
        """Overwrite in place the cells of the slots that changed, were added or removed (a new
        workspace: create the file). Damaged cells are left as they are."""
        with keyslot_area.writing(self.path):
            self._write()

    def _write(self) -> None:
        if not self.path.exists():
            keyslot_area.create(self.path, [slot_to_bytes(slot) for slot in self.slots])
            return
        data = self.path.read_bytes()
        if not keyslot_area.is_area(data) and (data[:1] == b"{" or not data.strip()):
            lines, bad_lines = _read_lines(data)
            keyslot_area.convert(self.path, _line_file_payloads(lines, bad_lines))
            data = self.path.read_bytes()
        area = keyslot_area.parse(data)
        on_disk: dict[tuple[str, str], tuple[int, Keyslot]] = {}
        changes: dict[int, bytes] = {}
        for index, payload in enumerate(area.payloads):
            try:
                slot = slot_from_bytes(payload) if payload else None
            except ValueError:
                continue  # damaged or kept: never touched
            if slot is None:
                continue
            if (slot.kind, slot.name) in on_disk:
                changes[index] = b""  # a duplicate (written by hand): the first one counts
            else:
                on_disk[(slot.kind, slot.name)] = (index, slot)
        wanted = {(slot.kind, slot.name): slot for slot in self.slots}
        was = {(slot.kind, slot.name): slot for slot in self.read_slots}
        for key in was.keys() - wanted.keys():
            if key in on_disk:
                changes[on_disk[key][0]] = b""
        free = (i for i, p in enumerate(area.payloads) if p == b"" and i not in changes)
        next_new = len(area.payloads)
        for key, slot in wanted.items():
            if was.get(key) == slot:
                continue  # not changed here: what is on disk stays (another writer's, perhaps)
            if key in on_disk:
                index, before = on_disk[key]
                if before != slot:
                    changes[index] = slot_to_bytes(slot)
                continue
            index = next(free, next_new)
            if index == next_new:
                next_new += 1
            changes[index] = slot_to_bytes(slot)
        keyslot_area.write(self.path, changes, area)

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


def destroy_keyslots(path: Path) -> int:
    """Every slot of both copies overwritten in place with random bytes, then the file removed
    (and a conversion's file, should a crash have left one). Returns the bytes overwritten."""
    written = keyslot_area.destroy(path.with_name(path.name + keyslot_area.MIGRATING))
    return written + keyslot_area.destroy(path)


def _read_lines(data: bytes) -> tuple[list[Keyslot], list[str]]:
    """The earlier format: JSON Lines, one slot per line; a line that does not read is damaged."""
    slots: list[Keyslot] = []
    damaged: list[str] = []
    for line in data.decode("utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        try:
            slots.append(Keyslot.from_line(line))
        except (ValueError, KeyError, TypeError):
            damaged.append(line)
    return slots, damaged


def _line_file_payloads(slots: list[Keyslot], damaged: list[str]) -> list[bytes]:
    kept = [
        bytes([_KEPT]) + line.encode("utf-8")[: keyslot_area.MAX_PAYLOAD - 1] for line in damaged
    ]
    return [slot_to_bytes(slot) for slot in slots] + kept


def _convert_line_file(path: Path) -> KeyslotFile | None:
    """Convert a file of the earlier format to an area; ``None`` when the disk refuses, or when
    another process converted it first (the caller reads the file again)."""
    try:
        with keyslot_area.writing(path):
            data = path.read_bytes()
            if keyslot_area.is_area(data):
                return None
            slots, damaged = _read_lines(data)
            keyslot_area.convert(path, _line_file_payloads(slots, damaged))
    except OSError:
        return None
    described = [f"slot {len(slots) + i}: a damaged line kept" for i in range(len(damaged))]
    return KeyslotFile(path, slots, described, list(slots))


def zero(buffer: bytearray) -> None:
    """Overwrite key material the process holds (as far as Python lets us: copies made by
    ``bytes()`` or hex strings for SQLCipher's PRAGMA cannot be reached)."""
    for i in range(len(buffer)):
        buffer[i] = 0
