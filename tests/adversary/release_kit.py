"""Throwaway releases for the update tests: a key made in the test, a small bundle-like folder,
and an installed layout (ROOT/versions/X, ROOT/current) as ``fieldcase update`` leaves it."""

from __future__ import annotations

import os
from pathlib import Path

from app.system.releases.install import POINTER, VERSIONS
from app.system.releases.manifest import sign_release
from app.system.releases.minisign import SecretKey

PLATFORM = "linux-x86_64"


def bundle(
    folder: Path, version: str, key: SecretKey, platform: str = PLATFORM, *, links: bool = True
) -> Path:
    """A signed release folder shaped like the PyInstaller bundle (a program and _internal/; on
    Linux a link in it, as PyInstaller makes: ``links=False`` for a Windows-like one)."""
    (folder / "_internal" / "lib").mkdir(parents=True)
    program = folder / "fieldcase"
    program.write_bytes(b"\x7fELF fieldcase " + version.encode() + b"\n" * 100)
    os.chmod(program, 0o755)
    (folder / "_internal" / "lib" / "libpython3.11.so").write_bytes(os.urandom(70_000))
    # as PyInstaller links Qt's libraries into _internal/ (a relative link inside the bundle)
    if links:
        (folder / "_internal" / "libpython3.11.so").symlink_to("lib/libpython3.11.so")
    (folder / "_internal" / "base_library.zip").write_bytes(b"PK" + version.encode() * 300)
    sign_release(folder, key, version, platform)
    return folder


def installed(root: Path, version: str, key: SecretKey) -> Path:
    """ROOT with ``version`` installed and current."""
    bundle(root / VERSIONS / version, version, key)
    (root / POINTER).write_text(version + "\n", "ascii")
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` and its bytes: what "the current install untouched" compares."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }
