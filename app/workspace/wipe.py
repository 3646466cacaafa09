"""Emergency wipe: a laptop about to be seized is emptied in seconds.

The workspace is crypto-shredded first: the keyslot area (the only place the workspace key exists,
wrapped) has every slot of both its copies overwritten in place with random bytes, flushed and
removed, so the database can never be decrypted again by any password or the recovery code. The
keyslot file is never written by rename (app/workspace/keyslot_area.py), so no earlier version of a
slot lies in freed blocks for the overwrite to miss (tests/adversary/test_raw_disk_keyslots.py scans
a raw ext4 image for them). Then every file of the folder is overwritten with random bytes, flushed
and removed, and the folder itself goes. Unsynced work is lost by design; ``unsynced_count`` tells
the person how much before they confirm.

What this cannot promise: an SSD's wear levelling, a copy-on-write file system (btrfs, ZFS),
snapshots, an ext4 mounted ``data=journal`` and backups may keep old copies of blocks that an
overwrite does not reach (docs/security.md). The database's old blocks hold only SQLCipher
ciphertext; with the keyslots gone there is no key to decrypt them.
"""

from __future__ import annotations

import os
import secrets
import shutil
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.workspace.keyslots import destroy_keyslots
from app.workspace.roles import Permission

if TYPE_CHECKING:
    from app.workspace.session import Session

CHUNK = 1 << 20


@dataclass(frozen=True)
class WipeReport:
    files: int
    bytes: int
    unsynced: int


def unsynced_count(session: Session) -> int:
    """Records that exist only on this laptop: drafts, sealed work not yet acknowledged, and work
    never sealed at all (a laptop that has not joined a team yet)."""
    store = session.store
    drafts = int(store.scalar("SELECT count(*) FROM drafts"))
    waiting = int(store.scalar("SELECT count(*) FROM outbox WHERE sent_at IS NULL"))
    device = store.scalar("SELECT value FROM settings WHERE key = 'device_id'")
    unsealed = int(
        store.scalar(
            "SELECT count(*) FROM case_events e WHERE e.device = ?"
            " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.envelope_id = e.id)",
            (device,),
        )
    )
    return drafts + waiting + unsealed


def _shred(path: Path) -> int:
    try:
        size = path.stat().st_size
        with path.open("r+b", buffering=0) as fh:
            left = size
            while left > 0:
                n = min(CHUNK, left)
                fh.write(secrets.token_bytes(n))
                left -= n
            os.fsync(fh.fileno())
    except OSError:
        size = 0
    path.unlink(missing_ok=True)
    return size


def detach(paths: Iterable[Path]) -> list[int]:
    """Take each file out of its folder at once, keeping it open: what it held is then reachable
    by this process only, until ``shred_detached`` overwrites it (a duress login: the decoy's
    database takes the name at once, and the old one is shredded once the decoy's session is
    open, so the login does not wait for I/O that grows with the data; app/workspace/decoy.py).
    The caller fsyncs the folder. Where an open file cannot be unlinked (Windows), each is
    shredded here, before returning."""
    held: list[int] = []
    for path in paths:
        if os.name != "posix":
            if path.is_file():
                _shred(path)
            continue
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            continue
        held.append(fd)
        path.unlink(missing_ok=True)
    return held


def shred_detached(fds: list[int], background: bool = True) -> None:
    """Overwrite the detached files with random bytes, fsync and close them, in a background
    thread. It is not a daemon: the process finishes it before it exits (``wait_for_shredding``
    waits for it too). If the process is killed first, the file system frees blocks that hold only
    SQLCipher ciphertext, whose key died with the keyslots before the files were detached."""
    if not fds:
        return
    if not background:  # the process is ending: no thread may start now
        _shred_held(list(fds))
        return
    thread = threading.Thread(target=_shred_held, args=(list(fds),), name="shred-detached")
    thread.start()
    _SHREDDING.append(thread)


_SHREDDING: list[threading.Thread] = []


def wait_for_shredding() -> None:
    """Until every file ``shred_detached`` took is overwritten (tests, benchmarks)."""
    while _SHREDDING:
        _SHREDDING.pop().join()


def _shred_held(fds: list[int]) -> None:
    for fd in fds:
        try:
            size = os.fstat(fd).st_size
            for offset in range(0, size, CHUNK):
                os.pwrite(fd, os.urandom(min(CHUNK, size - offset)), offset)
            os.fsync(fd)
        except OSError:
            pass  # a disk that fails now: the blocks hold ciphertext whose key is gone
        finally:
            os.close(fd)


def wipe_folder(folder: Path, unsynced: int = 0) -> WipeReport:
    keyslots = folder / "keyslots"
    files = written = 0
    if keyslots.exists():  # first: without it nothing else can ever be decrypted
        written += destroy_keyslots(keyslots)
        files += 1
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_file() and not path.is_symlink():
            written += _shred(path)
            files += 1
    shutil.rmtree(folder, ignore_errors=True)
    return WipeReport(files, written, unsynced)


def emergency_wipe(session: Session) -> WipeReport:
    """Close the session, drop its key and wipe the whole workspace folder. Only a role the
    security model lets wipe may (docs/security.md, "Emergency wipe"): nothing is touched else."""
    session.require(Permission.WIPE)
    unsynced = unsynced_count(session) if session.store.is_open else 0
    folder = session.workspace.path
    session.store.close()
    session.lock()
    return wipe_folder(folder, unsynced)
