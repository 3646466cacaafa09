"""A release's manifest: what the folder must hold, byte for byte, signed by a release key.

``fieldcase-release.json`` (UTF-8 JSON, keys sorted)::

    {"format": "fieldcase-release/1", "version": "0.2.0", "platform": "linux-x86_64",
     "files": [{"path": "fieldcase", "size": 1234, "sha256": "...", "executable": true}, ...]}

``fieldcase-release.json.minisig`` signs those exact bytes (minisign, prehashed); its trusted
comment is ``fieldcase VERSION PLATFORM``, checked against the manifest, so the version a person
is shown is the version the key signed.

Contract of :func:`verify_release`: it returns only when the signature verifies against a trusted
key, every listed file is present with the listed size and SHA-256, and the folder holds nothing
else (no extra file, no link, no device). Anything else raises :class:`ReleaseRefused` with one
line naming the first problem found. Nothing is written.
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
import platform as host
import posixpath
import re
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from app.errors import FieldcaseError
from app.system.releases.minisign import (
    MinisignError,
    PublicKey,
    SecretKey,
    UntrustedKey,
    verify,
)

MANIFEST = "fieldcase-release.json"
SIGNATURE = MANIFEST + ".minisig"
FORMAT = "fieldcase-release/1"
_VERSION = re.compile(r"^\d{1,6}(\.\d{1,6}){1,3}$")
_CHUNK = 1 << 20


class Refusal(enum.Enum):
    """Why a release was refused, for a screen that says it in the user's language."""

    NOT_A_RELEASE = "not_a_release"  # no manifest, no signature, not a folder or archive
    UNTRUSTED_KEY = "untrusted_key"  # a signature by a key this program does not trust
    BAD_SIGNATURE = "bad_signature"  # the manifest or its trusted comment was changed
    FILES = "files"  # a file changed, truncated, missing, extra, a link
    PLATFORM = "platform"
    SAME_VERSION = "same_version"
    DOWNGRADE = "downgrade"
    DEVELOPER_CHECKOUT = "developer_checkout"


class ReleaseRefused(FieldcaseError):
    """The release is not one to trust or install; the message says why, in one line, and
    ``refusal`` which kind of refusal it is (``version``: the release's, when known)."""

    def __init__(
        self, message: str, kind: Refusal = Refusal.NOT_A_RELEASE, version: str = ""
    ) -> None:
        super().__init__(message)
        self.refusal = kind
        self.version = version


BAD, FILES = Refusal.BAD_SIGNATURE, Refusal.FILES


@dataclass(frozen=True)
class ReleaseFile:
    path: str  # POSIX, relative to the release folder
    size: int
    sha256: str
    executable: bool = False
    # a symbolic link (the bundle links Qt's libraries into _internal/): its relative target,
    # which must stay inside the release; size and sha256 are then those of the target text
    link: str | None = None

    def to_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {"path": self.path, "size": self.size, "sha256": self.sha256}
        if self.executable:
            found["executable"] = True
        if self.link is not None:
            found["link"] = self.link
        return found


@dataclass(frozen=True)
class Release:
    """A release whose manifest verified (and, from :func:`verify_release`, its files too)."""

    version: str
    platform: str
    files: tuple[ReleaseFile, ...]
    signer: str  # the key id, as minisign prints it

    @property
    def size(self) -> int:
        return sum(file.size for file in self.files)


def this_platform() -> str:
    """``linux-x86_64``, ``windows-x86_64``, ``macos-arm64``: what a release is built for."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = host.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def version_key(version: str) -> tuple[int, ...]:
    if not _VERSION.match(version):
        raise ReleaseRefused(f"{version!r} is not a release version (numbers and dots)")
    parts = tuple(int(part) for part in version.split("."))
    return parts + (0,) * (4 - len(parts))


def sign_release(folder: Path, key: SecretKey, version: str, platform: str) -> Release:
    """List every file of ``folder`` in a manifest and sign it (both written into the folder)."""
    version_key(version)
    for name in (MANIFEST, SIGNATURE):
        (folder / name).unlink(missing_ok=True)
    files = tuple(_describe(folder, path) for path in _walk(folder))
    manifest = {
        "format": FORMAT,
        "version": version,
        "platform": platform,
        "files": [file.to_json() for file in files],
    }
    data = (json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False) + "\n").encode()
    (folder / MANIFEST).write_bytes(data)
    (folder / SIGNATURE).write_text(key.sign(data, _comment(version, platform)), "ascii")
    return Release(version, platform, files, key.key_id_hex)


def read_manifest(data: bytes, signature: str, trusted: Sequence[PublicKey]) -> Release:
    """The release a manifest describes, once its signature verified; its files are not read."""
    if not trusted:
        raise ReleaseRefused("no release key is trusted here: nothing can be verified")
    try:
        checked = verify(data, signature, list(trusted))
    except UntrustedKey as exc:
        raise ReleaseRefused(f"refused: {exc}", Refusal.UNTRUSTED_KEY) from None
    except MinisignError as exc:
        raise ReleaseRefused(f"refused: {exc}", Refusal.BAD_SIGNATURE) from None
    try:
        body = json.loads(data.decode("utf-8"))
        release = _release(body, checked.signer.key_id_hex)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ReleaseRefused("refused: the signed manifest cannot be read", BAD) from None
    if checked.trusted_comment != _comment(release.version, release.platform):
        raise ReleaseRefused("refused: the signature was made for another version or platform", BAD)
    return release


def files_to_fetch(
    data: bytes, signature: str, trusted: Sequence[PublicKey]
) -> list[tuple[str, int, str | None]]:
    """What to download of an announced release, once its manifest verified: ``(path, size,
    link target or None)`` of each entry (a link is made, not fetched)."""
    release = read_manifest(data, signature, trusted)
    return [(file.path, file.size, file.link) for file in release.files]


def verify_release(folder: Path, trusted: Sequence[PublicKey]) -> Release:
    """Check a release folder completely (see the module's contract)."""
    if not folder.is_dir():
        raise ReleaseRefused(f"{folder} is not a folder")
    manifest, signature = folder / MANIFEST, folder / SIGNATURE
    if not manifest.is_file():
        raise ReleaseRefused(f"refused: {folder} holds no release manifest ({MANIFEST})")
    if not signature.is_file():
        raise ReleaseRefused(f"refused: the release is not signed (no {SIGNATURE})")
    try:
        signature_text = signature.read_text("ascii")
    except UnicodeDecodeError:
        raise ReleaseRefused("refused: the signature file is not in minisign format", BAD) from None
    release = read_manifest(manifest.read_bytes(), signature_text, trusted)
    listed = {file.path: file for file in release.files}
    present = set(_walk(folder))
    missing, extra = sorted(set(listed) - present), sorted(present - set(listed))
    version = release.version
    if missing:
        raise ReleaseRefused(f"refused: {missing[0]} is missing from the release", FILES, version)
    if extra:
        raise ReleaseRefused(f"refused: {extra[0]} is not in the signed manifest", FILES, version)
    for file in release.files:
        found = _describe(folder, file.path)
        if found.link != file.link:
            raise ReleaseRefused(
                f"refused: {file.path} is not the "
                + (f"link to {file.link}" if file.link else "file")
                + " the manifest lists",
                FILES,
                version,
            )
        if found.size != file.size:
            raise ReleaseRefused(
                f"refused: {file.path} is {found.size} bytes, the manifest says {file.size}"
                " (truncated or changed)",
                FILES,
                version,
            )
        if found.sha256 != file.sha256:
            raise ReleaseRefused(
                f"refused: {file.path} was changed (its SHA-256 does not match)", FILES, version
            )
    return release


def _comment(version: str, platform: str) -> str:
    return f"fieldcase {version} {platform}"


def _release(body: dict[str, Any], signer: str) -> Release:
    if body["format"] != FORMAT:
        raise ValueError(body["format"])
    files = []
    for item in body["files"]:
        path = str(item["path"])
        _check_path(path)
        size = item["size"]
        if type(size) is not int or size < 0 or not re.fullmatch(r"[0-9a-f]{64}", item["sha256"]):
            raise ValueError(path)
        link = item.get("link")
        if link is not None:
            link = _check_link(path, str(link))
        executable = bool(item.get("executable"))
        files.append(ReleaseFile(path, size, item["sha256"], executable, link))
    if len({file.path.casefold() for file in files}) != len(files):
        raise ValueError("a path twice")  # two names one case-insensitive disk would merge
    version, platform = str(body["version"]), str(body["platform"])
    version_key(version)
    return Release(version, platform, tuple(files), signer)


def _check_path(path: str) -> None:
    pure = PurePosixPath(path)
    if (
        not path
        or pure.is_absolute()
        or "\\" in path
        or ":" in path
        or any(part in ("", ".", "..") for part in path.split("/"))
        or path in (MANIFEST, SIGNATURE)
    ):
        raise ValueError(f"unsafe path {path!r}")


def _check_link(path: str, target: str) -> str:
    """``target`` if a link at ``path`` pointing there stays inside the release, else ValueError."""
    inside = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
    if not target or target.startswith("/") or "\\" in target or ":" in target:
        raise ValueError(f"unsafe link {path!r}")
    if inside == ".." or inside.startswith("../") or inside in (".", MANIFEST, SIGNATURE):
        raise ValueError(f"link {path!r} leaves the release")
    return target


def _walk(folder: Path) -> list[str]:
    """Every file and link below ``folder`` but the manifest and its signature, as POSIX paths; a
    link that leaves the folder, or anything that is not a file, link or folder, refuses it."""
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        mode = path.lstat().st_mode
        if stat.S_ISDIR(mode):
            continue
        if stat.S_ISLNK(mode):
            try:
                _check_link(relative, os.readlink(path))
            except ValueError:
                raise ReleaseRefused(
                    f"refused: {relative} links outside the release", FILES
                ) from None
        elif not stat.S_ISREG(mode):
            raise ReleaseRefused(f"refused: {relative} is a special file", FILES)
        if relative not in (MANIFEST, SIGNATURE):
            found.append(relative)
    return found


def _describe(folder: Path, relative: str) -> ReleaseFile:
    path = folder / relative
    if path.is_symlink():
        target = os.readlink(path)
        data = target.encode("utf-8")
        return ReleaseFile(relative, len(data), hashlib.sha256(data).hexdigest(), False, target)
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    executable = bool(path.stat().st_mode & stat.S_IXUSR)
    return ReleaseFile(relative, size, digest.hexdigest(), executable)
