"""The revocation journal (sync/server/revocations.py): written at each revocation, replayed by a
restore, so a device revoked after the backup stays revoked, and one the backup never held is kept
revoked with its keys and token; damaged lines are skipped and counted."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from sync.protocol import ErrorCode
from sync.server import approvals, backup, devices, enrolment
from sync.server.database import Database, open_database
from sync.server.errors import ServerError
from tests.sync.server.kit import Laptop


def _register(db: Database, laptop: Laptop) -> str:
    code = enrolment.issue_enrolment_code(db, "team")
    made = enrolment.register(
        db,
        enrolment_code=code,
        device=laptop.device,
        signing_key=base64.b64encode(laptop.public_key).decode(),
        age_recipient=laptop.recipient,
    )
    approvals.approve(db, laptop.device)
    return made.token


def test_a_restore_revokes_again_what_the_journal_holds(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    journal = tmp_path / "backups" / "revocations.jsonl"
    journal.parent.mkdir()
    db = open_database(url)
    before, after = Laptop("before-backup"), Laptop("after-backup")
    _register(db, before)
    backup.backup(url, tmp_path / "server.fcbackup")
    token = _register(db, after)
    for laptop in (before, after):
        approvals.revoke(db, laptop.device, reason="laptop stolen", journal=journal)
    assert journal.stat().st_mode & 0o777 == 0o600
    with journal.open("ab") as damaged:
        damaged.write(b'{"device": "half a line\n')
    db.dispose()

    done = backup.restore(url, tmp_path / "server.fcbackup", overwrite=True, revocations=journal)
    assert done.journal == journal
    assert done.revoked_again == [before.device, after.device]
    assert done.damaged == 1
    db = open_database(url)
    try:
        rows = {row.device: row for row in devices.list_devices(db)}
        assert rows[before.device].status == rows[after.device].status == "revoked"
        assert rows[after.device].revoke_reason == "laptop stolen"
        with pytest.raises(ServerError) as refused:  # its token is told, not taken as unknown
            devices.authenticate(db, token)
        assert refused.value.code is ErrorCode.REVOKED
    finally:
        db.dispose()
    again = backup.restore(url, tmp_path / "server.fcbackup", overwrite=True, revocations=journal)
    assert again.revoked_again == [before.device, after.device]  # the backup knew neither


def test_a_journal_named_but_missing_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    open_database(url).dispose()
    backup.backup(url, tmp_path / "server.fcbackup")
    with pytest.raises(ServerError) as refused:
        backup.restore(
            url, tmp_path / "server.fcbackup", overwrite=True, revocations=tmp_path / "nothing"
        )
    assert refused.value.code is ErrorCode.NOT_FOUND
