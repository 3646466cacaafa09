"""A new laptop's first trust comes from its supervisor's invitation, not from the server.

The server's administrator enrols a laptop of their own and makes it a "supervisor" on the server.
It founds a made-up team of the same name and welcomes every new laptop into it, at once: a laptop
that joined would seal its cases to a key the administrator holds. The real supervisor's laptop
prints the invitation (``fieldcase team invite``), which carries her device's fingerprint; the new
laptop enrols with that line and joins only the team her device welcomes it into.

Real server process, real workspaces, the real command line for the invitation.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.team.case_book import case_book
from app.team.invitation import Invitation
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.team.synchronise import Synchroniser
from app.workspace.folder import Workspace
from sync.errors import SyncError
from tests.conftest import PASSWORD
from tests.integration.test_server_process import ROOT, ServerProcess, fieldcase
from tests.integration.test_team_sync import _enrol, _laptop, approve_here

TEAM = "shelter"


def test_a_welcome_into_a_made_up_team_is_refused_and_the_real_one_joined(
    server: ServerProcess, tmp_path: Path
) -> None:
    supervisor, rogue, newcomer = (_laptop(tmp_path, n) for n in ("sup", "rogue", "new"))
    found_team(supervisor, TEAM)
    _enrol(server, supervisor, TEAM, supervisor=True)
    _enrol(server, rogue, TEAM, supervisor=True)  # a "supervisor" on the server only
    found_team(rogue, TEAM)  # a team key of the administrator's making
    supervisor.session.lock()

    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "team", "invite", "--workspace", str(tmp_path / "sup"),
         "--user", "sup", "--password-stdin"],  # the code: asked of the server by her device
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    invitation = Invitation.from_text(done.stdout.strip().splitlines()[-1])
    supervisor = case_book(Workspace.at(tmp_path / "sup").login("sup", PASSWORD))
    assert invitation.supervisor == "".join(Keyring(supervisor.store).fingerprint().split())

    shown = Synchroniser(newcomer).enrol(
        invitation.server, invitation.code, invitation.tls_fingerprint, invitation.supervisor
    )
    fieldcase("server", "approve", "--db", server.db_url, "--device", newcomer.device,
              "--fingerprint", shown["fingerprint"])  # fmt: skip
    approve_here(rogue, newcomer)
    assert newcomer.device in Synchroniser(rogue).sync().welcomed  # the rogue is first

    report = Synchroniser(newcomer).sync()
    assert report.joined_team is None and Keyring(newcomer.store).current_team_key() is None
    assert any("not the one of the supervisor who invited" in r["reason"] for r in
               report.pull_refused)  # fmt: skip

    approve_here(supervisor, newcomer)  # she compared the fingerprint the new laptop shows
    assert newcomer.device in Synchroniser(supervisor).sync().welcomed
    assert Synchroniser(newcomer).sync().joined_team == TEAM
    ours = Keyring(newcomer.store).current_team_key()
    theirs = Keyring(supervisor.store).current_team_key()
    assert ours is not None and theirs is not None and ours.recipient == theirs.recipient
    assert ours.recipient != Keyring(rogue.store).current_team_key().recipient  # type: ignore[union-attr]


def test_an_invitation_line_keeps_its_fields() -> None:
    line = Invitation("https://10.0.0.5:8765", "ABCD-EFGH", "AB12", "ABCD EFGH 1234").to_text()
    back = Invitation.from_text(line)
    assert (back.server, back.code, back.tls_fingerprint) == (
        "https://10.0.0.5:8765",
        "ABCD-EFGH",
        "AB12",
    )
    assert back.supervisor == "ABCDEFGH1234"
    assert Invitation.from_text(Invitation("http://x", "C").to_text()).supervisor is None


def test_only_a_supervisors_device_gets_enrolment_codes(
    server: ServerProcess, tmp_path: Path
) -> None:
    supervisor, member = _laptop(tmp_path, "sup"), _laptop(tmp_path, "member")
    found_team(supervisor, TEAM)
    _enrol(server, supervisor, TEAM, supervisor=True)
    _enrol(server, member, TEAM, approver=supervisor)  # a member's device on the server
    code = Synchroniser(supervisor).enrolment_code(hours=1)
    other = _laptop(tmp_path, "other")
    assert Synchroniser(other).enrol(server.url, code)["team"] == TEAM  # it works, once
    with pytest.raises(SyncError, match="only a supervisor's device"):
        Synchroniser(member).enrolment_code()
