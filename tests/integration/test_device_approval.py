"""The team key goes only to laptops a supervisor approved on a supervisor's laptop.

A server administrator can enrol a laptop of their own and approve it on the server; the
supervisor's laptop must not hand it the team key. It reports it as waiting for approval, with the
fingerprint of the keys the server lists, until a supervisor approves it there after comparing
that fingerprint with the one the laptop shows (``fieldcase team approve``). Real server process,
real workspaces."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.errors import BadInput
from app.team.case_book import case_book
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.team.synchronise import Synchroniser
from app.workspace.folder import Workspace
from sync import age
from sync.protocol import device_fingerprint
from tests.conftest import PASSWORD
from tests.integration.test_server_process import ROOT, ServerProcess
from tests.integration.test_team_sync import _enrol, _laptop

TEAM = "vientiane-office"


def _team_cli(tmp_path: Path, action: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``fieldcase team ACTION`` on the supervisor's laptop ("sup"), password on stdin."""
    command = [sys.executable, "-m", "app.cli", "team", action, "--workspace",
               str(tmp_path / "sup"), "--user", "sup", "--password-stdin", *args]  # fmt: skip
    return subprocess.run(
        command, input=PASSWORD + "\n", capture_output=True, text=True, timeout=120, cwd=ROOT
    )


def _shown(waiting: list[dict[str, str]], *more: str) -> list[dict[str, str]]:
    """What a supervisor compares: the device and its fingerprint (and ``more``); the listing
    also says when each laptop enrolled."""
    keep = ("device", "fingerprint", *more)
    return [{k: v for k, v in item.items() if k in keep} for item in waiting]


def _supervised(server: ServerProcess, tmp_path: Path) -> tuple[CaseBook, CaseBook]:
    """A founded team with its supervisor's laptop enrolled, and a field laptop that the
    server (only) approved."""
    supervisor, field = _laptop(tmp_path, "sup"), _laptop(tmp_path, "field")
    found_team(supervisor, TEAM)
    _enrol(server, supervisor, TEAM, supervisor=True)  # the founder's own device: implicit
    _enrol(server, field, TEAM)  # approved on the server, not on the supervisor's laptop
    return supervisor, field


def test_a_laptop_approved_only_on_the_server_gets_nothing_until_approved_here(
    server: ServerProcess, tmp_path: Path
) -> None:
    supervisor, field = _supervised(server, tmp_path)
    shown = Keyring(field.store).fingerprint()
    report = Synchroniser(supervisor).sync()
    assert report.welcomed == []
    assert _shown(report.waiting_for_your_approval) == [
        {"device": field.device, "fingerprint": shown}
    ]
    assert all(w["registered"] for w in report.waiting_for_your_approval)  # when it enrolled
    assert report.to_json()["waiting_for_your_approval"] == report.waiting_for_your_approval
    report = Synchroniser(field).sync()
    assert report.joined_team is None and Keyring(field.store).current_team_key() is None
    supervisor.session.lock()  # the command opens the supervisor's workspace itself

    listed = _team_cli(tmp_path, "devices")
    assert listed.returncode == 0, listed.stderr
    waiting = json.loads(listed.stdout)["waiting_for_your_approval"]
    assert _shown(waiting, "server_status") == [
        {"device": field.device, "fingerprint": shown, "server_status": "approved"}
    ]

    wrong = "0000 " * 7 + "0000"
    refused = _team_cli(tmp_path, "approve", "--device", field.device, "--fingerprint", wrong)
    assert refused.returncode == 2
    assert refused.stderr.startswith("fieldcase: ") and len(refused.stderr.splitlines()) == 1
    assert "does not match" in refused.stderr

    approved = _team_cli(tmp_path, "approve", "--device", field.device, "--fingerprint", shown)
    assert approved.returncode == 0, approved.stderr
    assert field.device in approved.stdout

    supervisor = case_book(Workspace.at(tmp_path / "sup").login("sup", PASSWORD))
    listing = Synchroniser(supervisor).devices_here()
    assert listing["waiting_for_your_approval"] == []
    here = {a["device"]: a for a in listing["approved_here"]}
    assert here[field.device]["fingerprint"] == shown and here[field.device]["role"] == "member"
    assert here[supervisor.device]["role"] == "supervisor"  # the founder's own, implicitly
    audited = supervisor.store.query("SELECT object FROM audit WHERE action = 'device_approve'")
    assert (f"device:{field.device}",) in [tuple(r) for r in audited]

    report = Synchroniser(supervisor).sync()
    assert report.welcomed == [field.device] and report.waiting_for_your_approval == []
    assert Synchroniser(field).sync().joined_team == TEAM
    for book in (supervisor, field):
        book.session.lock()


def test_a_device_whose_keys_changed_on_the_server_after_approval_gets_nothing(
    server: ServerProcess, tmp_path: Path
) -> None:
    supervisor, field = _supervised(server, tmp_path)
    Synchroniser(supervisor).approve_device(field.device, Keyring(field.store).fingerprint())
    # the server's administrator swaps in keys of their own before the supervisor syncs
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    signing = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    _, recipient = age.generate_identity()
    forged = device_fingerprint(signing, recipient)
    with sqlite3.connect(tmp_path / "server.db") as db:
        db.execute(
            "UPDATE devices SET signing_key = ?, age_recipient = ?, fingerprint = ?"
            " WHERE device = ?",
            (signing, recipient, forged, field.device),
        )
    report = Synchroniser(supervisor).sync()
    assert report.welcomed == []
    assert _shown(report.waiting_for_your_approval) == [
        {"device": field.device, "fingerprint": forged}
    ]
    with pytest.raises(BadInput, match="does not match"):  # the laptop shows its own, not this
        Synchroniser(supervisor).approve_device(field.device, Keyring(field.store).fingerprint())
    for book in (supervisor, field):
        book.session.lock()


def test_a_rotated_key_goes_only_to_laptops_approved_here(
    server: ServerProcess, tmp_path: Path
) -> None:
    from app.team.key_rotation import rotate_team_key

    supervisor, field = _supervised(server, tmp_path)
    Synchroniser(supervisor).approve_device(field.device, Keyring(field.store).fingerprint())
    intruder = _laptop(tmp_path, "intruder")
    _enrol(server, intruder, TEAM)  # the server's administrator's own laptop
    assert Synchroniser(supervisor).sync().welcomed == [field.device]
    rotate_team_key(supervisor, "routine")
    report = Synchroniser(supervisor).sync()
    assert report.team_key_sent_to == [field.device]
    assert _shown(report.waiting_for_your_approval) == [
        {"device": intruder.device, "fingerprint": Keyring(intruder.store).fingerprint()}
    ]
    intruded = Synchroniser(intruder).sync()
    assert intruded.joined_team is None and intruded.team_keys_received == []
    assert Keyring(intruder.store).team_keys() == []
    for book in (supervisor, field, intruder):
        book.session.lock()
