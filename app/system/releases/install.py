"""Installing a verified release beside the running one, so that a half-copied update never runs.

The layout of an installed fieldcase (the bundle of ``make bundle``, one folder per version)::

    ROOT/versions/0.1.0/        a release folder, with its signed manifest
    ROOT/versions/0.2.0/
    ROOT/current                one line: the version to start ("0.2.0")
    ROOT/start-fieldcase, ROOT/start-fieldcase.cmd   launchers: versions/$(cat current)/fieldcase

:func:`install`, in this order: unpack (an archive) or read (a folder) the release; verify it
completely (:func:`manifest.verify_release` with the trusted keys); refuse another platform, the
running version or an older one; copy it to ``versions/.incoming-…`` and verify the copy again;
rename that folder to ``versions/VERSION``; only then replace ``current`` (written beside it,
flushed, renamed over it). A power cut or a refusal at any step leaves ``current`` naming the
version that ran before; what is left in ``.incoming-…`` is never started and is removed by the
next install. After a successful install the newest :data:`KEEP` versions stay (the new one and
the one before it, for a rollback: :func:`roll_back`, :func:`previous_version`) and older ones
are removed; the version running and the one ``current`` names are never removed.

A program not running from a bundle (a developer's checkout under ``.venv``) has no such root:
:func:`check_update` verifies a release the same way and installs nothing.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from app.system.releases.manifest import (
    MANIFEST,
    SIGNATURE,
    Refusal,
    Release,
    ReleaseRefused,
    read_manifest,
    this_platform,
    verify_release,
    version_key,
)
from app.system.releases.minisign import PublicKey

POINTER = "current"
VERSIONS = "versions"
INCOMING = ".incoming-"
REMOVING = ".removing-"
KEEP = 2  # installed versions kept after an install: the newest two
MAX_UNPACKED = 2 << 30  # an archive that unpacks to more than 2 GiB is not a fieldcase release
_LAUNCH_SH = """#!/bin/sh
# Starts the fieldcase version named in ./current (written by `fieldcase update`).
here=$(dirname "$(readlink -f "$0")")
exec "$here/versions/$(cat "$here/current")/fieldcase" "$@"
"""
_LAUNCH_CMD = """@echo off
rem Starts the fieldcase version named in current (written by `fieldcase update`).
set /p FIELDCASE_VERSION=<"%~dp0current"
"%~dp0versions\\%FIELDCASE_VERSION%\\fieldcase.exe" %*
"""


class NotAnInstall(ReleaseRefused):
    """The running program is a developer's checkout: nothing can be installed into it."""


@dataclass(frozen=True)
class Installed:
    release: Release
    folder: Path
    previous: str


def running_version() -> str:
    """The version of the running program: its bundle's signed manifest, else the package's."""
    if getattr(sys, "frozen", False):
        manifest = Path(sys.executable).resolve().parent / MANIFEST
        if manifest.is_file():
            import json

            return str(json.loads(manifest.read_bytes())["version"])
    try:
        return metadata.version("fieldcase")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def install_root() -> Path:
    """The root of the running bundle's install (see the module's layout); :class:`NotAnInstall`
    where the program runs from a developer's checkout."""
    if not getattr(sys, "frozen", False):
        raise NotAnInstall(
            f"this fieldcase runs from a developer checkout ({Path(sys.prefix)}): updates are "
            "installed into a bundle only (use git there)",
            Refusal.DEVELOPER_CHECKOUT,
        )
    bundle = Path(sys.executable).resolve().parent
    return bundle.parent.parent if bundle.parent.name == VERSIONS else bundle.parent


def check_update(
    source: Path, *, running: str, trusted: Sequence[PublicKey], platform: str | None = None
) -> Release:
    """Verify ``source`` (a release folder or archive) as :func:`install` would; write nothing
    lasting (an archive is unpacked into a temporary folder, then removed)."""
    with tempfile.TemporaryDirectory(prefix="fieldcase-update-") as scratch:
        with unpacked(source, Path(scratch)) as folder:
            return _acceptable(folder, running, trusted, platform)


def install(
    source: Path,
    *,
    root: Path,
    running: str,
    trusted: Sequence[PublicKey],
    platform: str | None = None,
) -> Installed:
    """Install the release at ``source`` under ``root`` (see the module's contract)."""
    versions = root / VERSIONS
    versions.mkdir(parents=True, exist_ok=True)
    for stale in [*versions.glob(INCOMING + "*"), *versions.glob(REMOVING + "*")]:
        shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=INCOMING, dir=versions))
    try:
        with unpacked(source, staging / "unpacked") as folder:
            release = _acceptable(folder, running, trusted, platform)
            copy = staging / "release"
            _copy(folder, copy, release)
        verify_release(copy, trusted)  # the copy on this disk, read back
        target = versions / release.version
        if target.exists():  # installed before but never made current (or rolled back from)
            shutil.rmtree(target)
        os.rename(copy, target)
        _fsync_folder(versions)
        _write_pointer(root, release.version)
        _write_launchers(root)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _remove_old_versions(root, keep={running, release.version})
    return Installed(release, target, running)


def installed_versions(root: Path) -> list[str]:
    """The versions installed under ``root`` (a folder holding a manifest), oldest first."""
    found = []
    for folder in (root / VERSIONS).glob("*"):
        try:
            key = version_key(folder.name)
        except ReleaseRefused:
            continue  # .incoming-… and anything else that is not a version
        if (folder / MANIFEST).is_file():
            found.append((key, folder.name))
    return [name for _, name in sorted(found)]


def previous_version(root: Path) -> str | None:
    """The installed version a rollback goes back to: the newest one older than the version
    ``current`` names (None when there is none, or nothing is current)."""
    now = current(root)
    if now is None:
        return None
    try:
        limit = version_key(now)
    except ReleaseRefused:
        return None
    older = [name for name in installed_versions(root) if version_key(name) < limit]
    return older[-1] if older else None


def _remove_old_versions(root: Path, keep: set[str]) -> None:
    """Remove installed versions beyond the newest :data:`KEEP`, never one in ``keep`` nor the
    one ``current`` names. A version that cannot be removed now (a file in use on Windows) is
    left for the next install."""
    now = current(root)
    for name in installed_versions(root)[:-KEEP]:
        if name in keep or name == now:
            continue
        doomed = root / VERSIONS / f"{REMOVING}{name}"
        try:  # one rename first: a half-removed folder is never taken for a version
            os.rename(root / VERSIONS / name, doomed)
        except OSError:
            continue
        shutil.rmtree(doomed, ignore_errors=True)


def newer_announced(
    announcements: Sequence[dict[str, str]],
    *,
    running: str,
    trusted: Sequence[PublicKey],
    platform: str | None = None,
) -> Release | None:
    """The release a server announces for this platform, if its manifest verifies and it is newer
    than ``running``; ``None`` otherwise (an announcement that does not verify is ignored)."""
    wanted = platform or this_platform()
    for offer in announcements:
        if offer.get("platform") != wanted:
            continue
        try:
            release = read_manifest(
                str(offer.get("manifest", "")).encode("utf-8"),
                str(offer.get("signature", "")),
                trusted,
            )
            if release.platform == wanted and version_key(release.version) > version_key(running):
                return release
        except ReleaseRefused:
            continue
    return None


def current(root: Path) -> str | None:
    try:
        return (root / POINTER).read_text("ascii").strip() or None
    except FileNotFoundError:
        return None


def roll_back(root: Path, version: str) -> None:
    """Make an installed earlier ``version`` the one that starts (it must still verify)."""
    if not (root / VERSIONS / version / MANIFEST).is_file():
        raise ReleaseRefused(f"version {version} is not installed here")
    _write_pointer(root, version)


def _acceptable(
    folder: Path, running: str, trusted: Sequence[PublicKey], platform: str | None
) -> Release:
    release = verify_release(folder, trusted)
    wanted = platform or this_platform()
    if release.platform != wanted:
        raise ReleaseRefused(
            f"refused: the release is for {release.platform}, this computer is {wanted}",
            Refusal.PLATFORM,
            release.version,
        )
    if version_key(release.version) == version_key(running):
        raise ReleaseRefused(
            f"refused: version {release.version} is the one running already",
            Refusal.SAME_VERSION,
            release.version,
        )
    if version_key(release.version) < version_key(running):
        raise ReleaseRefused(
            f"refused: version {release.version} is older than the running {running} (a downgrade)",
            Refusal.DOWNGRADE,
            release.version,
        )
    return release


@contextmanager
def unpacked(source: Path, scratch: Path) -> Iterator[Path]:
    """The release folder ``source`` is, or holds once unpacked into ``scratch``."""
    if source.is_dir():
        yield _release_folder(source)
        return
    if not source.is_file():
        raise ReleaseRefused(f"{source} does not exist")
    scratch.mkdir(parents=True, exist_ok=True)
    if zipfile.is_zipfile(source):
        _unzip(source, scratch)
    elif tarfile.is_tarfile(source):
        _untar(source, scratch)
    else:
        raise ReleaseRefused(f"refused: {source.name} is neither a folder nor a .zip or .tar.gz")
    yield _release_folder(scratch)


def _release_folder(folder: Path) -> Path:
    if (folder / MANIFEST).exists() or (folder / SIGNATURE).exists():
        return folder
    inner = [path for path in folder.iterdir() if path.is_dir()]
    if len(inner) == 1 and (inner[0] / MANIFEST).exists():
        return inner[0]
    return folder  # verify_release says what is missing


def _unzip(archive: Path, into: Path) -> None:
    with zipfile.ZipFile(archive) as opened:
        total = 0
        for info in opened.infolist():
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise ReleaseRefused(
                    f"refused: {info.filename} in the archive is a link", Refusal.FILES
                )
            _safe_member(info.filename)
            total += info.file_size
            if total > MAX_UNPACKED:
                raise ReleaseRefused("refused: the archive unpacks to more than 2 GiB")
        opened.extractall(into)


def _untar(archive: Path, into: Path) -> None:
    with tarfile.open(archive) as opened:
        total = 0
        for member in opened.getmembers():
            if not (member.isfile() or member.isdir() or member.issym()):
                raise ReleaseRefused(
                    f"refused: {member.name} in the archive is a special file", Refusal.FILES
                )
            _safe_member(member.name)
            total += member.size
            if total > MAX_UNPACKED:
                raise ReleaseRefused("refused: the archive unpacks to more than 2 GiB")
        try:
            opened.extractall(into, filter="data")
        except tarfile.FilterError as exc:
            raise ReleaseRefused(
                f"refused: {exc.tarinfo.name} in the archive points outside it", Refusal.FILES
            ) from None


def _safe_member(name: str) -> None:
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or ":" in name or ".." in parts:
        raise ReleaseRefused(f"refused: {name} in the archive points outside it", Refusal.FILES)


def _copy(folder: Path, copy: Path, release: Release) -> None:
    copy.mkdir()
    for name in (MANIFEST, SIGNATURE):
        shutil.copyfile(folder / name, copy / name)
        _fsync_file(copy / name)
    for file in release.files:
        target = copy / file.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if file.link is not None:
            os.symlink(file.link, target)
            continue
        shutil.copyfile(folder / file.path, target)
        os.chmod(target, 0o755 if file.executable else 0o644)
        _fsync_file(target)


def _write_pointer(root: Path, version: str) -> None:
    temporary = root / (POINTER + ".new")
    with temporary.open("w", encoding="ascii") as file:
        file.write(version + "\n")
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, root / POINTER)
    _fsync_folder(root)


def _write_launchers(root: Path) -> None:
    for name, text, mode in (
        ("start-fieldcase", _LAUNCH_SH, 0o755),
        ("start-fieldcase.cmd", _LAUNCH_CMD, 0o644),
    ):
        path = root / name
        if path.exists():
            continue
        path.write_text(text, "ascii", newline="\r\n" if name.endswith(".cmd") else "\n")
        os.chmod(path, mode)


def _fsync_file(path: Path) -> None:
    with path.open("rb") as file:
        os.fsync(file.fileno())


def _fsync_folder(path: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to flush it; NTFS journals the rename
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
