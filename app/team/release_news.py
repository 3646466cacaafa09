"""What the team's server says about fieldcase releases, laptop side: the announcement, and the
download of an announced release.

In each sync round (``Synchroniser``, after the pull) :func:`notice` asks the server for the newest
release of each platform it hosts and keeps the answer in the workspace's settings as it came:
manifest text and signature, unverified. This layer knows no release key; whoever shows the
announcement (the desktop app's status bar, ``fieldcase update --from-server``) verifies the
signature against the keys shipped in the program (app/system/releases) and compares versions
first, so a server cannot make a laptop announce, download or install anything unsigned or older.

:func:`download` writes the files a verified manifest lists, each cut at its listed size, into a
folder; the caller then verifies that folder completely before installing it, exactly as a USB
stick's. A download cut short leaves a file short: it is refused, and nothing is installed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import httpx

from app.cases.book import CaseBook
from app.workspace.store import Store
from sync.client import SyncClient
from sync.errors import SyncError, SyncErrorKind

SETTING = "release_announcement"
MANIFEST = "fieldcase-release.json"
SIGNATURE = MANIFEST + ".minisig"
_CHUNK = 1 << 16


def notice(store: Store, client: SyncClient) -> list[dict[str, str]]:
    """Ask the server what it announces and keep it; ``[]`` when it hosts none (or is too old to
    know releases). Never fails a sync round over releases: a network error keeps the last one."""
    try:
        response = client.http.get("/v1/releases/latest")
    except httpx.HTTPError:  # any trouble here waits for the next round
        return announced(store)
    if response.status_code == 404:
        releases: list[dict[str, str]] = []
    elif response.status_code != 200:
        return announced(store)
    else:
        try:
            body = response.json()
            releases = [
                {key: str(item[key]) for key in ("version", "platform", "manifest", "signature")}
                for item in body["releases"]
            ]
        except (ValueError, KeyError, TypeError):
            return announced(store)
    with store.atomic():
        store.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (SETTING, json.dumps(releases)),
        )
    return releases


def announced(store: Store) -> list[dict[str, str]]:
    """What the server announced at the last round that reached it (unverified)."""
    value = store.scalar("SELECT value FROM settings WHERE key = ?", (SETTING,))
    if value is None:
        return []
    try:
        found = json.loads(str(value))
    except ValueError:
        return []
    return found if isinstance(found, list) else []


def download(
    book: CaseBook,
    platform: str,
    into: Path,
    files_of: Callable[[bytes, str], list[tuple[str, int, str | None]]],
    transport: httpx.BaseTransport | None = None,
) -> None:
    """Download the release the server announces for ``platform`` into ``into``.

    ``files_of(manifest, signature)`` verifies the announcement (it raises when it does not) and
    returns the files to fetch, ``(path, size, link)``; nothing is fetched before it returned. A
    link is made here (pointing where the manifest says), never fetched."""
    from app.team.synchronise import Synchroniser

    client = Synchroniser(book, transport)._client()
    try:
        notice(book.store, client)
        offer = next((item for item in announced(book.store) if item["platform"] == platform), None)
        if offer is None:
            raise SyncError(
                SyncErrorKind.MALFORMED, f"the team's server announces no release for {platform}"
            )
        manifest = offer["manifest"].encode("utf-8")
        files = files_of(manifest, offer["signature"])
        into.mkdir(parents=True, exist_ok=True)
        (into / MANIFEST).write_bytes(manifest)
        (into / SIGNATURE).write_text(offer["signature"], "ascii")
        base = f"/v1/releases/{quote(offer['version'])}/{quote(platform)}/"
        for path, size, link in files:
            if link is not None:
                (into / path).parent.mkdir(parents=True, exist_ok=True)
                os.symlink(link, into / path)
                continue
            _fetch(client, base + quote(path), into / path, size)
    finally:
        client.close()


def _fetch(client: SyncClient, url: str, target: Path, size: int) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with client.http.stream("GET", url) as response, target.open("wb") as file:
        if response.status_code != 200:
            raise SyncError(
                SyncErrorKind.SERVER,
                f"the server did not send {target.name} ({response.status_code})",
            )
        for chunk in response.iter_bytes(_CHUNK):
            keep = chunk[: max(size - written, 0)]
            file.write(keep)
            written += len(keep)
            if written >= size:
                break
