"""The smaller holes of a laptop in the wrong hands (issue 20, item 4): a recovery keeps the failed
logins' audit rows, a damaged keyslot says so, and only the roles the security model names may
wipe."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import KeyFileDamaged, PermissionDenied, WrongCredentials
from app.workspace.folder import Workspace
from app.workspace.recovery import new_recovery_code
from app.workspace.roles import Role
from app.workspace.session import Session
from app.workspace.wipe import emergency_wipe
from tests.app.workspace.keyslot_cells import index_of, with_cell
from tests.conftest import CHEAP, PASSWORD


def _audit(session: Session) -> list[tuple[str, str]]:
    return [
        (str(row[0]), str(row[1]))
        for row in session.store.query("SELECT user, action FROM audit ORDER BY seq")
    ]


def test_a_recovery_keeps_the_failed_logins_in_the_audit_log(
    new_workspace: tuple[Session, str],
) -> None:
    session, code = new_workspace
    folder = session.workspace.path
    session.lock()
    for _ in range(2):  # someone guessing ana's password, then a wrong recovery code
        with pytest.raises(WrongCredentials):
            Workspace.at(folder).login("ana", "not the password")
    other_code = new_recovery_code()  # a valid code, of no workspace
    with pytest.raises(WrongCredentials):
        Workspace.at(folder).recover(other_code, "ana", "forgot it, new one")
    recovered = Workspace.at(folder).recover(code, "ana", "forgot it, new one")
    rows = _audit(recovered)
    recovered.lock()
    failed = [row for row in rows if row[1] == "login_failed"]
    assert failed == [
        ("ana", "login_failed"),
        ("ana", "login_failed"),
        ("recovery", "login_failed"),
    ]
    assert rows.index(failed[-1]) < rows.index(("ana", "recover"))
    # written once: the next login finds nothing left to write
    again = Workspace.at(folder).login("ana", "forgot it, new one")
    assert [row for row in _audit(again) if row[1] == "login_failed"] == failed
    again.lock()


def _damage_both_copies(folder: Path, kind: str, name: str) -> None:
    path = folder / "keyslots"
    index = index_of(path, kind, name)
    data = path.read_bytes()
    for copy in (0, 1):  # torn in both copies: neither checksum fits
        data = with_cell(data, index, copy, b"\xff" * 300)
    path.write_bytes(data)


def test_a_damaged_keyslot_says_the_key_file_is_damaged(session: Session) -> None:
    session.add_user("bora", Role.SOCIAL_WORKER, "bora's password", cost=CHEAP)
    folder = session.workspace.path
    session.lock()
    _damage_both_copies(folder, "user", "bora")
    with pytest.raises(KeyFileDamaged, match="the key file of this workspace is damaged"):
        Workspace.at(folder).login("bora", "bora's password")
    # another user's wrong password is still just a wrong password, and ana still gets in
    with pytest.raises(WrongCredentials):
        Workspace.at(folder).login("ana", "not the password")
    Workspace.at(folder).login("ana", PASSWORD).lock()


def test_a_damaged_recovery_slot_says_the_key_file_is_damaged(
    new_workspace: tuple[Session, str],
) -> None:
    session, code = new_workspace
    folder = session.workspace.path
    session.lock()
    _damage_both_copies(folder, "recovery", "recovery")
    with pytest.raises(KeyFileDamaged, match="the key file of this workspace is damaged"):
        Workspace.at(folder).recover(code, "ana", "forgot it, new one")


def test_an_interpreter_may_not_wipe(session: Session) -> None:
    session.add_user("lin", Role.INTERPRETER, "interpreter pw", cost=CHEAP)
    session.add_user("sopheap", Role.SOCIAL_WORKER, "worker password", cost=CHEAP)
    folder = session.workspace.path
    session.lock()
    # an interpreter's login gives no session on the database at all, so nothing to wipe with
    with pytest.raises(PermissionDenied):
        Workspace.at(folder).login("lin", "interpreter pw")
    assert (folder / "keyslots").is_file() and (folder / "workspace.db").is_file()
    Workspace.at(folder).login("ana", PASSWORD).lock()  # nothing was touched
    worker = Workspace.at(folder).login("sopheap", "worker password")
    emergency_wipe(worker)
    assert not folder.exists()
