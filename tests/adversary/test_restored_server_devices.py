"""Registering again without a code after a restore (sync/reregistration.py) gives an attacker
nothing, and a revoked laptop never comes back.

Real server process and workspaces: a team syncs, the server is backed up, a laptop enrolled
after the backup is stolen and revoked (written to the revocation journal), and the backup is
restored. Then:
- a stranger's laptop registers "again" with keys of its own: it lands pending and reads and
  sends nothing, before and after the supervisor's laptop syncs (which approves again only keys
  a supervisor approved there);
- the stolen laptop may not register again, under its id or with its keys under another id;
- nobody registers again with keys that are not theirs (the signature), or under a device id the
  server holds;
- only a supervisor's device approves again, and only a device that registered again; a server
  never restored registers no one without a code.
"""

from __future__ import annotations

import base64
import secrets
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from app.team.membership import found_team
from app.team.synchronise import TOKEN_KEY, Synchroniser
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.reregistration import statement
from sync.server.api import create_app
from tests.integration.test_server_process import FIELDCASE, HEADERS, ROOT, ServerProcess, fieldcase
from tests.integration.test_team_sync import _enrol, _laptop
from tests.sync.server.kit import Laptop

TEAM = "ranong-shelter"


def _again(
    laptop: Laptop, *, device: str | None = None, signer: Laptop | None = None
) -> dict[str, str]:
    """A re-registration request for ``laptop``'s keys and token, signed by ``signer``'s key."""
    if not laptop.token:
        laptop.token = "fcd_" + secrets.token_urlsafe(32)
    name = device or laptop.device
    signed = (signer or laptop).key.sign(statement(name, TEAM, laptop.token, laptop.recipient))
    return {
        "device": name,
        "team": TEAM,
        "signing_key": base64.b64encode(laptop.public_key).decode(),
        "age_recipient": laptop.recipient,
        "token": laptop.token,
        "signature": base64.b64encode(signed).decode(),
    }


def _reads_nothing(http: httpx.Client, laptop: Laptop) -> None:
    for method, path in (
        ("GET", "/v1/pull?since=0"),
        ("GET", "/v1/devices"),
        ("GET", "/v1/devices/me/team-key"),
        ("GET", "/v1/teams"),
        ("POST", "/v1/envelopes/held"),
        ("POST", "/v1/push"),
    ):
        body: dict[str, list[str]] | None = None
        if method == "POST":
            body = {"ids": []} if path.endswith("held") else {"envelopes": []}
        answer = http.request(method, path, headers=laptop.auth, json=body)
        assert answer.status_code == 403, (path, answer.text)
        assert answer.json()["error"] == "pending", path


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ServerProcess]:
    monkeypatch.setenv("FIELDCASE_REVOCATIONS", str(tmp_path / "revocations.jsonl"))
    process = ServerProcess(f"sqlite:///{tmp_path / 'server.db'}", tmp_path / "server.log")
    process.start()
    yield process
    process.stop()


def test_registering_again_gives_a_stranger_nothing_and_a_revoked_laptop_stays_out(
    server: ServerProcess, tmp_path: Path
) -> None:
    supervisor, member = _laptop(tmp_path, "sup"), _laptop(tmp_path, "member")
    found_team(supervisor, TEAM)
    _enrol(server, supervisor, TEAM, supervisor=True)
    _enrol(server, member, TEAM, approver=supervisor)
    for laptop in (supervisor, member, supervisor):
        Synchroniser(laptop).sync()
    backup = tmp_path / "server.fcbackup"
    fieldcase("server", "backup", "--db", server.db_url, "--out", str(backup))

    http = httpx.Client(base_url=server.url, headers=HEADERS)
    thief = Laptop("thief-laptop")
    code = fieldcase("server", "enrol-code", "--db", server.db_url, "--team", TEAM).strip()
    enrolled = http.post("/v1/devices", json=thief.registration(code)).json()
    thief.token = enrolled["token"]
    fieldcase("server", "approve", "--db", server.db_url, "--device", thief.device)
    fieldcase("server", "revoke", "--db", server.db_url, "--device", thief.device)

    server.stop()
    subprocess.run(
        [*FIELDCASE, "server", "restore", "--db", server.db_url, "--from", str(backup), "--yes"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    server.start()

    # A stranger registers "again": pending, and it reads and sends nothing.
    stranger = Laptop("stranger-laptop")
    answer = http.post("/v1/devices/re-register", json=_again(stranger))
    assert answer.status_code == 201, answer.text
    assert answer.json()["status"] == "pending"
    _reads_nothing(http, stranger)
    # The supervisor's laptop approved no such keys: its round leaves the stranger pending.
    Synchroniser(supervisor).sync()
    waiting = Synchroniser(supervisor).devices_here()["waiting_for_your_approval"]
    assert [w["device"] for w in waiting] == [stranger.device]
    _reads_nothing(http, stranger)
    sup_token = str(supervisor.store.scalar("SELECT secret FROM keys WHERE name = ?", (TOKEN_KEY,)))
    member_token = str(member.store.scalar("SELECT secret FROM keys WHERE name = ?", (TOKEN_KEY,)))
    # Nor may a member's device approve it; the supervisor's device approves nothing that
    # registered with a code (that stays the administrator's).
    refused = http.post(
        f"/v1/devices/{stranger.device}/approve",
        json={"fingerprint": answer.json()["fingerprint"]},
        headers={"Authorization": f"Bearer {member_token}"},
    )
    assert refused.status_code == 403 and refused.json()["error"] == "forbidden"
    coded = Laptop("coded-laptop")
    code = fieldcase("server", "enrol-code", "--db", server.db_url, "--team", TEAM).strip()
    coded.fingerprint = http.post("/v1/devices", json=coded.registration(code)).json()[
        "fingerprint"
    ]
    refused = http.post(
        f"/v1/devices/{coded.device}/approve",
        json={"fingerprint": coded.fingerprint},
        headers={"Authorization": f"Bearer {sup_token}"},
    )
    assert refused.status_code == 403, refused.text

    # The stolen laptop stays out: its token, its id, its keys under another id.
    assert http.get("/v1/devices/me", headers=thief.auth).json()["error"] == "revoked"
    for request in (_again(thief), _again(thief, device="thief-renamed")):
        refused = http.post("/v1/devices/re-register", json=request)
        assert refused.status_code == 403 and refused.json()["error"] == "revoked", refused.text

    # Keys that are not the caller's, an id the server holds, a token the server knows.
    forged = _again(Laptop("someone-elses-keys"), signer=Laptop("impostor-laptop"))
    refused = http.post("/v1/devices/re-register", json=forged)
    assert refused.status_code == 403 and refused.json()["error"] == "forbidden", refused.text
    taken = Laptop(member.device)
    refused = http.post("/v1/devices/re-register", json=_again(taken))
    assert refused.status_code == 409, refused.text
    copycat = Laptop("copycat-laptop", token=stranger.token)
    refused = http.post("/v1/devices/re-register", json=_again(copycat))
    assert refused.status_code == 409, refused.text
    http.close()


def test_a_server_never_restored_registers_no_one_without_a_code(tmp_path: Path) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'server.db'}")
    with TestClient(app, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}) as client:
        refused = client.post("/v1/devices/re-register", json=_again(Laptop("newcomer")))
    assert refused.status_code == 403
    assert refused.json()["error"] == "enrolment"
    assert "only after a restore" in refused.json()["message"]
