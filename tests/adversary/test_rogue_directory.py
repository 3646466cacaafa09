"""Team directory entries against the server's administrator: a laptop enrolled and approved on
the server only is never listed, and a "supervisor" the server alone made cannot keep its entry.

Real server process, real workspaces. The rogue laptop is enrolled by the administrator and
approved on the server (even as a supervisor there), never on the supervisor's laptop. It builds
and signs an entry for team A with its own key, as someone with its token and the team's public
recipients can, and publishes it through the server's own route.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.cases.book import CaseBook
from app.team import directory as team_directory
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.team.synchronise import Synchroniser
from sync.client import SyncClient
from sync.directory import sign_entry
from tests.integration.test_server_process import ServerProcess, fieldcase
from tests.integration.test_team_sync import _enrol, _laptop

A, B = "team-a", "team-b"


def _team_a(server: ServerProcess, tmp_path: Path) -> tuple[CaseBook, CaseBook, CaseBook]:
    """Team A: its supervisor, a worker approved on her laptop, and the rogue laptop."""
    supervisor, worker, rogue = (_laptop(tmp_path, n) for n in ("sup-a", "worker-a", "rogue"))
    found_team(supervisor, A)
    _enrol(server, supervisor, A, supervisor=True)
    _enrol(server, worker, A, approver=supervisor)
    _enrol(server, rogue, A, supervisor=True)  # the administrator's: approved on the server only
    Synchroniser(supervisor).sync()
    Synchroniser(worker).sync()
    return supervisor, worker, rogue


def test_the_entry_lists_only_devices_approved_on_the_supervisors_laptop(
    server: ServerProcess, tmp_path: Path
) -> None:
    supervisor, worker, rogue = _team_a(server, tmp_path)
    published = team_directory.known_team_entry(supervisor, A)
    assert published is not None
    assert set(published.devices) == {supervisor.device, worker.device}
    assert rogue.device not in published.devices

    # a lost laptop, revoked on the server: the next entry drops it
    fieldcase("server", "revoke", "--db", server.db_url, "--device", worker.device,
              "--reason", "lost")  # fmt: skip
    Synchroniser(supervisor).sync()
    after = team_directory.known_team_entry(supervisor, A)
    assert after is not None and set(after.devices) == {supervisor.device}


def test_a_forged_entry_is_replaced_and_never_offered_to_other_teams(
    server: ServerProcess, tmp_path: Path
) -> None:
    supervisor, _worker, rogue = _team_a(server, tmp_path)
    other = _laptop(tmp_path, "sup-b")
    found_team(other, B)
    _enrol(server, other, B, supervisor=True)
    Synchroniser(other).sync()
    genuine = team_directory.known_team(other, A)
    assert genuine is not None and genuine.new_key_waiting is None

    real = team_directory.known_team_entry(supervisor, A)
    assert real is not None
    rogue_keys = Keyring(rogue.store)
    forged = replace(
        real,
        supervisor_device=rogue.device,
        signing_key=rogue_keys.signing_public(),
        devices={rogue.device: rogue_keys.signing_public()},
    )
    token = str(rogue.store.scalar("SELECT secret FROM keys WHERE name = 'server_token'"))
    client = SyncClient(server.url, token)
    try:
        client.put_team_entry(sign_entry(forged, rogue_keys.signing_key()).to_wire())
    finally:
        client.close()

    Synchroniser(other).sync()  # team B meets the forged entry: kept aside, not used, and
    seen = team_directory.known_team(other, A)  # not offered: team A's entry never listed the rogue
    assert seen is not None and seen.new_key_waiting is None
    assert seen.entry.supervisor_device == supervisor.device

    report = Synchroniser(supervisor).sync()  # team A's supervisor notices and publishes again
    assert any("not a known supervisor device" in item["reason"] for item in report.pull_refused)
    Synchroniser(other).sync()
    seen = team_directory.known_team(other, A)
    assert seen is not None and seen.new_key_waiting is None  # no wrong key offered to confirm
    assert seen.entry.supervisor_device == supervisor.device
    assert rogue.device not in seen.entry.devices
