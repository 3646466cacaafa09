"""Who may run the emergency wipe (docs/security.md, "Emergency wipe"): supervisors and social
workers, not interpreters. Driven by hand: the Workspace menu opened by a click, the shortcut
pressed, the lock screen's wipe button, a name chosen and a password typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.wipe_dialog import WipeDialog
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from tests.conftest import CHEAP
from tests.ui.by_hand import (
    bring_forward,
    choose,
    click,
    open_menu_by_click,
    press,
    type_text,
)
from tests.ui.desktop import WAIT, log_in, shut_down, start_desktop

PW = "a long shelter password"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _workspace(path: Path) -> None:
    session, _ = Workspace.create(path, "Ana", PW, cost=CHEAP)
    session.add_user("Bopha", Role.SOCIAL_WORKER, PW, cost=CHEAP)
    session.add_user("Chanthy", Role.INTERPRETER, PW, cost=CHEAP)
    session.lock()


def _shown(menu_actions: list[str]) -> list[str]:
    return [text.replace("&", "") for text in menu_actions]


def test_an_interpreter_has_no_wipe_in_the_menu_nor_by_the_shortcut(
    qtbot: QtBot, workspace_path: Path
) -> None:
    _workspace(workspace_path)
    desktop = start_desktop(qtbot, workspace_path)
    login = desktop.login
    assert login is not None
    login.user.setCurrentText("Chanthy")
    qtbot.keyClicks(login.password, PW)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.interpreter.desk is not None, timeout=WAIT)  # (no database)
    window = desktop.window
    bring_forward(qtbot, window)
    open_menu_by_click(qtbot, window, window.workspace_menu)
    shown = _shown([a.text() for a in window.workspace_menu.actions() if a.isVisible()])
    assert shown and not any("wipe" in text for text in shown)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_Delete, CTRL_SHIFT)
    qtbot.wait(100)
    assert desktop.dialog is None and workspace_path.exists()
    shut_down(qtbot, desktop)


def test_a_social_worker_finds_the_wipe_in_the_menu(qtbot: QtBot, workspace_path: Path) -> None:
    _workspace(workspace_path)
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Bopha", PW)
    window = desktop.window
    bring_forward(qtbot, window)
    open_menu_by_click(qtbot, window, window.workspace_menu)
    shown = _shown([a.text() for a in window.workspace_menu.actions() if a.isVisible()])
    assert "Emergency wipe…" in shown
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_Delete, CTRL_SHIFT)  # and the shortcut opens it
    qtbot.waitUntil(lambda: isinstance(desktop.dialog, WipeDialog), timeout=WAIT)
    click(qtbot, desktop.dialog.cancel_button)
    shut_down(qtbot, desktop)


def test_the_lock_screen_wipe_asks_for_a_role_that_may_wipe(
    qtbot: QtBot, workspace_path: Path
) -> None:
    _workspace(workspace_path)
    desktop = start_desktop(qtbot, workspace_path)
    login = desktop.login
    assert login is not None
    click(qtbot, login.wipe_button)
    wipe = desktop.dialog
    assert isinstance(wipe, WipeDialog)
    qtbot.waitUntil(wipe.isVisible, timeout=WAIT)
    bring_forward(qtbot, wipe)
    assert "supervisor or a social worker" in wipe.intro.text()
    choose(qtbot, wipe.user, "Chanthy")  # the interpreter, with his right password
    click(qtbot, wipe.password)
    type_text(PW)
    click(qtbot, wipe.continue_button)
    qtbot.waitUntil(lambda: wipe.error.text() != "", timeout=WAIT)
    assert wipe.error.text() == (
        "Only a supervisor or a social worker may wipe this workspace. Ask one of them to"
        " type their own password here."
    )
    assert wipe.pages.currentIndex() == 0 and workspace_path.exists()
    assert wipe.password.text() == ""

    bring_forward(qtbot, wipe)
    choose(qtbot, wipe.user, "Bopha")  # a social worker may
    click(qtbot, wipe.password)
    type_text(PW)
    click(qtbot, wipe.continue_button)
    qtbot.waitUntil(lambda: wipe.pages.currentIndex() == 1, timeout=WAIT)
    click(qtbot, wipe.cancel_button)  # not today
    assert workspace_path.exists()
    shut_down(qtbot, desktop)
