"""Issue 17, defect 6: Enter presses the action of the section being typed in, and never a
destructive or security action (the duress password, the emergency wipe).

A supervisor opens Workspace › Users and roles… from the menu bar, fills "Add a user" by
keyboard and presses Enter: the user is added, no duress password is touched. Enter typed in the
duress password's own fields does nothing; setting it takes a click.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.ui.main import DesktopApp
from app.ui.users_view import UsersDialog
from app.ui.wipe_dialog import WipeDialog
from app.workspace.folder import Workspace
from app.workspace.session import Session
from tests.conftest import CHEAP
from tests.ui.by_hand import (
    WAIT,
    action_named,
    bring_forward,
    click,
    click_action,
    focus,
    open_menu_by_click,
    press,
    type_text,
)
from tests.ui.desktop import log_in, start_desktop

PASSWORD = "supervisor password 1"
NEW_PASSWORD = "new worker password"
ENTER = Qt.Key.Key_Return
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def cheap_duress(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(Session.set_duress_password, "__defaults__", (CHEAP,))
    yield


def _logged_in(qtbot: QtBot, path: Path, desktops: list[DesktopApp]) -> DesktopApp:
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP)
    session.lock()
    desktop = start_desktop(qtbot, path)
    desktops.append(desktop)
    log_in(qtbot, desktop, "Ana", PASSWORD)
    bring_forward(qtbot, desktop.window)
    return desktop


def _users_dialog(qtbot: QtBot, desktop: DesktopApp) -> UsersDialog:
    """Workspace › Users and roles…, by mouse."""
    window = desktop.window
    open_menu_by_click(qtbot, window, window.workspace_menu)
    click_action(qtbot, window.workspace_menu, action_named(window.workspace_menu, "Users"))
    qtbot.waitUntil(lambda: isinstance(desktop.dialog, UsersDialog), timeout=WAIT)
    dialog = desktop.dialog
    assert isinstance(dialog, UsersDialog)
    bring_forward(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.duress.is_set is not None and not dialog.busy, timeout=WAIT)
    return dialog


def _never_default(buttons: list[QPushButton]) -> None:
    for button in buttons:
        assert not button.isDefault() and not button.autoDefault(), button.text()


def test_enter_in_add_a_user_adds_the_user_and_touches_no_duress_password(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    desktop = _logged_in(qtbot, workspace_path, desktops)
    users = _users_dialog(qtbot, desktop)
    duress = users.duress
    click(qtbot, users.new_name)
    type_text("Dara")
    press(qtbot, Qt.Key.Key_Tab)  # the role: social worker, as offered
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is users.new_password
    type_text(NEW_PASSWORD)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(NEW_PASSWORD)
    press(qtbot, ENTER)
    assert duress.message.text() == ""  # the duress box was not pressed
    qtbot.waitUntil(lambda: any(row[0] == "Dara" for row in users.shown_rows()), timeout=WAIT)
    assert users.message.text() == "Dara can now log in on this laptop."
    assert duress.is_set is False
    _never_default([duress.set_button, duress.remove_button, users.disable_button])


def test_enter_in_the_duress_fields_sets_nothing(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    desktop = _logged_in(qtbot, workspace_path, desktops)
    users = _users_dialog(qtbot, desktop)
    duress = users.duress
    click(qtbot, duress.password)
    type_text("garden gate 7")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is duress.password_again
    type_text("garden gate 7")
    press(qtbot, ENTER)
    assert duress.message.text() == "" and duress.set_button.isEnabled()  # nothing started
    assert duress.password.text() == "garden gate 7"  # still there, for a deliberate click
    click(qtbot, duress.set_button)
    qtbot.waitUntil(lambda: duress.is_set is True, timeout=WAIT)


def test_enter_on_the_wipe_warning_does_not_wipe(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    desktop = _logged_in(qtbot, workspace_path, desktops)
    press(qtbot, Qt.Key.Key_Delete, CTRL_SHIFT)  # Workspace › Emergency wipe…
    qtbot.waitUntil(lambda: isinstance(desktop.dialog, WipeDialog), timeout=WAIT)
    wipe = desktop.dialog
    assert isinstance(wipe, WipeDialog)
    bring_forward(qtbot, wipe)
    assert focus() is wipe.password
    type_text(PASSWORD)
    press(qtbot, ENTER)  # Continue: the password is checked, the warning shows
    qtbot.waitUntil(lambda: wipe.pages.currentIndex() == 1 and not wipe.busy, timeout=WAIT)
    press(qtbot, ENTER)
    assert not wipe.busy and wipe.isVisible()  # Enter started nothing
    assert any(workspace_path.iterdir())  # the workspace is still there
    _never_default([wipe.wipe_button])
    press(qtbot, Qt.Key.Key_Escape)
