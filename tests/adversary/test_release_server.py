"""The team's server hosts releases and announces them; it is not trusted with any of it.

Real parts: a ``fieldcase server`` process on loopback, a real laptop workspace enrolled with it,
the sync round that reads the announcement, the download and the install of app/system/releases.
The server's release storage is edited by hand (the administrator, or whoever took the server,
changing what it serves), and an httpx transport cuts a download short.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from app.cases.book import CaseBook
from app.cli.main import main
from app.system.releases.install import current, install, newer_announced
from app.system.releases.manifest import MANIFEST, ReleaseRefused, files_to_fetch
from app.system.releases.minisign import SecretKey
from app.team.membership import found_team
from app.team.release_news import announced, download
from app.team.synchronise import Synchroniser
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server.releases import add, releases_folder
from tests.adversary.release_kit import PLATFORM, bundle, installed, snapshot
from tests.conftest import PASSWORD
from tests.integration.test_server_process import ServerProcess
from tests.integration.test_team_sync import _enrol, _laptop

KEY = SecretKey.generate()
TRUSTED = [KEY.public_key()]


@pytest.fixture
def laptop(server: ServerProcess, tmp_path: Path) -> CaseBook:
    book = _laptop(tmp_path, "sup")
    found_team(book, "shelter")
    _enrol(server, book, "shelter", supervisor=True)
    return book


def publish(server: ServerProcess, tmp_path: Path, version: str, platform: str = PLATFORM) -> Path:
    release = bundle(tmp_path / "build" / version, version, KEY, platform)
    return add(release, releases_folder(server.db_url), version, platform)


def files_of(manifest: bytes, signature: str) -> list[tuple[str, int, str | None]]:
    return files_to_fetch(manifest, signature, TRUSTED)


def test_the_sync_round_reads_the_announcement_and_a_genuine_release_installs(
    server: ServerProcess, laptop: CaseBook, tmp_path: Path
) -> None:
    publish(server, tmp_path, "0.2.0")
    publish(server, tmp_path, "0.3.0")
    assert announced(laptop.store) == []
    Synchroniser(laptop).sync()
    offers = announced(laptop.store)
    assert [(o["platform"], o["version"]) for o in offers] == [(PLATFORM, "0.3.0")]
    offer = newer_announced(offers, running="0.1.0", trusted=TRUSTED, platform=PLATFORM)
    assert offer is not None and offer.version == "0.3.0"
    assert newer_announced(offers, running="0.3.0", trusted=TRUSTED, platform=PLATFORM) is None

    download(laptop, PLATFORM, tmp_path / "download", files_of)
    root = installed(tmp_path / "install", "0.1.0", KEY)
    install(tmp_path / "download", root=root, running="0.1.0", trusted=TRUSTED, platform=PLATFORM)
    assert current(root) == "0.3.0"


def test_an_announcement_the_laptop_cannot_verify_is_not_offered_nor_fetched(
    server: ServerProcess, laptop: CaseBook, tmp_path: Path
) -> None:
    """The server rewrites a release's manifest to announce 9.9.9: the laptop shows nothing and
    downloads no file (the manifest is verified before any file is asked for)."""
    where = publish(server, tmp_path, "0.2.0")
    manifest = where / MANIFEST
    manifest.write_text(manifest.read_text().replace('"0.2.0"', '"9.9.9"'))
    Synchroniser(laptop).sync()
    offers = announced(laptop.store)
    assert newer_announced(offers, running="0.1.0", trusted=TRUSTED, platform=PLATFORM) is None
    with pytest.raises(ReleaseRefused, match="the signature does not match"):
        download(laptop, PLATFORM, tmp_path / "download", files_of)
    assert not (tmp_path / "download").exists()


def test_an_older_release_announced_is_not_offered(
    server: ServerProcess, laptop: CaseBook, tmp_path: Path
) -> None:
    publish(server, tmp_path, "0.0.5")
    Synchroniser(laptop).sync()
    offers = announced(laptop.store)
    assert offers and offers[0]["version"] == "0.0.5"
    assert newer_announced(offers, running="0.1.0", trusted=TRUSTED, platform=PLATFORM) is None


def test_a_file_changed_on_the_server_is_refused_and_nothing_is_installed(
    server: ServerProcess, laptop: CaseBook, tmp_path: Path
) -> None:
    where = publish(server, tmp_path, "0.2.0")
    program = where / "fieldcase"
    program.write_bytes(program.read_bytes().replace(b"fieldcase", b"backdoor!"))
    Synchroniser(laptop).sync()
    download(laptop, PLATFORM, tmp_path / "download", files_of)
    root = installed(tmp_path / "install", "0.1.0", KEY)
    before = snapshot(root)
    with pytest.raises(ReleaseRefused, match="fieldcase was changed"):
        install(tmp_path / "download", root=root, running="0.1.0", trusted=TRUSTED)
    assert snapshot(root) == before and current(root) == "0.1.0"


class CutDownloads(httpx.BaseTransport):
    """Passes requests on; the body of every release file comes back cut to half its length."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if not request.url.path.startswith("/v1/releases/0."):
            return response
        body = response.read()
        return httpx.Response(response.status_code, content=body[: len(body) // 2])

    def close(self) -> None:
        self.inner.close()


def test_a_truncated_download_is_refused_and_nothing_is_installed(
    server: ServerProcess, laptop: CaseBook, tmp_path: Path
) -> None:
    publish(server, tmp_path, "0.2.0")
    download(laptop, PLATFORM, tmp_path / "download", files_of, transport=CutDownloads())
    root = installed(tmp_path / "install", "0.1.0", KEY)
    before = snapshot(root)
    with pytest.raises(ReleaseRefused, match=r"truncated or changed"):
        install(tmp_path / "download", root=root, running="0.1.0", trusted=TRUSTED)
    assert snapshot(root) == before and current(root) == "0.1.0"


def test_release_files_need_an_enrolled_device_and_stay_inside_the_storage(
    server: ServerProcess, laptop: CaseBook, tmp_path: Path
) -> None:
    publish(server, tmp_path, "0.2.0")
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    anonymous = httpx.get(f"{server.url}/v1/releases/latest", headers=headers)
    assert anonymous.status_code == 401
    client = Synchroniser(laptop)._client()
    try:
        listed = client.http.get("/v1/releases/latest", params={"platform": PLATFORM}).json()
        assert [item["version"] for item in listed["releases"]] == ["0.2.0"]
        for path in ("../../server.db", "..%2F..%2Fserver.db", "%2e%2e/%2e%2e/server.db"):
            assert client.http.get(f"/v1/releases/0.2.0/{PLATFORM}/{path}").status_code == 404
        assert client.http.get(f"/v1/releases/0.2.0/{PLATFORM}/fieldcase").status_code == 200
    finally:
        client.close()


def test_update_from_the_server_on_the_command_line(
    server: ServerProcess,
    laptop: CaseBook,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`fieldcase update --from-server` downloads and verifies (here a developer checkout, so it
    then says it cannot install); the shipped keys are swapped for the test's throwaway key."""
    from app.system.releases import trust
    from app.system.releases.manifest import this_platform

    monkeypatch.setattr(trust, "shipped_keys", lambda: TRUSTED)
    publish(server, tmp_path, "99.0.0", this_platform())
    laptop.session.lock()
    folder = tmp_path / "sup"
    monkeypatch.setattr("sys.stdin", _Lines(PASSWORD))
    code = main(
        ["update", "--from-server", "--workspace", str(folder), "--user", "sup",
         "--password-stdin"]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 1, err
    assert f"fieldcase 99.0.0 for {this_platform()}: verified, signed by release key" in out
    assert "developer checkout" in err


class _Lines:
    def __init__(self, *lines: str) -> None:
        self.lines = [line + "\n" for line in lines]

    def readline(self) -> str:
        return self.lines.pop(0) if self.lines else ""
