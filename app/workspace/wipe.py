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
