"""An adversary with a raw copy of the disk finds no keyslot that no longer opens the workspace.

A keyslot that was replaced (a password change), removed (a disabled user, a removed duress
password) or wiped still opens the workspace key if its bytes survive anywhere on the disk: with the
old password, another user's password or the recovery code. So every operation is run on a real
ext4 file system (an image file, loop-mounted), and after each one the image is unmounted and read
as a seizer reads a disk, block by block, free blocks included: every slot that ever existed and is
no longer in the keyslot area must be found nowhere; the slots that are current must be found (the
control that proves the scan sees the file's bytes at all).

What this proves, and what it cannot: ext4 in its default ``data=ordered`` mode, on a device that
writes a block where it is told to (a loop file stands in for a disk). It says nothing about an
SSD's flash translation layer (wear levelling keeps old pages the file system cannot reach), about
``data=journal`` mounts (data blocks pass through the journal: the last test shows a replaced
slot found there, so the documented limit stays true) or about copy-on-write file systems
(btrfs, ZFS) and snapshots; docs/security.md says so.

Skips, with the reason, where ``mkfs.ext4`` is missing (``apt-get install e2fsprogs``) or loop
mounting is not permitted (not root, or a container without loop devices).
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.workspace.folder import Workspace
from app.workspace.keyslots import KeyslotFile
from app.workspace.roles import Role
from app.workspace.session import Session
from app.workspace.wipe import emergency_wipe
from tests.conftest import CHEAP, PASSWORD
from tests.reliability import record

IMAGE_MIB = 32


SYSTEM_PATH = os.pathsep.join(
    [os.environ.get("PATH", ""), "/usr/sbin", "/sbin", "/usr/bin", "/bin"]
)


def _command(name: str) -> str | None:
    """Where ``name`` is (the system folders too: ``mkfs.ext4`` lives in /usr/sbin, often off a
    user's PATH)."""
    return shutil.which(name, path=SYSTEM_PATH)


def _why_not_mountable() -> str | None:
    if _command("mkfs.ext4") is None:
        return "mkfs.ext4 not installed (apt-get install e2fsprogs)"
    if _command("mount") is None or _command("umount") is None:
        return "mount not installed (apt-get install mount)"
    if os.geteuid() != 0:
        return "loop mounting needs root here; run as root to prove the raw-disk scan"
    return None


@dataclass
class Disk:
    """An ext4 image file and the folder it is mounted on."""

    image: Path
    mountpoint: Path
    mounted: bool = False
    options: str = "loop"

    def mount(self) -> None:
        done = subprocess.run(
            [
                _command("mount") or "mount",
                "-o",
                self.options,
                str(self.image),
                str(self.mountpoint),
            ],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"loop mounting is not permitted here: {done.stderr.strip()}")
        self.mounted = True

    def unmount(self) -> None:
        subprocess.run(
            [_command("umount") or "umount", str(self.mountpoint)], check=True, capture_output=True
        )
        self.mounted = False

    def raw(self) -> bytes:
        assert not self.mounted
        return self.image.read_bytes()


@pytest.fixture
def disk(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Disk]:
    reason = _why_not_mountable()
    if reason:
        pytest.skip(reason)
    image = tmp_path / "disk.img"
    with image.open("wb") as fh:
        fh.truncate(IMAGE_MIB << 20)
    mkfs = _command("mkfs.ext4") or "mkfs.ext4"
    subprocess.run([mkfs, "-q", "-F", str(image)], check=True, capture_output=True)
    mountpoint = tmp_path / "mnt"
    mountpoint.mkdir()
    options = "loop,data=journal" if "data_journal" in request.node.name else "loop"
    result = Disk(image, mountpoint, options=options)
    result.mount()
    try:
        yield result
    finally:
        if result.mounted:
            subprocess.run([_command("umount") or "umount", str(mountpoint)], capture_output=True)


def _fingerprints(slot_salt: bytes, slot_wrapped: bytes) -> list[bytes]:
    """The ways a slot's unique bytes may lie on disk: raw, or base64 as a JSON line holds them."""
    return [
        slot_wrapped,
        base64.b64encode(slot_wrapped),
        slot_salt + slot_wrapped,
        base64.b64encode(slot_salt),
    ]


@dataclass
class Witness:
    """Every keyslot the workspace ever held, by (salt, wrapped); and which are current now."""

    folder: Path
    ever: dict[tuple[bytes, bytes], str] = field(default_factory=dict)
    scans: int = 0
    old_checked: int = 0

    def current(self) -> set[tuple[bytes, bytes]]:
        if not (self.folder / "keyslots").exists():
            return set()
        slots = KeyslotFile.read(self.folder / "keyslots").slots
        now = {(s.salt, s.wrapped) for s in slots}
        for s in slots:
            self.ever.setdefault((s.salt, s.wrapped), f"{s.kind} {s.name}")
        return now

    def check(self, disk: Disk, after: str) -> None:
        """Unmount, scan the whole image, remount."""
        now = self.current()
        disk.unmount()
        raw = disk.raw()
        disk.mount()
        self.scans += 1
        self.old_checked += len(self.ever.keys() - now)
        for (salt, wrapped), label in self.ever.items():
            found = [fp for fp in _fingerprints(salt, wrapped) if fp in raw]
            if (salt, wrapped) in now:
                assert found, f"control: the current slot of {label} is not on the image"
            else:
                assert not found, f"after {after}: the old slot of {label} is still on the disk"


def _login(folder: Path, user: str, password: str) -> Session:
    return Workspace.at(folder).login(user, password)


def test_no_old_keyslot_survives_on_the_raw_disk(disk: Disk) -> None:
    folder = disk.mountpoint / "ws"
    witness = Witness(folder)
    session, _ = Workspace.create(folder, "ana", PASSWORD, cost=CHEAP)
    session.lock()
    witness.check(disk, "creating the workspace")

    session = _login(folder, "ana", PASSWORD)
    session.add_user("bora", Role.SOCIAL_WORKER, "bora's password", cost=CHEAP)
    session.lock()
    witness.check(disk, "adding a user")

    session = _login(folder, "ana", PASSWORD)
    session.set_duress_password("under pressure 1", cost=CHEAP)
    session.lock()
    witness.check(disk, "setting a duress password")

    session = _login(folder, "ana", PASSWORD)
    session.set_password("ana", "ana's new password", cost=CHEAP)
    session.lock()
    witness.check(disk, "changing a password")

    session = _login(folder, "ana", "ana's new password")
    session.disable_user("bora")
    session.lock()
    witness.check(disk, "disabling a user")

    session = _login(folder, "ana", "ana's new password")
    session.remove_duress_password()
    session.set_duress_password("under pressure 2", cost=CHEAP)
    session.lock()
    witness.check(disk, "replacing the duress password")

    session = _login(folder, "ana", "under pressure 2")  # the duress login: wipe, then a decoy
    session.lock()
    witness.check(disk, "a duress login")
    assert len(witness.ever) >= 8  # user, recovery, bora, duress, new ana, duress 2, decoy's two

    session = _login(folder, "ana", "under pressure 2")  # the decoy opens with it
    emergency_wipe(session)
    assert not folder.exists()
    witness.check(disk, "the emergency wipe")
    record(
        "raw ext4 image: old keyslots found after user operations, duress login, wipe",
        f"0 of {len(witness.ever)} slots ({witness.old_checked} old-slot checks) in "
        f"{witness.scans} scans of the whole image",
        "pass",
    )


def test_a_workspace_in_the_old_line_format_leaves_no_line_behind(disk: Disk) -> None:
    from tests.app.workspace.keyslot_cells import write_old_format

    folder = disk.mountpoint / "ws"
    session, _ = Workspace.create(folder, "ana", PASSWORD, cost=CHEAP)
    session.add_user("bora", Role.SOCIAL_WORKER, "bora's password", cost=CHEAP)
    session.lock()
    old = write_old_format(folder / "keyslots")  # as the last version wrote it
    witness = Witness(folder)
    for slot in old:
        witness.ever[(slot.salt, slot.wrapped)] = f"old-format {slot.kind} {slot.name}"
    disk.unmount()
    assert any(base64.b64encode(s.wrapped) in disk.raw() for s in old)  # control
    disk.mount()

    session = _login(folder, "bora", "bora's password")  # the first open converts the file
    session.lock()
    # the converted slots keep their salt and wrapped key, now as raw bytes in the area: the
    # base64 text of the old lines must be gone, from the file and from every free block
    disk.unmount()
    raw = disk.raw()
    disk.mount()
    for slot in old:
        assert base64.b64encode(slot.wrapped) not in raw, f"the old line of {slot.name} remains"
        assert base64.b64encode(slot.salt) not in raw, f"the old line of {slot.name} remains"
    assert not (folder / "keyslots.migrating").exists()

    session = _login(folder, "ana", PASSWORD)
    session.set_password("bora", "bora's new password", cost=CHEAP)
    session.lock()
    witness.check(disk, "changing a password after the conversion")


def test_data_journal_keeps_a_replaced_slot_as_documented(disk: Disk) -> None:
    """The limit docs/security.md states, checked so that the page stays true: on ext4 mounted
    ``data=journal`` file data passes through the journal, and a replaced slot is found there."""
    folder = disk.mountpoint / "ws"
    session, _ = Workspace.create(folder, "ana", PASSWORD, cost=CHEAP)
    old = KeyslotFile.read(folder / "keyslots").find("user", "ana")
    assert old is not None
    session.set_password("ana", "ana's new password", cost=CHEAP)
    session.lock()
    disk.unmount()
    assert old.wrapped in disk.raw()
