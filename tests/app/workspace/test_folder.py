from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from app.errors import (
    BadInput,
    LockedOut,
    NotAWorkspace,
    PermissionDenied,
    WorkspaceDamaged,
    WrongCredentials,
)
from app.workspace.folder import Workspace
from app.workspace.interpreter_session import InterpreterSession
from app.workspace.roles import Permission, Role
from app.workspace.session import Session
from tests.app.workspace.keyslot_cells import cell, index_of, recrc, with_cell
from tests.conftest import CHEAP, PASSWORD


class FakeClock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _digests(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name not in skip
    }


def test_login_with_the_right_password(session: Session) -> None:
    folder = session.workspace.path
    session.lock()
    again = Workspace.at(folder).login("ana", PASSWORD)
    assert again.role is Role.SUPERVISOR and not again.is_locked
    again.lock()


def test_wrong_password_changes_nothing_but_the_back_off_counter(session: Session) -> None:
    folder = session.workspace.path
    session.lock()
    before = _digests(folder)
    with pytest.raises(WrongCredentials):
        Workspace.at(folder).login("ana", "not the password")
    with pytest.raises(WrongCredentials):
        Workspace.at(folder).login("nobody", "not the password")
    assert _digests(folder, skip=("auth-state.json",)) == before


def test_back_off_after_repeated_failures_survives_a_restart(session: Session) -> None:
    folder = session.workspace.path
    session.lock()
    clock = FakeClock()
    for _ in range(5):
        with pytest.raises(WrongCredentials):
            Workspace.at(folder, clock=clock).login("ana", "guess guess")
    # a new process: a new Workspace object reading the same folder
    with pytest.raises(LockedOut) as locked:
        Workspace.at(folder, clock=clock).login("ana", PASSWORD)
    assert locked.value.retry_after == pytest.approx(30)
    clock.now += 31
    with pytest.raises(WrongCredentials):
        Workspace.at(folder, clock=clock).login("ana", "guess again")
    with pytest.raises(LockedOut) as locked:
        Workspace.at(folder, clock=clock).login("ana", PASSWORD)
    assert locked.value.retry_after == pytest.approx(60)  # the wait doubles
    clock.now += 61
    opened = Workspace.at(folder, clock=clock).login("ana", PASSWORD)
    failed = opened.store.query("SELECT user FROM audit WHERE action = 'login_failed'")
    assert len(failed) == 6  # the failures reached the audit log at the next login
    opened.lock()
    assert Workspace.at(folder, clock=clock).auth_state().seconds_to_wait("ana") == 0


def test_a_folder_that_is_not_a_workspace(tmp_path: Path) -> None:
    with pytest.raises(NotAWorkspace, match="is not a fieldcase workspace"):
        Workspace.at(tmp_path)


def test_create_refuses_a_folder_in_use(session: Session, tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="already a workspace"):
        Workspace.create(session.workspace.path, "bora", PASSWORD, cost=CHEAP)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(BadInput, match="not empty"):
        Workspace.create(tmp_path / "other", "bora", PASSWORD, cost=CHEAP)


def test_short_password_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="at least 8"):
        Workspace.create(tmp_path / "w", "ana", "short", cost=CHEAP)


def test_database_of_another_workspace_is_refused_clearly(tmp_path: Path) -> None:
    a, _ = Workspace.create(tmp_path / "a", "ana", PASSWORD, cost=CHEAP)
    b, _ = Workspace.create(tmp_path / "b", "ana", PASSWORD, cost=CHEAP)
    a.lock()
    b.lock()
    shutil.copy(tmp_path / "b" / "workspace.db", tmp_path / "a" / "workspace.db")
    with pytest.raises(WorkspaceDamaged, match="cannot be read with this workspace's key"):
        Workspace.at(tmp_path / "a").login("ana", PASSWORD)


def test_a_damaged_keyslot_file_locks_out_only_the_damaged_slot(session: Session) -> None:
    session.add_user("bora", Role.SOCIAL_WORKER, "bora's password", cost=CHEAP)
    folder = session.workspace.path
    session.lock()
    data = (folder / "keyslots").read_bytes()
    index = index_of(folder / "keyslots", "user", "bora")
    for copy in (0, 1):  # a byte of bora's wrapped key changed, the cells' checksums made to fit
        raw = bytearray(cell(data, index, copy))
        raw[70] ^= 0x01
        data = with_cell(data, index, copy, recrc(bytes(raw)))
    (folder / "keyslots").write_bytes(data)
    with pytest.raises(WrongCredentials):
        Workspace.at(folder).login("bora", "bora's password")
    Workspace.at(folder).login("ana", PASSWORD).lock()


def test_a_keyslot_damaged_in_both_copies_is_reported_by_check(session: Session) -> None:
    folder = session.workspace.path
    session.lock()
    data = (folder / "keyslots").read_bytes()
    for copy in (0, 1):  # the recovery slot (slot 1) torn in both copies
        data = with_cell(data, 1, copy, bytes(300))
    (folder / "keyslots").write_bytes(data)
    opened = Workspace.at(folder).login("ana", PASSWORD)
    report = opened.check()
    opened.lock()
    assert report["ok"] is False and report["keyslots"]["damaged"] == 1


def test_roles_are_enforced_in_the_core(session: Session) -> None:
    session.add_user("sopheap", Role.SOCIAL_WORKER, "worker password", cost=CHEAP)
    session.add_user("lin", Role.INTERPRETER, "interpreter pw", cost=CHEAP)
    folder = session.workspace.path
    session.lock()
    worker = Workspace.at(folder).login("sopheap", "worker password")
    with pytest.raises(PermissionDenied):
        worker.users()
    with pytest.raises(PermissionDenied):
        worker.add_user("x", Role.SUPERVISOR, "whatever password")
    with pytest.raises(PermissionDenied):
        worker.check()
    assisted = worker.save_draft("intake", "1", {"name": "Dara"}, interpreter="lin")
    alone = worker.save_draft("intake", "1", {"name": "Sokha"})
    worker.lock()
    # An interpreter's login opens no database: the drafts naming them, sealed to them
    # (app/workspace/interpreter_session.py); the command line's full login is refused.
    with pytest.raises(PermissionDenied):
        Workspace.at(folder).login("lin", "interpreter pw")
    interpreter = Workspace.at(folder).sign_in("lin", "interpreter pw")
    assert isinstance(interpreter, InterpreterSession)
    assert not interpreter.can(Permission.VIEW_CASES)  # no case list
    assert [d["id"] for d in interpreter.drafts()] == [assisted]
    assert interpreter.load_draft(assisted).data == {"name": "Dara"}
    with pytest.raises(BadInput):  # never sealed to them
        interpreter.load_draft(alone)
    interpreter.lock()


def test_disabling_a_user_destroys_their_keyslot(session: Session) -> None:
    session.add_user("bora", Role.SOCIAL_WORKER, "bora's password", cost=CHEAP)
    session.disable_user("bora")
    assert "bora" not in session.workspace.user_names()
    with pytest.raises(WrongCredentials):
        Workspace.at(session.workspace.path).login("bora", "bora's password")
    session.enable_user("bora", "a new password", cost=CHEAP)
    Workspace.at(session.workspace.path).login("bora", "a new password").lock()


def test_the_last_supervisor_cannot_be_disabled_or_demoted(session: Session) -> None:
    session.add_user("chan", Role.SUPERVISOR, "chan's password", cost=CHEAP)
    with pytest.raises(BadInput):
        session.disable_user("ana")
    with pytest.raises(BadInput):
        session.set_role("ana", Role.SOCIAL_WORKER)
    session.disable_user("chan")
    chan_back = next(u for u in session.users() if u.name == "chan")
    assert chan_back.disabled


def test_changing_a_password_rewrites_one_slot_and_not_the_database(session: Session) -> None:
    folder = session.workspace.path
    session.store.checkpoint()
    db_before = (folder / "workspace.db").read_bytes()
    slots_before = (folder / "keyslots").read_bytes()
    session.set_password("ana", "a brand new password", cost=CHEAP)
    session.store.checkpoint()
    slots_after = (folder / "keyslots").read_bytes()
    changed = [
        i for i in range(16) for c in (0, 1) if cell(slots_before, i, c) != cell(slots_after, i, c)
    ]
    assert changed == [0, 0]  # one slot (ana's, the first), both its copies
    assert (folder / "workspace.db").stat().st_size == len(db_before)
    session.lock()
    with pytest.raises(WrongCredentials):
        Workspace.at(folder).login("ana", PASSWORD)
    Workspace.at(folder).login("ana", "a brand new password").lock()


def test_recovery_code_sets_a_new_password(new_workspace: tuple[Session, str]) -> None:
    session, code = new_workspace
    folder = session.workspace.path
    session.lock()
    with pytest.raises(BadInput, match="group"):
        Workspace.at(folder).recover(
            code[:-1] + ("0" if code[-1] != "0" else "1"), "ana", "new pw 123"
        )
    recovered = Workspace.at(folder).recover(code.lower(), "ana", "forgot it, new one")
    recovered.lock()
    Workspace.at(folder).login("ana", "forgot it, new one").lock()


def test_lock_closes_the_database_and_zeroes_the_key(session: Session) -> None:
    key = session._key
    assert any(key)
    session.lock()
    assert session.is_locked and not any(key)
    with pytest.raises(WorkspaceDamaged, match="locked"):
        session.submission_ids()


def test_idle_lock(session: Session) -> None:
    clock = FakeClock(0.0)
    session.clock = clock
    session.touch()
    session.set_idle_lock_minutes(5)
    clock.now = 299
    assert session.lock_if_idle() is False
    session.touch()
    clock.now = 299 + 300
    assert session.lock_if_idle() is True and session.is_locked


def test_drafts_become_submissions(session: Session) -> None:
    draft = session.save_draft("intake", "2026112801", {"prs_name": "សុខ"})
    session.save_draft("intake", "2026112801", {"prs_name": "សុខ ដារ៉ា"}, draft_id=draft)
    submission = session.finalise_draft(draft)
    assert session.drafts() == []
    assert session.submission(submission) == {"prs_name": "សុខ ដារ៉ា"}
    assert session.submission_ids() == [submission]


def test_audit_chain_names_the_first_edited_row(session: Session) -> None:
    for i in range(5):
        session.save_draft("intake", "1", {"n": i})
    assert session.check()["audit"]["ok"] is True
    session.store.execute("UPDATE audit SET object = 'draft:forged' WHERE seq = 4")
    report = session.check(full=True)  # before the first check's checkpoint: the full walk
    assert report["ok"] is False
    assert report["audit"]["first_broken"] == 4
    assert "changed" in report["audit"]["reason"]


def test_audit_chain_notices_a_removed_row(session: Session) -> None:
    for i in range(3):
        session.save_draft("intake", "1", {"n": i})
    session.store.execute("DELETE FROM audit WHERE seq = 2")
    assert session.check()["audit"]["reason"] == "row 2 is missing"


def test_temp_files_left_by_a_dead_process_are_cleaned_up(session: Session) -> None:
    folder = session.workspace.path
    dead = folder / ".keyslots.tmp-999999999"
    dead.write_bytes(b"half a slot")
    alive = folder / f".auth-state.json.tmp-{__import__('os').getpid()}"
    alive.write_bytes(b"being written")
    Workspace.at(folder)
    assert not dead.exists() and alive.exists()
