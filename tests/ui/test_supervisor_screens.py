"""Supervisors' screens (users and roles, export), the emergency wipe and the sync panel, driven
through the real widgets (offscreen) over a real workspace with the cheap KDF."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.team.case_book import case_book
from app.team.membership import found_team
from app.ui.export_dialog import ExportDialog
from app.ui.main import DesktopApp
from app.ui.sync_status import sync_problem
from app.ui.users_view import UsersDialog
from app.ui.wipe_dialog import WipeDialog
from app.workspace.folder import Workspace
from app.workspace.session import Session
from sync.errors import SyncError, SyncErrorKind
from tests.conftest import CHEAP
from tests.ui.by_hand import modal_button
from tests.ui.desktop import WAIT, log_in, shut_down, start_desktop

SUPERVISOR_PW = "supervisor password 1"
WORKER_PW = "social worker password"


@pytest.fixture(autouse=True)
def cheap_user_passwords(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Passwords set from the Users screen use the cheap cost too (the default is bound early)."""
    for name in ("add_user", "set_password", "enable_user"):
        monkeypatch.setattr(getattr(Session, name), "__defaults__", (CHEAP,))
    yield


def _workspace(path: Path, cases: int = 0, team: str | None = None) -> None:
    session, _ = Workspace.create(path, "Ana", SUPERVISOR_PW, cost=CHEAP)
    book = case_book(session)
    if team:
        found_team(book, team)
    for n in range(cases):
        book.open_case({"prs_First_Name": f"Person {n}"}, form_id="intake", team=team)
    session.lock()


def _export_dialog(qtbot: QtBot, desktop: DesktopApp, folder: Path) -> ExportDialog:
    desktop.window.export_action.trigger()
    dialog = desktop.dialog
    assert isinstance(dialog, ExportDialog)
    dialog.folder.setText(str(folder))  # instead of the folder chooser
    return dialog


def _leave_the_encryption(qtbot: QtBot) -> None:
    """An identified export asks first: the supervisor clicks "Write unencrypted files"."""
    button = modal_button(qtbot, "Write unencrypted files")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_supervisor_adds_a_social_worker_who_can_then_log_in(
    qtbot: QtBot, workspace_path: Path
) -> None:
    _workspace(workspace_path)
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Ana", SUPERVISOR_PW)
    assert desktop.window.users_action.isVisible()
    desktop.window.users_action.trigger()
    users = desktop.dialog
    assert isinstance(users, UsersDialog)
    qtbot.waitUntil(lambda: users.proxy.rowCount() == 1, timeout=WAIT)
    assert users.shown_rows() == [["Ana", "supervisor", "active"]]

    qtbot.keyClicks(users.new_name, "Sopheap")
    users.new_role.setCurrentIndex(users.new_role.findData("social_worker"))
    qtbot.keyClicks(users.new_password, WORKER_PW)
    qtbot.keyClicks(users.new_password_again, WORKER_PW + "x")
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    assert users.error.text() == "The two passwords are not the same."
    users.new_password.clear()
    users.new_password_again.clear()
    qtbot.keyClicks(users.new_password, WORKER_PW)
    qtbot.keyClicks(users.new_password_again, WORKER_PW)
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users.proxy.rowCount() == 2, timeout=WAIT)
    assert users.error.text() == ""
    assert "Sopheap can now log in" in users.message.text()
    assert users.shown_rows()[1] == ["Sopheap", "social worker", "active"]

    users.select("Ana")  # the core refuses what would leave no supervisor
    qtbot.mouseClick(users.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users.error.text() != "", timeout=WAIT)
    assert "cannot disable yourself" in users.error.text()

    desktop.lock()
    assert desktop.dialog is None  # the lock closes the screen holding the session
    log_in(qtbot, desktop, "Sopheap", WORKER_PW)
    assert desktop.session is not None and desktop.session.user == "Sopheap"
    shut_down(qtbot, desktop)


def test_a_social_worker_sees_neither_users_nor_export(qtbot: QtBot, workspace_path: Path) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", SUPERVISOR_PW, cost=CHEAP)
    session.add_user("Sopheap", "social_worker", WORKER_PW, cost=CHEAP)
    session.lock()
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Sopheap", WORKER_PW)
    assert not desktop.window.users_action.isVisible()
    assert not desktop.window.export_action.isVisible()
    assert desktop.window.lock_action.isVisible()
    desktop.show_users()
    desktop.show_export()
    assert desktop.dialog is None
    shut_down(qtbot, desktop)


def test_an_export_writes_csv_files_and_shows_its_report(
    qtbot: QtBot, workspace_path: Path, tmp_path: Path
) -> None:
    _workspace(workspace_path, cases=3)
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Ana", SUPERVISOR_PW)
    out = tmp_path / "export"
    dialog = _export_dialog(qtbot, desktop, out)
    assert dialog.k.value() == 11 and not dialog.k.isEnabled()
    assert dialog.format.currentData() == "csv"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _leave_the_encryption(qtbot)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert dialog.error.text() == ""
    assert sorted(p.name for p in out.glob("*.csv"))
    assert (out / "export-report.json").exists()
    report = dialog.report_text.text()
    assert "cases.csv" in report
    assert "Rows written: 3" in report
    assert "Cases left out because consent was withdrawn: 0" in report
    assert dialog.progress_text.text() == "The export is finished."
    shut_down(qtbot, desktop)


def test_a_cancelled_export_leaves_no_file(
    qtbot: QtBot, workspace_path: Path, tmp_path: Path
) -> None:
    _workspace(workspace_path, cases=2)
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Ana", SUPERVISOR_PW)
    out = tmp_path / "export"
    dialog = _export_dialog(qtbot, desktop, out)
    release = threading.Event()
    desktop.tasks.run_database(lambda: release.wait(WAIT / 1000), lambda _: None, lambda _: None)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _leave_the_encryption(qtbot)  # then queued behind the wait
    assert dialog.cancel_button.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT)
    assert dialog.report is None
    assert "cancelled" in dialog.progress_text.text()
    assert dialog.error.text() == ""
    assert not out.exists() or list(out.iterdir()) == []
    shut_down(qtbot, desktop)


def test_a_wipe_from_the_lock_screen_removes_the_workspace_and_shows_first_run(
    qtbot: QtBot, workspace_path: Path
) -> None:
    _workspace(workspace_path, cases=1)
    desktop = start_desktop(qtbot, workspace_path)
    login = desktop.login
    assert login is not None
    qtbot.mouseClick(login.wipe_button, Qt.MouseButton.LeftButton)
    wipe = desktop.dialog
    assert isinstance(wipe, WipeDialog)
    assert wipe.user.currentText() == "Ana"
    qtbot.keyClicks(wipe.password, "wrong password")
    qtbot.mouseClick(wipe.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wipe.error.text() != "", timeout=WAIT)
    assert wipe.error.text() == "Wrong user name or password."
    assert wipe.pages.currentIndex() == 0 and workspace_path.exists()

    qtbot.keyClicks(wipe.password, SUPERVISOR_PW)
    qtbot.mouseClick(wipe.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wipe.pages.currentIndex() == 1, timeout=WAIT)
    assert "cannot be undone" in wipe.warning.text()
    assert workspace_path.exists()  # nothing is erased before the second confirmation
    qtbot.mouseClick(wipe.wipe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desktop.first_run is not None, timeout=WAIT)
    assert desktop.window.stack.currentWidget() is desktop.first_run
    assert not workspace_path.exists()
    assert desktop.login is None and desktop.session is None
    shut_down(qtbot, desktop)


def test_ctrl_shift_delete_is_the_wipe_shortcut_and_cancel_keeps_everything(
    qtbot: QtBot, workspace_path: Path
) -> None:
    _workspace(workspace_path)
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Ana", SUPERVISOR_PW)
    assert desktop.window.wipe_action.shortcut().toString() == "Ctrl+Shift+Del"
    desktop.window.wipe_action.trigger()
    wipe = desktop.dialog
    assert isinstance(wipe, WipeDialog)
    assert wipe.user.currentText() == "Ana" and not wipe.user.isEnabled()
    qtbot.keyClicks(wipe.password, SUPERVISOR_PW)
    qtbot.mouseClick(wipe.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wipe.pages.currentIndex() == 1, timeout=WAIT)
    qtbot.mouseClick(wipe.cancel_button, Qt.MouseButton.LeftButton)
    assert desktop.dialog is None
    assert desktop.session is not None and workspace_path.exists()
    shut_down(qtbot, desktop)


def test_the_sync_panel_says_not_enrolled_on_a_fresh_workspace(
    qtbot: QtBot, workspace_path: Path
) -> None:
    _workspace(workspace_path)
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Ana", SUPERVISOR_PW)
    panel = desktop.window.sync_panel
    qtbot.waitUntil(lambda: panel.state is not None, timeout=WAIT)
    assert "not enrolled" in panel.status.text()
    assert "Waiting to be sent: 0" in panel.status.text()
    assert not panel.sync_button.isVisibleTo(desktop.window)
    shut_down(qtbot, desktop)


def test_the_sync_panel_counts_waiting_envelopes(qtbot: QtBot, workspace_path: Path) -> None:
    _workspace(workspace_path, cases=1, team="t1")
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Ana", SUPERVISOR_PW)
    panel = desktop.window.sync_panel
    qtbot.waitUntil(lambda: panel.state is not None, timeout=WAIT)
    assert panel.state is not None and panel.state.waiting >= 1
    assert f"Waiting to be sent: {panel.state.waiting}" in panel.status.text()
    before = panel.state.waiting
    tasks = desktop.case_tasks
    assert tasks is not None
    tasks.write("", lambda book: book.open_case({"prs_First_Name": "Dara"}, "intake"), print, print)
    qtbot.waitUntil(lambda: panel.state is not None and panel.state.waiting > before, timeout=WAIT)
    shut_down(qtbot, desktop)


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (SyncErrorKind.NETWORK, "No connection"),
        (SyncErrorKind.PROTOCOL, "needs an update"),
        (SyncErrorKind.REVOKED, "removed from the team"),
    ],
)
def test_sync_problems_are_said_in_plain_words(kind: SyncErrorKind, words: str) -> None:
    assert words in sync_problem(SyncError(kind, "technical detail"))


def test_a_wipe_from_the_main_window_closes_the_session_and_shows_first_run(
    qtbot: QtBot, workspace_path: Path
) -> None:
    _workspace(workspace_path, cases=1, team="t1")
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Ana", SUPERVISOR_PW)
    opened = desktop.session
    assert opened is not None
    desktop.window.wipe_action.trigger()
    wipe = desktop.dialog
    assert isinstance(wipe, WipeDialog)
    qtbot.keyClicks(wipe.password, SUPERVISOR_PW)
    qtbot.keyClick(wipe.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wipe.pages.currentIndex() == 1, timeout=WAIT)
    assert "which will be lost: 1" in wipe.warning.text()  # the case's envelope was never sent
    qtbot.mouseClick(wipe.wipe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desktop.first_run is not None, timeout=WAIT)
    assert desktop.window.stack.currentWidget() is desktop.first_run
    assert desktop.session is None and desktop.case_tasks is None
    assert opened.is_locked and not any(opened._key)
    assert not workspace_path.exists()
    assert not desktop.window.menuBar().isVisible()
    shut_down(qtbot, desktop)


def test_a_supervisor_changes_a_role_disables_and_enables_with_a_new_password(
    qtbot: QtBot, workspace_path: Path
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", SUPERVISOR_PW, cost=CHEAP)
    session.add_user("Sopheap", "social_worker", WORKER_PW, cost=CHEAP)
    session.lock()
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Ana", SUPERVISOR_PW)
    desktop.window.users_action.trigger()
    users = desktop.dialog
    assert isinstance(users, UsersDialog)
    qtbot.waitUntil(lambda: users.proxy.rowCount() == 2, timeout=WAIT)

    def row(name: str) -> list[str]:
        return next(r for r in users.shown_rows() if r[0] == name)

    users.select("Sopheap")
    users.chosen_role.setCurrentIndex(users.chosen_role.findData("interpreter"))
    qtbot.mouseClick(users.role_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row("Sopheap")[1] == "interpreter", timeout=WAIT)
    qtbot.mouseClick(users.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row("Sopheap")[2] == "disabled", timeout=WAIT)
    assert users.enable_button.isVisibleTo(users) and not users.disable_button.isVisibleTo(users)
    new_password = "a fresh password 2"
    qtbot.keyClicks(users.chosen_password, new_password)
    qtbot.keyClicks(users.chosen_password_again, new_password)
    qtbot.mouseClick(users.enable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row("Sopheap")[2] == "active", timeout=WAIT)
    assert users.error.text() == ""
    shut_down(qtbot, desktop)
    again = Workspace.at(workspace_path).sign_in("Sopheap", new_password)
    assert again.role.value == "interpreter"  # (a keyless login: docs/security.md)
    again.lock()
