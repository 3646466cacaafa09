"""A social worker forced to open the laptop types the duress password at the login window, by
keyboard only: the window opens on the home screen, as her real password opens it, under her
name and her own role (before issue 20 she became a supervisor of an empty new workspace), and
the login screen afterwards asks for a name as it did."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.main import DesktopApp
from app.workspace import wipe
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from tests.conftest import CHEAP
from tests.ui.by_hand import bring_forward, click, press, type_text
from tests.ui.desktop import WAIT, shut_down, start_desktop

PASSWORD = "shelter password 1"
BORA = "bora's own password 1"
DURESS = "my grandmother's garden"


def _by_keyboard(qtbot: QtBot, desktop: DesktopApp, name: str, password: str) -> tuple[str, bool]:
    """A click into the name field, then only keys; returns what the person sees (the status
    bar's user and role, whether an error shows)."""
    login = desktop.login
    assert login is not None and login.asks_name
    bring_forward(qtbot, desktop.window)
    click(qtbot, login.user_name)
    type_text(name)
    press(qtbot, Qt.Key.Key_Return)  # on to the password
    type_text(password)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.case_tasks is not None, timeout=WAIT)
    window = desktop.window
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=WAIT)
    return window.status_user.text(), login.error.text() == ""


def test_the_duress_password_typed_at_the_login_window_opens_the_home_screen_as_before(
    qtbot: QtBot, workspace_path: Path
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PASSWORD, login_asks_name=True)
    session.add_user("Bora", Role.SOCIAL_WORKER, BORA, cost=CHEAP)
    session.set_duress_password(DURESS, cost=CHEAP)
    session.lock()

    desktop = start_desktop(qtbot, workspace_path)
    before = _by_keyboard(qtbot, desktop, "Bora", BORA)
    shut_down(qtbot, desktop)

    desktop = start_desktop(qtbot, workspace_path)
    after = _by_keyboard(qtbot, desktop, "Bora", DURESS)
    assert after == before == ("Bora · social worker", True)
    assert desktop.session is not None and desktop.session.role is Role.SOCIAL_WORKER
    shut_down(qtbot, desktop)
    wipe.wait_for_shredding()

    desktop = start_desktop(qtbot, workspace_path)  # the login screen as it was: a name to type
    assert desktop.login is not None and desktop.login.asks_name
    shut_down(qtbot, desktop)
