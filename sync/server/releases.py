"""Releases a team's server hosts for its laptops: storage, and the two routes that serve it.

::

    GET /v1/releases/latest[?platform=P]   {"releases": [{"version", "platform", "manifest",
                                                   "signature"}, ...]}: the newest per platform
    GET /v1/releases/{version}/{platform}/{path}  one file of that release

The server does not judge a release: ``fieldcase release publish`` verified it against the
program's release keys before copying it here, and every laptop verifies it again, itself, before
it believes the announcement or installs a byte (app/system/releases). A server that lies can make
a laptop download something it then refuses; it cannot make it install anything unsigned, changed
or older. Both routes need an enrolled device's token, like the rest of /v1.

Storage: ``RELEASES/PLATFORM/VERSION/`` holds the release folder as it was published (its
``fieldcase-release.json`` and ``.minisig`` with it). ``RELEASES`` is ``$FIELDCASE_RELEASES`` if
set, else beside a SQLite database (``fieldcase-server.db.releases``), else ``./fieldcase-releases``
in the server's working directory (PostgreSQL; several server processes must share it).
A release is copied to a hidden folder and renamed into place, so a half-copied one is never served.

No ``from __future__ import annotations``: FastAPI reads these annotations at definition time.
"""

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

from sync.protocol import ErrorCode
from sync.server import devices, models
from sync.server.api import ERRORS, Bearer, check_protocol
from sync.server.database import Database, normalise_url
from sync.server.errors import ServerError

MANIFEST = "fieldcase-release.json"
SIGNATURE = MANIFEST + ".minisig"
_NAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class ReleaseOut(BaseModel):
    version: str
    platform: str
    manifest: str = Field(description="fieldcase-release.json as published (UTF-8 JSON)")
    signature: str = Field(description="its minisign signature; the laptop verifies both")


class ReleasesOut(BaseModel):
    releases: list[ReleaseOut]


def releases_folder(db_url: str) -> Path:
    configured = os.environ.get("FIELDCASE_RELEASES")
    if configured:
        return Path(configured)
    url = normalise_url(db_url)
    if url.startswith("sqlite") and ":///" in url:
        return Path(url.split(":///", 1)[1] + ".releases")
    return Path("fieldcase-releases").resolve()


def add(folder: Path, store: Path, version: str, platform: str) -> Path:
    """Copy the release ``folder`` (verified by the caller) to ``store``; return where it is."""
    for name in (version, platform):
        if not _NAME.match(name) or name.startswith("."):
            raise ValueError(f"not a release name: {name!r}")
    target = store / platform / version
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".incoming-", dir=target.parent))
    try:
        shutil.copytree(folder, staging / "release", symlinks=True)  # links listed as links
        if target.exists():
            shutil.rmtree(target)
        os.rename(staging / "release", target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def latest(store: Path, platform: str) -> dict[str, str] | None:
    """The newest release published for ``platform`` (by version number), as the route sends it."""
    if not _NAME.match(platform):
        return None
    found: list[tuple[tuple[int, ...], Path]] = []
    for folder in (store / platform).glob("*"):
        if folder.name.startswith(".") or not (folder / SIGNATURE).is_file():
            continue
        try:
            found.append((tuple(int(part) for part in folder.name.split(".")), folder))
        except ValueError:
            continue
    if not found:
        return None
    folder = max(found)[1]
    return {
        "version": folder.name,
        "platform": platform,
        "manifest": (folder / MANIFEST).read_text("utf-8"),
        "signature": (folder / SIGNATURE).read_text("ascii"),
    }


def install(app: FastAPI, db: Database, db_url: str) -> None:
    store = releases_folder(db_url)
    protocol = [Depends(check_protocol)]

    def enrolled_device(credentials: Bearer) -> models.Device:
        return devices.authenticate(db, credentials.credentials if credentials else None)

    @app.get(
        "/v1/releases/latest",
        response_model=ReleasesOut,
        dependencies=protocol,
        responses=ERRORS,
        tags=["releases"],
        description="The newest fieldcase release this server hosts, per platform.",
    )
    def latest_releases(
        device: Annotated[models.Device, Depends(enrolled_device)],
        # A plain string with a pattern (empty: every platform), not ``str | None``: a schema of
        # "string or null" lets a fuzzer send an object for it that no query string can carry.
        platform: Annotated[
            str,
            Query(
                pattern=r"^[a-z0-9_.-]{1,40}$",
                description="only this one, e.g. linux-x86_64, windows-x86_64",
            ),
        ] = "",
    ) -> dict[str, Any]:
        platforms = [platform] if platform else sorted(p.name for p in store.glob("*"))
        found = [latest(store, name) for name in platforms]
        return {"releases": [item for item in found if item is not None]}

    @app.get(
        "/v1/releases/{version}/{platform}/{path:path}",
        dependencies=protocol,
        responses=ERRORS,
        tags=["releases"],
        description="One file of a hosted release (as listed in its signed manifest).",
    )
    def release_file(
        version: str,
        platform: str,
        path: str,
        device: Annotated[models.Device, Depends(enrolled_device)],
    ) -> FileResponse:
        parts = path.split("/")
        if (
            not _NAME.match(version)
            or version.startswith(".")
            or not _NAME.match(platform)
            or any(part in ("", ".", "..") or "\\" in part for part in parts)
        ):
            raise ServerError(ErrorCode.NOT_FOUND, "no such release file", status=404)
        base = (store / platform / version).resolve()
        target = (base / path).resolve()
        if not target.is_relative_to(base) or not target.is_file():
            raise ServerError(ErrorCode.NOT_FOUND, "no such release file", status=404)
        return FileResponse(target, media_type="application/octet-stream")
