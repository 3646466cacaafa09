from __future__ import annotations

from pathlib import Path

from app.workspace import keyslot_area
from app.workspace.keyslot_area import COPY_SIZE
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


def test_a_file_cut_short_loses_no_slot_and_is_restored(tmp_path: Path) -> None:
    path = tmp_path / "keyslots"
    KeyslotFile(
        path,
        [
            wrap_key(WS, "user", "ana", "password a", KEY, CHEAP),
            wrap_key(WS, "recovery", "recovery", "code", KEY, CHEAP),
        ],
    ).write()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - COPY_SIZE + 100])  # copy B cut after 100 bytes
    read = KeyslotFile.read(path)
    assert read.user_names() == ["ana"] and read.damaged == 0
    assert read.find("recovery", "recovery") is not None
    repaired = path.read_bytes()  # the read wrote copy B again
    assert len(repaired) == len(data) and keyslot_area.parse(repaired).stale == {}


def test_a_damaged_line_of_the_old_format_is_kept_through_the_conversion(tmp_path: Path) -> None:
    path = tmp_path / "keyslots"
    ana = wrap_key(WS, "user", "ana", "password a", KEY, CHEAP)
    good = ana.to_line()
    path.write_text(good + "\n" + good[: len(good) // 2] + "\n", "utf-8")
    read = KeyslotFile.read(path)
    assert read.damaged == 1 and read.user_names() == ["ana"]
    assert read.find("user", "ana") == ana
    read.put(wrap_key(WS, "user", "bora", "password b", KEY, CHEAP))
    read.write()
    again = KeyslotFile.read(path)
    assert again.damaged == 1 and again.user_names() == ["ana", "bora"]
