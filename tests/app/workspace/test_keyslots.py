from __future__ import annotations

import json
from pathlib import Path

from app.workspace.keyslots import KdfCost, KeyslotFile, unwrap_key, wrap_key

CHEAP = KdfCost(iterations=1, memory_kib=8192, lanes=1)
KEY = bytes(range(32))
WS = "11111111-1111-4111-8111-111111111111"


def test_wrap_and_unwrap() -> None:
    slot = wrap_key(WS, "user", "ana", "a password", KEY, CHEAP)
    assert unwrap_key(WS, slot, "a password") == bytearray(KEY)
    assert unwrap_key(WS, slot, "another one") is None
    assert KEY not in slot.wrapped


def test_a_slot_does_not_open_another_workspace_or_user() -> None:
    slot = wrap_key(WS, "user", "ana", "a password", KEY, CHEAP)
    assert unwrap_key("22222222-2222-4222-8222-222222222222", slot, "a password") is None
    moved = type(slot)("user", "bora", slot.salt, slot.cost, slot.nonce, slot.wrapped)
    assert unwrap_key(WS, moved, "a password") is None


def test_lowering_the_cost_in_the_file_breaks_the_slot(tmp_path: Path) -> None:
    path = tmp_path / "keyslots"
    KeyslotFile(path, [wrap_key(WS, "user", "ana", "a password", KEY, CHEAP)]).write()
    raw = json.loads(path.read_text())
    raw["kdf"]["iterations"] = 2
    path.write_text(json.dumps(raw) + "\n")
    slot = KeyslotFile.read(path).find("user", "ana")
    assert slot is not None and unwrap_key(WS, slot, "a password") is None


def test_one_damaged_line_loses_only_that_slot_and_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "keyslots"
    slots = KeyslotFile(
        path,
        [
            wrap_key(WS, "user", "ana", "password a", KEY, CHEAP),
            wrap_key(WS, "user", "bora", "password b", KEY, CHEAP),
            wrap_key(WS, "recovery", "recovery", "code", KEY, CHEAP),
        ],
    )
    slots.write()
    lines = path.read_text().splitlines()
    lines[1] = lines[1][: len(lines[1]) // 2]  # bora's slot cut in half
    path.write_text("\n".join(lines) + "\n")
    read = KeyslotFile.read(path)
    assert read.damaged == 1
    assert read.user_names() == ["ana"]
    ana = read.find("user", "ana")
    assert ana is not None and unwrap_key(WS, ana, "password a") == bytearray(KEY)
    read.write()  # rewriting keeps the damaged line for a repair by hand
    assert KeyslotFile.read(path).damaged == 1


def test_a_truncated_file_keeps_the_whole_lines(tmp_path: Path) -> None:
    path = tmp_path / "keyslots"
    KeyslotFile(
        path,
        [
            wrap_key(WS, "user", "ana", "password a", KEY, CHEAP),
            wrap_key(WS, "recovery", "recovery", "code", KEY, CHEAP),
        ],
    ).write()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 40])
    read = KeyslotFile.read(path)
    assert read.user_names() == ["ana"] and read.damaged == 1
