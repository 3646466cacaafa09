"""Crash-safe file replacement: a reader sees the old file or the new one, never half of either.

Files written here are the current user's only (0600 from the moment they exist: the temporary
file is created with that mode, so the renamed file has it too), and folders made here for them
(``private_folder``) are 0700. An export, a printed case file or a saved chart holds identified
data: another account on a shared laptop must not read it by default.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from app.errors import ReadOnlyFolder, StorageFull


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: temp file in the same folder, fsync, rename, fsync the folder.

    On a full disk the temp file is removed, the old file is untouched and ``StorageFull`` is raised.
    """
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        _remove_quietly(tmp)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise StorageFull(
                f"the disk is full: could not write {path.name}; nothing was lost"
            ) from exc
        raise
    fsync_folder(path.parent)


@contextmanager
def replacing(path: Path) -> Iterator[BinaryIO]:
    """``write_atomically`` for a file written piece by piece (too large to hold in memory): write
    to the file this yields; when the block ends without an error, ``path`` is replaced whole. On
    an error, or a full disk (``StorageFull``), the temp file is removed and ``path`` untouched."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        _remove_quietly(tmp)
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise StorageFull(
                f"the disk is full: could not write {path.name}; nothing was lost"
            ) from exc
        raise
    fsync_folder(path.parent)


# What a write refused by a read-only disk or by the folder's permissions raises.
READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def is_read_only(exc: BaseException) -> bool:
    """``exc`` says the file system or the permissions refused a write."""
    return isinstance(exc, OSError) and exc.errno in READ_ONLY_ERRNOS


def read_only_workspace(folder: Path) -> ReadOnlyFolder:
    """Logging in writes (the audit log, the back-off count): a workspace on a read-only disk,
    or in a folder this user may not write, cannot be opened, and is not damaged either."""
    return ReadOnlyFolder(
        f"the workspace folder is read-only: {folder} (a disk mounted read-only, or no"
        " permission to write there); copy the folder to a writable disk to open it",
        str(folder),
        workspace=True,
    )


def private_folder(folder: Path) -> None:
    """Make ``folder`` and any missing parents, each 0700; folders that exist keep their mode
    (the person chose them: a USB stick, their Documents folder)."""
    missing = []
    for path in (folder, *folder.parents):
        if path.exists():
            break
        missing.append(path)
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            pass


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    try:
        os.remove(path)
    except OSError:
        pass
