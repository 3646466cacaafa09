"""First run, login, lock and language, driven through the real widgets (offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from app.workspace.recovery import normalise_recovery_code
from tests.ui.desktop import log_in, shut_down, start_desktop

PASSWORD = "shelter password 1"


def _start(qtbot: QtBot, path: Path, language: str = "en") -> DesktopApp:
    desktop = DesktopApp(path, language)
    qtbot.addWidget(desktop.window)
    desktop.start()
    return desktop


def _create_through_first_run(qtbot: QtBot, desktop: DesktopApp) -> str:
    first = desktop.first_run
    assert first is not None
    qtbot.keyClicks(first.user_name, "Ana")
    qtbot.keyClicks(first.password, PASSWORD)
    qtbot.keyClicks(first.password_again, PASSWORD)
    qtbot.mouseClick(first.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.pages.currentIndex() == 1, timeout=10_000)
    return first.code.text()


def test_first_run_shows_the_recovery_code_once_and_waits_for_confirmation(
    qtbot: QtBot, workspace_path: Path
) -> None:
    desktop = _start(qtbot, workspace_path)
    first = desktop.first_run
    assert first is not None and desktop.window.stack.currentWidget() is first
    code = _create_through_first_run(qtbot, desktop)
    assert normalise_recovery_code(code) == code
    assert not first.continue_button.isEnabled()
    first.written_down.setChecked(True)
    qtbot.mouseClick(first.continue_button, Qt.MouseButton.LeftButton)
    assert desktop.window.stack.currentWidget() is desktop.window.home
    assert first.code.text() == ""  # the code is gone from the screen
    assert "Ana" in desktop.window.status_user.text()
    desktop.shutdown()
    assert Workspace.at(workspace_path).user_names() == ["Ana"]


def test_first_run_refuses_different_passwords(qtbot: QtBot, workspace_path: Path) -> None:
    desktop = _start(qtbot, workspace_path)
    first = desktop.first_run
    assert first is not None
    qtbot.keyClicks(first.user_name, "Ana")
    qtbot.keyClicks(first.password, PASSWORD)
    qtbot.keyClicks(first.password_again, PASSWORD + "x")
    qtbot.mouseClick(first.create_button, Qt.MouseButton.LeftButton)
    assert first.error.text() == "The two passwords are not the same."
    assert not (workspace_path / "workspace.json").exists()
    desktop.shutdown()


def test_login_lock_with_ctrl_l_and_login_again(qtbot: QtBot, workspace_path: Path) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PASSWORD)
    session.lock()
    desktop = _start(qtbot, workspace_path)
    login = desktop.login
    assert login is not None and login.user.currentText() == "Ana"
    qtbot.keyClicks(login.password, "wrong password")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: login.error.text() != "", timeout=10_000)
    assert login.error.text() == "Wrong user name or password."
    assert login.password.text() == ""
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: desktop.window.stack.currentWidget() is desktop.window.home, timeout=10_000
    )
    opened = desktop.session
    assert opened is not None
    desktop.window.lock_action.trigger()  # Ctrl+L
    assert desktop.window.stack.currentWidget() is login
    assert desktop.session is None
    qtbot.waitUntil(lambda: opened.is_locked, timeout=10_000)
    assert not any(opened._key)
    desktop.shutdown()


def test_ctrl_l_is_the_lock_shortcut_in_every_window_once_logged_in(
    qtbot: QtBot, workspace_path: Path
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PASSWORD)
    session.lock()
    desktop = start_desktop(qtbot, workspace_path)
    lock = desktop.window.lock_action
    assert lock.shortcut().toString() == "Ctrl+L"
    assert not lock.isEnabled()  # nothing to lock at the login window
    log_in(qtbot, desktop, "Ana", PASSWORD)
    assert lock.isEnabled()
    # app-wide: a supervisor's dialog in front does not stop the lock
    assert lock.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    assert desktop.window.wipe_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    shut_down(qtbot, desktop)


def test_idle_lock(qtbot: QtBot, workspace_path: Path) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PASSWORD)
    session.lock()
    desktop = _start(qtbot, workspace_path)
    login = desktop.login
    assert login is not None
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.session is not None, timeout=10_000)
    assert desktop.session is not None
    desktop.session.last_activity -= 11 * 60  # ten minutes is the default idle lock
    desktop._check_idle()
    qtbot.waitUntil(lambda: desktop.window.stack.currentWidget() is login, timeout=10_000)
    desktop.shutdown()


def test_activity_is_watched_only_while_a_workspace_is_open(
    qtbot: QtBot, workspace_path: Path
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PASSWORD)
    session.lock()
    desktop = _start(qtbot, workspace_path)
    assert not desktop._filtering  # the login window comes up without the app-wide filter
    login = desktop.login
    assert login is not None
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.session is not None, timeout=10_000)
    qtbot.waitUntil(lambda: desktop._filtering, timeout=10_000)
    assert desktop.session is not None
    desktop.session.last_activity -= 5 * 60
    qtbot.keyClick(desktop.window, Qt.Key.Key_Shift)  # any key counts as activity
    assert desktop.session.clock() - desktop.session.last_activity < 60
    desktop.lock()
    assert not desktop._filtering
    desktop.shutdown()
