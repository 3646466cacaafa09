"""A folder seen through a read-only view, for the tests of a workspace or an export folder on a
read-only disk (not a test module).

Root writes through file permissions, so ``chmod`` proves nothing when the tests run as root: there
the folder is bind-mounted on a second path and that mount remounted read-only, which is what a
write-protected USB stick or a disk remounted read-only after an error gives (``EROFS``, for root
too). As another user, permissions do it (``chmod a-w``, ``EACCES``). A run that can do neither
(root in a container that may not mount) skips, saying why."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SYSTEM_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"


def _run(*args: str) -> bool:
    return subprocess.run(args, capture_output=True, check=False).returncode == 0


@contextmanager
def read_only_view(folder: Path) -> Iterator[Path]:
    """``folder``'s content as a path where nothing can be written, created or removed."""
    if os.geteuid() != 0:
        paths = [folder, *folder.rglob("*")]
        modes = {p: stat.S_IMODE(p.stat().st_mode) for p in paths}
        for p in paths:
            p.chmod(modes[p] & ~0o222)
        try:
            yield folder
        finally:
            for p in reversed(paths):
                p.chmod(modes[p])
        return
    mount, umount = (
        shutil.which("mount", path=SYSTEM_PATH),
        shutil.which("umount", path=SYSTEM_PATH),
    )
    if mount is None or umount is None:
        pytest.skip("running as root, and mount is not installed: no read-only view can be made")
    view = folder.with_name(folder.name + "-read-only")
    view.mkdir()
    if not _run(mount, "--bind", str(folder), str(view)):
        view.rmdir()
        pytest.skip("running as root where bind mounts are not allowed: no read-only view")
    try:
        if not _run(mount, "-o", "remount,bind,ro", str(view)):
            pytest.skip("running as root where a bind mount cannot be made read-only")
        yield view
    finally:
        _run(umount, str(view))
        view.rmdir()
