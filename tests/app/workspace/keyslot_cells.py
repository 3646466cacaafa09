"""Reading and damaging the keyslot area's cells by hand, and writing the earlier line format, as
the keyslot tests and the raw-disk adversary test need (not a test module)."""

from __future__ import annotations

import base64
import json
import zlib
from pathlib import Path

from app.workspace import keyslot_area
from app.workspace.keyslot_area import CELL_SIZE, cell_offset
from app.workspace.keyslots import Keyslot, KeyslotFile, slot_from_bytes


def write_old_format(path: Path) -> list[Keyslot]:
    """Turn the workspace's keyslot file back into the earlier format, as its writer made it: one
    JSON object per line (sorted keys, base64 fields). Returns the slots it holds."""
    slots = KeyslotFile.read(path).slots
    keyslot_area.destroy(path)
    lines = [
        json.dumps(
            {
                "format": "fieldcase-keyslot-1",
                "kind": s.kind,
                "name": s.name,
                "kdf": {
                    "alg": "argon2id",
                    "iterations": s.cost.iterations,
                    "memory_kib": s.cost.memory_kib,
                    "lanes": s.cost.lanes,
                    "salt": base64.b64encode(s.salt).decode(),
                },
                "aead": "chacha20-poly1305",
                "nonce": base64.b64encode(s.nonce).decode(),
                "wrapped": base64.b64encode(s.wrapped).decode(),
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        for s in slots
    ]
    path.write_text("".join(line + "\n" for line in lines), "utf-8")
    return slots


def index_of(path: Path, kind: str, name: str) -> int:
    area = keyslot_area.read(path)
    for index, payload in enumerate(area.payloads):
        try:
            slot = slot_from_bytes(payload or b"")
        except ValueError:
            continue
        if (slot.kind, slot.name) == (kind, name):
            return index
    raise AssertionError(f"no {kind} slot for {name}")


def cell(data: bytes, index: int, copy: int) -> bytes:
    return data[cell_offset(index, copy) : cell_offset(index, copy) + CELL_SIZE]


def with_cell(data: bytes, index: int, copy: int, new: bytes) -> bytes:
    at = cell_offset(index, copy)
    return data[:at] + new + data[at + len(new) :]


def recrc(raw: bytes) -> bytes:
    body = raw[:-4]
    return body + zlib.crc32(body).to_bytes(4, "big")
