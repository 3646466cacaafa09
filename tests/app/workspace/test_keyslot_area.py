"""The keyslot area: overwritten in place, two copies, a crash leaves the old or the new slot.

- every operation on users (add, duress, password, disable, enable) keeps the file's inode and size
  and leaves no byte of a replaced or removed slot in it;
- a crash before, inside or between the two copies' writes (cells torn by hand at sector size, and
  a child process killed with SIGKILL at a chosen write) opens with the old password or the new
  one, never with neither; a read repairs the copy that lost;
- a workspace of the earlier format (one JSON line per slot, replaced by rename) is converted on
  first open, the old file overwritten, and a crash inside the conversion finishes or undoes it.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import WrongCredentials
from app.workspace import keyslot_area
from app.workspace.folder import Workspace
from app.workspace.keyslot_area import CELL_SIZE, HEADER_SIZE
from app.workspace.keyslots import KeyslotFile, wrap_key
from app.workspace.roles import Role
from app.workspace.session import Session
from tests.app.workspace.keyslot_cells import (
    cell,
    index_of,
    recrc,
    with_cell,
    write_old_format,
)
from tests.conftest import CHEAP, PASSWORD

ROOT = Path(__file__).resolve().parents[3]
KEY = bytes(range(32))
WS = "11111111-1111-4111-8111-111111111111"
NEW = "a brand new password"


def opens(folder: Path, user: str, password: str) -> bool:
    try:
        Workspace.at(folder).login(user, password).lock()
    except WrongCredentials:
        return False
    return True


@pytest.fixture
def folder(session: Session) -> Path:
    session.add_user("bora", Role.SOCIAL_WORKER, "bora's password", cost=CHEAP)
    path = session.workspace.path
    session.lock()
    return path


def test_a_new_workspace_has_one_area_of_sixteen_slots(folder: Path) -> None:
    keyslots = folder / "keyslots"
    data = keyslots.read_bytes()
    assert data.startswith(keyslot_area.MAGIC)
    assert len(data) == HEADER_SIZE + 2 * 16 * CELL_SIZE
    assert keyslots.stat().st_mode & 0o777 == 0o600
    assert [p is not None for p in keyslot_area.parse(data).payloads].count(True) == 16


def test_every_user_operation_overwrites_in_place_and_leaves_no_old_slot(folder: Path) -> None:
    keyslots = folder / "keyslots"
    inode, size = keyslots.stat().st_ino, keyslots.stat().st_size
    seen: set[bytes] = set()

    def after(what: str) -> None:
        assert (keyslots.stat().st_ino, keyslots.stat().st_size) == (inode, size), what
        current = {s.wrapped for s in KeyslotFile.read(keyslots).slots}
        seen.update(current)
        data = keyslots.read_bytes()
        for wrapped in seen - current:
            assert wrapped not in data, f"after {what}: an old slot is still in the file"
        assert not [p for p in os.listdir(folder) if p.startswith(".keyslots")], what

    after("adding a user")
    session = Workspace.at(folder).login("ana", PASSWORD)
    session.set_duress_password("under pressure 1", cost=CHEAP)
    after("setting a duress password")
    session.set_password("ana", NEW, cost=CHEAP)
    after("changing a password")
    session.set_password("bora", "bora's second password", cost=CHEAP)
    after("a supervisor setting another's password")
    session.disable_user("bora")
    after("disabling a user")
    session.enable_user("bora", "bora's third password", cost=CHEAP)
    after("enabling a user")
    session.remove_duress_password()
    after("removing the duress password")
    session.lock()
    assert len(seen) == 7
    assert opens(folder, "ana", NEW) and opens(folder, "bora", "bora's third password")


def test_a_seventeenth_slot_grows_the_file_in_place(tmp_path: Path) -> None:
    path = tmp_path / "keyslots"
    slots = KeyslotFile(path, [wrap_key(WS, "recovery", "recovery", "code", KEY, CHEAP)])
    slots.write()
    inode = path.stat().st_ino
    for n in range(20):
        slots.put(wrap_key(WS, "user", f"user {n}", f"password {n}", KEY, CHEAP))
        slots.write()
    assert path.stat().st_ino == inode
    assert path.stat().st_size == HEADER_SIZE + 2 * 2 * 16 * CELL_SIZE
    read = KeyslotFile.read(path)
    assert read.damaged == 0 and len(read.user_names()) == 20
    assert read.find("user", "user 19") == slots.find("user", "user 19")


# -- crashes --------------------------------------------------------------------------------


def _before_and_after(folder: Path, tmp_path: Path) -> tuple[bytes, bytes, int]:
    """The keyslot file before and after ana's password change, and ana's slot index."""
    before = (folder / "keyslots").read_bytes()
    session = Workspace.at(folder).login("ana", PASSWORD)
    session.set_password("ana", NEW, cost=CHEAP)
    session.lock()
    after = (folder / "keyslots").read_bytes()
    index = index_of(folder / "keyslots", "user", "ana")
    changed = [(i, c) for i in range(16) for c in (0, 1) if cell(before, i, c) != cell(after, i, c)]
    assert changed == [(index, 0), (index, 1)]  # one slot, both copies, nothing else
    return before, after, index


def _torn(old: bytes, new: bytes, sectors: int) -> bytes:
    """A cell whose first ``sectors`` 512-byte sectors reached the disk before the power went."""
    return new[: 512 * sectors] + old[512 * sectors :]


@pytest.mark.parametrize(
    "state, expect",
    [
        ("A torn, B old", "old"),
        ("A new, B old", "new"),
        ("A new, B torn", "new"),
        ("A new, B new", "new"),
        ("A zeroed, B old", "old"),
    ],
)
def test_a_crash_between_or_inside_the_two_writes_keeps_old_or_new(
    folder: Path, tmp_path: Path, state: str, expect: str
) -> None:
    before, after, index = _before_and_after(folder, tmp_path)
    a_old, b_old = cell(before, index, 0), cell(before, index, 1)
    a_new, b_new = cell(after, index, 0), cell(after, index, 1)
    cells = {
        "A torn, B old": (_torn(a_old, a_new, 1), b_old),
        "A new, B old": (a_new, b_old),
        "A new, B torn": (a_new, _torn(b_old, b_new, 1)),
        "A new, B new": (a_new, b_new),
        "A zeroed, B old": (bytes(CELL_SIZE), b_old),
    }[state]
    data = with_cell(with_cell(before, index, 0, cells[0]), index, 1, cells[1])
    (folder / "keyslots").write_bytes(data)
    old_opens, new_opens = opens(folder, "ana", PASSWORD), opens(folder, "ana", NEW)
    assert (old_opens, new_opens) == (expect == "old", expect == "new"), state
    assert opens(folder, "bora", "bora's password")  # the other slots never suffer
    # the read repaired the copy that lost: both copies now hold the surviving value
    repaired = (folder / "keyslots").read_bytes()
    assert keyslot_area.parse(repaired).stale == {}
    lost = (a_old if expect == "new" else a_new)[19:80]  # salt, nonce and wrapped key
    assert lost not in repaired


CHILD = """
import os, signal, sys
sys.path.insert(0, sys.argv[1])
from app.workspace.folder import Workspace
from tests.conftest import CHEAP
session = Workspace.at(sys.argv[2]).login("ana", sys.stdin.readline().rstrip("\\n"))
target, calls = sys.argv[3], {"pwrite": 0, "fsync": 0}
kill_at = int(sys.argv[4])
real_pwrite, real_fsync = os.pwrite, os.fsync

def pwrite(fd, data, offset):
    calls["pwrite"] += 1
    if target == "inside-pwrite" and calls["pwrite"] == kill_at:
        real_pwrite(fd, bytes(data)[:512], offset)  # one sector reached the file
        os.kill(os.getpid(), signal.SIGKILL)
    return real_pwrite(fd, data, offset)

def fsync(fd):
    calls["fsync"] += 1
    if target == "before-fsync" and calls["fsync"] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    return real_fsync(fd)

os.pwrite, os.fsync = pwrite, fsync
session.set_password("ana", "a brand new password", cost=CHEAP)
print("done", flush=True)
"""


@pytest.mark.parametrize(
    "target, kill_at",
    [
        ("inside-pwrite", 1),  # inside copy A
        ("before-fsync", 1),  # copy A written, not yet flushed
        ("inside-pwrite", 2),  # copy A done, inside copy B
        ("before-fsync", 2),  # both written, the last flush not yet done
    ],
)
def test_a_writer_killed_at_a_chosen_write_leaves_old_or_new(
    folder: Path, tmp_path: Path, target: str, kill_at: int
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), str(folder), target, str(kill_at)],
        input=f"{PASSWORD}\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -9 and "done" not in done.stdout, done.stderr
    old_opens, new_opens = opens(folder, "ana", PASSWORD), opens(folder, "ana", NEW)
    assert old_opens != new_opens, (target, kill_at, old_opens, new_opens)
    assert new_opens == (target == "before-fsync" or kill_at == 2)
    assert opens(folder, "bora", "bora's password")


# -- damage ---------------------------------------------------------------------------------


def test_a_slot_damaged_in_both_copies_is_lost_alone_and_kept(folder: Path) -> None:
    path = folder / "keyslots"
    index = index_of(path, "user", "bora")
    data = path.read_bytes()
    for copy in (0, 1):
        raw = bytearray(cell(data, index, copy))
        raw[100] ^= 0xFF
        data = with_cell(data, index, copy, bytes(raw))
    path.write_bytes(data)
    read = KeyslotFile.read(path)
    assert read.damaged == 1 and read.user_names() == ["ana"]
    session = Workspace.at(folder).login("ana", PASSWORD)
    session.add_user("chan", Role.SOCIAL_WORKER, "chan's password", cost=CHEAP)
    session.lock()
    assert cell(path.read_bytes(), index, 0) == cell(data, index, 0)  # kept for a repair by hand
    assert KeyslotFile.read(path).damaged == 1
    assert opens(folder, "chan", "chan's password")


def test_lowering_the_cost_in_the_file_breaks_the_slot(folder: Path) -> None:
    path = folder / "keyslots"
    index = index_of(path, "user", "bora")
    data = path.read_bytes()
    for copy in (0, 1):
        raw = bytearray(cell(data, index, copy))
        raw[24:28] = (4096).to_bytes(4, "big")  # Argon2id memory halved: cheaper guesses
        data = with_cell(data, index, copy, recrc(bytes(raw)))
    path.write_bytes(data)
    slot = KeyslotFile.read(path).find("user", "bora")
    assert slot is not None and slot.cost.memory_kib == 4096
    assert not opens(folder, "bora", "bora's password")


# -- the earlier format ---------------------------------------------------------------------


def test_a_workspace_of_the_line_format_is_converted_on_first_open(folder: Path) -> None:
    path = folder / "keyslots"
    old = write_old_format(path)
    assert path.read_bytes().startswith(b"{")
    assert Workspace.at(folder).user_names() == ["ana", "bora"]  # the login screen's read converts
    data = path.read_bytes()
    assert data.startswith(keyslot_area.MAGIC)
    for slot in old:
        assert base64.b64encode(slot.wrapped) not in data
    assert not path.with_name("keyslots.migrating").exists()
    assert opens(folder, "bora", "bora's password") and opens(folder, "ana", PASSWORD)
    session = Workspace.at(folder).login("ana", PASSWORD)
    session.set_password("bora", "bora's new password", cost=CHEAP)
    session.lock()
    assert opens(folder, "bora", "bora's new password")
    assert not opens(folder, "bora", "bora's password")


def test_a_conversion_cut_short_is_undone_or_finished(folder: Path, tmp_path: Path) -> None:
    path = folder / "keyslots"
    write_old_format(path)
    old_file = path.read_bytes()
    saved = tmp_path / "saved"
    shutil.copytree(folder, saved)
    # cut before the new area was complete (no header yet): undone, the old file read as it was
    keyslot_area.convert(path, [])  # any complete area, to take its bytes
    incomplete = bytes(HEADER_SIZE) + path.read_bytes()[HEADER_SIZE:]
    shutil.rmtree(folder)
    shutil.copytree(saved, folder)
    path.with_name("keyslots.migrating").write_bytes(incomplete)
    assert Workspace.at(folder).user_names() == ["ana", "bora"]
    assert opens(folder, "bora", "bora's password")
    # cut after the area was complete, while the old file was being overwritten: finished
    shutil.rmtree(folder)
    shutil.copytree(saved, folder)
    slots = KeyslotFile.read(saved / "keyslots")  # converts the saved copy: a complete area
    assert slots.user_names() == ["ana", "bora"]
    os.replace(saved / "keyslots", path.with_name("keyslots.migrating"))
    path.write_bytes(os.urandom(100) + old_file[100:])  # the overwrite got 100 bytes in
    assert Workspace.at(folder).user_names() == ["ana", "bora"]
    assert not path.with_name("keyslots.migrating").exists()
    assert b'"wrapped"' not in path.read_bytes()
    assert opens(folder, "bora", "bora's password")


def test_two_writers_adding_users_at_once_keep_both(folder: Path) -> None:
    path = folder / "keyslots"
    first, second = KeyslotFile.read(path), KeyslotFile.read(path)
    first.put(wrap_key(WS, "user", "chan", "chan's password", KEY, CHEAP))
    second.put(wrap_key(WS, "user", "dara", "dara's password", KEY, CHEAP))
    second.remove("user", "bora")
    first.write()
    second.write()
    read = KeyslotFile.read(path)
    assert read.user_names() == ["ana", "chan", "dara"]
    assert read.find("user", "chan") == first.find("user", "chan")


def test_a_crash_while_the_file_grows_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "keyslots"
    slots = KeyslotFile(
        path, [wrap_key(WS, "user", f"user {n}", "pw", KEY, CHEAP) for n in range(16)]
    )
    slots.write()
    full = path.read_bytes()
    slots.put(wrap_key(WS, "user", "user 16", "pw", KEY, CHEAP))
    slots.write()
    grown = path.read_bytes()
    # the power went while copy A of the new area (free cells) was being appended: 5.5 cells of
    # it arrived, the rest of the last page is zeros
    appended = b"".join(keyslot_area.encode_cell(i, 0, 0, b"") for i in range(16, 32))
    cut = 5 * CELL_SIZE + CELL_SIZE // 2
    path.write_bytes(full + appended[:cut] + bytes(4096 - cut % 4096))
    read = KeyslotFile.read(path)
    assert read.damaged == 0 and len(read.user_names()) == 16
    read.put(wrap_key(WS, "user", "user 16", "pw", KEY, CHEAP))
    read.write()
    again = KeyslotFile.read(path)
    assert again.damaged == 0 and len(again.user_names()) == 17
    assert path.stat().st_size == len(grown)
