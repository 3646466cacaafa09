"""First run, login, lock and language, driven through the real widgets (offscreen)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.ui.main import DesktopApp
from app.ui.settings_dialog import WorkspaceSettingsDialog
from app.workspace.folder import Workspace
from app.workspace.recovery import normalise_recovery_code
from app.workspace.roles import Role
from tests.ui.by_hand import (
    WAIT,
    action_named,
    bring_forward,
    click,
    click_action,
    open_menu_by_click,
    press,
    type_text,
)
from tests.ui.desktop import log_in, shut_down, start_desktop

PASSWORD = "shelter password 1"
WORKER_PASSWORD = "social worker password 1"


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


# -- "Ask users to type their name at login" ---------------------------------------------------


def _names_on_screen(widget: QWidget) -> str:
    """Every text a person can read on ``widget``: labels, fields, buttons and list entries."""
    texts = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible():
            continue
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QLabel | QLineEdit | QPushButton):
            texts.append(child.text())
    return "\n".join(texts)


def test_a_supervisor_hides_the_list_of_users_from_the_login_screen(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PASSWORD)
    session.add_user("Sopheap", Role.SOCIAL_WORKER, WORKER_PASSWORD)
    session.lock()
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    login = desktop.login
    assert login is not None
    assert "Sopheap" in _names_on_screen(login)  # the list, as every workspace had it
    log_in(qtbot, desktop, "Ana", PASSWORD)

    window = desktop.window
    bring_forward(qtbot, window)
    open_menu_by_click(qtbot, window, window.workspace_menu)
    click_action(qtbot, window.workspace_menu, action_named(window.workspace_menu, "settings"))
    qtbot.waitUntil(lambda: isinstance(desktop.dialog, WorkspaceSettingsDialog), timeout=WAIT)
    dialog = desktop.dialog
    assert isinstance(dialog, WorkspaceSettingsDialog)
    qtbot.waitUntil(dialog.ask_name.isEnabled, timeout=WAIT)
    assert not dialog.ask_name.isChecked()
    assert "copies the disk" in dialog.ask_name_note.text()  # says what it does not hide
    click(qtbot, dialog.ask_name_label)  # its words, beside the box
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=WAIT)
    assert dialog.message.text() == "From the next login, users type their name."

    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock
    qtbot.waitUntil(lambda: window.stack.currentWidget() is login, timeout=WAIT)
    shown = _names_on_screen(login)
    assert "Ana" not in shown and "Sopheap" not in shown  # not even who just locked
    assert login.user_name.isVisible() and not login.user.isVisible()
    bring_forward(qtbot, window)  # the settings dialog closed: the window is active again
    qtbot.waitUntil(login.user_name.hasFocus, timeout=WAIT)  # a person starts typing their name
    assert login.labels[0].buddy() is login.user_name  # Alt+U reaches it

    type_text("sopheap")  # letter case does not matter
    press(qtbot, Qt.Key.Key_Return)  # on to the password
    assert login.password.hasFocus()
    type_text(WORKER_PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.session is not None, timeout=WAIT)
    assert "Sopheap" in window.status_user.text()

    # the emergency wipe offered at the lock screen does not list the users either
    desktop.lock()
    click(qtbot, login.wipe_button)
    wipe = desktop.dialog
    assert wipe is not None
    qtbot.waitUntil(wipe.isVisible, timeout=WAIT)
    assert "Ana" not in _names_on_screen(wipe) and "Sopheap" not in _names_on_screen(wipe)
    bring_forward(qtbot, wipe)
    click(qtbot, wipe.user)  # the name is typed there too
    type_text("Sopheap")
    click(qtbot, wipe.password)
    type_text(WORKER_PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wipe.pages.currentIndex() == 1, timeout=WAIT)  # "really wipe?"
    click(qtbot, wipe.cancel_button)  # not today
    qtbot.waitUntil(lambda: desktop.dialog is None, timeout=WAIT)
    assert (workspace_path / "keyslots").is_file()
    shut_down(qtbot, desktop)


def test_an_unknown_name_and_a_wrong_password_read_and_behave_the_same(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PASSWORD, login_asks_name=True)
    session.lock()
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    login = desktop.login
    assert login is not None
    assert "Ana" not in _names_on_screen(login)
    bring_forward(qtbot, desktop.window)

    def attempt(name: str, password: str) -> tuple[str, str, str, bool, bool]:
        click(qtbot, login.user_name)
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # typed over
        type_text(name)
        click(qtbot, login.password)
        type_text(password)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: login.error.text() != "", timeout=WAIT)
        qtbot.waitUntil(login.login_button.isEnabled, timeout=WAIT)
        seen = (
            login.error.text(),
            login.user_name.text(),
            login.password.text(),
            login.password.hasFocus(),
            login.login_button.isEnabled(),
        )
        click(qtbot, login.user_name)  # the next attempt starts from an empty message
        return seen

    unknown = attempt("Nobody", PASSWORD)
    wrong = attempt("Ana", "not the password")
    assert unknown == ("Wrong user name or password.", "Nobody", "", True, True)
    assert wrong == ("Wrong user name or password.", "Ana", "", True, True)
    # both are counted for the back-off, by the name typed (an unknown name is not spared)
    failures = json.loads((workspace_path / "auth-state.json").read_text("utf-8"))["failures"]
    assert set(failures) == {"Nobody", "Ana"}
    assert desktop.session is None
    shut_down(qtbot, desktop)
