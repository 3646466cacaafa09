"""The restore drill for devices (docs/deploy.md): laptops enrolled, approved and revoked after
the server's newest backup need no hand work after a restore, and a revoked laptop never comes
back.

A real server process on loopback (SQLite, and PostgreSQL with ``FIELDCASE_TEST_PG_URL``): a team
syncs, the server is backed up; then a new laptop is enrolled and approved, one laptop from before
the backup is revoked (lost) and so is one enrolled after it (stolen); the disk dies and the backup
is restored. With the revocation journal kept beside the backups, the restore revokes both again
before any laptop syncs. With the journal lost too, the supervisor's laptop is the record: the
lost laptop is let in only until the supervisor's laptop syncs, and what it sends meanwhile no
laptop applies. Either way the new laptop registers again without a new code, is approved again
by the supervisor's laptop's round, and its work reaches the team: nothing lost, nothing twice.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.team.membership import found_team
from app.team.synchronise import Synchroniser
from sync.errors import SyncError, SyncErrorKind
from tests.integration.test_restore_drill import _destroy, _server_envelopes, _state
from tests.integration.test_server_process import (  # db_url: SQLite, and PostgreSQL when set
    FIELDCASE,
    ROOT,
    ServerProcess,
    db_url,
    fieldcase,
)
from tests.integration.test_team_sync import _enrol, _laptop

__all__ = ["db_url"]  # the fixture, imported for pytest
TEAM = "mae-sot-shelter"


def _intake(book: CaseBook, name: str) -> str:
    return book.open_case({"prs_First_Name": name, "age": "16"}, "intake")


def _refused(book: CaseBook) -> SyncErrorKind:
    with pytest.raises(SyncError) as refused:
        Synchroniser(book).sync()
    return refused.value.kind


def _status(db_url: str, device: str) -> str:
    listed = fieldcase("server", "devices", "--db", db_url)
    rows = [line.split("\t") for line in listed.splitlines()]
    found = [row[2] for row in rows if row[0] == device]
    return found[0] if found else "absent"


@pytest.fixture(params=["journal kept", "journal lost"])
def journal(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Where revocations are journaled: beside the backups (kept), or on the disk that dies."""
    folder = tmp_path / ("backups" if request.param == "journal kept" else "dying-disk")
    folder.mkdir()
    monkeypatch.setenv("FIELDCASE_REVOCATIONS", str(folder / "revocations.jsonl"))
    return str(request.param)


@pytest.fixture
def drill_server(db_url: str, journal: str, tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(db_url, tmp_path / "server.log")  # inherits FIELDCASE_REVOCATIONS
    process.start()
    yield process
    process.stop()


def test_devices_since_the_backup_need_no_hand_work_and_the_revoked_stay_out(
    drill_server: ServerProcess, journal: str, tmp_path: Path
) -> None:
    server = drill_server
    supervisor, kept, lost = (_laptop(tmp_path, n) for n in ("sup", "kept", "lost"))
    found_team(supervisor, TEAM)
    _enrol(server, supervisor, TEAM, supervisor=True)
    for laptop in (kept, lost):
        _enrol(server, laptop, TEAM, approver=supervisor)
    Synchroniser(supervisor).sync()
    for laptop in (kept, lost):
        assert Synchroniser(laptop).sync().joined_team == TEAM
    before = [_intake(kept, "Mya"), _intake(lost, "Hnin")]
    for _ in range(2):
        for laptop in (supervisor, kept, lost):
            Synchroniser(laptop).sync()

    backup = tmp_path / "server.fcbackup"
    fieldcase("server", "backup", "--db", server.db_url, "--out", str(backup))

    # After the backup: a new laptop enrolled and approved (on the server and on the
    # supervisor's laptop); another enrolled and approved, then stolen and revoked; the lost
    # laptop from before the backup revoked.
    newcomer, stolen = _laptop(tmp_path, "newcomer"), _laptop(tmp_path, "stolen")
    for laptop in (newcomer, stolen):
        _enrol(server, laptop, TEAM, approver=supervisor)
    Synchroniser(supervisor).sync()
    for laptop in (newcomer, stolen):
        assert Synchroniser(laptop).sync().joined_team == TEAM
    after = _intake(newcomer, "Thiri")
    for laptop in (newcomer, stolen, supervisor, kept):
        Synchroniser(laptop).sync()
    for laptop in (lost, stolen):
        revoked = fieldcase(
            "server", "revoke", "--db", server.db_url, "--device", laptop.device,
            "--reason", "laptop stolen",
        )  # fmt: skip
        assert "written to the revocation journal" in revoked
    for laptop in (supervisor, kept):  # they learn the revocations from the roster
        Synchroniser(laptop).sync()
    assert _refused(lost) is SyncErrorKind.REVOKED

    server.stop()
    _destroy(server.db_url)
    if journal == "journal lost":
        Path(os.environ["FIELDCASE_REVOCATIONS"]).unlink()
    restored = subprocess.run(
        [*FIELDCASE, "server", "restore", "--db", server.db_url, "--from", str(backup)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    server.start()

    if journal == "journal kept":
        # The restore revoked both again before any server process started.
        assert f"revoked again {lost.device}, {stolen.device}" in restored.stdout
        assert _status(server.db_url, lost.device) == "revoked"
        assert _status(server.db_url, stolen.device) == "revoked"
        assert _refused(lost) is SyncErrorKind.REVOKED
        assert _refused(stolen) is SyncErrorKind.REVOKED  # may not register again
    else:
        assert "no revocation journal found" in restored.stdout
        # The window left: the backup's roster lets the lost laptop talk to the server until
        # the supervisor's laptop syncs. What it sends then, no laptop applies.
        assert _status(server.db_url, lost.device) == "approved"
        planted = _intake(lost, "planted while revoked")
        Synchroniser(lost).sync()
        report = Synchroniser(kept).sync()
        assert report.pull_refused and planted not in _state(kept)
        # The stolen laptop, unknown to the backup, registers again: pending, it reads nothing.
        assert Synchroniser(stolen).sync().waiting_for_approval

    # The new laptop registers again without a code and waits; the supervisor's laptop's round
    # revokes again what it knows revoked and approves again the keys it approved.
    assert Synchroniser(newcomer).sync().waiting_for_approval
    assert _status(server.db_url, newcomer.device) == "pending"
    Synchroniser(supervisor).sync()
    assert _status(server.db_url, newcomer.device) == "approved"
    assert _status(server.db_url, lost.device) == "revoked"
    assert _status(server.db_url, stolen.device) == "revoked"
    assert _refused(lost) is SyncErrorKind.REVOKED
    assert _refused(stolen) is SyncErrorKind.REVOKED

    latest = _intake(newcomer, "Ei Ei")
    for _ in range(2):
        for laptop in (newcomer, supervisor, kept):
            report = Synchroniser(laptop).sync()
    assert report.push_refused == []
    states = [_state(laptop) for laptop in (supervisor, kept, newcomer)]
    assert states[0] == states[1] == states[2]
    assert set(before) | {after, latest} <= set(states[0])

    on_server = _server_envelopes(server.db_url)
    assert len(on_server) == len(set(on_server))  # each envelope once
    sent = {
        str(row[0])
        for laptop in (supervisor, kept, newcomer)
        for row in laptop.store.query("SELECT envelope_id FROM outbox")
    }
    assert sent <= set(on_server)  # every envelope of the team's laptops is back
